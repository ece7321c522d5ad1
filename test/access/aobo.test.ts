import { it } from "@fast-check/vitest";
import {
  BILLING_ADMINISTRATOR,
  BILLING_PAGES,
  type BillingPage,
  type CustomerUser,
  canManageDomainSubscriptions,
  canSeeBillingPage,
  DOMAIN_NAME_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect } from "vitest";
import { adminAgent, CUSTOMER, globalAdmin, OTHER_CUSTOMER, PARTNER } from "../support/actors.js";
import { accept, withoutAdminRoles } from "./steps.js";

const PAGES = Object.keys(BILLING_PAGES) as BillingPage[];
const user = (roles: readonly string[], tenant = CUSTOMER): CustomerUser => ({
  kind: "customerUser",
  id: "dana",
  tenant,
  roles,
});

describe("admin on behalf of: Billing pages", () => {
  it("AOBO-1 a partner acting on behalf does not get Purchase services, Products or Billing & payments", () => {
    const relationships = [accept("resellerAndDelegatedAdministrator").relationship];
    for (const page of ["purchaseServices", "products", "billingAndPayments"] as const) {
      const decision = canSeeBillingPage({ partner: PARTNER, customer: CUSTOMER, page, relationships });
      expect(decision).toMatchObject({ allowed: false, rules: ["AOBO-1"] });
      expect(decision.remedies[0]).toBe(`${PARTNER} buys and manages ${CUSTOMER}'s subscriptions in Partner Center.`);
    }
  });

  it("AOBO-1 it still sees Licenses and Billing notifications", () => {
    const relationships = [accept("delegatedAdministrator").relationship];
    for (const page of ["licenses", "billingNotifications"] as const) {
      const decision = canSeeBillingPage({ partner: PARTNER, customer: CUSTOMER, page, relationships });
      expect(decision).toMatchObject({ allowed: true, rules: ["AOBO-1"] });
      expect(decision.basis).toMatchObject([{ kind: "roleGrant", role: GLOBAL_ADMINISTRATOR, holder: "adminAgents" }]);
    }
  });

  it("AOBO-1 without delegated admin privileges the partner does not act on behalf at all", () => {
    const relationships = [withoutAdminRoles(accept("resellerAndDelegatedAdministrator").relationship)];
    for (const page of PAGES)
      expect(canSeeBillingPage({ partner: PARTNER, customer: CUSTOMER, page, relationships })).toMatchObject({
        allowed: false,
        rules: ["AOBO-1", "INVAR-1"],
      });
  });

  it("AOBO-1 the catalogue shows exactly two pages on behalf", () => {
    expect(PAGES.filter((page) => BILLING_PAGES[page].onBehalf)).toEqual(["licenses", "billingNotifications"]);
  });
});

describe("admin on behalf of: domain subscriptions", () => {
  it("AOBO-2 a customer account with both Domain Name Administrator and Billing Administrator manages domain subscriptions", () => {
    const decision = canManageDomainSubscriptions(user([DOMAIN_NAME_ADMINISTRATOR, BILLING_ADMINISTRATOR]), CUSTOMER);
    expect(decision).toMatchObject({ allowed: true, rules: ["AOBO-2"] });
    expect(decision.basis).toEqual([
      { kind: "customerRole", customer: CUSTOMER, user: "dana", role: DOMAIN_NAME_ADMINISTRATOR },
      { kind: "customerRole", customer: CUSTOMER, user: "dana", role: BILLING_ADMINISTRATOR },
    ]);
  });

  it("AOBO-2 one of the two roles is not enough, nor is Global Administrator alone", () => {
    for (const roles of [[DOMAIN_NAME_ADMINISTRATOR], [BILLING_ADMINISTRATOR], [GLOBAL_ADMINISTRATOR]]) {
      const decision = canManageDomainSubscriptions(user(roles), CUSTOMER);
      expect(decision).toMatchObject({ allowed: false, rules: ["AOBO-2"] });
      expect(decision.reasons[0]).toContain("lacks");
    }
    expect(canManageDomainSubscriptions(globalAdmin, CUSTOMER).allowed).toBe(false);
  });

  it("AOBO-2 a partner acting on behalf asks the customer to sign in with such an account", () => {
    const decision = canManageDomainSubscriptions(adminAgent, CUSTOMER);
    expect(decision.allowed).toBe(false);
    expect(decision.remedies).toEqual([
      `Ask ${CUSTOMER} to sign in with an account holding both Domain Name Administrator and Billing Administrator.`,
    ]);
  });

  it("AOBO-2 an account of another tenant does not manage this customer's domain subscriptions", () => {
    const other = user([DOMAIN_NAME_ADMINISTRATOR, BILLING_ADMINISTRATOR], OTHER_CUSTOMER);
    expect(canManageDomainSubscriptions(other, CUSTOMER).allowed).toBe(false);
  });
});
