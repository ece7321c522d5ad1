/**
 * The JSON form of GDAP relationships in all ten statuses of Microsoft Graph (GDAP-1),
 * and in Graph's `unknownFutureValue` (GDAP-11), discriminated by `status`: schema,
 * parser, serialiser and Standard Schema. The facts Graph adds (`customerDisplayName`, `etag`,
 * `reseller`: `GdapGraphFacts`) are carried when present. Field names are the
 * library's (Graph's where they match); instants are ISO 8601 strings, durations their
 * ISO 8601 text (`"P730D"`). For Graph's own payloads see `parseGraphDelegatedAdminRelationship`.
 *
 * Besides the shape, the parser checks what the steps guarantee:
 * - roles: at least one, each once; Global Administrator never with auto-extension (GDAP-2,
 *   the steps' own test `gdapAutoExtendAllowed`);
 * - an end time within the terms: not after the activation plus the duration, or, once
 *   auto-extended, not more than one extension after the last change (GDAP-2,
 *   `gdapEndDateTimeWithinTerms`; Microsoft's end times need not be exact to the
 *   millisecond, so equality is checked on events, not here);
 * - time order: created ≤ last modified, created ≤ request expiry; from activation on,
 *   created ≤ activated ≤ last modified and the end time after the activation (GDAP-2);
 *   a termination asked for not before the activation, completed not before it was
 *   asked for, and the last change not before either;
 * - the customer and the approving admin are present from approval on (GDAP-4);
 * - an expired relationship records the activation, end time, customer and approver when
 *   it expired at its end time, and none of the activation fields when its request
 *   expired (GDAP-5).
 *
 * It does not check the duration's range, the display name's length or the request's
 * expiry against a policy: stored data must stay readable when the policy changes.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { addDuration, isZeroDuration } from "../gdap/duration.js";
import type { ResellerFields } from "../gdap/graph-records.js";
import { gdapAutoExtendAllowed, gdapEndDateTimeWithinTerms } from "../gdap/history.js";
import type {
  ActivatingGdap,
  ActiveGdap,
  ApprovalPendingGdap,
  ApprovedGdap,
  CreatedGdap,
  ExpiredGdap,
  ExpiringGdap,
  GdapRelationship,
  GdapRelationshipFields,
  TerminatedGdap,
  TerminatingGdap,
  TerminationRequestedGdap,
  UnknownStatusGdap,
} from "../gdap/relationship.js";
import { MAX_ROLES, type RoleId } from "../vocabulary/directory-roles.js";
import { formatInstant, type Instant } from "../vocabulary/time.js";
import { isoDurationDecoder, isoDurationToJson } from "./duration.js";
import type { ParseError, PathSegment } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { pendingGdapChangeDecoder } from "./pending.js";
import {
  array,
  boolean,
  decode,
  type JsonOf,
  type JsonOfShape,
  literal,
  object,
  optional,
  refine,
  type Schema,
  standardSchemaOf,
  string,
  stringWhere,
  taggedUnion,
  type Violation,
} from "./schema.js";
import { identifier, instant, roleId } from "./vocabulary.js";

/**
 * Where a field of a relationship is in the input: `["roles", 2]` in the library's JSON
 * form, `["accessDetails", "unifiedRoles", 2, "roleDefinitionId"]` in Graph's.
 * @internal
 */
export type FieldPath = (field: string, index?: number) => readonly PathSegment[];

const ownPath: FieldPath = (field, index) => (index === undefined ? [field] : [field, index]);

/** A display name: a string that is not blank (GDAP-3; its length is the policy's, not checked here). */
export const displayNameDecoder: Schema<string, string> = /* @__PURE__ */ stringWhere(
  "a display name (a string that is not blank)",
  (value) => value.trim() !== "",
);

/** Violations of "each role once". @internal */
export function duplicateRoles(roles: readonly RoleId[], at: FieldPath): Violation[] {
  const violations: Violation[] = [];
  // One pass: each role's first index in a Map (linear, INVAR-8).
  const firsts = new Map<RoleId, number>();
  roles.forEach((role, index) => {
    const first = firsts.get(role) ?? index;
    if (first === index) firsts.set(role, index);
    else
      violations.push({
        at: at("roles", index),
        expected: `a role not already listed (at index ${first})`,
        found: JSON.stringify(role),
      });
  });
  return violations;
}

function notBefore(
  violations: Violation[],
  at: FieldPath,
  field: string,
  value: Instant,
  boundName: string,
  bound: Instant,
): void {
  if (value < bound)
    violations.push({
      at: at(field),
      expected: `an instant not before ${boundName} (${formatInstant(bound)})`,
      found: formatInstant(value),
    });
}

function absent(violations: Violation[], at: FieldPath, field: string, value: unknown, why: string): void {
  if (value !== undefined) violations.push({ at: at(field), expected: `no ${field}: ${why}`, found: "a value" });
}

function present(violations: Violation[], at: FieldPath, field: string, value: unknown, why: string): void {
  if (value === undefined)
    violations.push({
      at: at(field),
      expected: `a value for ${field}: ${why}`,
      found: "nothing (the field is missing)",
    });
}

function activation(
  violations: Violation[],
  at: FieldPath,
  relationship: GdapRelationshipFields,
  activatedDateTime: Instant,
  endDateTime: Instant,
): void {
  notBefore(violations, at, "activatedDateTime", activatedDateTime, "createdDateTime", relationship.createdDateTime);
  const zero = isZeroDuration(relationship.duration);
  if (endDateTime < activatedDateTime || (endDateTime === activatedDateTime && !zero))
    violations.push({
      at: at("endDateTime"),
      expected: `an instant after activatedDateTime (${formatInstant(activatedDateTime)}) (GDAP-2)`,
      found: formatInstant(endDateTime),
    });
}

/**
 * Every fact of a relationship the steps guarantee and the parser checks, as violations
 * at the paths `at` gives (the library's JSON form by default, Graph's for Graph).
 *
 * @param relationship - a decoded relationship
 * @param at - where each field is in the input
 * @internal
 */
export function gdapViolations(relationship: GdapRelationship, at: FieldPath = ownPath): Violation[] {
  const violations = duplicateRoles(relationship.roles, at);
  if (!gdapAutoExtendAllowed(relationship.roles, relationship.autoExtendDuration))
    violations.push({
      at: at("autoExtendDuration"),
      expected: "PT0S: a relationship that includes Global Administrator cannot auto-extend (GDAP-2)",
      found: JSON.stringify(isoDurationToJson(relationship.autoExtendDuration)),
    });
  if (!gdapEndDateTimeWithinTerms(relationship)) {
    const { activatedDateTime, endDateTime } = relationship as {
      readonly activatedDateTime: Instant;
      readonly endDateTime: Instant;
    };
    violations.push({
      at: at("endDateTime"),
      expected: `an instant not after activatedDateTime plus duration (${formatInstant(addDuration(activatedDateTime, relationship.duration))}), or, once auto-extended, not more than one extension after lastModifiedDateTime (GDAP-2)`,
      found: formatInstant(endDateTime),
    });
  }
  const created = relationship.createdDateTime;
  notBefore(violations, at, "lastModifiedDateTime", relationship.lastModifiedDateTime, "createdDateTime", created);
  notBefore(violations, at, "requestExpiresDateTime", relationship.requestExpiresDateTime, "createdDateTime", created);
  switch (relationship.status) {
    case "created":
    case "approvalPending":
    case "approved":
    case "activating":
      break;
    case "active":
    case "expiring":
    case "terminationRequested":
    case "terminating":
    case "terminated": {
      activation(violations, at, relationship, relationship.activatedDateTime, relationship.endDateTime);
      // Each time is not before the latest of the ones before it, named in the violation.
      let last = { name: "activatedDateTime", at: relationship.activatedDateTime };
      const next = (field: string, value: Instant): void => {
        notBefore(violations, at, field, value, last.name, last.at);
        if (value >= last.at) last = { name: field, at: value };
      };
      if (relationship.status !== "active" && relationship.status !== "expiring") {
        next("terminationRequestedDateTime", relationship.terminationRequestedDateTime);
        if (relationship.status === "terminated") next("terminatedDateTime", relationship.terminatedDateTime);
      }
      next("lastModifiedDateTime", relationship.lastModifiedDateTime);
      break;
    }
    case "unknownFutureValue":
      // GDAP-11: only the order of the times Graph gave; the status says nothing more.
      if (relationship.activatedDateTime !== undefined) {
        notBefore(violations, at, "activatedDateTime", relationship.activatedDateTime, "createdDateTime", created);
        if (relationship.endDateTime !== undefined)
          notBefore(
            violations,
            at,
            "endDateTime",
            relationship.endDateTime,
            "activatedDateTime",
            relationship.activatedDateTime,
          );
      }
      break;
    case "expired":
      if (relationship.expiredBecause === "requestNotApproved") {
        const why = "a request that expired unapproved was never approved (GDAP-5)";
        absent(violations, at, "approvedBy", relationship.approvedBy, why);
        absent(violations, at, "activatedDateTime", relationship.activatedDateTime, why);
        absent(violations, at, "endDateTime", relationship.endDateTime, why);
        notBefore(violations, at, "expiredDateTime", relationship.expiredDateTime, "createdDateTime", created);
      } else {
        const why = "a relationship that reached its end time was approved and active (GDAP-2)";
        present(violations, at, "customer", relationship.customer, why);
        present(violations, at, "approvedBy", relationship.approvedBy, why);
        present(violations, at, "activatedDateTime", relationship.activatedDateTime, why);
        present(violations, at, "endDateTime", relationship.endDateTime, why);
        if (relationship.activatedDateTime !== undefined) {
          if (relationship.endDateTime !== undefined)
            activation(violations, at, relationship, relationship.activatedDateTime, relationship.endDateTime);
          notBefore(
            violations,
            at,
            "expiredDateTime",
            relationship.expiredDateTime,
            "activatedDateTime",
            relationship.activatedDateTime,
          );
        }
      }
      break;
  }
  return violations;
}

const fields = {
  id: identifier,
  displayName: displayNameDecoder,
  partner: identifier,
  roles: /* @__PURE__ */ array(roleId, { minLength: 1, maxLength: MAX_ROLES }),
  duration: isoDurationDecoder,
  autoExtendDuration: isoDurationDecoder,
  createdDateTime: instant,
  createdBy: identifier,
  lastModifiedDateTime: instant,
  requestExpiresDateTime: instant,
  customerDisplayName: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
  etag: /* @__PURE__ */ optional(/* @__PURE__ */ string({ minLength: 1 })),
  reseller: /* @__PURE__ */ optional(
    /* @__PURE__ */ object<ResellerFields>()({
      indirectProviderTenantId: identifier,
      isPartnerConsentPending: boolean,
    }),
  ),
  pending: /* @__PURE__ */ optional(pendingGdapChangeDecoder),
} as const;

const approval = { customer: identifier, approvedBy: identifier } as const;
const activationFields = { ...approval, activatedDateTime: instant, endDateTime: instant } as const;
const termination = {
  ...activationFields,
  terminationRequestedBy: /* @__PURE__ */ literal(["partner", "customer"]),
  terminationRequestedByUser: identifier,
  terminationRequestedDateTime: instant,
} as const;

function checked<T extends GdapRelationship, J>(schema: Schema<T, J>): Schema<T, J> {
  return refine(schema, (relationship) => gdapViolations(relationship));
}

const created = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<CreatedGdap>()({
    status: /* @__PURE__ */ literal(["created"]),
    ...fields,
    customer: /* @__PURE__ */ optional(identifier),
  }),
);
const approvalPending = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ApprovalPendingGdap>()({
    status: /* @__PURE__ */ literal(["approvalPending"]),
    ...fields,
    customer: /* @__PURE__ */ optional(identifier),
  }),
);
const approved = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ApprovedGdap>()({ status: /* @__PURE__ */ literal(["approved"]), ...fields, ...approval }),
);
const activating = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ActivatingGdap>()({ status: /* @__PURE__ */ literal(["activating"]), ...fields, ...approval }),
);
const active = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ActiveGdap>()({ status: /* @__PURE__ */ literal(["active"]), ...fields, ...activationFields }),
);
const expiring = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ExpiringGdap>()({
    status: /* @__PURE__ */ literal(["expiring"]),
    ...fields,
    ...activationFields,
  }),
);
const terminationRequested = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<TerminationRequestedGdap>()({
    status: /* @__PURE__ */ literal(["terminationRequested"]),
    ...fields,
    ...termination,
  }),
);
const terminating = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<TerminatingGdap>()({
    status: /* @__PURE__ */ literal(["terminating"]),
    ...fields,
    ...termination,
  }),
);
const terminated = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<TerminatedGdap>()({
    status: /* @__PURE__ */ literal(["terminated"]),
    ...fields,
    ...termination,
    terminatedDateTime: instant,
  }),
);
const expired = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ExpiredGdap>()({
    status: /* @__PURE__ */ literal(["expired"]),
    ...fields,
    expiredBecause: /* @__PURE__ */ literal(["requestNotApproved", "endDateTimeReached"]),
    expiredDateTime: instant,
    customer: /* @__PURE__ */ optional(identifier),
    approvedBy: /* @__PURE__ */ optional(identifier),
    activatedDateTime: /* @__PURE__ */ optional(instant),
    endDateTime: /* @__PURE__ */ optional(instant),
  }),
);

const unknownFutureValue = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<UnknownStatusGdap>()({
    status: /* @__PURE__ */ literal(["unknownFutureValue"]),
    ...fields,
    customer: /* @__PURE__ */ optional(identifier),
    activatedDateTime: /* @__PURE__ */ optional(instant),
    endDateTime: /* @__PURE__ */ optional(instant),
    graphStatus: /* @__PURE__ */ optional(identifier),
  }),
);

/** The schema of a {@link GdapRelationship}'s JSON form (optional fields only when present), for composing larger schemas. */
export const gdapRelationshipDecoder = /* @__PURE__ */ taggedUnion<GdapRelationship>()("status", {
  unknownFutureValue,
  created,
  approvalPending,
  approved,
  activating,
  active,
  expiring,
  expired,
  terminationRequested,
  terminating,
  terminated,
});

/** A {@link GdapRelationship} in JSON, discriminated by `status`. */
export type GdapRelationshipJson = JsonOf<typeof gdapRelationshipDecoder>;

/** The fields every GDAP relationship has, in JSON. */
export type GdapRelationshipFieldsJson = JsonOfShape<typeof fields>;

/** A {@link CreatedGdap} or {@link ApprovalPendingGdap} in JSON. */
export type UnapprovedGdapJson = JsonOf<typeof created | typeof approvalPending>;

/** An {@link ApprovedGdap} or {@link ActivatingGdap} in JSON. */
export type ApprovedGdapJson = JsonOf<typeof approved | typeof activating>;

/** An {@link ActiveGdap} or {@link ExpiringGdap} in JSON. */
export type ActiveGdapJson = JsonOf<typeof active | typeof expiring>;

/** A {@link TerminationRequestedGdap} or {@link TerminatingGdap} in JSON. */
export type TerminationRequestedGdapJson = JsonOf<typeof terminationRequested | typeof terminating>;

/** A {@link TerminatedGdap} in JSON. */
export type TerminatedGdapJson = JsonOf<typeof terminated>;

/** An {@link ExpiredGdap} in JSON. */
export type ExpiredGdapJson = JsonOf<typeof expired>;

/** An {@link UnknownStatusGdap} in JSON (GDAP-11). */
export type UnknownStatusGdapJson = JsonOf<typeof unknownFutureValue>;

/**
 * Parses a GDAP relationship in any status from untrusted input (INVAR-6), in the
 * library's JSON form.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the relationship, or every issue with its path (such as `roles[1]`)
 */
export const parseGdapRelationship = (input: unknown, options?: ParseOptions): Result<GdapRelationship, ParseError> =>
  decode(gdapRelationshipDecoder, input, options);

/**
 * Writes a GDAP relationship in its JSON form (optional fields only when present).
 *
 * @param relationship - the relationship
 */
export const gdapRelationshipToJson = (relationship: GdapRelationship): GdapRelationshipJson =>
  gdapRelationshipDecoder.encode(relationship);

/** A Standard Schema v1 validator of GDAP relationships (vendor `partner-relationships`). */
export const gdapRelationshipSchema = /* @__PURE__ */ standardSchemaOf(gdapRelationshipDecoder);
