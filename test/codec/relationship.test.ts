import fc from "fast-check";
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR } from "partner-relationships";
import {
  type ActiveRelationshipJson,
  parseRelationship,
  parseRoleGrant,
  relationshipSchema,
  relationshipToJson,
  roleGrantSchema,
  roleGrantToJson,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { commandArb, initialWorld, step } from "../support/world.js";
import { relationshipArb, roleGrantArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, throughJsonText } from "./round-trip.js";

const active: ActiveRelationshipJson = {
  status: "active",
  customer: "contoso",
  partner: "fabrikam",
  capacities: ["reseller", "advisor"],
  grants: [
    { role: GLOBAL_ADMINISTRATOR, holder: "adminAgents", capacity: "advisor", grantedAt: "2026-01-02T00:00:00.000Z" },
    {
      role: HELPDESK_ADMINISTRATOR,
      holder: "helpdeskAgents",
      capacity: "advisor",
      grantedAt: "2026-01-02T00:00:00.000Z",
    },
  ],
  since: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
};

describe("relationships and role grants", () => {
  property(
    "INVAR-5 a relationship, active or ended, survives relationshipToJson → JSON text → parseRelationship unchanged",
    [relationshipArb],
    (relationship) => {
      expect(throughJsonText(relationship, relationshipToJson, parseRelationship)._unsafeUnwrap()).toStrictEqual(
        relationship,
      );
    },
  );

  property(
    "INVAR-5 a role grant survives roleGrantToJson → JSON text → parseRoleGrant unchanged",
    [roleGrantArb],
    (grant) => {
      expect(throughJsonText(grant, roleGrantToJson, parseRoleGrant)._unsafeUnwrap()).toStrictEqual(grant);
    },
  );

  property(
    "INVAR-5 relationships made by the public steps round trip",
    [fc.array(commandArb, { minLength: 1, maxLength: 40 })],
    (commands) => {
      let world = initialWorld;
      for (const command of commands) {
        world = step(world, command).world;
        if (world.relationship !== undefined)
          expect(
            throughJsonText(world.relationship, relationshipToJson, parseRelationship)._unsafeUnwrap(),
          ).toStrictEqual(world.relationship);
      }
    },
  );

  it("INVAR-6 reports faults in grants with exact paths such as grants[0].grantedAt", () => {
    const grants = [{ ...active.grants[0], grantedAt: "2026-01-02" }, active.grants[1], { role: GLOBAL_ADMINISTRATOR }];
    expect(issuesOf(parseRelationship({ ...active, grants }))).toEqual([
      {
        path: "grants[0].grantedAt",
        expected: "an ISO 8601 date-time with an offset, such as 2026-01-15T09:30:00Z",
        found: '"2026-01-02"',
      },
      {
        path: "grants[2].holder",
        expected: 'one of "adminAgents", "helpdeskAgents", "partnerUserAccount"',
        found: "nothing (the field is missing)",
      },
      expect.objectContaining({ path: "grants[2].capacity" }),
      expect.objectContaining({ path: "grants[2].grantedAt" }),
    ]);
  });

  it("INVAR-6 refuses what the steps never produce (REL-1, INVAR-1)", () => {
    expect(issuesOf(parseRelationship({ ...active, capacities: [] }))).toMatchInlineSnapshot(`
      [
        {
          "expected": "an array of 1 to 100000 items",
          "found": "an array of 0 items",
          "path": "capacities",
        },
      ]
    `);
    expect(
      issuesOf(parseRelationship({ ...active, capacities: ["reseller", "advisor", "reseller"] })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "a capacity not already listed (capacities[0]) (REL-1)",
          "found": ""reseller"",
          "path": "capacities[2]",
        },
      ]
    `);
    expect(issuesOf(parseRelationship({ ...active, capacities: ["reseller"] }))).toEqual([
      { path: "grants[0].capacity", expected: "one of the relationship's capacities (INVAR-1)", found: '"advisor"' },
      { path: "grants[1].capacity", expected: "one of the relationship's capacities (INVAR-1)", found: '"advisor"' },
    ]);
    expect(issuesOf(parseRelationship({ ...active, updatedAt: "2025-12-31T00:00:00Z" }))).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant not before since (2026-01-01T00:00:00.000Z)",
          "found": "2025-12-31T00:00:00.000Z",
          "path": "updatedAt",
        },
        {
          "expected": "an instant from since (2026-01-01T00:00:00.000Z) to updatedAt (2025-12-31T00:00:00.000Z)",
          "found": "2026-01-02T00:00:00.000Z",
          "path": "grants[0].grantedAt",
        },
        {
          "expected": "an instant from since (2026-01-01T00:00:00.000Z) to updatedAt (2025-12-31T00:00:00.000Z)",
          "found": "2026-01-02T00:00:00.000Z",
          "path": "grants[1].grantedAt",
        },
      ]
    `);
    expect(
      issuesOf(parseRelationship({ ...active, grants: [active.grants[0], active.grants[0]] })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "a role and holder not already granted (grants[0]) (REL-1)",
          "found": "62e90394-69f5-4237-9190-012177145e10 held by adminAgents",
          "path": "grants[1]",
        },
      ]
    `);
    expect(
      issuesOf(parseRelationship({ ...active, grants: [{ ...active.grants[0], grantedAt: "2025-12-31T00:00:00Z" }] })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant from since (2026-01-01T00:00:00.000Z) to updatedAt (2026-01-02T00:00:00.000Z)",
          "found": "2025-12-31T00:00:00.000Z",
          "path": "grants[0].grantedAt",
        },
      ]
    `);
    const ended = { ...active, status: "ended", endedBy: "customer", endedByUser: "kim" };
    expect(issuesOf(parseRelationship(ended))).toEqual([
      { path: "grants", expected: "an empty array", found: "an array of 2 items" },
    ]);
    expect(parseRelationship({ ...ended, grants: [] }).isOk()).toBe(true);
    expect(issuesOf(parseRelationship({ ...ended, grants: [], endedBy: "microsoft" }))).toMatchInlineSnapshot(`
      [
        {
          "expected": "one of "customer", "partner"",
          "found": ""microsoft"",
          "path": "endedBy",
        },
      ]
    `);
  });

  it("has Standard Schemas", () => {
    expect(relationshipSchema["~standard"].validate(active)).toHaveProperty("value");
    expect(roleGrantSchema["~standard"].validate({})).toHaveProperty("issues");
  });
});
