/**
 * Does a partner hold a directory role in a customer tenant? (DAP-1, INVAR-1)
 *
 * @module
 */

import { grantBasis, inForce } from "../basis.js";
import type { Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import { canonicalRoleId, type RoleId, roleName } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";
import { PARTNER_TYPES } from "../vocabulary/partner-types.js";

/** The question of {@link holdsRole}. */
export interface RoleQuery {
  /** The partner. */
  readonly partner: PartnerId;
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The directory role. */
  readonly role: RoleId;
}

/**
 * Whether partner P holds directory role R in customer C through a relationship in
 * force: only a role granted by an accepted request and not since removed or ended
 * counts (INVAR-1). GDAP access, which depends on time, is asked with the GDAP
 * questions.
 *
 * @param relationships - the relationships known (any customers and partners)
 * @param query - partner, customer and role
 * @returns the decision, with the grant behind it when allowed
 *
 * @example
 * ```ts
 * holdsRole([relationship], { partner: "fabrikam", customer: "contoso", role: GLOBAL_ADMINISTRATOR }).allowed;
 * // true after a Delegated administrator invitation was accepted; false after removeAdminRoles
 * ```
 */
export function holdsRole(relationships: readonly Relationship[], query: RoleQuery): Decision {
  const name = roleName(query.role);
  const relationship = inForce(relationships, query.customer, query.partner);
  if (relationship === undefined) {
    return refuse(
      ["INVAR-1", "REL-1"],
      [`${query.partner} has no relationship in force with ${query.customer}.`],
      [`${query.customer} must accept an invitation from ${query.partner} that requests ${name}.`],
    );
  }
  const role = canonicalRoleId(query.role);
  const grant = relationship.grants.find((held) => held.role === role);
  if (grant === undefined) {
    return refuse(
      ["INVAR-1", "DAP-2"],
      [`${query.customer} has not granted ${name} to ${query.partner}, or has removed its admin roles.`],
      [`${query.customer} must accept an invitation from ${query.partner} that requests ${name}.`],
    );
  }
  return allow(
    ["INVAR-1", "DAP-1"],
    [
      `${query.customer} granted ${name} to ${query.partner}'s ${grant.holder} by accepting an invitation for the ${PARTNER_TYPES[grant.capacity].displayName} partner type.`,
    ],
    [grantBasis(relationship, grant)],
  );
}
