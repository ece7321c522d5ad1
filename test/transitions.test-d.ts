import {
  type AcceptedInvitation,
  type ActiveRelationship,
  acceptInvitation,
  type CancelledInvitation,
  cancelInvitation,
  type DomainError,
  deleteRelationship,
  type EndedRelationship,
  type ExpiredInvitation,
  expireInvitation,
  type Invitation,
  type InvitationAcceptance,
  type PendingInvitation,
  type Result,
  removeAdminRoles,
} from "partner-relationships";
import { describe, expectTypeOf, it } from "vitest";

declare const pending: PendingInvitation;
declare const accepted: AcceptedInvitation;
declare const cancelled: CancelledInvitation;
declare const expired: ExpiredInvitation;
declare const any: Invitation;
declare const active: ActiveRelationship;
declare const ended: EndedRelationship;
declare const input: { by: never; at: number; agreementAcknowledged: boolean };

describe("typestate", () => {
  it("INV-1 steps accept only a pending invitation", () => {
    expectTypeOf(acceptInvitation(pending, input)).toEqualTypeOf<Result<InvitationAcceptance, DomainError>>();
    expectTypeOf(cancelInvitation(pending, input)).toEqualTypeOf<Result<CancelledInvitation, DomainError>>();
    expectTypeOf(expireInvitation(pending, 0)).toEqualTypeOf<Result<ExpiredInvitation, DomainError>>();
    // @ts-expect-error an accepted invitation cannot be accepted again
    acceptInvitation(accepted, input);
    // @ts-expect-error a cancelled invitation cannot be accepted
    acceptInvitation(cancelled, input);
    // @ts-expect-error an expired invitation cannot be cancelled
    cancelInvitation(expired, input);
    // @ts-expect-error an invitation of unknown state must be narrowed first (ensurePending)
    expireInvitation(any, 0);
  });

  it("INVAR-2 steps on relationships accept only one in force", () => {
    expectTypeOf(removeAdminRoles(active, input)).toEqualTypeOf<Result<ActiveRelationship, DomainError>>();
    expectTypeOf(deleteRelationship(active, input)).toEqualTypeOf<Result<EndedRelationship, DomainError>>();
    // @ts-expect-error an ended relationship has no admin roles to remove
    removeAdminRoles(ended, input);
  });

  it("INV-1 values are readonly", () => {
    // @ts-expect-error status cannot be reassigned
    pending.status = "accepted";
    // @ts-expect-error grants cannot be pushed to
    active.grants.push(active.grants[0]);
  });
});
