import { fc, it } from "@fast-check/vitest";
import {
  type ExplicitRoleAssignment,
  effectiveRoleAssignments,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  implicitRoleAssignments,
  listRoleMembers,
  partnerRelationshipsView,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect } from "vitest";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  globalAdmin,
  helpdeskUser,
  OTHER_PARTNER,
  otherTenantAdmin,
  PARTNER,
} from "../support/actors.js";
import { accept, withoutAdminRoles } from "./steps.js";
import { CUSTOMERS, PARTNERS, runWorld, stepsArb } from "./world.js";

const EXPLICIT: readonly ExplicitRoleAssignment[] = [
  { role: GLOBAL_ADMINISTRATOR, principal: "kim" },
  { role: HELPDESK_ADMINISTRATOR, principal: "max" },
];

describe("partnerRelationshipsView", () => {
  it("ACT-2 a Global Administrator sees which partners hold delegated admin privileges", () => {
    const dap = accept("resellerAndDelegatedAdministrator").relationship;
    const reseller = accept("reseller", { partner: OTHER_PARTNER }).relationship;
    const view = partnerRelationshipsView(globalAdmin, CUSTOMER, [dap, reseller])._unsafeUnwrap();
    expect(view.partners.map((entry) => [entry.partner, entry.delegatedAdmin])).toEqual([
      [PARTNER, true],
      [OTHER_PARTNER, false],
    ]);
    expect(view.partners[0]?.delegatedAdminRoles.map((a) => [a.role, a.holder])).toEqual([
      [GLOBAL_ADMINISTRATOR, "adminAgents"],
      [HELPDESK_ADMINISTRATOR, "helpdeskAgents"],
    ]);
  });

  it("ACT-2 a customer user without Global Administrator gets not_authorized naming Global Administrator", () => {
    const { relationship } = accept("delegatedAdministrator");
    for (const actor of [billingAdmin, helpdeskUser, otherTenantAdmin, adminAgent]) {
      const error = partnerRelationshipsView(actor, CUSTOMER, [relationship])._unsafeUnwrapErr();
      expect(error).toMatchObject({
        code: "not_authorized",
        rule: "ACT-2",
        step: "viewPartnerRelationships",
        anyOf: [GLOBAL_ADMINISTRATOR],
        anyOfNames: ["Global Administrator"],
      });
    }
  });

  it("DAP-3 after admin roles are removed the partner is still listed, without delegated admin privileges", () => {
    const relationship = withoutAdminRoles(accept("resellerAndDelegatedAdministrator").relationship);
    const view = partnerRelationshipsView(globalAdmin, CUSTOMER, [relationship])._unsafeUnwrap();
    expect(view.partners).toMatchObject([{ partner: PARTNER, delegatedAdmin: false, delegatedAdminRoles: [] }]);
  });
});

describe("listRoleMembers", () => {
  it("DAP-3 listing the members of Global Administrator never returns the partner that holds it through DAP", () => {
    const { relationship } = accept("delegatedAdministrator");
    expect(listRoleMembers(EXPLICIT, GLOBAL_ADMINISTRATOR)).toEqual(["kim"]);
    const effective = effectiveRoleAssignments(CUSTOMER, EXPLICIT, [relationship]);
    expect(effective.filter((a) => a.role === GLOBAL_ADMINISTRATOR)).toEqual([
      { kind: "explicit", role: GLOBAL_ADMINISTRATOR, principal: "kim" },
      {
        kind: "implicit",
        role: GLOBAL_ADMINISTRATOR,
        partner: PARTNER,
        holder: "adminAgents",
        capacity: "delegatedAdministrator",
        grantedAt: relationship.since,
      },
    ]);
  });

  it("DAP-3 a role given to a Partner-type partner's user account is not implicit", () => {
    const { relationship } = accept("partner", { roles: [USER_ADMINISTRATOR] });
    expect(implicitRoleAssignments(CUSTOMER, [relationship])).toEqual([]);
  });

  it("DAP-3 members are listed once each, in the order given", () => {
    const doubled = [
      ...EXPLICIT,
      { role: GLOBAL_ADMINISTRATOR, principal: "zoe" },
      EXPLICIT[0] as ExplicitRoleAssignment,
    ];
    expect(listRoleMembers(doubled, GLOBAL_ADMINISTRATOR)).toEqual(["kim", "zoe"]);
  });

  const explicitArb = fc.array(
    fc.record({
      role: fc.constantFrom(GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR),
      principal: fc.constantFrom("kim", "lee", "max", "zoe"),
    }),
    { maxLength: 8 },
  );

  it.prop([stepsArb, explicitArb])(
    "DAP-3 the two role views differ exactly by the partner's implicit assignments",
    (steps, explicit) => {
      const world = runWorld(steps);
      for (const customer of CUSTOMERS) {
        const effective = effectiveRoleAssignments(customer, explicit, world.relationships);
        const view = partnerRelationshipsView(
          { kind: "customerUser", id: "ga", tenant: customer, roles: [GLOBAL_ADMINISTRATOR] },
          customer,
          world.relationships,
        )._unsafeUnwrap();
        const viewImplicit = view.partners.flatMap((entry) => entry.delegatedAdminRoles);
        // effective = members (explicit) + the partners' implicit assignments, nothing else
        expect(effective.filter((a) => a.kind === "implicit").map(({ kind: _, ...rest }) => rest)).toEqual(
          viewImplicit,
        );
        expect(effective.length).toBe(explicit.length + viewImplicit.length);
        for (const role of [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR]) {
          const members = listRoleMembers(explicit, role);
          const explicitHolders = new Set(
            effective
              .filter((a) => a.kind === "explicit" && a.role === role)
              .map((a) => (a.kind === "explicit" ? a.principal : "")),
          );
          expect(new Set(members)).toEqual(explicitHolders);
          for (const partner of PARTNERS) expect(members).not.toContain(partner);
        }
        // a partner is in the view as holding DAP exactly when it has implicit assignments
        for (const entry of view.partners)
          expect(entry.delegatedAdmin).toBe(
            effective.some((a) => a.kind === "implicit" && a.partner === entry.partner),
          );
      }
    },
  );
});
