/**
 * GDAP-8, GDAP-9 through the decider: reports of requests and operations recorded as
 * events, replayed to the same state, read back from JSON, and effective access at `t`
 * from the state: the old roles until the change succeeded.
 */

import { ok } from "neverthrow";
import {
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  gdapRolesOfGroup,
  HELPDESK_ADMINISTRATOR,
  initialState,
  replay,
  replayChecked,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import {
  commandToJson,
  eventToJson,
  parseCommand,
  parseEvent,
  parseState,
  stateToJson,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, PARTNER, salesAgent, T0 } from "./support/actors.js";

const by = adminAgent;
const SETUP: readonly DomainCommand[] = [
  {
    type: "CreateGdapRelationship",
    id: "rel-1",
    partner: PARTNER,
    customer: CUSTOMER,
    displayName: "Contoso helpdesk",
    roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    duration: "P730D",
    by,
    at: T0,
  },
  {
    type: "RecordGdapRequest",
    relationship: "rel-1",
    request: "req-1",
    action: "lockForApproval",
    status: "created",
    by,
    at: T0 + 1,
  },
  {
    type: "RecordGdapRequest",
    relationship: "rel-1",
    request: "req-1",
    action: "lockForApproval",
    status: "succeeded",
    at: T0 + 2,
  },
  { type: "ApproveGdapRelationship", relationship: "rel-1", by: globalAdmin, at: T0 + DAY },
  {
    type: "CreateAccessAssignment",
    id: "a-1",
    relationship: "rel-1",
    group: "helpdesk-agents",
    roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR],
    by,
    at: T0 + DAY,
  },
  // GA removal runs for a day; the assignment's update fails once, then succeeds.
  {
    type: "RecordGdapOperation",
    relationship: "rel-1",
    operation: "op-1",
    action: "removeGlobalAdministrator",
    status: "notStarted",
    by,
    at: T0 + 2 * DAY,
  },
  {
    type: "RecordGdapOperation",
    relationship: "rel-1",
    operation: "op-1",
    action: "removeGlobalAdministrator",
    status: "running",
    at: T0 + 2 * DAY + 1,
  },
  {
    type: "RecordGdapOperation",
    relationship: "rel-1",
    operation: "op-2",
    action: "updateAccessAssignment",
    status: "running",
    assignment: "a-1",
    roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    by,
    at: T0 + 2 * DAY + 2,
  },
  {
    type: "RecordGdapOperation",
    relationship: "rel-1",
    operation: "op-2",
    action: "updateAccessAssignment",
    status: "failed",
    assignment: "a-1",
    at: T0 + 2 * DAY + 3,
  },
];
const FINISH: readonly DomainCommand[] = [
  {
    type: "RecordGdapOperation",
    relationship: "rel-1",
    operation: "op-1",
    action: "removeGlobalAdministrator",
    status: "succeeded",
    at: T0 + 3 * DAY,
  },
  {
    type: "RecordGdapOperation",
    relationship: "rel-1",
    operation: "op-3",
    action: "updateAccessAssignment",
    status: "succeeded",
    assignment: "a-1",
    roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    by,
    at: T0 + 3 * DAY + 1,
  },
  {
    type: "RecordGdapRequest",
    relationship: "rel-1",
    request: "req-2",
    action: "terminate",
    status: "pending",
    by: globalAdmin,
    at: T0 + 4 * DAY,
  },
  {
    type: "RecordGdapRequest",
    relationship: "rel-1",
    request: "req-2",
    action: "unknownFutureValue",
    status: "running",
    at: T0 + 4 * DAY + 1,
  },
];

function run(commands: readonly DomainCommand[], from: DomainState = initialState) {
  let state = from;
  const events: DomainEvent[] = [];
  const produced: string[] = [];
  for (const command of commands) {
    const decided = decide(command, state);
    if (decided.isErr()) throw new Error(`${command.type} refused: ${decided.error.message}`);
    produced.push(`${command.type} → ${decided.value.map((event) => event.type).join(", ") || "nothing"}`);
    events.push(...decided.value);
    state = decided.value.reduce(evolve, state);
  }
  return { state, events, produced };
}

const holder = (state: DomainState, at: number) =>
  gdapRolesOfGroup([...state.gdapRelationships.values()], [...state.accessAssignments.values()], {
    customer: CUSTOMER,
    group: "helpdesk-agents",
    at,
  });

describe("GDAP-8 GDAP-9 requests and operations through the decider", () => {
  it("GDAP-9 while operations are pending the state grants the old roles; once they succeed, the new ones", () => {
    const pending = run(SETUP);
    expect(pending.produced).toEqual([
      "CreateGdapRelationship → GdapRelationshipCreated",
      "RecordGdapRequest → GdapRequestRecorded",
      "RecordGdapRequest → GdapRequestRecorded",
      "ApproveGdapRelationship → GdapRelationshipApproved",
      "CreateAccessAssignment → AccessAssignmentCreated",
      "RecordGdapOperation → GdapOperationRecorded",
      "RecordGdapOperation → GdapOperationRecorded",
      "RecordGdapOperation → AccessAssignmentOperationRecorded",
      "RecordGdapOperation → AccessAssignmentOperationRecorded",
    ]);
    expect(pending.state.gdapRelationships.get("rel-1")?.pending).toMatchObject({ id: "op-1", status: "running" });
    expect(pending.state.accessAssignments.get("a-1")?.pending).toBeUndefined();
    expect(holder(pending.state, T0 + 2 * DAY + 4)).toEqual([GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR]);

    const done = run(FINISH, pending.state);
    expect(done.produced).toEqual([
      "RecordGdapOperation → GdapOperationRecorded",
      "RecordGdapOperation → AccessAssignmentOperationRecorded",
      "RecordGdapRequest → GdapRequestRecorded",
      "RecordGdapRequest → nothing",
    ]);
    expect(holder(done.state, T0 + 4 * DAY + 2)).toEqual([HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR]);
    expect(done.state.gdapRelationships.get("rel-1")).toMatchObject({
      status: "active",
      roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
      pending: { via: "request", id: "req-2", action: "terminate", status: "pending" },
    });
  });

  it("INVAR-5 the events replay to the state and survive their JSON form, and so do the state and the commands", () => {
    const { state, events } = run([...SETUP, ...FINISH]);
    expect(replay(events)).toEqual(state);
    // INVAR-7: the checking replay sets none of the steps' events aside.
    expect(replayChecked(events).mapErr((rejected) => rejected.setAside)).toEqual(ok(state));
    for (const event of events)
      expect(parseEvent(JSON.parse(JSON.stringify(eventToJson(event))))._unsafeUnwrap()).toStrictEqual(event);
    for (const command of [...SETUP, ...FINISH])
      expect(parseCommand(JSON.parse(JSON.stringify(commandToJson(command))))._unsafeUnwrap()).toStrictEqual(command);
    expect(parseState(JSON.parse(JSON.stringify(stateToJson(state))))._unsafeUnwrap()).toEqual(state);
  });

  it("GDAP-8 GDAP-9 refusals: the step's own, an unknown entity, who asked, and a bad report in JSON", () => {
    const { state } = run(SETUP);
    const at = T0 + 3 * DAY;
    const refusal = (command: DomainCommand) => decide(command, state)._unsafeUnwrapErr();
    expect(
      refusal({
        type: "RecordGdapRequest",
        relationship: "rel-1",
        request: "req-9",
        action: "terminate",
        status: "pending",
        by,
        at,
      }),
    ).toMatchObject({ code: "invalid_input", rule: "GDAP-8", path: "id" });
    expect(
      refusal({
        type: "RecordGdapRequest",
        relationship: "rel-9",
        request: "req-9",
        action: "terminate",
        status: "pending",
        by,
        at,
      }),
    ).toMatchObject({ path: "relationship" });
    expect(
      refusal({
        type: "RecordGdapOperation",
        relationship: "rel-1",
        operation: "op-9",
        action: "updateAccessAssignment",
        status: "running",
        assignment: "a-1",
        roles: [USER_ADMINISTRATOR],
        by: salesAgent,
        at,
      }).code,
    ).toBe("not_authorized");
    expect(
      refusal({
        type: "RecordGdapOperation",
        relationship: "rel-1",
        operation: "op-9",
        action: "updateAccessAssignment",
        status: "running",
        roles: [USER_ADMINISTRATOR],
        by,
        at,
      }),
    ).toMatchObject({ path: "assignment" });
    expect(
      refusal({
        type: "RecordGdapOperation",
        relationship: "rel-1",
        operation: "op-9",
        action: "updateAccessAssignment",
        status: "running",
        assignment: "a-1",
        roles: [USER_ADMINISTRATOR],
        at,
      }),
    ).toMatchObject({ rule: "GDAP-9", path: "by" });
    const json = commandToJson({
      type: "RecordGdapRequest",
      relationship: "rel-1",
      request: "r",
      action: "terminate",
      status: "pending",
      at,
    });
    expect(parseCommand({ ...json, status: "notStarted" }).isErr()).toBe(true);
    expect(parseCommand({ ...json, action: "removeGlobalAdministrator" }).isErr()).toBe(true);
  });
});
