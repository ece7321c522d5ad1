import { it } from "@fast-check/vitest";
import { endRelationship, owesSupport } from "partner-relationships";
import { describe, expect } from "vitest";
import { adminAgent, DAY, T0 } from "../support/actors.js";
import { accept, withoutAdminRoles } from "./steps.js";
import { CUSTOMERS, PARTNERS, relationshipOf, runWorld, stepsArb } from "./world.js";

describe("owesSupport", () => {
  it("DAP-4 after the customer removes admin roles, the reseller stays responsible for support until renegotiated", () => {
    const relationship = withoutAdminRoles(accept("resellerAndDelegatedAdministrator").relationship);
    const decision = owesSupport({ relationship, renegotiated: false });
    expect(decision).toMatchObject({ allowed: true, rules: ["DAP-2", "DAP-4"] });
    expect(decision.reasons.join(" ")).toContain("Cloud Reseller Agreement");
    expect(decision.reasons.join(" ")).toContain("service request with Microsoft support");
    expect(decision.basis).toEqual([
      {
        kind: "capacity",
        customer: relationship.customer,
        partner: relationship.partner,
        capacity: "resellerAndDelegatedAdministrator",
      },
    ]);
  });

  it("DAP-4 once renegotiated, the partner no longer owes support under the Cloud Reseller Agreement", () => {
    const relationship = withoutAdminRoles(accept("resellerAndDelegatedAdministrator").relationship);
    expect(owesSupport({ relationship, renegotiated: true })).toMatchObject({ allowed: false, rules: ["DAP-4"] });
  });

  it("DAP-4 a reseller with admin roles owes support too", () => {
    const { relationship } = accept("resellerAndDelegatedAdministrator");
    expect(owesSupport({ relationship, renegotiated: false })).toMatchObject({ allowed: true, rules: ["DAP-4"] });
  });

  it("DAP-4 the obligation ends with the reseller relationship, and never applies to a non-reseller", () => {
    const { relationship } = accept("reseller");
    const ended = endRelationship(relationship, { by: adminAgent, at: T0 + 3 * DAY })._unsafeUnwrap();
    expect(owesSupport({ relationship: ended, renegotiated: false }).allowed).toBe(false);
    expect(owesSupport({ relationship: accept("advisor").relationship, renegotiated: false }).allowed).toBe(false);
    expect(owesSupport({ relationship: undefined, renegotiated: false }).allowed).toBe(false);
  });

  it.prop([stepsArb])("DAP-4 removing admin roles never changes whether the partner owes support", (steps) => {
    const world = runWorld(steps);
    for (const customer of CUSTOMERS)
      for (const partner of PARTNERS) {
        const relationship = relationshipOf(world, customer, partner);
        if (relationship?.status !== "active") continue;
        const after = withoutAdminRoles(relationship, world.now);
        expect(owesSupport({ relationship: after, renegotiated: false }).allowed).toBe(
          owesSupport({ relationship, renegotiated: false }).allowed,
        );
      }
  });
});
