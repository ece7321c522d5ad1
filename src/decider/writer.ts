/**
 * Where the decider's `apply` functions write the entities an event changes. `evolve`
 * writes copy-on-write into a new state; `replay` writes in place into maps it owns.
 *
 * @module
 */
import type { Relationship } from "../relationship.js";
import { type DomainState, FLAT_COLLECTIONS, type FlatCollection } from "../state.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";

/** The value type of a flat collection of the state. */
export type EntityOf<C extends FlatCollection> = DomainState[C] extends ReadonlyMap<string, infer V> ? V : never;

/** Writes entity changes. */
export interface Writer {
  /** Sets an entity of a flat collection. */
  set<C extends FlatCollection>(collection: C, key: string, value: EntityOf<C>): void;
  /** Removes an entity of a flat collection. */
  remove(collection: FlatCollection, key: string): void;
  /** Sets the relationship of its customer–partner pair. */
  relationship(value: Relationship): void;
}

type MutableState = {
  -readonly [C in FlatCollection]: Map<string, EntityOf<C>>;
} & { relationships: Map<CustomerId, Map<PartnerId, Relationship>> };

/** A state whose maps the caller owns and may change in place. */
export type Draft = MutableState & DomainState;

/**
 * A draft copied from a state, for `replay`: one copy up front, then writes in place.
 *
 * @param from - the state to start from
 */
export function draftOf(from: DomainState): Draft {
  const draft = {
    relationships: new Map([...from.relationships].map(([customer, byPartner]) => [customer, new Map(byPartner)])),
  } as Partial<MutableState>;
  for (const collection of FLAT_COLLECTIONS) {
    (draft as Record<string, unknown>)[collection] = new Map(from[collection] as ReadonlyMap<string, unknown>);
  }
  return draft as Draft;
}

/**
 * A writer that changes a draft in place.
 *
 * @param draft - maps the caller owns
 */
export function draftWriter(draft: Draft): Writer {
  return {
    set: (collection, key, value) => {
      (draft[collection] as Map<string, unknown>).set(key, value);
    },
    remove: (collection, key) => {
      draft[collection].delete(key);
    },
    relationship: (value) => {
      const byPartner = draft.relationships.get(value.customer);
      if (byPartner === undefined) draft.relationships.set(value.customer, new Map([[value.partner, value]]));
      else byPartner.set(value.partner, value);
    },
  };
}

/**
 * A writer that copies each map the first time it writes to it, and the result: the
 * state unchanged when nothing was written.
 *
 * @param state - the state to change
 */
export function copyOnWrite(state: DomainState): { readonly writer: Writer; result(): DomainState } {
  const copies: Partial<Record<keyof DomainState, Map<unknown, unknown>>> = {};
  const own = <K extends keyof DomainState>(collection: K): Map<unknown, unknown> => {
    let copy = copies[collection];
    if (copy === undefined) {
      copy = new Map(state[collection] as ReadonlyMap<unknown, unknown>);
      copies[collection] = copy;
    }
    return copy;
  };
  return {
    writer: {
      set: (collection, key, value) => {
        own(collection).set(key, value);
      },
      remove: (collection, key) => {
        own(collection).delete(key);
      },
      relationship: (value) => {
        const relationships = own("relationships");
        const byPartner = new Map(
          relationships.get(value.customer) as ReadonlyMap<PartnerId, Relationship> | undefined,
        );
        byPartner.set(value.partner, value);
        relationships.set(value.customer, byPartner);
      },
    },
    result: () => (Object.keys(copies).length === 0 ? state : ({ ...state, ...copies } as DomainState)),
  };
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
