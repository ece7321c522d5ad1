/**
 * The vocabulary's guards and names: what every step uses to check an untyped caller's
 * identifiers, roles and rule IDs (INVAR-3), and to name roles in messages.
 */
import {
  allow,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
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
  it("INVAR-3 a role template ID is a lower-case GUID", () => {
    expect(isRoleId(GLOBAL_ADMINISTRATOR)).toBe(true);
    expect(isRoleId("00000000-0000-0000-0000-000000000000")).toBe(true);
    for (const value of [
      GLOBAL_ADMINISTRATOR.toUpperCase(),
      `${GLOBAL_ADMINISTRATOR}x`,
      `x${GLOBAL_ADMINISTRATOR}`,
      "Global Administrator",
      7,
    ])
      expect(isRoleId(value), String(value)).toBe(false);
    // an object that prints as a role ID is not one
    expect(isRoleId({ toString: () => GLOBAL_ADMINISTRATOR })).toBe(false);
  });

  it("INVAR-3 a role is named by its display name, or by its ID where the library has no name for it", () => {
    expect(roleName(GLOBAL_ADMINISTRATOR)).toBe("Global Administrator");
    expect(roleName(HELPDESK_ADMINISTRATOR)).toBe("Helpdesk Administrator");
    expect(roleName("00000000-0000-0000-0000-000000000000")).toBe("00000000-0000-0000-0000-000000000000");
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
