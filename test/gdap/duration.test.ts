import { fc, test } from "@fast-check/vitest";
import {
  addDuration,
  allowedRelationshipDurations,
  checkAutoExtendDuration,
  checkRelationshipDuration,
  DEFAULT_POLICY,
  formatDuration,
  type IsoDuration,
  isIsoDuration,
  isZeroDuration,
  MS_PER_DAY,
  nominalDurationMs,
  parseDuration,
  ZERO_DURATION,
} from "partner-relationships";
import { describe, expect, it } from "vitest";

const d = (fields: Partial<IsoDuration>): IsoDuration => ({ ...ZERO_DURATION, ...fields });

const durationArb: fc.Arbitrary<IsoDuration> = fc.record({
  years: fc.nat({ max: 10_000 }),
  months: fc.nat({ max: 10_000 }),
  weeks: fc.nat({ max: 10_000 }),
  days: fc.nat({ max: 1_000_000 }),
  hours: fc.nat({ max: 1_000_000 }),
  minutes: fc.nat({ max: 1_000_000 }),
  seconds: fc.nat({ max: 1_000_000 }),
});

describe("parseDuration / formatDuration", () => {
  it.each([
    ["P730D", d({ days: 730 })],
    ["P2Y", d({ years: 2 })],
    ["P6M", d({ months: 6 })],
    ["P2W", d({ weeks: 2 })],
    ["PT4H", d({ hours: 4 })],
    ["P1Y2M3DT4H", d({ years: 1, months: 2, days: 3, hours: 4 })],
    ["P1DT2H3M4S", d({ days: 1, hours: 2, minutes: 3, seconds: 4 })],
    ["PT0S", ZERO_DURATION],
    ["P0D", ZERO_DURATION],
  ])("reads %s", (text, expected) => {
    expect(parseDuration(text)._unsafeUnwrap()).toEqual(expected);
  });

  it.each([
    "",
    "P",
    "PT",
    "P1DT",
    "p1d",
    "P-1D",
    "P1.5D",
    "P1D2Y",
    "1D",
    "P1H",
    "PT1D",
    " P1D",
    "P1D ",
    "P9007199254740993D",
  ])("GDAP-2 refuses the malformed duration %j", (text) => {
    const error = parseDuration(text)._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "invalid_duration", rule: "GDAP-2", reason: "malformed", path: "duration" });
    expect(error.message).toContain("ISO 8601");
  });

  it("refuses non-strings without throwing", () => {
    for (const value of [undefined, null, 3, {}, [], Symbol.iterator]) expect(parseDuration(value).isErr()).toBe(true);
  });

  it("writes the zero duration as PT0S and omits zero fields", () => {
    expect(formatDuration(ZERO_DURATION)).toBe("PT0S");
    expect(formatDuration(d({ days: 0, hours: 5 }))).toBe("PT5H");
    expect(formatDuration(d({ years: 1, months: 2, days: 3, hours: 4 }))).toBe("P1Y2M3DT4H");
    expect(formatDuration(parseDuration("P0D")._unsafeUnwrap())).toBe("PT0S");
  });

  test.prop([durationArb])("round trip: parseDuration(formatDuration(d)) equals d", (duration) => {
    expect(parseDuration(formatDuration(duration))._unsafeUnwrap()).toEqual(duration);
  });

  test.prop([durationArb])("round trip: canonical text formats back to itself", (duration) => {
    const text = formatDuration(duration);
    expect(formatDuration(parseDuration(text)._unsafeUnwrap())).toBe(text);
  });

  test.prop([fc.string()])("parsing any string never throws and returns Ok or invalid_duration", (text) => {
    const result = parseDuration(text);
    if (result.isErr()) expect(result.error.code).toBe("invalid_duration");
    else expect(isIsoDuration(result.value)).toBe(true);
  });
});

describe("relationship duration range (GDAP-2)", () => {
  it.each(["P1D", "P730D", "P2Y", "P24M", "PT24H", "P104W", "P1Y365D"])("GDAP-2 allows %s", (text) => {
    expect(checkRelationshipDuration(text).isOk()).toBe(true);
  });

  it.each(["P731D", "PT0S", "P0D", "PT23H", "P2Y1D", "P25M", "P3Y", "P105W", "P730DT1S"])(
    "GDAP-2 refuses %s, naming the input and the allowed range",
    (text) => {
      const error = checkRelationshipDuration(text)._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: "invalid_duration", rule: "GDAP-2", reason: "out_of_range", input: text });
      expect(error.allowed).toContain("P1D…P730D (P2Y)");
      expect(error.message).toContain(text);
      expect(error.message).toContain("P1D…P730D");
    },
  );

  it("GDAP-2 refuses P731D and allows P730D and P2Y (boundaries)", () => {
    expect(checkRelationshipDuration("P730D")._unsafeUnwrap()).toEqual(d({ days: 730 }));
    expect(checkRelationshipDuration("P2Y")._unsafeUnwrap()).toEqual(d({ years: 2 }));
    expect(checkRelationshipDuration("P1D")._unsafeUnwrap()).toEqual(d({ days: 1 }));
    expect(checkRelationshipDuration("P731D").isErr()).toBe(true);
  });

  it("takes its limits from the policy", () => {
    const policy = { ...DEFAULT_POLICY, gdap: { ...DEFAULT_POLICY.gdap, minDurationDays: 7, maxDurationDays: 30 } };
    expect(checkRelationshipDuration("P6D", policy).isErr()).toBe(true);
    expect(checkRelationshipDuration("P7D", policy).isOk()).toBe(true);
    expect(checkRelationshipDuration("P30D", policy).isOk()).toBe(true);
    expect(checkRelationshipDuration("P1M", policy).isOk()).toBe(true);
    expect(checkRelationshipDuration("P31D", policy)._unsafeUnwrapErr().allowed).toContain("P7D…P30D");
  });

  it("accepts a typed duration and checks it", () => {
    expect(checkRelationshipDuration(d({ days: 10 })).isOk()).toBe(true);
    expect(checkRelationshipDuration({ days: -1 }).isErr()).toBe(true);
    expect(checkRelationshipDuration(d({ days: 1.5 })).isErr()).toBe(true);
  });

  it("measures nominally: 1Y = 365 days, 1M = 30 days", () => {
    expect(nominalDurationMs(d({ years: 2 }))).toBe(730 * MS_PER_DAY);
    expect(nominalDurationMs(d({ months: 1 }))).toBe(30 * MS_PER_DAY);
    expect(nominalDurationMs(d({ weeks: 1, hours: 1 }))).toBe(7 * MS_PER_DAY + 3_600_000);
  });
});

describe("auto-extend duration (GDAP-2)", () => {
  it.each(["PT0S", "P0D", "P0Y", "PT0H"])("GDAP-2 allows %s as no auto-extension, written PT0S", (text) => {
    const value = checkAutoExtendDuration(text)._unsafeUnwrap();
    expect(isZeroDuration(value)).toBe(true);
    expect(formatDuration(value)).toBe("PT0S");
  });

  it("GDAP-2 allows P180D", () => {
    expect(formatDuration(checkAutoExtendDuration("P180D")._unsafeUnwrap())).toBe("P180D");
  });

  it.each(["P90D", "P181D", "P6M", "PT4320H", "P180DT1S", "P1D"])("GDAP-2 refuses auto-extend %s", (text) => {
    const error = checkAutoExtendDuration(text)._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: "invalid_duration",
      rule: "GDAP-2",
      path: "autoExtendDuration",
      input: text,
      reason: "out_of_range",
      allowed: "PT0S or P0D (none), or P180D",
    });
  });
});

describe("addDuration: calendar arithmetic in UTC", () => {
  it("P1M after 31 January is 28 February, or 29 in a leap year (clamped)", () => {
    expect(addDuration(Date.UTC(2026, 0, 31), d({ months: 1 }))).toBe(Date.UTC(2026, 1, 28));
    expect(addDuration(Date.UTC(2028, 0, 31), d({ months: 1 }))).toBe(Date.UTC(2028, 1, 29));
    expect(addDuration(Date.UTC(2026, 0, 31, 13, 45), d({ months: 1 }))).toBe(Date.UTC(2026, 1, 28, 13, 45));
  });

  it("P1Y after 29 February is 28 February", () => {
    expect(addDuration(Date.UTC(2028, 1, 29), d({ years: 1 }))).toBe(Date.UTC(2029, 1, 28));
  });

  it("P2Y spanning a leap day lasts 731 days; P730D lasts 730", () => {
    const start = Date.UTC(2027, 2, 1);
    expect(addDuration(start, d({ years: 2 }))).toBe(Date.UTC(2029, 2, 1));
    expect((addDuration(start, d({ years: 2 })) - start) / MS_PER_DAY).toBe(731);
    expect((addDuration(start, d({ days: 730 })) - start) / MS_PER_DAY).toBe(730);
  });

  it("months first, then days and time: P1M1DT1H from 31 January", () => {
    expect(addDuration(Date.UTC(2026, 0, 31), d({ months: 1, days: 1, hours: 1 }))).toBe(Date.UTC(2026, 2, 1, 1));
  });

  it("crosses year ends and works before 1970 and for years below 100", () => {
    expect(addDuration(Date.UTC(2026, 10, 30), d({ months: 3 }))).toBe(Date.UTC(2027, 1, 28));
    expect(addDuration(Date.UTC(1960, 0, 31), d({ months: 1 }))).toBe(Date.UTC(1960, 1, 29));
    const early = new Date(0);
    early.setUTCFullYear(50, 0, 31);
    const expected = new Date(0);
    expected.setUTCFullYear(50, 1, 28);
    expect(addDuration(early.getTime(), d({ months: 1 }))).toBe(expected.getTime());
  });

  it("gives NaN outside the date range instead of throwing", () => {
    expect(Number.isNaN(addDuration(9_000_000_000_000_000, d({ months: 1 })))).toBe(true);
  });

  test.prop([fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), durationArb])(
    "never goes backwards: addDuration(t, d) >= t",
    (at, duration) => {
      expect(addDuration(at, duration)).toBeGreaterThanOrEqual(at);
    },
  );

  test.prop([fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.nat({ max: 100_000 })])(
    "days and weeks are exact: t + PnD = t + n days",
    (at, days) => {
      expect(addDuration(at, d({ days }))).toBe(at + days * MS_PER_DAY);
    },
  );
});

describe("calendar bound (GDAP-2)", () => {
  it("GDAP-2 a duration with a month or year part may never last longer than P2Y from any start", () => {
    for (const text of ["P2Y", "P24M", "P1Y11M", "P1Y365D"])
      expect(checkRelationshipDuration(text).isOk(), text).toBe(true);
    // nominally 730 and 720 days, but from 31 January or in leap years longer than two years
    for (const text of ["P24M10D", "P23M30D"])
      expect(checkRelationshipDuration(text)._unsafeUnwrapErr(), text).toMatchObject({
        code: "invalid_duration",
        reason: "out_of_range",
      });
  });
});

describe("duration details (GDAP-2)", () => {
  const policyWithMaximum = (maxDurationDays: number) => ({
    ...DEFAULT_POLICY,
    gdap: { ...DEFAULT_POLICY.gdap, maxDurationDays },
  });

  it("GDAP-2 every field counts, with its own unit", () => {
    const all = d({ weeks: 1, days: 2, hours: 3, minutes: 4, seconds: 5 });
    const ms = 9 * MS_PER_DAY + 3 * 3_600_000 + 4 * 60_000 + 5 * 1_000;
    expect(nominalDurationMs(all)).toBe(ms);
    expect(addDuration(Date.UTC(2026, 0, 1), all)).toBe(Date.UTC(2026, 0, 1) + ms);
    expect(nominalDurationMs(d({ days: 1, hours: 1, minutes: 1, seconds: 1 }))).toBe(MS_PER_DAY + 3_661_000);
  });

  it("GDAP-2 adding months to something that is not an instant gives NaN, not a date", () => {
    expect(addDuration(Number.NaN, d({ months: 1 }))).toBeNaN();
  });

  it("GDAP-2 the allowed range is written in days, and in years when it is a whole number of them", () => {
    expect(allowedRelationshipDurations()).toBe("P1D…P730D (P2Y), counting 1Y as 365 days and 1M as 30 days");
    expect(allowedRelationshipDurations(policyWithMaximum(400))).toBe(
      "P1D…P400D, counting 1Y as 365 days and 1M as 30 days",
    );
  });

  it("GDAP-2 a duration in years is also measured by the calendar: a year can have 366 days", () => {
    const policy = policyWithMaximum(366);
    expect(checkRelationshipDuration("P366D", policy).isOk()).toBe(true);
    expect(checkRelationshipDuration("P1Y", policy).isOk()).toBe(true);
    expect(checkRelationshipDuration("P1Y1D", policy)._unsafeUnwrapErr().reason).toBe("out_of_range");
  });

  it("GDAP-2 a typed duration is checked: an object whose every field is a non-negative safe integer", () => {
    expect(isIsoDuration(ZERO_DURATION)).toBe(true);
    const fields = { ...ZERO_DURATION };
    const shaped = Object.assign(() => 0, fields);
    for (const value of [null, undefined, "P1D", 7, shaped, { ...fields, days: "1" }, { ...fields, days: -1 }])
      expect(isIsoDuration(value), String(value)).toBe(false);
  });

  it("GDAP-2 text is at most 64 characters and every number a safe integer; long text is cut in the error", () => {
    const longest = `PT${"0".repeat(61)}S`;
    expect(longest).toHaveLength(64);
    expect(parseDuration(longest).isOk()).toBe(true);
    expect(parseDuration(`PT${"0".repeat(62)}S`)._unsafeUnwrapErr().reason).toBe("malformed");
    expect(parseDuration("P9007199254740993D")._unsafeUnwrapErr().reason).toBe("malformed");
    // INVAR-8: a bounded excerpt of 100 characters, then an ellipsis and the length
    const long = "P".repeat(150);
    expect(parseDuration(long)._unsafeUnwrapErr().input).toBe(`${"P".repeat(100)}… (150 characters)`);
    expect(parseDuration("P".repeat(100))._unsafeUnwrapErr().input).toBe("P".repeat(100));
  });
});
