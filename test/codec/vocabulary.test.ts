import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/codec/decoder.js";
import {
  identifier,
  instant,
  instantToJson,
  MAX_JSON_INSTANT,
  MIN_JSON_INSTANT,
  partnerCenterRole,
  partnerType,
  roleHolder,
  roleId,
  ruleId,
} from "../../src/codec/vocabulary.js";
import { instantArb } from "./arbitraries.js";
import { property } from "./property.js";

describe("instants", () => {
  property("INVAR-5 an instant survives instantToJson → instant unchanged", [instantArb], (at) => {
    expect(decode(instant, instantToJson(at))._unsafeUnwrap()).toBe(at);
  });

  it("reads ISO 8601 with any offset and writes the canonical UTC form", () => {
    const at = decode(instant, "2026-01-15T10:30:00+01:00")._unsafeUnwrap();
    expect(instantToJson(at)).toBe("2026-01-15T09:30:00.000Z");
    expect(decode(instant, "2026-01-15T09:30Z")._unsafeUnwrap()).toBe(at);
    expect(instantToJson(MIN_JSON_INSTANT)).toBe("0000-01-01T00:00:00.000Z");
    expect(instantToJson(MAX_JSON_INSTANT)).toBe("9999-12-31T23:59:59.999Z");
  });

  it("refuses dates that are not on the calendar, times without an offset, numbers and long strings", () => {
    for (const bad of [
      "2026-02-30T00:00:00Z",
      "2026-02-29T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-01-01T24:00:00Z",
      "2026-01-01T23:60:00Z",
      "2026-01-01T00:00:60Z",
      "2026-01-01T00:00:00+24:00",
      "2026-01-01T00:00:00",
      "2026-01-01",
      "+010000-01-01T00:00:00Z",
      `2026-01-01T00:00:00.${"1".repeat(100)}Z`,
      1_768_469_400_000,
      null,
    ])
      expect(decode(instant, bad).isErr(), String(bad)).toBe(true);
    expect(decode(instant, "2024-02-29T00:00:00Z").isOk()).toBe(true);
    expect(decode(instant, "2000-02-29T23:59:59.999-12:00").isOk()).toBe(true);
  });
});

describe("vocabulary decoders", () => {
  it("GDAP-11 role IDs compare case-insensitively: the roleId leaf accepts an upper-case GUID and keeps it in lower case", () => {
    expect(decode(roleId, "62E90394-69F5-4237-9190-012177145E10")._unsafeUnwrap()).toBe(
      "62e90394-69f5-4237-9190-012177145e10",
    );
    expect(decode(roleId, "62e90394-69F5-4237-9190-012177145e10")._unsafeUnwrap()).toBe(
      "62e90394-69f5-4237-9190-012177145e10",
    );
  });

  it("accept the library's vocabulary and nothing else", () => {
    expect(decode(identifier, "contoso").isOk()).toBe(true);
    for (const bad of ["", " contoso", "x".repeat(257), 7]) expect(decode(identifier, bad).isErr()).toBe(true);
    expect(decode(roleId, "62e90394-69f5-4237-9190-012177145e10").isOk()).toBe(true);
    for (const bad of ["62e90394-69f5-4237-9190-012177145e1", "Global Administrator", 7])
      expect(decode(roleId, bad).isErr()).toBe(true);
    expect(decode(partnerType, "advisor").isOk()).toBe(true);
    for (const bad of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(decode(partnerType, bad).isErr()).toBe(true);
      expect(decode(partnerCenterRole, bad).isErr()).toBe(true);
      expect(decode(ruleId, bad).isErr()).toBe(true);
    }
    expect(decode(partnerCenterRole, "adminAgent").isOk()).toBe(true);
    expect(decode(roleHolder, "adminAgents").isOk()).toBe(true);
    expect(decode(ruleId, "INVAR-6").isOk()).toBe(true);
  });

  property("INVAR-6 a string is an identifier exactly when isIdentifier says so", [fc.string()], (text) => {
    expect(decode(identifier, text).isOk()).toBe(text.length > 0 && text.length <= 256 && text.trim() === text);
  });
});
