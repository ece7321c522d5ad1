// A verbatim copy of src/codec/access-assignment.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of GDAP access assignments in all five statuses of Microsoft Graph
 * (GDAP-6), and in Graph's `unknownFutureValue` (GDAP-11), discriminated by `status`:
 * parser, serialiser and Standard Schema. Graph's `@odata.etag` is kept as `etag` when
 * known. For Graph's own payloads see `parseGraphAccessAssignment`.
 *
 * Besides the shape, the parser checks what the steps guarantee: at least one role, each
 * once; created ≤ last modified; a deletion not before the creation and the last change
 * not before the deletion. It does not check the roles against the relationship's: an
 * assignment is read on its own.
 *
 * @module
 */

import type { Result } from "neverthrow";
import {
  array,
  type Decoder,
  decode,
  literal,
  object,
  optional,
  refine,
  string,
  taggedUnion,
  type Violation,
} from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import { identifier, instant, instantToJson, roleId } from "../../../src/codec/vocabulary.js";
import type {
  AccessAssignment,
  AccessAssignmentFields,
  ActiveAccessAssignment,
  DeletedAccessAssignment,
  DeletingAccessAssignment,
  ErrorAccessAssignment,
  PendingAccessAssignment,
  UnknownStatusAccessAssignment,
} from "../../../src/gdap/access-assignment.js";
import { MAX_ROLES } from "../../../src/vocabulary/directory-roles.js";
import { formatInstant } from "../../../src/vocabulary/time.js";
import { duplicateRoles, type FieldPath } from "./gdap.js";
import { type PendingGdapChangeJson, pendingFieldToJson, pendingGdapChangeDecoder } from "./pending.js";

/** The fields every access assignment has, in JSON. */
export interface AccessAssignmentFieldsJson {
  /** The assignment's ID. */
  readonly id: string;
  /** The ID of the GDAP relationship whose roles it assigns. */
  readonly relationship: string;
  /** The relationship's partner ID. */
  readonly partner: string;
  /** The relationship's customer tenant ID. */
  readonly customer: string;
  /** The partner security group's object ID. */
  readonly group: string;
  /** Role template IDs, each once. */
  readonly roles: readonly string[];
  /** ISO 8601. */
  readonly createdDateTime: string;
  /** ISO 8601. */
  readonly lastModifiedDateTime: string;
  /** Graph's `@odata.etag`, when known. */
  readonly etag?: string;
  /** A change asked for by a request or operation and not yet succeeded (GDAP-8, GDAP-9). */
  readonly pending?: PendingGdapChangeJson;
}

/** A pending, active, deleting or error {@link AccessAssignment} in JSON. */
export interface LiveAccessAssignmentJson extends AccessAssignmentFieldsJson {
  /** Discriminant: the assignment's status, any but `"deleted"`. */
  readonly status: "pending" | "active" | "deleting" | "error";
}

/** An {@link UnknownStatusAccessAssignment} in JSON (GDAP-11). */
export interface UnknownStatusAccessAssignmentJson extends AccessAssignmentFieldsJson {
  /** Discriminant: always `"unknownFutureValue"`. */
  readonly status: "unknownFutureValue";
  /** The status Graph sent, when it named a member this version does not know. */
  readonly graphStatus?: string;
}

/** A {@link DeletedAccessAssignment} in JSON. */
export interface DeletedAccessAssignmentJson extends AccessAssignmentFieldsJson {
  /** Discriminant: always `"deleted"`. */
  readonly status: "deleted";
  /** ISO 8601. */
  readonly deletedDateTime: string;
  /** The user ID of the partner user who deleted it. */
  readonly deletedBy: string;
}

/** An {@link AccessAssignment} in JSON, discriminated by `status`. */
export type AccessAssignmentJson =
  | LiveAccessAssignmentJson
  | DeletedAccessAssignmentJson
  | UnknownStatusAccessAssignmentJson;

const ownPath: FieldPath = (field, index) => (index === undefined ? [field] : [field, index]);

/**
 * Every fact of an assignment the steps guarantee, as violations at the paths `at` gives.
 *
 * @param assignment - a decoded assignment
 * @param at - where each field is in the input
 * @internal
 */
export function accessAssignmentViolations(assignment: AccessAssignment, at: FieldPath = ownPath): Violation[] {
  const violations = duplicateRoles(assignment.roles, at);
  const order: [string, number][] = [["createdDateTime", assignment.createdDateTime]];
  if (assignment.status === "deleted") order.push(["deletedDateTime", assignment.deletedDateTime]);
  order.push(["lastModifiedDateTime", assignment.lastModifiedDateTime]);
  for (let index = 1; index < order.length; index++) {
    const [boundName, bound] = order[index - 1] as [string, number];
    const [field, value] = order[index] as [string, number];
    if (value < bound)
      violations.push({
        at: at(field),
        expected: `an instant not before ${boundName} (${formatInstant(bound)})`,
        found: formatInstant(value),
      });
  }
  return violations;
}

const fields = {
  id: identifier,
  relationship: identifier,
  partner: identifier,
  customer: identifier,
  group: identifier,
  roles: /* @__PURE__ */ array(roleId, { minLength: 1, maxLength: MAX_ROLES }),
  createdDateTime: instant,
  lastModifiedDateTime: instant,
  etag: /* @__PURE__ */ optional(/* @__PURE__ */ string({ minLength: 1 })),
  pending: /* @__PURE__ */ optional(pendingGdapChangeDecoder),
} as const;

function checked<T extends AccessAssignment>(decoder: Decoder<T>): Decoder<T> {
  return refine(decoder, (assignment) => accessAssignmentViolations(assignment));
}

const pending: Decoder<PendingAccessAssignment> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["pending"]), ...fields }),
);
const active: Decoder<ActiveAccessAssignment> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["active"]), ...fields }),
);
const deleting: Decoder<DeletingAccessAssignment> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["deleting"]), ...fields }),
);
const deleted: Decoder<DeletedAccessAssignment> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
    status: /* @__PURE__ */ literal(["deleted"]),
    ...fields,
    deletedDateTime: instant,
    deletedBy: identifier,
  }),
);
const error: Decoder<ErrorAccessAssignment> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({ status: /* @__PURE__ */ literal(["error"]), ...fields }),
);
const unknownFutureValue: Decoder<UnknownStatusAccessAssignment> = /* @__PURE__ */ checked(
  /* @__PURE__ */ object({
    status: /* @__PURE__ */ literal(["unknownFutureValue"]),
    ...fields,
    graphStatus: /* @__PURE__ */ optional(identifier),
  }),
);

/** The decoder of an {@link AccessAssignment}'s JSON form, for composing larger decoders. */
export const accessAssignmentDecoder: Decoder<AccessAssignment> = /* @__PURE__ */ taggedUnion("status", {
  pending,
  active,
  deleting,
  deleted,
  error,
  unknownFutureValue,
});

/**
 * Parses an access assignment in any status from untrusted input (INVAR-6), in the
 * library's JSON form.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseAccessAssignment(input: unknown, options?: ParseOptions): Result<AccessAssignment, ParseError> {
  return decode(accessAssignmentDecoder, input, options);
}

function fieldsToJson(assignment: AccessAssignmentFields): AccessAssignmentFieldsJson {
  const json: AccessAssignmentFieldsJson = {
    id: assignment.id,
    relationship: assignment.relationship,
    partner: assignment.partner,
    customer: assignment.customer,
    group: assignment.group,
    roles: [...assignment.roles],
    createdDateTime: instantToJson(assignment.createdDateTime),
    lastModifiedDateTime: instantToJson(assignment.lastModifiedDateTime),
    ...pendingFieldToJson(assignment),
  };
  return assignment.etag === undefined ? json : { ...json, etag: assignment.etag };
}

/**
 * Writes an access assignment in its JSON form.
 *
 * @param assignment - the assignment
 */
export function accessAssignmentToJson(assignment: AccessAssignment): AccessAssignmentJson {
  switch (assignment.status) {
    case "deleted":
      return {
        status: "deleted",
        ...fieldsToJson(assignment),
        deletedDateTime: instantToJson(assignment.deletedDateTime),
        deletedBy: assignment.deletedBy,
      };
    case "unknownFutureValue":
      return assignment.graphStatus === undefined
        ? { status: "unknownFutureValue", ...fieldsToJson(assignment) }
        : { status: "unknownFutureValue", ...fieldsToJson(assignment), graphStatus: assignment.graphStatus };
    default:
      return { status: assignment.status, ...fieldsToJson(assignment) };
  }
}

/** A Standard Schema v1 validator of access assignments (vendor `partner-relationships`). */
export const accessAssignmentSchema: StandardSchemaV1<unknown, AccessAssignment> =
  /* @__PURE__ */ toStandardSchema(parseAccessAssignment);
