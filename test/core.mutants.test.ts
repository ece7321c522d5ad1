/**
 * Behaviour the first mutation run of the core steps showed untested (docs/quality.md):
 * each test pins a rule's detail that a mutant could change unseen.
 */
import {
  type ActiveRelationship,
  acceptInvitation,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  type PartnerType,
  type Relationship,
  sendInvitation,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskAgent,
  helpdeskUser,
  OTHER_PARTNER,
  otherPartnerAgent,
  otherTenantAdmin,
  PARTNER,
  T0,
} from "./support/actors.js";

function accept(type: PartnerType, id: string, at: number, relationship?: Relationship): ActiveRelationship {
  const invitation = sendInvitation({
    id,
    customer: CUSTOMER,
    partner: PARTNER,
    type,
    by: adminAgent,
    at: at - 1,
  })._unsafeUnwrap();
  return acceptInvitation(invitation, {
    by: globalAdmin,
    at,
    agreementAcknowledged: true,
    relationship,
  })._unsafeUnwrap().relationship;
}

describe("details of the core rules", () => {
  it("REL-1 a further capacity bringing roles already granted adds the capacity, not the roles again", () => {
    const delegated = accept("delegatedAdministrator", "inv-1", T0 + DAY);
    const both = accept("advisor", "inv-2", T0 + 2 * DAY, delegated);
    expect(both.capacities).toEqual(["delegatedAdministrator", "advisor"]);
    expect(both.grants).toEqual(delegated.grants);
    expect(both.grants.map((grant) => grant.capacity)).toEqual(["delegatedAdministrator", "delegatedAdministrator"]);
  });

  it("REL-1 accepting the same capacity again leaves the capacities as they were", () => {
    const first = accept("reseller", "inv-1", T0 + DAY);
    const again = accept("reseller", "inv-2", T0 + 2 * DAY, first);
    expect(again.capacities).toBe(first.capacities);
    expect(again.grants).toBe(first.grants);
  });

  it("ACT-1 an actor holding several roles, one of which will do, is authorised", () => {
    const invitation = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "advisor",
      by: adminAgent,
      at: T0,
    })._unsafeUnwrap();
    const kim = { ...globalAdmin, roles: [HELPDESK_ADMINISTRATOR, GLOBAL_ADMINISTRATOR] };
    expect(acceptInvitation(invitation, { by: kim, at: T0 + 1, agreementAcknowledged: true }).isOk()).toBe(true);
    const ana = { ...adminAgent, roles: ["helpdeskAgent" as const, "salesAgent" as const] };
    expect(
      sendInvitation({ id: "j", customer: CUSTOMER, partner: PARTNER, type: "reseller", by: ana, at: T0 }).isOk(),
    ).toBe(true);
  });

  it("ACT-1 every refusal's message says why the actor was refused", () => {
    const invitation = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "advisor",
      by: adminAgent,
      at: T0,
    })._unsafeUnwrap();
    const message = (by: typeof globalAdmin | typeof adminAgent) =>
      acceptInvitation(invitation, { by, at: T0 + 1, agreementAcknowledged: true })._unsafeUnwrapErr().message;
    expect(message(helpdeskUser)).toContain("holds none of Global Administrator, Billing Administrator");
    expect(message(otherTenantAdmin)).toContain(`is not a user of customer ${CUSTOMER}`);
    expect(message(adminAgent)).toContain("is not a user of the customer's tenant");
    const send = (by: typeof adminAgent | typeof globalAdmin) =>
      sendInvitation({ id: "j", customer: CUSTOMER, partner: PARTNER, type: "reseller", by, at: T0 })._unsafeUnwrapErr()
        .message;
    expect(send(otherPartnerAgent)).toContain(`does not work for partner ${PARTNER}`);
    expect(send(globalAdmin)).toContain("is not a partner user");
    expect(send(helpdeskAgent)).toContain("it needs Admin agent or Sales agent (ACT-3)");
  });

  it("TYPE-1 an empty role list is accepted for a type that brings its own roles; a bad first role is named at roles[0]", () => {
    const empty = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "advisor",
      roles: [],
      by: adminAgent,
      at: T0,
    });
    expect(empty._unsafeUnwrap().roles).toHaveLength(2);
    const bad = sendInvitation({
      id: "i",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "partner",
      roles: ["Global Admin"],
      by: adminAgent,
      at: T0,
    });
    expect(bad._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "roles[0]" });
  });

  it("REL-1 a relationship of another pair is refused with both pairs named", () => {
    const foreign = accept("reseller", "inv-1", T0 + DAY);
    const invitation = sendInvitation({
      id: "inv-9",
      customer: CUSTOMER,
      partner: OTHER_PARTNER,
      type: "advisor",
      by: otherPartnerAgent,
      at: T0,
    })._unsafeUnwrap();
    const error = acceptInvitation(invitation, {
      by: globalAdmin,
      at: T0 + 2 * DAY,
      agreementAcknowledged: true,
      relationship: foreign,
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: "relationship_mismatch",
      expected: { customer: CUSTOMER, partner: OTHER_PARTNER },
      found: { customer: CUSTOMER, partner: PARTNER },
    });
  });
});
