/**
 * Commands: every step as data, for the decider (`decide(command, state)`). Each command
 * names the entity it acts on by ID, the actor and the time; the decider finds the entity
 * in the state and runs the same per-entity function a caller would.
 *
 * @module
 */
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

/** Every command the decider takes. */
export type DomainCommand = CoreCommand;

/** The `type` of every {@link DomainCommand}. */
export type DomainCommandType = DomainCommand["type"];
