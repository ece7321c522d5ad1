/**
 * GDAP relationships (GDAP-1, GDAP-4, GDAP-11): the value, with the statuses and field
 * names of Microsoft Graph's `delegatedAdminRelationship` (instants as epoch
 * milliseconds).
 *
 * Each status has its own type and each step takes only the statuses it is valid for, so
 * approving a `created` relationship does not compile. Values of the
 * {@link GdapRelationship} union narrow with {@link ensureGdapStatus}; every step checks
 * the status at run time as well, against its lifecycle table (`./lifecycle.ts`), and
 * `expired` and `terminated` refuse every step (INVAR-2). The steps live in
 * `./created-steps.ts` and `./active-steps.ts`, the passing of time in `./time.ts`, the
 * checks they share in `./checks.ts`.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { label } from "../describe-value.js";
import type { GdapStatusNotAllowed, InvalidInput } from "../errors.js";
import { invalidInput } from "../errors.js";
import type { Actor } from "../vocabulary/actors.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import type { Instant } from "../vocabulary/time.js";
import type { IsoDuration } from "./duration.js";
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
 * The refusal of a step from a status it is not allowed from (GDAP-1), saying why when
 * the status is final or unknown to this version (GDAP-11).
 *
 * @param relationship - the relationship
 * @param allowed - the statuses the step is allowed from
 * @param step - the step
 * @param status - the status to report (default the relationship's)
 */
export function statusNotAllowed(
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

/** Who and when, for a step on a GDAP relationship. */
export interface GdapStepInput {
  /** Who takes the step. */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}
