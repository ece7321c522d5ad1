/**
 * What the Microsoft Graph readers share: Graph's evolvable enumerations (kept, not
 * refused, when Graph names a member this version does not know: GDAP-11), Graph's
 * instants (seven fractional digits; `null` or `""` for an absent one), the etag, the
 * options Graph's payloads do not carry, and the check of a mapped value against the
 * library's own rules.
 *
 * @module
 * @internal
 */

import { UNKNOWN_FUTURE_VALUE, type UnknownFutureValue } from "../../gdap/graph-records.js";
import { MAX_ROLES } from "../../vocabulary/directory-roles.js";
import { isIdentifier, type UserId } from "../../vocabulary/ids.js";
import type { Instant } from "../../vocabulary/time.js";
import {
  array,
  type DecodeContext,
  type Decoder,
  decoder,
  FAULT,
  type Fault,
  nullable,
  object,
  optional,
  report,
  string,
  type Violation,
  visit,
} from "../decoder.js";
import { describeFound, type PathSegment } from "../issues.js";
import { instant, roleId } from "../vocabulary.js";

/** The user ID the Graph readers record where Graph does not say who took a step. */
export const GRAPH_UNKNOWN_USER: UserId = "unknown";

/** Graph's payloads carry annotations and properties the library does not model: skipped unread. */
export const IGNORE = { unknownKeys: "ignore" } as const;

/** A member Graph may add to an evolvable enumeration: a camelCase name, as Graph writes them. */
const MEMBER = /^[a-z][A-Za-z0-9]{0,63}$/;

/** An enumeration member as read: a known one, or `unknownFutureValue` with the name Graph sent. */
export interface GraphMember<T extends string> {
  /** The member, or `unknownFutureValue` for one this version does not know. */
  readonly value: T | UnknownFutureValue;
  /** The name Graph sent, when it is not a known member nor `unknownFutureValue` itself. */
  readonly sent?: string;
}

/**
 * A Graph evolvable enumeration (GDAP-11): a known member is itself; `unknownFutureValue`,
 * and any other camelCase name (a member Graph added after this version, sent when the
 * caller asked with `Prefer: include-unknown-enum-members`), is `unknownFutureValue`, with
 * the name kept. Anything else (not a string, blank, spaced) is a fault.
 *
 * @param values - the members the library knows
 */
export function graphMember<const T extends string>(values: readonly T[]): Decoder<GraphMember<T>> {
  const expected = `one of ${[...values, UNKNOWN_FUTURE_VALUE].map((value) => JSON.stringify(value)).join(", ")}, or another member Microsoft Graph added (a camelCase name)`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if ((values as readonly unknown[]).includes(input)) return { value: input as T };
    if (input === UNKNOWN_FUTURE_VALUE) return { value: UNKNOWN_FUTURE_VALUE };
    if (typeof input === "string" && MEMBER.test(input)) return { value: UNKNOWN_FUTURE_VALUE, sent: input };
    return report(ctx, expected, describeFound(input));
  });
}

/**
 * {@link graphMember} as the value alone, for the records that keep no name
 * (requests and operations).
 *
 * @param values - the members the library knows
 */
export function graphEnum<const T extends string>(values: readonly T[]): Decoder<T | UnknownFutureValue> {
  const member = graphMember(values);
  return decoder(member.expected, (input, ctx) => {
    const read = member.decode(input, ctx);
    return read === FAULT ? FAULT : read.value;
  });
}

/** Graph's seven fractional digits (up to nine) are cut to three: truncated, never rounded up. */
const SUB_MILLISECOND = /(\.\d{3})\d{1,6}(?=Z$|[+-]\d{2}:\d{2}$)/;

/**
 * A Graph `DateTimeOffset`: ISO 8601 with an offset and up to nine fractional digits. The
 * instant is epoch milliseconds, so the digits past the millisecond are cut off
 * (`…42.3148266Z` reads as `…42.314Z`): the same truncation on every engine, less than one
 * millisecond early, never late.
 */
export const graphInstant: Decoder<Instant> = /* @__PURE__ */ decoder(instant.expected, (input, ctx) =>
  // Only a string short enough to be a date-time is rewritten; a longer one is refused as it is.
  instant.decode(typeof input === "string" && input.length <= 40 ? input.replace(SUB_MILLISECOND, "$1") : input, ctx),
);

/** What an absent date-time was: `null` or `""`. */
export const ABSENT_INSTANT = 'null or ""';

/**
 * A Graph `DateTimeOffset` that may be absent: `null` and `""` (Graph writes both, GDAP-11)
 * read as absent (`null`).
 */
export const graphOptionalInstant: Decoder<Instant | null> = /* @__PURE__ */ decoder(
  `${instant.expected}, null or ""`,
  (input, ctx) => {
    if (input === null || input === "") return visit(ctx) ? null : FAULT;
    return graphInstant.decode(input, ctx);
  },
);

/** `@odata.etag`: a non-empty string, or `null` (absent). */
export const etagField = /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ string({ minLength: 1 })));

/** `accessDetails`: `{ unifiedRoles: [{ roleDefinitionId }] }`, at least one role. */
export const unifiedRoles = /* @__PURE__ */ object(
  {
    unifiedRoles: /* @__PURE__ */ array(/* @__PURE__ */ object({ roleDefinitionId: roleId }, IGNORE), {
      minLength: 1,
      maxLength: MAX_ROLES,
    }),
  },
  IGNORE,
);

/** Where roles are in Graph's payloads. */
const ROLE_PATH = ["accessDetails", "unifiedRoles"] as const;

/**
 * A role's path in Graph's payload, for a violation of the mapped value.
 *
 * @param index - the role's index
 */
export const rolePath = (index: number | undefined): readonly PathSegment[] => [
  ...ROLE_PATH,
  index ?? 0,
  "roleDefinitionId",
];

/**
 * Checks an option Graph's payload does not carry (the partner, the relationship): an
 * identifier, or an issue at the root naming the option.
 *
 * @param ctx - the context
 * @param name - the option's name
 * @param value - its value
 */
export function option(ctx: DecodeContext, name: string, value: unknown): value is string {
  if (isIdentifier(value)) return true;
  report(
    ctx,
    `an identifier in the option ${name} (a non-empty string of at most 256 characters)`,
    describeFound(value),
  );
  return false;
}

/**
 * The options a caller gave, as a partial record: an empty one for a plain-JavaScript
 * caller that gave none or not an object (INVAR-8), so each option is then checked as missing.
 *
 * @param options - what the caller passed
 */
export function optionsOf<T extends object>(options: T): Partial<T> {
  return typeof options === "object" && options !== null ? options : {};
}

/**
 * Checks an option that may be left out (a user ID Graph does not carry): absent, or an
 * identifier.
 *
 * @param ctx - the context
 * @param name - the option's name
 * @param value - its value
 */
export function optionalOption(ctx: DecodeContext, name: string, value: unknown): boolean {
  return value === undefined || option(ctx, name, value);
}

/**
 * Reports a field the status needs and Graph left `null`, `""` or out.
 *
 * @param ctx - the context
 * @param value - the field's value as read
 * @param at - its path
 * @param why - what is expected and why
 * @param nullFound - what to say was found for `null` (a date-time's `""` reads as `null` too)
 */
export function needed<T>(
  ctx: DecodeContext,
  value: T | null | undefined,
  at: readonly PathSegment[],
  why: string,
  nullFound = "null",
): value is T {
  if (value !== null && value !== undefined) return true;
  report(ctx, why, value === null ? nullFound : "nothing (the field is missing)", at);
  return false;
}

/**
 * Reports the violations of a mapped value, each once (several library fields map to one
 * Graph field, such as the termination times to `lastModifiedDateTime`); the value when
 * there is none.
 *
 * @param ctx - the context
 * @param value - the mapped value
 * @param violations - its violations, at Graph's paths
 */
export function checkedBy<T>(ctx: DecodeContext, value: T, violations: readonly Violation[]): T | Fault {
  const seen = new Set<string>();
  for (const violation of violations) {
    const key = JSON.stringify([violation.at, violation.expected, violation.found]);
    if (!seen.has(key)) report(ctx, violation.expected, violation.found, violation.at);
    seen.add(key);
  }
  return violations.length === 0 ? value : FAULT;
}
