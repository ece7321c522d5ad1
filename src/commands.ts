/**
 * Commands: every step as data, for the decider (`decide(command, state)`). Each command
 * names the entity it acts on by ID, the actor and the time; the decider finds the entity
 * in the state and runs the same per-entity function a caller would.
 *
 * @module
 */
import type { DeviceSource } from "./access/autopilot.js";
import type { AzurePrincipal, AzureRole } from "./access/azure.js";
import type { AccessAssignmentId, SecurityGroupId } from "./gdap/access-assignment.js";
import type { DurationInput } from "./gdap/duration.js";
import type {
  GdapOperationStatus,
  GdapRequestAction,
  GdapRequestStatus,
  UnknownFutureValue,
} from "./gdap/graph-records.js";
import type { GdapRelationshipId } from "./gdap/relationship.js";
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

/** Accept an invitation ({@link acceptInvitation}). */
export interface AcceptInvitationCommand extends CommandBase {
  readonly type: "AcceptInvitation";
  /** The invitation. */
  readonly invitation: InvitationId;
  /** The customer admin. */
  readonly by: Actor;
  /** Whether the agreement box is ticked. */
  readonly agreementAcknowledged: boolean;
}

/** Cancel an invitation ({@link cancelInvitation}). */
export interface CancelInvitationCommand extends CommandBase {
  readonly type: "CancelInvitation";
  /** The invitation. */
  readonly invitation: InvitationId;
  /** The customer admin. */
  readonly by: Actor;
}

/** Record an invitation's expiry ({@link expireInvitation}). */
export interface ExpireInvitationCommand extends CommandBase {
  readonly type: "ExpireInvitation";
  /** The invitation. */
  readonly invitation: InvitationId;
}

/** Accept the Microsoft Customer Agreement on its own ({@link acceptAgreement}). */
export interface AcceptAgreementCommand extends CommandBase {
  readonly type: "AcceptAgreement";
  /** The customer. */
  readonly customer: CustomerId;
  /** The customer admin. */
  readonly by: Actor;
  /** Whether the agreement box is ticked. */
  readonly acknowledged: boolean;
}

/** A step on the relationship of a customer–partner pair. */
export interface RelationshipCommandBase extends CommandBase {
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** Who takes the step. */
  readonly by: Actor;
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
export interface CreateGdapRelationshipCommand extends CommandBase {
  readonly type: "CreateGdapRelationship";
  /** The new relationship's ID. */
  readonly id: GdapRelationshipId;
  /** The partner. */
  readonly partner: PartnerId;
  /** The customer it is for; omitted for an open relationship (GDAP-4). */
  readonly customer?: CustomerId | undefined;
  /** Its display name (GDAP-3). */
  readonly displayName: string;
  /** The roles it requests. */
  readonly roles: readonly RoleId[];
  /** Its duration (GDAP-2). */
  readonly duration: DurationInput;
  /** Its auto-extend duration (GDAP-2). */
  readonly autoExtendDuration?: DurationInput | undefined;
  /** The partner user. */
  readonly by: Actor;
}

/** Change a `created` GDAP relationship ({@link updateGdapRelationship}). */
export interface UpdateGdapRelationshipCommand extends CommandBase {
  readonly type: "UpdateGdapRelationship";
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
  /** New display name. */
  readonly displayName?: string | undefined;
  /** New roles. */
  readonly roles?: readonly RoleId[] | undefined;
  /** New duration. */
  readonly duration?: DurationInput | undefined;
  /** New auto-extend duration. */
  readonly autoExtendDuration?: DurationInput | undefined;
  /** The partner user. */
  readonly by: Actor;
}

/** A step on a GDAP relationship that needs only who and when. */
export interface GdapRelationshipCommand extends CommandBase {
  readonly type:
    | "DeleteGdapRelationship"
    | "LockGdapForApproval"
    | "ApproveGdapRelationship"
    | "TerminateGdapRelationship"
    | "RemoveGdapGlobalAdministrator";
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
  /** Who takes the step. */
  readonly by: Actor;
}

/** Change an active GDAP relationship's auto-extension ({@link setGdapAutoExtend}). */
export interface SetGdapAutoExtendCommand extends CommandBase {
  readonly type: "SetGdapAutoExtend";
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
  /** `PT0S` or `P180D`. */
  readonly autoExtendDuration: DurationInput;
  /** The partner user. */
  readonly by: Actor;
}

/** Let time pass for a GDAP relationship: extensions and expiry up to `at` ({@link advanceGdapRelationship}). */
export interface AdvanceGdapRelationshipCommand extends CommandBase {
  readonly type: "AdvanceGdapRelationship";
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
}

/** Give a partner group some of an active relationship's roles ({@link createAccessAssignment}). */
export interface CreateAccessAssignmentCommand extends CommandBase {
  readonly type: "CreateAccessAssignment";
  /** The new assignment's ID. */
  readonly id: AccessAssignmentId;
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
  /** The partner security group. */
  readonly group: SecurityGroupId;
  /** The roles. */
  readonly roles: readonly RoleId[];
  /** The partner user. */
  readonly by: Actor;
}

/** Change an assignment's roles ({@link updateAccessAssignment}). */
export interface UpdateAccessAssignmentCommand extends CommandBase {
  readonly type: "UpdateAccessAssignment";
  /** The assignment. */
  readonly assignment: AccessAssignmentId;
  /** The new roles. */
  readonly roles: readonly RoleId[];
  /** The partner user. */
  readonly by: Actor;
}

/** Delete an assignment ({@link deleteAccessAssignment}). */
export interface DeleteAccessAssignmentCommand extends CommandBase {
  readonly type: "DeleteAccessAssignment";
  /** The assignment. */
  readonly assignment: AccessAssignmentId;
  /** The partner user. */
  readonly by: Actor;
}

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

/** Record a customer's own Azure subscription: no partner holds a role on it (AZ-1). */
export interface RecordAzureSubscriptionCommand extends CommandBase {
  readonly type: "RecordAzureSubscription";
  /** The subscription ID. */
  readonly id: string;
  /** The customer. */
  readonly customer: CustomerId;
}

/** A partner provisions an Azure subscription for its customer ({@link provisionSubscription}, AZ-2). */
export interface ProvisionAzureSubscriptionCommand extends CommandBase {
  readonly type: "ProvisionAzureSubscription";
  /** The new subscription's ID. */
  readonly id: string;
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** The partner user. */
  readonly by: Actor;
}

/** The customer assigns or removes an Azure role ({@link assignAzureRole}, {@link removeAzureRoleAssignment}, AZ-3). */
export interface AzureRoleCommand extends CommandBase {
  readonly type: "AssignAzureRole" | "RemoveAzureRoleAssignment";
  /** The subscription. */
  readonly subscription: string;
  /** Who holds the role. */
  readonly principal: AzurePrincipal;
  /** The role. */
  readonly role: AzureRole;
  /** The customer admin. */
  readonly by: Actor;
}

/** Record a device registered in Windows Autopilot, with who added it (AP-2, AP-4). */
export interface RegisterAutopilotDeviceCommand extends CommandBase {
  readonly type: "RegisterAutopilotDevice";
  /** The device ID. */
  readonly id: string;
  /** The customer. */
  readonly customer: CustomerId;
  /** Who added it. */
  readonly addedBy: DeviceSource;
}

/** The customer lets its MPSA partners see each other's purchases, or not ({@link setMpsaPurchaseSharing}). */
export interface SetMpsaPurchaseSharingCommand extends CommandBase {
  readonly type: "SetMpsaPurchaseSharing";
  /** The customer. */
  readonly customer: CustomerId;
  /** On or off. */
  readonly enabled: boolean;
  /** The customer admin. */
  readonly by: Actor;
}

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
