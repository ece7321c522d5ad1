import fc from "fast-check";
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, type Invitation, sendInvitation } from "partner-relationships";
import {
  type InvitationJson,
  invitationSchema,
  invitationToJson,
  type PendingInvitationJson,
  parseInvitation,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { adminAgent, T0 } from "../support/actors.js";
import { commandArb, initialWorld, step } from "../support/world.js";
import { invitationArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, pathsOf, throughJsonText } from "./round-trip.js";

const pending: PendingInvitationJson = {
  status: "pending",
  id: "inv-1",
  customer: "contoso",
  partner: "fabrikam",
  type: "advisor",
  roles: [
    { role: GLOBAL_ADMINISTRATOR, holder: "adminAgents" },
    { role: HELPDESK_ADMINISTRATOR, holder: "helpdeskAgents" },
  ],
  sentBy: "ana",
  sentAt: "2026-01-01T00:00:00.000Z",
  expiresAt: "2026-04-01T00:00:00.000Z",
};

describe("invitations", () => {
  property(
    "INVAR-5 an invitation in any state survives invitationToJson → JSON text → parseInvitation unchanged",
    [invitationArb],
    (invitation) => {
      expect(throughJsonText(invitation, invitationToJson, parseInvitation)._unsafeUnwrap()).toStrictEqual(invitation);
    },
  );

  property(
    "INVAR-5 the JSON form is canonical: parse then write gives the same JSON",
    [invitationArb],
    (invitation) => {
      const json = invitationToJson(invitation);
      expect(invitationToJson(parseInvitation(json)._unsafeUnwrap())).toStrictEqual(json);
    },
  );

  property(
    "INVAR-5 invitations made by the public steps round trip",
    [fc.array(commandArb, { minLength: 1, maxLength: 30 })],
    (commands) => {
      let world = initialWorld;
      for (const command of commands) world = step(world, command).world;
      for (const invitation of world.invitations)
        expect(throughJsonText(invitation, invitationToJson, parseInvitation)._unsafeUnwrap()).toStrictEqual(
          invitation,
        );
    },
  );

  it("INVAR-5 writes instants as ISO 8601 UTC strings and everything else as is", () => {
    const sent = sendInvitation({
      id: "inv-1",
      customer: "contoso",
      partner: "fabrikam",
      type: "advisor",
      by: adminAgent,
      at: T0,
    })._unsafeUnwrap();
    expect(invitationToJson(sent)).toStrictEqual(pending);
    const parsed: Invitation = parseInvitation(pending)._unsafeUnwrap();
    expect(parsed).toStrictEqual(sent);
  });

  it("INVAR-6 reports every fault with its exact path", () => {
    const roles = [...pending.roles, { role: "Global Administrator", holder: "adminAgents" }];
    expect(issuesOf(parseInvitation({ ...pending, roles, sentAt: "yesterday", id: "" }))).toEqual([
      {
        path: "id",
        expected: "an identifier (a non-empty string of at most 256 characters without surrounding white space)",
        found: '""',
      },
      {
        path: "roles[2].role",
        expected: `an Entra role template ID (a GUID), not a display name: use GLOBAL_ADMINISTRATOR ("${GLOBAL_ADMINISTRATOR}") for Global Administrator`,
        found: '"Global Administrator"',
      },
      {
        path: "sentAt",
        expected: "an ISO 8601 date-time with an offset, such as 2026-01-15T09:30:00Z",
        found: '"yesterday"',
      },
    ]);
    expect(pathsOf(parseInvitation({ ...pending, roles: [pending.roles[0], "x", {}] }))).toEqual([
      "roles[1]",
      "roles[2].role",
      "roles[2].holder",
    ]);
    expect(issuesOf(parseInvitation({ ...pending, status: "rejected" }))).toEqual([
      { path: "status", expected: 'one of "pending", "accepted", "cancelled", "expired"', found: '"rejected"' },
    ]);
    expect(pathsOf(parseInvitation({ ...pending, acceptedAt: pending.sentAt }))).toEqual(["acceptedAt"]);
    expect(pathsOf(parseInvitation({ ...pending, status: "accepted" }))).toEqual(["acceptedAt", "acceptedBy"]);
  });

  it("INVAR-6 refuses what the steps never produce: expiry before sending, an answer out of time", () => {
    expect(issuesOf(parseInvitation({ ...pending, expiresAt: "2025-12-31T00:00:00Z" }))).toEqual([
      {
        path: "expiresAt",
        expected: "an instant not before sentAt (2026-01-01T00:00:00.000Z)",
        found: "2025-12-31T00:00:00.000Z",
      },
    ]);
    const accepted = (acceptedAt: string): InvitationJson => ({
      ...pending,
      status: "accepted",
      acceptedAt,
      acceptedBy: "kim",
    });
    expect(parseInvitation(accepted("2026-01-02T00:00:00Z")).isOk()).toBe(true);
    expect(issuesOf(parseInvitation(accepted("2025-01-02T00:00:00Z")))).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant not before sentAt (2026-01-01T00:00:00.000Z)",
          "found": "2025-01-02T00:00:00.000Z",
          "path": "acceptedAt",
        },
      ]
    `);
    expect(issuesOf(parseInvitation(accepted(pending.expiresAt)))[0]?.expected).toContain("(INV-4)");
    // an expiry before sending is the fault, not the acceptance after it
    expect(
      issuesOf(parseInvitation({ ...accepted("2026-01-02T00:00:00Z"), expiresAt: "2025-12-31T00:00:00Z" })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant not before sentAt (2026-01-01T00:00:00.000Z)",
          "found": "2025-12-31T00:00:00.000Z",
          "path": "expiresAt",
        },
      ]
    `);
    expect(
      issuesOf(parseInvitation({ ...accepted("2026-01-02T00:00:00Z"), expiresAt: pending.sentAt })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant before expiresAt (2026-01-01T00:00:00.000Z): an expired invitation cannot be accepted (INV-4)",
          "found": "2026-01-02T00:00:00.000Z",
          "path": "acceptedAt",
        },
      ]
    `);
    expect(
      issuesOf(
        parseInvitation({ ...pending, status: "cancelled", cancelledAt: "2025-01-01T00:00:00Z", cancelledBy: "kim" }),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant not before sentAt (2026-01-01T00:00:00.000Z)",
          "found": "2025-01-01T00:00:00.000Z",
          "path": "cancelledAt",
        },
      ]
    `);
    expect(
      parseInvitation({
        ...pending,
        status: "cancelled",
        cancelledAt: "2027-01-01T00:00:00Z",
        cancelledBy: "kim",
      }).isOk(),
    ).toBe(true);
    expect(
      issuesOf(parseInvitation({ ...pending, status: "expired", expiredAt: "2026-03-01T00:00:00Z" })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant not before expiresAt (2026-04-01T00:00:00.000Z)",
          "found": "2026-03-01T00:00:00.000Z",
          "path": "expiredAt",
        },
      ]
    `);
  });

  it("INVAR-6 a __proto__ key from JSON.parse is refused as an unknown field and pollutes nothing", () => {
    const text = JSON.stringify(pending).replace("{", '{"__proto__": {"polluted": true, "status": "accepted"},');
    const input: unknown = JSON.parse(text);
    expect(Object.hasOwn(input as object, "__proto__")).toBe(true);
    const result = parseInvitation(input);
    expect(issuesOf(result)).toEqual([
      {
        path: "__proto__",
        expected: "no field other than status, id, customer, partner, type, roles, sentBy, sentAt, expiresAt",
        found: "an unknown field",
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads instants with offsets and writes them back in UTC", () => {
    const parsed = parseInvitation({ ...pending, sentAt: "2026-01-01T01:00:00+01:00" })._unsafeUnwrap();
    expect(parsed.sentAt).toBe(T0);
    expect(invitationToJson(parsed).sentAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("has a Standard Schema whose issues carry the path as segments", () => {
    const result = invitationSchema["~standard"].validate({ ...pending, roles: [{ role: 1, holder: "adminAgents" }] });
    expect(result).toEqual({
      issues: [{ message: "expected an Entra role template ID (a GUID), found 1", path: ["roles", 0, "role"] }],
    });
  });
});
