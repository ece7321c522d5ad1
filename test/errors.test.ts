/**
 * The `found` field of an error (INVAR-3): what the caller gave, printed so a person can
 * see it, whatever it was, and never so long that it drowns the message.
 */
import { describeValue } from "partner-relationships";
import { describe, expect, it } from "vitest";

describe("describeValue", () => {
  it("INVAR-3 prints strings and JSON values as JSON", () => {
    expect(describeValue("Admin")).toBe('"Admin"');
    expect(describeValue(null)).toBe("null");
    expect(describeValue({ id: 7, roles: [] })).toBe('{"id":7,"roles":[]}');
  });

  it("INVAR-3 prints numbers as themselves, NaN and the infinities included (JSON would print null)", () => {
    expect(describeValue(1.5)).toBe("1.5");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
  });

  it("INVAR-3 prints values JSON cannot hold with String", () => {
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(Symbol("x"))).toBe("Symbol(x)");
  });

  it("INVAR-3 prints values JSON refuses by their kind, without throwing", () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe("[object Object]");
    expect(describeValue(10n)).toBe("[object BigInt]");
  });

  it("INVAR-3 cuts a print longer than 80 characters to 77 and an ellipsis", () => {
    const eighty = "x".repeat(78); // 80 with its quotes
    expect(describeValue(eighty)).toBe(`"${eighty}"`);
    const longer = `${eighty}y`;
    expect(describeValue(longer)).toBe(`"${"x".repeat(76)}...`);
    expect(describeValue(longer)).toHaveLength(80);
  });
});
