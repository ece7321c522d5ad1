/**
 * The invitation lifecycle table (INV-1) and the checks it drives: the steps and the
 * decider read the statuses a step may start from out of the table.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type InvitationNotPending, invitationNotPending } from "./errors.js";
import type { Invitation, InvitationStatus, PendingInvitation } from "./invitation.js";
import { allowedStatusesByStep, type Lifecycle } from "./vocabulary/transition.js";

/**
 * The invitation lifecycle as data (INV-1): pending → accepted | cancelled | expired.
 * Documentation diagrams are generated from it, and tests check the steps against it.
 */
export const INVITATION_LIFECYCLE: Lifecycle<InvitationStatus> = {
  name: "Invitation",
  statuses: ["pending", "accepted", "cancelled", "expired"],
  initial: { status: "pending", step: "sendInvitation", by: "partner" },
  final: ["accepted", "cancelled", "expired"],
  transitions: [
    { from: "pending", to: "accepted", step: "acceptInvitation", by: "customer", rules: ["INV-2", "ACT-1"] },
    { from: "pending", to: "cancelled", step: "cancelInvitation", by: "customer", rules: ["INV-3", "ACT-1"] },
    { from: "pending", to: "expired", step: "expireInvitation", by: "time", rules: ["INV-4"] },
  ],
};

/** A step of {@link INVITATION_LIFECYCLE} that starts from a status: accepting, cancelling or expiring. */
export type InvitationStep = "acceptInvitation" | "cancelInvitation" | "expireInvitation";

const ALLOWED = /* @__PURE__ */ allowedStatusesByStep(INVITATION_LIFECYCLE);

/**
 * Narrows an invitation to the statuses {@link INVITATION_LIFECYCLE} allows `step` from
 * (pending, for every step), or returns `invitation_not_pending` with its final status
 * (INV-1). The steps and the decider check through it, so the table is the one place
 * that says where a step may start.
 *
 * @param invitation - an invitation in any state
 * @param step - the step about to be taken
 */
export function ensureInvitationStepAllowed(
  invitation: Invitation,
  step: InvitationStep,
): Result<PendingInvitation, InvitationNotPending> {
  return invitation.status !== "pending" || !(ALLOWED.get(step) ?? []).includes(invitation.status)
    ? err(invitationNotPending(invitation.id, invitation.status as InvitationNotPending["status"]))
    : ok(invitation);
}

/**
 * Narrows an invitation to a pending one, or returns `invitation_not_pending` with its
 * final status (INV-1).
 *
 * @param invitation - an invitation in any state
 *
 * @example
 * ```ts
 * ensurePending(invitation).andThen((pending) => acceptInvitation(pending, input));
 * ```
 */
export function ensurePending(invitation: Invitation): Result<PendingInvitation, InvitationNotPending> {
  return invitation.status === "pending" ? ok(invitation) : err(invitationNotPending(invitation.id, invitation.status));
}
