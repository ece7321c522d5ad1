/**
 * The JSON form of every command the decider takes (`DomainCommand`), discriminated by
 * `type`: parser, serialiser and Standard Schema. A command is a request from outside
 * (a queue message, an HTTP body), so the codec reads its shape only: identifiers, role
 * IDs, partner types, actors (in their JSON form) and instants. Whether the step is
 * allowed is `decide`'s answer, with the domain's errors.
 *
 * Durations (`DurationInput`) are ISO 8601 text, checked for their form and kept as given
 * (`"P731D"` parses; `decide` then refuses it as out of range, GDAP-2). A command built in
 * code with a typed `IsoDuration` is written as its text.
 *
 * @module
 */

import type { Result } from "neverthrow";
import type {
  AcceptAgreementCommand,
  AcceptInvitationCommand,
  AdvanceGdapRelationshipCommand,
  AzureRoleCommand,
  CancelInvitationCommand,
  CreateAccessAssignmentCommand,
  CreateGdapRelationshipCommand,
  DeleteAccessAssignmentCommand,
  DomainCommand,
  ExpireInvitationCommand,
  GdapRelationshipCommand,
  ProvisionAzureSubscriptionCommand,
  RecordAzureSubscriptionCommand,
  RecordGdapOperationCommand,
  RecordGdapRequestCommand,
  RegisterAutopilotDeviceCommand,
  RelationshipCommandBase,
  SendInvitationCommand,
  SetGdapAutoExtendCommand,
  SetMpsaPurchaseSharingCommand,
  UpdateAccessAssignmentCommand,
  UpdateGdapRelationshipCommand,
} from "../commands.js";
import { type DurationInput, formatDuration } from "../gdap/duration.js";
import { MAX_ROLES } from "../vocabulary/directory-roles.js";
import type { PartnerType } from "../vocabulary/partner-types.js";
import { type ActorJson, actorDecoder, actorToJson } from "./actor.js";
import { array, boolean, type Decoder, decode, literal, object, optional, string, taggedUnion } from "./decoder.js";
import { durationTextDecoder } from "./duration.js";
import {
  type AzurePrincipalJson,
  azurePrincipalDecoder,
  azureRoleDecoder,
  type DeviceSourceJson,
  deviceSourceDecoder,
} from "./facts.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  operationActionDecoder,
  operationStatusDecoder,
  requestActionDecoder,
  requestStatusDecoder,
} from "./pending.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toStandardSchema } from "./to-standard-schema.js";
import { identifier, instant, instantToJson, partnerType, roleId } from "./vocabulary.js";

/** What every command has in JSON. */
interface CommandJsonBase {
  /** ISO 8601. */
  readonly at: string;
}

/** A {@link SendInvitationCommand} in JSON. */
export interface SendInvitationCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"SendInvitation"`. */
  readonly type: "SendInvitation";
  /** The new invitation's ID. */
  readonly id: string;
  /** The ID of the customer tenant to invite. */
  readonly customer: string;
  /** The inviting partner's ID. */
  readonly partner: string;
  /** The partner type the invitation offers. */
  readonly partnerType: PartnerType;
  /** For the "Partner" type: the Entra role template IDs requested. */
  readonly roles?: readonly string[];
  /** The partner user sending it. */
  readonly by: ActorJson;
}

/** An {@link AcceptInvitationCommand} in JSON. */
export interface AcceptInvitationCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"AcceptInvitation"`. */
  readonly type: "AcceptInvitation";
  /** The invitation's ID. */
  readonly invitation: string;
  /** The customer admin accepting it. */
  readonly by: ActorJson;
  /** Whether the box "I have read the Microsoft Customer Agreement" is ticked. */
  readonly agreementAcknowledged: boolean;
}

/** A {@link CancelInvitationCommand} in JSON. */
export interface CancelInvitationCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"CancelInvitation"`. */
  readonly type: "CancelInvitation";
  /** The invitation's ID. */
  readonly invitation: string;
  /** The customer admin cancelling it. */
  readonly by: ActorJson;
}

/** An {@link ExpireInvitationCommand} in JSON. */
export interface ExpireInvitationCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"ExpireInvitation"`. */
  readonly type: "ExpireInvitation";
  /** The ID of the invitation that expired. */
  readonly invitation: string;
}

/** An {@link AcceptAgreementCommand} in JSON. */
export interface AcceptAgreementCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"AcceptAgreement"`. */
  readonly type: "AcceptAgreement";
  /** The customer tenant ID. */
  readonly customer: string;
  /** The customer admin accepting the agreement. */
  readonly by: ActorJson;
  /** Whether the box "I have read the Microsoft Customer Agreement" is ticked. */
  readonly acknowledged: boolean;
}

/** A command on a customer–partner relationship in JSON. */
export interface RelationshipCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, the step on the customer–partner relationship. */
  readonly type: "RemoveAdminRoles" | "DeleteRelationship" | "EndRelationship";
  /** The customer tenant ID. */
  readonly customer: string;
  /** The partner's ID. */
  readonly partner: string;
  /** Who takes the step. */
  readonly by: ActorJson;
}

/** A {@link CreateGdapRelationshipCommand} in JSON. */
export interface CreateGdapRelationshipCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"CreateGdapRelationship"`. */
  readonly type: "CreateGdapRelationship";
  /** The new GDAP relationship's ID. */
  readonly id: string;
  /** The partner's ID. */
  readonly partner: string;
  /** The customer tenant ID; omitted for an open relationship (GDAP-4). */
  readonly customer?: string;
  /** The relationship's display name (GDAP-3). */
  readonly displayName: string;
  /** The Entra role template IDs it requests. */
  readonly roles: readonly string[];
  /** ISO 8601 duration. */
  readonly duration: string;
  /** ISO 8601 duration. */
  readonly autoExtendDuration?: string;
  /** The partner user creating it. */
  readonly by: ActorJson;
}

/** An {@link UpdateGdapRelationshipCommand} in JSON. */
export interface UpdateGdapRelationshipCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"UpdateGdapRelationship"`. */
  readonly type: "UpdateGdapRelationship";
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** The new display name; omitted to keep it. */
  readonly displayName?: string;
  /** The new Entra role template IDs; omitted to keep them. */
  readonly roles?: readonly string[];
  /** ISO 8601 duration. */
  readonly duration?: string;
  /** ISO 8601 duration. */
  readonly autoExtendDuration?: string;
  /** The partner user changing it. */
  readonly by: ActorJson;
}

/** A {@link GdapRelationshipCommand} in JSON. */
export interface GdapRelationshipCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, the step on the GDAP relationship. */
  readonly type: GdapRelationshipCommand["type"];
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** Who takes the step. */
  readonly by: ActorJson;
}

/** A {@link SetGdapAutoExtendCommand} in JSON. */
export interface SetGdapAutoExtendCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"SetGdapAutoExtend"`. */
  readonly type: "SetGdapAutoExtend";
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** ISO 8601 duration. */
  readonly autoExtendDuration: string;
  /** The partner user changing it. */
  readonly by: ActorJson;
}

/** An {@link AdvanceGdapRelationshipCommand} in JSON. */
export interface AdvanceGdapRelationshipCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"AdvanceGdapRelationship"`. */
  readonly type: "AdvanceGdapRelationship";
  /** The ID of the GDAP relationship to bring up to `at`. */
  readonly relationship: string;
}

/** A {@link CreateAccessAssignmentCommand} in JSON. */
export interface CreateAccessAssignmentCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"CreateAccessAssignment"`. */
  readonly type: "CreateAccessAssignment";
  /** The new access assignment's ID. */
  readonly id: string;
  /** The ID of the GDAP relationship whose roles it assigns. */
  readonly relationship: string;
  /** The partner security group's object ID. */
  readonly group: string;
  /** The Entra role template IDs to assign, from the relationship's. */
  readonly roles: readonly string[];
  /** The partner user creating it. */
  readonly by: ActorJson;
}

/** An {@link UpdateAccessAssignmentCommand} in JSON. */
export interface UpdateAccessAssignmentCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"UpdateAccessAssignment"`. */
  readonly type: "UpdateAccessAssignment";
  /** The access assignment's ID. */
  readonly assignment: string;
  /** The new Entra role template IDs. */
  readonly roles: readonly string[];
  /** The partner user changing it. */
  readonly by: ActorJson;
}

/** A {@link DeleteAccessAssignmentCommand} in JSON. */
export interface DeleteAccessAssignmentCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"DeleteAccessAssignment"`. */
  readonly type: "DeleteAccessAssignment";
  /** The access assignment's ID. */
  readonly assignment: string;
  /** The partner user deleting it. */
  readonly by: ActorJson;
}

/** A {@link RecordGdapRequestCommand} in JSON. */
export interface RecordGdapRequestCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"RecordGdapRequest"`. */
  readonly type: "RecordGdapRequest";
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** The request's ID. */
  readonly request: string;
  /** The request's action: `lockForApproval`, `approve`, `terminate`, `reject` or `unknownFutureValue`. */
  readonly action: RecordGdapRequestCommand["action"];
  /** Its status: `created`, `pending`, `running`, `succeeded`, `failed` or `unknownFutureValue`. */
  readonly status: RecordGdapRequestCommand["status"];
  /** Who made it, on the first report. */
  readonly by?: ActorJson;
}

/** A {@link RecordGdapOperationCommand} in JSON. */
export interface RecordGdapOperationCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"RecordGdapOperation"`. */
  readonly type: "RecordGdapOperation";
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** The operation's ID. */
  readonly operation: string;
  /** The change: `removeGlobalAdministrator`, `updateAccessAssignment` or `unknownFutureValue`. */
  readonly action: RecordGdapOperationCommand["action"];
  /** Its status: `notStarted`, `running`, `succeeded`, `failed` or `unknownFutureValue`. */
  readonly status: RecordGdapOperationCommand["status"];
  /** For an assignment's update: the access assignment's ID. */
  readonly assignment?: string;
  /** For an assignment's update: the Entra role template IDs it will hold. */
  readonly roles?: readonly string[];
  /** Who started it, on the first report. */
  readonly by?: ActorJson;
}

/** A {@link RecordAzureSubscriptionCommand} in JSON. */
export interface RecordAzureSubscriptionCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"RecordAzureSubscription"`. */
  readonly type: "RecordAzureSubscription";
  /** The subscription ID. */
  readonly id: string;
  /** The customer tenant ID. */
  readonly customer: string;
}

/** A {@link ProvisionAzureSubscriptionCommand} in JSON. */
export interface ProvisionAzureSubscriptionCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"ProvisionAzureSubscription"`. */
  readonly type: "ProvisionAzureSubscription";
  /** The new subscription's ID. */
  readonly id: string;
  /** The customer tenant ID. */
  readonly customer: string;
  /** The provisioning partner's ID. */
  readonly partner: string;
  /** The partner user provisioning it. */
  readonly by: ActorJson;
}

/** An {@link AzureRoleCommand} in JSON. */
export interface AzureRoleCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, assigning or removing the role. */
  readonly type: AzureRoleCommand["type"];
  /** The subscription ID. */
  readonly subscription: string;
  /** Who holds the role. */
  readonly principal: AzurePrincipalJson;
  /** The Azure role. */
  readonly role: AzureRoleCommand["role"];
  /** The customer admin taking the step. */
  readonly by: ActorJson;
}

/** A {@link RegisterAutopilotDeviceCommand} in JSON. */
export interface RegisterAutopilotDeviceCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"RegisterAutopilotDevice"`. */
  readonly type: "RegisterAutopilotDevice";
  /** The device ID. */
  readonly id: string;
  /** The customer tenant ID. */
  readonly customer: string;
  /** Who added the device. */
  readonly addedBy: DeviceSourceJson;
}

/** A {@link SetMpsaPurchaseSharingCommand} in JSON. */
export interface SetMpsaPurchaseSharingCommandJson extends CommandJsonBase {
  /** Discriminant: the command type, always `"SetMpsaPurchaseSharing"`. */
  readonly type: "SetMpsaPurchaseSharing";
  /** The customer tenant ID. */
  readonly customer: string;
  /** Whether the customer's MPSA partners may see each other's purchases. */
  readonly enabled: boolean;
  /** The customer admin taking the step. */
  readonly by: ActorJson;
}

/** A {@link DomainCommand} in JSON, discriminated by `type`. */
export type CommandJson =
  | SendInvitationCommandJson
  | AcceptInvitationCommandJson
  | CancelInvitationCommandJson
  | ExpireInvitationCommandJson
  | AcceptAgreementCommandJson
  | RelationshipCommandJson
  | CreateGdapRelationshipCommandJson
  | UpdateGdapRelationshipCommandJson
  | GdapRelationshipCommandJson
  | SetGdapAutoExtendCommandJson
  | AdvanceGdapRelationshipCommandJson
  | CreateAccessAssignmentCommandJson
  | UpdateAccessAssignmentCommandJson
  | DeleteAccessAssignmentCommandJson
  | RecordGdapRequestCommandJson
  | RecordGdapOperationCommandJson
  | RecordAzureSubscriptionCommandJson
  | ProvisionAzureSubscriptionCommandJson
  | AzureRoleCommandJson
  | RegisterAutopilotDeviceCommandJson
  | SetMpsaPurchaseSharingCommandJson;

const roles = /* @__PURE__ */ array(roleId, { maxLength: MAX_ROLES });
const displayName = /* @__PURE__ */ string();

function relationshipCommand<const T extends RelationshipCommandJson["type"]>(
  type: T,
): Decoder<RelationshipCommandBase & { readonly type: T }> {
  return object({ type: literal([type]), at: instant, customer: identifier, partner: identifier, by: actorDecoder });
}

function gdapCommand<const T extends GdapRelationshipCommand["type"]>(type: T): Decoder<GdapRelationshipCommand> {
  return object({ type: literal([type]), at: instant, relationship: identifier, by: actorDecoder });
}

function azureRoleCommand<const T extends AzureRoleCommand["type"]>(type: T): Decoder<AzureRoleCommand> {
  return object({
    type: literal([type]),
    at: instant,
    subscription: identifier,
    principal: azurePrincipalDecoder,
    role: azureRoleDecoder,
    by: actorDecoder,
  });
}

const sendInvitation: Decoder<SendInvitationCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["SendInvitation"]),
  at: instant,
  id: identifier,
  customer: identifier,
  partner: identifier,
  partnerType,
  roles: /* @__PURE__ */ optional(roles),
  by: actorDecoder,
});
const acceptInvitation: Decoder<AcceptInvitationCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AcceptInvitation"]),
  at: instant,
  invitation: identifier,
  by: actorDecoder,
  agreementAcknowledged: boolean,
});
const cancelInvitation: Decoder<CancelInvitationCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["CancelInvitation"]),
  at: instant,
  invitation: identifier,
  by: actorDecoder,
});
const expireInvitation: Decoder<ExpireInvitationCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["ExpireInvitation"]),
  at: instant,
  invitation: identifier,
});
const acceptAgreement: Decoder<AcceptAgreementCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AcceptAgreement"]),
  at: instant,
  customer: identifier,
  by: actorDecoder,
  acknowledged: boolean,
});
const createGdapRelationship: Decoder<CreateGdapRelationshipCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["CreateGdapRelationship"]),
  at: instant,
  id: identifier,
  partner: identifier,
  customer: /* @__PURE__ */ optional(identifier),
  displayName,
  roles,
  duration: durationTextDecoder,
  autoExtendDuration: /* @__PURE__ */ optional(durationTextDecoder),
  by: actorDecoder,
});
const updateGdapRelationship: Decoder<UpdateGdapRelationshipCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["UpdateGdapRelationship"]),
  at: instant,
  relationship: identifier,
  displayName: /* @__PURE__ */ optional(displayName),
  roles: /* @__PURE__ */ optional(roles),
  duration: /* @__PURE__ */ optional(durationTextDecoder),
  autoExtendDuration: /* @__PURE__ */ optional(durationTextDecoder),
  by: actorDecoder,
});
const setGdapAutoExtend: Decoder<SetGdapAutoExtendCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["SetGdapAutoExtend"]),
  at: instant,
  relationship: identifier,
  autoExtendDuration: durationTextDecoder,
  by: actorDecoder,
});
const advanceGdapRelationship: Decoder<AdvanceGdapRelationshipCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AdvanceGdapRelationship"]),
  at: instant,
  relationship: identifier,
});
const createAccessAssignment: Decoder<CreateAccessAssignmentCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["CreateAccessAssignment"]),
  at: instant,
  id: identifier,
  relationship: identifier,
  group: identifier,
  roles,
  by: actorDecoder,
});
const updateAccessAssignment: Decoder<UpdateAccessAssignmentCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["UpdateAccessAssignment"]),
  at: instant,
  assignment: identifier,
  roles,
  by: actorDecoder,
});
const deleteAccessAssignment: Decoder<DeleteAccessAssignmentCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["DeleteAccessAssignment"]),
  at: instant,
  assignment: identifier,
  by: actorDecoder,
});
const recordGdapRequest: Decoder<RecordGdapRequestCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["RecordGdapRequest"]),
  at: instant,
  relationship: identifier,
  request: identifier,
  action: requestActionDecoder,
  status: requestStatusDecoder,
  by: /* @__PURE__ */ optional(actorDecoder),
});
const recordGdapOperation: Decoder<RecordGdapOperationCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["RecordGdapOperation"]),
  at: instant,
  relationship: identifier,
  operation: identifier,
  action: operationActionDecoder,
  status: operationStatusDecoder,
  assignment: /* @__PURE__ */ optional(identifier),
  roles: /* @__PURE__ */ optional(roles),
  by: /* @__PURE__ */ optional(actorDecoder),
});
const recordAzureSubscription: Decoder<RecordAzureSubscriptionCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["RecordAzureSubscription"]),
  at: instant,
  id: identifier,
  customer: identifier,
});
const provisionAzureSubscription: Decoder<ProvisionAzureSubscriptionCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["ProvisionAzureSubscription"]),
  at: instant,
  id: identifier,
  customer: identifier,
  partner: identifier,
  by: actorDecoder,
});
const registerAutopilotDevice: Decoder<RegisterAutopilotDeviceCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["RegisterAutopilotDevice"]),
  at: instant,
  id: identifier,
  customer: identifier,
  addedBy: deviceSourceDecoder,
});
const setMpsaPurchaseSharing: Decoder<SetMpsaPurchaseSharingCommand> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["SetMpsaPurchaseSharing"]),
  at: instant,
  customer: identifier,
  enabled: boolean,
  by: actorDecoder,
});

/** The decoder of a {@link DomainCommand}'s JSON form, for composing larger decoders. */
export const commandDecoder: Decoder<DomainCommand> = /* @__PURE__ */ taggedUnion("type", {
  SendInvitation: sendInvitation,
  AcceptInvitation: acceptInvitation,
  CancelInvitation: cancelInvitation,
  ExpireInvitation: expireInvitation,
  AcceptAgreement: acceptAgreement,
  RemoveAdminRoles: /* @__PURE__ */ relationshipCommand("RemoveAdminRoles"),
  DeleteRelationship: /* @__PURE__ */ relationshipCommand("DeleteRelationship"),
  EndRelationship: /* @__PURE__ */ relationshipCommand("EndRelationship"),
  CreateGdapRelationship: createGdapRelationship,
  UpdateGdapRelationship: updateGdapRelationship,
  DeleteGdapRelationship: /* @__PURE__ */ gdapCommand("DeleteGdapRelationship"),
  LockGdapForApproval: /* @__PURE__ */ gdapCommand("LockGdapForApproval"),
  ApproveGdapRelationship: /* @__PURE__ */ gdapCommand("ApproveGdapRelationship"),
  TerminateGdapRelationship: /* @__PURE__ */ gdapCommand("TerminateGdapRelationship"),
  RemoveGdapGlobalAdministrator: /* @__PURE__ */ gdapCommand("RemoveGdapGlobalAdministrator"),
  SetGdapAutoExtend: setGdapAutoExtend,
  AdvanceGdapRelationship: advanceGdapRelationship,
  CreateAccessAssignment: createAccessAssignment,
  UpdateAccessAssignment: updateAccessAssignment,
  DeleteAccessAssignment: deleteAccessAssignment,
  RecordGdapRequest: recordGdapRequest,
  RecordGdapOperation: recordGdapOperation,
  RecordAzureSubscription: recordAzureSubscription,
  ProvisionAzureSubscription: provisionAzureSubscription,
  AssignAzureRole: /* @__PURE__ */ azureRoleCommand("AssignAzureRole"),
  RemoveAzureRoleAssignment: /* @__PURE__ */ azureRoleCommand("RemoveAzureRoleAssignment"),
  RegisterAutopilotDevice: registerAutopilotDevice,
  SetMpsaPurchaseSharing: setMpsaPurchaseSharing,
});

/**
 * Parses a command from untrusted input (INVAR-6), such as a queue message, before
 * `decide` runs it.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 *
 * @example
 * ```ts
 * parseCommand(JSON.parse(body)).andThen((command) => decide(command, state));
 * ```
 */
export function parseCommand(input: unknown, options?: ParseOptions): Result<DomainCommand, ParseError> {
  return decode(commandDecoder, input, options);
}

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
export function commandToJson(command: DomainCommand): CommandJson {
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

/** A Standard Schema v1 validator of commands (vendor `partner-relationships`). */
export const commandSchema: StandardSchemaV1<unknown, DomainCommand> = /* @__PURE__ */ toStandardSchema(parseCommand);
