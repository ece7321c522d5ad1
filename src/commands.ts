/**
 * Commands: every step as data, for the decider (`decide(command, state)`). Each command
 * names the entity it acts on by ID, the actor and the time; the decider finds the entity
 * in the state and runs the same per-entity function a caller would.
 *
 * Where the names allow, a command is its step's input plus a `type` and the ID of the
 * entity ({@link CommandOf}), so that each field list is written once, on the input;
 * what the decider finds in the state (the entity, the partner's other relationships) is
 * left out of it.
 *
 * @module
 */

import type { AcceptAgreementInput } from "./agreement.js";
import type { RegisterAutopilotDeviceInput } from "./facts/autopilot.js";
import type { AzureRoleStepInput, ProvisionSubscriptionInput, RecordCustomerSubscriptionInput } from "./facts/azure.js";
import type { SetMpsaPurchaseSharingInput } from "./facts/mpsa.js";
import type {
  AccessAssignmentId,
  CreateAccessAssignmentInput,
  DeleteAccessAssignmentInput,
  UpdateAccessAssignmentInput,
} from "./gdap/access-assignment.js";
import type { SetGdapAutoExtendInput } from "./gdap/active-steps.js";
import type { CreateGdapRelationshipInput, UpdateGdapRelationshipInput } from "./gdap/created-steps.js";
import type {
  GdapOperationStatus,
  GdapRequestAction,
  GdapRequestStatus,
  UnknownFutureValue,
} from "./gdap/graph-records.js";
import type { GdapRelationshipId, GdapStepInput } from "./gdap/relationship.js";
import type { AcceptInvitationInput, CancelInvitationInput } from "./invitation.js";
import type { RelationshipStepInput } from "./relationship.js";
import type { Actor } from "./vocabulary/actors.js";
import type { RoleId } from "./vocabulary/directory-roles.js";
import type { CustomerId, InvitationId, PartnerId } from "./vocabulary/ids.js";
import type { PartnerType } from "./vocabulary/partner-types.js";
import type { Instant } from "./vocabulary/time.js";

/** What every command has. */
export interface CommandBase {
  /** The step. */
  readonly type: string;
  /** When. */
  readonly at: Instant;
}

/**
 * A command made of a step's input: a `type` and the input's fields, flattened into one
 * object type, so that a command's fields are written once, on the input.
 *
 * @example
 * ```ts
 * type CancelInvitationCommand = CommandOf<"CancelInvitation", { readonly invitation: InvitationId } & CancelInvitationInput>;
 * ```
 */
export type CommandOf<Type extends string, Input> = Flat<
  {
    /** The step. */
    readonly type: Type;
  } & Input
>;

/** An intersection flattened into one object type, modifiers kept. */
type Flat<T> = { [K in keyof T]: T[K] };

/** The invitation a command acts on. */
export interface OnInvitation {
  /** The invitation. */
  readonly invitation: InvitationId;
}

/** The GDAP relationship a command acts on. */
export interface OnGdapRelationship {
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
}

/** The access assignment a command acts on. */
export interface OnAccessAssignment {
  /** The assignment. */
  readonly assignment: AccessAssignmentId;
}

/** Send an invitation ({@link sendInvitation}). */
export interface SendInvitationCommand extends CommandBase {
  readonly type: "SendInvitation";
  /** The new invitation's ID. */
  readonly id: InvitationId;
  /** The customer to invite. */
  readonly customer: CustomerId;
  /** The inviting partner. */
  readonly partner: PartnerId;
  /** The partner type. */
  readonly partnerType: PartnerType;
  /** For the "Partner" type: the Entra roles requested. */
  readonly roles?: readonly RoleId[] | undefined;
  /** The partner user sending it. */
  readonly by: Actor;
}

/** Accept an invitation ({@link acceptInvitation}); the relationship and the agreement come from the state. */
export type AcceptInvitationCommand = CommandOf<
  "AcceptInvitation",
  OnInvitation & Omit<AcceptInvitationInput, "relationship" | "agreement">
>;
/** Cancel an invitation ({@link cancelInvitation}). */
export type CancelInvitationCommand = CommandOf<"CancelInvitation", OnInvitation & CancelInvitationInput>;
/** Record an invitation's expiry ({@link expireInvitation}). */
export interface ExpireInvitationCommand extends CommandBase {
  readonly type: "ExpireInvitation";
  /** The invitation. */
  readonly invitation: InvitationId;
}

/** Accept the Microsoft Customer Agreement on its own ({@link acceptAgreement}). */
export type AcceptAgreementCommand = CommandOf<
  "AcceptAgreement",
  {
    /** The customer. */
    readonly customer: CustomerId;
  } & AcceptAgreementInput
>;
/** A step on the relationship of a customer–partner pair. */
export interface RelationshipCommandBase extends CommandBase, RelationshipStepInput {
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
}
/** Remove the partner's admin roles ({@link removeAdminRoles}). */
export interface RemoveAdminRolesCommand extends RelationshipCommandBase {
  readonly type: "RemoveAdminRoles";
}

/** The customer deletes the relationship ({@link deleteRelationship}). */
export interface DeleteRelationshipCommand extends RelationshipCommandBase {
  readonly type: "DeleteRelationship";
}

/** The partner ends the relationship ({@link endRelationship}). */
export interface EndRelationshipCommand extends RelationshipCommandBase {
  readonly type: "EndRelationship";
}

/** Every command of the core lifecycle. */
export type CoreCommand =
  | SendInvitationCommand
  | AcceptInvitationCommand
  | CancelInvitationCommand
  | ExpireInvitationCommand
  | AcceptAgreementCommand
  | RemoveAdminRolesCommand
  | DeleteRelationshipCommand
  | EndRelationshipCommand;

/** Create a GDAP relationship request ({@link createGdapRelationship}); the partner's others come from the state. */
export type CreateGdapRelationshipCommand = CommandOf<
  "CreateGdapRelationship",
  Omit<CreateGdapRelationshipInput, "existing">
>;
/** Change a `created` GDAP relationship ({@link updateGdapRelationship}); the partner's others come from the state. */
export type UpdateGdapRelationshipCommand = CommandOf<
  "UpdateGdapRelationship",
  OnGdapRelationship & Omit<UpdateGdapRelationshipInput, "existing">
>;
/** A step on a GDAP relationship that needs only who and when. */
export type GdapRelationshipCommand = CommandOf<
  | "DeleteGdapRelationship"
  | "LockGdapForApproval"
  | "ApproveGdapRelationship"
  | "TerminateGdapRelationship"
  | "RemoveGdapGlobalAdministrator",
  OnGdapRelationship & GdapStepInput
>;
/** Change an active GDAP relationship's auto-extension ({@link setGdapAutoExtend}). */
export type SetGdapAutoExtendCommand = CommandOf<"SetGdapAutoExtend", OnGdapRelationship & SetGdapAutoExtendInput>;
/** Let time pass for a GDAP relationship: extensions and expiry up to `at` ({@link advanceGdapRelationship}). */
export interface AdvanceGdapRelationshipCommand extends CommandBase {
  readonly type: "AdvanceGdapRelationship";
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
}

/** Give a partner group some of an active relationship's roles ({@link createAccessAssignment}); its others come from the state. */
export type CreateAccessAssignmentCommand = CommandOf<
  "CreateAccessAssignment",
  OnGdapRelationship & Omit<CreateAccessAssignmentInput, "existing">
>;
/** Change an assignment's roles ({@link updateAccessAssignment}). */
export type UpdateAccessAssignmentCommand = CommandOf<
  "UpdateAccessAssignment",
  OnAccessAssignment & UpdateAccessAssignmentInput
>;
/** Delete an assignment ({@link deleteAccessAssignment}). */
export type DeleteAccessAssignmentCommand = CommandOf<
  "DeleteAccessAssignment",
  OnAccessAssignment & DeleteAccessAssignmentInput
>;
/**
 * Record a report of a GDAP request's status (GDAP-8; {@link recordGdapChange}): held as
 * pending until it succeeded, in force once it did, dropped if it failed.
 */
export interface RecordGdapRequestCommand extends CommandBase {
  readonly type: "RecordGdapRequest";
  /** The relationship the request acts on. */
  readonly relationship: GdapRelationshipId;
  /** The request's ID. */
  readonly request: string;
  /** The request's action. */
  readonly action: GdapRequestAction;
  /** Its status as Graph reports it. */
  readonly status: GdapRequestStatus;
  /** Who made the request: needed on the first report of a request not pending yet. */
  readonly by?: Actor | undefined;
}

/**
 * Record a report of a GDAP long-running operation's status (GDAP-9;
 * {@link recordGdapChange}, {@link recordAccessAssignmentChange}): removing Global
 * Administrator from a relationship, or updating an access assignment's roles.
 */
export interface RecordGdapOperationCommand extends CommandBase {
  readonly type: "RecordGdapOperation";
  /** The relationship the operation belongs to. */
  readonly relationship: GdapRelationshipId;
  /** The operation's ID. */
  readonly operation: string;
  /** The change it carries; `unknownFutureValue` decides nothing. */
  readonly action: "removeGlobalAdministrator" | "updateAccessAssignment" | UnknownFutureValue;
  /** Its status as Graph reports it. */
  readonly status: GdapOperationStatus;
  /** For an assignment's update: the assignment. */
  readonly assignment?: AccessAssignmentId | undefined;
  /** For an assignment's update: the roles it will hold. */
  readonly roles?: readonly RoleId[] | undefined;
  /** Who started the operation: needed on the first report of an operation not pending yet. */
  readonly by?: Actor | undefined;
}

/** Every GDAP command. */
export type GdapCommand =
  | CreateGdapRelationshipCommand
  | UpdateGdapRelationshipCommand
  | GdapRelationshipCommand
  | SetGdapAutoExtendCommand
  | AdvanceGdapRelationshipCommand
  | CreateAccessAssignmentCommand
  | UpdateAccessAssignmentCommand
  | DeleteAccessAssignmentCommand
  | RecordGdapRequestCommand
  | RecordGdapOperationCommand;

/** Record a customer's own Azure subscription: no partner holds a role on it (AZ-1; {@link recordCustomerSubscription}). */
export type RecordAzureSubscriptionCommand = CommandOf<"RecordAzureSubscription", RecordCustomerSubscriptionInput>;
/** A partner provisions an Azure subscription for its customer ({@link provisionSubscription}, AZ-2); the relationship and the agreement come from the state. */
export type ProvisionAzureSubscriptionCommand = CommandOf<
  "ProvisionAzureSubscription",
  {
    /** The customer. */
    readonly customer: CustomerId;
    /** The partner. */
    readonly partner: PartnerId;
  } & Omit<ProvisionSubscriptionInput, "relationship" | "agreement">
>;
/** The customer assigns or removes an Azure role ({@link assignAzureRole}, {@link removeAzureRoleAssignment}, AZ-3). */
export type AzureRoleCommand = CommandOf<
  "AssignAzureRole" | "RemoveAzureRoleAssignment",
  {
    /** The subscription. */
    readonly subscription: string;
  } & AzureRoleStepInput
>;
/** Record a device registered in Windows Autopilot, with who added it (AP-2, AP-4; {@link registerAutopilotDevice}); the relationships come from the state. */
export type RegisterAutopilotDeviceCommand = CommandOf<
  "RegisterAutopilotDevice",
  Omit<RegisterAutopilotDeviceInput, "relationships">
>;
/** The customer lets its MPSA partners see each other's purchases, or not ({@link setMpsaPurchaseSharing}). */
export type SetMpsaPurchaseSharingCommand = CommandOf<
  "SetMpsaPurchaseSharing",
  {
    /** The customer. */
    readonly customer: CustomerId;
  } & SetMpsaPurchaseSharingInput
>;
/** Every command about Azure, Autopilot and MPSA facts. */
export type FactCommand =
  | RecordAzureSubscriptionCommand
  | ProvisionAzureSubscriptionCommand
  | AzureRoleCommand
  | RegisterAutopilotDeviceCommand
  | SetMpsaPurchaseSharingCommand;

/** Every command the decider takes. */
export type DomainCommand = CoreCommand | GdapCommand | FactCommand;

/** The `type` of every {@link DomainCommand}. */
export type DomainCommandType = DomainCommand["type"];
