/**
 * ISO 8601 durations as a typed value (GDAP-2): parse and format the forms Microsoft Graph
 * uses for `delegatedAdminRelationship.duration` and `autoExtendDuration` (`P730D`, `P2Y`,
 * `P1Y2M3DT4H`, `PT0S`…), add one to an instant by UTC calendar arithmetic, and check a
 * relationship's duration and auto-extend setting against the policy.
 *
 * Two measures, on purpose:
 * - **range checks** use fixed nominal lengths (1Y = 365D, 1M = 30D, 1W = 7D, hours,
 *   minutes and seconds exact), so a duration is valid or not whatever its start:
 *   `P2Y` = 730 days is allowed, `P731D` is not, `P24M` = 720 days is allowed;
 * - **end times** use calendar arithmetic in UTC: years and months move the calendar date,
 *   clamping the day to the end of a shorter month (`P1M` after 31 January is 28 or
 *   29 February), then weeks, days, hours, minutes and seconds add their exact length.
 *   So `P2Y` from 1 March 2027 ends on 1 March 2029, 731 days later.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { cutPrint, describeValue, label } from "../describe-value.js";
import type { InvalidDuration } from "../errors.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { daysInMonth, type Instant, MS_PER_DAY } from "../vocabulary/time.js";

/**
 * An ISO 8601 duration: whole, non-negative numbers of each designator. Every field is
 * present (0 when the text omits it), so two durations compare field by field.
 *
 * @example
 * ```ts
 * const twoYears: IsoDuration = { ...ZERO_DURATION, years: 2 }; // P2Y
 * ```
 */
export interface IsoDuration {
  /** `nY`. */
  readonly years: number;
  /** `nM` before `T`. */
  readonly months: number;
  /** `nW`. */
  readonly weeks: number;
  /** `nD`. */
  readonly days: number;
  /** `nH`. */
  readonly hours: number;
  /** `nM` after `T`. */
  readonly minutes: number;
  /** `nS`. */
  readonly seconds: number;
}

/** The zero duration, `PT0S`. */
export const ZERO_DURATION: IsoDuration = /* @__PURE__ */ Object.freeze({
  years: 0,
  months: 0,
  weeks: 0,
  days: 0,
  hours: 0,
  minutes: 0,
  seconds: 0,
});

/** What {@link durationFromInput} and the GDAP steps accept for a duration: its ISO 8601 text or the typed value. */
export type DurationInput = string | IsoDuration;

const MAX_TEXT = 64;
const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const FIELDS = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"] as const;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const MS_PER_SECOND = 1_000;
/** Days one year counts for range checks. */
export const NOMINAL_DAYS_PER_YEAR = 365;
/** Days one month counts for range checks. */
export const NOMINAL_DAYS_PER_MONTH = 30;

const SUPPORTED =
  "an ISO 8601 duration P[nY][nM][nW][nD][T[nH][nM][nS]] with whole numbers, such as P730D, P2Y, P1Y2M3DT4H or PT0S";

/** Text as given (cut at 80 characters), anything else as {@link describeValue} prints it. */
function printed(value: unknown): string {
  return typeof value === "string" ? cutPrint(value) : describeValue(value);
}

function invalidDuration(
  path: string,
  input: unknown,
  reason: InvalidDuration["reason"],
  allowed: string,
): InvalidDuration {
  const shown = printed(input);
  const where = label(path);
  const what = reason === "malformed" ? "is not" : "is outside the allowed range:";
  return {
    code: "invalid_duration",
    rule: "GDAP-2",
    path: where,
    input: shown,
    reason,
    allowed,
    message: `${where}: ${JSON.stringify(shown)} ${what} ${allowed} (GDAP-2).`,
  };
}

/**
 * Reads an ISO 8601 duration of the forms Graph uses: `PnY`, `PnM`, `PnW`, `PnD`, `PTnH`,
 * `PTnM`, `PTnS` and their combinations in that order (`P1Y2M3DT4H`), whole numbers only,
 * upper-case designators. Fractions, signs and empty forms (`P`, `PT`) are refused.
 *
 * @param text - the text
 * @param path - where it was given, for the error (default `"duration"`)
 * @returns the duration, or `invalid_duration` with reason `malformed`
 *
 * @example
 * ```ts
 * parseDuration("P1Y2M3DT4H"); // Ok({ years: 1, months: 2, weeks: 0, days: 3, hours: 4, minutes: 0, seconds: 0 })
 * parseDuration("2 years");    // Err({ code: "invalid_duration", reason: "malformed", … })
 * ```
 */
export function parseDuration(text: unknown, path = "duration"): Result<IsoDuration, InvalidDuration> {
  if (typeof text !== "string" || text.length > MAX_TEXT)
    return err(invalidDuration(path, text, "malformed", SUPPORTED));
  const match = PATTERN.exec(text);
  if (match === null) return err(invalidDuration(path, text, "malformed", SUPPORTED));
  const values = FIELDS.map((_, index) => {
    const digits = match[index + 1];
    return digits === undefined ? 0 : Number(digits);
  });
  if (!values.every(Number.isSafeInteger)) return err(invalidDuration(path, text, "malformed", SUPPORTED));
  const [years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0] = values;
  return ok({ years, months, weeks, days, hours, minutes, seconds });
}

/**
 * Whether a value is an {@link IsoDuration}: every field a non-negative safe integer.
 *
 * @param value - anything
 */
export function isIsoDuration(value: unknown): value is IsoDuration {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return FIELDS.every((field) => {
    const n = record[field];
    return Number.isSafeInteger(n) && (n as number) >= 0;
  });
}

/**
 * Reads a duration given as text or as a typed value (a typed value is checked, not
 * trusted, for callers in plain JavaScript).
 *
 * @param value - ISO 8601 text or an {@link IsoDuration}
 * @param path - where it was given, for the error
 */
export function durationFromInput(value: unknown, path: string): Result<IsoDuration, InvalidDuration> {
  if (typeof value === "string") return parseDuration(value, path);
  if (isIsoDuration(value)) return ok(value);
  return err(invalidDuration(path, value, "malformed", SUPPORTED));
}

/**
 * Writes a duration in ISO 8601, omitting zero fields; the zero duration is `PT0S`.
 * `parseDuration(formatDuration(d))` gives back `d`; text in this canonical form formats
 * back to itself (`P0D` formats as `PT0S`).
 *
 * @param duration - the duration
 *
 * @example
 * ```ts
 * formatDuration({ ...ZERO_DURATION, days: 730 }); // "P730D"
 * formatDuration(ZERO_DURATION);                    // "PT0S"
 * ```
 */
export function formatDuration(duration: IsoDuration): string {
  const { years, months, weeks, days, hours, minutes, seconds } = duration;
  const date = `${years ? `${years}Y` : ""}${months ? `${months}M` : ""}${weeks ? `${weeks}W` : ""}${days ? `${days}D` : ""}`;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
  if (date === "" && time === "") return "PT0S";
  return `P${date}${time === "" ? "" : `T${time}`}`;
}

/**
 * Whether a duration is zero (`PT0S`, `P0D`, …).
 *
 * @param duration - the duration
 */
export function isZeroDuration(duration: IsoDuration): boolean {
  return FIELDS.every((field) => duration[field] === 0);
}

/**
 * A duration's nominal length in milliseconds, for range checks: 1Y = 365 days,
 * 1M = 30 days, 1W = 7 days; days, hours, minutes and seconds exact.
 *
 * @param duration - the duration
 *
 * @example
 * ```ts
 * nominalDurationMs({ ...ZERO_DURATION, years: 2 }) === 730 * MS_PER_DAY; // true
 * ```
 */
export function nominalDurationMs(duration: IsoDuration): number {
  if (!isIsoDuration(duration)) return Number.NaN;
  const days =
    duration.years * NOMINAL_DAYS_PER_YEAR +
    duration.months * NOMINAL_DAYS_PER_MONTH +
    duration.weeks * 7 +
    duration.days;
  return (
    days * MS_PER_DAY +
    duration.hours * MS_PER_HOUR +
    duration.minutes * MS_PER_MINUTE +
    duration.seconds * MS_PER_SECOND
  );
}

function utcDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/**
 * The instant a duration after another, by calendar arithmetic in UTC: years and months
 * move the calendar date and keep the time of day, clamping the day to the last day of
 * a shorter month; then weeks, days, hours, minutes and seconds add their exact length
 * (UTC days of 24 hours). The result is `NaN` when it leaves the ECMAScript date range
 * (±8.64e15 ms); the GDAP steps refuse such times.
 *
 * @param at - the start
 * @param duration - the duration
 *
 * @example
 * ```ts
 * addDuration(Date.UTC(2026, 0, 31), { ...ZERO_DURATION, months: 1 }); // Date.UTC(2026, 1, 28): 28 February
 * addDuration(Date.UTC(2028, 0, 31), { ...ZERO_DURATION, months: 1 }); // Date.UTC(2028, 1, 29): leap year
 * ```
 */
export function addDuration(at: Instant, duration: IsoDuration): Instant {
  if (typeof at !== "number" || !isIsoDuration(duration)) return Number.NaN;
  let start = at;
  const monthsToAdd = duration.years * 12 + duration.months;
  if (monthsToAdd !== 0) {
    const date = new Date(at);
    const time = date.getTime();
    if (Number.isNaN(time)) return Number.NaN;
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const day = date.getUTCDate();
    const timeOfDay = time - utcDate(year, month, day);
    const total = year * 12 + month + monthsToAdd;
    const newYear = Math.floor(total / 12);
    const newMonth = total - newYear * 12;
    start = utcDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth))) + timeOfDay;
  }
  return (
    start +
    (duration.weeks * 7 + duration.days) * MS_PER_DAY +
    duration.hours * MS_PER_HOUR +
    duration.minutes * MS_PER_MINUTE +
    duration.seconds * MS_PER_SECOND
  );
}

/**
 * The relationship durations the policy allows, printed: `P1D…P730D (P2Y)` by default.
 *
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 */
export function allowedRelationshipDurations(policy: Policy = DEFAULT_POLICY): string {
  const { minDurationDays, maxDurationDays } = policy.gdap;
  const years = maxDurationDays % NOMINAL_DAYS_PER_YEAR === 0 ? ` (P${maxDurationDays / NOMINAL_DAYS_PER_YEAR}Y)` : "";
  return `P${minDurationDays}D…P${maxDurationDays}D${years}, counting 1Y as ${NOMINAL_DAYS_PER_YEAR} days and 1M as ${NOMINAL_DAYS_PER_MONTH} days`;
}

/**
 * Checks a relationship's duration (GDAP-2): from `P1D` to `P2Y` (730 days) inclusive by
 * default, measured nominally (1Y = 365 days, 1M = 30 days, see {@link nominalDurationMs});
 * a duration with a year or month part must also never last longer, from any start, than
 * `P2Y` does (so `P24M10D` is refused although it is nominally 730 days).
 *
 * @param value - ISO 8601 text or an {@link IsoDuration}
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 1…730 days)
 * @param path - where it was given, for the error (default `"duration"`)
 * @returns the duration, or `invalid_duration` naming the input and the allowed range
 *
 * @example
 * ```ts
 * checkRelationshipDuration("P730D"); // Ok
 * checkRelationshipDuration("P2Y");   // Ok
 * checkRelationshipDuration("P731D"); // Err({ code: "invalid_duration", reason: "out_of_range", allowed: "P1D…P730D (P2Y), …" })
 * ```
 */
export function checkRelationshipDuration(
  value: unknown,
  policy: Policy = DEFAULT_POLICY,
  path = "duration",
): Result<IsoDuration, InvalidDuration> {
  return durationFromInput(value, path).andThen((duration) => {
    const ms = nominalDurationMs(duration);
    const { minDurationDays, maxDurationDays } = policy.gdap;
    return ms >= minDurationDays * MS_PER_DAY &&
      ms <= maxDurationDays * MS_PER_DAY &&
      withinCalendarMaximum(duration, maxDurationDays)
      ? ok(duration)
      : err(invalidDuration(path, value, "out_of_range", allowedRelationshipDurations(policy)));
  });
}

/**
 * Starts at which calendar durations are longest: the 1st and the last days of every
 * month over a leap cycle of four years (month-end clamping and 29 February).
 */
const CALENDAR_PROBES: readonly Instant[] = /* @__PURE__ */ (() => {
  const probes: Instant[] = [];
  for (let month = 0; month < 48; month++)
    for (const day of [1, 28, 29, 30, 31]) {
      const at = Date.UTC(2000, month, day);
      if (new Date(at).getUTCDate() === day) probes.push(at);
    }
  return probes;
})();

function longestFromAnyStart(duration: IsoDuration): number {
  let longest = 0;
  for (const start of CALENDAR_PROBES) longest = Math.max(longest, addDuration(start, duration) - start);
  return longest;
}

/**
 * A duration with a year or month part lasts by the calendar, so 30-day months and
 * 365-day years do not bound it: `P24M10D` passes the nominal check (730 days) but lasts
 * up to 741. It must never last longer, from any start, than the maximum in whole months
 * (`P24M`, that is `P2Y`, for 730 days). Durations without such a part are exact, and the nominal check
 * is all they need.
 */
function withinCalendarMaximum(duration: IsoDuration, maxDurationDays: number): boolean {
  if (duration.years === 0 && duration.months === 0) return true;
  // The maximum as the calendar counts it: 730 days are P24M (P2Y), 30 days P1M.
  const maximum = { ...ZERO_DURATION, months: Math.round((maxDurationDays * 12) / 365) };
  return longestFromAnyStart(duration) <= longestFromAnyStart(maximum);
}

/**
 * Checks an auto-extend duration (GDAP-2): zero (`PT0S`, `P0D`: no auto-extension) or
 * exactly the policy's extension in days (`P180D` by default). Anything else, even an
 * equal length written differently (`P6M`, `PT4320H`), is refused. Zero is returned as
 * {@link ZERO_DURATION} so that it formats as `PT0S`, as Graph reports it.
 *
 * @param value - ISO 8601 text or an {@link IsoDuration}
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 180 days)
 * @param path - where it was given, for the error (default `"autoExtendDuration"`)
 *
 * @example
 * ```ts
 * checkAutoExtendDuration("P180D"); // Ok
 * checkAutoExtendDuration("P90D");  // Err({ code: "invalid_duration", allowed: "PT0S or P0D (none), or P180D" })
 * ```
 */
export function checkAutoExtendDuration(
  value: unknown,
  policy: Policy = DEFAULT_POLICY,
  path = "autoExtendDuration",
): Result<IsoDuration, InvalidDuration> {
  const days = policy.gdap.autoExtendDays;
  return durationFromInput(value, path).andThen((duration) => {
    if (isZeroDuration(duration)) return ok(ZERO_DURATION);
    const exact = FIELDS.every((field) => (field === "days" ? duration.days === days : duration[field] === 0));
    return exact ? ok(duration) : err(invalidDuration(path, value, "out_of_range", `PT0S or P0D (none), or P${days}D`));
  });
}
