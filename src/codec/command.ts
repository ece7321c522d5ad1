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
import type { DomainCommand } from "../commands.js";
import { type DurationInput, formatDuration } from "../gdap/duration.js";
import { MAX_ROLES } from "../vocabulary/directory-roles.js";
import { actorDecoder } from "./actor.js";
import { durationTextDecoder } from "./duration.js";
import { azurePrincipalDecoder, azureRoleDecoder, deviceSourceDecoder } from "./facts.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  operationActionDecoder,
  operationStatusDecoder,
  requestActionDecoder,
  requestStatusDecoder,
} from "./pending.js";
import {
  array,
  boolean,
  type JsonOf,
  leaf,
  optional,
  parserOf,
  type Schema,
  standardSchemaOf,
  string,
  taggedUnion,
} from "./schema.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { identifier, instant, partnerType, roleId } from "./vocabulary.js";

// The leaves several commands share.
const by = actorDecoder;
const roles = /* @__PURE__ */ array(roleId, { maxLength: MAX_ROLES });
/** A duration as a command gives it: ISO 8601 text kept as given, a typed `IsoDuration` written as its text. */
const duration: Schema<DurationInput, string> = /* @__PURE__ */ leaf<DurationInput, string>(
  durationTextDecoder,
  (value) => (typeof value === "string" ? value : formatDuration(value)),
);

// The fields shared by the commands of one kind of step.
const relationshipStep = { at: instant, customer: identifier, partner: identifier, by } as const;
const gdapStep = { at: instant, relationship: identifier, by } as const;
const azureRoleStep = {
  at: instant,
  subscription: identifier,
  principal: azurePrincipalDecoder,
  role: azureRoleDecoder,
  by,
} as const;

/**
 * The schema of every {@link DomainCommand}: one variant per command type (the compiler
 * refuses a missing type or field), each written as `type`, `at`, then its fields in this
 * order, optional fields only when present.
 */
export const commandDecoder = /* @__PURE__ */ taggedUnion<DomainCommand>()("type", {
  SendInvitation: {
    at: instant,
    id: identifier,
    customer: identifier,
    partner: identifier,
    partnerType,
    roles: /* @__PURE__ */ optional(roles),
    by,
  },
  AcceptInvitation: { at: instant, invitation: identifier, by, agreementAcknowledged: boolean },
  CancelInvitation: { at: instant, invitation: identifier, by },
  ExpireInvitation: { at: instant, invitation: identifier },
  AcceptAgreement: { at: instant, customer: identifier, by, acknowledged: boolean },
  RemoveAdminRoles: relationshipStep,
  DeleteRelationship: relationshipStep,
  EndRelationship: relationshipStep,
  CreateGdapRelationship: {
    at: instant,
    id: identifier,
    partner: identifier,
    customer: /* @__PURE__ */ optional(identifier),
    displayName: /* @__PURE__ */ string(),
    roles,
    duration,
    autoExtendDuration: /* @__PURE__ */ optional(duration),
    by,
  },
  UpdateGdapRelationship: {
    at: instant,
    relationship: identifier,
    displayName: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
    roles: /* @__PURE__ */ optional(roles),
    duration: /* @__PURE__ */ optional(duration),
    autoExtendDuration: /* @__PURE__ */ optional(duration),
    by,
  },
  DeleteGdapRelationship: gdapStep,
  LockGdapForApproval: gdapStep,
  ApproveGdapRelationship: gdapStep,
  TerminateGdapRelationship: gdapStep,
  RemoveGdapGlobalAdministrator: gdapStep,
  SetGdapAutoExtend: { at: instant, relationship: identifier, autoExtendDuration: duration, by },
  AdvanceGdapRelationship: { at: instant, relationship: identifier },
  CreateAccessAssignment: { at: instant, id: identifier, relationship: identifier, group: identifier, roles, by },
  UpdateAccessAssignment: { at: instant, assignment: identifier, roles, by },
  DeleteAccessAssignment: { at: instant, assignment: identifier, by },
  RecordGdapRequest: {
    at: instant,
    relationship: identifier,
    request: identifier,
    action: requestActionDecoder,
    status: requestStatusDecoder,
    by: /* @__PURE__ */ optional(by),
  },
  RecordGdapOperation: {
    at: instant,
    relationship: identifier,
    operation: identifier,
    action: operationActionDecoder,
    status: operationStatusDecoder,
    assignment: /* @__PURE__ */ optional(identifier),
    roles: /* @__PURE__ */ optional(roles),
    by: /* @__PURE__ */ optional(by),
  },
  RecordAzureSubscription: { at: instant, id: identifier, customer: identifier },
  ProvisionAzureSubscription: { at: instant, id: identifier, customer: identifier, partner: identifier, by },
  AssignAzureRole: azureRoleStep,
  RemoveAzureRoleAssignment: azureRoleStep,
  RegisterAutopilotDevice: {
    at: instant,
    id: identifier,
    customer: identifier,
    addedBy: deviceSourceDecoder,
  },
  SetMpsaPurchaseSharing: { at: instant, customer: identifier, enabled: boolean, by },
});

/** A {@link DomainCommand} in JSON, discriminated by `type`. */
export type CommandJson = JsonOf<typeof commandDecoder>;

/** The JSON form of the commands of the given types. */
type JsonOfType<T extends DomainCommand["type"]> = Extract<CommandJson, { readonly type: T }>;

/** A `SendInvitationCommand` in JSON. */
export type SendInvitationCommandJson = JsonOfType<"SendInvitation">;
/** An `AcceptInvitationCommand` in JSON. */
export type AcceptInvitationCommandJson = JsonOfType<"AcceptInvitation">;
/** A `CancelInvitationCommand` in JSON. */
export type CancelInvitationCommandJson = JsonOfType<"CancelInvitation">;
/** An `ExpireInvitationCommand` in JSON. */
export type ExpireInvitationCommandJson = JsonOfType<"ExpireInvitation">;
/** An `AcceptAgreementCommand` in JSON. */
export type AcceptAgreementCommandJson = JsonOfType<"AcceptAgreement">;
/** A command on a customer–partner relationship in JSON. */
export type RelationshipCommandJson = JsonOfType<"RemoveAdminRoles" | "DeleteRelationship" | "EndRelationship">;
/** A `CreateGdapRelationshipCommand` in JSON. */
export type CreateGdapRelationshipCommandJson = JsonOfType<"CreateGdapRelationship">;
/** An `UpdateGdapRelationshipCommand` in JSON. */
export type UpdateGdapRelationshipCommandJson = JsonOfType<"UpdateGdapRelationship">;
/** A `GdapRelationshipCommand` (a step that needs only who and when) in JSON. */
export type GdapRelationshipCommandJson = JsonOfType<
  | "DeleteGdapRelationship"
  | "LockGdapForApproval"
  | "ApproveGdapRelationship"
  | "TerminateGdapRelationship"
  | "RemoveGdapGlobalAdministrator"
>;
/** A `SetGdapAutoExtendCommand` in JSON. */
export type SetGdapAutoExtendCommandJson = JsonOfType<"SetGdapAutoExtend">;
/** An `AdvanceGdapRelationshipCommand` in JSON. */
export type AdvanceGdapRelationshipCommandJson = JsonOfType<"AdvanceGdapRelationship">;
/** A `CreateAccessAssignmentCommand` in JSON. */
export type CreateAccessAssignmentCommandJson = JsonOfType<"CreateAccessAssignment">;
/** An `UpdateAccessAssignmentCommand` in JSON. */
export type UpdateAccessAssignmentCommandJson = JsonOfType<"UpdateAccessAssignment">;
/** A `DeleteAccessAssignmentCommand` in JSON. */
export type DeleteAccessAssignmentCommandJson = JsonOfType<"DeleteAccessAssignment">;
/** A `RecordGdapRequestCommand` (a GDAP request's report, GDAP-8) in JSON. */
export type RecordGdapRequestCommandJson = JsonOfType<"RecordGdapRequest">;
/** A `RecordGdapOperationCommand` (a GDAP operation's report, GDAP-9) in JSON. */
export type RecordGdapOperationCommandJson = JsonOfType<"RecordGdapOperation">;
/** A `RecordAzureSubscriptionCommand` in JSON. */
export type RecordAzureSubscriptionCommandJson = JsonOfType<"RecordAzureSubscription">;
/** A `ProvisionAzureSubscriptionCommand` in JSON. */
export type ProvisionAzureSubscriptionCommandJson = JsonOfType<"ProvisionAzureSubscription">;
/** An `AzureRoleCommand` (assign or remove an Azure role) in JSON. */
export type AzureRoleCommandJson = JsonOfType<"AssignAzureRole" | "RemoveAzureRoleAssignment">;
/** A `RegisterAutopilotDeviceCommand` in JSON. */
export type RegisterAutopilotDeviceCommandJson = JsonOfType<"RegisterAutopilotDevice">;
/** A `SetMpsaPurchaseSharingCommand` in JSON. */
export type SetMpsaPurchaseSharingCommandJson = JsonOfType<"SetMpsaPurchaseSharing">;

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
export const parseCommand: (input: unknown, options?: ParseOptions) => Result<DomainCommand, ParseError> =
  /* @__PURE__ */ parserOf(commandDecoder);

/**
 * Writes a command in its JSON form: actors in theirs, durations as ISO 8601 text,
 * optional fields only when present.
 *
 * @param command - the command
 */
export const commandToJson: (command: DomainCommand) => CommandJson = commandDecoder.encode;

/** A Standard Schema v1 validator of commands (vendor `partner-relationships`). */
export const commandSchema: StandardSchemaV1<unknown, DomainCommand> = /* @__PURE__ */ standardSchemaOf(commandDecoder);
