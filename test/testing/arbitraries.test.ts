import fc from "fast-check";
import {
  checkRelationshipDuration,
  decide,
  ensurePending,
  initialState,
  isPartnerType,
  isRoleId,
  parseDuration,
  replay,
} from "partner-relationships";
import {
  accessAssignmentArb,
  actorArb,
  anyDomainCommandArb,
  autoExtendDurationArb,
  decisionArb,
  gdapDurationArb,
  gdapRelationshipArb,
  invitationArb,
  partnerTypeArb,
  policyArb,
  relationshipArb,
  roleIdArb,
  validHistoryArb,
} from "partner-relationships/testing";
import { describe, expect, it } from "vitest";

describe("the testing kit's arbitraries", () => {
  it("TYPE-1 partner types and role IDs come from the catalogues", () => {
    fc.assert(fc.property(partnerTypeArb, roleIdArb, (type, role) => isPartnerType(type) && isRoleId(role)));
  });

  it("INV-1 invitations come in the status asked for, and only pending ones are answerable", () => {
    for (const status of ["pending", "accepted", "cancelled", "expired"] as const)
      fc.assert(
        fc.property(invitationArb(status), (invitation) => {
          expect(invitation.status).toBe(status);
          expect(ensurePending(invitation).isOk()).toBe(status === "pending");
        }),
        { numRuns: 20 },
      );
  });

  it("DAP-2 active relationships and ended ones, with no roles once ended", () => {
    fc.assert(
      fc.property(relationshipArb("ended"), (relationship) => {
        expect(relationship.status).toBe("ended");
        expect(relationship.grants).toEqual([]);
      }),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(relationshipArb("active"), (relationship) => relationship.status === "active"),
      {
        numRuns: 20,
      },
    );
  });

  it("GDAP-1 GDAP relationships and assignments come in the status asked for", () => {
    for (const status of ["created", "approvalPending", "active", "terminated", "expired"] as const)
      fc.assert(
        fc.property(gdapRelationshipArb(status), (relationship) => relationship.status === status),
        {
          numRuns: 10,
        },
      );
    fc.assert(
      fc.property(accessAssignmentArb("deleted"), (assignment) => assignment.status === "deleted"),
      {
        numRuns: 10,
      },
    );
  });

  it("GDAP-2 generated durations are within P1D…P2Y and auto-extension is none or 180 days", () => {
    fc.assert(
      fc.property(gdapDurationArb, autoExtendDurationArb, (duration, autoExtend) => {
        expect(checkRelationshipDuration(duration).isOk()).toBe(true);
        expect(parseDuration(autoExtend).isOk()).toBe(true);
      }),
    );
  });

  it("INVAR-3 any command, also invalid, gets a result from decide and never a throw", () => {
    fc.assert(fc.property(anyDomainCommandArb, (command) => decide(command, initialState) !== undefined));
  });

  it("INVAR-5 valid histories are accepted command by command and replay to their state", () => {
    fc.assert(
      fc.property(validHistoryArb, ({ commands, events, state }) => {
        let reached = initialState;
        for (const command of commands) {
          const decided = decide(command, reached);
          expect(decided.isOk()).toBe(true);
          reached = replay(decided._unsafeUnwrap(), reached);
        }
        expect(replay(events)).toEqual(state);
      }),
      { numRuns: 30 },
    );
  });

  it("INVAR-1 decisions, actors and policies are well-formed values", () => {
    fc.assert(
      fc.property(decisionArb, actorArb, policyArb, (decision, actor, policy) => {
        expect(decision.allowed ? decision.basis?.length : decision.remedies.length).toBeGreaterThan(0);
        expect(["customerUser", "partnerUser"]).toContain(actor.kind);
        expect(policy.invitationLifetimeDays).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});
