/**
 * Whether a GDAP relationship or access assignment carried by an event could have come
 * from the steps (INVAR-7), and whether a stored relationship's end time could have
 * (GDAP-2). GDAP events carry the entity as the step left it; before `evolve` sets it,
 * these checks compare it with the entity the event meets, with the same tests as the
 * steps: the status the step moves between ({@link GDAP_LIFECYCLE}), the time order, the
 * request's expiry (GDAP-5), the duration and auto-extension limits (GDAP-2), the customer
 * bound on approval (GDAP-4), and activation and end times (GDAP-2).
 *
 * @module
 */
import type { GdapChangeRecordedEvent, GdapRelationshipChangedEvent } from "../events.js";
import { describeInstant, describeValue, type EventRefusal, refusal } from "../history.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { GLOBAL_ADMINISTRATOR, type RoleId } from "../vocabulary/directory-roles.js";
import { addDays, formatInstant, type Instant, isInstant, MS_PER_DAY } from "../vocabulary/time.js";
import type { AccessAssignment } from "./access-assignment.js";
import { checkGdapDisplayName } from "./checks.js";
import {
  addDuration,
  checkAutoExtendDuration,
  checkRelationshipDuration,
  formatDuration,
  type IsoDuration,
  isZeroDuration,
  nominalDurationMs,
} from "./duration.js";
import { GDAP_LIFECYCLE } from "./lifecycle.js";
import {
  GDAP_FINAL_STATUSES,
  GDAP_STATUSES,
  type GdapRelationship,
  type GdapStatus,
  isGdapStatus,
} from "./relationship.js";
import { isGdapActiveAt } from "./time.js";

/**
 * GDAP-2: whether roles and an auto-extension go together: a relationship that includes
 * Global Administrator cannot auto-extend. The one test used by the steps' results, by
 * `evolve` and by the codec.
 *
 * @param roles - the relationship's roles
 * @param autoExtendDuration - its auto-extend duration
 */
export function gdapAutoExtendAllowed(roles: readonly RoleId[], autoExtendDuration: IsoDuration): boolean {
  return isZeroDuration(autoExtendDuration) || !roles.includes(GLOBAL_ADMINISTRATOR);
}

/**
 * GDAP-2: whether a relationship's end time is one the steps could have given it: its
 * activation plus its duration (by the calendar), plus whole auto-extensions, each of
 * which happened at the end time it replaced, so none after the last change. The length
 * of an extension is the relationship's auto-extend duration, or the policy's when it
 * has been turned off since. `true` for a relationship never activated.
 *
 * @param relationship - a relationship in any status
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 180 days)
 */
export function gdapEndDateTimeReachable(relationship: GdapRelationship, policy: Policy = DEFAULT_POLICY): boolean {
  const activated = (relationship as { readonly activatedDateTime?: Instant }).activatedDateTime;
  const end = (relationship as { readonly endDateTime?: Instant }).endDateTime;
  if (activated === undefined || end === undefined || relationship.status === "unknownFutureValue") return true;
  const base = addDuration(activated, relationship.duration);
  if (end === base) return true;
  const step = extensionStep(relationship, policy);
  return end > base && (end - base) % step === 0 && end - step <= relationship.lastModifiedDateTime;
}

/**
 * How far (one minute) a relationship's end time may fall after its activation plus its
 * duration and still be within its terms: Graph's services stamp `activatedDateTime` and
 * `endDateTime` a fraction of a second apart.
 */
export const END_TIME_TOLERANCE_MS = 60_000;

/**
 * GDAP-2: whether a relationship's end time is within what its duration and the
 * extensions that came by its last change allow: not after its activation plus its
 * duration, or, once extended, not more than one extension after its last change. The
 * weaker test the parser applies to every relationship, Graph's included (Microsoft's
 * end times need not be the activation plus the duration to the millisecond), so that an
 * active `P730D` relationship cannot end twenty years after its activation. Graph stamps
 * its times on its own clocks, so an end up to {@link END_TIME_TOLERANCE_MS} after the
 * activation plus the duration is within the terms too.
 *
 * @param relationship - a relationship in any status
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 180 days)
 */
export function gdapEndDateTimeWithinTerms(relationship: GdapRelationship, policy: Policy = DEFAULT_POLICY): boolean {
  const activated = (relationship as { readonly activatedDateTime?: Instant }).activatedDateTime;
  const end = (relationship as { readonly endDateTime?: Instant }).endDateTime;
  if (activated === undefined || end === undefined || relationship.status === "unknownFutureValue") return true;
  const base = addDuration(activated, relationship.duration);
  return (
    !(end > base + END_TIME_TOLERANCE_MS) ||
    end - extensionStep(relationship, policy) <= relationship.lastModifiedDateTime
  );
}

function extensionStep(relationship: GdapRelationship, policy: Policy): number {
  const own = nominalDurationMs(relationship.autoExtendDuration);
  return own > 0 ? own : policy.gdap.autoExtendDays * MS_PER_DAY;
}

/** The steps whose events carry a GDAP relationship, named as in {@link GDAP_LIFECYCLE}. */
export type GdapEventStep =
  | "createGdapRelationship"
  | "updateGdapRelationship"
  | "lockGdapForApproval"
  | "approveGdapRelationship"
  | "terminateGdapRelationship"
  | "removeGlobalAdministrator"
  | "setGdapAutoExtend"
  | "advanceGdapRelationship"
  | "recordGdapChange";

/** The step each event that carries a relationship records. */
export const GDAP_EVENT_STEPS: {
  readonly [T in GdapRelationshipChangedEvent["type"] | GdapChangeRecordedEvent["type"]]: GdapEventStep;
} = {
  GdapRelationshipCreated: "createGdapRelationship",
  GdapRelationshipUpdated: "updateGdapRelationship",
  GdapRelationshipLockedForApproval: "lockGdapForApproval",
  GdapRelationshipApproved: "approveGdapRelationship",
  GdapRelationshipTerminated: "terminateGdapRelationship",
  GdapGlobalAdministratorRemoved: "removeGlobalAdministrator",
  GdapAutoExtendSet: "setGdapAutoExtend",
  GdapRelationshipAdvanced: "advanceGdapRelationship",
  GdapRequestRecorded: "recordGdapChange",
  GdapOperationRecorded: "recordGdapChange",
};

/** The status moves a report of a request or operation can make (GDAP-8, GDAP-9, GDAP-10). */
const REPORTED_MOVES: readonly (readonly [GdapStatus, GdapStatus])[] = [
  ["created", "approvalPending"],
  ["approvalPending", "active"],
  ["active", "terminated"],
  ["created", "expired"],
  ["approvalPending", "expired"],
];

/**
 * The statuses a step leaves a relationship in ({@link GDAP_LIFECYCLE}; a report of a
 * request or operation can leave any).
 *
 * @param step - the step an event records
 */
export function gdapStatusesAfter(step: GdapEventStep): readonly GdapStatus[] {
  if (step === "recordGdapChange") return GDAP_STATUSES;
  let statuses = statusesAfter.get(step);
  if (statuses === undefined) {
    statuses =
      step === "createGdapRelationship"
        ? [GDAP_LIFECYCLE.initial.status]
        : [...new Set(GDAP_LIFECYCLE.transitions.filter((move) => move.step === step).map((move) => move.to))];
    statusesAfter.set(step, statuses);
  }
  return statuses;
}

/** {@link gdapStatusesAfter}'s answers, computed once per step from the lifecycle table. */
const statusesAfter = new Map<GdapEventStep, readonly GdapStatus[]>();

/**
 * Why the relationship an event carries could not be what the event's step leaves, from
 * any relationship, or `undefined` when it could (INVAR-7): a status the step leaves
 * ({@link gdapStatusesAfter}), a last change not after the event (at the event for a
 * creation), and for an approval an activation at the event's time with the end time
 * its duration gives (GDAP-2). The test `parseEvent` makes on its own, and the first one
 * `evolve` makes.
 *
 * @param next - the relationship the event carries
 * @param step - the step the event records
 * @param at - the event's time
 * @internal
 */
export function gdapCarriedRefusal(next: GdapRelationship, step: GdapEventStep, at: Instant): EventRefusal | undefined {
  const id = next.id;
  if (!isInstant(at)) return refusal("INVAR-7", `The event's time is ${describeInstant(at)}.`);
  if (!(gdapStatusesAfter(step) as readonly string[]).includes(next.status))
    return refusal(
      "GDAP-1",
      `${step} leaves a GDAP relationship ${gdapStatusesAfter(step).join(" or ")}, not ${isGdapStatus(next.status) ? next.status : describeValue(next.status)} as ${id} is carried.`,
    );
  if (
    step === "createGdapRelationship"
      ? next.createdDateTime !== at || next.lastModifiedDateTime !== at
      : next.lastModifiedDateTime > at
  )
    return refusal("INVAR-7", `GDAP relationship ${id} is carried with a last change after the event's time.`);
  if (step === "approveGdapRelationship") {
    const activated = (next as { readonly activatedDateTime?: Instant }).activatedDateTime;
    if (activated !== at || !gdapEndDateTimeReachable(next))
      return refusal("GDAP-2", `An approval activates GDAP relationship ${id} at its time, ending its duration later.`);
  }
  return undefined;
}

function moveAllowed(step: GdapEventStep, from: GdapStatus, to: GdapStatus): boolean {
  if (step === "recordGdapChange")
    return from === to || REPORTED_MOVES.some(([before, after]) => before === from && after === to);
  return GDAP_LIFECYCLE.transitions.some((move) => move.step === step && move.from === from && move.to === to);
}

function sameDuration(a: IsoDuration, b: IsoDuration): boolean {
  return (
    a === b ||
    (a.years === b.years &&
      a.months === b.months &&
      a.weeks === b.weeks &&
      a.days === b.days &&
      a.hours === b.hours &&
      a.minutes === b.minutes &&
      a.seconds === b.seconds)
  );
}

/**
 * {@link checkRelationshipDuration}'s answer, remembered per policy and duration text: a
 * duration with a year or month part costs hundreds of microseconds to check by the
 * calendar, and a log repeats a handful of durations. At most 256 texts per policy.
 */
const durationAnswers = new WeakMap<Policy, Map<string, boolean>>();

function durationAllowed(duration: IsoDuration, policy: Policy): boolean {
  let answers = durationAnswers.get(policy);
  if (answers === undefined) {
    answers = new Map();
    durationAnswers.set(policy, answers);
  }
  const text = formatDuration(duration);
  let allowed = answers.get(text);
  if (allowed === undefined) {
    allowed = checkRelationshipDuration(duration, policy).isOk();
    if (answers.size >= 256) answers.clear();
    answers.set(text, allowed);
  }
  return allowed;
}

/** GDAP-2 and GDAP-3 terms a created or updated relationship carries, with the policy's limits. */
function termsRefusal(next: GdapRelationship, policy: Policy): EventRefusal | undefined {
  const id = next.id;
  if (!Array.isArray(next.roles) || next.roles.length === 0 || new Set(next.roles).size !== next.roles.length)
    return refusal("GDAP-1", `GDAP relationship ${id} must request at least one role, each once.`);
  if (!durationAllowed(next.duration, policy))
    return refusal("GDAP-2", `GDAP relationship ${id} has a duration outside the policy's range.`);
  if (checkAutoExtendDuration(next.autoExtendDuration, policy).isErr())
    return refusal("GDAP-2", `GDAP relationship ${id} has an auto-extend duration the policy does not allow.`);
  if (!gdapAutoExtendAllowed(next.roles, next.autoExtendDuration))
    return refusal("GDAP-2", `GDAP relationship ${id} includes Global Administrator, so it cannot auto-extend.`);
  if (checkGdapDisplayName(next.displayName, next.partner, id, [], policy).isErr())
    return refusal("GDAP-3", `GDAP relationship ${id} has a display name the policy does not allow.`);
  return undefined;
}

type Times = {
  readonly customer?: string;
  readonly approvedBy?: string;
  readonly activatedDateTime?: Instant;
  readonly endDateTime?: Instant;
  readonly terminatedDateTime?: Instant;
  readonly expiredDateTime?: Instant;
  readonly expiredBecause?: string;
};

/** Activation, end and final times of the relationship a step left, against the one it met. */
function timesRefusal(
  current: GdapRelationship,
  next: GdapRelationship,
  at: Instant,
  policy: Policy,
): EventRefusal | undefined {
  const before = current as GdapRelationship & Times;
  const after = next as GdapRelationship & Times;
  const id = next.id;
  if (before.customer !== undefined && after.customer !== before.customer)
    return refusal("GDAP-4", `GDAP relationship ${id} is bound to ${before.customer}; it cannot change customer.`);
  if (after.activatedDateTime !== undefined && before.activatedDateTime === undefined) {
    // Approval: activated at the event's time, ending its duration later (GDAP-1, GDAP-2).
    if (after.activatedDateTime !== at || after.customer === undefined || after.approvedBy === undefined)
      return refusal("GDAP-1", `GDAP relationship ${id} must be activated by its approval, at the approval's time.`);
    if (after.endDateTime !== addDuration(at, next.duration))
      return refusal(
        "GDAP-2",
        `GDAP relationship ${id} activated at ${formatInstant(at)} ends at ${formatInstant(addDuration(at, next.duration))}, not ${describeInstant(after.endDateTime)}.`,
      );
  } else if (before.activatedDateTime !== after.activatedDateTime && after.status !== "expired")
    return refusal("GDAP-1", `GDAP relationship ${id} keeps the activation time it was given on approval.`);
  if (after.endDateTime !== undefined && before.endDateTime !== undefined && after.endDateTime !== before.endDateTime) {
    const latest = before.endDateTime <= at ? extendedEnd(current, at) : before.endDateTime;
    if (after.endDateTime !== latest || !gdapEndDateTimeReachable(next, policy))
      return refusal("GDAP-2", `GDAP relationship ${id} cannot end at ${describeInstant(after.endDateTime)}.`);
  }
  if (after.terminatedDateTime !== undefined && after.terminatedDateTime !== at)
    return refusal("GDAP-1", `GDAP relationship ${id} is terminated at the event's time.`);
  if (after.status === "expired" && before.status !== "expired") {
    const expiredAt = after.expiredDateTime;
    const due = after.expiredBecause === "endDateTimeReached" ? before.endDateTime : before.requestExpiresDateTime;
    const rule = after.expiredBecause === "endDateTimeReached" ? "GDAP-2" : "GDAP-5";
    // A reseller's rejection (GDAP-10) ends the request at once; time ends it at its due time.
    const rejected = after.expiredBecause === "requestNotApproved" && expiredAt === at;
    if (expiredAt === undefined || due === undefined || (expiredAt !== due && !rejected) || at < expiredAt)
      return refusal(rule, `GDAP relationship ${id} cannot expire at ${describeInstant(expiredAt)}.`);
    if (after.expiredBecause === "endDateTimeReached" && !isZeroDuration(current.autoExtendDuration))
      return refusal("GDAP-2", `GDAP relationship ${id} auto-extends at its end time; it does not expire.`);
  }
  return undefined;
}

function extendedEnd(current: GdapRelationship, at: Instant): Instant | undefined {
  const end = (current as Times).endDateTime;
  const step = nominalDurationMs(current.autoExtendDuration);
  if (end === undefined || step <= 0 || at < end) return end;
  return end + (Math.floor((at - end) / step) + 1) * step;
}

/** The terms a step other than create or update keeps, or changes only as that step may. */
function keptTermsRefusal(
  current: GdapRelationship,
  next: GdapRelationship,
  step: GdapEventStep,
  policy: Policy,
): EventRefusal | undefined {
  const id = next.id;
  if (next.displayName !== current.displayName || !sameDuration(next.duration, current.duration))
    return refusal("GDAP-1", `GDAP relationship ${id} can change its display name or duration only while created.`);
  const kept = next.roles.every((role) => current.roles.includes(role));
  const same = kept && next.roles.length === current.roles.length;
  const withoutGlobalAdmin =
    kept &&
    !next.roles.includes(GLOBAL_ADMINISTRATOR) &&
    next.roles.length === current.roles.filter((role) => role !== GLOBAL_ADMINISTRATOR).length &&
    next.roles.length > 0;
  const rolesOk =
    step === "removeGlobalAdministrator"
      ? withoutGlobalAdmin
      : step === "recordGdapChange"
        ? same || withoutGlobalAdmin
        : same;
  if (!rolesOk) return refusal("GDAP-2", `${step} cannot change the roles of GDAP relationship ${id} so.`);
  if (!sameDuration(next.autoExtendDuration, current.autoExtendDuration)) {
    if (step !== "setGdapAutoExtend" && step !== "recordGdapChange")
      return refusal("GDAP-2", `${step} cannot change the auto-extend duration of GDAP relationship ${id}.`);
    if (checkAutoExtendDuration(next.autoExtendDuration, policy).isErr())
      return refusal("GDAP-2", `GDAP relationship ${id} has an auto-extend duration the policy does not allow.`);
  }
  if (!gdapAutoExtendAllowed(next.roles, next.autoExtendDuration))
    return refusal("GDAP-2", `GDAP relationship ${id} includes Global Administrator, so it cannot auto-extend.`);
  return undefined;
}

/**
 * Why a GDAP relationship carried by an event could not have come from the step the
 * event records, applied to the relationship the event meets, or `undefined` when it
 * could (INVAR-7). A creation needs a new ID, status `created`, the event's time as its
 * creation and last change, the policy's request lifetime and limits (GDAP-2, GDAP-3,
 * GDAP-5); every other step needs the relationship to exist and not be final (INVAR-2),
 * a move between statuses that step makes (GDAP-1), a time not before its last change,
 * an unexpired request for the steps before approval (GDAP-5), a relationship active at
 * that time for the steps while active (GDAP-7), the same identity, and the times and
 * terms that step gives ({@link gdapEndDateTimeReachable}, GDAP-4).
 *
 * @param current - the relationship with the carried one's ID, if any
 * @param next - the relationship the event carries
 * @param step - the step the event records
 * @param at - the event's time
 * @param policy - the policy the history was made under
 * @internal
 */
export function gdapChangeRefusal(
  current: GdapRelationship | undefined,
  next: GdapRelationship,
  step: GdapEventStep,
  at: Instant,
  policy: Policy = DEFAULT_POLICY,
): EventRefusal | undefined {
  const id = next.id;
  const carried = gdapCarriedRefusal(next, step, at);
  if (carried !== undefined) return carried;
  if (step === "createGdapRelationship") {
    if (current !== undefined) return refusal("GDAP-1", `A GDAP relationship with ID ${id} was already created.`);
    if (next.requestExpiresDateTime !== addDays(at, policy.gdap.requestLifetimeDays))
      return refusal("GDAP-5", `GDAP relationship ${id}'s request does not expire after the policy's lifetime.`);
    return termsRefusal(next, policy);
  }
  if (current === undefined) return refusal("GDAP-1", `No GDAP relationship with ID ${id} was created.`);
  if (!isGdapStatus(current.status) || GDAP_FINAL_STATUSES.includes(current.status))
    return refusal("INVAR-2", `GDAP relationship ${id} is ${current.status}; no step changes it.`);
  if (at < current.lastModifiedDateTime)
    return refusal(
      "GDAP-1",
      `GDAP relationship ${id} last changed at ${formatInstant(current.lastModifiedDateTime)}; the event is dated before it, at ${formatInstant(at)}.`,
    );
  if (!moveAllowed(step, current.status, next.status as GdapStatus))
    return refusal("GDAP-1", `${step} does not take a GDAP relationship from ${current.status} to ${next.status}.`);
  if (
    next.partner !== current.partner ||
    next.createdDateTime !== current.createdDateTime ||
    next.createdBy !== current.createdBy ||
    next.requestExpiresDateTime !== current.requestExpiresDateTime
  )
    return refusal("INVAR-7", `The event changes what GDAP relationship ${id} was created with.`);
  if (next.lastModifiedDateTime < current.lastModifiedDateTime || next.lastModifiedDateTime > at)
    return refusal("INVAR-7", `GDAP relationship ${id}'s last change is not between its previous one and the event.`);
  const unapproved = current.status === "created" || current.status === "approvalPending";
  if (unapproved && next.status !== "expired" && at >= current.requestExpiresDateTime)
    return refusal(
      "GDAP-5",
      `The request for GDAP relationship ${id} expired at ${formatInstant(current.requestExpiresDateTime)}.`,
    );
  if (current.status === "active" && step !== "advanceGdapRelationship" && !isGdapActiveAt(current, at))
    return refusal("GDAP-2", `GDAP relationship ${id} reached its end time before ${formatInstant(at)}.`);
  const terms =
    step === "updateGdapRelationship" ? termsRefusal(next, policy) : keptTermsRefusal(current, next, step, policy);
  return terms ?? timesRefusal(current, next, at, policy);
}

/**
 * Why an access assignment carried by an event could not have come from the steps, or
 * `undefined` when it could (INVAR-7, GDAP-6): a new one needs a new ID and an active
 * relationship of the same partner and customer at the event's time, with roles the
 * relationship holds; a changed one must exist, not be deleted, keep its relationship,
 * and change not before its last change.
 *
 * @param current - the assignment with the carried one's ID, if any
 * @param next - the assignment the event carries
 * @param relationship - the GDAP relationship the carried assignment names, if any
 * @param created - whether the event creates the assignment
 * @param at - the event's time
 * @internal
 */
export function accessAssignmentChangeRefusal(
  current: AccessAssignment | undefined,
  next: AccessAssignment,
  relationship: GdapRelationship | undefined,
  created: boolean,
  at: Instant,
): EventRefusal | undefined {
  const id = next.id;
  if (!isInstant(at)) return refusal("INVAR-7", `The event's time is ${describeInstant(at)}.`);
  if (relationship === undefined)
    return refusal(
      "GDAP-6",
      `Access assignment ${id} names GDAP relationship ${describeValue(next.relationship)}, never created.`,
    );
  if (relationship.partner !== next.partner || relationship.customer !== next.customer)
    return refusal("GDAP-6", `Access assignment ${id} is not for the partner and customer of its relationship.`);
  if (created) {
    if (current !== undefined) return refusal("GDAP-6", `An access assignment with ID ${id} was already created.`);
    if (!isGdapActiveAt(relationship, at))
      return refusal("GDAP-6", `GDAP relationship ${relationship.id} is not active at ${formatInstant(at)}.`);
    if (!next.roles.every((role) => relationship.roles.includes(role)))
      return refusal("GDAP-6", `Access assignment ${id} grants roles its relationship does not hold.`);
    if (next.createdDateTime !== at || next.lastModifiedDateTime !== at)
      return refusal("INVAR-7", `Access assignment ${id} is not dated at its creation event's time.`);
    return undefined;
  }
  if (current === undefined) return refusal("GDAP-6", `No access assignment with ID ${id} was created.`);
  if (current.status === "deleted") return refusal("INVAR-2", `Access assignment ${id} is deleted; it never changes.`);
  if (current.relationship !== next.relationship || current.createdDateTime !== next.createdDateTime)
    return refusal("INVAR-7", `The event changes what access assignment ${id} was created with.`);
  if (at < current.lastModifiedDateTime)
    return refusal(
      "GDAP-6",
      `Access assignment ${id} last changed at ${formatInstant(current.lastModifiedDateTime)}; the event is dated before it.`,
    );
  return undefined;
}
