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

  it("INVAR-3 INVAR-8 prints values JSON refuses without throwing: a cycle as [cycle], a bigint with its n", () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('{"self":[cycle]}');
    expect(describeValue(10n)).toBe("10n");
  });

  it("INVAR-8 cuts a print longer than 100 characters to 100, an ellipsis and the length of a string", () => {
    const hundred = "x".repeat(98); // 100 with its quotes
    expect(describeValue(hundred)).toBe(`"${hundred}"`);
    const longer = "x".repeat(101);
    expect(describeValue(longer)).toBe(`"${"x".repeat(99)}… (101 characters)`);
    expect(describeValue(new Array(100).fill(1))).toBe(`[${"1,".repeat(49)}1…`);
  });
});
