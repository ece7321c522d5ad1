/**
 * The whole state the decider works on: every invitation, relationship and agreement it
 * has seen, keyed for lookup. Read it with the accessors; it changes only through
 * `evolve` / `replay`.
 *
 * @module
 */
import type { AutopilotDevice } from "./access/autopilot.js";
import type { AzureSubscription } from "./access/azure.js";
import { type MpsaPurchaseSharing, mpsaPurchaseSharingOff } from "./access/mpsa.js";
import { agreementNotAccepted, type CustomerAgreement } from "./agreement.js";
import type { AccessAssignment, AccessAssignmentId } from "./gdap/access-assignment.js";
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

/** The state before any event: nothing known. */
export const initialState: DomainState = {
  invitations: new Map(),
  relationships: new Map(),
  agreements: new Map(),
  gdapRelationships: new Map(),
  accessAssignments: new Map(),
  azureSubscriptions: new Map(),
  autopilotDevices: new Map(),
  mpsaSharing: new Map(),
};

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
 * Every relationship of the state, in insertion order.
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
 * A customer's MPSA purchase-sharing setting (off when unknown).
 *
 * @param state - the state
 * @param customer - the customer
 */
export function mpsaSharingOf(state: DomainState, customer: CustomerId): MpsaPurchaseSharing {
  return state.mpsaSharing.get(customer) ?? mpsaPurchaseSharingOff(customer);
}

/**
 * The GDAP relationships of a partner, in insertion order.
 *
 * @param state - the state
 * @param partner - the partner
 */
export function gdapRelationshipsOf(state: DomainState, partner: PartnerId): readonly GdapRelationship[] {
  return [...state.gdapRelationships.values()].filter((relationship) => relationship.partner === partner);
}

/**
 * The access assignments of a GDAP relationship, in insertion order.
 *
 * @param state - the state
 * @param relationship - the relationship's ID
 */
export function accessAssignmentsOf(state: DomainState, relationship: GdapRelationshipId): readonly AccessAssignment[] {
  return [...state.accessAssignments.values()].filter((assignment) => assignment.relationship === relationship);
}
