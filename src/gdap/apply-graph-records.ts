/**
 * Graph's records of GDAP changes taken in (GDAP-8, GDAP-9): a
 * `delegatedAdminRelationshipRequest` or `delegatedAdminRelationshipOperation`, checked
 * against the relationship or assignment it belongs to and the change it may carry, then
 * recorded with {@link recordGdapChange} or {@link recordAccessAssignmentChange}.
 *
 * @module
 */
import { err, type Result } from "neverthrow";
import { type DomainError, invalidInput } from "../errors.js";
import { GLOBAL_ADMINISTRATOR, type RoleId } from "../vocabulary/directory-roles.js";
import type { AccessAssignment } from "./access-assignment.js";
import {
  type GdapOperationData,
  type GdapRelationshipOperation,
  type GdapRelationshipRequest,
  UNKNOWN_FUTURE_VALUE,
} from "./graph-records.js";
import {
  type GdapChangeInput,
  type GdapChangeResult,
  isObject,
  recordAccessAssignmentChange,
  recordGdapChange,
} from "./pending.js";
import type { GdapRelationship } from "./relationship.js";

/**
 * Takes in Graph's `delegatedAdminRelationshipRequest` (GDAP-8) for a relationship: see
 * {@link recordGdapChange}. Its action is in force only once it `succeeded`; `running`
 * (which Graph's own examples show) is not yet succeeded.
 *
 * @param relationship - the relationship the request acts on
 * @param request - the request as read from Graph
 * @param input - who made it (on the first report) and when
 *
 * @example
 * ```ts
 * applyGdapRequest(active, { id: "req-1", relationship: active.id, action: "terminate", status: "pending", createdDateTime: at, lastModifiedDateTime: at }, { by: adminAgent, at });
 * // Ok({ outcome: "pending", value: { status: "active", pending: { action: "terminate", … } } }): still active
 * ```
 */
export function applyGdapRequest(
  relationship: GdapRelationship,
  request: GdapRelationshipRequest,
  input: GdapChangeInput,
): Result<GdapChangeResult<GdapRelationship>, DomainError> {
  if (!isObject(relationship) || !isObject(request)) return recordGdapChange(relationship, request as never, input);
  if (request.relationship !== relationship.id)
    return err(invalidInput("GDAP-8", "relationship", `GDAP relationship ${relationship.id}`, request.relationship));
  return recordGdapChange(
    relationship,
    { via: "request", id: request.id, action: request.action, status: request.status },
    input,
  );
}

function sameRoles(a: unknown, b: readonly RoleId[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((role) => b.includes(role));
}

/**
 * Takes in Graph's `delegatedAdminRelationshipOperation` (GDAP-9) that updates a
 * relationship (`delegatedAdminRelationshipUpdate`): removing Global Administrator from
 * an active relationship, the one role change allowed while active (GDAP-2). Its `data`
 * must list the relationship's roles without Global Administrator. Global Administrator
 * stays in force until the operation succeeds; nothing changes if it fails. An operation
 * of a kind this version does not know decides nothing. See {@link recordGdapChange}.
 *
 * @param relationship - the relationship the operation changes
 * @param operation - the operation as read from Graph
 * @param input - who started it (on the first report) and when
 *
 * @example
 * ```ts
 * applyGdapOperation(active, {
 *   id: "op-1", relationship: active.id, operationType: "delegatedAdminRelationshipUpdate",
 *   data: { kind: "relationship", roles: [HELPDESK_ADMINISTRATOR] }, status: "running",
 *   createdDateTime: at, lastModifiedDateTime: at,
 * }, { by: adminAgent, at });
 * // Ok({ outcome: "pending", … }): Global Administrator still held until it succeeds
 * ```
 */
export function applyGdapOperation(
  relationship: GdapRelationship,
  operation: GdapRelationshipOperation,
  input: GdapChangeInput,
): Result<GdapChangeResult<GdapRelationship>, DomainError> {
  if (!isObject(relationship) || !isObject(operation)) return recordGdapChange(relationship, operation as never, input);
  if (operation.relationship !== relationship.id)
    return err(invalidInput("GDAP-9", "relationship", `GDAP relationship ${relationship.id}`, operation.relationship));
  const report = { via: "operation" as const, id: operation.id, status: operation.status };
  const data: Partial<GdapOperationData> = isObject(operation.data) ? operation.data : {};
  if (operation.operationType === UNKNOWN_FUTURE_VALUE || data.kind === "unread")
    return recordGdapChange(relationship, { ...report, action: UNKNOWN_FUTURE_VALUE }, input);
  if (operation.operationType !== "delegatedAdminRelationshipUpdate" || data.kind !== "relationship")
    return err(
      invalidInput(
        "GDAP-9",
        "operationType",
        "delegatedAdminRelationshipUpdate (an access assignment's update goes to applyAccessAssignmentOperation)",
        operation.operationType,
      ),
    );
  const withoutGlobalAdmin = (Array.isArray(relationship.roles) ? relationship.roles : []).filter(
    (role) => role !== GLOBAL_ADMINISTRATOR,
  );
  if (data.roles === undefined || !sameRoles(data.roles, withoutGlobalAdmin))
    return err(
      invalidInput(
        "GDAP-9",
        "data.roles",
        `the roles of ${relationship.id} without Global Administrator: removing it is the one role change allowed while active (GDAP-2)`,
        data.roles,
      ),
    );
  return recordGdapChange(relationship, { ...report, action: "removeGlobalAdministrator" }, input);
}

/**
 * Takes in Graph's `delegatedAdminRelationshipOperation` (GDAP-9) that updates an access
 * assignment (`delegatedAdminAccessAssignmentUpdate`, `data` the assignment with its new
 * roles): the assignment keeps granting its old roles until the operation succeeds;
 * nothing changes if it fails. See {@link recordAccessAssignmentChange}.
 *
 * @param assignment - the assignment the operation changes
 * @param relationship - its relationship
 * @param operation - the operation as read from Graph
 * @param input - who started it (on the first report) and when
 *
 * @example
 * ```ts
 * applyAccessAssignmentOperation(assignment, active, {
 *   id: "op-2", relationship: active.id, operationType: "delegatedAdminAccessAssignmentUpdate",
 *   data: { kind: "accessAssignment", id: assignment.id, roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR] },
 *   status: "succeeded", createdDateTime: at, lastModifiedDateTime: at,
 * }, { by: adminAgent, at });
 * // Ok({ outcome: "succeeded", value: { roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], … } })
 * ```
 */
export function applyAccessAssignmentOperation(
  assignment: AccessAssignment,
  relationship: GdapRelationship,
  operation: GdapRelationshipOperation,
  input: GdapChangeInput,
): Result<GdapChangeResult<AccessAssignment>, DomainError> {
  if (!isObject(assignment) || !isObject(operation))
    return recordAccessAssignmentChange(assignment, relationship, operation as never, input);
  if (operation.relationship !== assignment.relationship)
    return err(
      invalidInput("GDAP-9", "relationship", `GDAP relationship ${assignment.relationship}`, operation.relationship),
    );
  const report = { via: "operation" as const, id: operation.id, status: operation.status };
  const data: Partial<GdapOperationData> = isObject(operation.data) ? operation.data : {};
  if (operation.operationType === UNKNOWN_FUTURE_VALUE || data.kind === "unread")
    return recordAccessAssignmentChange(assignment, relationship, { ...report, action: UNKNOWN_FUTURE_VALUE }, input);
  if (operation.operationType !== "delegatedAdminAccessAssignmentUpdate" || data.kind !== "accessAssignment")
    return err(
      invalidInput(
        "GDAP-9",
        "operationType",
        "delegatedAdminAccessAssignmentUpdate (a relationship's update goes to applyGdapOperation)",
        operation.operationType,
      ),
    );
  if (data.id !== undefined && data.id !== assignment.id)
    return err(invalidInput("GDAP-9", "data.id", `access assignment ${assignment.id}`, data.id));
  return recordAccessAssignmentChange(
    assignment,
    relationship,
    { ...report, action: "updateAccessAssignment", roles: data.roles },
    input,
  );
}
