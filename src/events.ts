/**
 * Events: every successful step, in the past tense, as a readonly plain object
 * discriminated by `type`, carrying all that replay needs (INVAR-5). Events are what an
 * audit log or an event store keeps; `evolve` folds them into the state.
 *
 * @module
 */
import type { AutopilotDevice } from "./facts/autopilot.js";
import type { AzureSubscription } from "./facts/azure.js";
import type { MpsaPurchaseSharing } from "./facts/mpsa.js";
import type { AccessAssignment } from "./gdap/access-assignment.js";
import type { GdapChangeReport } from "./gdap/pending.js";
import type { GdapRelationship, GdapRelationshipId } from "./gdap/relationship.js";
import type { PendingInvitation } from "./invitation.js";
import type { CustomerId, InvitationId, PartnerId, UserId } from "./vocabulary/ids.js";
import type { Instant } from "./vocabulary/time.js";

/** What every event has. */
export interface EventBase {
  /** What happened. */
  readonly type: string;
  /** When it happened. */
  readonly at: Instant;
}

/** A partner sent an invitation (INV-1). Carries the whole pending invitation, expiry included. */
export interface InvitationSentEvent extends EventBase {
  readonly type: "InvitationSent";
  /** The invitation as sent. */
  readonly invitation: PendingInvitation;
}

/** What identifies an invitation in the events that answer it. */
export interface InvitationRef {
  /** The invitation. */
  readonly invitation: InvitationId;
  /** Its customer. */
  readonly customer: CustomerId;
  /** Its partner. */
  readonly partner: PartnerId;
}

/** The customer accepted an invitation with the agreement (INV-2). */
export interface InvitationAcceptedEvent extends EventBase, InvitationRef {
  readonly type: "InvitationAccepted";
  /** The customer admin who accepted it. */
  readonly by: UserId;
}

/** The customer cancelled an invitation (INV-3). */
export interface InvitationCancelledEvent extends EventBase, InvitationRef {
  readonly type: "InvitationCancelled";
  /** The customer admin who cancelled it. */
  readonly by: UserId;
}

/** An unanswered invitation expired (INV-4). */
export interface InvitationExpiredEvent extends EventBase, InvitationRef {
  readonly type: "InvitationExpired";
}

/** The customer accepted the Microsoft Customer Agreement on its own (MCA-2). */
export interface AgreementAcceptedEvent extends EventBase {
  readonly type: "AgreementAccepted";
  /** The customer. */
  readonly customer: CustomerId;
  /** The customer admin who accepted it. */
  readonly by: UserId;
}

/** What identifies a relationship: its customer–partner pair (REL-1). */
export interface RelationshipRef {
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
}

/** The customer removed the partner's admin roles (DAP-2). */
export interface AdminRolesRemovedEvent extends EventBase, RelationshipRef {
  readonly type: "AdminRolesRemoved";
  /** The customer admin. */
  readonly by: UserId;
}

/** The customer deleted the relationship (TYPE-2). */
export interface RelationshipDeletedEvent extends EventBase, RelationshipRef {
  readonly type: "RelationshipDeleted";
  /** The customer admin. */
  readonly by: UserId;
}

/** The partner ended the relationship (REL-3). */
export interface RelationshipEndedByPartnerEvent extends EventBase, RelationshipRef {
  readonly type: "RelationshipEndedByPartner";
  /** The partner user. */
  readonly by: UserId;
}

/** Every event of the core lifecycle. */
export type CoreEvent =
  | InvitationSentEvent
  | InvitationAcceptedEvent
  | InvitationCancelledEvent
  | InvitationExpiredEvent
  | AgreementAcceptedEvent
  | AdminRolesRemovedEvent
  | RelationshipDeletedEvent
  | RelationshipEndedByPartnerEvent;

/**
 * A GDAP relationship changed (GDAP-1…GDAP-5). GDAP events carry the relationship as the
 * step left it, as Microsoft Graph reports a `delegatedAdminRelationship` after a
 * change, so replay sets it as it is.
 */
export interface GdapRelationshipChangedEvent extends EventBase {
  readonly type:
    | "GdapRelationshipCreated"
    | "GdapRelationshipUpdated"
    | "GdapRelationshipLockedForApproval"
    | "GdapRelationshipApproved"
    | "GdapRelationshipTerminated"
    | "GdapGlobalAdministratorRemoved"
    | "GdapAutoExtendSet"
    | "GdapRelationshipAdvanced";
  /** The relationship after the step. */
  readonly relationship: GdapRelationship;
}

/** The partner deleted a `created` GDAP relationship (GDAP-1): it is gone. */
export interface GdapRelationshipDeletedEvent extends EventBase {
  readonly type: "GdapRelationshipDeleted";
  /** The relationship deleted. */
  readonly relationship: GdapRelationshipId;
  /** The partner user who deleted it. */
  readonly by: UserId;
}

/** An access assignment changed (GDAP-6); it carries the assignment as the step left it. */
export interface AccessAssignmentChangedEvent extends EventBase {
  readonly type: "AccessAssignmentCreated" | "AccessAssignmentUpdated" | "AccessAssignmentDeleted";
  /** The assignment after the step. */
  readonly assignment: AccessAssignment;
}

/**
 * A report of a GDAP request (GDAP-8) or of an operation on a relationship (GDAP-9) was
 * taken in: the change is held as pending, in force, or dropped. It carries the report
 * and the relationship as the report left it.
 */
export interface GdapChangeRecordedEvent extends EventBase {
  readonly type: "GdapRequestRecorded" | "GdapOperationRecorded";
  /** The request's or operation's report. */
  readonly report: GdapChangeReport;
  /** The relationship after the report. */
  readonly relationship: GdapRelationship;
}

/**
 * A report of an operation updating an access assignment (GDAP-9) was taken in; it
 * carries the report and the assignment as the report left it.
 */
export interface AccessAssignmentOperationRecordedEvent extends EventBase {
  readonly type: "AccessAssignmentOperationRecorded";
  /** The operation's report. */
  readonly report: GdapChangeReport;
  /** The assignment after the report. */
  readonly assignment: AccessAssignment;
}

/** Every GDAP event. */
export type GdapEvent =
  | GdapRelationshipChangedEvent
  | GdapRelationshipDeletedEvent
  | AccessAssignmentChangedEvent
  | GdapChangeRecordedEvent
  | AccessAssignmentOperationRecordedEvent;

/** An Azure subscription changed (AZ-1…AZ-3); it carries the subscription as the step left it. */
export interface AzureSubscriptionChangedEvent extends EventBase {
  readonly type:
    | "AzureSubscriptionRecorded"
    | "AzureSubscriptionProvisioned"
    | "AzureRoleAssigned"
    | "AzureRoleAssignmentRemoved";
  /** The subscription after the step. */
  readonly subscription: AzureSubscription;
}

/** A device was registered in Windows Autopilot for a customer (AP-2, AP-4). */
export interface AutopilotDeviceRegisteredEvent extends EventBase {
  readonly type: "AutopilotDeviceRegistered";
  /** The device, with who added it. */
  readonly device: AutopilotDevice;
}

/** The customer changed whether its MPSA partners see each other's purchases (MPSA-1). */
export interface MpsaPurchaseSharingSetEvent extends EventBase {
  readonly type: "MpsaPurchaseSharingSet";
  /** The setting after the change. */
  readonly setting: MpsaPurchaseSharing;
}

/** Every event about Azure, Autopilot and MPSA facts. */
export type FactEvent = AzureSubscriptionChangedEvent | AutopilotDeviceRegisteredEvent | MpsaPurchaseSharingSetEvent;

/** Every event the library produces. */
export type DomainEvent = CoreEvent | GdapEvent | FactEvent;

/** The `type` of every {@link DomainEvent}. */
export type DomainEventType = DomainEvent["type"];
