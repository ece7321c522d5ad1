/**
 * Whether invitation events read from a history could have come from the steps
 * (INVAR-7), and whether an accepted invitation backs a relationship's role grant
 * (INVAR-1): the tests `evolve` and the codec make, with the same rules as the steps of
 * `invitation.ts`.
 *
 * @module
 */
import { describeInstant, describeValue, type EventRefusal, refusal } from "./history.js";
import {
  type FinalInvitation,
  type Invitation,
  invitationRolesFit,
  isInvitationExpiredAt,
  type PendingInvitation,
} from "./invitation.js";
import type { Relationship, RoleGrant } from "./relationship.js";
import { formatInstant, type Instant, isInstant } from "./vocabulary/time.js";

/**
 * Why an `InvitationSent` event could not have come from `sendInvitation`, or
 * `undefined` when it could (INVAR-7): the invitation is pending, sent at the event's
 * time, expires after it was sent, and requests the roles of its type
 * (`invitationRolesFit`). Its lifetime is the policy's of the edition that sent it,
 * so only its order is checked here.
 *
 * @param invitation - the invitation the event carries
 * @param at - the event's time
 * @internal
 */
export function sentInvitationRefusal(invitation: PendingInvitation, at: Instant): EventRefusal | undefined {
  if (invitation.status !== "pending")
    return refusal(
      "INV-1",
      `InvitationSent carries invitation ${invitation.id} as ${describeValue(invitation.status)}, not pending.`,
    );
  if (!isInstant(at) || invitation.sentAt !== at)
    return refusal(
      "INVAR-7",
      `Invitation ${invitation.id} is dated ${describeInstant(invitation.sentAt)}, the event ${describeInstant(at)}.`,
    );
  if (!isInstant(invitation.expiresAt) || invitation.expiresAt <= invitation.sentAt)
    return refusal(
      "INV-4",
      `Invitation ${invitation.id} expires at ${describeInstant(invitation.expiresAt)}, not after it was sent.`,
    );
  if (!invitationRolesFit(invitation.type, invitation.roles))
    return refusal(
      "TYPE-1",
      `Invitation ${invitation.id} requests roles its partner type ${describeValue(invitation.type)} does not bring.`,
    );
  return undefined;
}

/**
 * Why an answer to an invitation at `at` could not have come from the steps, or
 * `undefined` when it could (INVAR-7): the invitation is pending (INV-1), the answer is
 * not before it was sent (INV-1), an acceptance or cancellation comes before its expiry
 * and a recorded expiry at or after it (INV-4). The same tests as
 * `acceptInvitation`, `cancelInvitation` and `expireInvitation`.
 *
 * @param invitation - the invitation the event answers
 * @param answer - the status the event gives it
 * @param at - the event's time
 * @internal
 */
export function answerRefusal(
  invitation: Invitation,
  answer: FinalInvitation["status"],
  at: Instant,
): EventRefusal | undefined {
  if (invitation.status !== "pending")
    return refusal("INV-1", `Invitation ${invitation.id} is already ${invitation.status}; it cannot become ${answer}.`);
  if (!isInstant(at) || at < invitation.sentAt)
    return refusal(
      "INV-1",
      `Invitation ${invitation.id} was sent at ${formatInstant(invitation.sentAt)}; it cannot become ${answer} at ${describeInstant(at)}.`,
    );
  const expired = isInvitationExpiredAt(invitation, at);
  if (answer === "expired" && !expired)
    return refusal(
      "INV-4",
      `Invitation ${invitation.id} is answerable until ${formatInstant(invitation.expiresAt)}; it cannot expire at ${formatInstant(at)}.`,
    );
  if (answer !== "expired" && expired)
    return refusal(
      "INV-4",
      `Invitation ${invitation.id} expired at ${formatInstant(invitation.expiresAt)}; it cannot become ${answer} at ${formatInstant(at)}.`,
    );
  return undefined;
}

/**
 * Whether an invitation is the acceptance behind a relationship's role grant (INVAR-1,
 * INV-2, REL-1): accepted, for the relationship's customer–partner pair, of the grant's
 * capacity, accepted when the role was granted, and requesting the role for the same
 * holder. Every grant the steps make has one; the codec refuses a state or snapshot with
 * a grant that has none.
 *
 * @param invitation - an invitation in any state
 * @param relationship - the relationship holding the grant
 * @param grant - the grant
 */
export function acceptanceBacksGrant(invitation: Invitation, relationship: Relationship, grant: RoleGrant): boolean {
  return (
    invitation.status === "accepted" &&
    invitation.customer === relationship.customer &&
    invitation.partner === relationship.partner &&
    invitation.type === grant.capacity &&
    invitation.acceptedAt === grant.grantedAt &&
    invitation.roles.some((slot) => slot.role === grant.role && slot.holder === grant.holder)
  );
}
