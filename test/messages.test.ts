/**
 * Messages that help: a value given where a role template ID or a partner type is due is
 * refused naming the value given and what to give instead (a display name gets the
 * constant and ID of its role; a near miss of a partner type gets the type meant; every
 * refusal of a type lists the valid ones), in the steps' errors and the codec's issues
 * alike.
 */
import type { Result } from "neverthrow";
import * as api from "partner-relationships";
import {
  acceptInvitation,
  BILLING_ADMINISTRATOR,
  type CustomerUser,
  createGdapRelationship,
  DIRECTORY_ROLES,
  type DomainError,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  PARTNER_TYPE_LIST,
  sendInvitation,
} from "partner-relationships";
import { parseActor, parseInvitation } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, PARTNER, T0 } from "./support/actors.js";
import { untyped } from "./support/untyped.js";

function refusal<T>(result: Result<T, DomainError>): DomainError {
  if (result.isOk()) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const send = { id: "inv-1", customer: CUSTOMER, partner: PARTNER, by: adminAgent, at: T0 } as const;
const admin = (roles: readonly string[]): CustomerUser => ({
  kind: "customerUser",
  id: "kim",
  tenant: CUSTOMER,
  roles,
});
const pending = () => sendInvitation({ ...send, type: "advisor" })._unsafeUnwrap();
const constants = api as unknown as Record<string, unknown>;

describe("a role given by display name", () => {
  it("ACT-1 a customer admin whose roles hold a display name is refused naming it and the constant and ID to use", () => {
    const error = refusal(
      acceptInvitation(pending(), { by: admin(["Global Administrator"]), at: T0 + DAY, agreementAcknowledged: true }),
    );
    expect(error).toMatchObject({ code: "not_authorized", rule: "ACT-1", reason: "missing_role" });
    expect(error.message).toBe(
      `kim may not acceptInvitation: the actor holds none of Global Administrator, Billing Administrator (its role "Global Administrator" is a display name, not a role template ID: use GLOBAL_ADMINISTRATOR ("${GLOBAL_ADMINISTRATOR}") for Global Administrator); it needs Global Administrator or Billing Administrator (ACT-1).`,
    );
    // in any case and spacing, and the first display name among the roles
    const billing = refusal(
      acceptInvitation(pending(), {
        by: admin(["helpdesk", " billing administrator "]),
        at: T0 + DAY,
        agreementAcknowledged: true,
      }),
    );
    expect(billing.message).toContain(`its role " billing administrator " is a display name`);
    expect(billing.message).toContain(`use BILLING_ADMINISTRATOR ("${BILLING_ADMINISTRATOR}")`);
  });

  it("ACT-1 roles that name no role add nothing to the refusal", () => {
    const error = refusal(
      acceptInvitation(pending(), {
        by: admin(["helpdesk", HELPDESK_ADMINISTRATOR]),
        at: T0 + DAY,
        agreementAcknowledged: true,
      }),
    );
    expect(error.message).toBe(
      "kim may not acceptInvitation: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
    );
  });

  it("TYPE-1 every role the library names is found by its display name, and the constant named holds its ID", () => {
    for (const [id, name] of Object.entries(DIRECTORY_ROLES)) {
      const error = refusal(sendInvitation(untyped({ ...send, type: "partner", roles: [GLOBAL_ADMINISTRATOR, name] })));
      expect(error).toMatchObject({
        code: "invalid_input",
        rule: "TYPE-1",
        path: "roles[1]",
        found: JSON.stringify(name),
      });
      const constant = /use ([A-Z_]+) \("([0-9a-f-]+)"\)/.exec(error.code === "invalid_input" ? error.expected : "");
      expect(constant?.[2], name).toBe(id);
      expect(constants[constant?.[1] ?? ""], name).toBe(id);
    }
  });

  it("GDAP-1 a GDAP role given by display name is refused with the ID to use; another string with where IDs come from", () => {
    const input = {
      id: "g-1",
      partner: PARTNER,
      customer: CUSTOMER,
      displayName: "Support",
      duration: "P30D",
      by: adminAgent,
      at: T0,
    };
    const named = refusal(createGdapRelationship(untyped({ ...input, roles: ["Helpdesk Administrator"] })));
    expect(named.message).toBe(
      `roles[0]: expected an Entra role template ID (a GUID), not a display name: use HELPDESK_ADMINISTRATOR ("${HELPDESK_ADMINISTRATOR}") for Helpdesk Administrator, found "Helpdesk Administrator" (GDAP-1).`,
    );
    const other = refusal(createGdapRelationship(untyped({ ...input, roles: ["Security Reader"] })));
    expect(other.message).toBe(
      'roles[0]: expected an Entra role template ID (a GUID); the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name, found "Security Reader" (GDAP-1).',
    );
    // a value that is no string gets the plain expectation
    const number = refusal(createGdapRelationship(untyped({ ...input, roles: [7] })));
    expect(number).toMatchObject({ path: "roles[0]", expected: "an Entra role template ID (a GUID)", found: "7" });
  });

  it("INVAR-6 the codec's issue for a display name given as a role names the constant and ID to use", () => {
    const parsed = parseActor({ kind: "customerUser", id: "kim", tenant: CUSTOMER, roles: ["GLOBAL ADMINISTRATOR"] });
    expect(parsed.isErr() && parsed.error.issues).toEqual([
      {
        path: "roles[0]",
        segments: ["roles", 0],
        expected: `an Entra role template ID (a GUID), not a display name: use GLOBAL_ADMINISTRATOR ("${GLOBAL_ADMINISTRATOR}") for Global Administrator`,
        found: '"GLOBAL ADMINISTRATOR"',
      },
    ]);
  });
});

describe("an unknown partner type", () => {
  const list = `a partner type (${PARTNER_TYPE_LIST.join(", ")})`;

  it("TYPE-1 is refused naming the value given and listing every valid type", () => {
    expect(refusal(sendInvitation(untyped({ ...send, type: "distributor" })))).toEqual({
      code: "invalid_input",
      rule: "TYPE-1",
      path: "type",
      expected: list,
      found: '"distributor"',
      message: `type: expected ${list}, found "distributor" (TYPE-1).`,
    });
    for (const type of PARTNER_TYPE_LIST) expect(list).toContain(type);
  });

  it("TYPE-1 a display name, another spelling or a typo of a type also names the type meant", () => {
    const meant: readonly (readonly [string, string, string])[] = [
      ["Advisor", "Advisor", "advisor"],
      ["Advisr", "Advisor", "advisor"],
      ["reseller & delegated administrator", "Reseller & delegated administrator", "resellerAndDelegatedAdministrator"],
      ["delegated-administrator", "Delegated administrator", "delegatedAdministrator"],
      ["GDAP", "Partner with GDAP access", "gdap"],
    ];
    for (const [given, name, type] of meant)
      expect(refusal(sendInvitation(untyped({ ...send, type: given }))), given).toMatchObject({
        path: "type",
        expected: `${list}; for ${name}, give "${type}"`,
        found: JSON.stringify(given),
      });
  });

  it("INVAR-8 a long value is refused with the list alone, without being compared", () => {
    const long = "advisor".repeat(10_000);
    expect(refusal(sendInvitation(untyped({ ...send, type: long })))).toMatchObject({ path: "type", expected: list });
  });

  it("INVAR-6 the codec's issue for an unknown type lists the types and names the one meant", () => {
    const invitation = pending();
    const stored = {
      ...invitation,
      type: "Advisor",
      sentAt: "2026-01-01T00:00:00Z",
      expiresAt: "2026-04-01T00:00:00Z",
    };
    const parsed = parseInvitation(stored);
    expect(parsed.isErr() && parsed.error.issues.find((issue) => issue.path === "type")).toMatchObject({
      expected: `${list}; for Advisor, give "advisor"`,
      found: '"Advisor"',
    });
  });
});
