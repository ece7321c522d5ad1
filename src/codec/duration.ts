/**
 * The JSON form of ISO 8601 durations (GDAP-2): the duration's text, such as `"P90D"`,
 * read with `parseDuration` and written with `formatDuration` (zero fields left out, the
 * zero duration as `"PT0S"`). Parser, serialiser and Standard Schema, and the decoder of
 * a command's duration, which keeps the text as given.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { formatDuration, type IsoDuration, parseDuration } from "../gdap/duration.js";
import { decode, decoder, FAULT, report, visit } from "./decoder.js";
import { describeFound, type ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { leaf, type Schema, stringWhere } from "./schema.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toStandardSchema } from "./to-standard-schema.js";

const DURATION_EXPECTED =
  "an ISO 8601 duration P[nY][nM][nW][nD][T[nH][nM][nS]] with whole numbers, such as P90D, P2Y or PT0S";

/** An {@link IsoDuration}, written as its ISO 8601 text (`"P730D"`, `"PT0S"`) by `formatDuration`. */
export const isoDurationDecoder: Schema<IsoDuration, string> = /* @__PURE__ */ leaf(
  /* @__PURE__ */ decoder(DURATION_EXPECTED, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    // parseDuration refuses anything but a string of the supported form.
    const parsed = parseDuration(input);
    return parsed.isOk() ? parsed.value : report(ctx, DURATION_EXPECTED, describeFound(input));
  }),
  (duration) => formatDuration(duration),
);

/**
 * A duration as a command gives it (`DurationInput`): ISO 8601 text, checked for its
 * form and kept as given, so that the step reports a duration out of range (GDAP-2)
 * exactly as it would for a caller in code.
 */
export const durationTextDecoder: Schema<string, string> = /* @__PURE__ */ stringWhere(DURATION_EXPECTED, (text) =>
  parseDuration(text).isOk(),
);

/**
 * Parses an ISO 8601 duration's JSON form (its text) from untrusted input (INVAR-6).
 *
 * @param input - anything, such as `"P90D"`
 * @param options - limits, if not the defaults
 *
 * @example
 * ```ts
 * parseIsoDuration("P90D"); // Ok({ years: 0, months: 0, weeks: 0, days: 90, hours: 0, minutes: 0, seconds: 0 })
 * ```
 */
export function parseIsoDuration(input: unknown, options?: ParseOptions): Result<IsoDuration, ParseError> {
  return decode(isoDurationDecoder, input, options);
}

/**
 * Writes a duration in its JSON form: the ISO 8601 text of `formatDuration` (`"P90D"`,
 * `"PT0S"` for zero).
 *
 * @param duration - the duration
 */
export function isoDurationToJson(duration: IsoDuration): string {
  return formatDuration(duration);
}

/** A Standard Schema v1 validator of ISO 8601 durations (vendor `partner-relationships`). */
export const isoDurationSchema: StandardSchemaV1<unknown, IsoDuration> =
  /* @__PURE__ */ toStandardSchema(parseIsoDuration);
