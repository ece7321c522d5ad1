import {
  type ActiveRelationship,
  acceptInvitation,
  cancelInvitation,
  type DomainError,
  deleteRelationship,
  endRelationship,
  expireInvitation,
  INVITATION_LIFECYCLE,
  type Invitation,
  type InvitationStatus,
  type PendingInvitation,
  RELATIONSHIP_LIFECYCLE,
  type Relationship,
  type RelationshipStatus,
  type Result,
  removeAdminRoles,
  sendInvitation,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, PARTNER, T0 } from "./support/actors.js";

// The steps are called with a value of any status, as a plain-JavaScript caller could.
type AnyStep<S> = (
  value: S,
) => Result<{ readonly status: string } | { readonly invitation: { readonly status: string } }, DomainError>;

function pending(id = "inv"): PendingInvitation {
  return sendInvitation({
    id,
    customer: CUSTOMER,
    partner: PARTNER,
    type: "advisor",
    by: adminAgent,
    at: T0,
  })._unsafeUnwrap();
}

const late = T0 + 100 * DAY;
const invitationIn: Record<InvitationStatus, () => Invitation> = {
  pending: () => pending(),
  accepted: () =>
    acceptInvitation(pending(), { by: globalAdmin, at: T0 + 1, agreementAcknowledged: true })._unsafeUnwrap()
      .invitation,
  cancelled: () => cancelInvitation(pending(), { by: globalAdmin, at: T0 + 1 })._unsafeUnwrap(),
  expired: () => expireInvitation(pending(), late)._unsafeUnwrap(),
};

const invitationSteps: Record<string, AnyStep<Invitation>> = {
  acceptInvitation: (i) =>
    acceptInvitation(i as PendingInvitation, { by: globalAdmin, at: T0 + 2, agreementAcknowledged: true }),
  cancelInvitation: (i) => cancelInvitation(i as PendingInvitation, { by: globalAdmin, at: T0 + 2 }),
  expireInvitation: (i) => expireInvitation(i as PendingInvitation, late + 1),
};

function active(): ActiveRelationship {
  return acceptInvitation(pending(), { by: globalAdmin, at: T0 + 1, agreementAcknowledged: true })._unsafeUnwrap()
    .relationship;
}

const relationshipIn: Record<RelationshipStatus, () => Relationship> = {
  active,
  ended: () => endRelationship(active(), { by: adminAgent, at: T0 + 2 })._unsafeUnwrap(),
};

const relationshipSteps: Record<string, AnyStep<Relationship>> = {
  acceptInvitation: (r) =>
    acceptInvitation(pending("again"), {
      by: globalAdmin,
      at: T0 + 3,
      agreementAcknowledged: true,
      relationship: r,
    }).map((accepted) => accepted.relationship),
  removeAdminRoles: (r) => removeAdminRoles(r as ActiveRelationship, { by: globalAdmin, at: T0 + 3 }),
  deleteRelationship: (r) => deleteRelationship(r as ActiveRelationship, { by: globalAdmin, at: T0 + 3 }),
  endRelationship: (r) => endRelationship(r as ActiveRelationship, { by: adminAgent, at: T0 + 3 }),
};

function statusOf(value: { readonly status: string } | { readonly invitation: { readonly status: string } }): string {
  return "invitation" in value ? value.invitation.status : value.status;
}

describe("transition tables", () => {
  it("INV-1 the invitation steps do exactly what INVITATION_LIFECYCLE says, and nothing leaves a final status", () => {
    for (const from of INVITATION_LIFECYCLE.statuses) {
      for (const [step, run] of Object.entries(invitationSteps)) {
        const edge = INVITATION_LIFECYCLE.transitions.find((t) => t.from === from && t.step === step);
        const result = run(invitationIn[from]());
        if (edge === undefined) expect(result.isErr(), `${step} from ${from}`).toBe(true);
        else expect(statusOf(result._unsafeUnwrap()), `${step} from ${from}`).toBe(edge.to);
      }
      if (INVITATION_LIFECYCLE.final.includes(from)) {
        expect(INVITATION_LIFECYCLE.transitions.some((t) => t.from === from)).toBe(false);
      }
    }
    expect(invitationIn[INVITATION_LIFECYCLE.initial.status]().status).toBe("pending");
  });

  it("INVAR-2 the relationship steps do exactly what RELATIONSHIP_LIFECYCLE says, and an ended one stays ended", () => {
    for (const from of RELATIONSHIP_LIFECYCLE.statuses) {
      for (const [step, run] of Object.entries(relationshipSteps)) {
        const edge = RELATIONSHIP_LIFECYCLE.transitions.find((t) => t.from === from && t.step === step);
        const result = run(relationshipIn[from]());
        if (edge === undefined) {
          // accepting after the end starts a new relationship rather than changing the ended one (REL-1)
          if (step === "acceptInvitation")
            expect(result._unsafeUnwrap()).toMatchObject({ status: "active", since: T0 + 3 });
          else expect(result.isErr(), `${step} from ${from}`).toBe(true);
        } else {
          expect(statusOf(result._unsafeUnwrap()), `${step} from ${from}`).toBe(edge.to);
        }
      }
    }
  });
});
