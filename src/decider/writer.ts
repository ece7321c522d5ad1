/**
 * Where the decider's `apply` functions write the entities an event changes: a draft of
 * the state's persistent maps and indexes. `evolve` writes persistently (each write gives
 * new versions sharing the rest); `replay` writes in place under an {@link Edit} (the maps
 * and nodes it made are its own until it closes the edit), so both run the same code.
 *
 * @module
 */
import { Edit, PersistentMap } from "../_internal/persistent-map.js";
import type { Relationship } from "../relationship.js";
import {
  type Collections,
  type DomainState,
  type EntityOf,
  FLAT_COLLECTIONS,
  type FlatCollection,
  INDEXES,
  type IndexesDraft,
  indexesOf,
  keepsIndexes,
  reindexAssignment,
  reindexGdap,
  reindexPair,
  stateOf,
} from "../state.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";

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
 * and written through its {@link Writer}.
 */
export class Draft implements Writer {
  readonly #from: DomainState;
  readonly #edit: Edit | undefined;
  #collections: Mutable<Collections>;
  readonly #indexes: IndexesDraft;
  #changed = false;

  /**
   * A draft of `from`; with `edit`, written in place (for `replay`).
   *
   * @param from - the state to start from (not changed)
   * @param edit - an open edit, for in-place writes
   */
  constructor(from: DomainState, edit?: Edit) {
    this.#from = from;
    this.#edit = edit;
    const collections = collectionsOf(from);
    const indexes = indexesOf(from);
    if (edit === undefined) {
      this.#collections = { ...collections };
      this.#indexes = { ...indexes };
    } else {
      const owned: Record<string, unknown> = {};
      for (const name of ["relationships", ...FLAT_COLLECTIONS] as const)
        owned[name] = collections[name].transient(edit);
      this.#collections = owned as Mutable<Collections>;
      const ownedIndexes: Record<string, unknown> = {};
      for (const name of INDEXES) ownedIndexes[name] = indexes[name].transient(edit);
      this.#indexes = ownedIndexes as IndexesDraft;
    }
  }

  /** The state as written so far, to read (its maps are the draft's own while it is open). */
  get state(): DomainState {
    return this.#collections as unknown as DomainState;
  }

  set<C extends FlatCollection>(collection: C, key: string, value: EntityOf<C>): void {
    const collections = this.#collections as Record<FlatCollection, PersistentMap<string, unknown>>;
    const map = collections[collection];
    if (collection === "gdapRelationships")
      reindexGdap(this.#indexes, key, map.get(key) as never, value as never, this.#edit);
    else if (collection === "accessAssignments")
      reindexAssignment(this.#indexes, map.get(key) as never, value as never, this.#edit);
    const next = map.set(key, value);
    if (next === map && this.#edit === undefined) return;
    collections[collection] = next;
    this.#changed = true;
  }

  remove(collection: FlatCollection, key: string): void {
    const collections = this.#collections as Record<FlatCollection, PersistentMap<string, unknown>>;
    const map = collections[collection];
    const before = map.get(key);
    if (before === undefined) return;
    if (collection === "gdapRelationships") reindexGdap(this.#indexes, key, before as never, undefined, this.#edit);
    collections[collection] = map.delete(key);
    this.#changed = true;
  }

  relationship(value: Relationship): void {
    const relationships = this.#collections.relationships;
    const byPartner = relationships.get(value.customer);
    const edit = this.#edit;
    if (byPartner === undefined || !byPartner.has(value.partner)) reindexPair(this.#indexes, value, edit);
    const base = byPartner ?? PersistentMap.empty<PartnerId, Relationship>();
    const inner = (edit === undefined ? base : base.transient(edit)).set(value.partner, value);
    if (inner === byPartner && edit !== undefined) {
      this.#changed = true;
      return;
    }
    if (inner === byPartner) return;
    this.#collections.relationships = relationships.set(value.customer as CustomerId, inner);
    this.#changed = true;
  }

  /**
   * The state written: the state the draft started from when nothing changed, else a new
   * state of the draft's maps (for `replay`, after its edit is closed, so they are persistent).
   */
  finish(): DomainState {
    this.#edit?.close();
    return this.#changed ? stateOf(this.#collections, this.#indexes) : this.#from;
  }
}

/**
 * A draft for `replay`: written in place under a new edit, closed by {@link Draft.finish}.
 *
 * @param from - the state to start from (not changed)
 */
export function draftOf(from: DomainState): Draft {
  return new Draft(from, new Edit());
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
