// A verbatim copy of src/codec/gdap.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of GDAP relationships in all ten statuses of Microsoft Graph (GDAP-1),
 * and in Graph's `unknownFutureValue` (GDAP-11), discriminated by `status`: parser,
 * serialiser and Standard Schema. The facts Graph adds (`customerDisplayName`, `etag`,
 * `reseller`: {@link GdapGraphFacts}) are carried when present. Field names are the
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
import {
  array,
  boolean,
  type Decoder,
  decode,
  literal,
  object,
  optional,
  refine,
  string,
  stringWhere,
  taggedUnion,
  type Violation,
} from "../../../src/codec/decoder.js";
import { isoDurationDecoder, isoDurationToJson } from "../../../src/codec/duration.js";
import type { ParseError, PathSegment } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import { identifier, instant, instantToJson, roleId } from "../../../src/codec/vocabulary.js";
import { addDuration, isZeroDuration } from "../../../src/gdap/duration.js";
import type { GdapGraphFacts } from "../../../src/gdap/graph-records.js";
import { gdapAutoExtendAllowed, gdapEndDateTimeWithinTerms } from "../../../src/gdap/history.js";
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
} from "../../../src/gdap/relationship.js";
import { MAX_ROLES, type RoleId } from "../../../src/vocabulary/directory-roles.js";
import { formatInstant, type Instant } from "../../../src/vocabulary/time.js";
import { type PendingGdapChangeJson, pendingFieldToJson, pendingGdapChangeDecoder } from "./pending.js";

/** The fields every GDAP relationship has, in JSON. */
export interface GdapRelationshipFieldsJson {
  /** The relationship's ID. */
  readonly id: string;
  /** Its display name (GDAP-3). */
  readonly displayName: string;
  /** The partner's ID. */
  readonly partner: string;
  /** Role template IDs, each once. */
  readonly roles: readonly string[];
  /** ISO 8601 duration, such as `"P730D"`. */
  readonly duration: string;
  /** ISO 8601 duration: `"PT0S"` (none) or `"P180D"`. */
  readonly autoExtendDuration: string;
  /** ISO 8601. */
  readonly createdDateTime: string;
  /** The user ID of the partner user who created it. */
  readonly createdBy: string;
  /** ISO 8601. */
  readonly lastModifiedDateTime: string;
  /** ISO 8601. */
  readonly requestExpiresDateTime: string;
  /** Graph's `customer.displayName`, when known. */
  readonly customerDisplayName?: string;
  /** Graph's `@odata.etag`, when known. */
  readonly etag?: string;
  /** A reseller relationship's fields (GDAP-10), when it is one. */
  readonly reseller?: {
    /** The indirect provider's tenant ID. */
    readonly indirectProviderTenantId: string;
    /** Whether the indirect reseller has yet to consent. */
    readonly isPartnerConsentPending: boolean;
  };
  /** A change asked for by a request or operation and not yet succeeded (GDAP-8, GDAP-9). */
  readonly pending?: PendingGdapChangeJson;
}

/** A {@link CreatedGdap} or {@link ApprovalPendingGdap} in JSON. */
export interface UnapprovedGdapJson extends GdapRelationshipFieldsJson {
  /** Discriminant: `"created"` or `"approvalPending"`. */
  readonly status: "created" | "approvalPending";
  /** Absent for an open relationship (GDAP-4). */
  readonly customer?: string;
}

/** An {@link ApprovedGdap} or {@link ActivatingGdap} in JSON. */
export interface ApprovedGdapJson extends GdapRelationshipFieldsJson {
  /** Discriminant: `"approved"` or `"activating"`. */
  readonly status: "approved" | "activating";
  /** The customer tenant ID, bound on approval (GDAP-4). */
  readonly customer: string;
  /** The user ID of the customer admin who approved it. */
  readonly approvedBy: string;
}

/** An {@link ActiveGdap} or {@link ExpiringGdap} in JSON. */
export interface ActiveGdapJson extends GdapRelationshipFieldsJson {
  /** Discriminant: `"active"` or `"expiring"`. */
  readonly status: "active" | "expiring";
  /** The customer tenant ID, bound on approval (GDAP-4). */
  readonly customer: string;
  /** The user ID of the customer admin who approved it. */
  readonly approvedBy: string;
  /** ISO 8601. */
  readonly activatedDateTime: string;
  /** ISO 8601. */
  readonly endDateTime: string;
}

/** A {@link TerminationRequestedGdap} or {@link TerminatingGdap} in JSON. */
export interface TerminationRequestedGdapJson extends GdapRelationshipFieldsJson {
  /** Discriminant: `"terminationRequested"` or `"terminating"`. */
  readonly status: "terminationRequested" | "terminating";
  /** The customer tenant ID, bound on approval (GDAP-4). */
  readonly customer: string;
  /** The user ID of the customer admin who approved it. */
  readonly approvedBy: string;
  /** ISO 8601. */
  readonly activatedDateTime: string;
  /** ISO 8601. */
  readonly endDateTime: string;
  /** Which side asked to terminate it. */
  readonly terminationRequestedBy: "partner" | "customer";
  /** The user ID of who asked to terminate it. */
  readonly terminationRequestedByUser: string;
  /** ISO 8601. */
  readonly terminationRequestedDateTime: string;
}

/** A {@link TerminatedGdap} in JSON. */
export interface TerminatedGdapJson extends Omit<TerminationRequestedGdapJson, "status"> {
  /** Discriminant: always `"terminated"`. */
  readonly status: "terminated";
  /** ISO 8601. */
  readonly terminatedDateTime: string;
}

/** An {@link ExpiredGdap} in JSON. */
export interface ExpiredGdapJson extends GdapRelationshipFieldsJson {
  /** Discriminant: always `"expired"`. */
  readonly status: "expired";
  /** Why it expired: `"requestNotApproved"` (GDAP-5) or `"endDateTimeReached"` (GDAP-2). */
  readonly expiredBecause: "requestNotApproved" | "endDateTimeReached";
  /** ISO 8601. */
  readonly expiredDateTime: string;
  /** The customer tenant ID, when it was for or bound to one. */
  readonly customer?: string;
  /** The user ID of the customer admin who approved it, when it had been approved. */
  readonly approvedBy?: string;
  /** ISO 8601. */
  readonly activatedDateTime?: string;
  /** ISO 8601. */
  readonly endDateTime?: string;
}

/** An {@link UnknownStatusGdap} in JSON (GDAP-11). */
export interface UnknownStatusGdapJson extends GdapRelationshipFieldsJson {
  /** Discriminant: always `"unknownFutureValue"`. */
  readonly status: "unknownFutureValue";
  /** The customer tenant ID, when known. */
  readonly customer?: string;
  /** ISO 8601, when known. */
  readonly activatedDateTime?: string;
  /** ISO 8601, when known. */
  readonly endDateTime?: string;
  /** The status Graph sent, when it named a member this version does not know. */
  readonly graphStatus?: string;
}

/** A {@link GdapRelationship} in JSON, discriminated by `status`. */
export type GdapRelationshipJson =
  | UnknownStatusGdapJson
  | UnapprovedGdapJson
  | ApprovedGdapJson
  | ActiveGdapJson
  | TerminationRequestedGdapJson
  | TerminatedGdapJson
  | ExpiredGdapJson;

/**
 * Where a field of a relationship is in the input: `["roles", 2]` in the library's JSON
 * form, `["accessDetails", "unifiedRoles", 2, "roleDefinitionId"]` in Graph's.
 * @internal
 */
export type FieldPath = (field: string, index?: number) => readonly PathSegment[];

const ownPath: FieldPath = (field, index) => (index === undefined ? [field] : [field, index]);

/** A display name: a string that is not blank (GDAP-3; its length is the policy's, not checked here). */
export const displayNameDecoder: Decoder<string> = /* @__PURE__ */ stringWhere(
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
    /* @__PURE__ */ object({ indirectProviderTenantId: identifier, isPartnerConsentPending: boolean }),
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

function checked<T extends GdapRelationship>(decoder: Decoder<T>): Decoder<T> {
  return refine(decoder, (relationship) => gdapViolations(relationship));
}

const created: Decoder<CreatedGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
    status: /* @__PURE__ */ literal(["created"]),
    ...fields,
    customer: /* @__PURE__ */ optional(identifier),
  }),
);
const approvalPending: Decoder<ApprovalPendingGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
    status: /* @__PURE__ */ literal(["approvalPending"]),
    ...fields,
    customer: /* @__PURE__ */ optional(identifier),
  }),
);
const approved: Decoder<ApprovedGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["approved"]), ...fields, ...approval }),
);
const activating: Decoder<ActivatingGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["activating"]), ...fields, ...approval }),
);
const active: Decoder<ActiveGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["active"]), ...fields, ...activationFields }),
);
const expiring: Decoder<ExpiringGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["expiring"]), ...fields, ...activationFields }),
);
const terminationRequested: Decoder<TerminationRequestedGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["terminationRequested"]), ...fields, ...termination }),
);
const terminating: Decoder<TerminatingGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["terminating"]), ...fields, ...termination }),
);
const terminated: Decoder<TerminatedGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
    status: /* @__PURE__ */ literal(["terminated"]),
    ...fields,
    ...termination,
    terminatedDateTime: instant,
  }),
);
const expired: Decoder<ExpiredGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
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

const unknownFutureValue: Decoder<UnknownStatusGdap> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
    status: /* @__PURE__ */ literal(["unknownFutureValue"]),
    ...fields,
    customer: /* @__PURE__ */ optional(identifier),
    activatedDateTime: /* @__PURE__ */ optional(instant),
    endDateTime: /* @__PURE__ */ optional(instant),
    graphStatus: /* @__PURE__ */ optional(identifier),
  }),
);

/** The decoder of a {@link GdapRelationship}'s JSON form, for composing larger decoders. */
export const gdapRelationshipDecoder: Decoder<GdapRelationship> = /* @__PURE__ */ taggedUnion("status", {
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

/**
 * Parses a GDAP relationship in any status from untrusted input (INVAR-6), in the
 * library's JSON form.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the relationship, or every issue with its path (such as `roles[1]`)
 */
export function parseGdapRelationship(input: unknown, options?: ParseOptions): Result<GdapRelationship, ParseError> {
  return decode(gdapRelationshipDecoder, input, options);
}

/** The facts Graph adds, in JSON: only those present. */
function factsToJson(facts: GdapGraphFacts): Pick<GdapRelationshipFieldsJson, keyof GdapGraphFacts> {
  const json: {
    customerDisplayName?: string;
    etag?: string;
    reseller?: NonNullable<GdapRelationshipFieldsJson["reseller"]>;
  } = {};
  if (facts.customerDisplayName !== undefined) json.customerDisplayName = facts.customerDisplayName;
  if (facts.etag !== undefined) json.etag = facts.etag;
  if (facts.reseller !== undefined)
    json.reseller = {
      indirectProviderTenantId: facts.reseller.indirectProviderTenantId,
      isPartnerConsentPending: facts.reseller.isPartnerConsentPending,
    };
  return json;
}

function fieldsToJson(relationship: GdapRelationshipFields): GdapRelationshipFieldsJson {
  return {
    id: relationship.id,
    displayName: relationship.displayName,
    partner: relationship.partner,
    roles: [...relationship.roles],
    duration: isoDurationToJson(relationship.duration),
    autoExtendDuration: isoDurationToJson(relationship.autoExtendDuration),
    createdDateTime: instantToJson(relationship.createdDateTime),
    createdBy: relationship.createdBy,
    lastModifiedDateTime: instantToJson(relationship.lastModifiedDateTime),
    requestExpiresDateTime: instantToJson(relationship.requestExpiresDateTime),
    ...factsToJson(relationship),
    ...pendingFieldToJson(relationship),
  };
}

/**
 * Writes a GDAP relationship in its JSON form (optional fields only when present).
 *
 * @param relationship - the relationship
 */
export function gdapRelationshipToJson(relationship: GdapRelationship): GdapRelationshipJson {
  const base = fieldsToJson(relationship);
  switch (relationship.status) {
    case "unknownFutureValue": {
      const known: { customer?: string; activatedDateTime?: string; endDateTime?: string; graphStatus?: string } = {};
      if (relationship.customer !== undefined) known.customer = relationship.customer;
      if (relationship.activatedDateTime !== undefined)
        known.activatedDateTime = instantToJson(relationship.activatedDateTime);
      if (relationship.endDateTime !== undefined) known.endDateTime = instantToJson(relationship.endDateTime);
      if (relationship.graphStatus !== undefined) known.graphStatus = relationship.graphStatus;
      return { status: "unknownFutureValue", ...base, ...known };
    }
    case "created":
    case "approvalPending":
      return relationship.customer === undefined
        ? { status: relationship.status, ...base }
        : { status: relationship.status, ...base, customer: relationship.customer };
    case "approved":
    case "activating":
      return {
        status: relationship.status,
        ...base,
        customer: relationship.customer,
        approvedBy: relationship.approvedBy,
      };
    case "active":
    case "expiring":
      return {
        status: relationship.status,
        ...base,
        customer: relationship.customer,
        approvedBy: relationship.approvedBy,
        activatedDateTime: instantToJson(relationship.activatedDateTime),
        endDateTime: instantToJson(relationship.endDateTime),
      };
    case "terminationRequested":
    case "terminating":
    case "terminated": {
      const termination = {
        ...base,
        customer: relationship.customer,
        approvedBy: relationship.approvedBy,
        activatedDateTime: instantToJson(relationship.activatedDateTime),
        endDateTime: instantToJson(relationship.endDateTime),
        terminationRequestedBy: relationship.terminationRequestedBy,
        terminationRequestedByUser: relationship.terminationRequestedByUser,
        terminationRequestedDateTime: instantToJson(relationship.terminationRequestedDateTime),
      };
      return relationship.status === "terminated"
        ? { status: "terminated", ...termination, terminatedDateTime: instantToJson(relationship.terminatedDateTime) }
        : { status: relationship.status, ...termination };
    }
    case "expired": {
      const optionalFields: {
        customer?: string;
        approvedBy?: string;
        activatedDateTime?: string;
        endDateTime?: string;
      } = {};
      if (relationship.customer !== undefined) optionalFields.customer = relationship.customer;
      if (relationship.approvedBy !== undefined) optionalFields.approvedBy = relationship.approvedBy;
      if (relationship.activatedDateTime !== undefined)
        optionalFields.activatedDateTime = instantToJson(relationship.activatedDateTime);
      if (relationship.endDateTime !== undefined) optionalFields.endDateTime = instantToJson(relationship.endDateTime);
      return {
        status: "expired",
        ...base,
        expiredBecause: relationship.expiredBecause,
        expiredDateTime: instantToJson(relationship.expiredDateTime),
        ...optionalFields,
      };
    }
  }
}

/** A Standard Schema v1 validator of GDAP relationships (vendor `partner-relationships`). */
export const gdapRelationshipSchema: StandardSchemaV1<unknown, GdapRelationship> =
  /* @__PURE__ */ toStandardSchema(parseGdapRelationship);
