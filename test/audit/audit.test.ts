import {
  type AuditBook,
  type AuditReport,
  advanceGdapRelationship,
  auditPartnerBook,
  DEFAULT_AUDIT_THRESHOLDS,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  PRIVILEGED_ROLE_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { assignment } from "../gdap/fixtures.js";
import { DAY } from "../support/actors.js";
import { AT, activeEnding, assignAll, createdSince, ETAG, kindsOf, ofKind, pendingSince } from "./book.js";

function audit(book: Partial<AuditBook>, at = AT): AuditReport {
  const result = auditPartnerBook({ relationships: [], accessAssignments: [], ...book }, { at });
  if (result.isErr()) throw new Error(result.error.message);
  return result.value;
}

const P180D = { years: 0, months: 0, weeks: 0, days: 180, hours: 0, minutes: 0, seconds: 0 };

describe("auditPartnerBook: expiry (AUDIT-1)", () => {
  it("AUDIT-1 reports active relationships that end within 30, 7 and 1 days and will not auto-extend, by severity", () => {
    const soon = activeEnding("soon", "c1", 0.5);
    const week = activeEnding("week", "c2", 5);
    const month = activeEnding("month", "c3", 20);
    const later = activeEnding("later", "c4", 45);
    const extending = activeEnding("extending", "c5", 3, { autoExtendDuration: P180D });
    const relationships = [soon, week, month, later, extending];
    const report = audit({ relationships, accessAssignments: relationships.map((r) => assignAll(r)) });
    const expiring = ofKind(report, "expiringSoon");
    expect(expiring.map((f) => [f.relationship?.id, f.severity, f.days])).toEqual([
      ["soon", "critical", 0],
      ["week", "high", 5],
      ["month", "medium", 20],
    ]);
    expect(expiring[0]?.rules).toContain("AUDIT-1");
    expect(expiring[0]?.due).toBe(AT + 0.5 * DAY);
    // the remedy sets auto-extend: one PATCH with If-Match
    expect(expiring[0]?.remedies[0]?.steps[0]?.request).toEqual({
      method: "PATCH",
      path: "/tenantRelationships/delegatedAdminRelationships/soon",
      headers: { "If-Match": ETAG, "Content-Type": "application/json" },
      body: { autoExtendDuration: "P180D" },
    });
    expect(kindsOf(report, "later")).not.toContain("expiringSoon");
    expect(kindsOf(report, "extending")).toEqual([]);
  });

  it("AUDIT-1 the windows are options: [60, 14, 3] days report what the defaults do not", () => {
    const relationships = [activeEnding("r", "c", 45)];
    const book = { relationships, accessAssignments: [assignAll(relationships[0] as never)] };
    const custom = auditPartnerBook(book, {
      at: AT,
      thresholds: { ...DEFAULT_AUDIT_THRESHOLDS, expiringWithinDays: [60, 14, 3] },
    })._unsafeUnwrap();
    expect(ofKind(custom, "expiringSoon").map((f) => f.severity)).toEqual(["medium"]);
    expect(ofKind(audit(book), "expiringSoon")).toEqual([]);
    expect(auditPartnerBook(book, { at: AT, thresholds: { expiringWithinDays: [] } })._unsafeUnwrapErr()).toMatchObject(
      { code: "invalid_input", path: "thresholds.expiringWithinDays" },
    );
  });

  it("AUDIT-1 reports relationships expired within the last 365 days, not older ones nor unapproved requests", () => {
    const base = activeEnding("expired-100", "c1", -100);
    const expired = advanceGdapRelationship({ ...base, endDateTime: AT - 100 * DAY }, AT)._unsafeUnwrap();
    expect(expired.status).toBe("expired");
    const old = advanceGdapRelationship(activeEnding("expired-400", "c2", -400), AT)._unsafeUnwrap();
    const request = advanceGdapRelationship(pendingSince("never-approved", "c3", 120), AT)._unsafeUnwrap();
    expect(request.status).toBe("expired");
    // still "active" in the data but past its end time without auto-extension: expired at its end time
    const stale = activeEnding("stale", "c4", -10);
    const report = audit({ relationships: [expired, old, request, stale] });
    expect(ofKind(report, "expiredRecently").map((f) => [f.relationship?.id, f.days])).toEqual([
      ["expired-100", -100],
      ["stale", -10],
    ]);
    expect(ofKind(report, "expiredRecently")[0]?.remedies[0]?.steps).toEqual([]);
  });
});

describe("auditPartnerBook: auto-extend (AUDIT-2)", () => {
  it("AUDIT-2 Global Administrator blocks auto-extend: the remedy removes it, waits for its operation, then sets P180D", () => {
    const withGa = activeEnding("ga", "c1", 100, { roles: [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] });
    const report = audit({ relationships: [withGa], accessAssignments: [assignAll(withGa)] });
    const [finding] = ofKind(report, "autoExtendBlockedByGlobalAdministrator");
    expect(finding).toMatchObject({ severity: "high", rules: ["AUDIT-2", "GDAP-2", "GDAP-9"] });
    const remedy = finding?.remedies[0];
    expect(remedy?.ordered).toBe(true);
    expect(remedy?.description).toMatch(/Two calls in order/);
    expect(remedy?.steps.map((s) => [s.request.method, s.request.body, s.waitFor, s.etagFrom])).toEqual([
      [
        "PATCH",
        { accessDetails: { unifiedRoles: [{ roleDefinitionId: USER_ADMINISTRATOR }] } },
        "operationSucceeded",
        undefined,
      ],
      ["PATCH", { autoExtendDuration: "P180D" }, undefined, "previousStep"],
    ]);
    expect(remedy?.steps[0]?.poll).toEqual({
      method: "GET",
      path: "/tenantRelationships/delegatedAdminRelationships/ga/operations",
      headers: { Prefer: "include-unknown-enum-members" },
    });
    expect(kindsOf(report, "ga")).not.toContain("autoExtendOff");
  });

  it("AUDIT-2 with the removal already running (GDAP-9), only the wait and P180D remain; without an etag the remedy says what blocks it", () => {
    const withGa = activeEnding("ga", "c1", 100, { roles: [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] });
    const operation = {
      id: "op-1",
      relationship: "ga",
      operationType: "delegatedAdminRelationshipUpdate" as const,
      data: { kind: "relationship" as const, roles: [USER_ADMINISTRATOR] },
      status: "running" as const,
      createdDateTime: AT - DAY,
      lastModifiedDateTime: AT - DAY,
    };
    const running = audit({ relationships: [withGa], accessAssignments: [assignAll(withGa)], operations: [operation] });
    const remedy = ofKind(running, "autoExtendBlockedByGlobalAdministrator")[0]?.remedies[0];
    expect(remedy?.steps.map((s) => s.request.method)).toEqual(["GET", "PATCH"]);
    expect(remedy?.description).toContain("op-1");
    const { etag: _, ...noEtag } = withGa;
    const blocked = audit({ relationships: [noEtag], accessAssignments: [assignAll(withGa)] });
    const blockedRemedy = ofKind(blocked, "autoExtendBlockedByGlobalAdministrator")[0]?.remedies[0];
    expect(blockedRemedy?.steps).toEqual([]);
    expect(blockedRemedy?.blockedBy).toMatch(/etag/);
  });

  it("AUDIT-2 reports other active relationships with auto-extend off, with the PATCH that sets P180D", () => {
    const off = activeEnding("off", "c1", 100);
    const on = activeEnding("on", "c2", 100, { autoExtendDuration: P180D });
    const report = audit({ relationships: [off, on], accessAssignments: [assignAll(off), assignAll(on)] });
    expect(ofKind(report, "autoExtendOff").map((f) => f.relationship?.id)).toEqual(["off"]);
    expect(ofKind(report, "autoExtendOff")[0]?.remedies[0]?.steps[0]?.request.body).toEqual({
      autoExtendDuration: "P180D",
    });
  });
});

describe("auditPartnerBook: access (AUDIT-3, AUDIT-4)", () => {
  it("AUDIT-3 an active relationship without an active access assignment gives no one access; deleted ones do not count", () => {
    const bare = activeEnding("bare", "c1", 100);
    const deletedOnly = activeEnding("deleted-only", "c2", 100);
    const gone = { ...assignAll(deletedOnly), status: "deleted" as const, deletedDateTime: AT - DAY, deletedBy: "ana" };
    const report = audit({ relationships: [bare, deletedOnly], accessAssignments: [gone] });
    expect(ofKind(report, "noActiveAccessAssignment").map((f) => f.relationship?.id)).toEqual(["bare", "deleted-only"]);
    expect(ofKind(report, "noActiveAccessAssignment")[1]?.reasons[0]).toMatch(/1 assignment\(s\) in other statuses/);
  });

  it("AUDIT-3 roles of the relationship that no active assignment gives are reported as unused", () => {
    const relationship = activeEnding("partly", "c1", 100);
    const helpdesk = assignment(relationship, "helpdesk", [HELPDESK_ADMINISTRATOR]);
    const report = audit({ relationships: [relationship], accessAssignments: [helpdesk] });
    expect(ofKind(report, "unusedRoles")).toMatchObject([
      { roles: [USER_ADMINISTRATOR], rules: ["AUDIT-3", "GDAP-6"] },
    ]);
    expect(ofKind(report, "noActiveAccessAssignment")).toEqual([]);
  });

  it("AUDIT-4 privileged roles held by a group: the remedy takes the role out of its assignment, or deletes an assignment that gives only it", () => {
    const relationship = activeEnding("privileged", "c1", 100, {
      roles: [GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR, USER_ADMINISTRATOR],
    });
    // role IDs compare case-insensitively (GDAP-11)
    const admins = {
      ...assignment(relationship, "admins", [PRIVILEGED_ROLE_ADMINISTRATOR, USER_ADMINISTRATOR]),
      roles: [PRIVILEGED_ROLE_ADMINISTRATOR.toUpperCase(), USER_ADMINISTRATOR],
      etag: ETAG,
    };
    const globals = { ...assignment(relationship, "globals", [GLOBAL_ADMINISTRATOR]), etag: ETAG };
    const report = audit({ relationships: [relationship], accessAssignments: [admins, globals] });
    const found = ofKind(report, "privilegedRole");
    expect(found.map((f) => [f.group, f.roles, f.severity])).toEqual([
      ["globals", [GLOBAL_ADMINISTRATOR], "high"],
      ["admins", [PRIVILEGED_ROLE_ADMINISTRATOR], "medium"],
    ]);
    expect(found[1]?.remedies[0]?.steps[0]?.request).toMatchObject({
      method: "PATCH",
      path: `/tenantRelationships/delegatedAdminRelationships/privileged/accessAssignments/${admins.id}`,
      body: { accessDetails: { unifiedRoles: [{ roleDefinitionId: USER_ADMINISTRATOR }] } },
    });
    expect(found[0]?.remedies[0]?.steps[0]?.request).toMatchObject({ method: "DELETE", headers: { "If-Match": ETAG } });
  });
});

describe("auditPartnerBook: requests (AUDIT-5), transition (AUDIT-6), customers (AUDIT-7)", () => {
  it("AUDIT-5 approvalPending relationships within 14 days of their 90-day request expiry, and relationships left in created", () => {
    const near = pendingSince("near", "c1", 80);
    const fresh = pendingSince("fresh", "c2", 30);
    const left = createdSince("left", "c3", 5);
    const report = audit({ relationships: [near, fresh, left] });
    expect(ofKind(report, "requestNearExpiry")).toMatchObject([
      { relationship: { id: "near" }, days: 10, severity: "medium", rules: ["AUDIT-5", "GDAP-5"] },
    ]);
    const [created] = ofKind(report, "leftInCreated");
    expect(created?.relationship?.id).toBe("left");
    expect(created?.remedies.map((r) => r.steps[0]?.request.method)).toEqual(["POST", "DELETE"]);
    expect(created?.remedies[0]?.steps[0]?.request.body).toEqual({ action: "lockForApproval" });
  });

  it("AUDIT-6 Microsoft-led transition relationships still active, with the terminate request; none while one is pending", () => {
    const mlt = activeEnding("MLT_contoso_1", "c1", 300);
    const report = audit({ relationships: [mlt], accessAssignments: [assignAll(mlt)] });
    const [finding] = ofKind(report, "microsoftLedTransition");
    expect(finding?.remedies[0]?.steps[0]?.request).toMatchObject({
      method: "POST",
      path: "/tenantRelationships/delegatedAdminRelationships/MLT_contoso_1/requests",
      body: { action: "terminate" },
    });
    const request = {
      id: "req-1",
      relationship: "MLT_contoso_1",
      action: "terminate" as const,
      status: "pending" as const,
      createdDateTime: AT,
      lastModifiedDateTime: AT,
    };
    const asked = audit({ relationships: [mlt], accessAssignments: [assignAll(mlt)], requests: [request] });
    expect(ofKind(asked, "microsoftLedTransition")[0]?.remedies.map((r) => [r.steps, r.description])).toEqual([
      [[], "Wait for request req-1 to succeed (GDAP-8): the relationship grants access until then."],
    ]);
    expect(ofKind(asked, "microsoftLedTransition")[0]?.reasons.join(" ")).toContain("req-1");
  });

  it("AUDIT-7 customers of the partner without an active relationship; one waiting for approval is low", () => {
    const covered = activeEnding("covered", "c1", 300);
    const waiting = pendingSince("waiting", "c2", 10);
    const report = audit({
      relationships: [covered, waiting],
      accessAssignments: [assignAll(covered)],
      customers: [
        { id: "c1", displayName: "Contoso" },
        { id: "c2", displayName: "Northwind" },
        { id: "c3", displayName: "Adatum" },
      ],
    });
    expect(ofKind(report, "customerWithoutGdap").map((f) => [f.customer, f.severity])).toEqual([
      [{ id: "c3", displayName: "Adatum" }, "medium"],
      [{ id: "c2", displayName: "Northwind" }, "low"],
    ]);
    expect(report.summary).toMatchObject({ customers: 3, customersCovered: 1 });
  });
});

describe("auditPartnerBook: Graph's other facts (GDAP-10, GDAP-11)", () => {
  it("GDAP-10 an indirect reseller's consent pending is reported", () => {
    const reseller = {
      ...pendingSince("reseller", "c1", 5),
      reseller: { indirectProviderTenantId: "provider", isPartnerConsentPending: true },
    };
    const report = audit({ relationships: [reseller] });
    expect(ofKind(report, "consentPending")).toMatchObject([{ rules: ["GDAP-10"], relationship: { id: "reseller" } }]);
  });

  it("GDAP-11 a relationship Graph reports as unknownFutureValue is listed as such and never counted as active", () => {
    const unknown = { ...activeEnding("unknown", "c1", 300), status: "unknownFutureValue" } as never;
    const report = audit({ relationships: [unknown], customers: [{ id: "c1", displayName: "Contoso" }] });
    expect(report.findings.map((f) => f.kind).sort()).toEqual(["customerWithoutGdap", "unknownStatus"]);
    expect(report.summary.customersCovered).toBe(0);
  });
});

describe("auditPartnerBook: the report", () => {
  it("AUDIT-1 findings are sorted by severity, then customer display name; the summary counts every kind and severity", () => {
    const a = activeEnding("a", "zz", 0.5); // critical
    const b = activeEnding("b", "aa", 100); // medium (noActiveAccessAssignment), low (autoExtendOff)
    const report = audit({
      relationships: [a, b],
      accessAssignments: [assignAll(a)],
      customers: [
        { id: "zz", displayName: "Alpine Ski House" },
        { id: "aa", displayName: "Zava" },
      ],
    });
    expect(report.findings.map((f) => [f.severity, f.customer.displayName, f.kind])).toEqual([
      ["critical", "Alpine Ski House", "expiringSoon"],
      ["medium", "Zava", "noActiveAccessAssignment"],
      // Alpine Ski House's relationship is expiring soon: that finding says auto-extend is off
      ["low", "Zava", "autoExtendOff"],
    ]);
    const { byKind, bySeverity } = report.summary;
    expect(Object.values(byKind).reduce((x, y) => x + y, 0)).toBe(report.findings.length);
    expect(bySeverity).toEqual({ critical: 1, high: 0, medium: 1, low: 1, info: 0 });
    expect(report.summary).toMatchObject({
      relationships: 2,
      accessAssignments: 1,
      customersWithFindings: 2,
      skipped: 0,
    });
  });

  it("AUDIT-1 the audit is pure: the same book gives the same report, and the book is not changed", () => {
    const relationships = [activeEnding("a", "c", 3), activeEnding("b", "d", 100, { roles: [GLOBAL_ADMINISTRATOR] })];
    const book = { relationships, accessAssignments: [] };
    const frozen = structuredClone(book);
    expect(audit(book)).toEqual(audit(book));
    expect(book).toEqual(frozen);
  });
});
