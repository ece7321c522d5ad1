/**
 * Who may manage a customer's Azure subscription (AZ-1…AZ-3): delegated admin privileges
 * give no access to the customer's existing subscriptions (AZ-1); a subscription the
 * partner provisioned gives its Admin Agents group Owner (AZ-2), which removing admin
 * roles does not take away (AZ-3). {@link canManageSubscription} answers with a
 * decision. The subscriptions themselves are facts (`facts/azure.ts`).
 *
 * @module
 */

import { capacityBasis, delegatedAdminGrant, inForce } from "../basis.js";
import { type AzurePrincipal, type AzureRole, type AzureSubscription, samePrincipal } from "../facts/azure.js";
import type { Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { PartnerId } from "../vocabulary/ids.js";

/** The Azure roles that let a principal manage a subscription's resources. */
export const AZURE_MANAGE_ROLES: readonly AzureRole[] = ["Owner", "Contributor"];

/**
 * Whether a partner can manage an Azure subscription: only through an Azure role that
 * lets it manage (Owner or Contributor) held by its Admin Agents group on that
 * subscription, never through delegated admin privileges (AZ-1), and whether or not the
 * customer removed them (AZ-3). The library also asks for a relationship in force with
 * the customer: the sources are silent on ended relationships, and no access outlives
 * the relationship that carries it (INVAR-1).
 *
 * @param subscription - the subscription
 * @param partner - the partner
 * @param relationships - relationships of any customers and partners
 * @returns the decision; when allowed its basis names the Azure role assignment
 *
 * @example
 * ```ts
 * canManageSubscription(existingSubscription, "fabrikam", [relationshipWithDap]);
 * // { allowed: false, rules: ["AZ-1"], … }
 * canManageSubscription(provisioned, "fabrikam", [relationshipAfterRemoveAdminRoles]);
 * // { allowed: true, rules: ["AZ-2", "AZ-3"], … }
 * ```
 */
export function canManageSubscription(
  subscription: AzureSubscription,
  partner: PartnerId,
  relationships: readonly Relationship[],
): Decision {
  const { id, customer } = subscription;
  const principal: AzurePrincipal = { kind: "partnerAdminAgents", partner };
  const held = subscription.roleAssignments.filter((assignment) => samePrincipal(assignment.principal, principal));
  const managing = held.find((assignment) => AZURE_MANAGE_ROLES.includes(assignment.role));
  const relationship = inForce(relationships, customer, partner);
  const provisioned = subscription.provisionedBy === partner;
  const assign = `A customer admin of ${customer} must assign ${partner}'s Admin Agents the Owner or Contributor role on subscription ${id}.`;
  if (managing === undefined) {
    const why =
      held.length > 0
        ? `${partner}'s Admin Agents hold only ${held.map((assignment) => assignment.role).join(", ")} on subscription ${id}, which does not let them manage it.`
        : provisioned
          ? `${customer} removed the role assignment of ${partner}'s Admin Agents on subscription ${id}.`
          : `${partner} holds no Azure role on subscription ${id}.`;
    const dap =
      delegatedAdminGrant(relationship) === undefined
        ? []
        : [`Delegated admin privileges give ${partner} no access to ${customer}'s existing Azure subscriptions.`];
    return refuse(provisioned && held.length === 0 ? ["AZ-3"] : ["AZ-1"], [why, ...dap], [assign]);
  }
  if (relationship === undefined) {
    return refuse(
      ["AZ-3", "INVAR-1"],
      [
        `${partner}'s Admin Agents still hold ${managing.role} on subscription ${id}, but ${partner} has no relationship in force with ${customer}.`,
      ],
      [`${customer} must accept an invitation from ${partner} again, or remove the stale role assignment.`],
    );
  }
  const dapRemoved = delegatedAdminGrant(relationship) === undefined;
  const reasons = [
    provisioned
      ? `${partner} provisioned subscription ${id}, which gave its Admin Agents ${managing.role} on it.`
      : `${customer} assigned ${partner}'s Admin Agents ${managing.role} on subscription ${id}.`,
    ...(dapRemoved
      ? [
          `${partner} holds no delegated admin privileges, but removing them does not remove Azure role assignments; ${customer} removes the assignment to stop ${partner}.`,
        ]
      : []),
  ];
  return allow(
    provisioned ? (dapRemoved ? ["AZ-2", "AZ-3"] : ["AZ-2"]) : dapRemoved ? ["AZ-1", "AZ-3"] : ["AZ-1"],
    reasons,
    [
      {
        kind: "azureRoleAssignment",
        customer,
        subscription: id,
        partner,
        role: managing.role,
        assignedAt: managing.assignedAt,
      },
      ...relationship.capacities.map((capacity) => capacityBasis(relationship, capacity)),
    ],
  );
}
