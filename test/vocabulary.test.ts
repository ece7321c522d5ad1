/**
 * The vocabulary's guards and names: what every step uses to check an untyped caller's
 * identifiers, roles and rule IDs (INVAR-3), and to name roles in messages.
 */
import {
  allow,
  canonicalRoleId,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  includesRole,
  isIdentifier,
  isRoleId,
  isRuleId,
  RULE_IDS,
  refuse,
  roleName,
} from "partner-relationships";
import { describe, expect, it } from "vitest";

describe("identifiers", () => {
  it("INVAR-3 an identifier is a non-empty string of at most 256 characters without surrounding spaces", () => {
    expect(isIdentifier("a")).toBe(true);
    expect(isIdentifier("x".repeat(256))).toBe(true);
    expect(isIdentifier("contoso ltd")).toBe(true);
    for (const value of ["", "x".repeat(257), " contoso", "contoso\n", 7, null, undefined, ["a"]])
      expect(isIdentifier(value), JSON.stringify(value)).toBe(false);
  });
});

describe("roles", () => {
  it("INVAR-3 a role template ID is a GUID, in lower or upper case", () => {
    expect(isRoleId(GLOBAL_ADMINISTRATOR)).toBe(true);
    expect(isRoleId("00000000-0000-0000-0000-000000000000")).toBe(true);
    expect(isRoleId(GLOBAL_ADMINISTRATOR.toUpperCase())).toBe(true);
    for (const value of [`${GLOBAL_ADMINISTRATOR}x`, `x${GLOBAL_ADMINISTRATOR}`, "Global Administrator", 7])
      expect(isRoleId(value), String(value)).toBe(false);
    // an object that prints as a role ID is not one
    expect(isRoleId({ toString: () => GLOBAL_ADMINISTRATOR })).toBe(false);
  });

  it("INVAR-3 a role is named by its display name, or by its ID where the library has no name for it", () => {
    expect(roleName(GLOBAL_ADMINISTRATOR)).toBe("Global Administrator");
    expect(roleName(HELPDESK_ADMINISTRATOR)).toBe("Helpdesk Administrator");
    expect(roleName("00000000-0000-0000-0000-000000000000")).toBe("00000000-0000-0000-0000-000000000000");
  });

  it("GDAP-11 role IDs compare case-insensitively: canonicalRoleId gives the lower-case form, includesRole and roleName ignore case", () => {
    const upper = GLOBAL_ADMINISTRATOR.toUpperCase();
    expect(canonicalRoleId(upper)).toBe(GLOBAL_ADMINISTRATOR);
    expect(canonicalRoleId(GLOBAL_ADMINISTRATOR)).toBe(GLOBAL_ADMINISTRATOR);
    expect(canonicalRoleId("62E90394-69f5-4237-9190-012177145E10")).toBe(GLOBAL_ADMINISTRATOR);
    expect(includesRole([HELPDESK_ADMINISTRATOR, upper], GLOBAL_ADMINISTRATOR)).toBe(true);
    expect(includesRole([GLOBAL_ADMINISTRATOR], upper)).toBe(true);
    expect(includesRole([HELPDESK_ADMINISTRATOR], upper)).toBe(false);
    expect(roleName(upper)).toBe("Global Administrator");
    // an untyped caller's non-string is returned as it is and equals no role
    expect(canonicalRoleId(7 as unknown as string)).toBe(7);
    expect(includesRole([7 as unknown as string], GLOBAL_ADMINISTRATOR)).toBe(false);
  });
});

describe("rule IDs", () => {
  it("INVAR-3 isRuleId takes the catalogue's IDs and nothing else, prototype keys included", () => {
    for (const rule of RULE_IDS) expect(isRuleId(rule)).toBe(true);
    for (const value of ["INV-9", "inv-1", "toString", "__proto__", ""]) expect(isRuleId(value), value).toBe(false);
  });
});

describe("decisions", () => {
  it("INVAR-1 an allowed decision carries its basis only when one is given; a refused one never has one", () => {
    expect(allow(["REL-2"], ["listed"])).toStrictEqual({
      allowed: true,
      rules: ["REL-2"],
      reasons: ["listed"],
      remedies: [],
    });
    const basis = [{ kind: "agreement" as const, customer: "contoso", acceptedBy: "kim", acceptedAt: 0 }];
    expect(allow(["MCA-1"], ["accepted"], basis)).toStrictEqual({
      allowed: true,
      rules: ["MCA-1"],
      reasons: ["accepted"],
      remedies: [],
      basis,
    });
    expect(refuse(["TYPE-2"], ["no"], ["ask"])).toStrictEqual({
      allowed: false,
      rules: ["TYPE-2"],
      reasons: ["no"],
      remedies: ["ask"],
    });
  });
});
