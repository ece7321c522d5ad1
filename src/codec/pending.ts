/**
 * The JSON form of a change held as pending on a GDAP relationship or an access
 * assignment (GDAP-8, GDAP-9): the `pending` field of their library JSON. The parser
 * checks the shape, that roles come only with an access assignment's update, each once,
 * and that the last report is not before the change was asked for.
 *
 * @module
 */

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
} from "../gdap/graph-records.js";
import type { GdapChangeReport } from "../gdap/pending.js";
import { MAX_ROLES } from "../vocabulary/directory-roles.js";
import { formatInstant } from "../vocabulary/time.js";
import { actorDecoder } from "./actor.js";
import { array, type JsonOf, literal, object, optional, refine, type Schema, type Violation } from "./schema.js";
import { identifier, instant, roleId } from "./vocabulary.js";

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

/** The schema of a {@link PendingGdapChange}'s JSON form, for the `pending` field of relationships and assignments. */
export const pendingGdapChangeDecoder = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<PendingGdapChange>()({
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

/** A {@link PendingGdapChange} in JSON. */
export type PendingGdapChangeJson = JsonOf<typeof pendingGdapChangeDecoder>;

/**
 * Writes a pending change in its JSON form.
 *
 * @param change - the pending change
 */
export const pendingGdapChangeToJson = (change: PendingGdapChange): PendingGdapChangeJson =>
  pendingGdapChangeDecoder.encode(change);

/** Request actions in JSON: Graph's, and `unknownFutureValue` (GDAP-8). @internal */
export const requestActionDecoder: Schema<GdapRequestAction, GdapRequestAction> = /* @__PURE__ */ literal([
  ...GDAP_REQUEST_ACTIONS,
  UNKNOWN_FUTURE_VALUE,
]);

/** Request statuses in JSON (GDAP-8). @internal */
export const requestStatusDecoder: Schema<GdapRequestStatus, GdapRequestStatus> = /* @__PURE__ */ literal([
  ...GDAP_REQUEST_STATUSES,
  UNKNOWN_FUTURE_VALUE,
]);

/** The changes an operation carries, in JSON (GDAP-9). @internal */
export const operationActionDecoder: Schema<
  "removeGlobalAdministrator" | "updateAccessAssignment" | UnknownFutureValue,
  "removeGlobalAdministrator" | "updateAccessAssignment" | UnknownFutureValue
> = /* @__PURE__ */ literal(["removeGlobalAdministrator", "updateAccessAssignment", UNKNOWN_FUTURE_VALUE]);

/** Operation statuses in JSON (GDAP-9). @internal */
export const operationStatusDecoder: Schema<GdapOperationStatus, GdapOperationStatus> = /* @__PURE__ */ literal([
  ...GDAP_OPERATION_STATUSES,
  UNKNOWN_FUTURE_VALUE,
]);

function reportViolations(report: GdapChangeReport): Violation[] {
  const statuses: readonly string[] = report.via === "request" ? GDAP_REQUEST_STATUSES : GDAP_OPERATION_STATUSES;
  return report.status === UNKNOWN_FUTURE_VALUE || statuses.includes(report.status)
    ? []
    : [{ at: ["status"], expected: `a status of a ${report.via}: ${statuses.join(", ")}`, found: report.status }];
}

/** The schema of a {@link GdapChangeReport}'s JSON form, for the events that carry one. */
export const gdapChangeReportDecoder = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<GdapChangeReport>()({
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

/** A {@link GdapChangeReport} in JSON. */
export type GdapChangeReportJson = JsonOf<typeof gdapChangeReportDecoder>;

/**
 * Writes a report of a request or operation in its JSON form.
 *
 * @param report - the report
 */
export const gdapChangeReportToJson = (report: GdapChangeReport): GdapChangeReportJson =>
  gdapChangeReportDecoder.encode(report);
