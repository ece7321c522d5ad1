/**
 * Does the partner still owe the customer support? (DAP-4)
 *
 * @module
 */

import { capacityBasis, capacityNames, delegatedAdminGrant, sellingCapacities } from "../basis.js";
import type { Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";

/** What {@link owesSupport} looks at. */
export interface SupportQuery {
  /** The customer–partner relationship, if any. */
  readonly relationship: Relationship | undefined;
  /**
   * Whether partner and customer have renegotiated their agreement since the customer
   * removed the admin roles. The library cannot observe that, so the caller says it.
   */
  readonly renegotiated: boolean;
}

/**
 * Whether the partner is still responsible for the customer's support under the Cloud
 * Reseller Agreement (DAP-4): yes while a reseller relationship is in force, with or
 * without admin roles, unless partner and customer renegotiated their agreement. Without
 * admin roles the partner helps by opening a service request with Microsoft support on
 * the customer's behalf (002).
 *
 * Here `allowed` reads "the partner owes support"; a refused decision's remedies say what
 * would put the obligation back.
 *
 * @param query - the relationship and whether it was renegotiated
 *
 * @example
 * ```ts
 * owesSupport({ relationship: afterRemoveAdminRoles, renegotiated: false }).allowed; // true
 * owesSupport({ relationship: afterRemoveAdminRoles, renegotiated: true }).allowed;  // false
 * ```
 */
export function owesSupport(query: SupportQuery): Decision {
  const { relationship, renegotiated } = query;
  const active = relationship?.status === "active" ? relationship : undefined;
  const selling = sellingCapacities(active);
  if (relationship === undefined || active === undefined || selling.length === 0) {
    const who = relationship === undefined ? "The partner" : relationship.partner;
    const why =
      relationship === undefined
        ? "There is no relationship between the customer and the partner."
        : relationship.status === "ended"
          ? `The relationship between ${relationship.customer} and ${relationship.partner} has ended.`
          : `${relationship.partner} is no reseller of ${relationship.customer}: the Cloud Reseller Agreement does not apply.`;
    return refuse(["DAP-4"], [why], [`${who} owes support under the Cloud Reseller Agreement only as a reseller.`]);
  }
  const { customer, partner } = active;
  if (renegotiated) {
    return refuse(
      ["DAP-4"],
      [`${partner} and ${customer} renegotiated their agreement; support follows the renegotiated terms.`],
      ["Only the renegotiated agreement can put the support obligation back."],
    );
  }
  const dap = delegatedAdminGrant(active) !== undefined;
  return allow(
    dap ? ["DAP-4"] : ["DAP-2", "DAP-4"],
    dap
      ? [
          `${partner} works with ${customer} as ${capacityNames(selling)} and supports it under the Cloud Reseller Agreement.`,
        ]
      : [
          `${customer} removed ${partner}'s admin roles, but the reseller relationship stands and has not been renegotiated: ${partner} remains responsible for support under the Cloud Reseller Agreement.`,
          `Without admin roles, ${partner} opens a service request with Microsoft support on ${customer}'s behalf.`,
        ],
    selling.map((capacity) => capacityBasis(active, capacity)),
  );
}
