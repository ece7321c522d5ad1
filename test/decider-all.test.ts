import { fc, test } from "@fast-check/vitest";
import { ok } from "neverthrow";
import {
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  EVENT_TYPES,
  evolve,
  GLOBAL_ADMINISTRATOR,
  gdapRolesOfGroup,
  HELPDESK_ADMINISTRATOR,
  initialState,
  isRuleId,
  replay,
  replayChecked,
} from "partner-relationships";
import { HISTORY_CUSTOMERS as CUSTOMERS, domainHistoryArb } from "partner-relationships/testing";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "./support/freeze.js";
import { plainState, snapshotState } from "./support/state.js";

function run(history: Parameters<typeof decide>[0][]) {
  let state: DomainState = initialState;
  const events: DomainEvent[] = [];
  const errors: string[] = [];
  for (const command of history) {
    const decided = decide(command, deepFreeze(state));
    decided.match(
      (produced) => {
        events.push(...produced);
        state = produced.reduce(evolve, state);
      },
      (error) => errors.push(error.code),
    );
  }
  return { state, events, errors };
}

describe("the decider over every area", () => {
  test.prop([domainHistoryArb])(
    "INVAR-5 replaying the events of random histories over every area gives back the state the decider reached",
    (history) => {
      const { state, events } = run([...history]);
      expect(replay(events)).toEqual(state);
      for (const event of events) expect(EVENT_TYPES).toContain(event.type);
    },
  );

  test.prop([domainHistoryArb, fc.nat()])(
    "INVAR-5 replay is a fold over every area: a prefix then the rest equals the whole",
    (history, cut) => {
      const { events } = run([...history]);
      const at = events.length === 0 ? 0 : cut % events.length;
      expect(replay(events.slice(at), replay(events.slice(0, at)))).toEqual(replay(events));
    },
  );

  test.prop([domainHistoryArb])(
    "INVAR-3 deciding never throws, never changes the state, and every refusal names a rule of the catalogue",
    (history) => {
      let state: DomainState = initialState;
      for (const command of history) {
        const before = snapshotState(state);
        const decided = decide(command, state);
        expect(plainState(state)).toEqual(before);
        if (decided.isErr()) expect(isRuleId(decided.error.rule)).toBe(true);
        else state = decided.value.reduce(evolve, state);
      }
    },
  );

  test.prop([domainHistoryArb])(
    "INVAR-2 expired and terminated GDAP relationships never change again, whatever the history",
    (history) => {
      const finals = new Map<string, unknown>();
      let state: DomainState = initialState;
      for (const command of history) {
        const decided = decide(command, state);
        if (decided.isOk()) state = decided.value.reduce(evolve, state);
        for (const [id, relationship] of state.gdapRelationships) {
          if (finals.has(id)) expect(relationship).toBe(finals.get(id));
          else if (relationship.status === "expired" || relationship.status === "terminated")
            finals.set(id, relationship);
        }
      }
    },
  );

  test.prop([domainHistoryArb])(
    "INVAR-1 a partner group holds a GDAP role only through an assignment on a relationship the customer approved",
    (history) => {
      const { state, events } = run([...history]);
      const approved = new Set(
        events.flatMap((event) => (event.type === "GdapRelationshipApproved" ? [event.relationship.id] : [])),
      );
      const relationships = [...state.gdapRelationships.values()];
      const assignments = [...state.accessAssignments.values()];
      const end = history.at(-1)?.at ?? 0;
      for (const customer of CUSTOMERS) {
        for (const group of ["helpdesk-agents", "admin-agents"]) {
          for (const at of [end - 1, end, end + 400 * 86_400_000]) {
            const roles = gdapRolesOfGroup(relationships, assignments, { customer, group, at });
            for (const role of roles) {
              const through = assignments.filter(
                (assignment) =>
                  assignment.status === "active" &&
                  assignment.group === group &&
                  assignment.customer === customer &&
                  assignment.roles.includes(role),
              );
              expect(through.some((assignment) => approved.has(assignment.relationship))).toBe(true);
            }
          }
        }
      }
    },
  );
});

describe("a whole story through the decider", () => {
  const agent = {
    kind: "partnerUser" as const,
    id: "agent@fabrikam",
    partner: "fabrikam",
    roles: ["adminAgent" as const],
  };
  const admin = {
    kind: "customerUser" as const,
    id: "admin@contoso",
    tenant: "contoso",
    roles: [GLOBAL_ADMINISTRATOR],
  };
  const day = (n: number) => Date.UTC(2026, 0, 1) + n * 86_400_000;
  const story: readonly DomainCommand[] = [
    {
      type: "SendInvitation",
      id: "i0",
      customer: "contoso",
      partner: "fabrikam",
      partnerType: "resellerAndDelegatedAdministrator",
      by: agent,
      at: day(0),
    },
    { type: "AcceptInvitation", invitation: "i0", by: admin, at: day(1), agreementAcknowledged: true },
    { type: "ProvisionAzureSubscription", id: "s0", customer: "contoso", partner: "fabrikam", by: agent, at: day(2) },
    { type: "RecordAzureSubscription", id: "s1", customer: "contoso", at: day(2) },
    {
      type: "RegisterAutopilotDevice",
      id: "d0",
      customer: "contoso",
      addedBy: { kind: "partner", partner: "fabrikam" },
      at: day(3),
    },
    { type: "SetMpsaPurchaseSharing", customer: "contoso", enabled: true, by: admin, at: day(3) },
    {
      type: "CreateGdapRelationship",
      id: "g0",
      partner: "fabrikam",
      customer: "contoso",
      displayName: "Helpdesk",
      roles: [HELPDESK_ADMINISTRATOR],
      duration: "P90D",
      autoExtendDuration: "P180D",
      by: agent,
      at: day(4),
    },
    { type: "LockGdapForApproval", relationship: "g0", by: agent, at: day(4) },
    { type: "ApproveGdapRelationship", relationship: "g0", by: admin, at: day(5) },
    {
      type: "CreateAccessAssignment",
      id: "a0",
      relationship: "g0",
      group: "helpdesk-agents",
      roles: [HELPDESK_ADMINISTRATOR],
      by: agent,
      at: day(6),
    },
    { type: "AdvanceGdapRelationship", relationship: "g0", at: day(100) },
    { type: "RemoveAdminRoles", customer: "contoso", partner: "fabrikam", by: admin, at: day(101) },
    {
      type: "RemoveAzureRoleAssignment",
      subscription: "s0",
      principal: { kind: "partnerAdminAgents", partner: "fabrikam" },
      role: "Owner",
      by: admin,
      at: day(102),
    },
    { type: "TerminateGdapRelationship", relationship: "g0", by: admin, at: day(103) },
  ];

  it("GDAP-7 every area's steps produce their events, and replay gives back the state", () => {
    const { state, events, errors } = run([...story]);
    expect(errors).toEqual([]);
    expect(events.map((event) => event.type)).toEqual([
      "InvitationSent",
      "InvitationAccepted",
      "AzureSubscriptionProvisioned",
      "AzureSubscriptionRecorded",
      "AutopilotDeviceRegistered",
      "MpsaPurchaseSharingSet",
      "GdapRelationshipCreated",
      "GdapRelationshipLockedForApproval",
      "GdapRelationshipApproved",
      "AccessAssignmentCreated",
      "GdapRelationshipAdvanced",
      "AdminRolesRemoved",
      "AzureRoleAssignmentRemoved",
      "GdapRelationshipTerminated",
    ]);
    expect(replay(events)).toEqual(state);
    // INVAR-7: the checking replay sets none of the steps' events aside.
    expect(replayChecked(events).mapErr((rejected) => rejected.setAside)).toEqual(ok(state));
    expect(state.gdapRelationships.get("g0")?.status).toBe("terminated");
    expect(state.azureSubscriptions.get("s0")?.roleAssignments).toEqual([]);
    const relationships = [...state.gdapRelationships.values()];
    const assignments = [...state.accessAssignments.values()];
    expect(
      gdapRolesOfGroup(relationships, assignments, { customer: "contoso", group: "helpdesk-agents", at: day(104) }),
    ).toEqual([]);
    const before = replay(events.slice(0, 10));
    expect(
      gdapRolesOfGroup([...before.gdapRelationships.values()], [...before.accessAssignments.values()], {
        customer: "contoso",
        group: "helpdesk-agents",
        at: day(7),
      }),
    ).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("AP-4 registering a device for a customer the partner has no relationship with is not permitted", () => {
    const refused = decide(
      {
        type: "RegisterAutopilotDevice",
        id: "d9",
        customer: "contoso",
        addedBy: { kind: "oem", partner: "litware" },
        at: day(1),
      },
      initialState,
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: "not_permitted", step: "registerAutopilotDevice" });
  });
});
