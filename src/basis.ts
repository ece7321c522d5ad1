/**
 * Shared reading of relationships for the access questions and the facts' steps: the
 * relationship in force for a pair, its selling capacities, its delegated admin grant, and
 * the {@link Basis} entries that an allowed decision rests on (INVAR-1). Not exported from
 * the package; it sits at the core level so that `facts/` and `access/` both read it and
 * neither imports the other's way.
 *
 * @module
 */
import type { ActiveRelationship, Relationship, RoleGrant } from "./relationship.js";
import type { Basis } from "./vocabulary/decision.js";
import { GLOBAL_ADMINISTRATOR } from "./vocabulary/directory-roles.js";
import type { CustomerId, PartnerId } from "./vocabulary/ids.js";
import { PARTNER_TYPES, type PartnerType } from "./vocabulary/partner-types.js";

/**
 * The pair's relationship in force, if any. Ended relationships of the pair (history)
 * are skipped; there is at most one in force per pair (REL-1).
 *
 * @param relationships - relationships of any customers and partners
 * @param customer - the customer
 * @param partner - the partner
 */
export function inForce(
  relationships: readonly Relationship[],
  customer: CustomerId,
  partner: PartnerId,
): ActiveRelationship | undefined {
  for (const relationship of relationships)
    if (relationship.status === "active" && relationship.customer === customer && relationship.partner === partner)
      return relationship;
  return undefined;
}

/**
 * The relationship's selling capacities (Reseller, Reseller & delegated administrator,
 * Indirect reseller): a reseller relationship in the sources' words.
 *
 * @param relationship - a relationship in force
 */
export function sellingCapacities(relationship: ActiveRelationship | undefined): readonly PartnerType[] {
  return relationship === undefined ? [] : relationship.capacities.filter((capacity) => PARTNER_TYPES[capacity].sells);
}

/**
 * The delegated admin grant (DAP-1): Global Administrator held by the partner's Admin
 * Agents group, if the customer granted it and has not removed it.
 *
 * @param relationship - a relationship in force
 */
export function delegatedAdminGrant(relationship: ActiveRelationship | undefined): RoleGrant | undefined {
  return relationship?.grants.find((grant) => grant.role === GLOBAL_ADMINISTRATOR && grant.holder === "adminAgents");
}

/**
 * The basis entry for a capacity of a relationship in force.
 *
 * @param relationship - the relationship
 * @param capacity - one of its capacities
 */
export function capacityBasis(relationship: ActiveRelationship, capacity: PartnerType): Basis {
  return { kind: "capacity", customer: relationship.customer, partner: relationship.partner, capacity };
}

/**
 * The basis entry for a role grant of a relationship in force.
 *
 * @param relationship - the relationship
 * @param grant - one of its grants
 */
export function grantBasis(relationship: ActiveRelationship, grant: RoleGrant): Basis {
  return {
    kind: "roleGrant",
    customer: relationship.customer,
    partner: relationship.partner,
    role: grant.role,
    holder: grant.holder,
    capacity: grant.capacity,
    grantedAt: grant.grantedAt,
  };
}

/**
 * Display names of capacities, joined for a sentence.
 *
 * @param capacities - partner types
 */
export function capacityNames(capacities: readonly PartnerType[]): string {
  return capacities.map((capacity) => PARTNER_TYPES[capacity].displayName).join(", ");
}
