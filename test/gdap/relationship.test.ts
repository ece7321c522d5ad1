import { fc, test } from "@fast-check/vitest";
import {
  type ActiveGdap,
  type Actor,
  type ApprovalPendingGdap,
  advanceGdapRelationship,
  approveGdapRelationship,
  type CreatedGdap,
  checkGdapDisplayName,
  completeGdapTermination,
  createGdapRelationship,
  DEFAULT_POLICY,
  type DomainError,
  deleteGdapRelationship,
  EXCHANGE_ADMINISTRATOR,
  ensureGdapActiveAt,
  ensureGdapStatus,
  formatDuration,
  GDAP_STATUSES,
  type GdapRelationship,
  GLOBAL_ADMINISTRATOR,
  GLOBAL_READER,
  gdapEndDateTimeAt,
  HELPDESK_ADMINISTRATOR,
  isGdapActiveAt,
  isGdapStatus,
  lockGdapForApproval,
  MAX_INSTANT,
  parseGdapStatus,
  type Result,
  removeGlobalAdministrator,
  requestGdapTermination,
  setGdapAutoExtend,
  type TerminationRequestedGdap,
  terminateGdapRelationship,
  USER_ADMINISTRATOR,
  updateGdapRelationship,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskUser,
  OTHER_CUSTOMER,
  OTHER_PARTNER,
  otherPartnerAgent,
  otherTenantAdmin,
  PARTNER,
  salesAgent,
  T0,
} from "../support/actors.js";
import { deepFreeze } from "../support/freeze.js";
import { active, created, createInput, pending, unwrap, unwrapErr } from "./fixtures.js";

describe("GDAP statuses", () => {
  it("GDAP-1 names every status as Microsoft Graph does, transient ones included", () => {
    expect(GDAP_STATUSES).toEqual([
      "created",
      "approvalPending",
      "approved",
      "activating",
      "active",
      "expiring",
      "expired",
      "terminationRequested",
      "terminating",
      "terminated",
    ]);
    for (const status of ["approved", "activating", "expiring", "terminating"]) {
      expect(isGdapStatus(status)).toBe(true);
      expect(parseGdapStatus(status)._unsafeUnwrap()).toBe(status);
    }
  });

  it("GDAP-1 refuses unknown statuses with the path and the list", () => {
    for (const value of ["Active", "pending", "", 3, null, "__proto__"]) {
      expect(isGdapStatus(value)).toBe(false);
      expect(parseGdapStatus(value, "value.status")._unsafeUnwrapErr()).toMatchObject({
        code: "invalid_input",
        rule: "GDAP-1",
        path: "value.status",
      });
    }
  });

  it("GDAP-1 ensureGdapStatus narrows or returns the current status", () => {
    const rel: GdapRelationship = created();
    expect(ensureGdapStatus(rel, ["created"])._unsafeUnwrap()).toBe(rel);
    expect(ensureGdapStatus(rel, ["active", "approvalPending"], "myStep")._unsafeUnwrapErr()).toMatchObject({
      code: "gdap_status_not_allowed",
      rule: "GDAP-1",
      status: "created",
      allowed: ["active", "approvalPending"],
      step: "myStep",
      relationship: "rel-1",
    });
  });
});

describe("create (GDAP-1, ACT-3)", () => {
  it("GDAP-1 creates a relationship in status created with Graph's fields", () => {
    const rel = created({ autoExtendDuration: "P180D" });
    expect(rel).toEqual({
      status: "created",
      id: "rel-1",
      displayName: "Contoso helpdesk",
      partner: PARTNER,
      customer: CUSTOMER,
      roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
      duration: expect.objectContaining({ days: 90 }),
      autoExtendDuration: expect.objectContaining({ days: 180 }),
      createdDateTime: T0,
      createdBy: adminAgent.id,
      lastModifiedDateTime: T0,
      requestExpiresDateTime: T0 + 90 * DAY,
    });
    expect(formatDuration(rel.duration)).toBe("P90D");
  });

  it("defaults to no auto-extension and removes duplicate roles", () => {
    const rel = created({ roles: [HELPDESK_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] });
    expect(formatDuration(rel.autoExtendDuration)).toBe("PT0S");
    expect(rel.roles).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("GDAP-4 creates an open relationship without a customer", () => {
    const rel = created({ customer: undefined });
    expect("customer" in rel).toBe(false);
  });

  it.each<[string, Actor, string]>([
    ["a Sales agent", salesAgent, "missing_role"],
    ["another partner's Admin agent", otherPartnerAgent, "other_partner"],
    ["a customer admin", globalAdmin, "not_a_partner_user"],
  ])("ACT-3 refuses %s", (_, by, reason) => {
    expect(unwrapErr(createGdapRelationship(createInput({ by })))).toMatchObject({
      code: "not_authorized",
      rule: "ACT-3",
      reason,
      anyOf: ["adminAgent"],
    });
  });

  it("refuses bad input with error values", () => {
    expect(unwrapErr(createGdapRelationship(createInput({ at: Number.NaN })))).toMatchObject({
      code: "invalid_input",
      path: "at",
    });
    expect(unwrapErr(createGdapRelationship(createInput({ id: "" })))).toMatchObject({ path: "id" });
    expect(unwrapErr(createGdapRelationship(createInput({ roles: [] })))).toMatchObject({ path: "roles" });
    expect(unwrapErr(createGdapRelationship(createInput({ roles: ["Global Admin"] })))).toMatchObject({
      path: "roles[0]",
    });
    expect(unwrapErr(createGdapRelationship(createInput({ duration: "two years" })))).toMatchObject({
      code: "invalid_duration",
      reason: "malformed",
      input: "two years",
    });
  });

  it("GDAP-2 refuses a duration of P731D and accepts P730D, P2Y and P1D", () => {
    expect(unwrapErr(createGdapRelationship(createInput({ duration: "P731D" })))).toMatchObject({
      code: "invalid_duration",
      rule: "GDAP-2",
      path: "duration",
      input: "P731D",
    });
    for (const duration of ["P730D", "P2Y", "P1D"])
      expect(createGdapRelationship(createInput({ duration })).isOk()).toBe(true);
  });

  it("GDAP-2 refuses an auto-extend duration other than PT0S, P0D or P180D", () => {
    expect(unwrapErr(createGdapRelationship(createInput({ autoExtendDuration: "P90D" })))).toMatchObject({
      code: "invalid_duration",
      path: "autoExtendDuration",
      allowed: "PT0S or P0D (none), or P180D",
    });
  });

  it("GDAP-2 refuses a relationship with Global Administrator that auto-extends", () => {
    const error = unwrapErr(
      createGdapRelationship(createInput({ roles: [GLOBAL_ADMINISTRATOR], autoExtendDuration: "P180D" })),
    );
    expect(error).toMatchObject({ code: "global_admin_auto_extend", rule: "GDAP-2", autoExtendDuration: "P180D" });
    expect(
      createGdapRelationship(createInput({ roles: [GLOBAL_ADMINISTRATOR], autoExtendDuration: "P0D" })).isOk(),
    ).toBe(true);
  });
});

describe("display name (GDAP-3)", () => {
  it("GDAP-3 allows 50 characters and refuses 51", () => {
    expect(createGdapRelationship(createInput({ displayName: "x".repeat(50) })).isOk()).toBe(true);
    expect(unwrapErr(createGdapRelationship(createInput({ displayName: "x".repeat(51) })))).toMatchObject({
      code: "display_name_too_long",
      rule: "GDAP-3",
      length: 51,
      maxLength: 50,
    });
  });

  it("GDAP-3 counts characters, not UTF-16 units", () => {
    expect(createGdapRelationship(createInput({ displayName: "😀".repeat(50) })).isOk()).toBe(true);
  });

  it("GDAP-3 refuses a blank name", () => {
    expect(unwrapErr(createGdapRelationship(createInput({ displayName: "  " })))).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-3",
      path: "displayName",
    });
  });

  it("GDAP-3 refuses a name another relationship of the partner has, ignoring case and surrounding spaces", () => {
    const first = created();
    const error = unwrapErr(
      createGdapRelationship(createInput({ id: "rel-2", displayName: " CONTOSO helpdesk ", existing: [first] })),
    );
    expect(error).toMatchObject({ code: "display_name_taken", rule: "GDAP-3", takenBy: "rel-1", partner: PARTNER });
  });

  it("GDAP-3 lets another partner, or the relationship itself, use the name", () => {
    const theirs = unwrap(
      createGdapRelationship(createInput({ id: "theirs", partner: OTHER_PARTNER, by: otherPartnerAgent })),
    );
    expect(createGdapRelationship(createInput({ id: "rel-2", existing: [theirs] })).isOk()).toBe(true);
    const mine = created();
    expect(
      updateGdapRelationship(mine, {
        displayName: "Contoso helpdesk",
        existing: [mine],
        by: adminAgent,
        at: T0,
      }).isOk(),
    ).toBe(true);
  });

  it("GDAP-3 takes the maximum length from the policy", () => {
    const policy = { ...DEFAULT_POLICY, gdap: { ...DEFAULT_POLICY.gdap, displayNameMaxLength: 5 } };
    expect(createGdapRelationship(createInput({ displayName: "abcdef" }), policy).isErr()).toBe(true);
  });
});

describe("update, delete and lock while created (GDAP-1)", () => {
  it("GDAP-1 updates roles, duration, auto-extension and display name while created", () => {
    const rel = created();
    const updated = unwrap(
      updateGdapRelationship(rel, {
        roles: [GLOBAL_READER],
        duration: "P2Y",
        autoExtendDuration: "P180D",
        displayName: "Contoso readers",
        by: adminAgent,
        at: T0 + DAY,
      }),
    );
    expect(updated).toMatchObject({
      status: "created",
      roles: [GLOBAL_READER],
      displayName: "Contoso readers",
      lastModifiedDateTime: T0 + DAY,
    });
    expect(formatDuration(updated.duration)).toBe("P2Y");
    expect(formatDuration(updated.autoExtendDuration)).toBe("P180D");
  });

  it("GDAP-2 refuses an update that adds Global Administrator to an auto-extending relationship", () => {
    const rel = created({ autoExtendDuration: "P180D" });
    expect(
      unwrapErr(updateGdapRelationship(rel, { roles: [GLOBAL_ADMINISTRATOR], by: adminAgent, at: T0 })),
    ).toMatchObject({ code: "global_admin_auto_extend" });
  });

  it("GDAP-1 refuses to update, delete or lock a relationship that is not created", () => {
    const locked = pending();
    const asCreated = locked as unknown as CreatedGdap;
    for (const result of [
      updateGdapRelationship(asCreated, { duration: "P2D", by: adminAgent, at: T0 + 5 * DAY }),
      deleteGdapRelationship(asCreated, { by: adminAgent, at: T0 + 5 * DAY }),
      lockGdapForApproval(asCreated, { by: adminAgent, at: T0 + 5 * DAY }),
    ] as Result<unknown, DomainError>[])
      expect(result._unsafeUnwrapErr()).toMatchObject({
        code: "gdap_status_not_allowed",
        rule: "GDAP-1",
        status: "approvalPending",
        allowed: ["created"],
      });
  });

  it("GDAP-1 deletes a created relationship, leaving a receipt", () => {
    const rel = created();
    expect(unwrap(deleteGdapRelationship(rel, { by: adminAgent, at: T0 + DAY }))).toEqual({
      kind: "gdapRelationshipDeleted",
      relationship: rel,
      deletedBy: adminAgent.id,
      deletedDateTime: T0 + DAY,
    });
    expect(deleteGdapRelationship(rel, { by: salesAgent, at: T0 + DAY }).isErr()).toBe(true);
  });

  it("GDAP-1 locks a created relationship for approval", () => {
    const rel = unwrap(lockGdapForApproval(created(), { by: adminAgent, at: T0 + DAY }));
    expect(rel).toMatchObject({ status: "approvalPending", lastModifiedDateTime: T0 + DAY });
  });

  it("refuses a step dated before the last change", () => {
    const rel = unwrap(updateGdapRelationship(created(), { duration: "P2D", by: adminAgent, at: T0 + DAY }));
    expect(unwrapErr(lockGdapForApproval(rel, { by: adminAgent, at: T0 }))).toMatchObject({
      code: "invalid_input",
      path: "at",
    });
  });
});

describe("approve (GDAP-1, GDAP-4, GDAP-5, ACT-1)", () => {
  it("GDAP-1 approval activates at once: activatedDateTime = at, endDateTime = at + duration", () => {
    const rel = unwrap(approveGdapRelationship(pending(), { by: globalAdmin, at: T0 + 2 * DAY }));
    expect(rel).toMatchObject({
      status: "active",
      customer: CUSTOMER,
      approvedBy: globalAdmin.id,
      activatedDateTime: T0 + 2 * DAY,
      endDateTime: T0 + 92 * DAY,
      lastModifiedDateTime: T0 + 2 * DAY,
    });
  });

  it("GDAP-2 end time uses calendar arithmetic: P1M approved on 31 January ends 28 February", () => {
    const rel = pending({ duration: "P1M", at: Date.UTC(2026, 0, 1) });
    const approved = unwrap(approveGdapRelationship(rel, { by: globalAdmin, at: Date.UTC(2026, 0, 31) }));
    expect(approved.endDateTime).toBe(Date.UTC(2026, 1, 28));
  });

  it("ACT-4 refuses a customer user who is not a Global Administrator", () => {
    expect(unwrapErr(approveGdapRelationship(pending(), { by: billingAdmin, at: T0 + 2 * DAY }))).toMatchObject({
      code: "not_authorized",
      rule: "ACT-4",
      reason: "missing_role",
    });
    expect(unwrapErr(approveGdapRelationship(pending(), { by: helpdeskUser, at: T0 + 2 * DAY }))).toMatchObject({
      code: "not_authorized",
      rule: "ACT-4",
      reason: "missing_role",
    });
    expect(unwrapErr(approveGdapRelationship(pending(), { by: adminAgent, at: T0 + 2 * DAY }))).toMatchObject({
      code: "not_authorized",
      reason: "not_a_customer_user",
    });
  });

  it("GDAP-4 a relationship created for a customer can be approved by that customer only", () => {
    expect(unwrapErr(approveGdapRelationship(pending(), { by: otherTenantAdmin, at: T0 + 2 * DAY }))).toMatchObject({
      code: "customer_not_bound",
      rule: "GDAP-4",
      boundCustomer: CUSTOMER,
      customer: OTHER_CUSTOMER,
    });
  });

  it("GDAP-4 any customer can approve an open relationship and is bound on approval", () => {
    const open = pending({ customer: undefined });
    const approved = unwrap(approveGdapRelationship(open, { by: otherTenantAdmin, at: T0 + 2 * DAY }));
    expect(approved.customer).toBe(OTHER_CUSTOMER);
    expect(unwrap(approveGdapRelationship(open, { by: globalAdmin, at: T0 + 2 * DAY })).customer).toBe(CUSTOMER);
  });

  it("GDAP-1 refuses to approve a relationship that is not approvalPending", () => {
    const rel = created() as unknown as ApprovalPendingGdap;
    expect(unwrapErr(approveGdapRelationship(rel, { by: globalAdmin, at: T0 + DAY }))).toMatchObject({
      code: "gdap_status_not_allowed",
      status: "created",
      allowed: ["approvalPending"],
    });
  });

  it("GDAP-5 refuses approval once the request is 90 days old", () => {
    const rel = pending();
    expect(approveGdapRelationship(rel, { by: globalAdmin, at: T0 + 90 * DAY - 1 }).isOk()).toBe(true);
    expect(unwrapErr(approveGdapRelationship(rel, { by: globalAdmin, at: T0 + 90 * DAY }))).toMatchObject({
      code: "gdap_request_expired",
      rule: "GDAP-5",
      requestExpiresDateTime: T0 + 90 * DAY,
      at: T0 + 90 * DAY,
    });
  });

  it("GDAP-5 an unapproved request expires after the policy's lifetime and cannot be approved", () => {
    for (const rel of [created(), pending()] as GdapRelationship[]) {
      expect(unwrap(advanceGdapRelationship(rel, T0 + 90 * DAY - 1))).toBe(rel);
      const expired = unwrap(advanceGdapRelationship(rel, T0 + 200 * DAY));
      expect(expired).toMatchObject({
        status: "expired",
        expiredBecause: "requestNotApproved",
        expiredDateTime: T0 + 90 * DAY,
      });
      expect(
        unwrapErr(approveGdapRelationship(expired as ApprovalPendingGdap, { by: globalAdmin, at: T0 + 200 * DAY })),
      ).toMatchObject({ code: "gdap_status_not_allowed", status: "expired" });
    }
  });

  it("GDAP-5 takes the request lifetime from the policy and refuses locking an expired request", () => {
    const policy = { ...DEFAULT_POLICY, gdap: { ...DEFAULT_POLICY.gdap, requestLifetimeDays: 10 } };
    const rel = unwrap(createGdapRelationship(createInput(), policy));
    expect(rel.requestExpiresDateTime).toBe(T0 + 10 * DAY);
    expect(unwrapErr(lockGdapForApproval(rel, { by: adminAgent, at: T0 + 10 * DAY }))).toMatchObject({
      code: "gdap_request_expired",
    });
  });

  it("refuses an approval whose end time would leave the date range", () => {
    const rel = pending({ duration: "P1M" });
    expect(unwrapErr(approveGdapRelationship(rel, { by: globalAdmin, at: MAX_INSTANT }))).toMatchObject({
      code: "gdap_request_expired",
    });
    const at = MAX_INSTANT - 20 * DAY;
    const farRel = pending({ duration: "P1M", at: MAX_INSTANT - 100 * DAY });
    expect(unwrapErr(approveGdapRelationship(farRel, { by: globalAdmin, at }))).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-2",
    });
  });
});

describe("terminate (GDAP-1)", () => {
  it("GDAP-1 the partner terminates an active relationship, through terminationRequested", () => {
    const rel = active();
    const at = T0 + 10 * DAY;
    expect(unwrap(terminateGdapRelationship(rel, { by: adminAgent, at }))).toMatchObject({
      status: "terminated",
      terminationRequestedBy: "partner",
      terminationRequestedByUser: adminAgent.id,
      terminationRequestedDateTime: at,
      terminatedDateTime: at,
    });
  });

  it("GDAP-1 the customer terminates (ACT-1); others may not", () => {
    const rel = active();
    const at = T0 + 10 * DAY;
    expect(unwrap(terminateGdapRelationship(rel, { by: globalAdmin, at })).terminationRequestedBy).toBe("customer");
    expect(unwrapErr(terminateGdapRelationship(rel, { by: helpdeskUser, at }))).toMatchObject({ rule: "ACT-1" });
    expect(unwrapErr(terminateGdapRelationship(rel, { by: otherTenantAdmin, at }))).toMatchObject({
      reason: "other_tenant",
    });
    expect(unwrapErr(terminateGdapRelationship(rel, { by: salesAgent, at }))).toMatchObject({ rule: "ACT-3" });
  });

  it("GDAP-1 terminationRequested is representable and completes to terminated", () => {
    const requested: TerminationRequestedGdap = unwrap(
      requestGdapTermination(active(), { by: adminAgent, at: T0 + 10 * DAY }),
    );
    expect(requested.status).toBe("terminationRequested");
    expect(isGdapActiveAt(requested, T0 + 10 * DAY)).toBe(false);
    expect(unwrap(completeGdapTermination(requested, T0 + 11 * DAY))).toMatchObject({
      status: "terminated",
      terminatedDateTime: T0 + 11 * DAY,
    });
  });

  it("GDAP-1 cannot terminate a relationship that already expired at its end time", () => {
    const rel = active();
    expect(unwrapErr(terminateGdapRelationship(rel, { by: adminAgent, at: rel.endDateTime }))).toMatchObject({
      code: "gdap_status_not_allowed",
      status: "expired",
    });
  });
});

describe("end time, expiry and auto-extension (GDAP-2)", () => {
  it("GDAP-2 without auto-extension the relationship expires at its end time and cannot be restored", () => {
    const rel = active();
    expect(unwrap(advanceGdapRelationship(rel, rel.endDateTime - 1))).toBe(rel);
    const expired = unwrap(advanceGdapRelationship(rel, rel.endDateTime));
    expect(expired).toMatchObject({
      status: "expired",
      expiredBecause: "endDateTimeReached",
      expiredDateTime: rel.endDateTime,
      lastModifiedDateTime: rel.endDateTime,
    });
    expect(unwrap(advanceGdapRelationship(expired, rel.endDateTime + 1000 * DAY))).toBe(expired);
    expect(unwrapErr(ensureGdapActiveAt(expired, rel.endDateTime + DAY))).toMatchObject({ status: "expired" });
  });

  it("GDAP-2 with P180D the relationship extends by 180 days at its end time", () => {
    const rel = active({ autoExtendDuration: "P180D" });
    const extended = unwrap(advanceGdapRelationship(rel, rel.endDateTime)) as ActiveGdap;
    expect(extended).toMatchObject({
      status: "active",
      endDateTime: rel.endDateTime + 180 * DAY,
      lastModifiedDateTime: rel.endDateTime,
    });
  });

  it("GDAP-2 advancing far applies every extension at once", () => {
    const rel = active({ autoExtendDuration: "P180D" });
    const at = rel.endDateTime + 10_000 * 180 * DAY + 5;
    const extended = unwrap(advanceGdapRelationship(rel, at)) as ActiveGdap;
    expect(extended.endDateTime).toBe(rel.endDateTime + 10_001 * 180 * DAY);
    expect(extended.lastModifiedDateTime).toBe(rel.endDateTime + 10_000 * 180 * DAY);
    expect(gdapEndDateTimeAt(rel, at)).toBe(extended.endDateTime);
  });

  it("GDAP-2 steps on an active relationship see the extensions", () => {
    const rel = active({ autoExtendDuration: "P180D" });
    const at = rel.endDateTime + 10 * DAY;
    const terminated = unwrap(terminateGdapRelationship(rel, { by: adminAgent, at }));
    expect(terminated.endDateTime).toBe(rel.endDateTime + 180 * DAY);
  });

  it("INVAR-3 passes an unknown status from plain JavaScript through without throwing", () => {
    const bogus = { ...active(), status: "paused" } as unknown as GdapRelationship;
    expect(unwrap(advanceGdapRelationship(bogus, T0 + 10 * DAY))).toBe(bogus);
    expect(gdapEndDateTimeAt(bogus, T0 + 10 * DAY)).toBeUndefined();
    expect(isGdapActiveAt(bogus, T0 + 10 * DAY)).toBe(false);
  });

  it("refuses to advance to a time before the last change or to NaN", () => {
    const rel = active();
    expect(unwrapErr(advanceGdapRelationship(rel, rel.lastModifiedDateTime - 1))).toMatchObject({
      code: "invalid_input",
    });
    expect(advanceGdapRelationship(rel, Number.NaN).isErr()).toBe(true);
  });
});

describe("Global Administrator (GDAP-2)", () => {
  it("GDAP-2 removes Global Administrator from an active relationship", () => {
    const rel = active({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] });
    const at = T0 + 10 * DAY;
    const removed = unwrap(removeGlobalAdministrator(rel, { by: adminAgent, at }));
    expect(removed).toMatchObject({ status: "active", roles: [HELPDESK_ADMINISTRATOR], lastModifiedDateTime: at });
    expect(unwrap(removeGlobalAdministrator(rel, { by: globalAdmin, at })).roles).toEqual([HELPDESK_ADMINISTRATOR]);
    expect(unwrap(removeGlobalAdministrator(removed, { by: adminAgent, at }))).toBe(removed);
  });

  it("GDAP-2 refuses to remove Global Administrator unless the relationship is active", () => {
    for (const rel of [created({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] }), pending()])
      expect(
        unwrapErr(removeGlobalAdministrator(rel as unknown as ActiveGdap, { by: adminAgent, at: T0 + 10 * DAY })),
      ).toMatchObject({ code: "global_admin_removal_not_active", rule: "GDAP-2", status: rel.status });
  });

  it("GDAP-2 refuses to remove Global Administrator when it is the only role", () => {
    const rel = active({ roles: [GLOBAL_ADMINISTRATOR] });
    expect(unwrapErr(removeGlobalAdministrator(rel, { by: adminAgent, at: T0 + 10 * DAY }))).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-2",
    });
  });

  it("GDAP-2 auto-extension can be turned on once Global Administrator is removed", () => {
    const rel = active({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] });
    const at = T0 + 10 * DAY;
    expect(unwrapErr(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: adminAgent, at }))).toMatchObject({
      code: "global_admin_auto_extend",
    });
    const removed = unwrap(removeGlobalAdministrator(rel, { by: adminAgent, at }));
    const extending = unwrap(setGdapAutoExtend(removed, { autoExtendDuration: "P180D", by: adminAgent, at }));
    expect(formatDuration(extending.autoExtendDuration)).toBe("P180D");
    expect(setGdapAutoExtend(removed, { autoExtendDuration: "P180D", by: helpdeskUser, at }).isErr()).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// Properties over random step sequences
// ---------------------------------------------------------------------------------------

const ROLE_CHOICES = [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR, EXCHANGE_ADMINISTRATOR];
const ACTORS: readonly Actor[] = [adminAgent, salesAgent, globalAdmin, helpdeskUser, otherTenantAdmin];

type Command =
  | {
      readonly kind: "update";
      readonly roles: readonly string[];
      readonly autoExtend: string;
      readonly duration: string;
    }
  | { readonly kind: "delete" | "lock" | "approve" | "terminate" | "requestTermination" | "removeGlobalAdmin" }
  | { readonly kind: "completeTermination" | "advance" }
  | { readonly kind: "setAutoExtend"; readonly autoExtend: string };

const rolesArb = fc.subarray(ROLE_CHOICES, { minLength: 1 });
const autoExtendArb = fc.constantFrom("PT0S", "P0D", "P180D", "P90D");
const durationArb = fc.constantFrom("P1D", "P30D", "P90D", "P730D", "P2Y", "P1M", "P731D");

const simpleKindArb = fc.constantFrom(
  "delete" as const,
  "lock" as const,
  "approve" as const,
  "terminate" as const,
  "requestTermination" as const,
  "removeGlobalAdmin" as const,
  "completeTermination" as const,
  "advance" as const,
);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("update" as const),
      roles: rolesArb,
      autoExtend: autoExtendArb,
      duration: durationArb,
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: simpleKindArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("setAutoExtend" as const), autoExtend: autoExtendArb }) },
);

/** Mostly the actor the step needs (so sequences get far), sometimes anyone. */
const actorArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(...ACTORS) },
);

const stepArb = fc.record({
  command: commandArb,
  actor: actorArb,
  dt: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 * DAY }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 * DAY }) },
  ),
});

const startArb = fc.record({
  roles: rolesArb,
  autoExtend: fc.constantFrom("PT0S", "P180D"),
  duration: fc.constantFrom("P1D", "P30D", "P730D", "P2Y", "P1M"),
});

/** Applies any command to a relationship in any status, through the public steps (status checked at run time). */
function apply(
  state: GdapRelationship,
  command: Command,
  actor: Actor | undefined,
  at: number,
): Result<GdapRelationship, DomainError> {
  const s = state as never;
  const by = actor ?? (command.kind === "approve" ? globalAdmin : adminAgent);
  switch (command.kind) {
    case "update":
      return updateGdapRelationship(s, {
        roles: command.roles,
        autoExtendDuration: command.autoExtend,
        duration: command.duration,
        by,
        at,
      });
    case "delete":
      return deleteGdapRelationship(s, { by, at }).map(() => state);
    case "lock":
      return lockGdapForApproval(s, { by, at });
    case "approve":
      return approveGdapRelationship(s, { by, at });
    case "terminate":
      return terminateGdapRelationship(s, { by, at });
    case "requestTermination":
      return requestGdapTermination(s, { by, at });
    case "completeTermination":
      return completeGdapTermination(s, at);
    case "removeGlobalAdmin":
      return removeGlobalAdministrator(s, { by, at });
    case "setAutoExtend":
      return setGdapAutoExtend(s, { autoExtendDuration: command.autoExtend, by, at });
    case "advance":
      return advanceGdapRelationship(state, at);
  }
}

interface Trace {
  readonly states: readonly GdapRelationship[];
  readonly results: readonly {
    readonly before: GdapRelationship;
    readonly result: Result<GdapRelationship, DomainError>;
  }[];
}

function run(
  start: { readonly roles: readonly string[]; readonly autoExtend: string; readonly duration: string },
  steps: readonly { command: Command; actor: Actor | undefined; dt: number }[],
): Trace {
  const first = createGdapRelationship(
    createInput({
      roles: start.roles,
      autoExtendDuration: start.roles.includes(GLOBAL_ADMINISTRATOR) ? "PT0S" : start.autoExtend,
      duration: start.duration,
    }),
  );
  let state: GdapRelationship = unwrap(first);
  let now = state.lastModifiedDateTime;
  const states: GdapRelationship[] = [state];
  const results: Trace["results"][number][] = [];
  for (const step of steps) {
    now += step.dt;
    const result = apply(state, step.command, step.actor, now);
    results.push({ before: state, result });
    if (result.isOk()) state = result.value;
    states.push(state);
  }
  return { states, results };
}

const sequenceArb = fc.tuple(startArb, fc.array(stepArb, { maxLength: 25 }));

describe("properties", () => {
  it("the random sequences reach every status the steps produce, so the properties are not vacuous", () => {
    const reached = new Set<string>();
    for (const [start, steps] of fc.sample(sequenceArb, { numRuns: 500, seed: 42 }))
      for (const state of run(start, steps).states) reached.add(state.status);
    expect([...reached].sort()).toEqual(
      ["active", "approvalPending", "created", "expired", "terminated", "terminationRequested"].sort(),
    );
  });

  test.prop([sequenceArb])(
    "GDAP-1 INVAR-2 expired and terminated are absorbing over random step sequences",
    ([start, steps]) => {
      const { results } = run(start, steps);
      for (const { before, result } of results) {
        if (before.status !== "expired" && before.status !== "terminated") continue;
        if (result.isOk()) expect(result.value).toBe(before);
        else expect(result.error.code).toMatch(/^(gdap_status_not_allowed|global_admin_removal_not_active)$/);
      }
    },
  );

  test.prop([sequenceArb])(
    "GDAP-2 auto-extend never with Global Administrator, over random step sequences",
    ([start, steps]) => {
      const { states } = run(start, steps);
      for (const state of states)
        if (state.roles.includes(GLOBAL_ADMINISTRATOR)) expect(formatDuration(state.autoExtendDuration)).toBe("PT0S");
    },
  );

  test.prop([sequenceArb])(
    "GDAP-2 the end time never moves backwards, over random step sequences",
    ([start, steps]) => {
      const { states } = run(start, steps);
      let end = Number.NEGATIVE_INFINITY;
      for (const state of states) {
        const current = gdapEndDateTimeAt(state, state.lastModifiedDateTime);
        if (current === undefined) continue;
        expect(current).toBeGreaterThanOrEqual(end);
        end = current;
      }
    },
  );

  test.prop([sequenceArb])(
    "GDAP-1 lastModifiedDateTime never goes back over random step sequences",
    ([start, steps]) => {
      const { states } = run(start, steps);
      for (let index = 1; index < states.length; index++) {
        const previous = states[index - 1] as GdapRelationship;
        const current = states[index] as GdapRelationship;
        expect(current.lastModifiedDateTime).toBeGreaterThanOrEqual(previous.lastModifiedDateTime);
      }
    },
  );

  test.prop([
    startArb.filter((start) => !start.roles.includes(GLOBAL_ADMINISTRATOR)),
    fc.integer({ min: 0, max: 3000 * DAY }),
    fc.integer({ min: 0, max: 3000 * DAY }),
  ])("GDAP-2 advancing is path independent: advance(advance(r, t1), t2) = advance(r, t2)", (start, d1, d2) => {
    const rel = active({ roles: start.roles, autoExtendDuration: start.autoExtend, duration: start.duration });
    const t1 = rel.lastModifiedDateTime + Math.min(d1, d2);
    const t2 = rel.lastModifiedDateTime + Math.max(d1, d2);
    const direct = unwrap(advanceGdapRelationship(rel, t2));
    const stepped = unwrap(advanceGdapRelationship(rel, t1).andThen((mid) => advanceGdapRelationship(mid, t2)));
    expect(stepped).toEqual(direct);
  });

  test.prop([sequenceArb])(
    "INVAR-3 steps on deep-frozen inputs never throw and leave the input untouched",
    ([start, steps]) => {
      const { states } = run(start, []);
      let state = states[0] as GdapRelationship;
      let now = state.lastModifiedDateTime;
      for (const step of steps) {
        now += step.dt;
        const frozen = deepFreeze(structuredClone(state));
        const copy = structuredClone(frozen);
        const result = apply(frozen, step.command, step.actor, now);
        expect(frozen).toEqual(copy);
        if (result.isOk()) state = result.value;
      }
    },
  );
});

describe("details of time and status (GDAP-1, GDAP-2, GDAP-5)", () => {
  const autoExtending = () => active({ duration: "P730D", autoExtendDuration: "P180D" });

  it("GDAP-2 an auto-extending relationship's end time stays put before its first end", () => {
    const rel = autoExtending();
    expect(gdapEndDateTimeAt(rel, rel.activatedDateTime)).toBe(rel.endDateTime);
    expect(gdapEndDateTimeAt(rel, rel.endDateTime - 1)).toBe(rel.endDateTime);
    expect(gdapEndDateTimeAt(rel, rel.endDateTime)).toBe(rel.endDateTime + 180 * DAY);
  });

  it("GDAP-2 the end time of each status: counted for active and expiring, fixed once ended, none before approval", () => {
    const rel = active();
    const at = rel.endDateTime + DAY;
    const expiring = { ...autoExtending(), status: "expiring" } as unknown as ActiveGdap;
    expect(gdapEndDateTimeAt(expiring, expiring.endDateTime)).toBe(expiring.endDateTime + 180 * DAY);
    const asked = unwrap(requestGdapTermination(rel, { by: adminAgent, at: rel.activatedDateTime + DAY }));
    expect(gdapEndDateTimeAt(asked, at)).toBe(rel.endDateTime);
    const ended = unwrap(completeGdapTermination(asked, rel.activatedDateTime + 2 * DAY));
    expect(gdapEndDateTimeAt(ended, at)).toBe(rel.endDateTime);
    const expired = unwrap(advanceGdapRelationship(rel, at));
    expect(expired.status).toBe("expired");
    expect(gdapEndDateTimeAt(expired, at + DAY)).toBe(rel.endDateTime);
    expect(gdapEndDateTimeAt(created(), at)).toBeUndefined();
    expect(gdapEndDateTimeAt(pending(), at)).toBeUndefined();
  });

  it("GDAP-2 a relationship is active from its activation, and never at a time past the last instant", () => {
    const rel = autoExtending();
    expect(isGdapActiveAt(rel, rel.activatedDateTime - 1)).toBe(false);
    expect(isGdapActiveAt(rel, rel.activatedDateTime)).toBe(true);
    expect(isGdapActiveAt(rel, Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(isGdapActiveAt(rel, Number.NaN)).toBe(false);
  });

  it("GDAP-5 an unanswered request expires at its request expiry time, not after", () => {
    const rel = created();
    expect(unwrap(advanceGdapRelationship(rel, rel.requestExpiresDateTime - 1)).status).toBe("created");
    expect(unwrap(advanceGdapRelationship(rel, rel.requestExpiresDateTime)).status).toBe("expired");
  });

  it("INVAR-3 a missing actor is refused as input, never thrown on", () => {
    const rel = active();
    const at = rel.activatedDateTime + DAY;
    const nobody = undefined as unknown as typeof adminAgent;
    expect(unwrapErr(requestGdapTermination(rel, { by: nobody, at }))).toMatchObject({
      code: "invalid_input",
      path: "by",
    });
    expect(unwrapErr(approveGdapRelationship(pending(), { by: nobody, at: T0 + 2 * DAY }))).toMatchObject({
      code: "invalid_input",
      path: "by",
    });
  });

  it("GDAP-3 a display name is a string; another name of the same partner does not clash", () => {
    const first = created();
    expect(unwrapErr(checkGdapDisplayName(7 as unknown as string, PARTNER, "rel-2"))).toMatchObject({
      code: "invalid_input",
      path: "displayName",
    });
    expect(checkGdapDisplayName("Contoso users", PARTNER, "rel-2")._unsafeUnwrap()).toBe("Contoso users");
    expect(checkGdapDisplayName("Contoso users", PARTNER, "rel-2", [first]).isOk()).toBe(true);
  });
});
