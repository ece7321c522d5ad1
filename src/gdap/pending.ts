/**
 * GDAP changes that Microsoft Graph carries out over time (GDAP-8, GDAP-9): a request
 * (`delegatedAdminRelationshipRequest`: `lockForApproval`, `approve`, `terminate`,
 * `reject`) or a long-running operation (`delegatedAdminRelationshipOperation`: removing
 * Global Administrator from an active relationship, updating an access assignment).
 *
 * Each report of a request's or operation's status goes through one function, which
 * holds the change as {@link PendingGdapChange} on the value it changes until the
 * outcome is known:
 * - `created`, `pending`, `running`, `notStarted`: not yet succeeded. The first report is
 *   checked by the step itself (status, time, authority), then the change is held as
 *   `pending`; the value keeps its status and roles, so every effective-access question
 *   at any `t` answers with the old roles.
 * - `succeeded`: the step runs with the actor who asked (the same function as the direct
 *   step: {@link lockGdapForApproval}, {@link approveGdapRelationship},
 *   {@link terminateGdapRelationship}, {@link removeGlobalAdministrator},
 *   {@link updateAccessAssignment}, and GDAP-10's {@link consentToResellerGdap} and
 *   {@link rejectResellerGdap}), and the pending record goes.
 * - `failed`: only the pending record goes; nothing else changes.
 * - `unknownFutureValue` (status, action or operation type): decides nothing. The value
 *   stays as it is (a pending record only notes the status), and the reason says so.
 *
 * One change at a time is held on a value: a report about another request or operation
 * while one is pending is refused until the pending one's outcome is reported.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type DomainError, type InvalidInput, invalidInput } from "../errors.js";
import { checkId, checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import type { RuleId } from "../vocabulary/rules.js";
import { formatInstant, type Instant } from "../vocabulary/time.js";
import {
  type AccessAssignment,
  ensureAccessAssignmentStepAllowed,
  updateAccessAssignment,
} from "./access-assignment.js";
import { approveGdapRelationship, removeGlobalAdministrator, terminateGdapRelationship } from "./active-steps.js";
import { lockGdapForApproval } from "./created-steps.js";
import {
  GDAP_CHANGE_ACTIONS,
  GDAP_OPERATION_STATUSES,
  GDAP_REQUEST_STATUSES,
  type GdapChangeAction,
  type GdapOperationStatus,
  type GdapPendingChangeField,
  type GdapRequestStatus,
  type GdapUnsettledStatus,
  type PendingGdapChange,
  UNKNOWN_FUTURE_VALUE,
  type UnknownFutureValue,
} from "./graph-records.js";
import { ensureGdapStepAllowed } from "./lifecycle.js";
import { type ActiveGdap, ensureGdapStatus, type GdapRelationship } from "./relationship.js";
import { awaitsResellerConsent, consentToResellerGdap, rejectResellerGdap } from "./reseller.js";

/**
 * One report of a request's or an operation's status, as the library needs it: which
 * change, how far Graph got, and for an access assignment's update the roles it will
 * hold. {@link applyGdapRequest} and {@link applyGdapOperation} make it from Graph's records.
 */
export interface GdapChangeReport {
  /** A request (GDAP-8) or an operation (GDAP-9). */
  readonly via: "request" | "operation";
  /** The request's or operation's ID. */
  readonly id: string;
  /** The change; `unknownFutureValue` decides nothing. */
  readonly action: GdapChangeAction | UnknownFutureValue;
  /** Its status as Graph reports it. */
  readonly status: GdapRequestStatus | GdapOperationStatus;
  /** For `updateAccessAssignment`: the roles the assignment will hold. */
  readonly roles?: readonly RoleId[] | undefined;
}

/**
 * What a report did: `pending` (held, not yet succeeded), `succeeded` (in force),
 * `failed` (nothing changed), `undecided` (`unknownFutureValue`: nothing decided).
 */
export type GdapChangeOutcome = "pending" | "succeeded" | "failed" | "undecided";

/** The value after a report, what the report did, and why. */
export interface GdapChangeResult<T> {
  /** The relationship or assignment after the report (the same value when nothing changed). */
  readonly value: T;
  /** What the report did. */
  readonly outcome: GdapChangeOutcome;
  /** The rules behind it. */
  readonly rules: readonly RuleId[];
  /** Why, in a sentence. */
  readonly reason: string;
}

/** Who and when, for a report of a request's or operation's status. */
export interface GdapChangeInput {
  /**
   * Who asked for the change. Needed on the first report of a change that is not
   * pending yet; afterwards the pending change's actor is used.
   */
  readonly by?: Actor | undefined;
  /** When the report is taken in: not before the value's (or the pending change's) last change. */
  readonly at: Instant;
}

/** What a value needs so that a change can be held on it. */
type Target = GdapPendingChangeField & {
  /** The value's ID. */
  readonly id: string;
  /** Its last change. */
  readonly lastModifiedDateTime: Instant;
};

/** Runs the step of an action on a value, with who and when. */
type Step<T> = (value: T, action: GdapChangeAction, by: Actor, at: Instant) => Result<T, DomainError>;

function ruleOf(report: GdapChangeReport): RuleId {
  return report.via === "request" ? "GDAP-8" : "GDAP-9";
}

function nameOf(report: GdapChangeReport): string {
  return `${report.via === "request" ? "Request" : "Operation"} ${report.id} (${report.action})`;
}

/** The value without its pending record. */
function settled<T extends Target>(value: T): T {
  if (value.pending === undefined) return value;
  const { pending: _settled, ...rest } = value;
  return rest as unknown as T;
}

function withPending<T extends Target>(value: T, pending: PendingGdapChange): T {
  return { ...value, pending };
}

/**
 * Whether a value is an object (not `null`): what an untyped caller must pass where a
 * value or a record is due (INVAR-8).
 *
 * @param value - anything
 */
export function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** The arguments an untyped caller may have got wrong: objects where objects are due (INVAR-8). */
function checkShapes(value: unknown, report: unknown, input: unknown, rule: RuleId): Result<void, InvalidInput> {
  if (!isObject(value)) return err(invalidInput(rule, "value", "a GDAP relationship or access assignment", value));
  if (!isObject(report)) return err(invalidInput(rule, "report", "a request or operation", report));
  if (!isObject(input)) return err(invalidInput(rule, "input", "who and when: { by, at }", input));
  return ok(undefined);
}

function checkReport(report: GdapChangeReport): Result<GdapChangeReport, InvalidInput> {
  const rule = ruleOf(report);
  const statuses: readonly string[] = report.via === "request" ? GDAP_REQUEST_STATUSES : GDAP_OPERATION_STATUSES;
  return checkId(report.id, "id", rule)
    .andThen(() =>
      report.action === UNKNOWN_FUTURE_VALUE || (GDAP_CHANGE_ACTIONS as readonly unknown[]).includes(report.action)
        ? ok(report)
        : err(
            invalidInput(
              rule,
              "action",
              `one of ${GDAP_CHANGE_ACTIONS.join(", ")}, ${UNKNOWN_FUTURE_VALUE}`,
              report.action,
            ),
          ),
    )
    .andThen(() =>
      report.status === UNKNOWN_FUTURE_VALUE || statuses.includes(report.status)
        ? ok(report)
        : err(invalidInput(rule, "status", `one of ${statuses.join(", ")}, ${UNKNOWN_FUTURE_VALUE}`, report.status)),
    );
}

/** The pending change the report is about, if any, or why the report does not fit it. */
function samePending<T extends Target>(
  value: T,
  report: GdapChangeReport,
): Result<PendingGdapChange | undefined, InvalidInput> {
  const pending = value.pending;
  if (pending === undefined) return ok(undefined);
  if (pending.via !== report.via || pending.id !== report.id)
    return err(
      invalidInput(
        ruleOf(report),
        "id",
        `${pending.via} ${pending.id}, the change pending on ${value.id} (one change at a time: report its outcome first)`,
        report.id,
      ),
    );
  if (report.action !== UNKNOWN_FUTURE_VALUE && report.action !== pending.action)
    return err(invalidInput(ruleOf(report), "action", `${pending.action}, the action of ${pending.id}`, report.action));
  return ok(pending);
}

function undecided<T extends Target>(
  value: T,
  pending: PendingGdapChange | undefined,
  report: GdapChangeReport,
  at: Instant,
): GdapChangeResult<T> {
  const rule = ruleOf(report);
  // An operation of a kind this version does not know comes as an unknown action.
  const unknown = report.action === UNKNOWN_FUTURE_VALUE ? "an action or kind" : "a status";
  return {
    // Only a status Graph calls unknownFutureValue is noted on the change pending; an
    // unknown action may not even be about it.
    value:
      pending === undefined || report.action === UNKNOWN_FUTURE_VALUE
        ? value
        : withPending(value, { ...pending, status: UNKNOWN_FUTURE_VALUE, lastModifiedDateTime: at }),
    outcome: "undecided",
    rules: [rule],
    reason: `${nameOf(report)} has ${unknown} Graph calls ${UNKNOWN_FUTURE_VALUE}, unknown to this version: the library decides nothing, and ${value.id} keeps its status and roles (${rule}, GDAP-11).`,
  };
}

/**
 * The one function behind every report: holds, completes, drops or leaves the change.
 *
 * @param value - the relationship or assignment
 * @param report - the report
 * @param input - who asked (first report) and when
 * @param step - the step of the change
 */
function settle<T extends Target>(
  value: T,
  report: GdapChangeReport,
  input: GdapChangeInput,
  step: Step<T>,
): Result<GdapChangeResult<T>, DomainError> {
  return checkShapes(value, report, input, ruleOf(report ?? {}))
    .andThen(() => checkReport(report))
    .andThen(() =>
      samePending(value, report).andThen((pending): Result<GdapChangeResult<T>, DomainError> => {
        const rule = ruleOf(report);
        const name = nameOf(report);
        const since = pending?.lastModifiedDateTime ?? value.lastModifiedDateTime;
        return checkTime(input.at, rule, since).andThen((at): Result<GdapChangeResult<T>, DomainError> => {
          if (report.action === UNKNOWN_FUTURE_VALUE || report.status === UNKNOWN_FUTURE_VALUE)
            return ok(undecided(value, pending, report, at));
          const action = report.action;
          if (report.status === "failed")
            return ok({
              value: settled(value),
              outcome: "failed",
              rules: [rule],
              reason: `${name} failed: nothing changed on ${value.id} (${rule}).`,
            });
          const by = pending?.by ?? input.by;
          if (by === undefined)
            return err(invalidInput(rule, "by", `the actor who asked for ${name}, on its first report`, by));
          const base = settled(value);
          if (report.status === "succeeded")
            return step(base, action, by, at).map((next) => ({
              value: next,
              outcome: "succeeded" as const,
              rules: [rule],
              reason: `${name} succeeded at ${formatInstant(at)}: the change is in force on ${value.id} (${rule}).`,
            }));
          // Not yet succeeded: the first report is checked by the step, which must be allowed now.
          const status = report.status as Exclude<GdapUnsettledStatus, UnknownFutureValue>;
          const check: Result<unknown, DomainError> =
            pending === undefined ? step(base, action, by, at) : ok(undefined);
          return check.map(() => ({
            value: withPending(value, {
              via: report.via,
              id: report.id,
              action,
              status,
              by,
              ...(action === "updateAccessAssignment" && report.roles !== undefined ? { roles: report.roles } : {}),
              requestedDateTime: pending?.requestedDateTime ?? at,
              lastModifiedDateTime: at,
            }),
            outcome: "pending" as const,
            rules: [rule],
            reason: `${name} is ${status}, not yet succeeded: ${value.id} keeps its status and roles until it succeeds (${rule}).`,
          }));
        });
      }),
    );
}

function relationshipStep(
  relationship: GdapRelationship,
  action: GdapChangeAction,
  by: Actor,
  at: Instant,
): Result<GdapRelationship, DomainError> {
  const input = { by, at };
  switch (action) {
    case "lockForApproval":
      return ensureGdapStepAllowed(relationship, "lockGdapForApproval").andThen((created) =>
        lockGdapForApproval(created, input),
      );
    case "approve":
      // GDAP-10: the indirect reseller's approval is its consent; a customer admin's is the approval (GDAP-1).
      return by?.kind === "partnerUser" && awaitsResellerConsent(relationship)
        ? consentToResellerGdap(relationship, input)
        : ensureGdapStepAllowed(relationship, "approveGdapRelationship").andThen((pending) =>
            approveGdapRelationship(pending, input),
          );
    case "terminate":
      return ensureGdapStepAllowed(relationship, "terminateGdapRelationship").andThen((active) =>
        terminateGdapRelationship(active, input),
      );
    case "reject":
      return rejectResellerGdap(relationship, input);
    case "removeGlobalAdministrator":
      // The step refuses any status but active with its own error (GDAP-2).
      return removeGlobalAdministrator(relationship as ActiveGdap, input);
    case "updateAccessAssignment":
      return err(
        invalidInput(
          "GDAP-9",
          "action",
          "a change of a relationship (an assignment's update changes the assignment)",
          action,
        ),
      );
  }
}

/**
 * Takes in one report of a request or an operation that changes a relationship
 * (GDAP-8: `lockForApproval`, `approve`, `terminate`, `reject`; GDAP-9:
 * `removeGlobalAdministrator`): holds the change as pending, completes it with the same
 * step as the direct one, drops it when it failed, or decides nothing for
 * `unknownFutureValue`. An `approve` by a partner user on a reseller relationship that
 * awaits consent is the reseller's consent (GDAP-10).
 *
 * @param relationship - the relationship the change is on
 * @param report - the request or operation and its status
 * @param input - who asked (on the first report) and when
 * @returns the relationship after the report and what it did, or why the report is refused
 *
 * @example
 * ```ts
 * const running = recordGdapChange(active, { via: "operation", id: "op-1", action: "removeGlobalAdministrator", status: "running" }, { by: adminAgent, at });
 * // Ok({ outcome: "pending", value: { roles: [GLOBAL_ADMINISTRATOR, …], pending: { id: "op-1", … } } }): GA stays in force
 * running.andThen(({ value }) => recordGdapChange(value, { via: "operation", id: "op-1", action: "removeGlobalAdministrator", status: "succeeded" }, { at: later }));
 * // Ok({ outcome: "succeeded", value: { roles: […without GA] } })
 * ```
 */
export function recordGdapChange(
  relationship: GdapRelationship,
  report: GdapChangeReport,
  input: GdapChangeInput,
): Result<GdapChangeResult<GdapRelationship>, DomainError> {
  return settle(relationship, report, input, relationshipStep);
}

/**
 * Takes in one report of an operation that updates an access assignment's roles
 * (GDAP-9, `delegatedAdminAccessAssignmentUpdate`): holds it as pending on the
 * assignment (which keeps granting its old roles), completes it with
 * {@link updateAccessAssignment} once it succeeded, drops it when it failed, or decides
 * nothing for `unknownFutureValue`.
 *
 * @param assignment - the assignment the update is on
 * @param relationship - its relationship, for the step's checks
 * @param report - the operation, its status and the roles the assignment will hold
 * @param input - who asked (on the first report) and when
 * @returns the assignment after the report and what it did, or why the report is refused
 *
 * @example
 * ```ts
 * recordAccessAssignmentChange(assignment, active, {
 *   via: "operation", id: "op-2", action: "updateAccessAssignment", status: "notStarted",
 *   roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
 * }, { by: adminAgent, at });
 * // Ok({ outcome: "pending", value: { roles: [HELPDESK_ADMINISTRATOR], pending: { roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], … } } })
 * ```
 */
export function recordAccessAssignmentChange(
  assignment: AccessAssignment,
  relationship: GdapRelationship,
  report: GdapChangeReport,
  input: GdapChangeInput,
): Result<GdapChangeResult<AccessAssignment>, DomainError> {
  return settle(assignment, report, input, (current, action, by, at): Result<AccessAssignment, DomainError> => {
    const step = "updateAccessAssignment";
    if (action !== "updateAccessAssignment")
      return err(
        invalidInput("GDAP-9", "action", "updateAccessAssignment, the change of an access assignment", action),
      );
    if (!isObject(relationship))
      return err(invalidInput("GDAP-9", "relationship", "the assignment's GDAP relationship", relationship));
    return ensureAccessAssignmentStepAllowed(current, step).andThen((active) =>
      ensureGdapStatus(relationship, ["active"], step).andThen((gdap) =>
        updateAccessAssignment(active, gdap, {
          roles: (report.roles ?? assignment.pending?.roles) as readonly RoleId[],
          by,
          at,
        }),
      ),
    );
  });
}
