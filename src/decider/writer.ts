/**
 * Where the decider's `apply` functions write the entities an event changes: a draft of
 * the state's persistent maps and indexes. `evolve` writes persistently (each write gives
 * new versions sharing the rest); `replay` writes in place into `Map`s it owns and wraps
 * them at the end; both run the same `apply` code.
 *
 * @module
 */
import { PersistentMap } from "../_internal/persistent-map.js";
import type { Relationship } from "../relationship.js";
import {
  type Collections,
  type DomainState,
  type EntityOf,
  FLAT_COLLECTIONS,
  type FlatCollection,
  frozenIndex,
  frozenIndexes,
  INDEXES,
  type IndexesDraft,
  indexesOf,
  keepsIndexes,
  lendIndexes,
  reindexAssignment,
  reindexGdap,
  reindexPair,
  stateOf,
} from "../state.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";

/** The value type of a flat collection of the state (defined in src/state.ts, re-exported for the areas). */
export type { EntityOf } from "../state.js";

/** Writes entity changes. */
export interface Writer {
  /** Sets an entity of a flat collection. */
  set<C extends FlatCollection>(collection: C, key: string, value: EntityOf<C>): void;
  /** Removes an entity of a flat collection. */
  remove(collection: FlatCollection, key: string): void;
  /** Sets the relationship of its customer–partner pair. */
  relationship(value: Relationship): void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A persistent map of a state's map: the same map, or (for a state built by hand) a copy, inner maps included. */
function persistent<K extends string, V>(map: ReadonlyMap<K, V>): PersistentMap<K, V> {
  return map instanceof PersistentMap ? map : PersistentMap.from(map);
}

function collectionsOf(state: DomainState): Collections {
  // A state made here (initialState, evolve, replay, parseState) holds persistent maps already.
  if (keepsIndexes(state)) return state as unknown as Collections;
  const relationships =
    state.relationships instanceof PersistentMap &&
    [...state.relationships.values()].every((byPartner) => byPartner instanceof PersistentMap)
      ? (state.relationships as Collections["relationships"])
      : PersistentMap.from(
          [...state.relationships].map(([customer, byPartner]) => [customer, persistent(byPartner)] as const),
        );
  const collections: Record<string, unknown> = { relationships };
  for (const collection of FLAT_COLLECTIONS)
    collections[collection] = persistent(state[collection] as ReadonlyMap<string, unknown>);
  return collections as Collections;
}

/**
 * A state being written: readable as a {@link DomainState} (the apply functions read it)
 * and written through its {@link Writer}. For `evolve`, each write gives new versions of
 * the persistent maps; for `replay` (`inPlace`), the draft copies the maps it starts from
 * into `Map`s of its own, writes them in place, and wraps them, without a copy, as the
 * persistent maps of the state it returns (they are never written again).
 */
export class Draft implements Writer {
  readonly #from: DomainState;
  readonly #inPlace: boolean;
  readonly #collections: Mutable<Collections>;
  readonly #indexes: IndexesDraft;
  #changed = false;

  /**
   * A draft of `from` (which it does not change).
   *
   * @param from - the state to start from
   * @param inPlace - write `Map`s of the draft's own (for `replay`)
   */
  constructor(from: DomainState, inPlace: boolean) {
    this.#from = from;
    this.#inPlace = inPlace;
    const indexes = indexesOf(from);
    if (!inPlace) {
      this.#collections = { ...collectionsOf(from) };
      this.#indexes = { ...indexes };
      lendIndexes(this.#collections, this.#indexes);
      return;
    }
    const owned: Record<string, unknown> = {
      relationships: new Map([...from.relationships].map(([customer, byPartner]) => [customer, new Map(byPartner)])),
    };
    for (const name of FLAT_COLLECTIONS) owned[name] = new Map(from[name] as ReadonlyMap<string, unknown>);
    this.#collections = owned as Mutable<Collections>;
    const ownedIndexes: Record<string, unknown> = {};
    for (const name of INDEXES) {
      const index = indexes[name];
      ownedIndexes[name] = index && new Map([...index].map(([key, group]) => [key, new Map(group)]));
    }
    this.#indexes = ownedIndexes as IndexesDraft;
    lendIndexes(this.#collections, this.#indexes);
  }

  /** The state as written so far, to read. */
  get state(): DomainState {
    return this.#collections as unknown as DomainState;
  }

  /** {@inheritDoc Writer.set} */
  set<C extends FlatCollection>(collection: C, key: string, value: EntityOf<C>): void {
    const collections = this.#collections as Record<FlatCollection, PersistentMap<string, unknown>>;
    const map = collections[collection];
    const inPlace = this.#inPlace;
    if (collection === "gdapRelationships")
      reindexGdap(this.#indexes, key, map.get(key) as never, value as never, inPlace);
    else if (collection === "accessAssignments")
      reindexAssignment(this.#indexes, map.get(key) as never, value as never, inPlace);
    if (inPlace) {
      (map as unknown as Map<string, unknown>).set(key, value);
      this.#changed = true;
      return;
    }
    const next = map.set(key, value);
    if (next === map) return;
    collections[collection] = next;
    this.#changed = true;
  }

  /** {@inheritDoc Writer.remove} */
  remove(collection: FlatCollection, key: string): void {
    const collections = this.#collections as Record<FlatCollection, PersistentMap<string, unknown>>;
    const map = collections[collection];
    const before = map.get(key);
    if (before === undefined) return;
    if (collection === "gdapRelationships") reindexGdap(this.#indexes, key, before as never, undefined, this.#inPlace);
    this.#changed = true;
    if (this.#inPlace) (map as unknown as Map<string, unknown>).delete(key);
    else collections[collection] = map.delete(key);
  }

  /** {@inheritDoc Writer.relationship} */
  relationship(value: Relationship): void {
    const relationships = this.#collections.relationships;
    const byPartner = relationships.get(value.customer);
    if (byPartner?.has(value.partner) !== true) reindexPair(this.#indexes, value, this.#inPlace);
    this.#changed = true;
    if (this.#inPlace) {
      if (byPartner === undefined)
        (relationships as unknown as Map<string, Map<string, Relationship>>).set(
          value.customer,
          new Map([[value.partner, value]]),
        );
      else (byPartner as unknown as Map<string, Relationship>).set(value.partner, value);
      return;
    }
    const inner = (byPartner ?? PersistentMap.empty<PartnerId, Relationship>()).set(value.partner, value);
    if (inner !== byPartner) this.#collections.relationships = relationships.set(value.customer as CustomerId, inner);
  }

  /**
   * The state written: the state the draft started from when nothing was written, else a
   * new state of the draft's maps (for `replay`, wrapped as persistent maps).
   */
  finish(): DomainState {
    if (!this.#changed) return this.#from;
    if (!this.#inPlace) return stateOf(this.#collections, this.#indexes);
    const owned = this.#collections as unknown as Record<string, Map<string, unknown>>;
    const collections: Record<string, unknown> = {
      relationships: frozenIndex(owned.relationships as Map<string, Map<string, string>>),
    };
    for (const name of FLAT_COLLECTIONS) collections[name] = PersistentMap.wrap(owned[name] as Map<string, unknown>);
    return stateOf(collections as unknown as Collections, frozenIndexes(this.#indexes));
  }
}

/**
 * A draft for `replay`: written in place, in `Map`s of its own.
 *
 * @param from - the state to start from (not changed)
 */
export function draftOf(from: DomainState): Draft {
  return new Draft(from, true);
}

/**
 * Whether `event[field]` is an entity with a string key (`id`, or `customer` for a
 * customer's setting): an event from an untyped caller (or a damaged log) may lack the
 * entity it should carry, and then changes nothing.
 *
 * @param event - the event
 * @param field - the field that carries the entity
 * @param key - the entity's key field
 */
export function carries(event: object, field: string, key = "id"): boolean {
  const value = (event as Readonly<Record<string, unknown>>)[field];
  return typeof value === "object" && value !== null && typeof (value as Record<string, unknown>)[key] === "string";
}
