/**
 * GDAP relationships (GDAP-1…GDAP-5): granular, time-limited delegated admin
 * privileges, with the statuses and field names of Microsoft Graph's
 * `delegatedAdminRelationship` (instants as epoch milliseconds).
 *
 * Each status has its own type and each step takes only the statuses it is valid for, so
 * approving a `created` relationship does not compile. Values of the
 * {@link GdapRelationship} union narrow with {@link ensureGdapStatus}; every step checks
 * the status at run time as well, and `expired` and `terminated` refuse every step
 * (INVAR-2).
 *
 * Time passes with {@link advanceGdapRelationship}: at the end time an auto-extending
 * relationship gets its extension (as many as fall before the instant, computed in one
 * step), any other expires; an unapproved request expires after the policy's lifetime.
 * Steps on an `active` relationship first bring it to their `at` the same way.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import {
  authorizeCustomerAdmin,
  authorizePartnerUser,
  GDAP_APPROVAL_ROLES,
  GDAP_REQUEST_ROLES,
} from "../authorization.js";
import type {
  CustomerNotBound,
  DisplayNameTaken,
  DisplayNameTooLong,
  DomainError,
  GdapRequestExpired,
  GdapStatusNotAllowed,
  GlobalAdminAutoExtend,
  GlobalAdminRemovalNotActive,
  InvalidInput,
  NotAuthorized,
} from "../errors.js";
import { cutPrint, invalidInput, label } from "../errors.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { checkId, checkRoleIds, checkTime } from "../validate.js";
import type { Actor, CustomerUser, PartnerUser } from "../vocabulary/actors.js";
import { GLOBAL_ADMINISTRATOR, type RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import { addDays, formatInstant, type Instant, isInstant } from "../vocabulary/time.js";
import type { Lifecycle } from "../vocabulary/transition.js";
import {
  addDuration,
  checkAutoExtendDuration,
  checkRelationshipDuration,
  type DurationInput,
  formatDuration,
  type IsoDuration,
  isZeroDuration,
  nominalDurationMs,
  ZERO_DURATION,
} from "./duration.js";
import {
  type GdapGraphFacts,
  type GdapPendingChangeField,
  UNKNOWN_FUTURE_VALUE,
  type UnknownFutureValue,
} from "./graph-records.js";

/** A GDAP relationship's ID, chosen by the caller (Graph's `delegatedAdminRelationship.id`). */
export type GdapRelationshipId = string;

/** Every GDAP relationship status, in Graph's order (GDAP-1). */
export const GDAP_STATUSES = [
  "created",
  "approvalPending",
  "approved",
  "activating",
  "active",
  "expiring",
  "expired",
  "terminationRequested",
  "terminating",
  "terminated",
] as const;

/** A GDAP relationship status as Microsoft Graph names it (GDAP-1). */
export type GdapStatus = (typeof GDAP_STATUSES)[number];

/** The final statuses: no step changes them again (GDAP-1, INVAR-2). */
export const GDAP_FINAL_STATUSES: readonly GdapStatus[] = ["expired", "terminated"];

/**
 * The statuses Graph reports while it works and that the library moves through at once:
 * representable and parseable, never produced by a step here (GDAP-1).
 */
export const GDAP_TRANSIENT_STATUSES: readonly GdapStatus[] = ["approved", "activating", "expiring", "terminating"];

/**
 * Whether a value is a {@link GdapStatus}.
 *
 * @param value - anything
 *
 * @example
 * ```ts
 * isGdapStatus("activating"); // true
 * isGdapStatus("Active");     // false (case matters, as in Graph)
 * ```
 */
export function isGdapStatus(value: unknown): value is GdapStatus {
  return (GDAP_STATUSES as readonly unknown[]).includes(value);
}

/**
 * Reads a GDAP status, such as Graph's `status` field.
 *
 * @param value - anything
 * @param path - where it was found, for the error (default `"status"`)
 * @returns the status, or `invalid_input` (GDAP-1) listing the statuses
 */
export function parseGdapStatus(value: unknown, path = "status"): Result<GdapStatus, InvalidInput> {
  return isGdapStatus(value)
    ? ok(value)
    : err(invalidInput("GDAP-1", path, `one of ${GDAP_STATUSES.join(", ")}`, value));
}

/** What every GDAP relationship records, whatever its status. */
export interface GdapRelationshipFields extends GdapGraphFacts, GdapPendingChangeField {
  /** The relationship's ID. */
  readonly id: GdapRelationshipId;
  /** Its display name: at most 50 characters, unique among the partner's relationships (GDAP-3). */
  readonly displayName: string;
  /** The partner. */
  readonly partner: PartnerId;
  /** The directory roles it requests or holds (Graph's `accessDetails.unifiedRoles`), each once. */
  readonly roles: readonly RoleId[];
  /** How long it lasts once active (GDAP-2). */
  readonly duration: IsoDuration;
  /** What it extends by at its end time: zero (none) or `P180D` (GDAP-2). */
  readonly autoExtendDuration: IsoDuration;
  /** When the partner created it. */
  readonly createdDateTime: Instant;
  /** The partner user who created it. */
  readonly createdBy: UserId;
  /** When it last changed; no later step may come before it. */
  readonly lastModifiedDateTime: Instant;
  /** When the request expires unless approved (GDAP-5), fixed at creation from the policy. */
  readonly requestExpiresDateTime: Instant;
}

/** Created by the partner; roles, duration and display name can still change (GDAP-1). */
export interface CreatedGdap extends GdapRelationshipFields {
  /** Discriminant. */
  readonly status: "created";
  /** The customer it is for; absent for an open relationship any customer can approve (GDAP-4). */
  readonly customer?: CustomerId;
}

/** Locked by the partner and waiting for the customer's approval (GDAP-1). */
export interface ApprovalPendingGdap extends GdapRelationshipFields {
  /** Discriminant. */
  readonly status: "approvalPending";
  /** The customer it is for; absent for an open relationship any customer can approve (GDAP-4). */
  readonly customer?: CustomerId;
}

/** What every approved relationship records (GDAP-1, GDAP-4). */
export interface GdapApprovalFields extends GdapRelationshipFields {
  /** The customer, bound on approval (GDAP-4). */
  readonly customer: CustomerId;
  /** The customer admin who approved it. */
  readonly approvedBy: UserId;
}

/** Approved, not yet active (transient in Graph; never produced by a step here). */
export interface ApprovedGdap extends GdapApprovalFields {
  /** Discriminant. */
  readonly status: "approved";
}

/** Being activated (transient in Graph; never produced by a step here). */
export interface ActivatingGdap extends GdapApprovalFields {
  /** Discriminant. */
  readonly status: "activating";
}

/** What every relationship that became active records. */
export interface GdapActivationFields extends GdapApprovalFields {
  /** When it became active (the approval instant). */
  readonly activatedDateTime: Instant;
  /** When it ends unless extended: activation + duration, then + each auto-extension (GDAP-2). */
  readonly endDateTime: Instant;
}

/** In force: its roles can be assigned to partner groups (GDAP-6) until its end time. */
export interface ActiveGdap extends GdapActivationFields {
  /** Discriminant. */
  readonly status: "active";
}

/** Reaching its end time (transient in Graph; never produced by a step here). */
export interface ExpiringGdap extends GdapActivationFields {
  /** Discriminant. */
  readonly status: "expiring";
}

/** Who asked to terminate a relationship, and when. */
export interface GdapTerminationFields extends GdapActivationFields {
  /** The side that asked. */
  readonly terminationRequestedBy: "partner" | "customer";
  /** The user who asked. */
  readonly terminationRequestedByUser: UserId;
  /** When. */
  readonly terminationRequestedDateTime: Instant;
}

/** Termination asked for (the library completes it at once with {@link terminateGdapRelationship}). */
export interface TerminationRequestedGdap extends GdapTerminationFields {
  /** Discriminant. */
  readonly status: "terminationRequested";
}

/** Being terminated (transient in Graph; never produced by a step here). */
export interface TerminatingGdap extends GdapTerminationFields {
  /** Discriminant. */
  readonly status: "terminating";
}

/** Terminated by the partner or the customer (final). */
export interface TerminatedGdap extends GdapTerminationFields {
  /** Discriminant. */
  readonly status: "terminated";
  /** When it was terminated. */
  readonly terminatedDateTime: Instant;
}

/**
 * Expired (final): either the request was not approved in time (GDAP-5) or the end time
 * was reached without auto-extension (GDAP-2). It cannot be restored.
 */
export interface ExpiredGdap extends GdapRelationshipFields {
  /** Discriminant. */
  readonly status: "expired";
  /** Why: `requestNotApproved` (GDAP-5) or `endDateTimeReached` (GDAP-2). */
  readonly expiredBecause: "requestNotApproved" | "endDateTimeReached";
  /** When it expired: the request's expiry or the end time. */
  readonly expiredDateTime: Instant;
  /** The customer, when it was for or bound to one. */
  readonly customer?: CustomerId;
  /** Who approved it, when it had been approved. */
  readonly approvedBy?: UserId;
  /** When it became active, when it had. */
  readonly activatedDateTime?: Instant;
  /** Its end time, when it had been active. */
  readonly endDateTime?: Instant;
}

/**
 * A relationship whose status Microsoft Graph reports as `unknownFutureValue`: a status
 * added after this version of the library (GDAP-11). It is a value, not a fault: the
 * readers keep it with everything Graph said, the library's JSON carries it, and the
 * library treats it conservatively: every step refuses it (`gdap_status_not_allowed`)
 * and every question grants nothing through it, with a reason saying its status is
 * unknown to this version. Upgrade the library to act on it.
 */
export interface UnknownStatusGdap extends GdapRelationshipFields {
  /** Discriminant: Graph's evolvable-enumeration sentinel. */
  readonly status: UnknownFutureValue;
  /** The customer, when Graph names one. */
  readonly customer?: CustomerId;
  /** When it became active, when Graph says so. */
  readonly activatedDateTime?: Instant;
  /** Its end time, when Graph gives one. */
  readonly endDateTime?: Instant;
  /** The status as Graph sent it, when Graph named a member this version does not know (not `unknownFutureValue` itself). */
  readonly graphStatus?: string;
}

/** The status of a relationship: a {@link GdapStatus}, or Graph's `unknownFutureValue` (GDAP-11). */
export type GdapRelationshipStatus = GdapStatus | UnknownFutureValue;

/**
 * Why a relationship in a status this version does not know grants nothing and allows no
 * step (GDAP-11), for reasons and error messages.
 *
 * @param id - the relationship's ID
 */
export function unknownGdapStatusReason(id: GdapRelationshipId): string {
  return `GDAP relationship ${label(id)} is ${UNKNOWN_FUTURE_VALUE}: Microsoft Graph reports a status this version of partner-relationships does not know, so it grants nothing and allows no step until the library is upgraded (GDAP-11).`;
}

/** A GDAP relationship in any status. */
export type GdapRelationship =
  | UnknownStatusGdap
  | CreatedGdap
  | ApprovalPendingGdap
  | ApprovedGdap
  | ActivatingGdap
  | ActiveGdap
  | ExpiringGdap
  | ExpiredGdap
  | TerminationRequestedGdap
  | TerminatingGdap
  | TerminatedGdap;

/** The relationship type of a status, such as `GdapRelationshipIn<"active">` = {@link ActiveGdap}. */
export type GdapRelationshipIn<S extends GdapStatus> = Extract<
  GdapRelationship,
  {
    /** The status wanted. */
    readonly status: S;
  }
>;

/** A relationship in a final status. */
export type FinalGdap = ExpiredGdap | TerminatedGdap;

/**
 * The GDAP relationship lifecycle as data (GDAP-1): the steps that move a relationship
 * between Microsoft Graph's statuses. The transient statuses (approved, activating,
 * expiring, terminating) are listed but no step produces them. Deleting a `created`
 * relationship removes it (no status). Documentation diagrams are generated from this
 * table, and tests check the steps against it.
 */
export const GDAP_LIFECYCLE: Lifecycle<GdapStatus> = {
  name: "GDAP relationship",
  statuses: GDAP_STATUSES,
  initial: { status: "created", step: "createGdapRelationship", by: "partner" },
  final: ["expired", "terminated"],
  transitions: [
    {
      from: "created",
      to: "created",
      step: "updateGdapRelationship",
      by: "partner",
      rules: ["GDAP-1", "GDAP-2", "GDAP-3"],
    },
    { from: "created", to: "approvalPending", step: "lockGdapForApproval", by: "partner", rules: ["GDAP-1", "ACT-3"] },
    { from: "created", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-5"] },
    {
      from: "approvalPending",
      to: "active",
      step: "approveGdapRelationship",
      by: "customer",
      rules: ["GDAP-1", "GDAP-4", "ACT-4"],
    },
    { from: "approvalPending", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-5"] },
    { from: "active", to: "active", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-2"] },
    {
      from: "active",
      to: "active",
      step: "setGdapAutoExtend",
      by: "customer or partner",
      rules: ["GDAP-2", "ACT-4"],
    },
    { from: "active", to: "active", step: "removeGlobalAdministrator", by: "customer or partner", rules: ["GDAP-2"] },
    { from: "active", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-2"] },
    {
      from: "active",
      to: "terminationRequested",
      step: "requestGdapTermination",
      by: "customer or partner",
      rules: ["GDAP-1"],
    },
    {
      from: "active",
      to: "terminated",
      step: "terminateGdapRelationship",
      by: "customer or partner",
      rules: ["GDAP-1"],
    },
    { from: "terminationRequested", to: "terminated", step: "completeGdapTermination", by: "time", rules: ["GDAP-1"] },
    { from: "terminating", to: "terminated", step: "completeGdapTermination", by: "time", rules: ["GDAP-1"] },
    { from: "expiring", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-2"] },
  ],
};

function statusNotAllowed(
  relationship: GdapRelationship,
  allowed: readonly GdapStatus[],
  step: string,
  status: GdapRelationshipStatus = relationship.status,
): GdapStatusNotAllowed {
  const final =
    status === UNKNOWN_FUTURE_VALUE
      ? ": Microsoft Graph reports a status this version of partner-relationships does not know, so no step is allowed on it until the library is upgraded (GDAP-11)"
      : GDAP_FINAL_STATUSES.includes(status)
        ? `; ${status === "expired" ? "an" : "a"} ${status} relationship is final and never changes again`
        : "";
  return {
    code: "gdap_status_not_allowed",
    rule: "GDAP-1",
    relationship: relationship.id,
    step,
    status,
    allowed,
    message: `${label(step)} needs a GDAP relationship that is ${allowed.join(" or ")}, but ${label(relationship.id)} is ${label(status)}${final} (GDAP-1).`,
  };
}

/**
 * Narrows a relationship to the given statuses, or returns `gdap_status_not_allowed`
 * carrying its current status (GDAP-1).
 *
 * @param relationship - a relationship in any status
 * @param allowed - the statuses wanted
 * @param step - the step asking, for the error (default `"ensureGdapStatus"`)
 *
 * @example
 * ```ts
 * ensureGdapStatus(relationship, ["approvalPending"]).andThen((pending) =>
 *   approveGdapRelationship(pending, { by: contosoGlobalAdmin, at }),
 * );
 * ```
 */
export function ensureGdapStatus<const S extends GdapStatus>(
  relationship: GdapRelationship,
  allowed: readonly S[],
  step = "ensureGdapStatus",
): Result<GdapRelationshipIn<S>, GdapStatusNotAllowed> {
  return (allowed as readonly GdapRelationshipStatus[]).includes(relationship.status)
    ? ok(relationship as GdapRelationshipIn<S>)
    : err(statusNotAllowed(relationship, allowed, step));
}

// ---------------------------------------------------------------------------------------
// Time: end times, auto-extension, request expiry
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// Checks shared by the steps
// ---------------------------------------------------------------------------------------

function requestExpired(relationship: GdapRelationshipFields, at: Instant): GdapRequestExpired {
  return {
    code: "gdap_request_expired",
    rule: "GDAP-5",
    relationship: relationship.id,
    requestExpiresDateTime: relationship.requestExpiresDateTime,
    at,
    message: `The request for GDAP relationship ${relationship.id} expired at ${formatInstant(relationship.requestExpiresDateTime)} without approval; the partner must create a new one (GDAP-5).`,
  };
}

/** A status check, a time not before the last change, and an unexpired request. */
function unapprovedAt<const S extends "created" | "approvalPending">(
  relationship: GdapRelationship,
  allowed: readonly S[],
  at: Instant,
  step: string,
): Result<GdapRelationshipIn<S>, DomainError> {
  return ensureGdapStatus(relationship, allowed, step).andThen((current) => {
    const fields: GdapRelationshipFields = current;
    return checkTime(at, "GDAP-1", fields.lastModifiedDateTime).andThen(() =>
      at >= fields.requestExpiresDateTime ? err(requestExpired(fields, at)) : ok(current),
    );
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
  return ensureGdapStatus(relationship, ["active"], step)
    .andThen((active) => checkTime(at, "GDAP-1", active.lastModifiedDateTime).map(() => active))
    .andThen((active): Result<ActiveGdap, GdapStatusNotAllowed> => {
      const projected = projectActive(active, at);
      return projected.status === "active" ? ok(projected) : err(statusNotAllowed(active, ["active"], step, "expired"));
    });
}

function authorizePartner(
  relationship: GdapRelationshipFields,
  by: Actor,
  step: string,
): Result<PartnerUser, NotAuthorized | InvalidInput> {
  return authorizePartnerUser(by, relationship.partner, step, GDAP_REQUEST_ROLES);
}

/** The partner (Admin agent, ACT-3) or the customer (ACT-1): which side, and who. */
function authorizeEitherSide(
  relationship: GdapApprovalFields,
  by: Actor,
  step: string,
): Result<{ side: "partner" | "customer"; user: UserId }, NotAuthorized | InvalidInput> {
  return by?.kind === "partnerUser"
    ? authorizePartner(relationship, by, step).map((user) => ({ side: "partner" as const, user: user.id }))
    : authorizeCustomerAdmin(by, relationship.customer, step).map((user) => ({
        side: "customer" as const,
        user: user.id,
      }));
}

/** ACT-4: approving GDAP needs a Global Administrator of the customer. */
function authorizeApprover(
  by: Actor,
  customer: CustomerId,
  step: string,
): Result<CustomerUser, NotAuthorized | InvalidInput> {
  return authorizeCustomerAdmin(by, customer, step, GDAP_APPROVAL_ROLES, "ACT-4");
}

function checkRoles(value: unknown): Result<readonly RoleId[], InvalidInput> {
  return checkRoleIds(value, "GDAP-1", "at least one Entra role template ID");
}

/** Characters of a display name, as Unicode code points. */
function nameLength(name: string): number {
  let length = 0;
  for (const _ of name) length++;
  return length;
}

/**
 * The form in which display names are compared (GDAP-3): trimmed, lower case.
 *
 * @param name - a display name
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Checks a display name (GDAP-3): a non-blank string of at most the policy's length
 * (50 characters, counted as Unicode code points), not the name of another of the
 * partner's relationships among `existing` (compared trimmed and case-insensitively;
 * relationships of any status count, the one with the same ID does not).
 *
 * @param displayName - the name
 * @param partner - the partner
 * @param self - the relationship's own ID
 * @param existing - the partner's relationships known to the caller
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 50 characters)
 *
 * @example
 * ```ts
 * checkGdapDisplayName("Contoso helpdesk", "fabrikam", "rel-2", [relationshipNamedContosoHelpdesk]);
 * // Err({ code: "display_name_taken", rule: "GDAP-3", takenBy: "rel-1", … })
 * ```
 */
export function checkGdapDisplayName(
  displayName: unknown,
  partner: PartnerId,
  self: GdapRelationshipId,
  existing: readonly GdapRelationship[] = [],
  policy: Policy = DEFAULT_POLICY,
): Result<string, InvalidInput | DisplayNameTooLong | DisplayNameTaken> {
  const maxLength = policy.gdap.displayNameMaxLength;
  // The limit before any scan (INVAR-8): more than two UTF-16 units per allowed character
  // is too long whatever the text, so a 50 MB name is refused without being read; the
  // error carries a bounded excerpt of it, never the whole.
  const tooLong = typeof displayName === "string" && displayName.length > 2 * maxLength;
  if (typeof displayName !== "string" || (!tooLong && displayName.trim() === ""))
    return err(invalidInput("GDAP-3", "displayName", "a non-blank display name", displayName));
  const length = tooLong ? displayName.length : nameLength(displayName);
  if (length > maxLength)
    return err({
      code: "display_name_too_long",
      rule: "GDAP-3",
      displayName: cutPrint(displayName),
      length,
      maxLength,
      message: `The display name has ${length} characters; a GDAP relationship's display name has at most ${maxLength} (GDAP-3).`,
    });
  const key = nameKey(displayName);
  const clash = existing.find(
    (other) => other.partner === partner && other.id !== self && nameKey(other.displayName) === key,
  );
  if (clash !== undefined)
    return err({
      code: "display_name_taken",
      rule: "GDAP-3",
      displayName,
      partner,
      takenBy: clash.id,
      message: `Partner ${partner} already has a GDAP relationship named ${JSON.stringify(clash.displayName)} (${clash.id}); display names are unique among a partner's relationships (GDAP-3).`,
    });
  return ok(displayName);
}

function globalAdminAutoExtend(id: GdapRelationshipId, autoExtend: IsoDuration): GlobalAdminAutoExtend {
  const text = formatDuration(autoExtend);
  return {
    code: "global_admin_auto_extend",
    rule: "GDAP-2",
    relationship: id,
    autoExtendDuration: text,
    message: `GDAP relationship ${id} includes Global Administrator, so it cannot auto-extend (${text}); use PT0S or remove Global Administrator (GDAP-2).`,
  };
}

/** GDAP-2: Global Administrator and auto-extension never go together. */
function checkGlobalAdminAutoExtend(
  id: GdapRelationshipId,
  roles: readonly RoleId[],
  autoExtend: IsoDuration,
): Result<IsoDuration, GlobalAdminAutoExtend> {
  return roles.includes(GLOBAL_ADMINISTRATOR) && !isZeroDuration(autoExtend)
    ? err(globalAdminAutoExtend(id, autoExtend))
    : ok(autoExtend);
}

// ---------------------------------------------------------------------------------------
// Partner steps while created
// ---------------------------------------------------------------------------------------

/** Input of {@link createGdapRelationship}. */
export interface CreateGdapRelationshipInput {
  /** The relationship's ID. */
  readonly id: GdapRelationshipId;
  /** The partner creating it. */
  readonly partner: PartnerId;
  /** The customer it is for; omit it for an open relationship any customer can approve (GDAP-4). */
  readonly customer?: CustomerId | undefined;
  /** Its display name (GDAP-3). */
  readonly displayName: string;
  /** The Entra roles it requests (template IDs). */
  readonly roles: readonly RoleId[];
  /** How long it lasts once active: `P1D`…`P2Y` (GDAP-2). */
  readonly duration: DurationInput;
  /** `PT0S`/`P0D` (none, the default) or `P180D` (GDAP-2). */
  readonly autoExtendDuration?: DurationInput | undefined;
  /** The partner's other relationships, for display-name uniqueness (GDAP-3). */
  readonly existing?: readonly GdapRelationship[] | undefined;
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner creates a GDAP relationship request (GDAP-1 → `created`). Needs a user of
 * that partner with Admin agent (ACT-3). Checks the duration (GDAP-2), that Global
 * Administrator and auto-extension are not combined (GDAP-2), and the display name
 * (GDAP-3). The request expires after the policy's lifetime unless approved (GDAP-5).
 *
 * @param input - what to create, by whom, when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the created relationship, or why not
 *
 * @example
 * ```ts
 * const created = createGdapRelationship({
 *   id: "rel-1",
 *   partner: "fabrikam",
 *   customer: "contoso",
 *   displayName: "Contoso helpdesk",
 *   roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
 *   duration: "P730D",
 *   autoExtendDuration: "P180D",
 *   by: { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] },
 *   at: Date.UTC(2026, 0, 1),
 * });
 * ```
 */
export function createGdapRelationship(
  input: CreateGdapRelationshipInput,
  policy: Policy = DEFAULT_POLICY,
): Result<CreatedGdap, DomainError> {
  const step = "createGdapRelationship";
  return checkTime(input.at, "GDAP-1")
    .andThen(() => checkId(input.id, "id", "GDAP-1"))
    .andThen(() => checkId(input.partner, "partner", "GDAP-1"))
    .andThen(() => (input.customer === undefined ? ok(undefined) : checkId(input.customer, "customer", "GDAP-4")))
    .andThen(() => authorizePartnerUser(input.by, input.partner, step, GDAP_REQUEST_ROLES))
    .andThen((user) =>
      checkRoles(input.roles).andThen((roles) =>
        checkRelationshipDuration(input.duration, policy).andThen((duration) =>
          checkAutoExtendDuration(input.autoExtendDuration ?? ZERO_DURATION, policy)
            .andThen((autoExtend) => checkGlobalAdminAutoExtend(input.id, roles, autoExtend))
            .andThen((autoExtendDuration) =>
              checkGdapDisplayName(input.displayName, input.partner, input.id, input.existing, policy)
                .andThen((displayName) => {
                  const requestExpiresDateTime = addDays(input.at, policy.gdap.requestLifetimeDays);
                  return isInstant(requestExpiresDateTime)
                    ? ok({ displayName, requestExpiresDateTime })
                    : err(invalidInput("GDAP-5", "at", "an instant whose request expiry is an instant too", input.at));
                })
                .map(
                  ({ displayName, requestExpiresDateTime }): CreatedGdap => ({
                    status: "created",
                    id: input.id,
                    displayName,
                    partner: input.partner,
                    ...(input.customer === undefined ? {} : { customer: input.customer }),
                    roles,
                    duration,
                    autoExtendDuration,
                    createdDateTime: input.at,
                    createdBy: user.id,
                    lastModifiedDateTime: input.at,
                    requestExpiresDateTime,
                  }),
                ),
            ),
        ),
      ),
    );
}

/** Input of {@link updateGdapRelationship}: the fields to change (others stay), who and when. */
export interface UpdateGdapRelationshipInput {
  /** New display name (GDAP-3). */
  readonly displayName?: string | undefined;
  /** New roles. */
  readonly roles?: readonly RoleId[] | undefined;
  /** New duration (GDAP-2). */
  readonly duration?: DurationInput | undefined;
  /** New auto-extend duration (GDAP-2). */
  readonly autoExtendDuration?: DurationInput | undefined;
  /** The partner's other relationships, for display-name uniqueness (GDAP-3). */
  readonly existing?: readonly GdapRelationship[] | undefined;
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner changes the roles, duration, auto-extend duration or display name of a
 * relationship, only while it is `created` (GDAP-1), with the same checks as creation
 * (GDAP-2, GDAP-3). Removing Global Administrator here is an ordinary edit of the
 * request. Needs Admin agent (ACT-3). Refused after the request expired (GDAP-5).
 *
 * @param relationship - the created relationship
 * @param input - the changes, who and when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the updated relationship, or why not
 *
 * @example
 * ```ts
 * updateGdapRelationship(created, { duration: "P2Y", by: adminAgent, at });
 * ```
 */
export function updateGdapRelationship(
  relationship: CreatedGdap,
  input: UpdateGdapRelationshipInput,
  policy: Policy = DEFAULT_POLICY,
): Result<CreatedGdap, DomainError> {
  const step = "updateGdapRelationship";
  return unapprovedAt(relationship, ["created"], input.at, step)
    .andThen((created) => authorizePartner(created, input.by, step).map(() => created))
    .andThen((created) =>
      (input.roles === undefined ? ok(created.roles) : checkRoles(input.roles)).andThen((roles) =>
        (input.duration === undefined
          ? ok(created.duration)
          : checkRelationshipDuration(input.duration, policy)
        ).andThen((duration) =>
          (input.autoExtendDuration === undefined
            ? ok(created.autoExtendDuration)
            : checkAutoExtendDuration(input.autoExtendDuration, policy)
          )
            .andThen((autoExtend) => checkGlobalAdminAutoExtend(created.id, roles, autoExtend))
            .andThen((autoExtendDuration) =>
              (input.displayName === undefined
                ? ok(created.displayName)
                : checkGdapDisplayName(input.displayName, created.partner, created.id, input.existing, policy)
              ).map(
                (displayName): CreatedGdap => ({
                  ...created,
                  displayName,
                  roles,
                  duration,
                  autoExtendDuration,
                  lastModifiedDateTime: input.at,
                }),
              ),
            ),
        ),
      ),
    );
}

/** Who and when, for a step on a GDAP relationship. */
export interface GdapStepInput {
  /** Who takes the step. */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/** What deleting a `created` relationship leaves: a receipt (Graph removes the object). */
export interface GdapRelationshipDeletion {
  /** Discriminant. */
  readonly kind: "gdapRelationshipDeleted";
  /** The deleted relationship, as it was. */
  readonly relationship: CreatedGdap;
  /** The partner user who deleted it. */
  readonly deletedBy: UserId;
  /** When. */
  readonly deletedDateTime: Instant;
}

/**
 * The partner deletes a relationship, only while it is `created` (GDAP-1). Needs Admin
 * agent (ACT-3). The result is a receipt, not a status: Graph removes the object, and
 * its display name is free again once the caller drops it from its list.
 *
 * @param relationship - the created relationship
 * @param input - the partner user and when
 * @returns the deletion receipt, or why not
 *
 * @example
 * ```ts
 * deleteGdapRelationship(created, { by: adminAgent, at }).map((receipt) => receipt.deletedDateTime);
 * ```
 */
export function deleteGdapRelationship(
  relationship: CreatedGdap,
  input: GdapStepInput,
): Result<GdapRelationshipDeletion, DomainError> {
  const step = "deleteGdapRelationship";
  return ensureGdapStatus(relationship, ["created"], step)
    .andThen((created) => checkTime(input.at, "GDAP-1", created.lastModifiedDateTime).map(() => created))
    .andThen((created) =>
      authorizePartner(created, input.by, step).map(
        (user): GdapRelationshipDeletion => ({
          kind: "gdapRelationshipDeleted",
          relationship: created,
          deletedBy: user.id,
          deletedDateTime: input.at,
        }),
      ),
    );
}

/**
 * The partner locks a relationship for the customer's approval (GDAP-1:
 * `created` → `approvalPending`); from then on it cannot be changed. Needs Admin agent
 * (ACT-3). Refused after the request expired (GDAP-5).
 *
 * @param relationship - the created relationship
 * @param input - the partner user and when
 * @returns the relationship waiting for approval, or why not
 *
 * @example
 * ```ts
 * lockGdapForApproval(created, { by: adminAgent, at }); // Ok({ status: "approvalPending", … })
 * ```
 */
export function lockGdapForApproval(
  relationship: CreatedGdap,
  input: GdapStepInput,
): Result<ApprovalPendingGdap, DomainError> {
  const step = "lockGdapForApproval";
  return unapprovedAt(relationship, ["created"], input.at, step).andThen((created) =>
    authorizePartner(created, input.by, step).map(
      (): ApprovalPendingGdap => ({ ...created, status: "approvalPending", lastModifiedDateTime: input.at }),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// Customer approval
// ---------------------------------------------------------------------------------------

function customerNotBound(
  relationship: ApprovalPendingGdap,
  bound: CustomerId,
  customer: CustomerId,
): CustomerNotBound {
  return {
    code: "customer_not_bound",
    rule: "GDAP-4",
    relationship: relationship.id,
    boundCustomer: bound,
    customer,
    message: `GDAP relationship ${relationship.id} was created for customer ${bound}; only ${bound} can approve it, not ${customer} (GDAP-4).`,
  };
}

/**
 * The customer approves a relationship (GDAP-1: `approvalPending` → `approved` →
 * `active`, moved through at once). Needs a customer Global Administrator (ACT-4): a
 * Billing Administrator, enough for the other customer-side steps (ACT-1), gets
 * `not_authorized` naming Global Administrator. A relationship
 * created for a customer can be approved by that customer only (`customer_not_bound`
 * otherwise); an open one binds the approving admin's tenant (GDAP-4). Refused once
 * the request expired (GDAP-5). `activatedDateTime` is `at`; `endDateTime` is `at` plus
 * the duration by UTC calendar arithmetic (GDAP-2).
 *
 * @param relationship - the relationship waiting for approval
 * @param input - the customer's Global Administrator and when
 * @returns the active relationship, or why not
 *
 * @example
 * ```ts
 * approveGdapRelationship(pending, {
 *   by: { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] },
 *   at: Date.UTC(2026, 0, 5),
 * });
 * // Ok({ status: "active", customer: "contoso", activatedDateTime: Date.UTC(2026, 0, 5), endDateTime: … })
 * ```
 */
export function approveGdapRelationship(
  relationship: ApprovalPendingGdap,
  input: GdapStepInput,
): Result<ActiveGdap, DomainError> {
  const step = "approveGdapRelationship";
  return unapprovedAt(relationship, ["approvalPending"], input.at, step)
    .andThen((pending): Result<{ pending: ApprovalPendingGdap; customer: CustomerId }, DomainError> => {
      const by = input.by;
      const bound = pending.customer;
      if (bound !== undefined && by?.kind === "customerUser" && by.tenant !== bound)
        return err(customerNotBound(pending, bound, by.tenant));
      const customer = bound ?? (by.kind === "customerUser" ? by.tenant : "");
      return ok({ pending, customer });
    })
    .andThen(({ pending, customer }) =>
      authorizeApprover(input.by, customer, step).andThen((admin): Result<ActiveGdap, DomainError> => {
        const endDateTime = addDuration(input.at, pending.duration);
        if (!isInstant(endDateTime))
          return err(
            invalidInput(
              "GDAP-2",
              "at",
              `an instant whose end time (plus ${formatDuration(pending.duration)}) is a valid date`,
              input.at,
            ),
          );
        return ok({
          ...pending,
          status: "active",
          customer,
          approvedBy: admin.id,
          activatedDateTime: input.at,
          endDateTime,
          lastModifiedDateTime: input.at,
        });
      }),
    );
}

// ---------------------------------------------------------------------------------------
// Steps while active
// ---------------------------------------------------------------------------------------

/**
 * The partner (Admin agent, ACT-3) or the customer (ACT-1) asks to terminate an active
 * relationship (GDAP-1: `active` → `terminationRequested`). From then on it grants no
 * access (GDAP-7). {@link terminateGdapRelationship} asks and completes at once.
 *
 * @param relationship - the active relationship
 * @param input - who and when
 * @returns the relationship with termination requested, or why not (`expired` if its end time passed)
 */
export function requestGdapTermination(
  relationship: ActiveGdap,
  input: GdapStepInput,
): Result<TerminationRequestedGdap, DomainError> {
  const step = "requestGdapTermination";
  return ensureGdapActiveAt(relationship, input.at, step).andThen((active) =>
    authorizeEitherSide(active, input.by, step).map(
      ({ side, user }): TerminationRequestedGdap => ({
        ...active,
        status: "terminationRequested",
        terminationRequestedBy: side,
        terminationRequestedByUser: user,
        terminationRequestedDateTime: input.at,
        lastModifiedDateTime: input.at,
      }),
    ),
  );
}

/**
 * Completes a termination asked for (GDAP-1: `terminationRequested` or `terminating`
 * → `terminated`). A system step: no actor.
 *
 * @param relationship - the relationship with termination requested
 * @param at - when, not before its last change
 * @returns the terminated relationship, or why not
 */
export function completeGdapTermination(
  relationship: TerminationRequestedGdap | TerminatingGdap,
  at: Instant,
): Result<TerminatedGdap, DomainError> {
  return ensureGdapStatus(relationship, ["terminationRequested", "terminating"], "completeGdapTermination")
    .andThen((requested) => checkTime(at, "GDAP-1", requested.lastModifiedDateTime).map(() => requested))
    .map(
      (requested): TerminatedGdap => ({
        ...requested,
        status: "terminated",
        terminatedDateTime: at,
        lastModifiedDateTime: at,
      }),
    );
}

/**
 * The partner (Admin agent, ACT-3) or the customer (ACT-1) terminates an active
 * relationship (GDAP-1: `active` → `terminationRequested` → `terminated`, at once).
 * Every access assignment on it is void from `at` (GDAP-7). Terminated is final.
 *
 * @param relationship - the active relationship
 * @param input - who and when
 * @returns the terminated relationship, or why not (`expired` if its end time passed)
 *
 * @example
 * ```ts
 * terminateGdapRelationship(active, { by: contosoGlobalAdmin, at });
 * // Ok({ status: "terminated", terminationRequestedBy: "customer", terminatedDateTime: at, … })
 * ```
 */
export function terminateGdapRelationship(
  relationship: ActiveGdap,
  input: GdapStepInput,
): Result<TerminatedGdap, DomainError> {
  return requestGdapTermination(relationship, input).andThen((requested) =>
    completeGdapTermination(requested, input.at),
  );
}

/**
 * Removes Global Administrator from an active relationship (GDAP-2): the one role change
 * allowed after `created`. The partner (Admin agent, ACT-3) or the customer (ACT-1) may
 * do it. Refused with `global_admin_removal_not_active` in any other status; a
 * relationship without Global Administrator comes back unchanged; one whose only role is
 * Global Administrator is refused (terminate it instead). Access assignments that
 * include Global Administrator keep it on paper but no longer grant it (GDAP-7 counts
 * only roles the relationship still holds).
 *
 * @param relationship - the active relationship
 * @param input - who and when
 * @returns the relationship without Global Administrator, or why not
 *
 * @example
 * ```ts
 * removeGlobalAdministrator(active, { by: adminAgent, at }).map((r) => r.roles.includes(GLOBAL_ADMINISTRATOR)); // Ok(false)
 * ```
 */
export function removeGlobalAdministrator(
  relationship: ActiveGdap,
  input: GdapStepInput,
): Result<ActiveGdap, DomainError> {
  const step = "removeGlobalAdministrator";
  const current = relationship as GdapRelationship;
  if (current.status !== "active") {
    const refused: GlobalAdminRemovalNotActive = {
      code: "global_admin_removal_not_active",
      rule: "GDAP-2",
      relationship: current.id,
      status: current.status,
      message: `Global Administrator can be removed from a GDAP relationship only while it is active; ${current.id} is ${current.status} (GDAP-2).`,
    };
    return err(refused);
  }
  return ensureGdapActiveAt(relationship, input.at, step)
    .andThen((active) => authorizeEitherSide(active, input.by, step).map(() => active))
    .andThen((active): Result<ActiveGdap, DomainError> => {
      if (!active.roles.includes(GLOBAL_ADMINISTRATOR)) return ok(active);
      const roles = active.roles.filter((role) => role !== GLOBAL_ADMINISTRATOR);
      if (roles.length === 0)
        return err(
          invalidInput(
            "GDAP-2",
            "roles",
            "a relationship with a role besides Global Administrator; terminate this one instead",
            active.roles,
          ),
        );
      return ok({ ...active, roles, lastModifiedDateTime: input.at });
    });
}

/** Input of {@link setGdapAutoExtend}. */
export interface SetGdapAutoExtendInput extends GdapStepInput {
  /** `PT0S`/`P0D` (none) or `P180D` (GDAP-2). */
  readonly autoExtendDuration: DurationInput;
}

/**
 * The partner or the customer changes the auto-extend duration of an active relationship
 * (Graph allows this one change while active; GDAP-2): refused while it includes Global
 * Administrator unless set to none. Needs the partner's Admin agent (ACT-3) or a customer
 * admin of the relationship's customer (ACT-1): Partner Center's GDAP FAQ says "the
 * partner or the customer" turns auto-extend on (ACT-4).
 *
 * @param relationship - the active relationship
 * @param input - the new auto-extend duration, who and when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the relationship, or why not
 *
 * @example
 * ```ts
 * setGdapAutoExtend(withoutGlobalAdmin, { autoExtendDuration: "P180D", by: adminAgent, at });
 * ```
 */
export function setGdapAutoExtend(
  relationship: ActiveGdap,
  input: SetGdapAutoExtendInput,
  policy: Policy = DEFAULT_POLICY,
): Result<ActiveGdap, DomainError> {
  const step = "setGdapAutoExtend";
  return ensureGdapActiveAt(relationship, input.at, step)
    .andThen((active) => authorizeEitherSide(active, input.by, step).map(() => active))
    .andThen((active) =>
      checkAutoExtendDuration(input.autoExtendDuration, policy)
        .andThen((autoExtend) => checkGlobalAdminAutoExtend(active.id, active.roles, autoExtend))
        .map((autoExtendDuration): ActiveGdap => ({ ...active, autoExtendDuration, lastModifiedDateTime: input.at })),
    );
}
