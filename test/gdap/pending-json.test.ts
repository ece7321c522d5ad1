/** GDAP-8, GDAP-9: a change held as pending in the library's JSON of relationships and assignments. */
import {
  applyAccessAssignmentOperation,
  applyGdapRequest,
  HELPDESK_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import {
  accessAssignmentToJson,
  gdapRelationshipToJson,
  parseAccessAssignment,
  parseEvent,
  parseGdapRelationship,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { adminAgent, DAY, T0 } from "../support/actors.js";
import { active, assignment, unwrap } from "./fixtures.js";

function heldTermination() {
  const rel = active();
  const at = rel.activatedDateTime + DAY;
  const request = {
    id: "req-1",
    relationship: rel.id,
    action: "terminate",
    status: "running",
    createdDateTime: at,
    lastModifiedDateTime: at,
  } as const;
  return unwrap(applyGdapRequest(rel, request, { by: adminAgent, at })).value;
}

describe("GDAP-8 GDAP-9 pending changes in JSON", () => {
  it("GDAP-8 a relationship with a pending request survives its JSON form", () => {
    const held = heldTermination();
    const json = JSON.parse(JSON.stringify(gdapRelationshipToJson(held)));
    expect(json.pending).toMatchObject({ via: "request", id: "req-1", action: "terminate", status: "running" });
    expect(json.pending.by).toEqual({ kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] });
    expect(parseGdapRelationship(json)._unsafeUnwrap()).toStrictEqual(held);
    expect("pending" in gdapRelationshipToJson(active())).toBe(false);
  });

  it("GDAP-9 an assignment with a pending update survives its JSON form", () => {
    const rel = active();
    const assigned = assignment(rel);
    const at = rel.activatedDateTime + DAY;
    const operation = {
      id: "op-1",
      relationship: rel.id,
      operationType: "delegatedAdminAccessAssignmentUpdate",
      data: { kind: "accessAssignment", roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR] },
      status: "notStarted",
      createdDateTime: T0,
      lastModifiedDateTime: T0,
    } as const;
    const held = unwrap(applyAccessAssignmentOperation(assigned, rel, operation, { by: adminAgent, at })).value;
    const json = JSON.parse(JSON.stringify(accessAssignmentToJson(held)));
    expect(json.pending.roles).toEqual([HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR]);
    expect(parseAccessAssignment(json)._unsafeUnwrap()).toStrictEqual(held);
  });

  it("GDAP-8 GDAP-9 a pending change that no report could have made is refused with its path", () => {
    const json = JSON.parse(JSON.stringify(gdapRelationshipToJson(heldTermination())));
    const paths = (pending: object) =>
      parseGdapRelationship({ ...json, pending: { ...json.pending, ...pending } }).match(
        () => [],
        (error) => error.issues.map((issue) => issue.path),
      );
    expect(paths({ status: "succeeded" })).toEqual(["pending.status"]);
    expect(paths({ action: "delete" })).toEqual(["pending.action"]);
    expect(paths({ roles: [HELPDESK_ADMINISTRATOR] })).toEqual(["pending.roles"]);
    expect(paths({ lastModifiedDateTime: "2025-01-01T00:00:00.000Z" })).toEqual(["pending.lastModifiedDateTime"]);
    expect(paths({ by: { kind: "robot" } })).toEqual(["pending.by.kind"]);
  });

  it("GDAP-9 an event's report must carry a status of its kind", () => {
    const relationship = JSON.parse(JSON.stringify(gdapRelationshipToJson(active())));
    const event = (report: object) => ({
      type: "GdapOperationRecorded",
      at: "2026-02-01T00:00:00.000Z",
      report,
      relationship,
    });
    const report = { via: "operation", id: "op-1", action: "removeGlobalAdministrator", status: "running" };
    expect(parseEvent(event(report)).isOk()).toBe(true);
    expect(parseEvent(event({ ...report, status: "created" }))._unsafeUnwrapErr().issues[0]?.path).toBe(
      "report.status",
    );
  });
});
