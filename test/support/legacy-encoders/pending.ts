// A verbatim copy of src/codec/pending.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of a change held as pending on a GDAP relationship or an access
 * assignment (GDAP-8, GDAP-9): the `pending` field of their library JSON. The parser
 * checks the shape, that roles come only with an access assignment's update, each once,
 * and that the last report is not before the change was asked for.
 *
 * @module
 */

import { array, type Decoder, literal, object, optional, refine, type Violation } from "../../../src/codec/decoder.js";
import { identifier, instant, instantToJson, roleId } from "../../../src/codec/vocabulary.js";
import {
  GDAP_CHANGE_ACTIONS,
  GDAP_OPERATION_STATUSES,
  GDAP_REQUEST_ACTIONS,
  GDAP_REQUEST_STATUSES,
  GDAP_UNSETTLED_STATUSES,
  type GdapOperationStatus,
  type GdapRequestAction,
  type GdapRequestStatus,
  type PendingGdapChange,
  UNKNOWN_FUTURE_VALUE,
  type UnknownFutureValue,
} from "../../../src/gdap/graph-records.js";
import type { GdapChangeReport } from "../../../src/gdap/pending.js";
import { MAX_ROLES } from "../../../src/vocabulary/directory-roles.js";
import { formatInstant } from "../../../src/vocabulary/time.js";
import { type ActorJson, actorDecoder, actorToJson } from "./actor.js";

/** A {@link PendingGdapChange} in JSON. */
export interface PendingGdapChangeJson {
  /** `"request"` (GDAP-8) or `"operation"` (GDAP-9). */
  readonly via: "request" | "operation";
  /** The request's or operation's ID. */
  readonly id: string;
  /** The change, such as `"terminate"` or `"removeGlobalAdministrator"`. */
  readonly action: PendingGdapChange["action"];
  /** How far Graph got: `created`, `pending`, `running`, `notStarted` or `unknownFutureValue`. */
  readonly status: PendingGdapChange["status"];
  /** Who asked for it. */
  readonly by: ActorJson;
  /** For `updateAccessAssignment`: role template IDs the assignment will hold. */
  readonly roles?: readonly string[];
  /** ISO 8601. */
  readonly requestedDateTime: string;
  /** ISO 8601. */
  readonly lastModifiedDateTime: string;
}

function violations(change: PendingGdapChange): Violation[] {
  const found: Violation[] = [];
  if (change.lastModifiedDateTime < change.requestedDateTime)
    found.push({
      at: ["lastModifiedDateTime"],
      expected: `an instant not before requestedDateTime (${formatInstant(change.requestedDateTime)})`,
      found: formatInstant(change.lastModifiedDateTime),
    });
  if (change.roles !== undefined && change.action !== "updateAccessAssignment")
    found.push({
      at: ["roles"],
      expected: "no roles: only an access assignment's update carries them (GDAP-9)",
      found: "roles",
    });
  const seen = new Set<string>();
  change.roles?.forEach((role, index) => {
    if (seen.has(role))
      found.push({ at: ["roles", index], expected: "a role not already listed", found: JSON.stringify(role) });
    seen.add(role);
  });
  return found;
}

/** The decoder of a {@link PendingGdapChange}'s JSON form, for the `pending` field of relationships and assignments. */
export const pendingGdapChangeDecoder: Decoder<PendingGdapChange> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
    via: /* @__PURE__ */ literal(["request", "operation"]),
    id: identifier,
    action: /* @__PURE__ */ literal(GDAP_CHANGE_ACTIONS),
    status: /* @__PURE__ */ literal(GDAP_UNSETTLED_STATUSES),
    by: actorDecoder,
    roles: /* @__PURE__ */ optional(/* @__PURE__ */ array(roleId, { minLength: 1, maxLength: MAX_ROLES })),
    requestedDateTime: instant,
    lastModifiedDateTime: instant,
  }),
  violations,
);

/**
 * Writes a pending change in its JSON form.
 *
 * @param change - the pending change
 */
export function pendingGdapChangeToJson(change: PendingGdapChange): PendingGdapChangeJson {
  return {
    via: change.via,
    id: change.id,
    action: change.action,
    status: change.status,
    by: actorToJson(change.by),
    ...(change.roles === undefined ? {} : { roles: [...change.roles] }),
    requestedDateTime: instantToJson(change.requestedDateTime),
    lastModifiedDateTime: instantToJson(change.lastModifiedDateTime),
  };
}

/**
 * The `pending` field of a value's JSON form: present only when a change is pending.
 *
 * @param value - a relationship or an assignment
 * @internal
 */
export function pendingFieldToJson(value: {
  /** The pending change, if any. */
  readonly pending?: PendingGdapChange;
}): {
  /** The pending change, in JSON. */
  readonly pending?: PendingGdapChangeJson;
} {
  return value.pending === undefined ? {} : { pending: pendingGdapChangeToJson(value.pending) };
}

/** Request actions in JSON: Graph's, and `unknownFutureValue` (GDAP-8). @internal */
export const requestActionDecoder: Decoder<GdapRequestAction> = /* @__PURE__ */ literal([
  ...GDAP_REQUEST_ACTIONS,
  UNKNOWN_FUTURE_VALUE,
]);

/** Request statuses in JSON (GDAP-8). @internal */
export const requestStatusDecoder: Decoder<GdapRequestStatus> = /* @__PURE__ */ literal([
  ...GDAP_REQUEST_STATUSES,
  UNKNOWN_FUTURE_VALUE,
]);

/** The changes an operation carries, in JSON (GDAP-9). @internal */
export const operationActionDecoder: Decoder<
  "removeGlobalAdministrator" | "updateAccessAssignment" | UnknownFutureValue
> = /* @__PURE__ */ literal(["removeGlobalAdministrator", "updateAccessAssignment", UNKNOWN_FUTURE_VALUE]);

/** Operation statuses in JSON (GDAP-9). @internal */
export const operationStatusDecoder: Decoder<GdapOperationStatus> = /* @__PURE__ */ literal([
  ...GDAP_OPERATION_STATUSES,
  UNKNOWN_FUTURE_VALUE,
]);

/** A {@link GdapChangeReport} in JSON. */
export interface GdapChangeReportJson {
  /** `"request"` (GDAP-8) or `"operation"` (GDAP-9). */
  readonly via: "request" | "operation";
  /** The request's or operation's ID. */
  readonly id: string;
  /** The change, or `"unknownFutureValue"`. */
  readonly action: GdapChangeReport["action"];
  /** Its status as Graph reported it. */
  readonly status: GdapChangeReport["status"];
  /** For an access assignment's update: role template IDs it will hold. */
  readonly roles?: readonly string[];
}

function reportViolations(report: GdapChangeReport): Violation[] {
  const statuses: readonly string[] = report.via === "request" ? GDAP_REQUEST_STATUSES : GDAP_OPERATION_STATUSES;
  return report.status === UNKNOWN_FUTURE_VALUE || statuses.includes(report.status)
    ? []
    : [{ at: ["status"], expected: `a status of a ${report.via}: ${statuses.join(", ")}`, found: report.status }];
}

/** The decoder of a {@link GdapChangeReport}'s JSON form, for the events that carry one. */
export const gdapChangeReportDecoder: Decoder<GdapChangeReport> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
    via: /* @__PURE__ */ literal(["request", "operation"]),
    id: identifier,
    action: /* @__PURE__ */ literal<GdapChangeReport["action"]>([...GDAP_CHANGE_ACTIONS, UNKNOWN_FUTURE_VALUE]),
    status: /* @__PURE__ */ literal<GdapChangeReport["status"]>([
      ...GDAP_REQUEST_STATUSES,
      "notStarted",
      UNKNOWN_FUTURE_VALUE,
    ]),
    roles: /* @__PURE__ */ optional(/* @__PURE__ */ array(roleId, { maxLength: MAX_ROLES })),
  }),
  reportViolations,
);

/**
 * Writes a report of a request or operation in its JSON form.
 *
 * @param report - the report
 */
export function gdapChangeReportToJson(report: GdapChangeReport): GdapChangeReportJson {
  return {
    via: report.via,
    id: report.id,
    action: report.action,
    status: report.status,
    ...(report.roles === undefined ? {} : { roles: [...report.roles] }),
  };
}
