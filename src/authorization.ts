/**
 * Who may take a step (ACT-1, ACT-2, ACT-3, ACT-4). Each check returns the actor, narrowed, or
 * a {@link NotAuthorized} error naming the roles that would do.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type InvalidInput, invalidInput, type NotAuthorized, type NotAuthorizedReason } from "./errors.js";
import {
  type Actor,
  type CustomerUser,
  PARTNER_CENTER_ROLES,
  type PartnerCenterRole,
  type PartnerUser,
} from "./vocabulary/actors.js";
import {
  BILLING_ADMINISTRATOR,
  canonicalRoleId,
  displayNameAdvice,
  GLOBAL_ADMINISTRATOR,
  libraryRoleName,
  MAX_ROLES,
  type RoleId,
} from "./vocabulary/directory-roles.js";
import type { CustomerId, PartnerId } from "./vocabulary/ids.js";

/** Directory roles that may take customer-side steps (ACT-1). */
export const CUSTOMER_ADMIN_ROLES: readonly RoleId[] = [GLOBAL_ADMINISTRATOR, BILLING_ADMINISTRATOR];

/**
 * Directory roles that may approve a GDAP relationship (ACT-4): Global Administrator
 * only, as Partner Center's "Customer approval of partner GDAP request" names it. A
 * Billing Administrator, who may take the other customer-side steps (ACT-1), may not.
 */
export const GDAP_APPROVAL_ROLES: readonly RoleId[] = [GLOBAL_ADMINISTRATOR];

/** Directory roles that may see which partners hold delegated admin privileges (ACT-2). */
export const DAP_VIEW_ROLES: readonly RoleId[] = [GLOBAL_ADMINISTRATOR];

/** Partner Center roles that may send a relationship request (ACT-3). */
export const RELATIONSHIP_REQUEST_ROLES: readonly PartnerCenterRole[] = ["adminAgent", "salesAgent"];

/** Partner Center roles that may request, change or end GDAP relationships (ACT-3). */
export const GDAP_REQUEST_ROLES: readonly PartnerCenterRole[] = ["adminAgent"];

/** Whether a value from an untyped caller has an actor's shape: an object with a string ID and a list of at most {@link MAX_ROLES} roles. */
function isActorShaped(actor: unknown): actor is Actor {
  if (typeof actor !== "object" || actor === null) return false;
  const { id, roles } = actor as { readonly id?: unknown; readonly roles?: unknown };
  return typeof id === "string" && Array.isArray(roles) && roles.length <= MAX_ROLES;
}

function malformedActor(rule: NotAuthorized["rule"], actor: unknown): InvalidInput {
  return invalidInput(rule, "by", "an actor: a customer user or a partner user with an ID and roles", actor);
}

function partnerCenterRoleName(role: string): string {
  return PARTNER_CENTER_ROLES[role as PartnerCenterRole];
}

/**
 * For a customer user refused for its roles: the first of them given by display name
 * where a role template ID is due, and the ID to use (`(its role "Global Administrator"
 * is a display name, not an ID: use GLOBAL_ADMINISTRATOR (…))`), or nothing.
 */
function displayNameNote(actor: Actor): string {
  for (const role of actor.roles) {
    const advice = displayNameAdvice(role);
    if (advice !== undefined) return ` (its role "${role}" is a display name, not a role template ID: ${advice})`;
  }
  return "";
}

function refused(
  rule: NotAuthorized["rule"],
  step: string,
  actor: Actor,
  reason: NotAuthorizedReason,
  anyOf: readonly string[],
  nameOf: (role: string) => string,
  where: string,
  note = "",
): NotAuthorized {
  const anyOfNames = anyOf.map(nameOf);
  const why =
    reason === "missing_role"
      ? `holds none of ${anyOfNames.join(", ")}${note}`
      : reason === "other_tenant"
        ? `is not a user of customer ${where}`
        : reason === "other_partner"
          ? `does not work for partner ${where}`
          : reason === "not_a_customer_user"
            ? "is not a user of the customer's tenant"
            : "is not a partner user";
  return {
    code: "not_authorized",
    rule,
    step,
    actor: actor.id,
    reason,
    anyOf,
    anyOfNames,
    message: `${actor.id} may not ${step}: the actor ${why}; it needs ${anyOfNames.join(" or ")} (${rule}).`,
  };
}

/**
 * Checks that the actor is a user of `customer` holding one of `anyOf`.
 *
 * @param actor - who takes the step
 * @param customer - the customer tenant the step is about
 * @param step - the step's name, for the error
 * @param anyOf - directory roles any one of which will do, in lower case as the constants are (default: ACT-1's Global or Billing Administrator); the actor's roles may be in any case
 * @param rule - the rule that asks for them (default `ACT-1`; `ACT-2` or `ACT-4` with their roles)
 * @returns the actor as a {@link CustomerUser}, or why not
 *
 * @example
 * ```ts
 * authorizeCustomerAdmin(helpdeskUser, "contoso", "acceptInvitation");
 * // Err({ code: "not_authorized", rule: "ACT-1", reason: "missing_role", anyOfNames: ["Global Administrator", "Billing Administrator"], … })
 * ```
 */
export function authorizeCustomerAdmin(
  actor: Actor,
  customer: CustomerId,
  step: string,
  anyOf: readonly RoleId[] = CUSTOMER_ADMIN_ROLES,
  rule: "ACT-1" | "ACT-2" | "ACT-4" = "ACT-1",
): Result<CustomerUser, NotAuthorized | InvalidInput> {
  if (!isActorShaped(actor)) return err(malformedActor(rule, actor));
  // Role names are built only when refusing: an authorised step costs no string work.
  if (actor.kind !== "customerUser")
    return err(refused(rule, step, actor, "not_a_customer_user", anyOf, libraryRoleName, customer));
  if (actor.tenant !== customer)
    return err(refused(rule, step, actor, "other_tenant", anyOf, libraryRoleName, customer));
  // Role IDs compare case-insensitively (GDAP-11): an actor built by hand may spell them in
  // upper case. `anyOf` is canonical, so a canonical role matches without lower-casing.
  if (!actor.roles.some((role) => anyOf.includes(role) || anyOf.includes(canonicalRoleId(role))))
    return err(refused(rule, step, actor, "missing_role", anyOf, libraryRoleName, customer, displayNameNote(actor)));
  return ok(actor);
}

/**
 * Checks that the actor works for `partner` and holds one of `anyOf` (ACT-3).
 *
 * @param actor - who takes the step
 * @param partner - the partner the step is for
 * @param step - the step's name, for the error
 * @param anyOf - Partner Center roles any one of which will do
 * @returns the actor as a {@link PartnerUser}, or why not
 */
export function authorizePartnerUser(
  actor: Actor,
  partner: PartnerId,
  step: string,
  anyOf: readonly PartnerCenterRole[],
): Result<PartnerUser, NotAuthorized | InvalidInput> {
  if (!isActorShaped(actor)) return err(malformedActor("ACT-3", actor));
  if (actor.kind !== "partnerUser")
    return err(refused("ACT-3", step, actor, "not_a_partner_user", anyOf, partnerCenterRoleName, partner));
  if (actor.partner !== partner)
    return err(refused("ACT-3", step, actor, "other_partner", anyOf, partnerCenterRoleName, partner));
  if (!actor.roles.some((role) => anyOf.includes(role)))
    return err(refused("ACT-3", step, actor, "missing_role", anyOf, partnerCenterRoleName, partner));
  return ok(actor);
}
