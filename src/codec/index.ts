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

import { asErr, asNothing, asPrinted, total } from "../total.js";
import {
  accessAssignmentToJson as accessAssignmentToJsonStep,
  parseAccessAssignment as parseAccessAssignmentStep,
} from "./access-assignment.js";
import { actorToJson as actorToJsonStep, parseActor as parseActorStep } from "./actor.js";
import { agreementToJson as agreementToJsonStep, parseAgreement as parseAgreementStep } from "./agreement.js";
import { commandToJson as commandToJsonStep, parseCommand as parseCommandStep } from "./command.js";
import {
  basisToJson as basisToJsonStep,
  decisionToJson as decisionToJsonStep,
  parseDecision as parseDecisionStep,
} from "./decision.js";
import {
  documentToJson as documentToJsonStep,
  parseDocument as parseDocumentStep,
  parseSnapshotDocument as parseSnapshotDocumentStep,
  snapshotToJson as snapshotToJsonStep,
} from "./document.js";
import { isoDurationToJson as isoDurationToJsonStep, parseIsoDuration as parseIsoDurationStep } from "./duration.js";
import {
  coreEventToJson as coreEventToJsonStep,
  eventToJson as eventToJsonStep,
  parseCoreEvent as parseCoreEventStep,
  parseEvent as parseEventStep,
} from "./event.js";
import {
  autopilotDeviceToJson as autopilotDeviceToJsonStep,
  azureSubscriptionToJson as azureSubscriptionToJsonStep,
  mpsaPurchaseSharingToJson as mpsaPurchaseSharingToJsonStep,
  parseAutopilotDevice as parseAutopilotDeviceStep,
  parseAzureSubscription as parseAzureSubscriptionStep,
  parseMpsaPurchaseSharing as parseMpsaPurchaseSharingStep,
} from "./facts.js";
import {
  gdapRelationshipToJson as gdapRelationshipToJsonStep,
  parseGdapRelationship as parseGdapRelationshipStep,
} from "./gdap.js";
import {
  parseGraphAccessAssignment as parseGraphAccessAssignmentStep,
  parseGraphAccessAssignments as parseGraphAccessAssignmentsStep,
} from "./graph/access-assignment.js";
import {
  parseGraphDelegatedAdminCustomer as parseGraphDelegatedAdminCustomerStep,
  parseGraphDelegatedAdminCustomers as parseGraphDelegatedAdminCustomersStep,
} from "./graph/customer.js";
import {
  parseGraphRelationshipOperation as parseGraphRelationshipOperationStep,
  parseGraphRelationshipOperations as parseGraphRelationshipOperationsStep,
} from "./graph/operation.js";
import {
  parseGraphDelegatedAdminRelationship as parseGraphDelegatedAdminRelationshipStep,
  parseGraphDelegatedAdminRelationships as parseGraphDelegatedAdminRelationshipsStep,
} from "./graph/relationship.js";
import {
  parseGraphRelationshipRequest as parseGraphRelationshipRequestStep,
  parseGraphRelationshipRequests as parseGraphRelationshipRequestsStep,
} from "./graph/request.js";
import {
  graphCreateAccessAssignmentRequest as graphCreateAccessAssignmentRequestStep,
  graphCreateRelationshipRequest as graphCreateRelationshipRequestStep,
  graphDeleteAccessAssignmentRequest as graphDeleteAccessAssignmentRequestStep,
  graphDeleteRelationshipRequest as graphDeleteRelationshipRequestStep,
  graphListOperationsRequest as graphListOperationsRequestStep,
  graphRelationshipActionRequest as graphRelationshipActionRequestStep,
  graphUpdateAccessAssignmentRequest as graphUpdateAccessAssignmentRequestStep,
  graphUpdateRelationshipRequest as graphUpdateRelationshipRequestStep,
} from "./graph-writer.js";
import { invitationToJson as invitationToJsonStep, parseInvitation as parseInvitationStep } from "./invitation.js";
import {
  gdapChangeReportToJson as gdapChangeReportToJsonStep,
  pendingGdapChangeToJson as pendingGdapChangeToJsonStep,
} from "./pending.js";
import { parsePolicy as parsePolicyStep, policyToJson as policyToJsonStep } from "./policy.js";
import {
  parseRelationship as parseRelationshipStep,
  parseRoleGrant as parseRoleGrantStep,
  relationshipToJson as relationshipToJsonStep,
  roleGrantToJson as roleGrantToJsonStep,
} from "./relationship.js";
import { parseState as parseStateStep, stateToJson as stateToJsonStep } from "./state.js";
import { toStandardSchema as toStandardSchemaStep } from "./to-standard-schema.js";
import { asParseErr } from "./total.js";
import { instantToJson as instantToJsonStep } from "./vocabulary.js";

export {
  type AccessAssignmentFieldsJson,
  type AccessAssignmentJson,
  accessAssignmentSchema,
  type DeletedAccessAssignmentJson,
  type LiveAccessAssignmentJson,
  type UnknownStatusAccessAssignmentJson,
} from "./access-assignment.js";
/** @function */
export const accessAssignmentToJson: typeof accessAssignmentToJsonStep = /* @__PURE__ */ total(
  accessAssignmentToJsonStep,
  asNothing,
  "assignment",
);
/** @function */
export const parseAccessAssignment: typeof parseAccessAssignmentStep = /* @__PURE__ */ total(
  parseAccessAssignmentStep,
  asParseErr,
  "input, options",
);
export { type ActorJson, actorSchema, type CustomerUserJson, type PartnerUserJson } from "./actor.js";
/** @function */
export const actorToJson: typeof actorToJsonStep = /* @__PURE__ */ total(actorToJsonStep, asNothing, "actor");
/** @function */
export const parseActor: typeof parseActorStep = /* @__PURE__ */ total(parseActorStep, asParseErr, "input, options");
export {
  type AgreementAcceptedJson,
  type AgreementNotAcceptedJson,
  agreementSchema,
  type CustomerAgreementJson,
} from "./agreement.js";
/** @function */
export const agreementToJson: typeof agreementToJsonStep = /* @__PURE__ */ total(
  agreementToJsonStep,
  asNothing,
  "agreement",
);
/** @function */
export const parseAgreement: typeof parseAgreementStep = /* @__PURE__ */ total(
  parseAgreementStep,
  asParseErr,
  "input, options",
);
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
  type DeleteAccessAssignmentCommandJson,
  type ExpireInvitationCommandJson,
  type GdapRelationshipCommandJson,
  type ProvisionAzureSubscriptionCommandJson,
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
/** @function */
export const commandToJson: typeof commandToJsonStep = /* @__PURE__ */ total(commandToJsonStep, asNothing, "command");
/** @function */
export const parseCommand: typeof parseCommandStep = /* @__PURE__ */ total(
  parseCommandStep,
  asParseErr,
  "input, options",
);
export { type BasisJson, type DecisionJson, decisionSchema } from "./decision.js";
/** @function */
export const basisToJson: typeof basisToJsonStep = /* @__PURE__ */ total(basisToJsonStep, asNothing, "basis");
/** @function */
export const decisionToJson: typeof decisionToJsonStep = /* @__PURE__ */ total(
  decisionToJsonStep,
  asNothing,
  "decision",
);
/** @function */
export const parseDecision: typeof parseDecisionStep = /* @__PURE__ */ total(
  parseDecisionStep,
  asParseErr,
  "input, options",
);
export {
  DOCUMENT_KINDS,
  type Document,
  type DocumentJson,
  type DocumentKind,
  type DocumentKinds,
  documentSchema,
  SCHEMA_VERSION,
  type Snapshot,
  type SnapshotJson,
  toDocument,
} from "./document.js";
/** @function */
export const documentToJson: typeof documentToJsonStep = /* @__PURE__ */ total(
  documentToJsonStep,
  asNothing,
  "document",
);
/** @function */
export const parseDocument: typeof parseDocumentStep = /* @__PURE__ */ total(
  parseDocumentStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseSnapshotDocument: typeof parseSnapshotDocumentStep = /* @__PURE__ */ total(
  parseSnapshotDocumentStep,
  asParseErr,
  "input, options",
);
/** @function */
export const snapshotToJson: typeof snapshotToJsonStep = /* @__PURE__ */ total(
  snapshotToJsonStep,
  asNothing,
  "snapshot",
);
export { isoDurationSchema } from "./duration.js";
/** @function */
export const isoDurationToJson: typeof isoDurationToJsonStep = /* @__PURE__ */ total(
  isoDurationToJsonStep,
  asPrinted,
  "duration",
);
/** @function */
export const parseIsoDuration: typeof parseIsoDurationStep = /* @__PURE__ */ total(
  parseIsoDurationStep,
  asParseErr,
  "input, options",
);
export {
  type AccessAssignmentChangedEventJson,
  type AccessAssignmentOperationRecordedEventJson,
  type AgreementAcceptedEventJson,
  type AutopilotDeviceRegisteredEventJson,
  type AzureSubscriptionChangedEventJson,
  type CoreEventJson,
  coreEventSchema,
  type EventJson,
  eventSchema,
  type GdapChangeRecordedEventJson,
  type GdapRelationshipChangedEventJson,
  type GdapRelationshipDeletedEventJson,
  type InvitationAnsweredEventJson,
  type InvitationExpiredEventJson,
  type InvitationSentEventJson,
  type MpsaPurchaseSharingSetEventJson,
  type RelationshipEventJson,
} from "./event.js";
/** @function */
export const coreEventToJson: typeof coreEventToJsonStep = /* @__PURE__ */ total(
  coreEventToJsonStep,
  asNothing,
  "event",
);
/** @function */
export const eventToJson: typeof eventToJsonStep = /* @__PURE__ */ total(eventToJsonStep, asNothing, "event");
/** @function */
export const parseCoreEvent: typeof parseCoreEventStep = /* @__PURE__ */ total(
  parseCoreEventStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseEvent: typeof parseEventStep = /* @__PURE__ */ total(parseEventStep, asParseErr, "input, options");
export {
  type AutopilotDeviceJson,
  type AzurePrincipalJson,
  type AzureRoleAssignmentJson,
  type AzureSubscriptionJson,
  autopilotDeviceSchema,
  azureSubscriptionSchema,
  type DeviceSourceJson,
  type MpsaPurchaseSharingJson,
  mpsaPurchaseSharingSchema,
  type SettingChangeJson,
} from "./facts.js";
/** @function */
export const autopilotDeviceToJson: typeof autopilotDeviceToJsonStep = /* @__PURE__ */ total(
  autopilotDeviceToJsonStep,
  asNothing,
  "device",
);
/** @function */
export const azureSubscriptionToJson: typeof azureSubscriptionToJsonStep = /* @__PURE__ */ total(
  azureSubscriptionToJsonStep,
  asNothing,
  "subscription",
);
/** @function */
export const mpsaPurchaseSharingToJson: typeof mpsaPurchaseSharingToJsonStep = /* @__PURE__ */ total(
  mpsaPurchaseSharingToJsonStep,
  asNothing,
  "setting",
);
/** @function */
export const parseAutopilotDevice: typeof parseAutopilotDeviceStep = /* @__PURE__ */ total(
  parseAutopilotDeviceStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseAzureSubscription: typeof parseAzureSubscriptionStep = /* @__PURE__ */ total(
  parseAzureSubscriptionStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseMpsaPurchaseSharing: typeof parseMpsaPurchaseSharingStep = /* @__PURE__ */ total(
  parseMpsaPurchaseSharingStep,
  asParseErr,
  "input, options",
);
export {
  type ActiveGdapJson,
  type ApprovedGdapJson,
  type ExpiredGdapJson,
  type GdapRelationshipFieldsJson,
  type GdapRelationshipJson,
  gdapRelationshipSchema,
  type TerminatedGdapJson,
  type TerminationRequestedGdapJson,
  type UnapprovedGdapJson,
  type UnknownStatusGdapJson,
} from "./gdap.js";
/** @function */
export const gdapRelationshipToJson: typeof gdapRelationshipToJsonStep = /* @__PURE__ */ total(
  gdapRelationshipToJsonStep,
  asNothing,
  "relationship",
);
/** @function */
export const parseGdapRelationship: typeof parseGdapRelationshipStep = /* @__PURE__ */ total(
  parseGdapRelationshipStep,
  asParseErr,
  "input, options",
);
export type { GraphAccessAssignmentOptions } from "./graph/access-assignment.js";
/** @function */
export const parseGraphAccessAssignment: typeof parseGraphAccessAssignmentStep = /* @__PURE__ */ total(
  parseGraphAccessAssignmentStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseGraphAccessAssignments: typeof parseGraphAccessAssignmentsStep = /* @__PURE__ */ total(
  parseGraphAccessAssignmentsStep,
  asParseErr,
  "input, options",
);
export { GRAPH_UNKNOWN_USER } from "./graph/common.js";
/** @function */
export const parseGraphDelegatedAdminCustomer: typeof parseGraphDelegatedAdminCustomerStep = /* @__PURE__ */ total(
  parseGraphDelegatedAdminCustomerStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseGraphDelegatedAdminCustomers: typeof parseGraphDelegatedAdminCustomersStep = /* @__PURE__ */ total(
  parseGraphDelegatedAdminCustomersStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseGraphRelationshipOperation: typeof parseGraphRelationshipOperationStep = /* @__PURE__ */ total(
  parseGraphRelationshipOperationStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseGraphRelationshipOperations: typeof parseGraphRelationshipOperationsStep = /* @__PURE__ */ total(
  parseGraphRelationshipOperationsStep,
  asParseErr,
  "input, options",
);
export type { GraphCollection, GraphItemFault } from "./graph/page.js";
export { GRAPH_RESELLER_RELATIONSHIP_TYPE, type GraphRelationshipOptions } from "./graph/relationship.js";
/** @function */
export const parseGraphDelegatedAdminRelationship: typeof parseGraphDelegatedAdminRelationshipStep =
  /* @__PURE__ */ total(parseGraphDelegatedAdminRelationshipStep, asParseErr, "input, options");
/** @function */
export const parseGraphDelegatedAdminRelationships: typeof parseGraphDelegatedAdminRelationshipsStep =
  /* @__PURE__ */ total(parseGraphDelegatedAdminRelationshipsStep, asParseErr, "input, options");
export type { GraphRelationshipChildOptions } from "./graph/request.js";
/** @function */
export const parseGraphRelationshipRequest: typeof parseGraphRelationshipRequestStep = /* @__PURE__ */ total(
  parseGraphRelationshipRequestStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseGraphRelationshipRequests: typeof parseGraphRelationshipRequestsStep = /* @__PURE__ */ total(
  parseGraphRelationshipRequestsStep,
  asParseErr,
  "input, options",
);
export {
  type GdapUpdatableField,
  GRAPH_RELATIONSHIPS_PATH,
  GRAPH_V1_ROOT,
  type GraphJson,
  type GraphPartnerAction,
  type GraphRequest,
} from "./graph-writer.js";
/** @function */
export const graphCreateAccessAssignmentRequest: typeof graphCreateAccessAssignmentRequestStep = /* @__PURE__ */ total(
  graphCreateAccessAssignmentRequestStep,
  asErr,
  "assignment",
);
/** @function */
export const graphCreateRelationshipRequest: typeof graphCreateRelationshipRequestStep = /* @__PURE__ */ total(
  graphCreateRelationshipRequestStep,
  asErr,
  "relationship",
);
/** @function */
export const graphDeleteAccessAssignmentRequest: typeof graphDeleteAccessAssignmentRequestStep = /* @__PURE__ */ total(
  graphDeleteAccessAssignmentRequestStep,
  asErr,
  "assignment",
);
/** @function */
export const graphDeleteRelationshipRequest: typeof graphDeleteRelationshipRequestStep = /* @__PURE__ */ total(
  graphDeleteRelationshipRequestStep,
  asErr,
  "relationship",
);
/** @function */
export const graphListOperationsRequest: typeof graphListOperationsRequestStep = /* @__PURE__ */ total(
  graphListOperationsRequestStep,
  asErr,
  "relationship",
);
/** @function */
export const graphRelationshipActionRequest: typeof graphRelationshipActionRequestStep = /* @__PURE__ */ total(
  graphRelationshipActionRequestStep,
  asErr,
  "relationship, action",
);
/** @function */
export const graphUpdateAccessAssignmentRequest: typeof graphUpdateAccessAssignmentRequestStep = /* @__PURE__ */ total(
  graphUpdateAccessAssignmentRequestStep,
  asErr,
  "assignment",
);
/** @function */
export const graphUpdateRelationshipRequest: typeof graphUpdateRelationshipRequestStep = /* @__PURE__ */ total(
  graphUpdateRelationshipRequestStep,
  asErr,
  "relationship, fields",
);
export {
  type AcceptedInvitationJson,
  type CancelledInvitationJson,
  type ExpiredInvitationJson,
  type InvitationFieldsJson,
  type InvitationJson,
  invitationSchema,
  type PendingInvitationJson,
  type RoleSlotJson,
} from "./invitation.js";
/** @function */
export const invitationToJson: typeof invitationToJsonStep = /* @__PURE__ */ total(
  invitationToJsonStep,
  asNothing,
  "invitation",
);
/** @function */
export const parseInvitation: typeof parseInvitationStep = /* @__PURE__ */ total(
  parseInvitationStep,
  asParseErr,
  "input, options",
);
export type { ParseError, ParseIssue, PathSegment } from "./issues.js";
export { DEFAULT_PARSE_LIMITS, type ParseLimits, type ParseOptions } from "./limits.js";
export type { GdapChangeReportJson, PendingGdapChangeJson } from "./pending.js";
/** @function */
export const gdapChangeReportToJson: typeof gdapChangeReportToJsonStep = /* @__PURE__ */ total(
  gdapChangeReportToJsonStep,
  asNothing,
  "report",
);
/** @function */
export const pendingGdapChangeToJson: typeof pendingGdapChangeToJsonStep = /* @__PURE__ */ total(
  pendingGdapChangeToJsonStep,
  asNothing,
  "change",
);
export { type GdapLimitsJson, type PolicyJson, policySchema } from "./policy.js";
/** @function */
export const parsePolicy: typeof parsePolicyStep = /* @__PURE__ */ total(parsePolicyStep, asParseErr, "input, options");
/** @function */
export const policyToJson: typeof policyToJsonStep = /* @__PURE__ */ total(policyToJsonStep, asNothing, "policy");
export {
  type ActiveRelationshipJson,
  type EndedRelationshipJson,
  type RelationshipJson,
  type RoleGrantJson,
  relationshipSchema,
  roleGrantSchema,
} from "./relationship.js";
/** @function */
export const parseRelationship: typeof parseRelationshipStep = /* @__PURE__ */ total(
  parseRelationshipStep,
  asParseErr,
  "input, options",
);
/** @function */
export const parseRoleGrant: typeof parseRoleGrantStep = /* @__PURE__ */ total(
  parseRoleGrantStep,
  asParseErr,
  "input, options",
);
/** @function */
export const relationshipToJson: typeof relationshipToJsonStep = /* @__PURE__ */ total(
  relationshipToJsonStep,
  asNothing,
  "relationship",
);
/** @function */
export const roleGrantToJson: typeof roleGrantToJsonStep = /* @__PURE__ */ total(
  roleGrantToJsonStep,
  asNothing,
  "grant",
);
export type { StandardSchemaV1 } from "./standard-schema.js";
export { type StateJson, stateSchema } from "./state.js";
/** @function */
export const parseState: typeof parseStateStep = /* @__PURE__ */ total(parseStateStep, asParseErr, "input, options");
/** @function */
export const stateToJson: typeof stateToJsonStep = /* @__PURE__ */ total(stateToJsonStep, asNothing, "state");
export { STANDARD_SCHEMA_VENDOR } from "./to-standard-schema.js";
/** @function */
export const toStandardSchema: typeof toStandardSchemaStep = /* @__PURE__ */ total(
  toStandardSchemaStep,
  asNothing,
  "parse",
);
export { MAX_JSON_INSTANT, MIN_JSON_INSTANT } from "./vocabulary.js";
/** @function */
export const instantToJson: typeof instantToJsonStep = /* @__PURE__ */ total(instantToJsonStep, asPrinted, "at");
