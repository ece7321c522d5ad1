/**
 * ACT-4: approving GDAP needs the customer's Global Administrator; auto-extend may be set
 * by the partner (Admin agent) or by the customer (ACT-1), through the steps and the
 * decider alike.
 */
import {
  type Actor,
  approveGdapRelationship,
  type CustomerUser,
  decide,
  formatDuration,
  GDAP_APPROVAL_ROLES,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  initialState,
  replay,
  setGdapAutoExtend,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskAgent,
  otherTenantAdmin,
  PARTNER,
  T0,
} from "../support/actors.js";
import { active, pending, unwrap, unwrapErr } from "./fixtures.js";

describe("ACT-4 approving GDAP needs a customer Global Administrator", () => {
  it("ACT-4 a Billing Administrator, enough to accept a DAP invitation (ACT-1), may not approve GDAP: not_authorized naming Global Administrator", () => {
    const error = unwrapErr(approveGdapRelationship(pending(), { by: billingAdmin, at: T0 + 2 * DAY }));
    expect(error).toMatchObject({
      code: "not_authorized",
      rule: "ACT-4",
      step: "approveGdapRelationship",
      actor: billingAdmin.id,
      reason: "missing_role",
      anyOf: [GLOBAL_ADMINISTRATOR],
      anyOfNames: ["Global Administrator"],
    });
    expect(error.message).toBe(
      "lee may not approveGdapRelationship: the actor holds none of Global Administrator; it needs Global Administrator (ACT-4).",
    );
    expect(GDAP_APPROVAL_ROLES).toEqual([GLOBAL_ADMINISTRATOR]);
  });

  it("ACT-4 a Global Administrator of the customer approves, also with Billing Administrator beside it or in upper case", () => {
    expect(unwrap(approveGdapRelationship(pending(), { by: globalAdmin, at: T0 + 2 * DAY }))).toMatchObject({
      status: "active",
      approvedBy: globalAdmin.id,
    });
    const both: CustomerUser = { ...billingAdmin, roles: [...billingAdmin.roles, GLOBAL_ADMINISTRATOR.toUpperCase()] };
    expect(unwrap(approveGdapRelationship(pending(), { by: both, at: T0 + 2 * DAY })).approvedBy).toBe(both.id);
  });

  it("ACT-4 the decider refuses a Billing Administrator's approval and emits nothing", () => {
    const commands = [
      {
        type: "CreateGdapRelationship",
        id: "rel-1",
        partner: PARTNER,
        customer: CUSTOMER,
        displayName: "Contoso helpdesk",
        roles: [HELPDESK_ADMINISTRATOR],
        duration: "P90D",
        by: adminAgent,
        at: T0,
      },
      { type: "LockGdapForApproval", relationship: "rel-1", by: adminAgent, at: T0 + DAY },
    ] as const;
    let state = initialState;
    for (const command of commands) state = replay(unwrap(decide(command, state)), state);
    const refused = unwrapErr(
      decide({ type: "ApproveGdapRelationship", relationship: "rel-1", by: billingAdmin, at: T0 + 2 * DAY }, state),
    );
    expect(refused).toMatchObject({ code: "not_authorized", rule: "ACT-4" });
    const events = unwrap(
      decide({ type: "ApproveGdapRelationship", relationship: "rel-1", by: globalAdmin, at: T0 + 2 * DAY }, state),
    );
    expect(events.map((event) => event.type)).toEqual(["GdapRelationshipApproved"]);
  });
});

describe("ACT-4 auto-extend is set by the partner or the customer", () => {
  const at = T0 + 10 * DAY;

  it("ACT-4 a customer admin (Global or Billing Administrator) turns auto-extend on and off", () => {
    const rel = active();
    for (const admin of [globalAdmin, billingAdmin]) {
      const on = unwrap(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: admin, at }));
      expect(formatDuration(on.autoExtendDuration), admin.id).toBe("P180D");
      expect(on.lastModifiedDateTime).toBe(at);
      const off = unwrap(setGdapAutoExtend(on, { autoExtendDuration: "PT0S", by: admin, at }));
      expect(formatDuration(off.autoExtendDuration), admin.id).toBe("PT0S");
    }
  });

  it("ACT-4 another customer's admin, or a customer user without an admin role, is refused (ACT-1)", () => {
    const rel = active();
    expect(unwrapErr(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: otherTenantAdmin, at }))).toMatchObject({
      code: "not_authorized",
      rule: "ACT-1",
      reason: "other_tenant",
      actor: otherTenantAdmin.id,
    });
    const reader: Actor = { kind: "customerUser", id: "rae", tenant: CUSTOMER, roles: [HELPDESK_ADMINISTRATOR] };
    expect(unwrapErr(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: reader, at }))).toMatchObject({
      code: "not_authorized",
      rule: "ACT-1",
      reason: "missing_role",
      anyOfNames: ["Global Administrator", "Billing Administrator"],
    });
  });

  it("ACT-4 the partner's Admin agent still sets auto-extend; another partner role is refused (ACT-3)", () => {
    const rel = active();
    const on = unwrap(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: adminAgent, at }));
    expect(formatDuration(on.autoExtendDuration)).toBe("P180D");
    expect(unwrapErr(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: helpdeskAgent, at }))).toMatchObject({
      code: "not_authorized",
      rule: "ACT-3",
    });
  });

  it("ACT-4 the customer's auto-extend is still refused while the relationship includes Global Administrator (GDAP-2)", () => {
    const rel = active({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR], autoExtendDuration: "PT0S" });
    expect(unwrapErr(setGdapAutoExtend(rel, { autoExtendDuration: "P180D", by: globalAdmin, at }))).toMatchObject({
      code: "global_admin_auto_extend",
    });
  });
});
