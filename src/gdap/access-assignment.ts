/**
 * GDAP access assignments (GDAP-6): one partner security group gets a subset of an
 * active relationship's roles, as Microsoft Graph's `delegatedAdminAccessAssignment`
 * (statuses `pending`, `active`, `deleting`, `deleted`, `error`).
 *
 * The library moves through `pending` and `deleting` at once: creating gives an `active`
 * assignment, deleting a `deleted` one. `deleted` is final. Whether an assignment grants
 * anything at a given instant is asked with the effective-access questions (GDAP-7): an
 * active assignment grants nothing once its relationship expired or was terminated.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { authorizePartnerUser, GDAP_REQUEST_ROLES } from "../authorization.js";
import {
  type AccessAssignmentExists,
  type AccessAssignmentStatusNotAllowed,
  type DomainError,
  type InvalidInput,
  invalidInput,
  type RolesOutsideRelationship,
} from "../errors.js";
import { checkId, checkRoleIds, checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import { type RoleId, roleName } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import type { Instant } from "../vocabulary/time.js";
import { allowedStatusesByStep, type Lifecycle, type StepFrom, type StepOf } from "../vocabulary/transition.js";
import { type GdapPendingChangeField, UNKNOWN_FUTURE_VALUE, type UnknownFutureValue } from "./graph-records.js";
import type { ActiveGdap, GdapRelationshipId } from "./relationship.js";
import { ensureGdapActiveAt } from "./time.js";

/** An access assignment's ID, chosen by the caller. */
export type AccessAssignmentId = string;

/** A partner security group's object ID (Graph's `accessContainer.accessContainerId`). */
export type SecurityGroupId = string;

/** Every access assignment status, as Graph names them (GDAP-6). */
export const ACCESS_ASSIGNMENT_STATUSES = ["pending", "active", "deleting", "deleted", "error"] as const;

/** An access assignment status (GDAP-6). */
export type AccessAssignmentStatus = (typeof ACCESS_ASSIGNMENT_STATUSES)[number];

/**
 * Whether a value is an {@link AccessAssignmentStatus}.
 *
 * @param value - anything
 */
export function isAccessAssignmentStatus(value: unknown): value is AccessAssignmentStatus {
  return (ACCESS_ASSIGNMENT_STATUSES as readonly unknown[]).includes(value);
}

/**
 * Reads an access assignment status, such as Graph's `status` field.
 *
 * @param value - anything
 * @param path - where it was found (default `"status"`)
 */
export function parseAccessAssignmentStatus(
  value: unknown,
  path = "status",
): Result<AccessAssignmentStatus, InvalidInput> {
  return isAccessAssignmentStatus(value)
    ? ok(value)
    : err(invalidInput("GDAP-6", path, `one of ${ACCESS_ASSIGNMENT_STATUSES.join(", ")}`, value));
}

/** What every access assignment records. */
export interface AccessAssignmentFields extends GdapPendingChangeField {
  /** The assignment's ID. */
  readonly id: AccessAssignmentId;
  /** The relationship it assigns roles of. */
  readonly relationship: GdapRelationshipId;
  /** The relationship's partner. */
  readonly partner: PartnerId;
  /** The relationship's customer. */
  readonly customer: CustomerId;
  /** The partner security group that gets the roles. */
  readonly group: SecurityGroupId;
  /** The roles, a subset of the relationship's (Graph's `accessDetails.unifiedRoles`), each once. */
  readonly roles: readonly RoleId[];
  /** When it was created. */
  readonly createdDateTime: Instant;
  /** When it last changed; no later step may come before it. */
  readonly lastModifiedDateTime: Instant;
  /** Graph's `@odata.etag`, which Graph requires as `If-Match` to update or delete it (GDAP-11, GDAP-12). */
  readonly etag?: string;
}

/** Being set up (transient in Graph; never produced by a step here). */
export interface PendingAccessAssignment extends AccessAssignmentFields {
  /** Discriminant. */
  readonly status: "pending";
}

/** In force while its relationship is active (GDAP-7). */
export interface ActiveAccessAssignment extends AccessAssignmentFields {
  /** Discriminant. */
  readonly status: "active";
}

/** Being removed (transient in Graph; never produced by a step here). */
export interface DeletingAccessAssignment extends AccessAssignmentFields {
  /** Discriminant. */
  readonly status: "deleting";
}

/** Removed (final). */
export interface DeletedAccessAssignment extends AccessAssignmentFields {
  /** Discriminant. */
  readonly status: "deleted";
  /** When it was deleted. */
  readonly deletedDateTime: Instant;
  /** The partner user who deleted it. */
  readonly deletedBy: UserId;
}

/** Graph could not apply it (reported by Graph; never produced by a step here). */
export interface ErrorAccessAssignment extends AccessAssignmentFields {
  /** Discriminant. */
  readonly status: "error";
}

/**
 * An assignment whose status Microsoft Graph reports as `unknownFutureValue`: a status
 * added after this version of the library (GDAP-11). It is kept as a value; every step
 * refuses it (`access_assignment_status_not_allowed`) and it grants nothing, with a reason
 * saying its status is unknown to this version.
 */
export interface UnknownStatusAccessAssignment extends AccessAssignmentFields {
  /** Discriminant: Graph's evolvable-enumeration sentinel. */
  readonly status: UnknownFutureValue;
  /** The status as Graph sent it, when Graph named a member this version does not know (not `unknownFutureValue` itself). */
  readonly graphStatus?: string;
}

/** The status of an assignment: an {@link AccessAssignmentStatus}, or Graph's `unknownFutureValue` (GDAP-11). */
export type AccessAssignmentStatusOrUnknown = AccessAssignmentStatus | UnknownFutureValue;

/** An access assignment in any status. */
export type AccessAssignment =
  | UnknownStatusAccessAssignment
  | PendingAccessAssignment
  | ActiveAccessAssignment
  | DeletingAccessAssignment
  | DeletedAccessAssignment
  | ErrorAccessAssignment;

/** The assignment type of a status. */
export type AccessAssignmentIn<S extends AccessAssignmentStatus> = Extract<
  AccessAssignment,
  {
    /** The status wanted. */
    readonly status: S;
  }
>;

// The table, typed to its literals so that the statuses a step starts from are a type too.
const ASSIGNMENT_TABLE = {
  name: "Access assignment",
  statuses: ACCESS_ASSIGNMENT_STATUSES,
  initial: { status: "active", step: "createAccessAssignment", by: "partner" },
  final: ["deleted"],
  transitions: [
    { from: "active", to: "active", step: "updateAccessAssignment", by: "partner", rules: ["GDAP-6"] },
    { from: "pending", to: "deleted", step: "deleteAccessAssignment", by: "partner", rules: ["GDAP-6"] },
    { from: "active", to: "deleted", step: "deleteAccessAssignment", by: "partner", rules: ["GDAP-6"] },
    { from: "error", to: "deleted", step: "deleteAccessAssignment", by: "partner", rules: ["GDAP-6"] },
  ],
} as const satisfies Lifecycle<AccessAssignmentStatus>;

/**
 * The access assignment lifecycle as data (GDAP-6). `pending`, `deleting` and `error` are
 * Graph statuses the library represents but does not produce: creation is effective at
 * once. Documentation diagrams are generated from this table, and the steps and the
 * decider take the statuses each step is allowed from
 * (`ensureAccessAssignmentStepAllowed`).
 */
export const ACCESS_ASSIGNMENT_LIFECYCLE: Lifecycle<AccessAssignmentStatus> = ASSIGNMENT_TABLE;

/** The statuses a step of {@link ACCESS_ASSIGNMENT_LIFECYCLE} starts from. */
type AssignmentStepFrom<Step> = Extract<StepFrom<typeof ASSIGNMENT_TABLE, Step>, AccessAssignmentStatus>;

const ASSIGNMENT_ALLOWED = /* @__PURE__ */ allowedStatusesByStep(ACCESS_ASSIGNMENT_LIFECYCLE);

/**
 * Narrows an assignment to the statuses {@link ACCESS_ASSIGNMENT_LIFECYCLE} allows a step
 * from, or returns `access_assignment_status_not_allowed` (GDAP-6).
 *
 * @param assignment - an assignment in any status
 * @param step - the step about to be taken
 */
export function ensureAccessAssignmentStepAllowed<const Step extends StepOf<typeof ASSIGNMENT_TABLE>>(
  assignment: AccessAssignment,
  step: Step,
): Result<AccessAssignmentIn<AssignmentStepFrom<Step>>, AccessAssignmentStatusNotAllowed> {
  const allowed = (ASSIGNMENT_ALLOWED.get(step) ?? []) as readonly AssignmentStepFrom<Step>[];
  return ensureAccessAssignmentStatus(assignment, allowed, step);
}
/**
 * Narrows an assignment to the given statuses, or returns
 * `access_assignment_status_not_allowed` with its status (GDAP-6).
 *
 * @param assignment - an assignment in any status
 * @param allowed - the statuses wanted
 * @param step - the step asking, for the error
 */
export function ensureAccessAssignmentStatus<const S extends AccessAssignmentStatus>(
  assignment: AccessAssignment,
  allowed: readonly S[],
  step = "ensureAccessAssignmentStatus",
): Result<AccessAssignmentIn<S>, AccessAssignmentStatusNotAllowed> {
  if ((allowed as readonly AccessAssignmentStatusOrUnknown[]).includes(assignment.status))
    return ok(assignment as AccessAssignmentIn<S>);
  const final =
    assignment.status === "deleted"
      ? "; a deleted assignment is final"
      : assignment.status === UNKNOWN_FUTURE_VALUE
        ? ": Microsoft Graph reports a status this version of partner-relationships does not know, so no step is allowed on it until the library is upgraded (GDAP-11)"
        : "";
  return err({
    code: "access_assignment_status_not_allowed",
    rule: "GDAP-6",
    assignment: assignment.id,
    step,
    status: assignment.status,
    allowed,
    message: `${step} needs an access assignment that is ${allowed.join(" or ")}, but ${assignment.id} is ${assignment.status}${final} (GDAP-6).`,
  });
}

function checkAssignedRoles(
  relationship: ActiveGdap,
  value: unknown,
): Result<readonly RoleId[], InvalidInput | RolesOutsideRelationship> {
  return checkRoleIds(value, "GDAP-6", "at least one of the relationship's roles").andThen(
    (roles): Result<readonly RoleId[], InvalidInput | RolesOutsideRelationship> => {
      const outside = roles.filter((role) => !relationship.roles.includes(role));
      if (outside.length > 0) {
        const outsideNames = outside.map(roleName);
        return err({
          code: "roles_outside_relationship",
          rule: "GDAP-6",
          relationship: relationship.id,
          outside,
          outsideNames,
          relationshipRoles: relationship.roles,
          message: `GDAP relationship ${relationship.id} does not hold ${outsideNames.join(", ")}; an access assignment can give only the relationship's roles: ${relationship.roles.map(roleName).join(", ")} (GDAP-6).`,
        });
      }
      return ok(roles);
    },
  );
}

/** Input of {@link createAccessAssignment}. */
export interface CreateAccessAssignmentInput {
  /** The assignment's ID. */
  readonly id: AccessAssignmentId;
  /** The partner security group. */
  readonly group: SecurityGroupId;
  /** The roles to give it: a subset of the relationship's roles. */
  readonly roles: readonly RoleId[];
  /** The relationship's other assignments, to refuse a second one for the same group. */
  readonly existing?: readonly AccessAssignment[] | undefined;
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner gives one of its security groups a subset of an active relationship's
 * roles (GDAP-6: → `pending` → `active`, at once). Only on a relationship active at `at`;
 * roles outside the relationship's are refused with `roles_outside_relationship` listing
 * them; a group that already has a live (not deleted) assignment on the relationship
 * among `existing` is refused with `access_assignment_exists`. Needs Admin agent (ACT-3).
 *
 * @param relationship - the active relationship
 * @param input - the group, roles, who and when
 * @returns the active assignment, or why not
 *
 * @example
 * ```ts
 * createAccessAssignment(active, {
 *   id: "assign-1",
 *   group: "helpdesk-agents",
 *   roles: [HELPDESK_ADMINISTRATOR],
 *   by: adminAgent,
 *   at,
 * });
 * // Ok({ status: "active", group: "helpdesk-agents", roles: [HELPDESK_ADMINISTRATOR], … })
 * ```
 */
export function createAccessAssignment(
  relationship: ActiveGdap,
  input: CreateAccessAssignmentInput,
): Result<ActiveAccessAssignment, DomainError> {
  const step = "createAccessAssignment";
  return checkId(input.id, "id", "GDAP-6")
    .andThen(() => checkId(input.group, "group", "GDAP-6"))
    .andThen(() => ensureGdapActiveAt(relationship, input.at, step))
    .andThen((active) => authorizePartnerUser(input.by, active.partner, step, GDAP_REQUEST_ROLES).map(() => active))
    .andThen((active): Result<ActiveAccessAssignment, DomainError> => {
      const taken = input.existing?.find(
        (other) =>
          other.relationship === active.id &&
          other.group === input.group &&
          other.status !== "deleted" &&
          other.id !== input.id,
      );
      if (taken !== undefined) {
        const exists: AccessAssignmentExists = {
          code: "access_assignment_exists",
          rule: "GDAP-6",
          relationship: active.id,
          group: input.group,
          assignment: taken.id,
          message: `Group ${input.group} already has access assignment ${taken.id} on GDAP relationship ${active.id}; update or delete it instead (GDAP-6).`,
        };
        return err(exists);
      }
      return checkAssignedRoles(active, input.roles).map(
        (roles): ActiveAccessAssignment => ({
          status: "active",
          id: input.id,
          relationship: active.id,
          partner: active.partner,
          customer: active.customer,
          group: input.group,
          roles,
          createdDateTime: input.at,
          lastModifiedDateTime: input.at,
        }),
      );
    });
}

/** Input of {@link updateAccessAssignment}. */
export interface UpdateAccessAssignmentInput {
  /** The new roles: a subset of the relationship's roles. */
  readonly roles: readonly RoleId[];
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner changes the roles of an active assignment (GDAP-6), within the roles of
 * its relationship, which must be active at `at`. Needs Admin agent (ACT-3).
 *
 * @param assignment - the active assignment
 * @param relationship - its relationship, active
 * @param input - the new roles, who and when
 * @returns the updated assignment, or why not
 *
 * @example
 * ```ts
 * updateAccessAssignment(assignment, active, { roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], by: adminAgent, at });
 * ```
 */
export function updateAccessAssignment(
  assignment: ActiveAccessAssignment,
  relationship: ActiveGdap,
  input: UpdateAccessAssignmentInput,
): Result<ActiveAccessAssignment, DomainError> {
  const step = "updateAccessAssignment";
  return ensureAccessAssignmentStepAllowed(assignment, step)
    .andThen((current) =>
      current.relationship === relationship.id
        ? ok(current)
        : err(invalidInput("GDAP-6", "relationship", `GDAP relationship ${current.relationship}`, relationship.id)),
    )
    .andThen((current) => checkTime(input.at, "GDAP-6", current.lastModifiedDateTime).map(() => current))
    .andThen((current) =>
      ensureGdapActiveAt(relationship, input.at, step)
        .andThen((active) => authorizePartnerUser(input.by, active.partner, step, GDAP_REQUEST_ROLES).map(() => active))
        .andThen((active) => checkAssignedRoles(active, input.roles))
        .map((roles): ActiveAccessAssignment => ({ ...current, roles, lastModifiedDateTime: input.at })),
    );
}

/** Who and when, for deleting an assignment. */
export interface DeleteAccessAssignmentInput {
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner deletes an assignment (GDAP-6: → `deleting` → `deleted`, at once). Allowed
 * from `pending`, `active` and `error`, whatever its relationship's status (cleaning up
 * after expiry or termination is allowed). Needs Admin agent (ACT-3). `deleted` is final.
 *
 * @param assignment - the assignment
 * @param input - the partner user and when
 * @returns the deleted assignment, or why not
 *
 * @example
 * ```ts
 * deleteAccessAssignment(assignment, { by: adminAgent, at }); // Ok({ status: "deleted", … })
 * ```
 */
export function deleteAccessAssignment(
  assignment: PendingAccessAssignment | ActiveAccessAssignment | ErrorAccessAssignment,
  input: DeleteAccessAssignmentInput,
): Result<DeletedAccessAssignment, DomainError> {
  const step = "deleteAccessAssignment";
  return ensureAccessAssignmentStepAllowed(assignment, step)
    .andThen((current) => checkTime(input.at, "GDAP-6", current.lastModifiedDateTime).map(() => current))
    .andThen((current) =>
      authorizePartnerUser(input.by, current.partner, step, GDAP_REQUEST_ROLES).map(
        (user): DeletedAccessAssignment => ({
          ...current,
          status: "deleted",
          deletedDateTime: input.at,
          deletedBy: user.id,
          lastModifiedDateTime: input.at,
        }),
      ),
    );
}
