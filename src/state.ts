/**
 * The whole state the decider works on: every invitation, relationship and agreement it
 * has seen, keyed for lookup. Read it with the accessors; it changes only through
 * `evolve` / `replay`.
 *
 * Each collection is a persistent map (`ReadonlyMap`): `evolve` gives a new state that
 * shares every entity and every part of a map it did not change, at O(log n) cost per
 * change, and never changes the state it was given. Iteration order (INVAR-4) is
 * insertion order, as `Map`'s: an entity keeps the place where it was first set, a
 * deleted one that comes back goes last; `stateToJson` writes the collections in that
 * order.
 *
 * A state also keeps indexes, maintained by `evolve` and `replay` (and built by
 * `parseState`), so that `decide` answers each question from them instead of a pass over
 * all entities: a partner's GDAP relationships and their display names (GDAP-3), a GDAP
 * relationship's access assignments (GDAP-6), a partner's customers. They are held in a
 * private field, outside the state's own properties, so they take no part in equality or
 * spreading; a state built by hand (plain `Map`s) has its indexes built once, on first use.
 *
 * @module
 */
import { PersistentMap } from "./_internal/persistent-map.js";
import { agreementNotAccepted, type CustomerAgreement } from "./agreement.js";
import type { AutopilotDevice } from "./facts/autopilot.js";
import type { AzureSubscription } from "./facts/azure.js";
import { type MpsaPurchaseSharing, mpsaPurchaseSharingOff } from "./facts/mpsa.js";
import type { AccessAssignment, AccessAssignmentId } from "./gdap/access-assignment.js";
import { nameKey } from "./gdap/checks.js";
import type { GdapRelationship, GdapRelationshipId } from "./gdap/relationship.js";
import type { Invitation } from "./invitation.js";
import type { Relationship } from "./relationship.js";
import type { CustomerId, InvitationId, PartnerId } from "./vocabulary/ids.js";

/** Every entity the decider knows, keyed for lookup. */
export interface DomainState {
  /** Invitations by ID. */
  readonly invitations: ReadonlyMap<InvitationId, Invitation>;
  /** Relationships by customer, then partner (one per pair, REL-1). */
  readonly relationships: ReadonlyMap<CustomerId, ReadonlyMap<PartnerId, Relationship>>;
  /** Microsoft Customer Agreement states by customer; a customer not listed has not accepted. */
  readonly agreements: ReadonlyMap<CustomerId, CustomerAgreement>;
  /** GDAP relationships by ID (a deleted one is gone). */
  readonly gdapRelationships: ReadonlyMap<GdapRelationshipId, GdapRelationship>;
  /** GDAP access assignments by ID. */
  readonly accessAssignments: ReadonlyMap<AccessAssignmentId, AccessAssignment>;
  /** Azure subscriptions by ID. */
  readonly azureSubscriptions: ReadonlyMap<string, AzureSubscription>;
  /** Windows Autopilot devices by ID. */
  readonly autopilotDevices: ReadonlyMap<string, AutopilotDevice>;
  /** MPSA purchase-sharing settings by customer; a customer not listed has it off. */
  readonly mpsaSharing: ReadonlyMap<CustomerId, MpsaPurchaseSharing>;
}

/** The names of the maps of {@link DomainState} keyed by a single ID (all but `relationships`). */
export type FlatCollection = Exclude<keyof DomainState, "relationships">;

/** The flat collections, in order. */
export const FLAT_COLLECTIONS: readonly FlatCollection[] = [
  "invitations",
  "agreements",
  "gdapRelationships",
  "accessAssignments",
  "azureSubscriptions",
  "autopilotDevices",
  "mpsaSharing",
];

/** The value type of a flat collection of the state. */
export type EntityOf<C extends FlatCollection> = DomainState[C] extends ReadonlyMap<string, infer V> ? V : never;

/** A state's collections as persistent maps. */
export type Collections = {
  readonly [C in FlatCollection]: PersistentMap<string, EntityOf<C>>;
} & { readonly relationships: PersistentMap<CustomerId, PersistentMap<PartnerId, Relationship>> };

/** A set of IDs, in insertion order (each ID maps to itself). */
export type Group<K extends string> = PersistentMap<K, K>;

/** The indexes a state keeps so that `decide` never scans all entities. */
export interface StateIndexes {
  /** The IDs of each partner's GDAP relationships. */
  readonly gdapByPartner: PersistentMap<PartnerId, Group<GdapRelationshipId>>;
  /** The IDs of the GDAP relationships of each partner and display name (as GDAP-3 compares them, see {@link nameIndexKey}). */
  readonly gdapByName: PersistentMap<string, Group<GdapRelationshipId>>;
  /** The IDs of each GDAP relationship's access assignments. */
  readonly assignmentsByRelationship: PersistentMap<GdapRelationshipId, Group<AccessAssignmentId>>;
  /**
   * The customers each partner has (had) a relationship with; built on first use (by
   * {@link relationshipsOfPartner}: `decide` never needs it), then kept up to date by
   * `evolve` and `replay` from that state on.
   */
  readonly customersByPartner: PersistentMap<PartnerId, Group<CustomerId>> | undefined;
}

/** The names of the indexes, in order. */
export const INDEXES: readonly (keyof StateIndexes)[] = [
  "gdapByPartner",
  "gdapByName",
  "assignmentsByRelationship",
  "customersByPartner",
];

/** A state with its indexes in a private field (not a property: equality and spreads do not see it). */
class IndexedState implements DomainState {
  readonly invitations: Collections["invitations"];
  readonly relationships: Collections["relationships"];
  readonly agreements: Collections["agreements"];
  readonly gdapRelationships: Collections["gdapRelationships"];
  readonly accessAssignments: Collections["accessAssignments"];
  readonly azureSubscriptions: Collections["azureSubscriptions"];
  readonly autopilotDevices: Collections["autopilotDevices"];
  readonly mpsaSharing: Collections["mpsaSharing"];
  /** Changes only when the partner index is built on first use (not observable). */
  #indexes: StateIndexes;

  constructor(collections: Collections, indexes: StateIndexes) {
    this.invitations = collections.invitations;
    this.relationships = collections.relationships;
    this.agreements = collections.agreements;
    this.gdapRelationships = collections.gdapRelationships;
    this.accessAssignments = collections.accessAssignments;
    this.azureSubscriptions = collections.azureSubscriptions;
    this.autopilotDevices = collections.autopilotDevices;
    this.mpsaSharing = collections.mpsaSharing;
    this.#indexes = indexes;
  }

  static indexes(state: DomainState): StateIndexes | undefined {
    return #indexes in state ? (state as IndexedState).#indexes : undefined;
  }

  static keep(state: DomainState, indexes: StateIndexes): void {
    if (#indexes in state) (state as IndexedState).#indexes = indexes;
  }
}

/**
 * A state of these collections and indexes (the persistent maps of a finished draft).
 *
 * @param collections - the collections
 * @param indexes - their indexes
 */
export function stateOf(collections: Collections, indexes: StateIndexes): DomainState {
  return new IndexedState(collections, indexes);
}

const EMPTY_INDEXES: StateIndexes = {
  gdapByPartner: /* @__PURE__ */ PersistentMap.empty(),
  gdapByName: /* @__PURE__ */ PersistentMap.empty(),
  assignmentsByRelationship: /* @__PURE__ */ PersistentMap.empty(),
  customersByPartner: undefined,
};

/** The state before any event: nothing known. */
export const initialState: DomainState = /* @__PURE__ */ stateOf(
  {
    invitations: /* @__PURE__ */ PersistentMap.empty(),
    relationships: /* @__PURE__ */ PersistentMap.empty(),
    agreements: /* @__PURE__ */ PersistentMap.empty(),
    gdapRelationships: /* @__PURE__ */ PersistentMap.empty(),
    accessAssignments: /* @__PURE__ */ PersistentMap.empty(),
    azureSubscriptions: /* @__PURE__ */ PersistentMap.empty(),
    autopilotDevices: /* @__PURE__ */ PersistentMap.empty(),
    mpsaSharing: /* @__PURE__ */ PersistentMap.empty(),
  },
  EMPTY_INDEXES,
);

// --- indexes -------------------------------------------------------------------------------

/**
 * The key of {@link StateIndexes.gdapByName}: the partner and the display name as GDAP-3
 * compares it, or `undefined` for a value that is not a name.
 *
 * @param partner - the partner
 * @param displayName - the display name
 */
export function nameIndexKey(partner: unknown, displayName: unknown): string | undefined {
  return typeof partner === "string" && typeof displayName === "string"
    ? `${partner}\u0000${nameKey(displayName)}`
    : undefined;
}

/**
 * The index with `member` added to (or removed from) the group of `key`; a group left empty
 * is removed. `inPlace` (for `replay`, whose indexes are `Map`s of `Map`s it owns) writes
 * the maps themselves; otherwise a new version is returned.
 *
 * @param index - the index
 * @param key - the group's key (nothing is indexed under a key that is not a string)
 * @param member - the member
 * @param add - add (true) or remove (false)
 * @param inPlace - write the index's own maps
 */
export function regroup<K extends string, M extends string>(
  index: PersistentMap<K, Group<M>>,
  key: unknown,
  member: M,
  add: boolean,
  inPlace: boolean,
): PersistentMap<K, Group<M>> {
  if (typeof key !== "string") return index;
  if (inPlace) {
    const owned = index as unknown as Map<string, Map<M, M>>;
    const group = owned.get(key);
    if (add) {
      if (group === undefined) owned.set(key, new Map([[member, member]]));
      else group.set(member, member);
    } else if (group?.delete(member) === true && group.size === 0) owned.delete(key);
    return index;
  }
  const group = index.get(key as K);
  if (add) return index.set(key as K, (group ?? PersistentMap.empty<M, M>()).set(member, member));
  if (group?.has(member) !== true) return index;
  return group.size === 1 ? index.delete(key as K) : index.set(key as K, group.delete(member));
}

/**
 * The persistent form of an index `replay` built in place: each group and the index
 * wrapped, not copied (no one writes them again).
 *
 * @param index - the index, a `Map` of `Map`s
 */
export function frozenIndex<K extends string, M extends string>(index: Map<K, Map<M, M>>): PersistentMap<K, Group<M>> {
  const frozen = index as unknown as Map<K, Group<M>>;
  for (const [key, group] of index) frozen.set(key, PersistentMap.wrap(group));
  return PersistentMap.wrap(frozen);
}

/** Indexes being written (by a draft, which owns this object). */
export type IndexesDraft = { -readonly [K in keyof StateIndexes]: StateIndexes[K] };

/**
 * Updates the indexes after a GDAP relationship changed from `before` to `after` (either absent).
 *
 * @param indexes - the indexes to update
 * @param id - the relationship's ID
 * @param before - the relationship before, if any
 * @param after - the relationship after, if any
 * @param inPlace - write the indexes' own maps (for `replay`)
 */
export function reindexGdap(
  indexes: IndexesDraft,
  id: GdapRelationshipId,
  before: GdapRelationship | undefined,
  after: GdapRelationship | undefined,
  inPlace: boolean,
): void {
  if (before?.partner === after?.partner && before?.displayName === after?.displayName) return;
  if (before !== undefined) {
    indexes.gdapByName = regroup(
      indexes.gdapByName,
      nameIndexKey(before.partner, before.displayName),
      id,
      false,
      inPlace,
    );
    if (before.partner !== after?.partner)
      indexes.gdapByPartner = regroup(indexes.gdapByPartner, before.partner, id, false, inPlace);
  }
  if (after !== undefined) {
    indexes.gdapByName = regroup(indexes.gdapByName, nameIndexKey(after.partner, after.displayName), id, true, inPlace);
    if (before?.partner !== after.partner)
      indexes.gdapByPartner = regroup(indexes.gdapByPartner, after.partner, id, true, inPlace);
  }
}

/**
 * Updates the indexes after an access assignment was set (its relationship's group gains it).
 *
 * @param indexes - the indexes to update
 * @param before - the assignment before, if any
 * @param after - the assignment after
 * @param inPlace - write the indexes' own maps (for `replay`)
 */
export function reindexAssignment(
  indexes: IndexesDraft,
  before: AccessAssignment | undefined,
  after: AccessAssignment,
  inPlace: boolean,
): void {
  if (before?.relationship === after.relationship) return;
  let index = indexes.assignmentsByRelationship;
  if (before !== undefined) index = regroup(index, before.relationship, after.id, false, inPlace);
  indexes.assignmentsByRelationship = regroup(index, after.relationship, after.id, true, inPlace);
}

/**
 * Updates the indexes after a customer–partner pair got its first relationship.
 *
 * @param indexes - the indexes to update
 * @param relationship - the pair's relationship
 * @param inPlace - write the indexes' own maps (for `replay`)
 */
export function reindexPair(indexes: IndexesDraft, relationship: Relationship, inPlace: boolean): void {
  if (indexes.customersByPartner === undefined) return;
  indexes.customersByPartner = regroup(
    indexes.customersByPartner,
    relationship.partner,
    relationship.customer,
    true,
    inPlace,
  );
}

/**
 * Whether the state was made by this library (`initialState`, `evolve`, `replay`,
 * `parseState`): its maps are persistent and it keeps its indexes.
 *
 * @param state - the state
 */
export function keepsIndexes(state: DomainState): boolean {
  return IndexedState.indexes(state) !== undefined;
}

/** Empty indexes to write in place (each a `Map`, typed as the persistent map it becomes). */
function emptyIndexesInPlace(): IndexesDraft {
  const indexes: Record<string, unknown> = {};
  for (const name of INDEXES) indexes[name] = name === "customersByPartner" ? undefined : new Map();
  return indexes as IndexesDraft;
}

/**
 * Indexes written in place, made persistent (see {@link frozenIndex}).
 *
 * @param indexes - the indexes
 */
export function frozenIndexes(indexes: IndexesDraft): StateIndexes {
  const frozen: Record<string, unknown> = {};
  for (const name of INDEXES) {
    const index = indexes[name] as unknown as Map<string, Map<string, string>> | undefined;
    frozen[name] = index === undefined ? undefined : frozenIndex(index);
  }
  return frozen as unknown as StateIndexes;
}

/** Indexes built for states made by hand (not by `evolve`, `replay` or `parseState`), once each. */
const BUILT = new WeakMap<DomainState, StateIndexes>();

/**
 * Lends a draft's live indexes to the state it is writing, so that what the apply functions
 * ask of it while it is written (a partner's display names, a relationship's assignments)
 * is answered from the indexes the draft keeps up to date, not from an index built once and
 * then stale, nor from a scan.
 *
 * @param state - the draft's state, as the apply functions read it
 * @param indexes - the draft's indexes, written with every change
 * @internal
 */
export function lendIndexes(state: object, indexes: IndexesDraft): void {
  BUILT.set(state as DomainState, indexes as StateIndexes);
}

/**
 * The state's indexes: those it keeps, or (for a state built by hand) built once from its
 * collections.
 *
 * @param state - the state
 */
export function indexesOf(state: DomainState): StateIndexes {
  const kept = IndexedState.indexes(state) ?? BUILT.get(state);
  if (kept !== undefined) return kept;
  const built = emptyIndexesInPlace();
  for (const [id, relationship] of state.gdapRelationships) reindexGdap(built, id, undefined, relationship, true);
  for (const assignment of state.accessAssignments.values())
    if (typeof assignment?.id === "string") reindexAssignment(built, undefined, assignment, true);
  const indexes = frozenIndexes(built);
  BUILT.set(state, indexes);
  return indexes;
}

// --- accessors -----------------------------------------------------------------------------

/**
 * The relationship of a customer–partner pair, if any.
 *
 * @param state - the state
 * @param customer - the customer
 * @param partner - the partner
 */
export function relationshipOf(state: DomainState, customer: CustomerId, partner: PartnerId): Relationship | undefined {
  return state.relationships.get(customer)?.get(partner);
}

/**
 * A customer's agreement state (not accepted when unknown).
 *
 * @param state - the state
 * @param customer - the customer
 */
export function agreementOf(state: DomainState, customer: CustomerId): CustomerAgreement {
  return state.agreements.get(customer) ?? agreementNotAccepted(customer);
}

/**
 * Every relationship of the state, in insertion order (customer by customer).
 *
 * @param state - the state
 */
export function allRelationships(state: DomainState): readonly Relationship[] {
  const all: Relationship[] = [];
  for (const byPartner of state.relationships.values())
    for (const relationship of byPartner.values()) all.push(relationship);
  return all;
}

/**
 * A customer's relationships (one per partner), in insertion order, from the state's
 * map by customer.
 *
 * @param state - the state
 * @param customer - the customer
 *
 * @example
 * ```ts
 * relationshipsOfCustomer(state, "contoso"); // [the relationship with fabrikam, …]
 * ```
 */
export function relationshipsOfCustomer(state: DomainState, customer: CustomerId): readonly Relationship[] {
  const byPartner = state.relationships.get(customer);
  return byPartner === undefined ? [] : [...byPartner.values()];
}

/**
 * A partner's relationships (one per customer), in the order the partner first got each
 * customer, from the state's index of each partner's customers: what `customerList`
 * needs, without a pass over every relationship.
 *
 * @param state - the state
 * @param partner - the partner
 *
 * @example
 * ```ts
 * customerList("fabrikam", relationshipsOfPartner(state, "fabrikam"));
 * ```
 */
export function relationshipsOfPartner(state: DomainState, partner: PartnerId): readonly Relationship[] {
  const customers = partnerIndexOf(state).get(partner);
  const found: Relationship[] = [];
  if (customers !== undefined)
    for (const customer of customers.keys()) {
      const relationship = relationshipOf(state, customer, partner);
      if (relationship !== undefined) found.push(relationship);
    }
  return found;
}

/** The state's index of each partner's customers, built (and kept in the state) on first use. */
function partnerIndexOf(state: DomainState): PersistentMap<PartnerId, Group<CustomerId>> {
  const indexes = indexesOf(state);
  if (indexes.customersByPartner !== undefined) return indexes.customersByPartner;
  const built: IndexesDraft = { ...indexes, customersByPartner: new Map() as never };
  for (const byPartner of state.relationships.values())
    for (const relationship of byPartner.values()) reindexPair(built, relationship, true);
  const kept = { ...indexes, customersByPartner: frozenIndex(built.customersByPartner as never) };
  IndexedState.keep(state, kept);
  if (!keepsIndexes(state)) BUILT.set(state, kept);
  return kept.customersByPartner as PersistentMap<PartnerId, Group<CustomerId>>;
}

/**
 * A customer's MPSA purchase-sharing setting (off when unknown).
 *
 * @param state - the state
 * @param customer - the customer
 */
export function mpsaSharingOf(state: DomainState, customer: CustomerId): MpsaPurchaseSharing {
  return state.mpsaSharing.get(customer) ?? mpsaPurchaseSharingOff(customer);
}

/** The entities of `ids` in `map`, in the group's order. */
function membersOf<K extends string, V>(map: ReadonlyMap<K, V>, ids: Group<K> | undefined): readonly V[] {
  const found: V[] = [];
  if (ids !== undefined)
    for (const id of ids.keys()) {
      const value = map.get(id);
      if (value !== undefined) found.push(value);
    }
  return found;
}

/**
 * The GDAP relationships of a partner, in insertion order, from the state's index by partner.
 *
 * @param state - the state
 * @param partner - the partner
 */
export function gdapRelationshipsOf(state: DomainState, partner: PartnerId): readonly GdapRelationship[] {
  return membersOf(state.gdapRelationships, indexesOf(state).gdapByPartner.get(partner));
}

/**
 * The GDAP relationships of a partner whose display name is `displayName` as GDAP-3
 * compares names (trimmed, case-insensitive), from the state's index: the only ones a new
 * or renamed relationship can clash with. None when `displayName` is not a string.
 *
 * @param state - the state
 * @param partner - the partner
 * @param displayName - the name asked for
 */
export function gdapRelationshipsNamed(
  state: DomainState,
  partner: PartnerId,
  displayName: unknown,
): readonly GdapRelationship[] {
  const key = nameIndexKey(partner, displayName);
  return key === undefined ? [] : membersOf(state.gdapRelationships, indexesOf(state).gdapByName.get(key));
}

/**
 * The access assignments of a GDAP relationship, in insertion order, from the state's
 * index by relationship.
 *
 * @param state - the state
 * @param relationship - the relationship's ID
 */
export function accessAssignmentsOf(state: DomainState, relationship: GdapRelationshipId): readonly AccessAssignment[] {
  return membersOf(state.accessAssignments, indexesOf(state).assignmentsByRelationship.get(relationship));
}
