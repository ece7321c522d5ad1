/**
 * Schemas of the vocabulary (the leaves of every value's schema): identifiers, instants,
 * role IDs, partner types, role holders, Partner Center roles and rule IDs, and the JSON
 * form of an instant. The value codecs are built from these.
 *
 * @module
 */
import { PARTNER_CENTER_ROLES, type PartnerCenterRole } from "../vocabulary/actors.js";
import {
  canonicalRoleId,
  isRoleId,
  ROLE_ID_EXPECTED,
  type RoleId,
  roleIdExpected,
} from "../vocabulary/directory-roles.js";
import { isIdentifier } from "../vocabulary/ids.js";
import { partnerTypeExpected } from "../vocabulary/partner-type-names.js";
import { isPartnerType, type PartnerType, type RoleHolder } from "../vocabulary/partner-types.js";
import { isRuleId, type RuleId } from "../vocabulary/rules.js";
import { formatInstant, type Instant, MAX_INSTANT, MIN_INSTANT, parseInstant } from "../vocabulary/time.js";
import { decoder, FAULT, report, type Violation, visit } from "./decoder.js";
import { describeFound, type PathSegment } from "./issues.js";
import { leaf, literal, map, type Schema, stringWhere } from "./schema.js";

/** `"a partner type (reseller, advisor, …)"`: a description naming every allowed value (a list, or a record's keys). */
function listed(what: string, values: readonly string[] | { readonly [key: string]: unknown }): string {
  const names = Array.isArray(values) ? values : Object.keys(values);
  return `${what} (${names.join(", ")})`;
}

/**
 * A decoder whose issue, where it refuses a value, expects what `expectedFor` says of
 * that value (the ID to give instead of a display name, say) rather than its fixed text.
 */
function advising<T, J>(inner: Schema<T, J>, expectedFor: (input: unknown) => string): Schema<T, J> {
  return {
    expected: inner.expected,
    encode: inner.encode,
    decode: (input, ctx) => {
      const before = ctx.issues.length;
      const value = inner.decode(input, ctx);
      const issue = ctx.issues[before];
      if (value === FAULT && issue !== undefined && ctx.issues.length === before + 1 && typeof input === "string")
        ctx.issues[before] = { ...issue, expected: expectedFor(input) };
      return value;
    },
  };
}

/** An identifier: a non-empty string of at most 256 characters without surrounding white space. */
export const identifier: Schema<string, string> = /* @__PURE__ */ stringWhere(
  "an identifier (a non-empty string of at most 256 characters without surrounding white space)",
  (value) => isIdentifier(value),
);

/**
 * An Entra role template ID: a GUID in lower or upper case, decoded to lower case (its
 * canonical form, GDAP-11), so that `"62E90394-…"` and `"62e90394-…"` give one role.
 */
export const roleId: Schema<RoleId, string> = /* @__PURE__ */ map(
  /* @__PURE__ */ advising(
    /* @__PURE__ */ stringWhere(ROLE_ID_EXPECTED, (value) => isRoleId(value)),
    roleIdExpected,
  ),
  canonicalRoleId,
  (role) => role,
);

/** A partner type of the catalogue (TYPE-1); an issue lists them, and names the one a near miss meant. */
export const partnerType: Schema<PartnerType, PartnerType> = /* @__PURE__ */ advising(
  /* @__PURE__ */ stringWhere(/* @__PURE__ */ partnerTypeExpected(), (value): value is PartnerType =>
    isPartnerType(value),
  ),
  partnerTypeExpected,
);

/** Who on the partner's side holds a role (DAP-1). */
export const roleHolder: Schema<RoleHolder, RoleHolder> = /* @__PURE__ */ literal([
  "adminAgents",
  "helpdeskAgents",
  "partnerUserAccount",
]);

/** A Partner Center role. */
export const partnerCenterRole: Schema<PartnerCenterRole, PartnerCenterRole> = /* @__PURE__ */ stringWhere(
  /* @__PURE__ */ listed("a Partner Center role", PARTNER_CENTER_ROLES),
  (value): value is PartnerCenterRole => Object.hasOwn(PARTNER_CENTER_ROLES, value),
);

/** The ID of a rule of the catalogue, such as `"TYPE-2"`. */
export const ruleId: Schema<RuleId, RuleId> = /* @__PURE__ */ stringWhere(
  "a rule ID of the catalogue, such as TYPE-2",
  (value) => isRuleId(value),
);

const INSTANT_EXPECTED = "an ISO 8601 date-time with an offset, such as 2026-01-15T09:30:00Z";

/**
 * An instant, written as an ISO 8601 date-time with an offset (`2026-01-15T09:30:00Z`,
 * `2026-01-15T10:30:00.000+01:00`), read by `parseInstant`: the date and time must exist
 * on the calendar (no 30 February, no hour 24), and the year has four digits, so instants
 * in JSON lie between years 0000 and 9999. Written by {@link instantToJson}.
 */
export const instant: Schema<Instant, string> = /* @__PURE__ */ leaf(
  /* @__PURE__ */ decoder(INSTANT_EXPECTED, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    // parseInstant reads the ISO 8601 form only and checks the date exists on the calendar.
    const parsed = typeof input === "string" ? parseInstant(input) : undefined;
    return parsed?.isOk() === true ? parsed.value : report(ctx, INSTANT_EXPECTED, describeFound(input));
  }),
  instantToJson,
);

/** The earliest instant the JSON form can hold: 0000-01-01T00:00:00.000Z, the library's {@link MIN_INSTANT}. */
export const MIN_JSON_INSTANT: Instant = MIN_INSTANT;

/** The latest instant the JSON form can hold: 9999-12-31T23:59:59.999Z, the library's {@link MAX_INSTANT}. */
export const MAX_JSON_INSTANT: Instant = MAX_INSTANT;

/**
 * Writes an instant in its JSON form: ISO 8601 in UTC with milliseconds
 * (`2026-01-15T09:30:00.000Z`), the canonical form the parsers read back to the same
 * instant. The instant must lie between {@link MIN_JSON_INSTANT} and {@link MAX_JSON_INSTANT}.
 *
 * @param at - the instant
 */
export function instantToJson(at: Instant): string {
  return formatInstant(at);
}

/**
 * The violation of "`value` is not before `bound`", for {@link refine} checks of time order.
 *
 * @param at - path of the later field, such as `["expiresAt"]`
 * @param value - its instant
 * @param bound - the instant it may not precede
 * @param boundName - the name of the bound, such as `"sentAt"`
 * @internal
 */
export function notBefore(at: readonly PathSegment[], value: Instant, bound: Instant, boundName: string): Violation[] {
  return value >= bound
    ? []
    : [{ at, expected: `an instant not before ${boundName} (${formatInstant(bound)})`, found: formatInstant(value) }];
}
