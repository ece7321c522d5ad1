/** GDAP-8, GDAP-9, GDAP-10: changes held as pending until their request or operation succeeds. */
import {
  type AccessAssignment,
  type ActiveGdap,
  applyAccessAssignmentOperation,
  applyGdapOperation,
  applyGdapRequest,
  approveGdapRelationship,
  awaitsResellerConsent,
  consentToResellerGdap,
  type GdapRelationship,
  GLOBAL_ADMINISTRATOR,
  gdapGroupHoldsRole,
  gdapRolesOfGroup,
  HELPDESK_ADMINISTRATOR,
  recordAccessAssignmentChange,
  recordGdapChange,
  rejectResellerGdap,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, otherPartnerAgent, salesAgent, T0 } from "../support/actors.js";
import { active, assignment, created, HELPDESK_GROUP, pending, unwrap, unwrapErr } from "./fixtures.js";

type RequestStatus = "created" | "pending" | "running" | "succeeded" | "failed" | "unknownFutureValue";
type RequestAction = "lockForApproval" | "approve" | "terminate" | "reject" | "unknownFutureValue";

function request(relationship: GdapRelationship, action: RequestAction, status: RequestStatus, id = "req-1", at = T0) {
  return { id, relationship: relationship.id, action, status, createdDateTime: at, lastModifiedDateTime: at };
}

type OperationStatus = "notStarted" | "running" | "succeeded" | "failed" | "unknownFutureValue";

function removeGaOperation(relationship: ActiveGdap, status: OperationStatus, id = "op-1") {
  return {
    id,
    relationship: relationship.id,
    operationType: "delegatedAdminRelationshipUpdate" as const,
    data: { kind: "relationship" as const, roles: relationship.roles.filter((role) => role !== GLOBAL_ADMINISTRATOR) },
    status,
    createdDateTime: T0,
    lastModifiedDateTime: T0,
  };
}

function assignmentOperation(
  assigned: AccessAssignment,
  roles: readonly string[],
  status: OperationStatus,
  id = "op-2",
) {
  return {
    id,
    relationship: assigned.relationship,
    operationType: "delegatedAdminAccessAssignmentUpdate" as const,
    data: { kind: "accessAssignment" as const, id: assigned.id, roles },
    status,
    createdDateTime: T0,
    lastModifiedDateTime: T0,
  };
}

const query = (at: number, role = HELPDESK_ADMINISTRATOR) => ({ customer: CUSTOMER, group: HELPDESK_GROUP, role, at });

describe("GDAP-8 requests", () => {
  it("GDAP-8 a termination request keeps the relationship active and its roles in force until it succeeds", () => {
    const rel = active();
    const assigned = assignment(rel);
    const t1 = rel.activatedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "terminate", "pending"), { by: adminAgent, at: t1 }));
    expect(held.outcome).toBe("pending");
    expect(held.value.status).toBe("active");
    expect(held.value.pending).toMatchObject({ via: "request", id: "req-1", action: "terminate", status: "pending" });
    expect(gdapRolesOfGroup([held.value], [assigned], query(t1 + 1))).toEqual([HELPDESK_ADMINISTRATOR]);

    const running = unwrap(applyGdapRequest(held.value, request(rel, "terminate", "running"), { at: t1 + 2 }));
    expect(running.outcome).toBe("pending");
    expect(running.value.status).toBe("active");
    expect(running.value.pending?.status).toBe("running");
    expect(gdapGroupHoldsRole([running.value], [assigned], query(t1 + 3)).allowed).toBe(true);

    const done = unwrap(applyGdapRequest(running.value, request(rel, "terminate", "succeeded"), { at: t1 + 4 }));
    expect(done.outcome).toBe("succeeded");
    expect(done.value).toMatchObject({
      status: "terminated",
      terminatedDateTime: t1 + 4,
      terminationRequestedByUser: "ana",
    });
    expect(done.value.pending).toBeUndefined();
    expect(gdapRolesOfGroup([done.value], [assigned], query(t1 + 4))).toEqual([]);
  });

  it("GDAP-8 lock for approval: created and running are not yet succeeded; succeeded locks", () => {
    const rel = created();
    const first = unwrap(
      applyGdapRequest(rel, request(rel, "lockForApproval", "created"), { by: adminAgent, at: T0 + 1 }),
    );
    expect(first.value.status).toBe("created");
    const running = unwrap(applyGdapRequest(first.value, request(rel, "lockForApproval", "running"), { at: T0 + 2 }));
    expect(running.value.status).toBe("created");
    expect(running.value.pending?.requestedDateTime).toBe(T0 + 1);
    const locked = unwrap(
      applyGdapRequest(running.value, request(rel, "lockForApproval", "succeeded"), { at: T0 + 3 }),
    );
    expect(locked.value).toMatchObject({ status: "approvalPending", lastModifiedDateTime: T0 + 3 });
    expect("pending" in locked.value).toBe(false);
  });

  it("GDAP-8 the customer's approval is in force only once its request succeeded", () => {
    const rel = pending();
    const at = rel.lastModifiedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "approve", "pending"), { by: globalAdmin, at }));
    expect(held.value.status).toBe("approvalPending");
    const approved = unwrap(applyGdapRequest(held.value, request(rel, "approve", "succeeded"), { at: at + DAY }));
    expect(approved.value).toMatchObject({ status: "active", activatedDateTime: at + DAY, approvedBy: "kim" });
  });

  it("GDAP-8 a failed request changes nothing", () => {
    const rel = active();
    const at = rel.activatedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "terminate", "running"), { by: globalAdmin, at }));
    const failed = unwrap(applyGdapRequest(held.value, request(rel, "terminate", "failed"), { at: at + 1 }));
    expect(failed.outcome).toBe("failed");
    expect(failed.value).toEqual(rel);
    // reported failed without being held first: the very same value
    const direct = unwrap(applyGdapRequest(rel, request(rel, "terminate", "failed"), { at }));
    expect(direct.value).toBe(rel);
  });

  it("GDAP-8 the first report is checked by the step itself: status and authority", () => {
    const rel = created();
    expect(
      unwrapErr(applyGdapRequest(rel, request(rel, "lockForApproval", "pending"), { by: salesAgent, at: T0 + 1 })).code,
    ).toBe("not_authorized");
    expect(
      unwrapErr(applyGdapRequest(rel, request(rel, "terminate", "pending"), { by: adminAgent, at: T0 + 1 })).code,
    ).toBe("gdap_status_not_allowed");
    const noActor = unwrapErr(applyGdapRequest(rel, request(rel, "lockForApproval", "pending"), { at: T0 + 1 }));
    expect(noActor).toMatchObject({ code: "invalid_input", rule: "GDAP-8", path: "by" });
  });

  it("GDAP-8 one change at a time, for the relationship it names, never before the last change", () => {
    const rel = active();
    const at = rel.activatedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "terminate", "pending"), { by: adminAgent, at }));
    expect(
      unwrapErr(applyGdapRequest(held.value, request(rel, "terminate", "pending", "req-2"), { by: adminAgent, at })),
    ).toMatchObject({ code: "invalid_input", rule: "GDAP-8", path: "id" });
    expect(unwrapErr(applyGdapRequest(held.value, request(rel, "lockForApproval", "succeeded"), { at }))).toMatchObject(
      {
        path: "action",
      },
    );
    expect(
      unwrapErr(applyGdapRequest(rel, { ...request(rel, "terminate", "pending"), relationship: "rel-9" }, { at })),
    ).toMatchObject({ path: "relationship" });
    expect(unwrapErr(applyGdapRequest(held.value, request(rel, "terminate", "succeeded"), { at: at - 1 })).code).toBe(
      "invalid_input",
    );
  });

  it("GDAP-8 unknownFutureValue decides nothing, and says so", () => {
    const rel = active();
    const at = rel.activatedDateTime + DAY;
    const unknownStatus = unwrap(applyGdapRequest(rel, request(rel, "terminate", "unknownFutureValue"), { at }));
    expect(unknownStatus.outcome).toBe("undecided");
    expect(unknownStatus.value).toBe(rel);
    expect(unknownStatus.reason).toContain("unknownFutureValue");
    const held = unwrap(applyGdapRequest(rel, request(rel, "terminate", "running"), { by: adminAgent, at }));
    const noted = unwrap(applyGdapRequest(held.value, request(rel, "terminate", "unknownFutureValue"), { at: at + 1 }));
    expect(noted.value).toMatchObject({ status: "active", pending: { status: "unknownFutureValue" } });
    const unknownAction = unwrap(applyGdapRequest(rel, request(rel, "unknownFutureValue", "succeeded"), { at }));
    expect(unknownAction).toMatchObject({ outcome: "undecided", value: rel });
  });

  it("GDAP-8 a report never changes the values it is given", () => {
    const rel = active();
    const before = structuredClone(rel);
    const at = rel.activatedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "terminate", "pending"), { by: adminAgent, at }));
    const heldBefore = structuredClone(held.value);
    unwrap(applyGdapRequest(held.value, request(rel, "terminate", "succeeded"), { at }));
    expect(rel).toEqual(before);
    expect(held.value).toEqual(heldBefore);
  });
});

describe("GDAP-9 long-running operations", () => {
  const withGa = () => active({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] });

  it("GDAP-9 removing Global Administrator via an operation keeps it in force until the operation succeeds", () => {
    const rel = withGa();
    const assigned = assignment(rel, HELPDESK_GROUP, [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR]);
    const at = rel.activatedDateTime + DAY;
    const running = unwrap(applyGdapOperation(rel, removeGaOperation(rel, "running"), { by: adminAgent, at }));
    expect(running.outcome).toBe("pending");
    expect(running.value.roles).toContain(GLOBAL_ADMINISTRATOR);
    expect(gdapGroupHoldsRole([running.value], [assigned], query(at + 1, GLOBAL_ADMINISTRATOR)).allowed).toBe(true);

    const done = unwrap(applyGdapOperation(running.value, removeGaOperation(rel, "succeeded"), { at: at + 2 }));
    expect(done.outcome).toBe("succeeded");
    expect(done.value.roles).toEqual([HELPDESK_ADMINISTRATOR]);
    expect(gdapGroupHoldsRole([done.value], [assigned], query(at + 2, GLOBAL_ADMINISTRATOR)).allowed).toBe(false);
    expect(gdapRolesOfGroup([done.value], [assigned], query(at + 2))).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("GDAP-9 a failed operation changes nothing", () => {
    const rel = withGa();
    const at = rel.activatedDateTime + DAY;
    const started = unwrap(applyGdapOperation(rel, removeGaOperation(rel, "notStarted"), { by: globalAdmin, at }));
    expect(started.value.pending).toMatchObject({ via: "operation", action: "removeGlobalAdministrator" });
    const failed = unwrap(applyGdapOperation(started.value, removeGaOperation(rel, "failed"), { at: at + 1 }));
    expect(failed.outcome).toBe("failed");
    expect(failed.value).toEqual(rel);
  });

  it("GDAP-9 an access assignment's update via an operation: old roles until it succeeds, new ones after", () => {
    const rel = active();
    const assigned = assignment(rel);
    const at = rel.activatedDateTime + DAY;
    const op = (status: OperationStatus) =>
      assignmentOperation(assigned, [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], status);
    const started = unwrap(applyAccessAssignmentOperation(assigned, rel, op("notStarted"), { by: adminAgent, at }));
    expect(started.value.pending?.roles).toEqual([HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR]);
    const running = unwrap(applyAccessAssignmentOperation(started.value, rel, op("running"), { at: at + 1 }));
    expect(gdapRolesOfGroup([rel], [running.value], query(at + 1))).toEqual([HELPDESK_ADMINISTRATOR]);
    const done = unwrap(applyAccessAssignmentOperation(running.value, rel, op("succeeded"), { at: at + 2 }));
    expect(done.value).toMatchObject({
      roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
      lastModifiedDateTime: at + 2,
    });
    expect(gdapRolesOfGroup([rel], [done.value], query(at + 2))).toEqual([HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR]);

    const failed = unwrap(applyAccessAssignmentOperation(started.value, rel, op("failed"), { at: at + 2 }));
    expect(failed.value).toEqual(assigned);
  });

  it("GDAP-9 the first report of an assignment's update is checked by updateAccessAssignment", () => {
    const rel = active();
    const assigned = assignment(rel);
    const at = rel.activatedDateTime + DAY;
    const outside = assignmentOperation(assigned, [GLOBAL_ADMINISTRATOR], "running");
    expect(unwrapErr(applyAccessAssignmentOperation(assigned, rel, outside, { by: adminAgent, at })).code).toBe(
      "roles_outside_relationship",
    );
    const report = {
      via: "operation" as const,
      id: "op-3",
      action: "updateAccessAssignment" as const,
      status: "running" as const,
    };
    expect(unwrapErr(recordAccessAssignmentChange(assigned, rel, report, { by: adminAgent, at }))).toMatchObject({
      code: "invalid_input",
      path: "roles",
    });
    const otherAssignment = {
      ...assignmentOperation(assigned, [HELPDESK_ADMINISTRATOR], "running"),
      data: { kind: "accessAssignment" as const, id: "assign-9", roles: [HELPDESK_ADMINISTRATOR] },
    };
    expect(
      unwrapErr(applyAccessAssignmentOperation(assigned, rel, otherAssignment, { by: adminAgent, at })),
    ).toMatchObject({
      path: "data.id",
    });
  });

  it("GDAP-9 an operation must remove exactly Global Administrator; one of an unknown kind decides nothing", () => {
    const rel = withGa();
    const at = rel.activatedDateTime + DAY;
    const wrongRoles = {
      ...removeGaOperation(rel, "running"),
      data: { kind: "relationship" as const, roles: [USER_ADMINISTRATOR] },
    };
    expect(unwrapErr(applyGdapOperation(rel, wrongRoles, { by: adminAgent, at }))).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-9",
      path: "data.roles",
    });
    const unknown = {
      ...removeGaOperation(rel, "succeeded"),
      operationType: "unknownFutureValue" as const,
      data: { kind: "unread" as const, json: "{}" },
    };
    const undecided = unwrap(applyGdapOperation(rel, unknown, { at }));
    expect(undecided).toMatchObject({ outcome: "undecided", value: rel, rules: ["GDAP-9"] });
    const misplaced = assignmentOperation(assignment(rel), [HELPDESK_ADMINISTRATOR], "running");
    expect(unwrapErr(applyGdapOperation(rel, misplaced, { by: adminAgent, at }))).toMatchObject({
      path: "operationType",
    });
  });

  it("GDAP-9 removing Global Administrator through an operation is refused as the direct step is, outside active", () => {
    const rel = pending({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] });
    const report = {
      via: "operation" as const,
      id: "op-1",
      action: "removeGlobalAdministrator" as const,
      status: "running" as const,
    };
    expect(unwrapErr(recordGdapChange(rel, report, { by: adminAgent, at: rel.lastModifiedDateTime })).code).toBe(
      "global_admin_removal_not_active",
    );
  });
});

describe("GDAP-10 indirect resellers", () => {
  const reseller = { indirectProviderTenantId: "litware", isPartnerConsentPending: true };

  it("GDAP-10 a reseller relationship whose reseller has not consented grants nothing, with a reason", () => {
    const rel: ActiveGdap = { ...active(), reseller };
    const assigned = assignment(active());
    const at = rel.activatedDateTime + DAY;
    expect(awaitsResellerConsent(rel)).toBe(true);
    expect(gdapRolesOfGroup([rel], [assigned], query(at))).toEqual([]);
    const decision = gdapGroupHoldsRole([rel], [assigned], query(at));
    expect(decision.allowed).toBe(false);
    expect(decision.reasons.join(" ")).toContain("has not consented");
  });

  it("GDAP-10 the indirect reseller consents with an approve request, then the relationship grants", () => {
    const rel = { ...pending(), reseller };
    const at = rel.lastModifiedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "approve", "pending"), { by: adminAgent, at }));
    expect(held.value).toMatchObject({ status: "approvalPending", reseller: { isPartnerConsentPending: true } });
    const consented = unwrap(applyGdapRequest(held.value, request(rel, "approve", "succeeded"), { at: at + 1 }));
    expect(consented.value).toMatchObject({ status: "approvalPending", reseller: { isPartnerConsentPending: false } });
    const approved = unwrap(approveGdapRelationship(consented.value as typeof rel, { by: globalAdmin, at: at + 2 }));
    const assigned = assignment(approved);
    expect(gdapRolesOfGroup([approved], [assigned], query(at + 3))).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("GDAP-10 the reseller may consent after the customer approved; only the reseller's admin agent may", () => {
    const rel: ActiveGdap = { ...active(), reseller };
    const at = rel.activatedDateTime + DAY;
    expect(unwrapErr(consentToResellerGdap(rel, { by: otherPartnerAgent, at })).code).toBe("not_authorized");
    const consented = unwrap(consentToResellerGdap(rel, { by: adminAgent, at }));
    expect(consented).toMatchObject({ status: "active", reseller: { isPartnerConsentPending: false } });
    expect(unwrapErr(consentToResellerGdap(consented, { by: adminAgent, at }))).toMatchObject({ rule: "GDAP-10" });
    expect(unwrapErr(consentToResellerGdap(active(), { by: adminAgent, at }))).toMatchObject({ path: "reseller" });
  });

  it("GDAP-10 the indirect reseller rejects with a reject request: the request ends unapproved, final", () => {
    const rel = { ...pending(), reseller };
    const at = rel.lastModifiedDateTime + DAY;
    const held = unwrap(applyGdapRequest(rel, request(rel, "reject", "running"), { by: adminAgent, at }));
    expect(held.value.status).toBe("approvalPending");
    const rejected = unwrap(applyGdapRequest(held.value, request(rel, "reject", "succeeded"), { at: at + 1 }));
    expect(rejected.value).toMatchObject({
      status: "expired",
      expiredBecause: "requestNotApproved",
      expiredDateTime: at + 1,
      reseller: { isPartnerConsentPending: false },
    });
    expect(unwrapErr(rejectResellerGdap(active(), { by: adminAgent, at })).code).toBe("gdap_status_not_allowed");
    expect(unwrapErr(rejectResellerGdap(pending(), { by: adminAgent, at }))).toMatchObject({ rule: "GDAP-10" });
  });
});
