/**
 * Test oracle (issue 15): the hand-written JSON types of commands, events, states and
 * snapshots as they were before the codec derived them from its schemas, copied verbatim
 * (only the names, prefixed `Legacy`, and the imports changed). The type tests
 * (test/codec/legacy-log.test-d.ts) hold the derived types to them. Keep them unchanged.
 */
import type {
  AccessAssignmentChangedEvent,
  AzureRoleCommand,
  AzureSubscriptionChangedEvent,
  GdapChangeRecordedEvent,
  GdapRelationshipChangedEvent,
  GdapRelationshipCommand,
  PartnerType,
  RecordGdapOperationCommand,
  RecordGdapRequestCommand,
} from "partner-relationships";
import type {
  AccessAssignmentJson,
  ActorJson,
  AutopilotDeviceJson,
  AzurePrincipalJson,
  AzureSubscriptionJson,
  CustomerAgreementJson,
  DeviceSourceJson,
  GdapChangeReportJson,
  GdapRelationshipJson,
  InvitationJson,
  MpsaPurchaseSharingJson,
  PendingInvitationJson,
  PolicyJson,
  RelationshipJson,
} from "partner-relationships/codec";

/** What every command has in JSON. */
interface LegacyCommandJsonBase {
  /** ISO 8601. */
  readonly at: string;
}

/** A `SendInvitationCommand` in JSON. */
export interface LegacySendInvitationCommandJson extends LegacyCommandJsonBase {
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

/** An `AcceptInvitationCommand` in JSON. */
export interface LegacyAcceptInvitationCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"AcceptInvitation"`. */
  readonly type: "AcceptInvitation";
  /** The invitation's ID. */
  readonly invitation: string;
  /** The customer admin accepting it. */
  readonly by: ActorJson;
  /** Whether the box "I have read the Microsoft Customer Agreement" is ticked. */
  readonly agreementAcknowledged: boolean;
}

/** A `CancelInvitationCommand` in JSON. */
export interface LegacyCancelInvitationCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"CancelInvitation"`. */
  readonly type: "CancelInvitation";
  /** The invitation's ID. */
  readonly invitation: string;
  /** The customer admin cancelling it. */
  readonly by: ActorJson;
}

/** An `ExpireInvitationCommand` in JSON. */
export interface LegacyExpireInvitationCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"ExpireInvitation"`. */
  readonly type: "ExpireInvitation";
  /** The ID of the invitation that expired. */
  readonly invitation: string;
}

/** An `AcceptAgreementCommand` in JSON. */
export interface LegacyAcceptAgreementCommandJson extends LegacyCommandJsonBase {
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
export interface LegacyRelationshipCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, the step on the customer–partner relationship. */
  readonly type: "RemoveAdminRoles" | "DeleteRelationship" | "EndRelationship";
  /** The customer tenant ID. */
  readonly customer: string;
  /** The partner's ID. */
  readonly partner: string;
  /** Who takes the step. */
  readonly by: ActorJson;
}

/** A `CreateGdapRelationshipCommand` in JSON. */
export interface LegacyCreateGdapRelationshipCommandJson extends LegacyCommandJsonBase {
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

/** An `UpdateGdapRelationshipCommand` in JSON. */
export interface LegacyUpdateGdapRelationshipCommandJson extends LegacyCommandJsonBase {
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

/** A `GdapRelationshipCommand` in JSON. */
export interface LegacyGdapRelationshipCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, the step on the GDAP relationship. */
  readonly type: GdapRelationshipCommand["type"];
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** Who takes the step. */
  readonly by: ActorJson;
}

/** A `SetGdapAutoExtendCommand` in JSON. */
export interface LegacySetGdapAutoExtendCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"SetGdapAutoExtend"`. */
  readonly type: "SetGdapAutoExtend";
  /** The GDAP relationship's ID. */
  readonly relationship: string;
  /** ISO 8601 duration. */
  readonly autoExtendDuration: string;
  /** The partner user changing it. */
  readonly by: ActorJson;
}

/** An `AdvanceGdapRelationshipCommand` in JSON. */
export interface LegacyAdvanceGdapRelationshipCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"AdvanceGdapRelationship"`. */
  readonly type: "AdvanceGdapRelationship";
  /** The ID of the GDAP relationship to bring up to `at`. */
  readonly relationship: string;
}

/** A `CreateAccessAssignmentCommand` in JSON. */
export interface LegacyCreateAccessAssignmentCommandJson extends LegacyCommandJsonBase {
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

/** An `UpdateAccessAssignmentCommand` in JSON. */
export interface LegacyUpdateAccessAssignmentCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"UpdateAccessAssignment"`. */
  readonly type: "UpdateAccessAssignment";
  /** The access assignment's ID. */
  readonly assignment: string;
  /** The new Entra role template IDs. */
  readonly roles: readonly string[];
  /** The partner user changing it. */
  readonly by: ActorJson;
}

/** A `DeleteAccessAssignmentCommand` in JSON. */
export interface LegacyDeleteAccessAssignmentCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"DeleteAccessAssignment"`. */
  readonly type: "DeleteAccessAssignment";
  /** The access assignment's ID. */
  readonly assignment: string;
  /** The partner user deleting it. */
  readonly by: ActorJson;
}

/** A `RecordGdapRequestCommand` in JSON. */
export interface LegacyRecordGdapRequestCommandJson extends LegacyCommandJsonBase {
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

/** A `RecordGdapOperationCommand` in JSON. */
export interface LegacyRecordGdapOperationCommandJson extends LegacyCommandJsonBase {
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

/** A `RecordAzureSubscriptionCommand` in JSON. */
export interface LegacyRecordAzureSubscriptionCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"RecordAzureSubscription"`. */
  readonly type: "RecordAzureSubscription";
  /** The subscription ID. */
  readonly id: string;
  /** The customer tenant ID. */
  readonly customer: string;
}

/** A `ProvisionAzureSubscriptionCommand` in JSON. */
export interface LegacyProvisionAzureSubscriptionCommandJson extends LegacyCommandJsonBase {
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

/** An `AzureRoleCommand` in JSON. */
export interface LegacyAzureRoleCommandJson extends LegacyCommandJsonBase {
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

/** A `RegisterAutopilotDeviceCommand` in JSON. */
export interface LegacyRegisterAutopilotDeviceCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"RegisterAutopilotDevice"`. */
  readonly type: "RegisterAutopilotDevice";
  /** The device ID. */
  readonly id: string;
  /** The customer tenant ID. */
  readonly customer: string;
  /** Who added the device. */
  readonly addedBy: DeviceSourceJson;
}

/** A `SetMpsaPurchaseSharingCommand` in JSON. */
export interface LegacySetMpsaPurchaseSharingCommandJson extends LegacyCommandJsonBase {
  /** Discriminant: the command type, always `"SetMpsaPurchaseSharing"`. */
  readonly type: "SetMpsaPurchaseSharing";
  /** The customer tenant ID. */
  readonly customer: string;
  /** Whether the customer's MPSA partners may see each other's purchases. */
  readonly enabled: boolean;
  /** The customer admin taking the step. */
  readonly by: ActorJson;
}

/** A `DomainCommand` in JSON, discriminated by `type`. */
export type LegacyCommandJson =
  | LegacySendInvitationCommandJson
  | LegacyAcceptInvitationCommandJson
  | LegacyCancelInvitationCommandJson
  | LegacyExpireInvitationCommandJson
  | LegacyAcceptAgreementCommandJson
  | LegacyRelationshipCommandJson
  | LegacyCreateGdapRelationshipCommandJson
  | LegacyUpdateGdapRelationshipCommandJson
  | LegacyGdapRelationshipCommandJson
  | LegacySetGdapAutoExtendCommandJson
  | LegacyAdvanceGdapRelationshipCommandJson
  | LegacyCreateAccessAssignmentCommandJson
  | LegacyUpdateAccessAssignmentCommandJson
  | LegacyDeleteAccessAssignmentCommandJson
  | LegacyRecordGdapRequestCommandJson
  | LegacyRecordGdapOperationCommandJson
  | LegacyRecordAzureSubscriptionCommandJson
  | LegacyProvisionAzureSubscriptionCommandJson
  | LegacyAzureRoleCommandJson
  | LegacyRegisterAutopilotDeviceCommandJson
  | LegacySetMpsaPurchaseSharingCommandJson;

/** An `InvitationSentEvent` in JSON. */
export interface LegacyInvitationSentEventJson {
  /** Discriminant: the event type, always `"InvitationSent"`. */
  readonly type: "InvitationSent";
  /** ISO 8601. */
  readonly at: string;
  /** The invitation as sent, expiry included. */
  readonly invitation: PendingInvitationJson;
}

/** An event that answers an invitation, in JSON. */
export interface LegacyInvitationAnsweredEventJson {
  /** Discriminant: the event type, whether the invitation was accepted or cancelled. */
  readonly type: "InvitationAccepted" | "InvitationCancelled";
  /** ISO 8601. */
  readonly at: string;
  /** The invitation's ID. */
  readonly invitation: string;
  /** The invitation's customer tenant ID. */
  readonly customer: string;
  /** The invitation's partner ID. */
  readonly partner: string;
  /** The user ID of the customer admin who answered it. */
  readonly by: string;
}

/** An `InvitationExpiredEvent` in JSON. */
export interface LegacyInvitationExpiredEventJson {
  /** Discriminant: the event type, always `"InvitationExpired"`. */
  readonly type: "InvitationExpired";
  /** ISO 8601. */
  readonly at: string;
  /** The invitation's ID. */
  readonly invitation: string;
  /** The invitation's customer tenant ID. */
  readonly customer: string;
  /** The invitation's partner ID. */
  readonly partner: string;
}

/** An `AgreementAcceptedEvent` in JSON. */
export interface LegacyAgreementAcceptedEventJson {
  /** Discriminant: the event type, always `"AgreementAccepted"`. */
  readonly type: "AgreementAccepted";
  /** ISO 8601. */
  readonly at: string;
  /** The customer tenant ID. */
  readonly customer: string;
  /** The user ID of the customer admin who accepted it. */
  readonly by: string;
}

/** An event on a relationship, in JSON. */
export interface LegacyRelationshipEventJson {
  /** Discriminant: the event type, what happened to the relationship. */
  readonly type: "AdminRolesRemoved" | "RelationshipDeleted" | "RelationshipEndedByPartner";
  /** ISO 8601. */
  readonly at: string;
  /** The relationship's customer tenant ID. */
  readonly customer: string;
  /** The relationship's partner ID. */
  readonly partner: string;
  /** The user ID of who took the step: the customer admin, or the partner user for `RelationshipEndedByPartner`. */
  readonly by: string;
}

/** A `CoreEvent` in JSON, discriminated by `type`. */
export type LegacyCoreEventJson =
  | LegacyInvitationSentEventJson
  | LegacyInvitationAnsweredEventJson
  | LegacyInvitationExpiredEventJson
  | LegacyAgreementAcceptedEventJson
  | LegacyRelationshipEventJson;

/** A `GdapRelationshipChangedEvent` in JSON. */
export interface LegacyGdapRelationshipChangedEventJson {
  /** Discriminant: the event type, the step the GDAP relationship went through. */
  readonly type: GdapRelationshipChangedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The relationship after the step. */
  readonly relationship: GdapRelationshipJson;
}

/** A `GdapRelationshipDeletedEvent` in JSON. */
export interface LegacyGdapRelationshipDeletedEventJson {
  /** Discriminant: the event type, always `"GdapRelationshipDeleted"`. */
  readonly type: "GdapRelationshipDeleted";
  /** ISO 8601. */
  readonly at: string;
  /** The deleted relationship's ID. */
  readonly relationship: string;
  /** The user ID of the partner user who deleted it. */
  readonly by: string;
}

/** An `AccessAssignmentChangedEvent` in JSON. */
export interface LegacyAccessAssignmentChangedEventJson {
  /** Discriminant: the event type, whether the assignment was created, updated or deleted. */
  readonly type: AccessAssignmentChangedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The assignment after the step. */
  readonly assignment: AccessAssignmentJson;
}

/** A `GdapChangeRecordedEvent` in JSON. */
export interface LegacyGdapChangeRecordedEventJson {
  /** Discriminant: the event type, a request's (GDAP-8) or an operation's (GDAP-9) report. */
  readonly type: GdapChangeRecordedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The report taken in. */
  readonly report: GdapChangeReportJson;
  /** The relationship after the report. */
  readonly relationship: GdapRelationshipJson;
}

/** An `AccessAssignmentOperationRecordedEvent` in JSON. */
export interface LegacyAccessAssignmentOperationRecordedEventJson {
  /** Discriminant: the event type, always `"AccessAssignmentOperationRecorded"`. */
  readonly type: "AccessAssignmentOperationRecorded";
  /** ISO 8601. */
  readonly at: string;
  /** The operation's report (GDAP-9). */
  readonly report: GdapChangeReportJson;
  /** The assignment after the report. */
  readonly assignment: AccessAssignmentJson;
}

/** An `AzureSubscriptionChangedEvent` in JSON. */
export interface LegacyAzureSubscriptionChangedEventJson {
  /** Discriminant: the event type, the step the subscription went through. */
  readonly type: AzureSubscriptionChangedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The subscription after the step. */
  readonly subscription: AzureSubscriptionJson;
}

/** An `AutopilotDeviceRegisteredEvent` in JSON. */
export interface LegacyAutopilotDeviceRegisteredEventJson {
  /** Discriminant: the event type, always `"AutopilotDeviceRegistered"`. */
  readonly type: "AutopilotDeviceRegistered";
  /** ISO 8601. */
  readonly at: string;
  /** The device registered, with who added it. */
  readonly device: AutopilotDeviceJson;
}

/** A `MpsaPurchaseSharingSetEvent` in JSON. */
export interface LegacyMpsaPurchaseSharingSetEventJson {
  /** Discriminant: the event type, always `"MpsaPurchaseSharingSet"`. */
  readonly type: "MpsaPurchaseSharingSet";
  /** ISO 8601. */
  readonly at: string;
  /** The setting after the change. */
  readonly setting: MpsaPurchaseSharingJson;
}

/** A `DomainEvent` in JSON, discriminated by `type`. */
export type LegacyEventJson =
  | LegacyCoreEventJson
  | LegacyGdapRelationshipChangedEventJson
  | LegacyGdapRelationshipDeletedEventJson
  | LegacyAccessAssignmentChangedEventJson
  | LegacyGdapChangeRecordedEventJson
  | LegacyAccessAssignmentOperationRecordedEventJson
  | LegacyAzureSubscriptionChangedEventJson
  | LegacyAutopilotDeviceRegisteredEventJson
  | LegacyMpsaPurchaseSharingSetEventJson;

/** A `DomainState` in JSON: each collection as an array, in the state's order. */
export interface LegacyStateJson {
  /** Every invitation, each ID once. */
  readonly invitations: readonly InvitationJson[];
  /** Every relationship, one per customer–partner pair (REL-1), grouped by customer. */
  readonly relationships: readonly RelationshipJson[];
  /** The customers' Microsoft Customer Agreement states, one per customer; a customer not listed has not accepted. */
  readonly agreements: readonly CustomerAgreementJson[];
  /** Every GDAP relationship, each ID once (a deleted one is gone). */
  readonly gdapRelationships: readonly GdapRelationshipJson[];
  /** Every GDAP access assignment, each ID once. */
  readonly accessAssignments: readonly AccessAssignmentJson[];
  /** Every Azure subscription, each ID once. */
  readonly azureSubscriptions: readonly AzureSubscriptionJson[];
  /** Every Windows Autopilot device, each ID once. */
  readonly autopilotDevices: readonly AutopilotDeviceJson[];
  /** The customers' MPSA purchase-sharing settings, one per customer; a customer not listed has it off. */
  readonly mpsaSharing: readonly MpsaPurchaseSharingJson[];
}

/** A `Snapshot` in JSON. */
export interface LegacySnapshotJson {
  /** The invitations, each ID once. */
  readonly invitations: readonly InvitationJson[];
  /** The customer–partner relationships, at most one active per pair (REL-1). */
  readonly relationships: readonly RelationshipJson[];
  /** The customers' agreement states, at most one per customer. */
  readonly agreements: readonly CustomerAgreementJson[];
  /** The policy in force, if the snapshot records it. */
  readonly policy?: PolicyJson;
}
