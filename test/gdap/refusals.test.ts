/**
 * What each GDAP step says when it refuses (INVAR-3): the error value in full, pinned,
 * so that a step naming the wrong rule, path, step or status shows here (the mutation
 * run found such gaps, docs/quality.md). Message wording is not API
 * (DomainErrorBase.message), but it is what a person reads, so a change to it shows here.
 */
import {
  type ActiveGdap,
  approveGdapRelationship,
  checkGdapDisplayName,
  completeGdapTermination,
  createAccessAssignment,
  createGdapRelationship,
  type DomainError,
  deleteAccessAssignment,
  deleteGdapRelationship,
  ensureAccessAssignmentStatus,
  ensureGdapActiveAt,
  ensureGdapStatus,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  lockGdapForApproval,
  MAX_INSTANT,
  parseAccessAssignmentStatus,
  parseGdapStatus,
  type Result,
  removeGlobalAdministrator,
  requestGdapTermination,
  setGdapAutoExtend,
  terminateGdapRelationship,
  USER_ADMINISTRATOR,
  updateAccessAssignment,
  updateGdapRelationship,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  DAY,
  globalAdmin,
  helpdeskAgent,
  helpdeskUser,
  OTHER_CUSTOMER,
  otherTenantAdmin,
  T0,
} from "../support/actors.js";
import { untyped } from "../support/untyped.js";
import { active, assignment, created, createInput, pending, unwrap, unwrapErr } from "./fixtures.js";

const refusal = <T>(result: Result<T, DomainError>): DomainError => unwrapErr(result);

const terminated = (): ActiveGdap => {
  const rel = active();
  return untyped(unwrap(terminateGdapRelationship(rel, { by: adminAgent, at: rel.activatedDateTime + DAY })));
};

describe("createGdapRelationship refusals", () => {
  it("GDAP-1 the time, the ID and the partner are checked at their paths", () => {
    expect(refusal(createGdapRelationship(createInput({ at: untyped("soon") })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant (integer milliseconds since the epoch)",
        "found": ""soon"",
        "message": "at: expected an instant (integer milliseconds since the epoch), found "soon" (GDAP-1).",
        "path": "at",
        "rule": "GDAP-1",
      }
    `);
    expect(refusal(createGdapRelationship(createInput({ id: "" })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": """",
        "message": "id: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (GDAP-1).",
        "path": "id",
        "rule": "GDAP-1",
      }
    `);
    expect(refusal(createGdapRelationship(createInput({ partner: " fabrikam" })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": "" fabrikam"",
        "message": "partner: expected a non-empty identifier of at most 256 characters without surrounding spaces, found " fabrikam" (GDAP-1).",
        "path": "partner",
        "rule": "GDAP-1",
      }
    `);
  });

  it("GDAP-4 a customer, when given, is an identifier; without one the request is open to any customer", () => {
    expect(refusal(createGdapRelationship(createInput({ customer: "" })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": """",
        "message": "customer: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (GDAP-4).",
        "path": "customer",
        "rule": "GDAP-4",
      }
    `);
    const open = unwrap(createGdapRelationship(createInput({ customer: undefined })));
    expect(open.customer).toBeUndefined();
  });

  it("ACT-3 the refusal names the step", () => {
    expect(refusal(createGdapRelationship(createInput({ by: helpdeskAgent })))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not createGdapRelationship: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "createGdapRelationship",
      }
    `);
  });

  it("GDAP-1 roles are at least one Entra role template ID", () => {
    expect(refusal(createGdapRelationship(createInput({ roles: [] })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "at least one Entra role template ID",
        "found": "[]",
        "message": "roles: expected at least one Entra role template ID, found [] (GDAP-1).",
        "path": "roles",
        "rule": "GDAP-1",
      }
    `);
  });

  it("GDAP-3 a blank, too long or taken display name is refused, names compared without case or surrounding spaces", () => {
    expect(refusal(createGdapRelationship(createInput({ displayName: "  " })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-blank display name",
        "found": ""  "",
        "message": "displayName: expected a non-blank display name, found "  " (GDAP-3).",
        "path": "displayName",
        "rule": "GDAP-3",
      }
    `);
    expect(refusal(createGdapRelationship(createInput({ displayName: "x".repeat(51) })))).toMatchInlineSnapshot(`
      {
        "code": "display_name_too_long",
        "displayName": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "length": 51,
        "maxLength": 50,
        "message": "The display name has 51 characters; a GDAP relationship's display name has at most 50 (GDAP-3).",
        "rule": "GDAP-3",
      }
    `);
    const first = created();
    expect(
      refusal(
        createGdapRelationship(createInput({ id: "rel-2", displayName: " CONTOSO Helpdesk ", existing: [first] })),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "display_name_taken",
        "displayName": " CONTOSO Helpdesk ",
        "message": "Partner fabrikam already has a GDAP relationship named "Contoso helpdesk" (rel-1); display names are unique among a partner's relationships (GDAP-3).",
        "partner": "fabrikam",
        "rule": "GDAP-3",
        "takenBy": "rel-1",
      }
    `);
    // the relationship itself, and another partner's relationship, do not clash
    expect(checkGdapDisplayName("Contoso helpdesk", first.partner, first.id, [first]).isOk()).toBe(true);
    expect(checkGdapDisplayName("Contoso helpdesk", "adatum", "rel-2", [first]).isOk()).toBe(true);
  });

  it("GDAP-2 a relationship with Global Administrator cannot auto-extend", () => {
    expect(
      refusal(createGdapRelationship(createInput({ roles: [GLOBAL_ADMINISTRATOR], autoExtendDuration: "P180D" }))),
    ).toMatchInlineSnapshot(`
      {
        "autoExtendDuration": "P180D",
        "code": "global_admin_auto_extend",
        "message": "GDAP relationship rel-1 includes Global Administrator, so it cannot auto-extend (P180D); use PT0S or remove Global Administrator (GDAP-2).",
        "relationship": "rel-1",
        "rule": "GDAP-2",
      }
    `);
  });

  it("GDAP-2 a malformed duration and one out of range say which", () => {
    expect(refusal(createGdapRelationship(createInput({ duration: "2 years" })))).toMatchInlineSnapshot(`
      {
        "allowed": "an ISO 8601 duration P[nY][nM][nW][nD][T[nH][nM][nS]] with whole numbers, such as P730D, P2Y, P1Y2M3DT4H or PT0S",
        "code": "invalid_duration",
        "input": "2 years",
        "message": "duration: "2 years" is not an ISO 8601 duration P[nY][nM][nW][nD][T[nH][nM][nS]] with whole numbers, such as P730D, P2Y, P1Y2M3DT4H or PT0S (GDAP-2).",
        "path": "duration",
        "reason": "malformed",
        "rule": "GDAP-2",
      }
    `);
    expect(refusal(createGdapRelationship(createInput({ duration: "P3Y" })))).toMatchInlineSnapshot(`
      {
        "allowed": "P1D…P730D (P2Y), counting 1Y as 365 days and 1M as 30 days",
        "code": "invalid_duration",
        "input": "P3Y",
        "message": "duration: "P3Y" is outside the allowed range: P1D…P730D (P2Y), counting 1Y as 365 days and 1M as 30 days (GDAP-2).",
        "path": "duration",
        "reason": "out_of_range",
        "rule": "GDAP-2",
      }
    `);
    expect(refusal(createGdapRelationship(createInput({ duration: untyped(730) })))).toMatchInlineSnapshot(`
      {
        "allowed": "an ISO 8601 duration P[nY][nM][nW][nD][T[nH][nM][nS]] with whole numbers, such as P730D, P2Y, P1Y2M3DT4H or PT0S",
        "code": "invalid_duration",
        "input": "730",
        "message": "duration: "730" is not an ISO 8601 duration P[nY][nM][nW][nD][T[nH][nM][nS]] with whole numbers, such as P730D, P2Y, P1Y2M3DT4H or PT0S (GDAP-2).",
        "path": "duration",
        "reason": "malformed",
        "rule": "GDAP-2",
      }
    `);
  });

  it("GDAP-5 a request whose expiry would fall past the last instant is refused at `at`", () => {
    expect(refusal(createGdapRelationship(createInput({ at: MAX_INSTANT - DAY })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant whose request expiry is an instant too",
        "found": "253402214399999",
        "message": "at: expected an instant whose request expiry is an instant too, found 253402214399999 (GDAP-5).",
        "path": "at",
        "rule": "GDAP-5",
      }
    `);
  });
});

describe("refusals of the steps before approval", () => {
  it("GDAP-1 updating a locked request names the statuses it needs", () => {
    expect(
      refusal(updateGdapRelationship(untyped(pending()), { by: adminAgent, at: T0 + 2 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "allowed": [
          "created",
        ],
        "code": "gdap_status_not_allowed",
        "message": "updateGdapRelationship needs a GDAP relationship that is created, but rel-1 is approvalPending (GDAP-1).",
        "relationship": "rel-1",
        "rule": "GDAP-1",
        "status": "approvalPending",
        "step": "updateGdapRelationship",
      }
    `);
  });

  it("ACT-3 each partner step names itself when refused", () => {
    expect(refusal(updateGdapRelationship(created(), { by: helpdeskAgent, at: T0 + DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not updateGdapRelationship: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "updateGdapRelationship",
      }
    `);
    expect(refusal(deleteGdapRelationship(created(), { by: helpdeskAgent, at: T0 + DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not deleteGdapRelationship: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "deleteGdapRelationship",
      }
    `);
    expect(refusal(lockGdapForApproval(created(), { by: helpdeskAgent, at: T0 + DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not lockGdapForApproval: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "lockGdapForApproval",
      }
    `);
  });

  it("GDAP-1 deleting before the last change is refused at `at`", () => {
    expect(refusal(deleteGdapRelationship(created(), { by: adminAgent, at: T0 - 1 }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-01T00:00:00.000Z",
        "found": ""2025-12-31T23:59:59.999Z"",
        "message": "at: expected an instant not before 2026-01-01T00:00:00.000Z, found "2025-12-31T23:59:59.999Z" (GDAP-1).",
        "path": "at",
        "rule": "GDAP-1",
      }
    `);
  });

  it("GDAP-5 locking an expired request says when it expired", () => {
    expect(refusal(lockGdapForApproval(created(), { by: adminAgent, at: T0 + 90 * DAY }))).toMatchInlineSnapshot(`
      {
        "at": 1775001600000,
        "code": "gdap_request_expired",
        "message": "The request for GDAP relationship rel-1 expired at 2026-04-01T00:00:00.000Z without approval; the partner must create a new one (GDAP-5).",
        "relationship": "rel-1",
        "requestExpiresDateTime": 1775001600000,
        "rule": "GDAP-5",
      }
    `);
  });
});

describe("approveGdapRelationship refusals", () => {
  it("GDAP-4 only the bound customer approves", () => {
    expect(
      refusal(approveGdapRelationship(pending(), { by: otherTenantAdmin, at: T0 + 2 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "boundCustomer": "contoso",
        "code": "customer_not_bound",
        "customer": "northwind",
        "message": "GDAP relationship rel-1 was created for customer contoso; only contoso can approve it, not northwind (GDAP-4).",
        "relationship": "rel-1",
        "rule": "GDAP-4",
      }
    `);
  });

  it("ACT-4 a customer user who is not a Global Administrator, or a partner user, is refused by the step", () => {
    expect(refusal(approveGdapRelationship(pending(), { by: helpdeskUser, at: T0 + 2 * DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "max",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
        ],
        "anyOfNames": [
          "Global Administrator",
        ],
        "code": "not_authorized",
        "message": "max may not approveGdapRelationship: the actor holds none of Global Administrator; it needs Global Administrator (ACT-4).",
        "reason": "missing_role",
        "rule": "ACT-4",
        "step": "approveGdapRelationship",
      }
    `);
    expect(
      refusal(approveGdapRelationship(pending({ customer: undefined }), { by: adminAgent, at: T0 + 2 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "actor": "ana",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
        ],
        "anyOfNames": [
          "Global Administrator",
        ],
        "code": "not_authorized",
        "message": "ana may not approveGdapRelationship: the actor is not a user of the customer's tenant; it needs Global Administrator (ACT-4).",
        "reason": "not_a_customer_user",
        "rule": "ACT-4",
        "step": "approveGdapRelationship",
      }
    `);
  });

  it("GDAP-4 an open request is approved by any customer's admin, and bound to it", () => {
    const approved = unwrap(
      approveGdapRelationship(pending({ customer: undefined }), {
        by: { ...globalAdmin, tenant: OTHER_CUSTOMER },
        at: T0 + 2 * DAY,
      }),
    );
    expect(approved.customer).toBe(OTHER_CUSTOMER);
  });

  it("GDAP-2 an approval whose end time would fall past the last instant is refused at `at`", () => {
    // requested for 90 days, 100 days before the last instant, approved 50 days later
    const rel = unwrap(createGdapRelationship(createInput({ at: MAX_INSTANT - 100 * DAY })));
    const locked = unwrap(lockGdapForApproval(rel, { by: adminAgent, at: MAX_INSTANT - 99 * DAY }));
    expect(
      refusal(approveGdapRelationship(locked, { by: globalAdmin, at: MAX_INSTANT - 50 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant whose end time (plus P90D) is a valid date",
        "found": "253397980799999",
        "message": "at: expected an instant whose end time (plus P90D) is a valid date, found 253397980799999 (GDAP-2).",
        "path": "at",
        "rule": "GDAP-2",
      }
    `);
  });
});

describe("refusals of the steps on an active relationship", () => {
  it("ACT-1 ACT-3 each step names itself when refused", () => {
    const rel = active();
    const at = rel.activatedDateTime + DAY;
    expect(refusal(requestGdapTermination(rel, { by: helpdeskUser, at }))).toMatchInlineSnapshot(`
      {
        "actor": "max",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
          "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        ],
        "anyOfNames": [
          "Global Administrator",
          "Billing Administrator",
        ],
        "code": "not_authorized",
        "message": "max may not requestGdapTermination: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
        "reason": "missing_role",
        "rule": "ACT-1",
        "step": "requestGdapTermination",
      }
    `);
    expect(refusal(removeGlobalAdministrator(rel, { by: helpdeskAgent, at }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not removeGlobalAdministrator: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "removeGlobalAdministrator",
      }
    `);
    expect(
      refusal(setGdapAutoExtend(rel, { by: helpdeskAgent, at, autoExtendDuration: "P180D" })),
    ).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not setGdapAutoExtend: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "setGdapAutoExtend",
      }
    `);
  });

  it("GDAP-1 completing a termination that was not asked for names the statuses it needs", () => {
    const rel = active();
    expect(refusal(completeGdapTermination(untyped(rel), rel.activatedDateTime + DAY))).toMatchInlineSnapshot(`
      {
        "allowed": [
          "terminationRequested",
          "terminating",
        ],
        "code": "gdap_status_not_allowed",
        "message": "completeGdapTermination needs a GDAP relationship that is terminationRequested or terminating, but rel-1 is active (GDAP-1).",
        "relationship": "rel-1",
        "rule": "GDAP-1",
        "status": "active",
        "step": "completeGdapTermination",
      }
    `);
  });

  it("GDAP-1 completing a termination before its request is refused at `at`", () => {
    const rel = active();
    const asked = unwrap(requestGdapTermination(rel, { by: adminAgent, at: rel.activatedDateTime + DAY }));
    expect(refusal(completeGdapTermination(asked, rel.activatedDateTime))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-04T00:00:00.000Z",
        "found": ""2026-01-03T00:00:00.000Z"",
        "message": "at: expected an instant not before 2026-01-04T00:00:00.000Z, found "2026-01-03T00:00:00.000Z" (GDAP-1).",
        "path": "at",
        "rule": "GDAP-1",
      }
    `);
  });

  it("GDAP-2 Global Administrator is removed only from an active relationship that keeps another role", () => {
    expect(
      refusal(removeGlobalAdministrator(terminated(), { by: adminAgent, at: T0 + 9 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "code": "global_admin_removal_not_active",
        "message": "Global Administrator can be removed from a GDAP relationship only while it is active; rel-1 is terminated (GDAP-2).",
        "relationship": "rel-1",
        "rule": "GDAP-2",
        "status": "terminated",
      }
    `);
    const onlyGlobal = active({ roles: [GLOBAL_ADMINISTRATOR] });
    expect(
      refusal(removeGlobalAdministrator(onlyGlobal, { by: adminAgent, at: onlyGlobal.activatedDateTime + DAY })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a relationship with a role besides Global Administrator; terminate this one instead",
        "found": "["62e90394-69f5-4237-9190-012177145e10"]",
        "message": "roles: expected a relationship with a role besides Global Administrator; terminate this one instead, found ["62e90394-69f5-4237-9190-012177145e10"] (GDAP-2).",
        "path": "roles",
        "rule": "GDAP-2",
      }
    `);
  });

  it("GDAP-1 a final status says it is final", () => {
    expect(refusal(ensureGdapStatus(terminated(), ["active"]))).toMatchInlineSnapshot(`
      {
        "allowed": [
          "active",
        ],
        "code": "gdap_status_not_allowed",
        "message": "ensureGdapStatus needs a GDAP relationship that is active, but rel-1 is terminated; a terminated relationship is final and never changes again (GDAP-1).",
        "relationship": "rel-1",
        "rule": "GDAP-1",
        "status": "terminated",
        "step": "ensureGdapStatus",
      }
    `);
    const rel = active();
    const expired = rel.endDateTime + DAY;
    expect(refusal(ensureGdapActiveAt(rel, expired))).toMatchInlineSnapshot(`
      {
        "allowed": [
          "active",
        ],
        "code": "gdap_status_not_allowed",
        "message": "ensureGdapActiveAt needs a GDAP relationship that is active, but rel-1 is expired; an expired relationship is final and never changes again (GDAP-1).",
        "relationship": "rel-1",
        "rule": "GDAP-1",
        "status": "expired",
        "step": "ensureGdapActiveAt",
      }
    `);
    expect(refusal(ensureGdapActiveAt(created(), T0 + DAY))).toMatchInlineSnapshot(`
      {
        "allowed": [
          "active",
        ],
        "code": "gdap_status_not_allowed",
        "message": "ensureGdapActiveAt needs a GDAP relationship that is active, but rel-1 is created (GDAP-1).",
        "relationship": "rel-1",
        "rule": "GDAP-1",
        "status": "created",
        "step": "ensureGdapActiveAt",
      }
    `);
  });

  it("GDAP-1 a status from an untyped caller is one of the statuses, checked at its path", () => {
    expect(parseGdapStatus("expiring")._unsafeUnwrap()).toBe("expiring");
    expect(refusal(parseGdapStatus("Active"))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "one of created, approvalPending, approved, activating, active, expiring, expired, terminationRequested, terminating, terminated",
        "found": ""Active"",
        "message": "status: expected one of created, approvalPending, approved, activating, active, expiring, expired, terminationRequested, terminating, terminated, found "Active" (GDAP-1).",
        "path": "status",
        "rule": "GDAP-1",
      }
    `);
    expect(refusal(parseGdapStatus(7, "value[0].status"))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "one of created, approvalPending, approved, activating, active, expiring, expired, terminationRequested, terminating, terminated",
        "found": "7",
        "message": "value[0].status: expected one of created, approvalPending, approved, activating, active, expiring, expired, terminationRequested, terminating, terminated, found 7 (GDAP-1).",
        "path": "value[0].status",
        "rule": "GDAP-1",
      }
    `);
  });
});

describe("access assignment refusals", () => {
  it("GDAP-6 the ID and group are identifiers, checked at their paths", () => {
    const rel = active();
    const at = rel.activatedDateTime;
    const input = { id: "a-1", group: "helpdesk-agents", roles: [HELPDESK_ADMINISTRATOR], by: adminAgent, at };
    expect(refusal(createAccessAssignment(rel, { ...input, id: "" }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": """",
        "message": "id: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (GDAP-6).",
        "path": "id",
        "rule": "GDAP-6",
      }
    `);
    expect(refusal(createAccessAssignment(rel, { ...input, group: "" }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": """",
        "message": "group: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (GDAP-6).",
        "path": "group",
        "rule": "GDAP-6",
      }
    `);
    expect(refusal(createAccessAssignment(rel, { ...input, by: helpdeskAgent }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not createAccessAssignment: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "createAccessAssignment",
      }
    `);
    expect(refusal(createAccessAssignment(rel, { ...input, roles: [] }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "at least one of the relationship's roles",
        "found": "[]",
        "message": "roles: expected at least one of the relationship's roles, found [] (GDAP-6).",
        "path": "roles",
        "rule": "GDAP-6",
      }
    `);
    expect(
      refusal(createAccessAssignment(rel, { ...input, roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, "9"] })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an Entra role template ID (a GUID); the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name",
        "found": ""9"",
        "message": "roles[2]: expected an Entra role template ID (a GUID); the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name, found "9" (GDAP-6).",
        "path": "roles[2]",
        "rule": "GDAP-6",
      }
    `);
    expect(
      refusal(
        createAccessAssignment(rel, {
          ...input,
          roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, "00000000-0000-0000-0000-000000000000"],
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "roles_outside_relationship",
        "message": "GDAP relationship rel-1 does not hold Global Administrator, 00000000-0000-0000-0000-000000000000; an access assignment can give only the relationship's roles: Helpdesk Administrator, User Administrator (GDAP-6).",
        "outside": [
          "62e90394-69f5-4237-9190-012177145e10",
          "00000000-0000-0000-0000-000000000000",
        ],
        "outsideNames": [
          "Global Administrator",
          "00000000-0000-0000-0000-000000000000",
        ],
        "relationship": "rel-1",
        "relationshipRoles": [
          "729827e3-9c14-49f7-bb1b-9608f156bbb8",
          "fe930be7-5e62-47db-91af-98c3a49a38b1",
        ],
        "rule": "GDAP-6",
      }
    `);
  });

  it("GDAP-6 a group has one live assignment per relationship; another group, relationship or a deleted one does not clash", () => {
    const rel = active();
    const other = active({ id: "rel-2", displayName: "Contoso users" });
    const at = rel.activatedDateTime + DAY;
    const first = assignment(rel);
    const input = { id: "a-2", group: first.group, roles: [HELPDESK_ADMINISTRATOR], by: adminAgent, at };
    expect(refusal(createAccessAssignment(rel, { ...input, existing: [first] }))).toMatchInlineSnapshot(`
      {
        "assignment": "assign-helpdesk-agents",
        "code": "access_assignment_exists",
        "group": "helpdesk-agents",
        "message": "Group helpdesk-agents already has access assignment assign-helpdesk-agents on GDAP relationship rel-1; update or delete it instead (GDAP-6).",
        "relationship": "rel-1",
        "rule": "GDAP-6",
      }
    `);
    expect(createAccessAssignment(rel, { ...input, group: "other-group", existing: [first] }).isOk()).toBe(true);
    expect(
      createAccessAssignment(other, { ...input, at: other.activatedDateTime + DAY, existing: [first] }).isOk(),
    ).toBe(true);
    const gone = unwrap(deleteAccessAssignment(first, { by: adminAgent, at }));
    expect(createAccessAssignment(rel, { ...input, existing: [gone] }).isOk()).toBe(true);
    // the same assignment given again, as when replaying, is not a clash with itself
    expect(createAccessAssignment(rel, { ...input, id: first.id, existing: [first] }).isOk()).toBe(true);
  });

  it("GDAP-6 updating and deleting name their step, the relationship and the time", () => {
    const rel = active();
    const given = assignment(rel);
    const at = rel.activatedDateTime + DAY;
    const other = active({ id: "rel-2", displayName: "Contoso users" });
    expect(refusal(updateAssignment(given, other, at))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "GDAP relationship rel-1",
        "found": ""rel-2"",
        "message": "relationship: expected GDAP relationship rel-1, found "rel-2" (GDAP-6).",
        "path": "relationship",
        "rule": "GDAP-6",
      }
    `);
    expect(
      refusal(
        updateAccessAssignment(given, rel, {
          roles: [USER_ADMINISTRATOR],
          by: adminAgent,
          at: given.createdDateTime - 1,
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-03T00:00:00.000Z",
        "found": ""2026-01-02T23:59:59.999Z"",
        "message": "at: expected an instant not before 2026-01-03T00:00:00.000Z, found "2026-01-02T23:59:59.999Z" (GDAP-6).",
        "path": "at",
        "rule": "GDAP-6",
      }
    `);
    expect(
      refusal(updateAccessAssignment(given, rel, { roles: [USER_ADMINISTRATOR], by: helpdeskAgent, at })),
    ).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not updateAccessAssignment: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "updateAccessAssignment",
      }
    `);
    expect(refusal(deleteAccessAssignment(given, { by: helpdeskAgent, at }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not deleteAccessAssignment: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "deleteAccessAssignment",
      }
    `);
    expect(
      refusal(deleteAccessAssignment(given, { by: adminAgent, at: given.createdDateTime - 1 })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-03T00:00:00.000Z",
        "found": ""2026-01-02T23:59:59.999Z"",
        "message": "at: expected an instant not before 2026-01-03T00:00:00.000Z, found "2026-01-02T23:59:59.999Z" (GDAP-6).",
        "path": "at",
        "rule": "GDAP-6",
      }
    `);
    const gone = unwrap(deleteAccessAssignment(given, { by: adminAgent, at }));
    expect(
      refusal(updateAccessAssignment(untyped(gone), rel, { roles: [USER_ADMINISTRATOR], by: adminAgent, at })),
    ).toMatchInlineSnapshot(`
      {
        "allowed": [
          "active",
        ],
        "assignment": "assign-helpdesk-agents",
        "code": "access_assignment_status_not_allowed",
        "message": "updateAccessAssignment needs an access assignment that is active, but assign-helpdesk-agents is deleted; a deleted assignment is final (GDAP-6).",
        "rule": "GDAP-6",
        "status": "deleted",
        "step": "updateAccessAssignment",
      }
    `);
    expect(refusal(ensureAccessAssignmentStatus(gone, ["active", "pending"]))).toMatchInlineSnapshot(`
      {
        "allowed": [
          "active",
          "pending",
        ],
        "assignment": "assign-helpdesk-agents",
        "code": "access_assignment_status_not_allowed",
        "message": "ensureAccessAssignmentStatus needs an access assignment that is active or pending, but assign-helpdesk-agents is deleted; a deleted assignment is final (GDAP-6).",
        "rule": "GDAP-6",
        "status": "deleted",
        "step": "ensureAccessAssignmentStatus",
      }
    `);
  });

  it("GDAP-6 a status from an untyped caller is one of the statuses, checked at its path", () => {
    expect(parseAccessAssignmentStatus("error")._unsafeUnwrap()).toBe("error");
    expect(refusal(parseAccessAssignmentStatus("Active"))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "one of pending, active, deleting, deleted, error",
        "found": ""Active"",
        "message": "status: expected one of pending, active, deleting, deleted, error, found "Active" (GDAP-6).",
        "path": "status",
        "rule": "GDAP-6",
      }
    `);
    expect(refusal(parseAccessAssignmentStatus(null, "value[0].status"))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "one of pending, active, deleting, deleted, error",
        "found": "null",
        "message": "value[0].status: expected one of pending, active, deleting, deleted, error, found null (GDAP-6).",
        "path": "value[0].status",
        "rule": "GDAP-6",
      }
    `);
  });
});

function updateAssignment(given: ReturnType<typeof assignment>, rel: ActiveGdap, at: number) {
  return updateAccessAssignment(given, rel, { roles: [USER_ADMINISTRATOR], by: adminAgent, at });
}
