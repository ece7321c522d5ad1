import { fc, test } from "@fast-check/vitest";
import {
  addDays,
  daysInMonth,
  formatInstant,
  isInstant,
  MAX_INSTANT,
  MIN_INSTANT,
  parseInstant,
} from "partner-relationships";
import { describe, expect, it } from "vitest";

describe("instants", () => {
  it("INVAR-4 instants are read from ISO 8601 with an explicit offset only, never from the machine's zone", () => {
    expect(parseInstant("2026-01-15T09:30:00Z")._unsafeUnwrap()).toBe(Date.UTC(2026, 0, 15, 9, 30));
    expect(parseInstant("2026-01-15T10:30:00+01:00")._unsafeUnwrap()).toBe(Date.UTC(2026, 0, 15, 9, 30));
    expect(parseInstant("2026-01-15T09:30:00")._unsafeUnwrapErr().found).toBe('"2026-01-15T09:30:00"');
    expect(parseInstant("next tuesday").isErr()).toBe(true);
    // dates that do not exist are refused, not rolled over
    for (const text of ["2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z"])
      expect(parseInstant(text).isErr(), text).toBe(true);
    expect(parseInstant("2028-02-29T00:00:00Z")._unsafeUnwrap()).toBe(Date.UTC(2028, 1, 29));
  });

  it("INVAR-4 every field of a date-time is checked against its range, the offset's included", () => {
    for (const text of [
      "2026-00-01T00:00:00Z",
      "2026-01-00T00:00:00Z",
      "2026-01-01T00:00:60Z",
      "2026-01-01T00:00:00+24:00",
      "2026-01-01T00:00:00+01:60",
      // an offset that moves the instant before year 0000
      "0000-01-01T00:00:00+01:00",
    ])
      expect(parseInstant(text)._unsafeUnwrapErr(), text).toEqual({
        expected: "an ISO 8601 date-time with an offset, such as 2026-01-15T09:30:00Z",
        found: JSON.stringify(text),
      });
    // the last value of each field is taken
    expect(parseInstant("2026-12-31T23:59:59.999-23:59")._unsafeUnwrap()).toBe(Date.UTC(2027, 0, 1, 23, 58, 59, 999));
    expect(parseInstant("2026-01-01T00:00Z")._unsafeUnwrap()).toBe(Date.UTC(2026, 0, 1));
  });

  test.prop([
    fc
      .integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 })
      .filter((ms) => ms >= Date.UTC(0, 0, 1) && ms < Date.UTC(9999, 11, 31)),
  ])("INVAR-5 formatting then parsing an instant gives it back", (ms) => {
    expect(parseInstant(formatInstant(ms))._unsafeUnwrap()).toBe(ms);
  });

  it("INV-4 days are 24-hour UTC days", () => {
    expect(addDays(Date.UTC(2026, 2, 28), 2)).toBe(Date.UTC(2026, 2, 30));
    expect(isInstant(1.5)).toBe(false);
    expect(isInstant(Number.POSITIVE_INFINITY)).toBe(false);
    // instants keep to the years ISO 8601 writes with four digits
    expect(isInstant(MAX_INSTANT)).toBe(true);
    expect(isInstant(MAX_INSTANT + 1)).toBe(false);
    expect(isInstant(MIN_INSTANT - 1)).toBe(false);
    expect(formatInstant(MAX_INSTANT)).toBe("9999-12-31T23:59:59.999Z");
    expect(formatInstant(MIN_INSTANT)).toBe("0000-01-01T00:00:00.000Z");
  });
});

describe("calendar", () => {
  it("INVAR-4 days in a month follow the proleptic Gregorian calendar, years 0–99 included", () => {
    expect(daysInMonth(2028, 1)).toBe(29);
    expect(daysInMonth(2100, 1)).toBe(28);
    expect(daysInMonth(2000, 1)).toBe(29);
    expect(daysInMonth(4, 1)).toBe(29);
    expect(daysInMonth(2026, 11)).toBe(31);
    expect(parseInstant("0004-02-29T00:00:00Z").isOk()).toBe(true);
    expect(parseInstant("0003-02-29T00:00:00Z").isErr()).toBe(true);
  });
});
