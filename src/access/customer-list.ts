/**
 * The partner's customer list (REL-2): the customers with a relationship in force with
 * the partner. Accepting an invitation puts a customer on it; an ended relationship takes
 * it off.
 *
 * @module
 */

import { capacityBasis, capacityNames, inForce } from "../basis.js";
import type { Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";
import type { PartnerType } from "../vocabulary/partner-types.js";
import type { Instant } from "../vocabulary/time.js";

/** One customer on a partner's customer list. */
export interface CustomerListEntry {
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The capacities the partner works in for it. */
  readonly capacities: readonly PartnerType[];
  /** Since when the relationship is in force. */
  readonly since: Instant;
}

/**
 * The partner's customer list (REL-2): every customer with a relationship in force with
 * the partner, each once, in the order given. Ended relationships are left out, and so
 * are other partners' relationships.
 *
 * @param partner - the partner
 * @param relationships - relationships of any customers and partners
 *
 * @example
 * ```ts
 * customerList("fabrikam", [contosoActive, northwindEnded]);
 * // [{ customer: "contoso", capacities: ["reseller"], since: … }]
 * ```
 */
export function customerList(partner: PartnerId, relationships: readonly Relationship[]): readonly CustomerListEntry[] {
  const entries: CustomerListEntry[] = [];
  // The customers already listed, in a Set: one pass over a book of any size (INVAR-8).
  const listed = new Set<CustomerId>();
  for (const relationship of relationships)
    if (relationship.status === "active" && relationship.partner === partner && !listed.has(relationship.customer)) {
      listed.add(relationship.customer);
      entries.push({ customer: relationship.customer, capacities: relationship.capacities, since: relationship.since });
    }
  return entries;
}

/**
 * Whether a customer is on the partner's customer list, and why (REL-2).
 *
 * @param partner - the partner
 * @param customer - the customer
 * @param relationships - relationships of any customers and partners
 */
export function isOnCustomerList(
  partner: PartnerId,
  customer: CustomerId,
  relationships: readonly Relationship[],
): Decision {
  const relationship = inForce(relationships, customer, partner);
  if (relationship === undefined) {
    const ended = relationships.some(
      (candidate) => candidate.status === "ended" && candidate.customer === customer && candidate.partner === partner,
    );
    return refuse(
      ["REL-2"],
      [
        ended
          ? `The relationship between ${customer} and ${partner} has ended, which took ${customer} off ${partner}'s customer list.`
          : `${customer} has not accepted an invitation from ${partner}.`,
      ],
      [`${customer} must accept an invitation from ${partner}.`],
    );
  }
  return allow(
    ["REL-2"],
    [`${customer} accepted ${partner} as ${capacityNames(relationship.capacities)}; the relationship is in force.`],
    relationship.capacities.map((capacity) => capacityBasis(relationship, capacity)),
  );
}
