import {
  ACCESS_ASSIGNMENT_STATUSES,
  type AccessAssignment,
  type ActiveAccessAssignment,
  type ActiveGdap,
  advanceGdapRelationship,
  createAccessAssignment,
  deleteAccessAssignment,
  EXCHANGE_ADMINISTRATOR,
  ensureAccessAssignmentStatus,
  GLOBAL_READER,
  HELPDESK_ADMINISTRATOR,
  isAccessAssignmentStatus,
  parseAccessAssignmentStatus,
  terminateGdapRelationship,
  USER_ADMINISTRATOR,
  updateAccessAssignment,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  otherPartnerAgent,
  PARTNER,
  salesAgent,
  T0,
} from "../support/actors.js";
import { deepFreeze } from "../support/freeze.js";
import { active, assignment, created, HELPDESK_GROUP, pending, unwrap, unwrapErr } from "./fixtures.js";

describe("statuses", () => {
  it("GDAP-6 names the assignment statuses as Graph does", () => {
    expect(ACCESS_ASSIGNMENT_STATUSES).toEqual(["pending", "active", "deleting", "deleted", "error"]);
    for (const status of ACCESS_ASSIGNMENT_STATUSES) expect(isAccessAssignmentStatus(status)).toBe(true);
    expect(parseAccessAssignmentStatus("removed")._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-6",
    });
    expect(parseAccessAssignmentStatus("deleting")._unsafeUnwrap()).toBe("deleting");
  });
});

describe("createAccessAssignment (GDAP-6)", () => {
  it("GDAP-6 gives a partner group a subset of an active relationship's roles", () => {
    const rel = active();
    const at = T0 + 3 * DAY;
    const result = unwrap(
      createAccessAssignment(rel, {
        id: "a-1",
        group: HELPDESK_GROUP,
        roles: [HELPDESK_ADMINISTRATOR, HELPDESK_ADMINISTRATOR],
        by: adminAgent,
        at,
      }),
    );
    expect(result).toEqual({
      status: "active",
      id: "a-1",
      relationship: rel.id,
      partner: PARTNER,
      customer: CUSTOMER,
      group: HELPDESK_GROUP,
      roles: [HELPDESK_ADMINISTRATOR],
      createdDateTime: at,
      lastModifiedDateTime: at,
    });
  });

  it("GDAP-6 refuses roles outside the relationship's roles, listing them", () => {
    const rel = active();
    const error = unwrapErr(
      createAccessAssignment(rel, {
        id: "a-1",
        group: HELPDESK_GROUP,
        roles: [HELPDESK_ADMINISTRATOR, EXCHANGE_ADMINISTRATOR, GLOBAL_READER],
        by: adminAgent,
        at: T0 + 3 * DAY,
      }),
    );
    expect(error).toMatchObject({
      code: "roles_outside_relationship",
      rule: "GDAP-6",
      outside: [EXCHANGE_ADMINISTRATOR, GLOBAL_READER],
      outsideNames: ["Exchange Administrator", "Global Reader"],
      relationshipRoles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    });
    expect(error.message).toContain("Exchange Administrator, Global Reader");
  });

  it("GDAP-6 refuses an assignment on a relationship that is not active", () => {
    for (const rel of [created(), pending()]) {
      expect(
        unwrapErr(
          createAccessAssignment(rel as unknown as ActiveGdap, {
            id: "a-1",
            group: HELPDESK_GROUP,
            roles: [HELPDESK_ADMINISTRATOR],
            by: adminAgent,
            at: T0 + 3 * DAY,
          }),
        ),
      ).toMatchObject({ code: "gdap_status_not_allowed", status: rel.status, allowed: ["active"] });
    }
    const rel = active();
    const terminated = unwrap(terminateGdapRelationship(rel, { by: globalAdmin, at: T0 + 5 * DAY }));
    expect(
      createAccessAssignment(terminated as unknown as ActiveGdap, {
        id: "a-1",
        group: HELPDESK_GROUP,
        roles: [HELPDESK_ADMINISTRATOR],
        by: adminAgent,
        at: T0 + 6 * DAY,
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: "gdap_status_not_allowed", status: "terminated" });
  });

  it("GDAP-6 refuses an assignment at or after the end time of a relationship that does not auto-extend", () => {
    const rel = active();
    expect(
      unwrapErr(
        createAccessAssignment(rel, {
          id: "a-1",
          group: HELPDESK_GROUP,
          roles: [HELPDESK_ADMINISTRATOR],
          by: adminAgent,
          at: rel.endDateTime,
        }),
      ),
    ).toMatchObject({ code: "gdap_status_not_allowed", status: "expired" });
    const extending = active({ autoExtendDuration: "P180D" });
    expect(
      createAccessAssignment(extending, {
        id: "a-1",
        group: HELPDESK_GROUP,
        roles: [HELPDESK_ADMINISTRATOR],
        by: adminAgent,
        at: extending.endDateTime + DAY,
      }).isOk(),
    ).toBe(true);
  });

  it("GDAP-6 refuses a second live assignment for the same group on the relationship", () => {
    const rel = active();
    const first = assignment(rel);
    const input = {
      id: "a-2",
      group: HELPDESK_GROUP,
      roles: [USER_ADMINISTRATOR],
      by: adminAgent,
      at: T0 + 4 * DAY,
    };
    expect(unwrapErr(createAccessAssignment(rel, { ...input, existing: [first] }))).toMatchObject({
      code: "access_assignment_exists",
      rule: "GDAP-6",
      assignment: first.id,
      group: HELPDESK_GROUP,
    });
    const deleted = unwrap(deleteAccessAssignment(first, { by: adminAgent, at: T0 + 4 * DAY }));
    expect(createAccessAssignment(rel, { ...input, existing: [deleted] }).isOk()).toBe(true);
  });

  it("ACT-3 needs the relationship's partner's Admin agent", () => {
    const rel = active();
    const input = { id: "a-1", group: HELPDESK_GROUP, roles: [HELPDESK_ADMINISTRATOR], at: T0 + 3 * DAY };
    expect(unwrapErr(createAccessAssignment(rel, { ...input, by: salesAgent }))).toMatchObject({ rule: "ACT-3" });
    expect(unwrapErr(createAccessAssignment(rel, { ...input, by: otherPartnerAgent }))).toMatchObject({
      reason: "other_partner",
    });
    expect(unwrapErr(createAccessAssignment(rel, { ...input, by: globalAdmin }))).toMatchObject({
      reason: "not_a_partner_user",
    });
  });

  it("refuses bad input with error values", () => {
    const rel = active();
    const base = {
      id: "a-1",
      group: HELPDESK_GROUP,
      roles: [HELPDESK_ADMINISTRATOR],
      by: adminAgent,
      at: T0 + 3 * DAY,
    };
    expect(unwrapErr(createAccessAssignment(rel, { ...base, group: "" }))).toMatchObject({ path: "group" });
    expect(unwrapErr(createAccessAssignment(rel, { ...base, roles: [] }))).toMatchObject({ path: "roles" });
    expect(unwrapErr(createAccessAssignment(rel, { ...base, roles: ["helpdesk"] }))).toMatchObject({
      path: "roles[0]",
    });
    expect(unwrapErr(createAccessAssignment(rel, { ...base, at: T0 }))).toMatchObject({ path: "at" });
  });
});

describe("updateAccessAssignment and deleteAccessAssignment (GDAP-6)", () => {
  it("GDAP-6 changes an active assignment's roles within the relationship's", () => {
    const rel = active();
    const first = assignment(rel);
    const at = T0 + 4 * DAY;
    const updated = unwrap(
      updateAccessAssignment(first, rel, { roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], by: adminAgent, at }),
    );
    expect(updated).toMatchObject({ roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], lastModifiedDateTime: at });
    expect(unwrapErr(updateAccessAssignment(first, rel, { roles: [GLOBAL_READER], by: adminAgent, at }))).toMatchObject(
      { code: "roles_outside_relationship", outside: [GLOBAL_READER] },
    );
  });

  it("GDAP-6 refuses to update through another relationship", () => {
    const rel = active();
    const other = active({ id: "rel-2", displayName: "Other" });
    expect(
      unwrapErr(
        updateAccessAssignment(assignment(rel), other, {
          roles: [USER_ADMINISTRATOR],
          by: adminAgent,
          at: T0 + 4 * DAY,
        }),
      ),
    ).toMatchObject({ code: "invalid_input", path: "relationship" });
  });

  it("GDAP-6 deletes an assignment, even after its relationship ended; deleted is final", () => {
    const rel = active();
    const first = assignment(rel);
    const expired = unwrap(advanceGdapRelationship(rel, rel.endDateTime + DAY));
    expect(expired.status).toBe("expired");
    const deleted = unwrap(deleteAccessAssignment(first, { by: adminAgent, at: rel.endDateTime + DAY }));
    expect(deleted).toMatchObject({
      status: "deleted",
      deletedBy: adminAgent.id,
      deletedDateTime: rel.endDateTime + DAY,
    });
    const asActive = deleted as unknown as ActiveAccessAssignment;
    expect(unwrapErr(deleteAccessAssignment(asActive, { by: adminAgent, at: rel.endDateTime + DAY }))).toMatchObject({
      code: "access_assignment_status_not_allowed",
      rule: "GDAP-6",
      status: "deleted",
    });
    expect(
      unwrapErr(updateAccessAssignment(asActive, rel, { roles: [HELPDESK_ADMINISTRATOR], by: adminAgent, at: T0 })),
    ).toMatchObject({ code: "access_assignment_status_not_allowed" });
    expect(deleteAccessAssignment(first, { by: salesAgent, at: rel.endDateTime }).isErr()).toBe(true);
  });

  it("GDAP-6 ensureAccessAssignmentStatus narrows or reports the status", () => {
    const first: AccessAssignment = assignment(active());
    expect(ensureAccessAssignmentStatus(first, ["active"])._unsafeUnwrap()).toBe(first);
    expect(ensureAccessAssignmentStatus(first, ["deleted"])._unsafeUnwrapErr()).toMatchObject({
      status: "active",
      allowed: ["deleted"],
    });
  });

  it("INVAR-3 assignment steps on deep-frozen inputs leave them untouched", () => {
    const rel = deepFreeze(active());
    const first = deepFreeze(assignment(rel));
    const copy = structuredClone(first);
    const at = T0 + 4 * DAY;
    expect(updateAccessAssignment(first, rel, { roles: [USER_ADMINISTRATOR], by: adminAgent, at }).isOk()).toBe(true);
    expect(updateAccessAssignment(first, rel, { roles: [GLOBAL_READER], by: adminAgent, at }).isErr()).toBe(true);
    expect(deleteAccessAssignment(first, { by: adminAgent, at }).isOk()).toBe(true);
    expect(first).toEqual(copy);
  });
});
