import { it } from "@fast-check/vitest";
import { agreementNotAccepted, canTransact, endRelationship } from "partner-relationships";
import { describe, expect } from "vitest";
import { adminAgent, CUSTOMER, DAY, OTHER_CUSTOMER, T0 } from "../support/actors.js";
import { deepFreeze } from "../support/freeze.js";
import { accept, withoutAdminRoles } from "./steps.js";
import { basisHolds, CUSTOMERS, PARTNERS, relationshipOf, runWorld, stepsArb } from "./world.js";

describe("canTransact", () => {
  it("MCA-1 a reseller may purchase and manage subscriptions once the customer accepted the agreement", () => {
    const { relationship, agreement } = accept("reseller");
    const decision = canTransact({ relationship, agreement });
    expect(decision).toMatchObject({ allowed: true, rules: ["MCA-1"], remedies: [] });
    expect(decision.basis).toEqual([
      { kind: "capacity", customer: CUSTOMER, partner: relationship.partner, capacity: "reseller" },
      { kind: "agreement", customer: CUSTOMER, acceptedBy: agreement.acceptedBy, acceptedAt: agreement.acceptedAt },
    ]);
  });

  it("MCA-1 without the customer's acceptance of the agreement the partner may not purchase, and the remedy says so", () => {
    const { relationship } = accept("reseller");
    const decision = canTransact({ relationship, agreement: agreementNotAccepted(CUSTOMER) });
    expect(decision.allowed).toBe(false);
    expect(decision.rules).toEqual(["MCA-1"]);
    expect(decision.remedies).toEqual([`${CUSTOMER} must accept the Microsoft Customer Agreement.`]);
  });

  it("MCA-1 a partner without a reseller capacity may not purchase, even as Delegated administrator", () => {
    const { relationship, agreement } = accept("delegatedAdministrator");
    const decision = canTransact({ relationship, agreement });
    expect(decision.allowed).toBe(false);
    expect(decision.remedies).toEqual([`${CUSTOMER} must accept a reseller invitation from ${relationship.partner}.`]);
  });

  it("MCA-1 with neither a reseller relationship nor the agreement, both remedies are given", () => {
    const decision = canTransact({ relationship: undefined, agreement: agreementNotAccepted(CUSTOMER) });
    expect(decision.allowed).toBe(false);
    expect(decision.remedies).toHaveLength(2);
  });

  it("MCA-1 removing admin roles does not stop a reseller from selling (DAP-2)", () => {
    const { relationship, agreement } = accept("resellerAndDelegatedAdministrator");
    expect(canTransact({ relationship: withoutAdminRoles(relationship), agreement }).allowed).toBe(true);
  });

  it("MCA-1 an ended relationship allows no purchase", () => {
    const { relationship, agreement } = accept("reseller");
    const ended = endRelationship(relationship, { by: adminAgent, at: T0 + 5 * DAY })._unsafeUnwrap();
    const decision = canTransact({ relationship: ended, agreement });
    expect(decision.allowed).toBe(false);
    expect(decision.reasons[0]).toContain("has ended");
  });

  it("MCA-1 another customer's relationship does not count for this customer's agreement", () => {
    const { relationship } = accept("reseller", { customer: OTHER_CUSTOMER });
    const { agreement } = accept("reseller");
    const decision = canTransact({ relationship, agreement });
    expect(decision).toMatchObject({ allowed: false, rules: ["MCA-1", "REL-1"] });
  });

  it("INVAR-3 canTransact leaves its inputs untouched", () => {
    const { relationship, agreement } = accept("reseller");
    expect(() => canTransact(deepFreeze({ relationship, agreement }))).not.toThrow();
  });

  it.prop([stepsArb])(
    "INVAR-1 canTransact allows only with a selling capacity in force and an accepted agreement",
    (steps) => {
      const world = runWorld(steps);
      for (const customer of CUSTOMERS)
        for (const partner of PARTNERS) {
          const relationship = relationshipOf(world, customer, partner);
          const agreement = world.agreements.get(customer) ?? agreementNotAccepted(customer);
          const decision = canTransact({ relationship, agreement });
          const expected =
            relationship?.status === "active" &&
            agreement.status === "accepted" &&
            relationship.capacities.some(
              (c) => c === "reseller" || c === "resellerAndDelegatedAdministrator" || c === "indirectReseller",
            );
          expect(decision.allowed).toBe(expected);
          for (const basis of decision.basis ?? []) expect(basisHolds(basis, world)).toBe(true);
        }
    },
  );
});
