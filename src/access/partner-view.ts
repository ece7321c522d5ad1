/**
 * Two views of who holds directory roles in a customer tenant (ACT-2, DAP-3):
 *
 * - the **directory role members**, as the Entra portal, PowerShell or Graph list them:
 *   only the customer's own, explicit assignments; never a partner (DAP-3);
 * - the **partner relationships view** of the admin center: the partners the customer
 *   works with and which of them hold delegated admin privileges; only a Global
 *   Administrator sees it (ACT-2).
 *
 * The partner's DAP assignments are implicit: they come from the grants of its
 * relationship in force (DAP-1). {@link effectiveRoleAssignments} puts both together, and
 * the two views differ from it by exactly the implicit assignments.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { authorizeCustomerAdmin, DAP_VIEW_ROLES } from "../authorization.js";
import type { InvalidInput, NotAuthorized } from "../errors.js";
import type { Relationship } from "../relationship.js";
import type { Actor } from "../vocabulary/actors.js";
import { canonicalRoleId, type RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import type { PartnerType, RoleHolder } from "../vocabulary/partner-types.js";
import type { Instant } from "../vocabulary/time.js";

/**
 * A directory role assignment the customer made itself: a principal of its tenant (a
 * user, or the user account it gave a "Partner"-type partner) holds a role.
 */
export interface ExplicitRoleAssignment {
  /** The directory role. */
  readonly role: RoleId;
  /** The user (or other principal) of the customer's tenant. */
  readonly principal: UserId;
}

/**
 * A role the partner's Admin Agents or Helpdesk Agents group holds in the customer
 * tenant through delegated admin privileges (DAP-1): implicit, never listed among the
 * role's members (DAP-3).
 */
export interface ImplicitRoleAssignment {
  /** The directory role. */
  readonly role: RoleId;
  /** The partner. */
  readonly partner: PartnerId;
  /** The partner's group that holds it. */
  readonly holder: Exclude<RoleHolder, "partnerUserAccount">;
  /** The capacity whose acceptance granted it. */
  readonly capacity: PartnerType;
  /** When the customer granted it. */
  readonly grantedAt: Instant;
}

/** One assignment in force in a tenant, explicit or implicit. */
export type EffectiveRoleAssignment =
  | ({
      /** Made by the customer; listed among the role's members. */
      readonly kind: "explicit";
    } & ExplicitRoleAssignment)
  | ({
      /** Held by a partner group through DAP; not listed among the role's members (DAP-3). */
      readonly kind: "implicit";
    } & ImplicitRoleAssignment);

/** One partner in the partner relationships view. */
export interface PartnerRelationshipEntry {
  /** The partner. */
  readonly partner: PartnerId;
  /** The capacities it works in. */
  readonly capacities: readonly PartnerType[];
  /** Since when the relationship is in force. */
  readonly since: Instant;
  /** Whether it holds delegated admin privileges: any implicit role assignment. */
  readonly delegatedAdmin: boolean;
  /** The roles its groups hold through delegated admin privileges. */
  readonly delegatedAdminRoles: readonly ImplicitRoleAssignment[];
}

/** The admin center's partner relationships view of one customer (ACT-2). */
export interface PartnerRelationshipsView {
  /** The customer. */
  readonly customer: CustomerId;
  /** Every partner with a relationship in force, in the order given. */
  readonly partners: readonly PartnerRelationshipEntry[];
}

function implicitOf(relationship: Relationship): readonly ImplicitRoleAssignment[] {
  const assignments: ImplicitRoleAssignment[] = [];
  for (const grant of relationship.grants)
    if (grant.holder !== "partnerUserAccount")
      assignments.push({
        role: grant.role,
        partner: relationship.partner,
        holder: grant.holder,
        capacity: grant.capacity,
        grantedAt: grant.grantedAt,
      });
  return assignments;
}

function inForceFor(customer: CustomerId, relationships: readonly Relationship[]): readonly Relationship[] {
  return relationships.filter((relationship) => relationship.status === "active" && relationship.customer === customer);
}

/**
 * The partner's implicit role assignments in a tenant (DAP-1, DAP-3): the grants to its
 * Admin Agents and Helpdesk Agents groups in relationships in force. A role the customer
 * gave a "Partner"-type partner's user account is an explicit assignment of its own
 * tenant, not one of these.
 *
 * @param customer - the customer tenant
 * @param relationships - relationships of any customers and partners
 */
export function implicitRoleAssignments(
  customer: CustomerId,
  relationships: readonly Relationship[],
): readonly ImplicitRoleAssignment[] {
  return inForceFor(customer, relationships).flatMap(implicitOf);
}

/**
 * The members of a directory role, as the Entra portal, PowerShell or Graph list them
 * (DAP-3): the customer's explicit assignments only. A partner holding the role through
 * delegated admin privileges is **not** returned; ask {@link partnerRelationshipsView}.
 *
 * @param assignments - the customer's explicit directory role assignments
 * @param role - the role
 * @returns the principals holding it, each once, in the order given
 *
 * @example
 * ```ts
 * listRoleMembers([{ role: GLOBAL_ADMINISTRATOR, principal: "kim" }], GLOBAL_ADMINISTRATOR);
 * // ["kim"], even while fabrikam's Admin Agents hold Global Administrator
 * ```
 */
export function listRoleMembers(assignments: readonly ExplicitRoleAssignment[], role: RoleId): readonly UserId[] {
  const wanted = canonicalRoleId(role);
  // A Set keeps the first of each member in one pass (linear, INVAR-8).
  const members = new Set<UserId>();
  for (const assignment of assignments)
    if (canonicalRoleId(assignment.role) === wanted) members.add(assignment.principal);
  return [...members];
}

/**
 * Every role assignment in force in the tenant, explicit and implicit: what the tenant
 * actually grants. Its explicit part is what {@link listRoleMembers} shows; its implicit
 * part is exactly the delegated admin roles of {@link partnerRelationshipsView} (DAP-3).
 *
 * @param customer - the customer tenant
 * @param explicit - the customer's explicit assignments
 * @param relationships - relationships of any customers and partners
 */
export function effectiveRoleAssignments(
  customer: CustomerId,
  explicit: readonly ExplicitRoleAssignment[],
  relationships: readonly Relationship[],
): readonly EffectiveRoleAssignment[] {
  return [
    ...explicit.map((assignment): EffectiveRoleAssignment => ({ kind: "explicit", ...assignment })),
    ...implicitRoleAssignments(customer, relationships).map(
      (assignment): EffectiveRoleAssignment => ({ kind: "implicit", ...assignment }),
    ),
  ];
}

/**
 * The admin center's partner relationships view (Settings › Partner relationships): the
 * partners the customer works with, and which hold delegated admin privileges. Only a
 * Global Administrator of the tenant sees it (ACT-2); anyone else gets `not_authorized`
 * naming Global Administrator. Ended relationships are not shown.
 *
 * @param actor - who looks
 * @param customer - the customer tenant
 * @param relationships - relationships of any customers and partners
 * @returns the view, or why the actor may not see it
 *
 * @example
 * ```ts
 * partnerRelationshipsView(contosoGlobalAdmin, "contoso", relationships);
 * // Ok({ customer: "contoso", partners: [{ partner: "fabrikam", delegatedAdmin: true, … }] })
 * partnerRelationshipsView(contosoBillingAdmin, "contoso", relationships);
 * // Err({ code: "not_authorized", rule: "ACT-2", anyOfNames: ["Global Administrator"], … })
 * ```
 */
export function partnerRelationshipsView(
  actor: Actor,
  customer: CustomerId,
  relationships: readonly Relationship[],
): Result<PartnerRelationshipsView, NotAuthorized | InvalidInput> {
  return authorizeCustomerAdmin(actor, customer, "viewPartnerRelationships", DAP_VIEW_ROLES, "ACT-2").map(() => ({
    customer,
    partners: inForceFor(customer, relationships).map((relationship): PartnerRelationshipEntry => {
      const delegatedAdminRoles = implicitOf(relationship);
      return {
        partner: relationship.partner,
        capacities: relationship.capacities,
        since: relationship.since,
        delegatedAdmin: delegatedAdminRoles.length > 0,
        delegatedAdminRoles,
      };
    }),
  }));
}
