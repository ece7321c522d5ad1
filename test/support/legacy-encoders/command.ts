/**
 * Test oracle (issue 15): the hand-written command encoder as it was before the codec
 * derived its encoders from schemas, copied verbatim (only the imports and the name
 * changed). The differential property tests (test/codec/legacy-log.test.ts) hold the
 * schema-derived `commandToJson` to the same bytes. Keep it unchanged.
 */
import type { DomainCommand, DurationInput } from "partner-relationships";
import { formatDuration } from "partner-relationships";
import { actorToJson, type CommandJson, instantToJson } from "partner-relationships/codec";

function durationToJson(duration: DurationInput): string {
  return typeof duration === "string" ? duration : formatDuration(duration);
}

/** The optional fields of a command that are present, converted. */
function present<const K extends string, V, J>(
  key: K,
  value: V | undefined,
  toJson: (value: V) => J,
): { [P in K]?: J } {
  return (value === undefined ? {} : { [key]: toJson(value) }) as { [P in K]?: J };
}

const same = <T>(value: T): T => value;
const copyRoles = (list: readonly string[]): readonly string[] => [...list];

/**
 * Writes a command in its JSON form: actors in theirs, durations as ISO 8601 text,
 * optional fields only when present.
 *
 * @param command - the command
 */
export function legacyCommandToJson(command: DomainCommand): CommandJson {
  const at = instantToJson(command.at);
  switch (command.type) {
    case "SendInvitation":
      return {
        type: command.type,
        at,
        id: command.id,
        customer: command.customer,
        partner: command.partner,
        partnerType: command.partnerType,
        ...present("roles", command.roles, copyRoles),
        by: actorToJson(command.by),
      };
    case "AcceptInvitation":
      return {
        type: command.type,
        at,
        invitation: command.invitation,
        by: actorToJson(command.by),
        agreementAcknowledged: command.agreementAcknowledged,
      };
    case "CancelInvitation":
      return { type: command.type, at, invitation: command.invitation, by: actorToJson(command.by) };
    case "ExpireInvitation":
      return { type: command.type, at, invitation: command.invitation };
    case "AcceptAgreement":
      return {
        type: command.type,
        at,
        customer: command.customer,
        by: actorToJson(command.by),
        acknowledged: command.acknowledged,
      };
    case "RemoveAdminRoles":
    case "DeleteRelationship":
    case "EndRelationship":
      return {
        type: command.type,
        at,
        customer: command.customer,
        partner: command.partner,
        by: actorToJson(command.by),
      };
    case "CreateGdapRelationship":
      return {
        type: command.type,
        at,
        id: command.id,
        partner: command.partner,
        ...present("customer", command.customer, same),
        displayName: command.displayName,
        roles: [...command.roles],
        duration: durationToJson(command.duration),
        ...present("autoExtendDuration", command.autoExtendDuration, durationToJson),
        by: actorToJson(command.by),
      };
    case "UpdateGdapRelationship":
      return {
        type: command.type,
        at,
        relationship: command.relationship,
        ...present("displayName", command.displayName, same),
        ...present("roles", command.roles, copyRoles),
        ...present("duration", command.duration, durationToJson),
        ...present("autoExtendDuration", command.autoExtendDuration, durationToJson),
        by: actorToJson(command.by),
      };
    case "DeleteGdapRelationship":
    case "LockGdapForApproval":
    case "ApproveGdapRelationship":
    case "TerminateGdapRelationship":
    case "RemoveGdapGlobalAdministrator":
      return { type: command.type, at, relationship: command.relationship, by: actorToJson(command.by) };
    case "SetGdapAutoExtend":
      return {
        type: command.type,
        at,
        relationship: command.relationship,
        autoExtendDuration: durationToJson(command.autoExtendDuration),
        by: actorToJson(command.by),
      };
    case "AdvanceGdapRelationship":
      return { type: command.type, at, relationship: command.relationship };
    case "CreateAccessAssignment":
      return {
        type: command.type,
        at,
        id: command.id,
        relationship: command.relationship,
        group: command.group,
        roles: [...command.roles],
        by: actorToJson(command.by),
      };
    case "UpdateAccessAssignment":
      return {
        type: command.type,
        at,
        assignment: command.assignment,
        roles: [...command.roles],
        by: actorToJson(command.by),
      };
    case "DeleteAccessAssignment":
      return { type: command.type, at, assignment: command.assignment, by: actorToJson(command.by) };
    case "RecordGdapRequest":
      return {
        type: command.type,
        at,
        relationship: command.relationship,
        request: command.request,
        action: command.action,
        status: command.status,
        ...present("by", command.by, actorToJson),
      };
    case "RecordGdapOperation":
      return {
        type: command.type,
        at,
        relationship: command.relationship,
        operation: command.operation,
        action: command.action,
        status: command.status,
        ...present("assignment", command.assignment, same),
        ...present("roles", command.roles, copyRoles),
        ...present("by", command.by, actorToJson),
      };
    case "RecordAzureSubscription":
      return { type: command.type, at, id: command.id, customer: command.customer };
    case "ProvisionAzureSubscription":
      return {
        type: command.type,
        at,
        id: command.id,
        customer: command.customer,
        partner: command.partner,
        by: actorToJson(command.by),
      };
    case "AssignAzureRole":
    case "RemoveAzureRoleAssignment":
      return {
        type: command.type,
        at,
        subscription: command.subscription,
        principal:
          command.principal.kind === "partnerAdminAgents"
            ? { kind: "partnerAdminAgents", partner: command.principal.partner }
            : { kind: "user", user: command.principal.user },
        role: command.role,
        by: actorToJson(command.by),
      };
    case "RegisterAutopilotDevice":
      return {
        type: command.type,
        at,
        id: command.id,
        customer: command.customer,
        addedBy:
          command.addedBy.kind === "customer"
            ? { kind: "customer", channel: command.addedBy.channel }
            : { kind: command.addedBy.kind, partner: command.addedBy.partner },
      };
    case "SetMpsaPurchaseSharing":
      return {
        type: command.type,
        at,
        customer: command.customer,
        enabled: command.enabled,
        by: actorToJson(command.by),
      };
  }
}
