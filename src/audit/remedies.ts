/**
 * The remedies of the audit's findings, as the Graph requests of the writer (GDAP-12).
 * A remedy the writer cannot write (no etag, a status Graph refuses) keeps its
 * description and says what blocks it.
 *
 * @internal
 * @module
 */

import type { Result } from "neverthrow";
import {
  accessDetailsJson,
  type GraphRequest,
  graphDeleteAccessAssignmentRequest,
  graphDeleteRelationshipRequest,
  graphRelationshipActionRequest,
  graphUpdateAccessAssignmentRequest,
  listOperationsRequest,
  patchRelationshipRequest,
} from "../codec/graph-writer.js";
import type { InvalidInput } from "../errors.js";
import { formatDuration, type IsoDuration, ZERO_DURATION } from "../gdap/duration.js";
import type { GdapRelationship } from "../gdap/relationship.js";
import type { Policy } from "../policy.js";
import { GLOBAL_ADMINISTRATOR, type RoleId, roleName } from "../vocabulary/directory-roles.js";
import type { AuditRemedy, AuditRemedyStep } from "./finding.js";
import type { AuditAssignment } from "./read-book.js";

/** A remedy of one request, or its description with what blocks it. */
function single(description: string, written: Result<GraphRequest, InvalidInput>): AuditRemedy {
  return written.match(
    (request): AuditRemedy => ({ description, steps: [{ request }], ordered: false }),
    (error): AuditRemedy => ({ description, steps: [], ordered: false, blockedBy: error.message }),
  );
}

/** A remedy with no request: someone else acts, or Graph offers no call. */
export function describedRemedy(description: string): AuditRemedy {
  return { description, steps: [], ordered: false };
}

function autoExtendDuration(policy: Policy): IsoDuration {
  return { ...ZERO_DURATION, days: policy.gdap.autoExtendDays };
}

function withoutGlobalAdministrator(relationship: GdapRelationship): readonly RoleId[] {
  const globalAdmin = GLOBAL_ADMINISTRATOR.toLowerCase();
  return relationship.roles.filter((role) => role.toLowerCase() !== globalAdmin);
}

/**
 * AUDIT-2: set auto-extend to `P180D` (one `PATCH`, GDAP-12).
 *
 * @param relationship - the active relationship, without Global Administrator
 * @param policy - for the auto-extension's length
 */
export function setAutoExtendRemedy(relationship: GdapRelationship, policy: Policy): AuditRemedy {
  const days = policy.gdap.autoExtendDays;
  return single(
    `Set auto-extend to P${days}D: at its end time the relationship gets ${days} more days (GDAP-2).`,
    patchRelationshipRequest(relationship, autoExtendBody(policy)),
  );
}

/** The body that sets auto-extend (GDAP-2). */
function autoExtendBody(policy: Policy): { readonly autoExtendDuration: string } {
  return { autoExtendDuration: formatDuration(autoExtendDuration(policy)) };
}

/**
 * AUDIT-2: remove Global Administrator (a long-running operation, GDAP-9), wait for it to
 * succeed, then set auto-extend to `P180D`: two requests in order. With an operation
 * already running, only the wait and the second request remain.
 *
 * @param relationship - the active relationship holding Global Administrator
 * @param policy - for the auto-extension's length
 * @param running - the ID of an operation removing it already under way, if any
 */
export function removeGlobalAdministratorRemedy(
  relationship: GdapRelationship,
  policy: Policy,
  running: string | undefined,
): AuditRemedy {
  const roles = withoutGlobalAdministrator(relationship);
  const days = policy.gdap.autoExtendDays;
  if (roles.length === 0)
    return describedRemedy(
      `Global Administrator is this relationship's only role: it cannot be removed (GDAP-2). Ask the customer to approve a new least-privilege relationship, then terminate this one.`,
    );
  const removal = patchRelationshipRequest(relationship, { accessDetails: accessDetailsJson(roles) });
  const extend = patchRelationshipRequest(relationship, autoExtendBody(policy));
  const poll = listOperationsRequest(relationship.id);
  if (removal.isErr() || extend.isErr()) {
    const error = removal.isErr() ? removal.error : (extend as { error: InvalidInput }).error;
    return {
      description: `Remove Global Administrator, wait for its operation to succeed, then set auto-extend to P${days}D.`,
      steps: [],
      ordered: true,
      blockedBy: error.message,
    };
  }
  const then: AuditRemedyStep = { request: extend.value, etagFrom: "previousStep" };
  if (running !== undefined)
    return {
      description: `Operation ${running} is removing Global Administrator: wait until it succeeded (GDAP-9), then set auto-extend to P${days}D with the relationship's new etag.`,
      steps: [{ request: poll, waitFor: "operationSucceeded" }, then],
      ordered: true,
    };
  return {
    description: `Two calls in order: remove Global Administrator (Graph answers 202 with a long-running operation, GDAP-9), wait until that operation succeeded, then set auto-extend to P${days}D with the relationship's new etag (GDAP-2).`,
    steps: [{ request: removal.value, waitFor: "operationSucceeded", poll }, then],
    ordered: true,
  };
}

/**
 * AUDIT-3: remove Global Administrator alone (it is unused), one long-running `PATCH`.
 *
 * @param relationship - the active relationship
 */
export function dropGlobalAdministratorRemedy(relationship: GdapRelationship): AuditRemedy {
  const roles = withoutGlobalAdministrator(relationship);
  if (roles.length === 0) return describedRemedy("Global Administrator is the only role; terminate the relationship.");
  const removal = patchRelationshipRequest(relationship, { accessDetails: accessDetailsJson(roles) });
  if (removal.isErr())
    return {
      description: "Remove Global Administrator (GDAP-9).",
      steps: [],
      ordered: false,
      blockedBy: removal.error.message,
    };
  return {
    description: "Remove Global Administrator: a long-running operation (GDAP-9); the role stays until it succeeded.",
    steps: [{ request: removal.value, waitFor: "operationSucceeded", poll: listOperationsRequest(relationship.id) }],
    ordered: false,
  };
}

/**
 * AUDIT-4: take a privileged role away from one group: update its assignment without the
 * role (long-running, GDAP-9), or delete the assignment when the role is its only one.
 *
 * @param assignment - the active assignment giving the role
 * @param role - the role, lower-cased
 */
export function removeRoleFromAssignmentRemedy(assignment: AuditAssignment, role: RoleId): AuditRemedy {
  const name = roleName(role);
  const rest = assignment.value.roles.filter((each) => each.toLowerCase() !== role);
  if (rest.length === 0)
    return single(
      `Delete the access assignment: ${name} is the only role it gives group ${assignment.value.group} (GDAP-6).`,
      graphDeleteAccessAssignmentRequest(assignment.value),
    );
  const update = graphUpdateAccessAssignmentRequest({ ...assignment.value, roles: rest });
  if (update.isErr())
    return {
      description: `Take ${name} out of the assignment.`,
      steps: [],
      ordered: false,
      blockedBy: update.error.message,
    };
  return {
    description: `Take ${name} out of group ${assignment.value.group}'s assignment, keeping its other roles; the role stays until the operation succeeded (GDAP-9).`,
    steps: [
      {
        request: update.value,
        waitFor: "operationSucceeded",
        poll: listOperationsRequest(assignment.value.relationship),
      },
    ],
    ordered: false,
  };
}

/**
 * AUDIT-6, AUDIT-2: terminate an active relationship (`POST …/requests`, GDAP-8).
 *
 * @param relationship - the active relationship
 * @param description - why and when
 */
export function terminateRemedy(relationship: GdapRelationship, description: string): AuditRemedy {
  return single(description, graphRelationshipActionRequest(relationship, "terminate"));
}

/**
 * AUDIT-5: a relationship left in `created`: lock it for approval, or delete it.
 *
 * @param relationship - the created relationship
 * @param expired - whether its request lifetime is over (then only deleting helps)
 */
export function createdRemedies(relationship: GdapRelationship, expired: boolean): readonly AuditRemedy[] {
  const remove = single("Delete it if it is no longer wanted (GDAP-1).", graphDeleteRelationshipRequest(relationship));
  if (expired) return [remove];
  return [
    single(
      "Lock it for approval, then send the customer the approval link (GDAP-1, GDAP-8).",
      graphRelationshipActionRequest(relationship, "lockForApproval"),
    ),
    remove,
  ];
}
