import { fc, it } from "@fast-check/vitest";
import {
  type AzureSubscription,
  agreementNotAccepted,
  assignAzureRole,
  canManageSubscription,
  endRelationship,
  provisionSubscription,
  removeAzureRoleAssignment,
} from "partner-relationships";
import { describe, expect } from "vitest";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskAgent,
  helpdeskUser,
  otherPartnerAgent,
  PARTNER,
  salesAgent,
  T0,
} from "../support/actors.js";
import { deepFreeze } from "../support/freeze.js";
import { accept, withoutAdminRoles } from "./steps.js";
import { CUSTOMERS, PARTNERS, runWorld, stepsArb } from "./world.js";

const ADMIN_AGENTS = { kind: "partnerAdminAgents", partner: PARTNER } as const;

const existing: AzureSubscription = deepFreeze({
  id: "sub-existing",
  customer: CUSTOMER,
  roleAssignments: [{ principal: { kind: "user", user: "kim" }, role: "Owner", assignedAt: T0 }],
  updatedAt: T0,
});

function provisioned(type: "reseller" | "resellerAndDelegatedAdministrator" = "resellerAndDelegatedAdministrator") {
  const { relationship, agreement } = accept(type);
  const subscription = provisionSubscription({
    id: "sub-new",
    relationship,
    agreement,
    by: adminAgent,
    at: T0 + 2 * DAY,
  })._unsafeUnwrap();
  return { relationship, agreement, subscription };
}

describe("Azure subscriptions", () => {
  it("AZ-1 accepting a reseller invitation with DAP gives no access to existing Azure subscriptions", () => {
    const { relationship } = accept("resellerAndDelegatedAdministrator");
    const decision = canManageSubscription(existing, PARTNER, [relationship]);
    expect(decision).toMatchObject({ allowed: false, rules: ["AZ-1"] });
    expect(decision.reasons.join(" ")).toContain("Delegated admin privileges give fabrikam no access");
    expect(decision.remedies[0]).toContain("must assign fabrikam's Admin Agents");
  });

  it("AZ-1 the customer reaches its existing subscription to the partner by assigning a role on it", () => {
    const { relationship } = accept("resellerAndDelegatedAdministrator");
    const assigned = assignAzureRole(existing, {
      principal: ADMIN_AGENTS,
      role: "Contributor",
      by: globalAdmin,
      at: T0 + 3 * DAY,
    });
    const decision = canManageSubscription(assigned._unsafeUnwrap(), PARTNER, [relationship]);
    expect(decision).toMatchObject({ allowed: true, rules: ["AZ-1"] });
    expect(assigned._unsafeUnwrap().roleAssignments).toHaveLength(2);
  });

  it("AZ-1 a Reader assignment lets the partner see, not manage, and assigning twice changes nothing", () => {
    const { relationship } = accept("reseller");
    const once = assignAzureRole(existing, {
      principal: ADMIN_AGENTS,
      role: "Reader",
      by: globalAdmin,
      at: T0 + 3 * DAY,
    })._unsafeUnwrap();
    const twice = assignAzureRole(once, {
      principal: ADMIN_AGENTS,
      role: "Reader",
      by: globalAdmin,
      at: T0 + 4 * DAY,
    })._unsafeUnwrap();
    expect(twice).toBe(once);
    expect(canManageSubscription(once, PARTNER, [relationship])).toMatchObject({ allowed: false, rules: ["AZ-1"] });
  });

  it("AZ-2 a subscription the partner provisions gives its Admin Agents group Owner", () => {
    const { relationship, subscription } = provisioned();
    expect(subscription).toEqual({
      id: "sub-new",
      customer: CUSTOMER,
      provisionedBy: PARTNER,
      roleAssignments: [{ principal: ADMIN_AGENTS, role: "Owner", assignedAt: T0 + 2 * DAY }],
      updatedAt: T0 + 2 * DAY,
    });
    const decision = canManageSubscription(subscription, PARTNER, [relationship]);
    expect(decision).toMatchObject({ allowed: true, rules: ["AZ-2"] });
    expect(decision.basis?.[0]).toEqual({
      kind: "azureRoleAssignment",
      customer: CUSTOMER,
      subscription: "sub-new",
      partner: PARTNER,
      role: "Owner",
      assignedAt: T0 + 2 * DAY,
    });
  });

  it("AZ-2 a Sales agent may provision too; a Helpdesk agent or another partner's agent may not", () => {
    const { relationship, agreement } = accept("reseller");
    const at = T0 + 2 * DAY;
    expect(provisionSubscription({ id: "s", relationship, agreement, by: salesAgent, at }).isOk()).toBe(true);
    for (const by of [helpdeskAgent, otherPartnerAgent, globalAdmin])
      expect(provisionSubscription({ id: "s", relationship, agreement, by, at })._unsafeUnwrapErr().code).toBe(
        "not_authorized",
      );
  });

  it("AZ-2 provisioning needs a reseller capacity and the customer's agreement (MCA-1)", () => {
    const advisor = accept("advisor");
    const noCapacity = provisionSubscription({ id: "s", ...advisor, by: adminAgent, at: T0 + 2 * DAY });
    expect(noCapacity._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "AZ-2",
      path: "relationship.capacities",
    });
    const { relationship } = accept("reseller");
    const noAgreement = provisionSubscription({
      id: "s",
      relationship,
      agreement: agreementNotAccepted(CUSTOMER),
      by: adminAgent,
      at: T0 + 2 * DAY,
    });
    expect(noAgreement._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "MCA-1",
      path: "agreement.status",
    });
  });

  it("AZ-2 an ended relationship provisions nothing", () => {
    const { relationship, agreement } = accept("reseller");
    const ended = endRelationship(relationship, { by: adminAgent, at: T0 + 2 * DAY })._unsafeUnwrap();
    const result = provisionSubscription({ id: "s", relationship: ended, agreement, by: adminAgent, at: T0 + 3 * DAY });
    expect(result._unsafeUnwrapErr().code).toBe("relationship_ended");
  });

  it("AZ-3 removing admin roles keeps Azure role assignments: the partner still manages the subscription", () => {
    const { relationship, subscription } = provisioned();
    const after = withoutAdminRoles(relationship, T0 + 5 * DAY);
    const decision = canManageSubscription(subscription, PARTNER, [after]);
    expect(decision).toMatchObject({ allowed: true, rules: ["AZ-2", "AZ-3"] });
    expect(decision.reasons.join(" ")).toContain("does not remove Azure role assignments");
  });

  it("AZ-3 the customer removes the role assignment, and then the partner no longer manages the subscription", () => {
    const { relationship, subscription } = provisioned();
    const after = withoutAdminRoles(relationship, T0 + 5 * DAY);
    const removed = removeAzureRoleAssignment(subscription, {
      principal: ADMIN_AGENTS,
      role: "Owner",
      by: billingAdmin,
      at: T0 + 6 * DAY,
    })._unsafeUnwrap();
    expect(removed.roleAssignments).toEqual([]);
    expect(canManageSubscription(removed, PARTNER, [after])).toMatchObject({ allowed: false, rules: ["AZ-3"] });
  });

  it("AZ-3 only a customer admin removes a role assignment, and only one the subscription has", () => {
    const { subscription } = provisioned();
    const input = { principal: ADMIN_AGENTS, role: "Owner", at: T0 + 6 * DAY } as const;
    for (const by of [helpdeskUser, adminAgent])
      expect(removeAzureRoleAssignment(subscription, { ...input, by })._unsafeUnwrapErr()).toMatchObject({
        code: "not_authorized",
        rule: "ACT-1",
      });
    expect(
      removeAzureRoleAssignment(subscription, { ...input, role: "Reader", by: globalAdmin })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "invalid_input",
      rule: "AZ-3",
    });
    expect(
      removeAzureRoleAssignment(subscription, { ...input, at: T0, by: globalAdmin })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "invalid_input",
      path: "at",
    });
  });

  it("AZ-3 after the relationship ends the library refuses, though the assignment stays until the customer removes it", () => {
    const { relationship, subscription } = provisioned("reseller");
    const ended = endRelationship(relationship, { by: adminAgent, at: T0 + 5 * DAY })._unsafeUnwrap();
    expect(canManageSubscription(subscription, PARTNER, [ended])).toMatchObject({
      allowed: false,
      rules: ["AZ-3", "INVAR-1"],
    });
  });

  it("INVAR-3 Azure steps leave their inputs untouched", () => {
    const { subscription } = provisioned();
    const frozen = deepFreeze(subscription);
    removeAzureRoleAssignment(frozen, { principal: ADMIN_AGENTS, role: "Owner", by: globalAdmin, at: T0 + 9 * DAY });
    assignAzureRole(frozen, {
      principal: { kind: "user", user: "lee" },
      role: "Reader",
      by: globalAdmin,
      at: T0 + 9 * DAY,
    });
    expect(frozen.roleAssignments).toHaveLength(1);
  });

  it.prop([stepsArb])(
    "AZ-3 DAP removal never changes Azure assignments nor whether the partner manages a subscription",
    (steps) => {
      const world = runWorld(steps);
      const subscriptions = world.subscriptions.map((s) => deepFreeze(structuredClone(s)));
      for (const customer of CUSTOMERS)
        for (const partner of PARTNERS) {
          const index = world.relationships.findIndex(
            (r) => r.status === "active" && r.customer === customer && r.partner === partner,
          );
          const relationship = world.relationships[index];
          if (relationship?.status !== "active") continue;
          const after = world.relationships.map((r, i) =>
            i === index ? withoutAdminRoles(relationship, world.now) : r,
          );
          for (const subscription of subscriptions.filter((s) => s.customer === customer)) {
            const before = canManageSubscription(subscription, partner, world.relationships);
            const now = canManageSubscription(subscription, partner, after);
            expect(now.allowed).toBe(before.allowed);
            expect(now.basis?.[0]).toEqual(before.basis?.[0]);
          }
        }
      expect(subscriptions).toEqual(world.subscriptions);
    },
  );

  it.prop([fc.constantFrom("reseller", "resellerAndDelegatedAdministrator", "indirectReseller" as const)])(
    "AZ-2 every selling capacity provisions with Owner for the Admin Agents",
    (type) => {
      const { relationship, agreement } = accept(type);
      const subscription = provisionSubscription({
        id: "s",
        relationship,
        agreement,
        by: adminAgent,
        at: T0 + 2 * DAY,
      })._unsafeUnwrap();
      expect(subscription.roleAssignments).toEqual([
        { principal: ADMIN_AGENTS, role: "Owner", assignedAt: T0 + 2 * DAY },
      ]);
    },
  );
});
