/**
 * The JSON form of GDAP access assignments in all five statuses of Microsoft Graph
 * (GDAP-6), and in Graph's `unknownFutureValue` (GDAP-11), discriminated by `status`:
 * schema, parser, serialiser and Standard Schema. Graph's `@odata.etag` is kept as `etag` when
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
import type {
  AccessAssignment,
  ActiveAccessAssignment,
  DeletedAccessAssignment,
  DeletingAccessAssignment,
  ErrorAccessAssignment,
  PendingAccessAssignment,
  UnknownStatusAccessAssignment,
} from "../gdap/access-assignment.js";
import { MAX_ROLES } from "../vocabulary/directory-roles.js";
import { formatInstant } from "../vocabulary/time.js";
import { duplicateRoles, type FieldPath } from "./gdap.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { pendingGdapChangeDecoder } from "./pending.js";
import {
  array,
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
  taggedUnion,
  type Violation,
} from "./schema.js";
import { identifier, instant, roleId } from "./vocabulary.js";

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

/** The order the JSON form has always been written in: `pending` before `etag`. */
const writeOrder = [
  "status",
  "id",
  "relationship",
  "partner",
  "customer",
  "group",
  "roles",
  "createdDateTime",
  "lastModifiedDateTime",
  "pending",
  "etag",
] as const;

function checked<T extends AccessAssignment, J>(schema: Schema<T, J>): Schema<T, J> {
  return refine(schema, (assignment) => accessAssignmentViolations(assignment));
}

const pending = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<PendingAccessAssignment>()(
    { status: /* @__PURE__ */ literal(["pending"]), ...fields },
    { writeOrder },
  ),
);
const active = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ActiveAccessAssignment>()(
    { status: /* @__PURE__ */ literal(["active"]), ...fields },
    { writeOrder },
  ),
);
const deleting = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<DeletingAccessAssignment>()(
    { status: /* @__PURE__ */ literal(["deleting"]), ...fields },
    { writeOrder },
  ),
);
const deleted = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<DeletedAccessAssignment>()(
    { status: /* @__PURE__ */ literal(["deleted"]), ...fields, deletedDateTime: instant, deletedBy: identifier },
    { writeOrder },
  ),
);
const error = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<ErrorAccessAssignment>()(
    { status: /* @__PURE__ */ literal(["error"]), ...fields },
    { writeOrder },
  ),
);
const unknownFutureValue = /* @__PURE__ */ checked(
  /* @__PURE__ */ object<UnknownStatusAccessAssignment>()(
    {
      status: /* @__PURE__ */ literal(["unknownFutureValue"]),
      ...fields,
      graphStatus: /* @__PURE__ */ optional(identifier),
    },
    { writeOrder },
  ),
);

/** The schema of an {@link AccessAssignment}'s JSON form, for composing larger schemas. */
export const accessAssignmentDecoder = /* @__PURE__ */ taggedUnion<AccessAssignment>()("status", {
  pending,
  active,
  deleting,
  deleted,
  error,
  unknownFutureValue,
});

/** An {@link AccessAssignment} in JSON, discriminated by `status`. */
export type AccessAssignmentJson = JsonOf<typeof accessAssignmentDecoder>;

/** The fields every access assignment has, in JSON. */
export type AccessAssignmentFieldsJson = JsonOfShape<typeof fields>;

/** A pending, active, deleting or error {@link AccessAssignment} in JSON. */
export type LiveAccessAssignmentJson = JsonOf<typeof pending | typeof active | typeof deleting | typeof error>;

/** An {@link UnknownStatusAccessAssignment} in JSON (GDAP-11). */
export type UnknownStatusAccessAssignmentJson = JsonOf<typeof unknownFutureValue>;

/** A {@link DeletedAccessAssignment} in JSON. */
export type DeletedAccessAssignmentJson = JsonOf<typeof deleted>;

/**
 * Parses an access assignment in any status from untrusted input (INVAR-6), in the
 * library's JSON form.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseAccessAssignment = (input: unknown, options?: ParseOptions): Result<AccessAssignment, ParseError> =>
  decode(accessAssignmentDecoder, input, options);

/**
 * Writes an access assignment in its JSON form.
 *
 * @param assignment - the assignment
 */
export const accessAssignmentToJson = (assignment: AccessAssignment): AccessAssignmentJson =>
  accessAssignmentDecoder.encode(assignment);

/** A Standard Schema v1 validator of access assignments (vendor `partner-relationships`). */
export const accessAssignmentSchema = /* @__PURE__ */ standardSchemaOf(accessAssignmentDecoder);
