/**
 * partner-relationships/codec: the safe door between untrusted JSON (stored histories,
 * database rows, Microsoft Graph responses) and the domain values. Parsers return
 * `Result`s with the path of every fault and never throw (INVAR-6); writers give plain
 * JSON with ISO 8601 instants; every parser is also a Standard Schema v1 validator.
 *
 * A subpath of its own, so that code that only runs the rules does not bundle it.
 *
 * @packageDocumentation
 */
export { type ActorJson, actorSchema, actorToJson, type CustomerUserJson, type PartnerUserJson, parseActor } from "./actor.js";
export {
  type AgreementAcceptedJson,
  type AgreementNotAcceptedJson,
  agreementSchema,
  agreementToJson,
  type CustomerAgreementJson,
  parseAgreement,
} from "./agreement.js";
export { type BasisJson, basisToJson, type DecisionJson, decisionSchema, decisionToJson, parseDecision } from "./decision.js";
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
export {
  type AgreementAcceptedEventJson,
  type CoreEventJson,
  coreEventSchema,
  coreEventToJson,
  type InvitationAnsweredEventJson,
  type InvitationExpiredEventJson,
  type InvitationSentEventJson,
  parseCoreEvent,
  type RelationshipEventJson,
} from "./event.js";
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
export { type GdapLimitsJson, parsePolicy, type PolicyJson, policySchema, policyToJson } from "./policy.js";
export {
  type ActiveRelationshipJson,
  type EndedRelationshipJson,
  parseRelationship,
  parseRoleGrant,
  type RelationshipJson,
  relationshipSchema,
  relationshipToJson,
  type RoleGrantJson,
  roleGrantSchema,
  roleGrantToJson,
} from "./relationship.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export { STANDARD_SCHEMA_VENDOR, toStandardSchema } from "./to-standard-schema.js";
export { instantToJson, MAX_JSON_INSTANT, MIN_JSON_INSTANT } from "./vocabulary.js";
