/**
 * GDAP-11: Graph's `unknownFutureValue` is a status value the library keeps, never a
 * fault, and treats conservatively: every step refuses it, every question grants nothing
 * through it and says why.
 */
import {
  type AccessAssignment,
  advanceGdapRelationship,
  approveGdapRelationship,
  completeGdapTermination,
  createAccessAssignment,
  type DomainError,
  deleteAccessAssignment,
  deleteGdapRelationship,
  ensureAccessAssignmentStatus,
  ensureGdapStatus,
  type GdapRelationship,
  gdapEndDateTimeAt,
  gdapGroupHoldsRole,
  gdapRolesOfGroup,
  HELPDESK_ADMINISTRATOR,
  isGdapActiveAt,
  lockGdapForApproval,
  type Result,
  removeGlobalAdministrator,
  requestGdapTermination,
  setGdapAutoExtend,
  terminateGdapRelationship,
  type UnknownStatusAccessAssignment,
  type UnknownStatusGdap,
  updateAccessAssignment,
  updateGdapRelationship,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin } from "../support/actors.js";
import { untyped } from "../support/untyped.js";
import { active, assignment, HELPDESK_GROUP, unwrap, unwrapErr } from "./fixtures.js";

/** An active relationship as Graph would show it after adding a status this version does not know. */
function unknownRelationship(): UnknownStatusGdap {
  const { status: _status, ...fields } = active();
  return { ...fields, status: "unknownFutureValue", etag: 'W/"etag-1"', customerDisplayName: "Contoso" };
}

function unknownAssignment(): UnknownStatusAccessAssignment {
  const { status: _status, ...fields } = assignment(active());
  return { ...fields, status: "unknownFutureValue" };
}

describe("UnknownStatusGdap (GDAP-11)", () => {
  it("GDAP-11 every step refuses a relationship whose status is unknownFutureValue, saying the status is unknown", () => {
    const rel = unknownRelationship();
    const at = (rel.activatedDateTime ?? 0) + DAY;
    const by = adminAgent;
    const refusals = [
      updateGdapRelationship(untyped(rel), { by, at }),
      deleteGdapRelationship(untyped(rel), { by, at }),
      lockGdapForApproval(untyped(rel), { by, at }),
      approveGdapRelationship(untyped(rel), { by: globalAdmin, at }),
      requestGdapTermination(untyped(rel), { by, at }),
      completeGdapTermination(untyped(rel), at),
      terminateGdapRelationship(untyped(rel), { by, at }),
      setGdapAutoExtend(untyped(rel), { by, at, autoExtendDuration: "P180D" }),
      createAccessAssignment(untyped(rel), {
        id: "a-1",
        group: HELPDESK_GROUP,
        roles: [HELPDESK_ADMINISTRATOR],
        by,
        at,
      }),
    ].map((result: Result<unknown, DomainError>) => unwrapErr(result));
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ code: "gdap_status_not_allowed", status: "unknownFutureValue" });
      expect(refusal.message).toContain("a status this version of partner-relationships does not know");
    }
    expect(unwrapErr(removeGlobalAdministrator(untyped(rel), { by, at }))).toMatchObject({
      code: "global_admin_removal_not_active",
      status: "unknownFutureValue",
    });
    expect(ensureGdapStatus(rel, ["active", "expiring"]).isErr()).toBe(true);
  });

  it("GDAP-11 time does not move an unknown status, and its end time is Graph's, never extended", () => {
    const rel = unknownRelationship();
    const later = (rel.endDateTime ?? 0) + 400 * DAY;
    expect(unwrap(advanceGdapRelationship(rel, later))).toBe(rel);
    expect(gdapEndDateTimeAt(rel, later)).toBe(rel.endDateTime);
    expect(isGdapActiveAt(rel, (rel.activatedDateTime ?? 0) + DAY)).toBe(false);
  });

  it("GDAP-11 GDAP-7 a relationship in unknownFutureValue grants nothing, and the refusal says its status is unknown", () => {
    const rel = unknownRelationship();
    const given = assignment(active());
    const at = (rel.activatedDateTime ?? 0) + DAY;
    const relationships: GdapRelationship[] = [rel];
    expect(gdapRolesOfGroup(relationships, [given], { customer: CUSTOMER, group: HELPDESK_GROUP, at })).toEqual([]);
    const decision = gdapGroupHoldsRole(relationships, [given], {
      customer: CUSTOMER,
      group: HELPDESK_GROUP,
      role: HELPDESK_ADMINISTRATOR,
      at,
    });
    expect(decision.allowed).toBe(false);
    expect(decision.reasons).toEqual([
      `GDAP relationship ${rel.id} is unknownFutureValue: Microsoft Graph reports a status this version of partner-relationships does not know, so it grants nothing and allows no step until the library is upgraded (GDAP-11).`,
    ]);
  });
});

describe("UnknownStatusAccessAssignment (GDAP-11)", () => {
  it("GDAP-11 GDAP-7 an assignment in unknownFutureValue grants nothing, and the refusal says its status is unknown", () => {
    const rel = active();
    const unknown: AccessAssignment = unknownAssignment();
    const at = rel.activatedDateTime + DAY;
    expect(gdapRolesOfGroup([rel], [unknown], { customer: CUSTOMER, group: HELPDESK_GROUP, at })).toEqual([]);
    const decision = gdapGroupHoldsRole([rel], [unknown], {
      customer: CUSTOMER,
      group: HELPDESK_GROUP,
      role: HELPDESK_ADMINISTRATOR,
      at,
    });
    expect(decision.allowed).toBe(false);
    expect(decision.reasons).toEqual([
      `Access assignment ${unknown.id} is unknownFutureValue: Microsoft Graph reports a status this version of partner-relationships does not know, so it grants nothing until the library is upgraded (GDAP-11).`,
    ]);
  });

  it("GDAP-11 every step refuses an assignment whose status is unknownFutureValue", () => {
    const rel = active();
    const unknown = unknownAssignment();
    const at = rel.activatedDateTime + DAY;
    const refusals = [
      updateAccessAssignment(untyped(unknown), rel, { roles: [HELPDESK_ADMINISTRATOR], by: adminAgent, at }),
      deleteAccessAssignment(untyped(unknown), { by: adminAgent, at }),
    ].map((result: Result<unknown, DomainError>) => unwrapErr(result));
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ code: "access_assignment_status_not_allowed", status: "unknownFutureValue" });
      expect(refusal.message).toContain("a status this version of partner-relationships does not know");
    }
    expect(ensureAccessAssignmentStatus(unknown, ["active"]).isErr()).toBe(true);
  });
});
