import { fc, test } from "@fast-check/vitest";
import {
  advanceGdapRelationship,
  createAccessAssignment,
  deleteAccessAssignment,
  GLOBAL_ADMINISTRATOR,
  gdapGroupHoldsRole,
  gdapHoldersOfRole,
  gdapRolesOfGroup,
  HELPDESK_ADMINISTRATOR,
  MS_PER_DAY,
  removeGlobalAdministrator,
  terminateGdapRelationship,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  OTHER_CUSTOMER,
  OTHER_PARTNER,
  otherPartnerAgent,
  PARTNER,
  T0,
} from "../support/actors.js";
import { active, assignment, HELPDESK_GROUP, USERS_GROUP, unwrap } from "./fixtures.js";

const rolesOf = (
  rels: Parameters<typeof gdapRolesOfGroup>[0],
  assigns: Parameters<typeof gdapRolesOfGroup>[1],
  at: number,
  group = HELPDESK_GROUP,
) => gdapRolesOfGroup(rels, assigns, { customer: CUSTOMER, group, at });

describe("gdapRolesOfGroup (GDAP-7)", () => {
  it("GDAP-7 a group holds its assigned roles while the relationship is active", () => {
    const rel = active();
    const given = assignment(rel);
    expect(rolesOf([rel], [given], rel.activatedDateTime)).toEqual([HELPDESK_ADMINISTRATOR]);
    expect(rolesOf([rel], [given], rel.endDateTime - 1)).toEqual([HELPDESK_ADMINISTRATOR]);
    expect(rolesOf([rel], [given], rel.activatedDateTime - 1)).toEqual([]);
    expect(rolesOf([rel], [given], rel.endDateTime)).toEqual([]);
    expect(
      gdapRolesOfGroup([rel], [given], { customer: OTHER_CUSTOMER, group: HELPDESK_GROUP, at: rel.activatedDateTime }),
    ).toEqual([]);
    expect(rolesOf([rel], [given], rel.activatedDateTime, USERS_GROUP)).toEqual([]);
  });

  it("GDAP-7 an auto-extending relationship keeps granting after its first end time", () => {
    const rel = active({ autoExtendDuration: "P180D" });
    const given = assignment(rel);
    expect(rolesOf([rel], [given], rel.endDateTime + 1000 * DAY)).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("GDAP-7 after expiry or termination every assignment is void", () => {
    const rel = active();
    const given = assignment(rel);
    const expired = unwrap(advanceGdapRelationship(rel, rel.endDateTime));
    expect(rolesOf([expired], [given], rel.activatedDateTime + DAY)).toEqual([]);
    const terminated = unwrap(terminateGdapRelationship(rel, { by: globalAdmin, at: T0 + 10 * DAY }));
    for (const at of [T0 + 10 * DAY, T0 + 11 * DAY, rel.activatedDateTime])
      expect(rolesOf([terminated], [given], at)).toEqual([]);
  });

  it("GDAP-7 a deleted assignment, or one created after t, grants nothing", () => {
    const rel = active();
    const given = assignment(rel, HELPDESK_GROUP, [HELPDESK_ADMINISTRATOR], T0 + 5 * DAY);
    expect(rolesOf([rel], [given], T0 + 4 * DAY)).toEqual([]);
    const deleted = unwrap(deleteAccessAssignment(given, { by: adminAgent, at: T0 + 6 * DAY }));
    expect(rolesOf([rel], [deleted], T0 + 7 * DAY)).toEqual([]);
  });

  it("GDAP-7 an assignment without its relationship grants nothing", () => {
    const rel = active();
    expect(rolesOf([], [assignment(rel)], T0 + 3 * DAY)).toEqual([]);
  });

  it("GDAP-2 GDAP-7 Global Administrator removed from the relationship is no longer granted by its assignments", () => {
    const rel = active({ roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] });
    const given = assignment(rel, HELPDESK_GROUP, [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR]);
    expect(rolesOf([rel], [given], T0 + 5 * DAY)).toEqual([GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR]);
    const removed = unwrap(removeGlobalAdministrator(rel, { by: adminAgent, at: T0 + 5 * DAY }));
    expect(rolesOf([removed], [given], T0 + 5 * DAY)).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("GDAP-7 merges the roles of several relationships, each once", () => {
    const first = active();
    const second = active({ id: "rel-2", displayName: "Second", roles: [HELPDESK_ADMINISTRATOR] });
    const a1 = assignment(first, HELPDESK_GROUP, [USER_ADMINISTRATOR, HELPDESK_ADMINISTRATOR], undefined, "a1");
    const a2 = assignment(second, HELPDESK_GROUP, [HELPDESK_ADMINISTRATOR], undefined, "a2");
    expect(rolesOf([first, second], [a1, a2], T0 + 3 * DAY)).toEqual([USER_ADMINISTRATOR, HELPDESK_ADMINISTRATOR]);
  });

  it("answers [] for a NaN instant instead of throwing", () => {
    const rel = active();
    expect(rolesOf([rel], [assignment(rel)], Number.NaN)).toEqual([]);
  });
});

describe("gdapHoldersOfRole (GDAP-7)", () => {
  it("GDAP-7 lists the groups of every partner that hold the role at t", () => {
    const mine = active();
    const theirs = active({ id: "rel-x", partner: OTHER_PARTNER, by: otherPartnerAgent, displayName: "Theirs" });
    const a1 = assignment(mine, HELPDESK_GROUP, [HELPDESK_ADMINISTRATOR], undefined, "a1");
    const a2 = assignment(mine, USERS_GROUP, [USER_ADMINISTRATOR], undefined, "a2");
    const theirGroup = unwrap(
      createAccessAssignment(theirs, {
        id: "t1",
        group: "their-helpdesk",
        roles: [HELPDESK_ADMINISTRATOR],
        by: otherPartnerAgent,
        at: theirs.activatedDateTime,
      }),
    );
    const holders = gdapHoldersOfRole([mine, theirs], [a1, a2, theirGroup], {
      customer: CUSTOMER,
      role: HELPDESK_ADMINISTRATOR,
      at: T0 + 3 * DAY,
    });
    expect(holders).toEqual([
      {
        partner: PARTNER,
        group: HELPDESK_GROUP,
        role: HELPDESK_ADMINISTRATOR,
        relationship: mine.id,
        assignment: "a1",
        until: mine.endDateTime,
      },
      {
        partner: OTHER_PARTNER,
        group: "their-helpdesk",
        role: HELPDESK_ADMINISTRATOR,
        relationship: theirs.id,
        assignment: "t1",
        until: theirs.endDateTime,
      },
    ]);
    expect(
      gdapHoldersOfRole([mine, theirs], [a1, a2, theirGroup], {
        customer: CUSTOMER,
        role: HELPDESK_ADMINISTRATOR,
        at: mine.endDateTime,
      }),
    ).toEqual([]);
  });
});

describe("gdapGroupHoldsRole (GDAP-7)", () => {
  it("GDAP-7 allows with the assignment behind it", () => {
    const rel = active();
    const decision = gdapGroupHoldsRole([rel], [assignment(rel)], {
      customer: CUSTOMER,
      group: HELPDESK_GROUP,
      role: HELPDESK_ADMINISTRATOR,
      at: T0 + 3 * DAY,
    });
    expect(decision.allowed).toBe(true);
    expect(decision.rules).toContain("GDAP-7");
    expect(decision.reasons[0]).toContain("Helpdesk Administrator");
  });

  it("GDAP-7 refuses with the reason: no assignment, expired, terminated", () => {
    const rel = active();
    const given = assignment(rel);
    const query = { customer: CUSTOMER, group: HELPDESK_GROUP, role: HELPDESK_ADMINISTRATOR, at: rel.endDateTime };
    const none = gdapGroupHoldsRole([rel], [], query);
    expect(none).toMatchObject({ allowed: false, rules: ["GDAP-7", "GDAP-6", "INVAR-1"] });
    expect(none.remedies[0]).toContain("assign it to group");
    const ended = gdapGroupHoldsRole([rel], [given], query);
    expect(ended.allowed).toBe(false);
    expect(ended.reasons[0]).toContain("without auto-extension");
    const terminated = unwrap(terminateGdapRelationship(rel, { by: adminAgent, at: T0 + 5 * DAY }));
    expect(gdapGroupHoldsRole([terminated], [given], { ...query, at: T0 + 6 * DAY }).reasons[0]).toContain(
      "is terminated",
    );
    expect(gdapGroupHoldsRole([rel], [given], { ...query, at: T0 }).reasons[0]).toContain("after");
  });
});

// INVAR-1 at every instant: an independent oracle for the end time, by repeated extension.
function oracleEnd(end: number, extensionDays: number, at: number): number {
  let current = end;
  if (extensionDays === 0) return current;
  while (current <= at) current += extensionDays * MS_PER_DAY;
  return current;
}

describe("properties", () => {
  test.prop([
    fc.constantFrom("P1D", "P30D", "P90D", "P730D", "P2Y", "P1M"),
    fc.boolean(),
    fc.boolean(),
    fc.array(fc.integer({ min: -10 * DAY, max: 2000 * DAY }), { minLength: 1, maxLength: 20 }),
  ])(
    "GDAP-7 INVAR-1 no access before approval, nor at or after the end time unless extended, at every instant",
    (duration, extends180, globalAdministrator, offsets) => {
      const roles = globalAdministrator ? [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] : [HELPDESK_ADMINISTRATOR];
      const rel = active({
        duration,
        roles,
        autoExtendDuration: extends180 && !globalAdministrator ? "P180D" : "PT0S",
      });
      const given = assignment(rel, HELPDESK_GROUP, roles);
      const extensionDays = extends180 && !globalAdministrator ? 180 : 0;
      for (const offset of offsets) {
        const at = rel.activatedDateTime + offset;
        const held = rolesOf([rel], [given], at);
        const shouldHold = at >= rel.activatedDateTime && at < oracleEnd(rel.endDateTime, extensionDays, at);
        expect(held).toEqual(shouldHold ? roles : []);
        if (at >= rel.lastModifiedDateTime) {
          const advanced = unwrap(advanceGdapRelationship(rel, at));
          expect(rolesOf([advanced], [given], at)).toEqual(held);
        }
      }
    },
  );

  test.prop([
    fc.integer({ min: 0, max: 80 * DAY }),
    fc.array(fc.integer({ min: -10 * DAY, max: 2000 * DAY }), { maxLength: 20 }),
  ])("GDAP-7 INVAR-1 after termination no instant grants anything", (terminateAfter, offsets) => {
    const rel = active({ autoExtendDuration: "P180D" });
    const given = assignment(rel);
    const terminated = unwrap(
      terminateGdapRelationship(rel, { by: globalAdmin, at: rel.activatedDateTime + terminateAfter }),
    );
    for (const offset of offsets) expect(rolesOf([terminated], [given], rel.activatedDateTime + offset)).toEqual([]);
  });
});

describe("gdapGroupHoldsRole reasons (GDAP-7, INVAR-1)", () => {
  const question = (at: number) => ({ customer: CUSTOMER, group: HELPDESK_GROUP, role: HELPDESK_ADMINISTRATOR, at });

  it("GDAP-7 each assignment that would give the role says why it does not", () => {
    const rel = active();
    const given = assignment(rel);
    const at = rel.activatedDateTime + DAY;
    const deleted = unwrap(deleteAccessAssignment(given, { by: adminAgent, at }));
    const early = { ...given, createdDateTime: rel.activatedDateTime - 2 * DAY };
    const withoutRole = unwrap(
      removeGlobalAdministrator(active({ roles: [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] }), { by: adminAgent, at }),
    );
    const globalAssignment = { ...given, roles: [GLOBAL_ADMINISTRATOR] };
    const reasons = {
      deleted: gdapGroupHoldsRole([rel], [deleted], question(at + DAY)).reasons,
      createdAfter: gdapGroupHoldsRole([rel], [given], question(rel.activatedDateTime - 1)).reasons,
      unknownRelationship: gdapGroupHoldsRole([], [given], question(at)).reasons,
      otherPartner: gdapGroupHoldsRole([{ ...rel, partner: OTHER_PARTNER }], [given], question(at)).reasons,
      otherCustomer: gdapGroupHoldsRole([{ ...rel, customer: OTHER_CUSTOMER }], [given], question(at)).reasons,
      beforeActivation: gdapGroupHoldsRole([rel], [early], question(rel.activatedDateTime - DAY)).reasons,
      ended: gdapGroupHoldsRole([rel], [given], question(rel.endDateTime)).reasons,
      roleRemoved: gdapGroupHoldsRole([withoutRole], [globalAssignment], {
        ...question(at),
        role: GLOBAL_ADMINISTRATOR,
      }).reasons,
    };
    expect(reasons).toMatchInlineSnapshot(`
      {
        "beforeActivation": [
          "GDAP relationship rel-1 became active at 2026-01-03T00:00:00.000Z, after 2026-01-02T00:00:00.000Z.",
        ],
        "createdAfter": [
          "Access assignment assign-helpdesk-agents was created at 2026-01-03T00:00:00.000Z, after 2026-01-02T23:59:59.999Z.",
        ],
        "deleted": [
          "Access assignment assign-helpdesk-agents is deleted.",
        ],
        "ended": [
          "GDAP relationship rel-1 ended at 2026-04-03T00:00:00.000Z without auto-extension.",
        ],
        "otherCustomer": [
          "GDAP relationship rel-1 is not between fabrikam and contoso.",
        ],
        "otherPartner": [
          "GDAP relationship rel-1 is not between fabrikam and contoso.",
        ],
        "roleRemoved": [
          "GDAP relationship rel-1 no longer holds Global Administrator.",
        ],
        "unknownRelationship": [
          "GDAP relationship rel-1 of assignment assign-helpdesk-agents is not known.",
        ],
      }
    `);
  });

  it("GDAP-7 a refusal lists only the assignments of that group, customer and role, and its remedy", () => {
    const rel = active();
    const at = rel.activatedDateTime + DAY;
    const others = [
      assignment(rel, USERS_GROUP, [HELPDESK_ADMINISTRATOR]),
      { ...assignment(rel, HELPDESK_GROUP, [USER_ADMINISTRATOR]), id: "users-role" },
      { ...assignment(rel), id: "other-customer", customer: OTHER_CUSTOMER },
    ];
    expect(gdapGroupHoldsRole([rel], others, question(at))).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "reasons": [
          "No access assignment gives group helpdesk-agents Helpdesk Administrator in contoso.",
        ],
        "remedies": [
          "The partner must hold Helpdesk Administrator in an active GDAP relationship approved by contoso and assign it to group helpdesk-agents.",
        ],
        "rules": [
          "GDAP-7",
          "GDAP-6",
          "INVAR-1",
        ],
      }
    `);
    const deleted = unwrap(deleteAccessAssignment(assignment(rel), { by: adminAgent, at }));
    expect(gdapGroupHoldsRole([rel], [...others, deleted], question(at + 1))).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "reasons": [
          "Access assignment assign-helpdesk-agents is deleted.",
        ],
        "remedies": [
          "The partner must hold Helpdesk Administrator in an active GDAP relationship approved by contoso and assign it to group helpdesk-agents.",
        ],
        "rules": [
          "GDAP-7",
          "INVAR-1",
        ],
      }
    `);
  });

  it("GDAP-7 GDAP-6 an allowed answer names the assignment, the relationship and its end time", () => {
    const rel = active();
    expect(gdapGroupHoldsRole([rel], [assignment(rel)], question(rel.activatedDateTime))).toMatchInlineSnapshot(`
      {
        "allowed": true,
        "reasons": [
          "Access assignment assign-helpdesk-agents gives group helpdesk-agents Helpdesk Administrator in contoso through GDAP relationship rel-1, active until 2026-04-03T00:00:00.000Z.",
        ],
        "remedies": [],
        "rules": [
          "GDAP-7",
          "GDAP-6",
        ],
      }
    `);
  });

  it("GDAP-7 Graph's transient expiring status still grants", () => {
    const rel = active();
    const expiring = untypedGdap({ ...rel, status: "expiring" });
    const at = rel.activatedDateTime + DAY;
    expect(gdapGroupHoldsRole([expiring], [assignment(rel)], question(at)).allowed).toBe(true);
    expect(rolesOf([expiring], [assignment(rel)], at)).toEqual([HELPDESK_ADMINISTRATOR]);
  });

  it("GDAP-7 a question about something that is not an instant is refused, not thrown", () => {
    const rel = active();
    expect(gdapGroupHoldsRole([rel], [assignment(rel)], question(Number.NaN))).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "reasons": [
          "NaN is not an instant: effective access is asked about an instant.",
        ],
        "remedies": [
          "Ask about an instant (integer milliseconds since the epoch).",
        ],
        "rules": [
          "GDAP-7",
        ],
      }
    `);
    expect(
      gdapHoldersOfRole([rel], [assignment(rel)], { customer: CUSTOMER, role: HELPDESK_ADMINISTRATOR, at: 1.5 }),
    ).toEqual([]);
  });

  it("GDAP-7 an assignment counts only for its own customer, and only through a relationship of the same pair", () => {
    const rel = active();
    const given = assignment(rel);
    const at = rel.activatedDateTime + DAY;
    expect(rolesOf([rel], [{ ...given, customer: OTHER_CUSTOMER }], at)).toEqual([]);
    expect(rolesOf([{ ...rel, customer: OTHER_CUSTOMER }], [given], at)).toEqual([]);
    expect(rolesOf([{ ...rel, partner: OTHER_PARTNER }], [given], at)).toEqual([]);
    expect(rolesOf([rel], [given], at)).toEqual([HELPDESK_ADMINISTRATOR]);
    // another group holding the role does not answer for this group
    expect(
      gdapGroupHoldsRole([rel], [assignment(rel, USERS_GROUP, [HELPDESK_ADMINISTRATOR])], question(at)).allowed,
    ).toBe(false);
  });
});

/** A relationship in a status the typed API never produces (Graph's `expiring`). */
function untypedGdap(value: object): Parameters<typeof gdapRolesOfGroup>[0][number] {
  return value as Parameters<typeof gdapRolesOfGroup>[0][number];
}
