/**
 * The whole state the decider works on: every invitation, relationship and agreement it
 * has seen, keyed for lookup. Read it with the accessors; it changes only through
 * `evolve` / `replay`.
 *
 * @module
 */
import { agreementNotAccepted, type CustomerAgreement } from "./agreement.js";
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
}

/** The state before any event: nothing known. */
export const initialState: DomainState = {
  invitations: new Map(),
  relationships: new Map(),
  agreements: new Map(),
};

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
