import { fc, test } from "@fast-check/vitest";
import {
  type ActiveRelationship,
  acceptInvitation,
  DEFAULT_POLICY,
  deleteRelationship,
  endRelationship,
  ensureActive,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  nonDeletableCapacities,
  PARTNER_TYPE_LIST,
  type PartnerType,
  type Relationship,
  removeAdminRoles,
  sendInvitation,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskUser,
  otherPartnerAgent,
  PARTNER,
  salesAgent,
  T0,
} from "./support/actors.js";

/** A relationship built through the public steps: one accepted invitation per capacity. */
function relationshipWith(...types: readonly PartnerType[]): ActiveRelationship {
  let relationship: Relationship | undefined;
  types.forEach((type, index) => {
    const invitation = sendInvitation({
      id: `inv-${index}`,
      customer: CUSTOMER,
      partner: PARTNER,
      type,
      ...(type === "partner" ? { roles: [GLOBAL_ADMINISTRATOR] } : {}),
      by: adminAgent,
      at: T0 + index,
    })._unsafeUnwrap();
    relationship = acceptInvitation(invitation, {
      by: globalAdmin,
      at: T0 + index + 1,
      agreementAcknowledged: true,
      relationship,
    })._unsafeUnwrap().relationship;
  });
  return ensureActive(relationship as Relationship)._unsafeUnwrap();
}

const at = T0 + 10 * DAY;
const coreTypes = PARTNER_TYPE_LIST.filter((type) => type !== "gdap");

describe("DAP-1", () => {
  it("DAP-1 delegated admin privileges put Admin Agents in Global Administrator and Helpdesk Agents in Helpdesk Administrator", () => {
    const relationship = relationshipWith("delegatedAdministrator");
    expect(relationship.grants).toEqual([
      { role: GLOBAL_ADMINISTRATOR, holder: "adminAgents", capacity: "delegatedAdministrator", grantedAt: T0 + 1 },
      { role: HELPDESK_ADMINISTRATOR, holder: "helpdeskAgents", capacity: "delegatedAdministrator", grantedAt: T0 + 1 },
    ]);
  });
});

describe("removeAdminRoles", () => {
  it("DAP-2 removing admin roles removes every role grant and keeps the relationship and its capacities", () => {
    const relationship = relationshipWith("reseller", "delegatedAdministrator");
    const removed = removeAdminRoles(relationship, { by: globalAdmin, at })._unsafeUnwrap();
    expect(removed).toMatchObject({ status: "active", capacities: ["reseller", "delegatedAdministrator"], grants: [] });
    expect(removed.since).toBe(relationship.since);
    expect(holdsRole([removed], { partner: PARTNER, customer: CUSTOMER, role: GLOBAL_ADMINISTRATOR }).allowed).toBe(
      false,
    );
  });

  it("DAP-2 the customer can remove admin roles at any time, again without change", () => {
    const removed = removeAdminRoles(relationshipWith("advisor"), { by: billingAdmin, at })._unsafeUnwrap();
    expect(removeAdminRoles(removed, { by: billingAdmin, at: at + DAY })._unsafeUnwrap()).toBe(removed);
  });

  it("ACT-1 removing admin roles needs a Global or Billing Administrator", () => {
    const result = removeAdminRoles(relationshipWith("advisor"), { by: helpdeskUser, at });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: "not_authorized",
      rule: "ACT-1",
      step: "removeAdminRoles",
    });
  });
});

describe("deleteRelationship", () => {
  it("TYPE-2 only delegated-administrator and advisor relationships are customer-deletable", () => {
    for (const type of coreTypes) {
      const result = deleteRelationship(relationshipWith(type), { by: globalAdmin, at });
      if (type === "delegatedAdministrator" || type === "advisor") {
        expect(result._unsafeUnwrap()).toMatchObject({
          status: "ended",
          endedBy: "customer",
          endedByUser: "kim",
          grants: [],
        });
      } else {
        expect(result._unsafeUnwrapErr()).toMatchObject({
          code: "contact_partner_to_end",
          rule: "TYPE-2",
          notDeletable: [type],
        });
      }
    }
  });

  it("TYPE-2 a reseller & delegated administrator relationship is not customer-deletable: remove its admin roles instead", () => {
    const relationship = relationshipWith("resellerAndDelegatedAdministrator");
    const error = deleteRelationship(relationship, { by: globalAdmin, at })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "contact_partner_to_end", partner: PARTNER });
    expect(error.message).toContain("remove its admin roles");
  });

  test.prop([fc.subarray([...coreTypes], { minLength: 1 })])(
    "TYPE-2 a relationship is customer-deletable iff every capacity is Delegated administrator or Advisor",
    (types) => {
      const relationship = relationshipWith(...types);
      const deletable = types.every((type) => type === "delegatedAdministrator" || type === "advisor");
      const result = deleteRelationship(relationship, { by: globalAdmin, at });
      expect(result.isOk()).toBe(deletable);
      expect(nonDeletableCapacities(types).length === 0).toBe(deletable);
    },
  );

  it("TYPE-2 the deletable capacities come from the policy", () => {
    const policy = { ...DEFAULT_POLICY, customerDeletableCapacities: ["reseller"] as const };
    expect(deleteRelationship(relationshipWith("reseller"), { by: globalAdmin, at }, policy).isOk()).toBe(true);
    expect(deleteRelationship(relationshipWith("advisor"), { by: globalAdmin, at }, policy).isErr()).toBe(true);
  });

  it("ACT-1 deleting needs a customer admin of that tenant", () => {
    const result = deleteRelationship(relationshipWith("advisor"), { by: adminAgent, at });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: "not_authorized",
      rule: "ACT-1",
      reason: "not_a_customer_user",
    });
  });
});

describe("endRelationship", () => {
  it("REL-3 the partner can end a relationship of any type", () => {
    for (const type of coreTypes) {
      const ended = endRelationship(relationshipWith(type), { by: adminAgent, at })._unsafeUnwrap();
      expect(ended).toMatchObject({
        status: "ended",
        endedBy: "partner",
        endedByUser: "ana",
        capacities: [type],
        grants: [],
      });
    }
  });

  it("REL-3 only an Admin agent of that partner may end it", () => {
    const relationship = relationshipWith("reseller");
    expect(endRelationship(relationship, { by: salesAgent, at })._unsafeUnwrapErr()).toMatchObject({
      code: "not_authorized",
      rule: "ACT-3",
      anyOf: ["adminAgent"],
    });
    expect(endRelationship(relationship, { by: otherPartnerAgent, at })._unsafeUnwrapErr()).toMatchObject({
      reason: "other_partner",
    });
  });

  it("INVAR-2 an ended relationship never changes again", () => {
    const ended = endRelationship(relationshipWith("advisor"), { by: adminAgent, at })._unsafeUnwrap();
    const untyped = ended as unknown as ActiveRelationship;
    const expected = { code: "relationship_ended", rule: "INVAR-2", endedAt: at };
    expect(removeAdminRoles(untyped, { by: globalAdmin, at: at + 1 })._unsafeUnwrapErr()).toMatchObject(expected);
    expect(deleteRelationship(untyped, { by: globalAdmin, at: at + 1 })._unsafeUnwrapErr()).toMatchObject(expected);
    expect(endRelationship(untyped, { by: adminAgent, at: at + 1 })._unsafeUnwrapErr()).toMatchObject(expected);
  });

  it("REL-1 accepting an invitation after the relationship ended starts a new relationship", () => {
    const ended = endRelationship(relationshipWith("reseller"), { by: adminAgent, at })._unsafeUnwrap();
    const invitation = sendInvitation({
      id: "again",
      customer: CUSTOMER,
      partner: PARTNER,
      type: "advisor",
      by: adminAgent,
      at,
    })._unsafeUnwrap();
    const fresh = acceptInvitation(invitation, {
      by: globalAdmin,
      at: at + DAY,
      agreementAcknowledged: true,
      relationship: ended,
    })._unsafeUnwrap().relationship;
    expect(fresh).toMatchObject({ status: "active", capacities: ["advisor"], since: at + DAY });
  });
});
