/**
 * partner-relationships: the rules of Microsoft partner relationships as immutable
 * values and pure state-transition functions returning neverthrow `Result`s.
 *
 * Hand-written named exports, grouped by concern (no `export *`).
 *
 * @packageDocumentation
 */

// Results (re-exported so callers need not depend on neverthrow directly)
export { Err, err, Ok, ok, Result } from "neverthrow";
// Questions
export { holdsRole, type RoleQuery } from "./access/role-holding.js";
export { canTransact, type TransactQuery } from "./access/transact.js";
// Transitions
export {
  type AcceptAgreementInput,
  type AgreementAccepted,
  type AgreementNotAccepted,
  acceptAgreement,
  agreementNotAccepted,
  type CustomerAgreement,
} from "./agreement.js";
export {
  authorizeCustomerAdmin,
  authorizePartnerUser,
  CUSTOMER_ADMIN_ROLES,
  DAP_VIEW_ROLES,
  GDAP_REQUEST_ROLES,
  RELATIONSHIP_REQUEST_ROLES,
} from "./authorization.js";
export {
  type AgreementNotAcknowledged,
  type ContactPartnerToEnd,
  type DomainError,
  type DomainErrorBase,
  type DomainErrorCode,
  describeValue,
  type InvalidInput,
  type InvitationExpired,
  type InvitationNotExpired,
  type InvitationNotPending,
  type NotAuthorized,
  type NotAuthorizedReason,
  type RelationshipEnded,
  type RelationshipMismatch,
} from "./errors.js";
export {
  type AcceptedInvitation,
  type AcceptInvitationInput,
  acceptInvitation,
  type CancelInvitationInput,
  type CancelledInvitation,
  cancelInvitation,
  type ExpiredInvitation,
  ensurePending,
  expireInvitation,
  type FinalInvitation,
  type Invitation,
  type InvitationAcceptance,
  type InvitationFields,
  type PendingInvitation,
  type SendInvitationInput,
  sendInvitation,
} from "./invitation.js";
// Policy and errors
export { type AutopilotPolicy, DEFAULT_POLICY, type GdapLimits, type Policy } from "./policy.js";
export {
  type ActiveRelationship,
  deleteRelationship,
  type EndedRelationship,
  endRelationship,
  ensureActive,
  establishRelationship,
  nonDeletableCapacities,
  RELATIONSHIP_END_ROLES,
  type Relationship,
  type RelationshipGrant,
  type RelationshipStepInput,
  type RoleGrant,
  removeAdminRoles,
} from "./relationship.js";
export {
  type Actor,
  type CustomerUser,
  PARTNER_CENTER_ROLES,
  type PartnerCenterRole,
  type PartnerUser,
} from "./vocabulary/actors.js";
export { allow, type Decision, refuse } from "./vocabulary/decision.js";
export {
  BILLING_ADMINISTRATOR,
  DIRECTORY_ROLES,
  DOMAIN_NAME_ADMINISTRATOR,
  EXCHANGE_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
  GLOBAL_READER,
  HELPDESK_ADMINISTRATOR,
  isRoleId,
  LICENSE_ADMINISTRATOR,
  PRIVILEGED_ROLE_ADMINISTRATOR,
  type RoleId,
  roleName,
  SECURITY_ADMINISTRATOR,
  SERVICE_SUPPORT_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "./vocabulary/directory-roles.js";
export { type CustomerId, type InvitationId, isIdentifier, type PartnerId, type UserId } from "./vocabulary/ids.js";
export {
  isPartnerType,
  PARTNER_TYPE_LIST,
  PARTNER_TYPES,
  type PartnerType,
  type PartnerTypeInfo,
  type RoleHolder,
  type RoleProvision,
  type RoleSlot,
} from "./vocabulary/partner-types.js";
// Vocabulary
export { isRuleId, RULE_IDS, RULES, type RuleId } from "./vocabulary/rules.js";
export {
  addDays,
  formatInstant,
  type Instant,
  type InstantFault,
  isInstant,
  MS_PER_DAY,
  parseInstant,
} from "./vocabulary/time.js";
