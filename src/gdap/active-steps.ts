/**
 * The steps that make a GDAP relationship active and act on it while active (GDAP-1,
 * GDAP-2, GDAP-4, GDAP-7): the customer's approval, termination by either side, removing
 * Global Administrator and setting auto-extension. The statuses each is allowed from come
 * from the lifecycle table (`GDAP_LIFECYCLE`); a step on an active relationship first
 * brings it to its `at` (auto-extension or expiry).
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import type { CustomerNotBound, DomainError, GlobalAdminRemovalNotActive } from "../errors.js";
import { invalidInput } from "../errors.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { checkTime } from "../validate.js";
import { GLOBAL_ADMINISTRATOR } from "../vocabulary/directory-roles.js";
import type { CustomerId } from "../vocabulary/ids.js";
import { type Instant, isInstant } from "../vocabulary/time.js";
import { authorizeApprover, authorizeEitherSide, checkGdapTerms, unapprovedAt } from "./checks.js";
import { addDuration, type DurationInput, formatDuration } from "./duration.js";
import { ensureGdapStepAllowed, gdapStepAllowedFrom } from "./lifecycle.js";
import type {
  ActiveGdap,
  ApprovalPendingGdap,
  GdapRelationship,
  GdapRelationshipStatus,
  GdapStepInput,
  TerminatedGdap,
  TerminatingGdap,
  TerminationRequestedGdap,
} from "./relationship.js";
import { bringActiveTo } from "./time.js";

/** The step on an active relationship: the status its table allows, brought to `at` (GDAP-1, GDAP-2). */
function activeAt(
  relationship: GdapRelationship,
  at: Instant,
  step: "requestGdapTermination" | "removeGlobalAdministrator" | "setGdapAutoExtend",
): Result<ActiveGdap, DomainError> {
  return ensureGdapStepAllowed(relationship, step).andThen((active) => bringActiveTo(active, at, step));
}

function customerNotBound(
  relationship: ApprovalPendingGdap,
  bound: CustomerId,
  customer: CustomerId,
): CustomerNotBound {
  return {
    code: "customer_not_bound",
    rule: "GDAP-4",
    relationship: relationship.id,
    boundCustomer: bound,
    customer,
    message: `GDAP relationship ${relationship.id} was created for customer ${bound}; only ${bound} can approve it, not ${customer} (GDAP-4).`,
  };
}

/**
 * The customer approves a relationship (GDAP-1: `approvalPending` → `approved` →
 * `active`, moved through at once). Needs a customer Global Administrator (ACT-4): a
 * Billing Administrator, enough for the other customer-side steps (ACT-1), gets
 * `not_authorized` naming Global Administrator. A relationship
 * created for a customer can be approved by that customer only (`customer_not_bound`
 * otherwise); an open one binds the approving admin's tenant (GDAP-4). Refused once
 * the request expired (GDAP-5). `activatedDateTime` is `at`; `endDateTime` is `at` plus
 * the duration by UTC calendar arithmetic (GDAP-2).
 *
 * @param relationship - the relationship waiting for approval
 * @param input - the customer's Global Administrator and when
 * @returns the active relationship, or why not
 *
 * @example
 * ```ts
 * approveGdapRelationship(pending, {
 *   by: { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] },
 *   at: Date.UTC(2026, 0, 5),
 * });
 * // Ok({ status: "active", customer: "contoso", activatedDateTime: Date.UTC(2026, 0, 5), endDateTime: … })
 * ```
 */
export function approveGdapRelationship(
  relationship: ApprovalPendingGdap,
  input: GdapStepInput,
): Result<ActiveGdap, DomainError> {
  const step = "approveGdapRelationship";
  return unapprovedAt(relationship, step, input.at)
    .andThen((pending): Result<{ pending: ApprovalPendingGdap; customer: CustomerId }, DomainError> => {
      const by = input.by;
      const bound = pending.customer;
      if (bound !== undefined && by?.kind === "customerUser" && by.tenant !== bound)
        return err(customerNotBound(pending, bound, by.tenant));
      const customer = bound ?? (by.kind === "customerUser" ? by.tenant : "");
      return ok({ pending, customer });
    })
    .andThen(({ pending, customer }) =>
      authorizeApprover(input.by, customer, step).andThen((admin): Result<ActiveGdap, DomainError> => {
        const endDateTime = addDuration(input.at, pending.duration);
        if (!isInstant(endDateTime))
          return err(
            invalidInput(
              "GDAP-2",
              "at",
              `an instant whose end time (plus ${formatDuration(pending.duration)}) is a valid date`,
              input.at,
            ),
          );
        return ok({
          ...pending,
          status: "active",
          customer,
          approvedBy: admin.id,
          activatedDateTime: input.at,
          endDateTime,
          lastModifiedDateTime: input.at,
        });
      }),
    );
}

/**
 * The partner (Admin agent, ACT-3) or the customer (ACT-1) asks to terminate an active
 * relationship (GDAP-1: `active` → `terminationRequested`). From then on it grants no
 * access (GDAP-7). {@link terminateGdapRelationship} asks and completes at once.
 *
 * @param relationship - the active relationship
 * @param input - who and when
 * @returns the relationship with termination requested, or why not (`expired` if its end time passed)
 */
export function requestGdapTermination(
  relationship: ActiveGdap,
  input: GdapStepInput,
): Result<TerminationRequestedGdap, DomainError> {
  const step = "requestGdapTermination";
  return activeAt(relationship, input.at, step).andThen((active) =>
    authorizeEitherSide(active, input.by, step).map(
      ({ side, user }): TerminationRequestedGdap => ({
        ...active,
        status: "terminationRequested",
        terminationRequestedBy: side,
        terminationRequestedByUser: user,
        terminationRequestedDateTime: input.at,
        lastModifiedDateTime: input.at,
      }),
    ),
  );
}

/**
 * Completes a termination asked for (GDAP-1: `terminationRequested` or `terminating`
 * → `terminated`). A system step: no actor.
 *
 * @param relationship - the relationship with termination requested
 * @param at - when, not before its last change
 * @returns the terminated relationship, or why not
 */
export function completeGdapTermination(
  relationship: TerminationRequestedGdap | TerminatingGdap,
  at: Instant,
): Result<TerminatedGdap, DomainError> {
  return ensureGdapStepAllowed(relationship, "completeGdapTermination")
    .andThen((requested) => checkTime(at, "GDAP-1", requested.lastModifiedDateTime).map(() => requested))
    .map(
      (requested): TerminatedGdap => ({
        ...requested,
        status: "terminated",
        terminatedDateTime: at,
        lastModifiedDateTime: at,
      }),
    );
}

/**
 * The partner (Admin agent, ACT-3) or the customer (ACT-1) terminates an active
 * relationship (GDAP-1: `active` → `terminationRequested` → `terminated`, at once).
 * Every access assignment on it is void from `at` (GDAP-7). Terminated is final.
 *
 * @param relationship - the active relationship
 * @param input - who and when
 * @returns the terminated relationship, or why not (`expired` if its end time passed)
 *
 * @example
 * ```ts
 * terminateGdapRelationship(active, { by: contosoGlobalAdmin, at });
 * // Ok({ status: "terminated", terminationRequestedBy: "customer", terminatedDateTime: at, … })
 * ```
 */
export function terminateGdapRelationship(
  relationship: ActiveGdap,
  input: GdapStepInput,
): Result<TerminatedGdap, DomainError> {
  return requestGdapTermination(relationship, input).andThen((requested) =>
    completeGdapTermination(requested, input.at),
  );
}

/**
 * Removes Global Administrator from an active relationship (GDAP-2): the one role change
 * allowed after `created`. The partner (Admin agent, ACT-3) or the customer (ACT-1) may
 * do it. Refused with `global_admin_removal_not_active` in any other status; a
 * relationship without Global Administrator comes back unchanged; one whose only role is
 * Global Administrator is refused (terminate it instead). Access assignments that
 * include Global Administrator keep it on paper but no longer grant it (GDAP-7 counts
 * only roles the relationship still holds).
 *
 * @param relationship - the active relationship
 * @param input - who and when
 * @returns the relationship without Global Administrator, or why not
 *
 * @example
 * ```ts
 * removeGlobalAdministrator(active, { by: adminAgent, at }).map((r) => r.roles.includes(GLOBAL_ADMINISTRATOR)); // Ok(false)
 * ```
 */
export function removeGlobalAdministrator(
  relationship: ActiveGdap,
  input: GdapStepInput,
): Result<ActiveGdap, DomainError> {
  const step = "removeGlobalAdministrator";
  const current = relationship as GdapRelationship;
  if (!(gdapStepAllowedFrom(step) as readonly GdapRelationshipStatus[]).includes(current.status)) {
    const refused: GlobalAdminRemovalNotActive = {
      code: "global_admin_removal_not_active",
      rule: "GDAP-2",
      relationship: current.id,
      status: current.status,
      message: `Global Administrator can be removed from a GDAP relationship only while it is active; ${current.id} is ${current.status} (GDAP-2).`,
    };
    return err(refused);
  }
  return activeAt(relationship, input.at, step)
    .andThen((active) => authorizeEitherSide(active, input.by, step).map(() => active))
    .andThen((active): Result<ActiveGdap, DomainError> => {
      if (!active.roles.includes(GLOBAL_ADMINISTRATOR)) return ok(active);
      const roles = active.roles.filter((role) => role !== GLOBAL_ADMINISTRATOR);
      if (roles.length === 0)
        return err(
          invalidInput(
            "GDAP-2",
            "roles",
            "a relationship with a role besides Global Administrator; terminate this one instead",
            active.roles,
          ),
        );
      return ok({ ...active, roles, lastModifiedDateTime: input.at });
    });
}

/** Input of {@link setGdapAutoExtend}. */
export interface SetGdapAutoExtendInput extends GdapStepInput {
  /** `PT0S`/`P0D` (none) or `P180D` (GDAP-2). */
  readonly autoExtendDuration: DurationInput;
}

/**
 * The partner or the customer changes the auto-extend duration of an active relationship
 * (Graph allows this one change while active; GDAP-2): refused while it includes Global
 * Administrator unless set to none. Needs the partner's Admin agent (ACT-3) or a customer
 * admin of the relationship's customer (ACT-1): Partner Center's GDAP FAQ says "the
 * partner or the customer" turns auto-extend on (ACT-4).
 *
 * @param relationship - the active relationship
 * @param input - the new auto-extend duration, who and when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the relationship, or why not
 *
 * @example
 * ```ts
 * setGdapAutoExtend(withoutGlobalAdmin, { autoExtendDuration: "P180D", by: adminAgent, at });
 * ```
 */
export function setGdapAutoExtend(
  relationship: ActiveGdap,
  input: SetGdapAutoExtendInput,
  policy: Policy = DEFAULT_POLICY,
): Result<ActiveGdap, DomainError> {
  const step = "setGdapAutoExtend";
  return activeAt(relationship, input.at, step)
    .andThen((active) => authorizeEitherSide(active, input.by, step).map(() => active))
    .andThen((active) =>
      checkGdapTerms(
        active,
        { autoExtendDuration: input.autoExtendDuration },
        { roles: active.roles, duration: active.duration, displayName: active.displayName },
        policy,
      ).map(
        ({ autoExtendDuration }): ActiveGdap => ({ ...active, autoExtendDuration, lastModifiedDateTime: input.at }),
      ),
    );
}
