/**
 * The reference model against the library, over random command sequences through the
 * conformance kit (fc.modelRun with the library's adapter). 10,000 sequences of up to
 * 50 commands by default; DIFFERENTIAL_RUNS raises (or, for mutation testing, lowers)
 * the count. The seed is pinned by test/setup.ts (FC_SEED).
 */
import fc from "fast-check";
import {
  type CoreCommand,
  DEFAULT_POLICY,
  type DomainCommand,
  type DomainState,
  decide,
  evolve,
  initialState,
  POLICY_EDITIONS,
} from "partner-relationships";
import {
  checkConformance,
  domainHistoryArb,
  initialModel,
  libraryAdapter,
  type ModelState,
  modelStep,
} from "partner-relationships/testing";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 10_000);
const CORE = new Set<string>([
  "SendInvitation",
  "AcceptInvitation",
  "CancelInvitation",
  "ExpireInvitation",
  "AcceptAgreement",
  "RemoveAdminRoles",
  "DeleteRelationship",
  "EndRelationship",
]);

describe("the reference model against the library", () => {
  it(`INVAR-1 ${RUNS} random sequences of up to 50 core commands: every answer and every role held agree with the model`, () => {
    checkConformance(() => libraryAdapter(), { maxCommands: 50 }, { numRuns: RUNS });
  }, 600_000);

  it("TYPE-2 the model and the library agree under an edition where no relationship is customer-deletable", () => {
    const policy = POLICY_EDITIONS["fr-2020"];
    checkConformance(
      () => libraryAdapter(policy),
      { policy: { invitationLifetimeDays: 90, customerDeletableCapacities: policy.customerDeletableCapacities } },
      { numRuns: Math.max(10, Math.floor(RUNS / 20)) },
    );
  });

  it("INV-4 the model and the library agree under a policy with 7-day invitations", () => {
    const policy = { ...DEFAULT_POLICY, edition: "short", invitationLifetimeDays: 7 };
    checkConformance(
      () => libraryAdapter(policy),
      { policy: { invitationLifetimeDays: 7, customerDeletableCapacities: policy.customerDeletableCapacities } },
      { numRuns: Math.max(10, Math.floor(RUNS / 20)) },
    );
  });

  it("INVAR-3 in histories over every area, the core commands get the model's answer from decide", () => {
    fc.assert(
      fc.property(domainHistoryArb, (history: readonly DomainCommand[]) => {
        let state: DomainState = initialState;
        let model: ModelState = initialModel();
        for (const command of history) {
          const decided = decide(command, state);
          if (CORE.has(command.type)) {
            const { outcome, next } = modelStep(model, command as CoreCommand);
            expect({
              command: command.type,
              ok: decided.isOk(),
              code: decided.isErr() ? decided.error.code : undefined,
            }).toEqual({
              command: command.type,
              ok: outcome.ok,
              code: outcome.ok ? undefined : outcome.code,
            });
            model = next;
          }
          if (decided.isOk()) state = decided.value.reduce(evolve, state);
        }
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 20)) },
    );
  });
});
