import { it } from "@fast-check/vitest";
import { endRelationship, GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, holdsRole } from "partner-relationships";
import { describe, expect } from "vitest";
import { adminAgent, CUSTOMER, DAY, PARTNER, T0 } from "../support/actors.js";
import { accept, withoutAdminRoles } from "./steps.js";

const query = { partner: PARTNER, customer: CUSTOMER, role: GLOBAL_ADMINISTRATOR };

describe("holdsRole", () => {
  it("INVAR-1 an allowed answer names the grant behind it", () => {
    const { relationship } = accept("advisor");
    expect(holdsRole([relationship], query)).toMatchObject({
      allowed: true,
      rules: ["INVAR-1", "DAP-1"],
      basis: [
        {
          kind: "roleGrant",
          customer: CUSTOMER,
          partner: PARTNER,
          role: GLOBAL_ADMINISTRATOR,
          holder: "adminAgents",
          capacity: "advisor",
        },
      ],
    });
    expect(holdsRole([relationship], { ...query, role: HELPDESK_ADMINISTRATOR }).basis).toMatchObject([
      { holder: "helpdeskAgents" },
    ]);
  });

  it("INVAR-1 after removal the role is no longer held", () => {
    const relationship = withoutAdminRoles(accept("delegatedAdministrator").relationship);
    expect(holdsRole([relationship], query)).toMatchObject({ allowed: false, rules: ["INVAR-1", "DAP-2"] });
  });

  it("INVAR-1 an ended relationship in the history does not hide the pair's relationship in force", () => {
    const first = accept("delegatedAdministrator").relationship;
    const ended = endRelationship(first, { by: adminAgent, at: T0 + 2 * DAY })._unsafeUnwrap();
    const again = accept("delegatedAdministrator", { at: T0 + 3 * DAY, relationship: ended }).relationship;
    expect(holdsRole([ended], query).allowed).toBe(false);
    expect(holdsRole([ended, again], query).allowed).toBe(true);
  });
});
