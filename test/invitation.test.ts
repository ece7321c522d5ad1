import {
  acceptInvitation,
  agreementNotAccepted,
  cancelInvitation,
  ensurePending,
  expireInvitation,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  MAX_INSTANT,
  type PartnerType,
  type PendingInvitation,
  removeAdminRoles,
  sendInvitation,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskAgent,
  helpdeskUser,
  OTHER_PARTNER,
  otherPartnerAgent,
  otherTenantAdmin,
  PARTNER,
  salesAgent,
  T0,
} from "./support/actors.js";

function send(type: PartnerType = "resellerAndDelegatedAdministrator", id = "inv-1"): PendingInvitation {
  return sendInvitation({ id, customer: CUSTOMER, partner: PARTNER, type, by: adminAgent, at: T0 })._unsafeUnwrap();
}

describe("sendInvitation", () => {
  it("INV-1 a sent invitation is pending, for one partner type, with the roles that type requests", () => {
    const invitation = send("delegatedAdministrator");
    expect(invitation.status).toBe("pending");
    expect(invitation.type).toBe("delegatedAdministrator");
    expect(invitation.roles).toEqual([
      { role: GLOBAL_ADMINISTRATOR, holder: "adminAgents" },
      { role: HELPDESK_ADMINISTRATOR, holder: "helpdeskAgents" },
    ]);
  });

  it("ACT-3 an Admin agent or a Sales agent may send a relationship request", () => {
    for (const by of [adminAgent, salesAgent]) {
      const result = sendInvitation({ id: "i", customer: CUSTOMER, partner: PARTNER, type: "reseller", by, at: T0 });
      expect(result.isOk()).toBe(true);
    }
  });

  it("ACT-3 a Helpdesk agent may not send a relationship request, and the error names the roles that would do", () => {
    const result = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "reseller",
      by: helpdeskAgent,
      at: T0,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: "not_authorized",
      rule: "ACT-3",
      reason: "missing_role",
      anyOf: ["adminAgent", "salesAgent"],
      anyOfNames: ["Admin agent", "Sales agent"],
    });
  });

  it("ACT-3 a user of another partner may not send on this partner's behalf; nor may a customer user", () => {
    const other = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "reseller",
      by: otherPartnerAgent,
      at: T0,
    });
    expect(other._unsafeUnwrapErr()).toMatchObject({ code: "not_authorized", reason: "other_partner" });
    const customer = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "reseller",
      by: globalAdmin,
      at: T0,
    });
    expect(customer._unsafeUnwrapErr()).toMatchObject({ code: "not_authorized", reason: "not_a_partner_user" });
  });

  it("TYPE-1 the Partner type asks for the Entra roles chosen in the request, held by a user account", () => {
    const result = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "partner",
      roles: [USER_ADMINISTRATOR, USER_ADMINISTRATOR],
      by: adminAgent,
      at: T0,
    });
    expect(result._unsafeUnwrap().roles).toEqual([{ role: USER_ADMINISTRATOR, holder: "partnerUserAccount" }]);
  });

  it("TYPE-1 the Partner type needs at least one well-formed role ID; other types take none", () => {
    const none = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "partner",
      by: adminAgent,
      at: T0,
    });
    expect(none._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", rule: "TYPE-1", path: "roles" });
    const bad = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "partner",
      roles: [USER_ADMINISTRATOR, "Global Admin"],
      by: adminAgent,
      at: T0,
    });
    expect(bad._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "roles[1]", found: '"Global Admin"' });
    const extra = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "reseller",
      roles: [GLOBAL_ADMINISTRATOR],
      by: adminAgent,
      at: T0,
    });
    expect(extra._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", rule: "TYPE-1", path: "roles" });
  });

  it("TYPE-1 GDAP access is not requested by invitation but through the GDAP lifecycle", () => {
    const result = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "gdap",
      by: adminAgent,
      at: T0,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", rule: "GDAP-1", path: "type" });
  });

  it("INV-1 bad input gets an error naming the path: an empty id, an unknown type, a time that is not an instant", () => {
    const base = { id: "i", customer: CUSTOMER, partner: PARTNER, type: "reseller" as const, by: adminAgent, at: T0 };
    expect(sendInvitation({ ...base, id: "" })._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "id" });
    expect(sendInvitation({ ...base, customer: " x" })._unsafeUnwrapErr()).toMatchObject({ path: "customer" });
    expect(sendInvitation({ ...base, type: "friend" as PartnerType })._unsafeUnwrapErr()).toMatchObject({
      path: "type",
    });
    expect(sendInvitation({ ...base, at: Number.NaN })._unsafeUnwrapErr()).toMatchObject({ path: "at", found: "NaN" });
  });

  it("INV-4 a sending time whose expiry would not be an instant is refused, so nothing later throws", () => {
    const result = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "reseller",
      by: adminAgent,
      at: MAX_INSTANT - DAY,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", rule: "INV-4", path: "at" });
  });

  it("INV-4 the invitation's expiry is fixed when sent from the policy's lifetime (default 90 days)", () => {
    expect(send().expiresAt).toBe(T0 + 90 * DAY);
    const short = sendInvitation(
      { id: "i", customer: CUSTOMER, partner: PARTNER, type: "reseller", by: adminAgent, at: T0 },
      {
        edition: "test",
        invitationLifetimeDays: 7,
        customerDeletableCapacities: [],
        gdap: {
          minDurationDays: 1,
          maxDurationDays: 730,
          autoExtendDays: 180,
          requestLifetimeDays: 90,
          displayNameMaxLength: 50,
        },
        autopilot: "current",
      },
    );
    expect(short._unsafeUnwrap().expiresAt).toBe(T0 + 7 * DAY);
  });
});

describe("acceptInvitation", () => {
  it("INV-2 accepting grants every requested role, creates the relationship and records the agreement", () => {
    const accepted = acceptInvitation(send(), {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
    })._unsafeUnwrap();
    expect(accepted.invitation).toMatchObject({ status: "accepted", acceptedAt: T0 + DAY, acceptedBy: "kim" });
    expect(accepted.relationship).toMatchObject({
      status: "active",
      customer: CUSTOMER,
      partner: PARTNER,
      capacities: ["resellerAndDelegatedAdministrator"],
      since: T0 + DAY,
    });
    expect(accepted.relationship.grants.map((grant) => [grant.role, grant.holder])).toEqual([
      [GLOBAL_ADMINISTRATOR, "adminAgents"],
      [HELPDESK_ADMINISTRATOR, "helpdeskAgents"],
    ]);
    expect(accepted.agreement).toEqual({
      status: "accepted",
      customer: CUSTOMER,
      acceptedAt: T0 + DAY,
      acceptedBy: "kim",
    });
  });

  it("INV-2 without the agreement box ticked, accepting is refused with agreement_not_acknowledged", () => {
    const result = acceptInvitation(send(), { by: globalAdmin, at: T0 + DAY, agreementAcknowledged: false });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: "agreement_not_acknowledged",
      rule: "INV-2",
      customer: CUSTOMER,
    });
  });

  it("INV-2 an agreement accepted earlier keeps its first acceptance", () => {
    const earlier = { status: "accepted" as const, customer: CUSTOMER, acceptedAt: T0 - DAY, acceptedBy: "lee" };
    const accepted = acceptInvitation(send(), {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
      agreement: earlier,
    });
    expect(accepted._unsafeUnwrap().agreement).toBe(earlier);
  });

  it("ACT-1 a Global Administrator or a Billing Administrator of the invited tenant may accept", () => {
    for (const by of [globalAdmin, billingAdmin]) {
      expect(acceptInvitation(send(), { by, at: T0 + DAY, agreementAcknowledged: true }).isOk()).toBe(true);
    }
  });

  it("ACT-1 anyone else gets not_authorized naming the roles that would do", () => {
    const helpdesk = acceptInvitation(send(), { by: helpdeskUser, at: T0 + DAY, agreementAcknowledged: true });
    expect(helpdesk._unsafeUnwrapErr()).toMatchObject({
      code: "not_authorized",
      rule: "ACT-1",
      reason: "missing_role",
      anyOfNames: ["Global Administrator", "Billing Administrator"],
    });
    const otherTenant = acceptInvitation(send(), { by: otherTenantAdmin, at: T0 + DAY, agreementAcknowledged: true });
    expect(otherTenant._unsafeUnwrapErr()).toMatchObject({ code: "not_authorized", reason: "other_tenant" });
    const partner = acceptInvitation(send(), { by: adminAgent, at: T0 + DAY, agreementAcknowledged: true });
    expect(partner._unsafeUnwrapErr()).toMatchObject({ code: "not_authorized", reason: "not_a_customer_user" });
  });

  it("REL-1 accepting a further invitation from the same partner adds its capacity and roles to the one relationship", () => {
    const reseller = acceptInvitation(send("reseller", "inv-1"), {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
    });
    const first = reseller._unsafeUnwrap().relationship;
    expect(first.grants).toEqual([]);
    const advisor = acceptInvitation(send("advisor", "inv-2"), {
      by: globalAdmin,
      at: T0 + 2 * DAY,
      agreementAcknowledged: true,
      relationship: first,
    })._unsafeUnwrap().relationship;
    expect(advisor.capacities).toEqual(["reseller", "advisor"]);
    expect(advisor.since).toBe(T0 + DAY);
    expect(advisor.grants.map((grant) => grant.capacity)).toEqual(["advisor", "advisor"]);
  });

  it("REL-1 a relationship of another customer–partner pair is refused with relationship_mismatch", () => {
    const foreign = acceptInvitation(send("reseller"), {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
    })._unsafeUnwrap().relationship;
    const otherPartnerInvitation = sendInvitation({
      id: "inv-9",
      customer: CUSTOMER,
      partner: OTHER_PARTNER,
      type: "advisor",
      by: otherPartnerAgent,
      at: T0,
    })._unsafeUnwrap();
    const result = acceptInvitation(otherPartnerInvitation, {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
      relationship: foreign,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "relationship_mismatch", rule: "REL-1" });
  });

  it("INV-4 accepting at or after the expiry time fails with invitation_expired", () => {
    const invitation = send();
    const late = acceptInvitation(invitation, {
      by: globalAdmin,
      at: invitation.expiresAt,
      agreementAcknowledged: true,
    });
    expect(late._unsafeUnwrapErr()).toMatchObject({
      code: "invitation_expired",
      rule: "INV-4",
      expiresAt: invitation.expiresAt,
      at: invitation.expiresAt,
    });
    const justInTime = acceptInvitation(invitation, {
      by: globalAdmin,
      at: invitation.expiresAt - 1,
      agreementAcknowledged: true,
    });
    expect(justInTime.isOk()).toBe(true);
  });

  it("INV-1 an answer dated before the invitation was sent is refused as invalid input", () => {
    const result = acceptInvitation(send(), { by: globalAdmin, at: T0 - 1, agreementAcknowledged: true });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "at" });
  });
});

describe("acceptInvitation against the relationship's history", () => {
  it("REL-1 an acceptance dated before the relationship's last change is refused: no grant outlives a later removal", () => {
    const first = acceptInvitation(send("delegatedAdministrator", "inv-a"), {
      by: globalAdmin,
      at: T0 + 10 * DAY,
      agreementAcknowledged: true,
    })._unsafeUnwrap().relationship;
    const removed = removeAdminRoles(first, { by: globalAdmin, at: T0 + 20 * DAY })._unsafeUnwrap();
    const late = acceptInvitation(send("advisor", "inv-b"), {
      by: globalAdmin,
      at: T0 + 5 * DAY,
      agreementAcknowledged: true,
      relationship: removed,
    });
    expect(late._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", rule: "REL-1", path: "at" });
  });

  it("INV-2 an agreement of another customer is refused rather than recorded", () => {
    const result = acceptInvitation(send(), {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
      agreement: agreementNotAccepted("northwind"),
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "INV-2",
      path: "agreement.customer",
    });
  });
});

describe("cancelInvitation", () => {
  it("INV-4 an invitation past its lifetime cannot be cancelled: it is expired", () => {
    const invitation = send();
    const result = cancelInvitation(invitation, { by: globalAdmin, at: invitation.expiresAt });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invitation_expired", rule: "INV-4" });
  });

  it("INV-3 cancelling needs a customer admin and yields no relationship and no roles", () => {
    const cancelled = cancelInvitation(send(), { by: billingAdmin, at: T0 + DAY })._unsafeUnwrap();
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledAt: T0 + DAY, cancelledBy: "lee" });
    expect(Object.keys(cancelled)).not.toContain("relationship");
    const refused = cancelInvitation(send(), { by: helpdeskUser, at: T0 + DAY });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: "not_authorized", rule: "ACT-1" });
  });
});

describe("expireInvitation", () => {
  it("INV-4 an unanswered invitation expires at the end of its lifetime, not before", () => {
    const invitation = send();
    expect(expireInvitation(invitation, invitation.expiresAt - 1)._unsafeUnwrapErr()).toMatchObject({
      code: "invitation_not_expired",
      rule: "INV-4",
    });
    expect(expireInvitation(invitation, invitation.expiresAt)._unsafeUnwrap()).toMatchObject({
      status: "expired",
      expiredAt: invitation.expiresAt,
    });
  });
});

describe("final states", () => {
  it("INV-1 every step from accepted, cancelled or expired fails with invitation_not_pending carrying the state", () => {
    const invitation = send();
    const finals = [
      acceptInvitation(invitation, { by: globalAdmin, at: T0 + DAY, agreementAcknowledged: true })._unsafeUnwrap()
        .invitation,
      cancelInvitation(invitation, { by: globalAdmin, at: T0 + DAY })._unsafeUnwrap(),
      expireInvitation(invitation, invitation.expiresAt)._unsafeUnwrap(),
    ];
    for (const final of finals) {
      const expected = { code: "invitation_not_pending", rule: "INV-1", invitation: "inv-1", status: final.status };
      expect(ensurePending(final)._unsafeUnwrapErr()).toMatchObject(expected);
      // A plain-JavaScript caller can pass any state; the run-time check still holds.
      const untyped = final as unknown as PendingInvitation;
      expect(
        acceptInvitation(untyped, { by: globalAdmin, at: T0 + DAY, agreementAcknowledged: true })._unsafeUnwrapErr(),
      ).toMatchObject(expected);
      expect(cancelInvitation(untyped, { by: globalAdmin, at: T0 + DAY })._unsafeUnwrapErr()).toMatchObject(expected);
      expect(expireInvitation(untyped, T0 + 365 * DAY)._unsafeUnwrapErr()).toMatchObject(expected);
    }
  });
});
