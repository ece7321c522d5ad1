/**
 * partner-relationships/codec: the safe door between untrusted JSON (stored histories,
 * database rows, Microsoft Graph responses) and the domain values. Parsers return
 * `Result`s with the path of every fault and never throw (INVAR-6); writers give plain
 * JSON with ISO 8601 instants, and writing then parsing gives back the same value
 * (INVAR-5); every parser is also a Standard Schema v1 validator. Covers every value,
 * event, command and the decider's state, in versioned documents, and reads Microsoft
 * Graph's GDAP payloads (`delegatedAdminRelationship`, `delegatedAdminAccessAssignment`,
 * `delegatedAdminRelationshipRequest`, `delegatedAdminRelationshipOperation`,
 * `delegatedAdminCustomer`), list pages item by item.
 *
 * A subpath of its own, so that code that only runs the rules does not bundle it.
 * Hand-written named exports; the decoding toolkit stays internal.
 *
 * @example
 * ```ts
 * import { parseEvent, eventToJson } from "partner-relationships/codec";
 * ```
 *
 * @packageDocumentation
 * @module partner-relationships/codec
 */
export {
  type AccessAssignmentFieldsJson,
  type AccessAssignmentJson,
  accessAssignmentSchema,
  accessAssignmentToJson,
  type DeletedAccessAssignmentJson,
  type LiveAccessAssignmentJson,
  parseAccessAssignment,
  type UnknownStatusAccessAssignmentJson,
} from "./access-assignment.js";
export {
  type ActorJson,
  actorSchema,
  actorToJson,
  type CustomerUserJson,
  type PartnerUserJson,
  parseActor,
} from "./actor.js";
export {
  type AgreementAcceptedJson,
  type AgreementNotAcceptedJson,
  agreementSchema,
  agreementToJson,
  type CustomerAgreementJson,
  parseAgreement,
} from "./agreement.js";
export {
  type AcceptAgreementCommandJson,
  type AcceptInvitationCommandJson,
  type AdvanceGdapRelationshipCommandJson,
  type AzureRoleCommandJson,
  type CancelInvitationCommandJson,
  type CommandJson,
  type CreateAccessAssignmentCommandJson,
  type CreateGdapRelationshipCommandJson,
  commandSchema,
  commandToJson,
  type DeleteAccessAssignmentCommandJson,
  type ExpireInvitationCommandJson,
  type GdapRelationshipCommandJson,
  type ProvisionAzureSubscriptionCommandJson,
  parseCommand,
  type RecordAzureSubscriptionCommandJson,
  type RecordGdapOperationCommandJson,
  type RecordGdapRequestCommandJson,
  type RegisterAutopilotDeviceCommandJson,
  type RelationshipCommandJson,
  type SendInvitationCommandJson,
  type SetGdapAutoExtendCommandJson,
  type SetMpsaPurchaseSharingCommandJson,
  type UpdateAccessAssignmentCommandJson,
  type UpdateGdapRelationshipCommandJson,
} from "./command.js";
export {
  type BasisJson,
  basisToJson,
  type DecisionJson,
  decisionSchema,
  decisionToJson,
  parseDecision,
} from "./decision.js";
export {
  DOCUMENT_KINDS,
  type Document,
  type DocumentJson,
  type DocumentKind,
  type DocumentKinds,
  documentSchema,
  documentToJson,
  parseDocument,
  parseSnapshotDocument,
  SCHEMA_VERSION,
  type Snapshot,
  type SnapshotJson,
  snapshotToJson,
  toDocument,
} from "./document.js";
export { isoDurationSchema, isoDurationToJson, parseIsoDuration } from "./duration.js";
export {
  type AccessAssignmentChangedEventJson,
  type AccessAssignmentOperationRecordedEventJson,
  type AgreementAcceptedEventJson,
  type AutopilotDeviceRegisteredEventJson,
  type AzureSubscriptionChangedEventJson,
  type CoreEventJson,
  coreEventSchema,
  coreEventToJson,
  type EventJson,
  eventSchema,
  eventToJson,
  type GdapChangeRecordedEventJson,
  type GdapRelationshipChangedEventJson,
  type GdapRelationshipDeletedEventJson,
  type InvitationAnsweredEventJson,
  type InvitationExpiredEventJson,
  type InvitationSentEventJson,
  type MpsaPurchaseSharingSetEventJson,
  parseCoreEvent,
  parseEvent,
  type RelationshipEventJson,
} from "./event.js";
export {
  type AutopilotDeviceJson,
  type AzurePrincipalJson,
  type AzureRoleAssignmentJson,
  type AzureSubscriptionJson,
  autopilotDeviceSchema,
  autopilotDeviceToJson,
  azureSubscriptionSchema,
  azureSubscriptionToJson,
  type DeviceSourceJson,
  type MpsaPurchaseSharingJson,
  mpsaPurchaseSharingSchema,
  mpsaPurchaseSharingToJson,
  parseAutopilotDevice,
  parseAzureSubscription,
  parseMpsaPurchaseSharing,
  type SettingChangeJson,
} from "./facts.js";
export {
  type ActiveGdapJson,
  type ApprovedGdapJson,
  type ExpiredGdapJson,
  type GdapRelationshipFieldsJson,
  type GdapRelationshipJson,
  gdapRelationshipSchema,
  gdapRelationshipToJson,
  parseGdapRelationship,
  type TerminatedGdapJson,
  type TerminationRequestedGdapJson,
  type UnapprovedGdapJson,
  type UnknownStatusGdapJson,
} from "./gdap.js";
export {
  type GraphAccessAssignmentOptions,
  parseGraphAccessAssignment,
  parseGraphAccessAssignments,
} from "./graph/access-assignment.js";
export { GRAPH_UNKNOWN_USER } from "./graph/common.js";
export { parseGraphDelegatedAdminCustomer, parseGraphDelegatedAdminCustomers } from "./graph/customer.js";
export { parseGraphRelationshipOperation, parseGraphRelationshipOperations } from "./graph/operation.js";
export type { GraphCollection, GraphItemFault } from "./graph/page.js";
export {
  GRAPH_RESELLER_RELATIONSHIP_TYPE,
  type GraphRelationshipOptions,
  parseGraphDelegatedAdminRelationship,
  parseGraphDelegatedAdminRelationships,
} from "./graph/relationship.js";
export {
  type GraphRelationshipChildOptions,
  parseGraphRelationshipRequest,
  parseGraphRelationshipRequests,
} from "./graph/request.js";
export {
  type GdapUpdatableField,
  GRAPH_RELATIONSHIPS_PATH,
  GRAPH_V1_ROOT,
  type GraphJson,
  type GraphPartnerAction,
  type GraphRequest,
  graphCreateAccessAssignmentRequest,
  graphCreateRelationshipRequest,
  graphDeleteAccessAssignmentRequest,
  graphDeleteRelationshipRequest,
  graphListOperationsRequest,
  graphRelationshipActionRequest,
  graphUpdateAccessAssignmentRequest,
  graphUpdateRelationshipRequest,
} from "./graph-writer.js";
export {
  type AcceptedInvitationJson,
  type CancelledInvitationJson,
  type ExpiredInvitationJson,
  type InvitationFieldsJson,
  type InvitationJson,
  invitationSchema,
  invitationToJson,
  type PendingInvitationJson,
  parseInvitation,
  type RoleSlotJson,
} from "./invitation.js";
export type { ParseError, ParseIssue, PathSegment } from "./issues.js";
export { DEFAULT_PARSE_LIMITS, type ParseLimits, type ParseOptions } from "./limits.js";
export {
  type GdapChangeReportJson,
  gdapChangeReportToJson,
  type PendingGdapChangeJson,
  pendingGdapChangeToJson,
} from "./pending.js";
export { type GdapLimitsJson, type PolicyJson, parsePolicy, policySchema, policyToJson } from "./policy.js";
export {
  type ActiveRelationshipJson,
  type EndedRelationshipJson,
  parseRelationship,
  parseRoleGrant,
  type RelationshipJson,
  type RoleGrantJson,
  relationshipSchema,
  relationshipToJson,
  roleGrantSchema,
  roleGrantToJson,
} from "./relationship.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export { parseState, type StateJson, stateSchema, stateToJson } from "./state.js";
export { STANDARD_SCHEMA_VENDOR, toStandardSchema } from "./to-standard-schema.js";
export { instantToJson, MAX_JSON_INSTANT, MIN_JSON_INSTANT } from "./vocabulary.js";
