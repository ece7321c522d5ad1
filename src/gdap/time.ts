/**
 * Time on a GDAP relationship (GDAP-2, GDAP-5, GDAP-7): its end time counting
 * auto-extension, whether it is active at an instant, and {@link advanceGdapRelationship},
 * which brings it to an instant: at the end time an auto-extending relationship gets its
 * extension (as many as fall before the instant, computed in one step), any other
 * expires; an unapproved request expires after the policy's lifetime. Steps on an
 * `active` relationship first bring it to their `at` the same way ({@link ensureGdapActiveAt}).
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import type { GdapStatusNotAllowed, InvalidInput } from "../errors.js";
import { checkTime } from "../validate.js";
import { type Instant, isInstant } from "../vocabulary/time.js";
import { nominalDurationMs } from "./duration.js";
import { UNKNOWN_FUTURE_VALUE } from "./graph-records.js";
import {
  type ActiveGdap,
  type ApprovalPendingGdap,
  type CreatedGdap,
  type ExpiredGdap,
  type ExpiringGdap,
  ensureGdapStatus,
  type GdapActivationFields,
  type GdapRelationship,
  type GdapRelationshipFields,
  statusNotAllowed,
} from "./relationship.js";

function extensionMs(relationship: GdapRelationshipFields): number {
  return nominalDurationMs(relationship.autoExtendDuration);
}

/** How many auto-extensions have happened by `at`, and the end time after them. */
function extensionsBy(relationship: GdapActivationFields, at: Instant): { count: number; end: Instant } {
  const step = extensionMs(relationship);
  if (at < relationship.endDateTime || step <= 0) return { count: 0, end: relationship.endDateTime };
  const count = Math.floor((at - relationship.endDateTime) / step) + 1;
  return { count, end: relationship.endDateTime + count * step };
}

/**
 * The end time of a relationship as it stands at `at`, counting every auto-extension
 * that happened by then (GDAP-2): at its end time an auto-extending relationship gets
 * `autoExtendDuration` more, as often as needed, computed in one step. `undefined` for
 * a relationship that was never active.
 *
 * @param relationship - any relationship
 * @param at - the instant
 *
 * @example
 * ```ts
 * // active until 1 July, auto-extending by P180D:
 * gdapEndDateTimeAt(active, Date.UTC(2026, 6, 1)); // Date.UTC(2026, 6, 1) + 180 days
 * ```
 */
export function gdapEndDateTimeAt(relationship: GdapRelationship, at: Instant): Instant | undefined {
  switch (relationship.status) {
    case "active":
    case "expiring":
      return extensionsBy(relationship, at).end;
    case "terminationRequested":
    case "terminating":
    case "terminated":
    case "expired":
    // GDAP-11: Graph's end time as given, never extended; the relationship grants nothing anyway.
    case UNKNOWN_FUTURE_VALUE:
      return relationship.endDateTime;
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers undefined too
    case "created":
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers undefined too
    case "approvalPending":
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers undefined too
    case "approved":
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers undefined too
    case "activating":
      return undefined;
    default:
      return exhaustive(relationship, undefined);
  }
}

/**
 * Whether a relationship is active at `t` (GDAP-7, INVAR-1): status `active` (or Graph's
 * transient `expiring`), activated at or before `t`, and `t` before its end time counting
 * auto-extension. Never for `terminationRequested`, `terminating`, `terminated` or
 * `expired` (decision: a termination asked for takes access away at once).
 *
 * The answer projects the state given forward to `t`; it is not a history (a terminated
 * relationship is inactive at every `t`).
 *
 * @param relationship - any relationship
 * @param at - the instant `t`
 *
 * @example
 * ```ts
 * isGdapActiveAt(active, active.endDateTime - 1); // true
 * isGdapActiveAt(active, active.endDateTime);     // false, unless it auto-extends
 * ```
 */
export function isGdapActiveAt(relationship: GdapRelationship, at: Instant): boolean {
  if (relationship.status !== "active" && relationship.status !== "expiring") return false;
  if (!isInstant(at) || at < relationship.activatedDateTime) return false;
  return at < extensionsBy(relationship, at).end;
}

/** Exhaustiveness check: a new status fails to compile here; an unknown one from plain JavaScript passes through. */
function exhaustive<T>(value: never, fallback: T): T {
  void value;
  return fallback;
}

function expiredRequest(relationship: CreatedGdap | ApprovalPendingGdap): ExpiredGdap {
  return {
    ...relationship,
    status: "expired",
    expiredBecause: "requestNotApproved",
    expiredDateTime: relationship.requestExpiresDateTime,
    lastModifiedDateTime: relationship.requestExpiresDateTime,
  };
}

function projectActive(relationship: ActiveGdap | ExpiringGdap, at: Instant): ActiveGdap | ExpiringGdap | ExpiredGdap {
  if (at < relationship.endDateTime) return relationship;
  const step = extensionMs(relationship);
  if (step <= 0) {
    return {
      ...relationship,
      status: "expired",
      expiredBecause: "endDateTimeReached",
      expiredDateTime: relationship.endDateTime,
      lastModifiedDateTime: relationship.endDateTime,
    };
  }
  const { count, end } = extensionsBy(relationship, at);
  return {
    ...relationship,
    status: "active",
    endDateTime: end,
    // The last extension happened at the end time it replaced.
    lastModifiedDateTime: Math.max(relationship.lastModifiedDateTime, relationship.endDateTime + (count - 1) * step),
  };
}

/**
 * Brings a relationship to the instant `at` (GDAP-2, GDAP-5): an `active` one whose end
 * time has come auto-extends (every extension that falls by `at`, computed in one step)
 * or expires at its end time; a `created` or `approvalPending` one not approved within
 * the request lifetime expires at its request expiry. Other statuses come back
 * unchanged, `expired` and `terminated` included (they are final).
 *
 * The result does not depend on the path: advancing to `t1` then to `t2` gives what
 * advancing to `t2` gives. `lastModifiedDateTime` becomes the instant of the last
 * change (an extension or expiry), not `at`.
 *
 * @param relationship - any relationship
 * @param at - the instant, not before its `lastModifiedDateTime`
 * @returns the relationship at `at`, or `invalid_input` for a bad time
 *
 * @example
 * ```ts
 * // active, duration P90D, no auto-extension, activated 1 January 2026:
 * advanceGdapRelationship(active, Date.UTC(2026, 5, 1));
 * // Ok({ status: "expired", expiredBecause: "endDateTimeReached", expiredDateTime: Date.UTC(2026, 3, 1), … })
 * ```
 */
export function advanceGdapRelationship(
  relationship: GdapRelationship,
  at: Instant,
): Result<GdapRelationship, InvalidInput> {
  return checkTime(at, "GDAP-2", relationship.lastModifiedDateTime).map((): GdapRelationship => {
    switch (relationship.status) {
      case "created":
      case "approvalPending":
        return at >= relationship.requestExpiresDateTime ? expiredRequest(relationship) : relationship;
      case "active":
      case "expiring":
        return projectActive(relationship, at);
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case "approved":
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case "activating":
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case "terminationRequested":
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case "terminating":
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case "expired":
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case "terminated":
      // GDAP-11: time does not move a status this version does not know.
      // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the exhaustiveness default answers the relationship too
      case UNKNOWN_FUTURE_VALUE:
        return relationship;
      default:
        return exhaustive<GdapRelationship>(relationship, relationship);
    }
  });
}

/**
 * Narrows a relationship to one active at `at` and brings it there (GDAP-1, GDAP-2):
 * status `active`, `at` not before its last change, and auto-extended if its end time
 * came; `gdap_status_not_allowed` with status `expired` if it expired by `at`.
 *
 * @param relationship - a relationship in any status
 * @param at - the instant
 * @param step - the step asking, for the error (default `"ensureGdapActiveAt"`)
 *
 * @example
 * ```ts
 * ensureGdapActiveAt(relationship, at).andThen((active) => terminateGdapRelationship(active, { by, at }));
 * ```
 */
export function ensureGdapActiveAt(
  relationship: GdapRelationship,
  at: Instant,
  step = "ensureGdapActiveAt",
): Result<ActiveGdap, GdapStatusNotAllowed | InvalidInput> {
  return ensureGdapStatus(relationship, ["active"], step).andThen((active) => bringActiveTo(active, at, step));
}

/**
 * Brings an active relationship to `at` for a step (GDAP-1, GDAP-2): `at` not before its
 * last change, auto-extended if its end time came, `gdap_status_not_allowed` with status
 * `expired` if it expired by `at`.
 *
 * @param active - the active relationship
 * @param at - the instant
 * @param step - the step asking, for the error
 */
export function bringActiveTo(
  active: ActiveGdap,
  at: Instant,
  step: string,
): Result<ActiveGdap, GdapStatusNotAllowed | InvalidInput> {
  return checkTime(at, "GDAP-1", active.lastModifiedDateTime).andThen((): Result<ActiveGdap, GdapStatusNotAllowed> => {
    const projected = projectActive(active, at);
    return projected.status === "active" ? ok(projected) : err(statusNotAllowed(active, ["active"], step, "expired"));
  });
}
