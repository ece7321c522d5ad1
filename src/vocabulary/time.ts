/**
 * Time as plain numbers: an {@link Instant} is milliseconds since the Unix epoch (UTC).
 *
 * The library never reads the clock (INVAR-4): every step takes its time as an argument.
 * Numbers are cheap to compare, immutable and JSON-friendly; use {@link parseInstant} and
 * {@link formatInstant} at the edges.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";

/**
 * A point in time: milliseconds since 1970-01-01T00:00:00Z, a safe integer.
 *
 * @example
 * ```ts
 * const at: Instant = Date.UTC(2026, 0, 15); // 2026-01-15T00:00:00.000Z
 * ```
 */
export type Instant = number;

/** Milliseconds in one day (UTC days have no leap seconds in this model). */
export const MS_PER_DAY = 86_400_000;

/** Why a value could not be read as an instant. */
export interface InstantFault {
  /** What was expected. */
  readonly expected: string;
  /** What was found, printed. */
  readonly found: string;
}

/** Longer than any text {@link parseInstant} reads (`2026-01-15T09:30:00.123456789+01:00` has 35 characters). */
const MAX_INSTANT_TEXT = 64;
/** The largest distance from the epoch a `Date` holds, in milliseconds. */
const MAX_DATE = 8.64e15;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** The earliest instant the library takes: 0000-01-01T00:00:00.000Z. */
export const MIN_INSTANT: Instant = -62_167_219_200_000;

/**
 * The latest instant the library takes: 9999-12-31T23:59:59.999Z. Instants keep to the
 * years ISO 8601 writes with four digits, so every one formats, serialises and parses
 * back; expiry and end times computed from them are checked against the same range.
 */
export const MAX_INSTANT: Instant = 253_402_300_799_999;

/**
 * The number of days in a month of the proleptic Gregorian calendar (UTC), years 0–99
 * included (which `Date.UTC` would read as 1900–1999).
 *
 * @param year - the year
 * @param monthIndex - the month, 0 for January
 */
export function daysInMonth(year: number, monthIndex: number): number {
  if (typeof year !== "number" || typeof monthIndex !== "number") return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex + 1, 0);
  return date.getUTCDate();
}

/**
 * Whether a value is a usable instant: an integer number of milliseconds from
 * {@link MIN_INSTANT} (year 0000) to {@link MAX_INSTANT} (year 9999).
 *
 * @param value - anything
 */
export function isInstant(value: unknown): value is Instant {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_INSTANT && value <= MAX_INSTANT;
}

/**
 * Reads an ISO 8601 date-time with an explicit offset (`2026-01-15T09:30:00Z`).
 *
 * A date-time without an offset is refused: its meaning would depend on the machine's
 * time zone, and the library gives the same output for the same input (INVAR-4).
 *
 * @param text - an ISO 8601 date-time with `Z` or `±hh:mm`
 * @returns the instant, or what was wrong
 *
 * @example
 * ```ts
 * parseInstant("2026-01-15T09:30:00Z"); // Ok(1768469400000)
 * parseInstant("next tuesday");         // Err({ expected: "an ISO 8601 date-time…", found: "next tuesday" })
 * ```
 */
export function parseInstant(text: string): Result<Instant, InstantFault> {
  const expected = "an ISO 8601 date-time with an offset, such as 2026-01-15T09:30:00Z";
  // Not a string, or longer than any such text: refused before it is read (INVAR-8).
  if (typeof text !== "string") return err({ expected, found: `a ${typeof text}` });
  if (text.length > MAX_INSTANT_TEXT)
    return err({ expected, found: `${JSON.stringify(text.slice(0, MAX_INSTANT_TEXT))}… (${text.length} characters)` });
  const parts = ISO_INSTANT.exec(text);
  if (parts === null) return err({ expected, found: JSON.stringify(text) });
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = parts
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  // Date.parse rolls 30 February over to 2 March and reads hour 24; such text is refused.
  // V8's Date.parse itself refuses month 13, day 0, minute 60 and the like, so on Node the
  // checks of `inRange` cannot be told apart from their mutants; they stay because the
  // standard lets other engines read such text by their own heuristics.
  // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator: equivalent on V8, see above
  const inRange =
    month >= 1 && month <= 12 && day >= 1 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
  // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator
  const valid = inRange && day <= daysInMonth(year, month - 1) && hour <= 23;
  if (!valid) return err({ expected, found: JSON.stringify(text) });
  const ms = Date.parse(text);
  if (!isInstant(ms)) return err({ expected, found: JSON.stringify(text) });
  return ok(ms);
}

/**
 * Writes an instant as an ISO 8601 UTC date-time (`2026-01-15T09:30:00.000Z`).
 *
 * @param at - the instant
 */
export function formatInstant(at: Instant): string {
  // Only a number within Date's range is formatted; anything else prints as itself
  // (`NaN`), a non-number by its type, so no caller object is converted (INVAR-8).
  if (typeof at !== "number") return `a ${typeof at}`;
  if (!(Math.abs(at) <= MAX_DATE)) return String(at);
  return new Date(at).toISOString();
}

/**
 * The instant a whole number of days after another (UTC days of 24 hours).
 *
 * @param at - the start
 * @param days - how many days later (may be negative)
 */
export function addDays(at: Instant, days: number): Instant {
  if (typeof at !== "number" || typeof days !== "number") return Number.NaN;
  return at + days * MS_PER_DAY;
}
