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
export {
  BILLING_PAGES,
  type BillingPage,
  type BillingPageInfo,
  type BillingPageQuery,
  canManageDomainSubscriptions,
  canSeeBillingPage,
  DOMAIN_SUBSCRIPTION_ROLES,
  ON_BEHALF_BILLING_ROLES,
} from "./access/aobo.js";
export {
  type AutopilotDevice,
  type AutopilotDeviceQuery,
  type AutopilotProfileQuery,
  CUSTOMER_DEVICE_CHANNELS,
  type CustomerDeviceChannel,
  canManageAutopilotProfiles,
  canManageDevice,
  canRegisterDevices,
  canRemoveDevice,
  type DeviceSource,
} from "./access/autopilot.js";
export {
  AZURE_MANAGE_ROLES,
  type AzurePrincipal,
  type AzureRole,
  type AzureRoleAssignment,
  type AzureRoleStepInput,
  type AzureSubscription,
  assignAzureRole,
  canManageSubscription,
  type ProvisionSubscriptionInput,
  provisionSubscription,
  removeAzureRoleAssignment,
} from "./access/azure.js";
export { type CustomerListEntry, customerList, isOnCustomerList } from "./access/customer-list.js";
export {
  canSeeMpsaPurchases,
  type MpsaPurchaseSharing,
  type MpsaPurchasesQuery,
  mpsaPartnersOf,
  mpsaPurchaseSharingOff,
  type SetMpsaPurchaseSharingInput,
  type SettingChange,
  setMpsaPurchaseSharing,
} from "./access/mpsa.js";
export {
  type EffectiveRoleAssignment,
  type ExplicitRoleAssignment,
  effectiveRoleAssignments,
  type ImplicitRoleAssignment,
  implicitRoleAssignments,
  listRoleMembers,
  type PartnerRelationshipEntry,
  type PartnerRelationshipsView,
  partnerRelationshipsView,
} from "./access/partner-view.js";
export { holdsRole, type RoleQuery } from "./access/role-holding.js";
export { owesSupport, type SupportQuery } from "./access/support.js";
export { canTransact, type TransactQuery } from "./access/transact.js";
// Questions
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
export type {
  AcceptAgreementCommand,
  AcceptInvitationCommand,
  CancelInvitationCommand,
  CommandBase,
  CoreCommand,
  DeleteRelationshipCommand,
  DomainCommand,
  DomainCommandType,
  EndRelationshipCommand,
  ExpireInvitationCommand,
  RelationshipCommandBase,
  RemoveAdminRolesCommand,
  SendInvitationCommand,
} from "./commands.js";
export { decide, evolve, replay } from "./decider.js";
export {
  type AccessAssignmentExists,
  type AccessAssignmentStatusNotAllowed,
  type AgreementNotAcknowledged,
  type ContactPartnerToEnd,
  type CustomerNotBound,
  type DisplayNameTaken,
  type DisplayNameTooLong,
  type DomainError,
  type DomainErrorBase,
  type DomainErrorCode,
  describeValue,
  type GdapError,
  type GdapRequestExpired,
  type GdapStatusNotAllowed,
  type GlobalAdminAutoExtend,
  type GlobalAdminRemovalNotActive,
  type InvalidDuration,
  type InvalidInput,
  type InvitationExpired,
  type InvitationNotExpired,
  type InvitationNotPending,
  type NotAuthorized,
  type NotAuthorizedReason,
  type RelationshipEnded,
  type RelationshipMismatch,
  type RolesOutsideRelationship,
} from "./errors.js";
export type {
  AdminRolesRemovedEvent,
  AgreementAcceptedEvent,
  CoreEvent,
  DomainEvent,
  DomainEventType,
  EventBase,
  InvitationAcceptedEvent,
  InvitationCancelledEvent,
  InvitationExpiredEvent,
  InvitationRef,
  InvitationSentEvent,
  RelationshipDeletedEvent,
  RelationshipEndedByPartnerEvent,
  RelationshipRef,
} from "./events.js";
// GDAP
export {
  ACCESS_ASSIGNMENT_STATUSES,
  type AccessAssignment,
  type AccessAssignmentFields,
  type AccessAssignmentId,
  type AccessAssignmentIn,
  type AccessAssignmentStatus,
  type ActiveAccessAssignment,
  type CreateAccessAssignmentInput,
  createAccessAssignment,
  type DeleteAccessAssignmentInput,
  type DeletedAccessAssignment,
  type DeletingAccessAssignment,
  deleteAccessAssignment,
  type ErrorAccessAssignment,
  ensureAccessAssignmentStatus,
  isAccessAssignmentStatus,
  type PendingAccessAssignment,
  parseAccessAssignmentStatus,
  type SecurityGroupId,
  type UpdateAccessAssignmentInput,
  updateAccessAssignment,
} from "./gdap/access-assignment.js";
export {
  addDuration,
  allowedRelationshipDurations,
  checkAutoExtendDuration,
  checkRelationshipDuration,
  type DurationInput,
  durationFromInput,
  formatDuration,
  type IsoDuration,
  isIsoDuration,
  isZeroDuration,
  NOMINAL_DAYS_PER_MONTH,
  NOMINAL_DAYS_PER_YEAR,
  nominalDurationMs,
  parseDuration,
  ZERO_DURATION,
} from "./gdap/duration.js";
export {
  type GdapGroupQuery,
  type GdapGroupRoleQuery,
  type GdapRoleHolding,
  type GdapRoleQuery,
  gdapGroupHoldsRole,
  gdapHoldersOfRole,
  gdapRolesOfGroup,
} from "./gdap/effective-access.js";
export {
  type ActivatingGdap,
  type ActiveGdap,
  type ApprovalPendingGdap,
  type ApprovedGdap,
  advanceGdapRelationship,
  approveGdapRelationship,
  type CreatedGdap,
  type CreateGdapRelationshipInput,
  checkGdapDisplayName,
  completeGdapTermination,
  createGdapRelationship,
  deleteGdapRelationship,
  type ExpiredGdap,
  type ExpiringGdap,
  ensureGdapActiveAt,
  ensureGdapStatus,
  type FinalGdap,
  GDAP_FINAL_STATUSES,
  GDAP_STATUSES,
  GDAP_TRANSIENT_STATUSES,
  type GdapActivationFields,
  type GdapApprovalFields,
  type GdapRelationship,
  type GdapRelationshipDeletion,
  type GdapRelationshipFields,
  type GdapRelationshipId,
  type GdapRelationshipIn,
  type GdapStatus,
  type GdapStepInput,
  type GdapTerminationFields,
  gdapEndDateTimeAt,
  isGdapActiveAt,
  isGdapStatus,
  lockGdapForApproval,
  parseGdapStatus,
  removeGlobalAdministrator,
  requestGdapTermination,
  type SetGdapAutoExtendInput,
  setGdapAutoExtend,
  type TerminatedGdap,
  type TerminatingGdap,
  type TerminationRequestedGdap,
  terminateGdapRelationship,
  type UpdateGdapRelationshipInput,
  updateGdapRelationship,
} from "./gdap/relationship.js";
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
  INVITATION_LIFECYCLE,
  type Invitation,
  type InvitationAcceptance,
  type InvitationFields,
  type InvitationStatus,
  type PendingInvitation,
  type SendInvitationInput,
  sendInvitation,
} from "./invitation.js";
export {
  type AutopilotPolicy,
  DEFAULT_POLICY,
  type GdapLimits,
  POLICY_EDITIONS,
  type Policy,
  type PolicyEditionId,
} from "./policy.js";
// Policy and errors
export {
  type ActiveRelationship,
  deleteRelationship,
  type EndedRelationship,
  endRelationship,
  ensureActive,
  establishRelationship,
  nonDeletableCapacities,
  RELATIONSHIP_END_ROLES,
  RELATIONSHIP_LIFECYCLE,
  type Relationship,
  type RelationshipGrant,
  type RelationshipStatus,
  type RelationshipStepInput,
  type RoleGrant,
  removeAdminRoles,
} from "./relationship.js";
export { agreementOf, allRelationships, type DomainState, initialState, relationshipOf } from "./state.js";
export {
  type Actor,
  type CustomerUser,
  PARTNER_CENTER_ROLES,
  type PartnerCenterRole,
  type PartnerUser,
} from "./vocabulary/actors.js";
export { allow, type Basis, type Decision, refuse } from "./vocabulary/decision.js";
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
export type { Lifecycle, StepActor, Transition } from "./vocabulary/transition.js";
