import { it } from "@fast-check/vitest";
import { customerList, deleteRelationship, endRelationship, isOnCustomerList } from "partner-relationships";
import { describe, expect } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  OTHER_CUSTOMER,
  OTHER_PARTNER,
  PARTNER,
  T0,
} from "../support/actors.js";
import { accept } from "./steps.js";
import { CUSTOMERS, PARTNERS, runWorld, stepsArb } from "./world.js";

describe("customerList", () => {
  it("REL-2 after acceptance the customer appears on the partner's customer list", () => {
    const { relationship } = accept("reseller");
    expect(customerList(PARTNER, [relationship])).toEqual([
      { customer: CUSTOMER, capacities: ["reseller"], since: relationship.since },
    ]);
    expect(isOnCustomerList(PARTNER, CUSTOMER, [relationship])).toMatchObject({ allowed: true, rules: ["REL-2"] });
  });

  it("REL-2 after the relationship ends the customer is no longer on the list", () => {
    const advisor = accept("advisor").relationship;
    const deleted = deleteRelationship(advisor, { by: globalAdmin, at: T0 + 2 * DAY })._unsafeUnwrap();
    const reseller = accept("reseller", { customer: OTHER_CUSTOMER }).relationship;
    const ended = endRelationship(reseller, { by: adminAgent, at: T0 + 2 * DAY })._unsafeUnwrap();
    expect(customerList(PARTNER, [deleted, ended])).toEqual([]);
    const decision = isOnCustomerList(PARTNER, CUSTOMER, [deleted]);
    expect(decision).toMatchObject({ allowed: false, rules: ["REL-2"] });
    expect(decision.reasons[0]).toContain("has ended");
  });

  it("REL-2 other partners' customers are not on the list, and a pending invitation puts nobody on it", () => {
    const theirs = accept("reseller", { partner: OTHER_PARTNER }).relationship;
    expect(customerList(PARTNER, [theirs])).toEqual([]);
    expect(isOnCustomerList(PARTNER, CUSTOMER, []).allowed).toBe(false);
  });

  it("REL-2 a customer whose relationship ended and started again is listed once", () => {
    const first = accept("reseller").relationship;
    const ended = endRelationship(first, { by: adminAgent, at: T0 + 2 * DAY })._unsafeUnwrap();
    const again = accept("reseller", { at: T0 + 3 * DAY, relationship: ended }).relationship;
    expect(customerList(PARTNER, [ended, again]).map((entry) => entry.customer)).toEqual([CUSTOMER]);
    expect(isOnCustomerList(PARTNER, CUSTOMER, [ended, again]).allowed).toBe(true);
  });

  it.prop([stepsArb])("REL-2 the list is exactly the customers with a relationship in force", (steps) => {
    const world = runWorld(steps);
    for (const partner of PARTNERS) {
      const listed = customerList(partner, world.relationships).map((entry) => entry.customer);
      const expected = CUSTOMERS.filter((customer) =>
        world.relationships.some((r) => r.status === "active" && r.customer === customer && r.partner === partner),
      );
      expect([...listed].sort()).toEqual([...expected].sort());
      for (const customer of CUSTOMERS)
        expect(isOnCustomerList(partner, customer, world.relationships).allowed).toBe(listed.includes(customer));
    }
  });
});
