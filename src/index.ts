/**
 * partner-relationships: the rules of Microsoft partner relationships as immutable
 * values and pure state-transition functions returning neverthrow `Result`s.
 *
 * Hand-written named exports (no `export *`), one statement per source module, in the
 * order Biome sorts them: the module path says the concern (`./gdap/…`, `./access/…`,
 * `./vocabulary/…`).
 *
 * @packageDocumentation
 * @module partner-relationships
 */

import {
  canManageDomainSubscriptions as canManageDomainSubscriptionsStep,
  canSeeBillingPage as canSeeBillingPageStep,
} from "./access/aobo.js";
import {
  canManageAutopilotProfiles as canManageAutopilotProfilesStep,
  canManageDevice as canManageDeviceStep,
  canRemoveDevice as canRemoveDeviceStep,
} from "./access/autopilot.js";
import { canManageSubscription as canManageSubscriptionStep } from "./access/azure.js";
import { customerList as customerListStep, isOnCustomerList as isOnCustomerListStep } from "./access/customer-list.js";
import { canSeeMpsaPurchases as canSeeMpsaPurchasesStep, mpsaPartnersOf as mpsaPartnersOfStep } from "./access/mpsa.js";
import {
  effectiveRoleAssignments as effectiveRoleAssignmentsStep,
  implicitRoleAssignments as implicitRoleAssignmentsStep,
  listRoleMembers as listRoleMembersStep,
  partnerRelationshipsView as partnerRelationshipsViewStep,
} from "./access/partner-view.js";
import { holdsRole as holdsRoleStep } from "./access/role-holding.js";
import { owesSupport as owesSupportStep } from "./access/support.js";
import { acceptAgreement as acceptAgreementStep } from "./agreement.js";
import { auditPartnerBook as auditPartnerBookStep, unreadableBook } from "./audit/audit-partner-book.js";
import {
  auditReportToCsv as auditReportToCsvStep,
  formatAuditReport as formatAuditReportStep,
  notAReport,
} from "./audit/format.js";
import {
  authorizeCustomerAdmin as authorizeCustomerAdminStep,
  authorizePartnerUser as authorizePartnerUserStep,
} from "./authorization.js";
import { replayChecked as replayCheckedStep } from "./decider/checked-replay.js";
import { decide as decideStep, evolve as evolveStep, replay as replayStep } from "./decider.js";
import {
  canRegisterDevices as canRegisterDevicesStep,
  registerAutopilotDevice as registerAutopilotDeviceStep,
} from "./facts/autopilot.js";
import {
  assignAzureRole as assignAzureRoleStep,
  provisionSubscription as provisionSubscriptionStep,
  recordCustomerSubscription as recordCustomerSubscriptionStep,
  removeAzureRoleAssignment as removeAzureRoleAssignmentStep,
} from "./facts/azure.js";
import { setMpsaPurchaseSharing as setMpsaPurchaseSharingStep } from "./facts/mpsa.js";
import {
  createAccessAssignment as createAccessAssignmentStep,
  deleteAccessAssignment as deleteAccessAssignmentStep,
  ensureAccessAssignmentStatus as ensureAccessAssignmentStatusStep,
  isAccessAssignmentStatus as isAccessAssignmentStatusStep,
  parseAccessAssignmentStatus as parseAccessAssignmentStatusStep,
  updateAccessAssignment as updateAccessAssignmentStep,
} from "./gdap/access-assignment.js";
import {
  approveGdapRelationship as approveGdapRelationshipStep,
  completeGdapTermination as completeGdapTerminationStep,
  removeGlobalAdministrator as removeGlobalAdministratorStep,
  requestGdapTermination as requestGdapTerminationStep,
  setGdapAutoExtend as setGdapAutoExtendStep,
  terminateGdapRelationship as terminateGdapRelationshipStep,
} from "./gdap/active-steps.js";
import {
  applyAccessAssignmentOperation as applyAccessAssignmentOperationStep,
  applyGdapOperation as applyGdapOperationStep,
  applyGdapRequest as applyGdapRequestStep,
} from "./gdap/apply-graph-records.js";
import { checkGdapDisplayName as checkGdapDisplayNameStep } from "./gdap/checks.js";
import {
  createGdapRelationship as createGdapRelationshipStep,
  deleteGdapRelationship as deleteGdapRelationshipStep,
  lockGdapForApproval as lockGdapForApprovalStep,
  updateGdapRelationship as updateGdapRelationshipStep,
} from "./gdap/created-steps.js";
import {
  addDuration as addDurationStep,
  allowedRelationshipDurations as allowedRelationshipDurationsStep,
  checkAutoExtendDuration as checkAutoExtendDurationStep,
  checkRelationshipDuration as checkRelationshipDurationStep,
  durationFromInput as durationFromInputStep,
  formatDuration as formatDurationStep,
  isIsoDuration as isIsoDurationStep,
  isZeroDuration as isZeroDurationStep,
  nominalDurationMs as nominalDurationMsStep,
  parseDuration as parseDurationStep,
} from "./gdap/duration.js";
import {
  gdapGroupHoldsRole as gdapGroupHoldsRoleStep,
  gdapHoldersOfRole as gdapHoldersOfRoleStep,
  gdapRolesOfGroup as gdapRolesOfGroupStep,
} from "./gdap/effective-access.js";
import {
  recordAccessAssignmentChange as recordAccessAssignmentChangeStep,
  recordGdapChange as recordGdapChangeStep,
} from "./gdap/pending.js";
import {
  ensureGdapStatus as ensureGdapStatusStep,
  isGdapStatus as isGdapStatusStep,
  parseGdapStatus as parseGdapStatusStep,
} from "./gdap/relationship.js";
import {
  awaitsResellerConsent as awaitsResellerConsentStep,
  consentToResellerGdap as consentToResellerGdapStep,
  rejectResellerGdap as rejectResellerGdapStep,
} from "./gdap/reseller.js";
import {
  advanceGdapRelationship as advanceGdapRelationshipStep,
  ensureGdapActiveAt as ensureGdapActiveAtStep,
  gdapEndDateTimeAt as gdapEndDateTimeAtStep,
  isGdapActiveAt as isGdapActiveAtStep,
} from "./gdap/time.js";
import {
  acceptInvitation as acceptInvitationStep,
  cancelInvitation as cancelInvitationStep,
  expireInvitation as expireInvitationStep,
  sendInvitation as sendInvitationStep,
} from "./invitation.js";
import { ensurePending as ensurePendingStep } from "./invitation-lifecycle.js";

export { INVITATION_LIFECYCLE } from "./invitation-lifecycle.js";

import {
  deleteRelationship as deleteRelationshipStep,
  endRelationship as endRelationshipStep,
  ensureActive as ensureActiveStep,
  establishRelationship as establishRelationshipStep,
  nonDeletableCapacities as nonDeletableCapacitiesStep,
  removeAdminRoles as removeAdminRolesStep,
} from "./relationship.js";
import {
  accessAssignmentsOf as accessAssignmentsOfStep,
  agreementOf as agreementOfStep,
  allRelationships as allRelationshipsStep,
  gdapRelationshipsNamed as gdapRelationshipsNamedStep,
  gdapRelationshipsOf as gdapRelationshipsOfStep,
  mpsaSharingOf as mpsaSharingOfStep,
  relationshipOf as relationshipOfStep,
  relationshipsOfCustomer as relationshipsOfCustomerStep,
  relationshipsOfPartner as relationshipsOfPartnerStep,
} from "./state.js";
import {
  asEmpty,
  asErr,
  asErrBeyondType,
  asFalse,
  asNaN,
  asNothing,
  asPrinted,
  asRefusal,
  historyUnreadable,
  startingState,
  total,
  unchangedState,
} from "./total.js";
import { canTransact as canTransactStep } from "./transact.js";
import {
  canonicalRoleId as canonicalRoleIdStep,
  includesRole as includesRoleStep,
  isRoleId as isRoleIdStep,
  roleName as roleNameStep,
} from "./vocabulary/directory-roles.js";
import { isIdentifier as isIdentifierStep } from "./vocabulary/ids.js";
import { isPartnerType as isPartnerTypeStep } from "./vocabulary/partner-types.js";
import { isRuleId as isRuleIdStep } from "./vocabulary/rules.js";
import {
  addDays as addDaysStep,
  daysInMonth as daysInMonthStep,
  formatInstant as formatInstantStep,
  isInstant as isInstantStep,
  parseInstant as parseInstantStep,
} from "./vocabulary/time.js";

// Results (re-exported so callers need not depend on neverthrow directly)
export { Err, err, Ok, ok, Result } from "neverthrow";
export {
  BILLING_PAGES,
  type BillingPage,
  type BillingPageInfo,
  type BillingPageQuery,
  DOMAIN_SUBSCRIPTION_ROLES,
  ON_BEHALF_BILLING_ROLES,
} from "./access/aobo.js";
/** @function */
export const canManageDomainSubscriptions: typeof canManageDomainSubscriptionsStep = /* @__PURE__ */ total(
  canManageDomainSubscriptionsStep,
  asRefusal,
  "account, customer",
);
/** @function */
export const canSeeBillingPage: typeof canSeeBillingPageStep = /* @__PURE__ */ total(
  canSeeBillingPageStep,
  asRefusal,
  "query",
);
export type { AutopilotDeviceQuery } from "./access/autopilot.js";
export {
  type AutopilotDevice,
  type AutopilotProfileQuery,
  CUSTOMER_DEVICE_CHANNELS,
  type CustomerDeviceChannel,
  type DeviceSource,
  type RegisterAutopilotDeviceInput,
} from "./facts/autopilot.js";
/** @function */
export const canManageAutopilotProfiles: typeof canManageAutopilotProfilesStep = /* @__PURE__ */ total(
  canManageAutopilotProfilesStep,
  asRefusal,
  "query, policy",
);
/** @function */
export const canManageDevice: typeof canManageDeviceStep = /* @__PURE__ */ total(
  canManageDeviceStep,
  asRefusal,
  "query, policy",
);
/** @function */
export const canRegisterDevices: typeof canRegisterDevicesStep = /* @__PURE__ */ total(
  canRegisterDevicesStep,
  asRefusal,
  "query",
);
/** @function */
export const canRemoveDevice: typeof canRemoveDeviceStep = /* @__PURE__ */ total(
  canRemoveDeviceStep,
  asRefusal,
  "query, policy",
);
/** @function */
export const registerAutopilotDevice: typeof registerAutopilotDeviceStep = /* @__PURE__ */ total(
  registerAutopilotDeviceStep,
  asErr,
  "input",
);
export { AZURE_MANAGE_ROLES } from "./access/azure.js";
export type {
  AzurePrincipal,
  AzureRole,
  AzureRoleAssignment,
  AzureRoleStepInput,
  AzureSubscription,
  ProvisionSubscriptionInput,
  RecordCustomerSubscriptionInput,
} from "./facts/azure.js";
/** @function */
export const assignAzureRole: typeof assignAzureRoleStep = /* @__PURE__ */ total(
  assignAzureRoleStep,
  asErr,
  "subscription, input",
);
/** @function */
export const canManageSubscription: typeof canManageSubscriptionStep = /* @__PURE__ */ total(
  canManageSubscriptionStep,
  asRefusal,
  "subscription, partner, relationships",
);
/** @function */
export const provisionSubscription: typeof provisionSubscriptionStep = /* @__PURE__ */ total(
  provisionSubscriptionStep,
  asErr,
  "input",
);
/** @function */
export const recordCustomerSubscription: typeof recordCustomerSubscriptionStep = /* @__PURE__ */ total(
  recordCustomerSubscriptionStep,
  asErr,
  "input",
);
/** @function */
export const removeAzureRoleAssignment: typeof removeAzureRoleAssignmentStep = /* @__PURE__ */ total(
  removeAzureRoleAssignmentStep,
  asErr,
  "subscription, input",
);
export type { CustomerListEntry } from "./access/customer-list.js";
/** @function */
export const customerList: typeof customerListStep = /* @__PURE__ */ total(
  customerListStep,
  asEmpty,
  "partner, relationships",
);
/** @function */
export const isOnCustomerList: typeof isOnCustomerListStep = /* @__PURE__ */ total(
  isOnCustomerListStep,
  asRefusal,
  "partner, customer, relationships",
);
export type { MpsaPurchasesQuery } from "./access/mpsa.js";
export {
  type MpsaPurchaseSharing,
  mpsaPurchaseSharingOff,
  type SetMpsaPurchaseSharingInput,
  type SettingChange,
} from "./facts/mpsa.js";
/** @function */
export const canSeeMpsaPurchases: typeof canSeeMpsaPurchasesStep = /* @__PURE__ */ total(
  canSeeMpsaPurchasesStep,
  asRefusal,
  "query",
);
/** @function */
export const mpsaPartnersOf: typeof mpsaPartnersOfStep = /* @__PURE__ */ total(
  mpsaPartnersOfStep,
  asEmpty,
  "customer, relationships",
);
/** @function */
export const setMpsaPurchaseSharing: typeof setMpsaPurchaseSharingStep = /* @__PURE__ */ total(
  setMpsaPurchaseSharingStep,
  asErr,
  "setting, input",
);
export type {
  EffectiveRoleAssignment,
  ExplicitRoleAssignment,
  ImplicitRoleAssignment,
  PartnerRelationshipEntry,
  PartnerRelationshipsView,
} from "./access/partner-view.js";
/** @function */
export const effectiveRoleAssignments: typeof effectiveRoleAssignmentsStep = /* @__PURE__ */ total(
  effectiveRoleAssignmentsStep,
  asEmpty,
  "customer, explicit, relationships",
);
/** @function */
export const implicitRoleAssignments: typeof implicitRoleAssignmentsStep = /* @__PURE__ */ total(
  implicitRoleAssignmentsStep,
  asEmpty,
  "customer, relationships",
);
/** @function */
export const listRoleMembers: typeof listRoleMembersStep = /* @__PURE__ */ total(
  listRoleMembersStep,
  asEmpty,
  "assignments, role",
);
/** @function */
export const partnerRelationshipsView: typeof partnerRelationshipsViewStep = /* @__PURE__ */ total(
  partnerRelationshipsViewStep,
  asErr,
  "actor, customer, relationships",
);
export type { RoleQuery } from "./access/role-holding.js";
/** @function */
export const holdsRole: typeof holdsRoleStep = /* @__PURE__ */ total(holdsRoleStep, asRefusal, "relationships, query");
export type { SupportQuery } from "./access/support.js";
/** @function */
export const owesSupport: typeof owesSupportStep = /* @__PURE__ */ total(owesSupportStep, asRefusal, "query");
export type { TransactQuery } from "./transact.js";
/** @function */
export const canTransact: typeof canTransactStep = /* @__PURE__ */ total(canTransactStep, asRefusal, "query");
export {
  type AcceptAgreementInput,
  type AgreementAccepted,
  type AgreementNotAccepted,
  agreementNotAccepted,
  type CustomerAgreement,
} from "./agreement.js";
/** @function */
export const auditPartnerBook: typeof auditPartnerBookStep = /* @__PURE__ */ total(
  auditPartnerBookStep,
  unreadableBook,
  "book, options",
);
export {
  AUDIT_FINDING_KINDS,
  AUDIT_SEVERITIES,
  type AuditCustomer,
  type AuditFinding,
  type AuditFindingKind,
  type AuditRemedy,
  type AuditRemedyStep,
  type AuditReport,
  type AuditSeverity,
  type AuditSkipped,
  type AuditSummary,
} from "./audit/finding.js";
export { AUDIT_CSV_COLUMNS } from "./audit/format.js";
/** @function */
export const auditReportToCsv: typeof auditReportToCsvStep = /* @__PURE__ */ total(
  auditReportToCsvStep,
  notAReport,
  "report",
);
/** @function */
export const formatAuditReport: typeof formatAuditReportStep = /* @__PURE__ */ total(
  formatAuditReportStep,
  notAReport,
  "report",
);
export {
  type AuditBook,
  type AuditOptions,
  type AuditThresholds,
  DEFAULT_AUDIT_THRESHOLDS,
  PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
} from "./audit/options.js";
/** @function */
export const acceptAgreement: typeof acceptAgreementStep = /* @__PURE__ */ total(
  acceptAgreementStep,
  asErr,
  "agreement, input",
);
export {
  CUSTOMER_ADMIN_ROLES,
  DAP_VIEW_ROLES,
  GDAP_APPROVAL_ROLES,
  GDAP_REQUEST_ROLES,
  RELATIONSHIP_REQUEST_ROLES,
} from "./authorization.js";
/** @function */
export const authorizeCustomerAdmin: typeof authorizeCustomerAdminStep = /* @__PURE__ */ total(
  authorizeCustomerAdminStep,
  asErr,
  "actor, customer, step, anyOf, rule",
);
/** @function */
export const authorizePartnerUser: typeof authorizePartnerUserStep = /* @__PURE__ */ total(
  authorizePartnerUserStep,
  asErr,
  "actor, partner, step, anyOf",
);
export type {
  AcceptAgreementCommand,
  AcceptInvitationCommand,
  AdvanceGdapRelationshipCommand,
  AzureRoleCommand,
  CancelInvitationCommand,
  CommandOf,
  CoreCommand,
  CreateAccessAssignmentCommand,
  CreateGdapRelationshipCommand,
  DeleteAccessAssignmentCommand,
  DeleteRelationshipCommand,
  DomainCommand,
  DomainCommandType,
  EndRelationshipCommand,
  ExpireInvitationCommand,
  FactCommand,
  GdapCommand,
  GdapRelationshipCommand,
  OnAccessAssignment,
  OnGdapRelationship,
  OnInvitation,
  ProvisionAzureSubscriptionCommand,
  RecordAzureSubscriptionCommand,
  RecordGdapOperationCommand,
  RecordGdapRequestCommand,
  RegisterAutopilotDeviceCommand,
  RemoveAdminRolesCommand,
  SendInvitationCommand,
  SetGdapAutoExtendCommand,
  SetMpsaPurchaseSharingCommand,
  UpdateAccessAssignmentCommand,
  UpdateGdapRelationshipCommand,
} from "./commands.js";
export type { HistoryRejected, SetAsideEvent } from "./decider/checked-replay.js";
/** @function */
export const replayChecked: typeof replayCheckedStep = /* @__PURE__ */ total(
  replayCheckedStep,
  historyUnreadable,
  "events, from, policy",
);
export { COMMAND_TYPES, EVENT_TYPES } from "./decider.js";
/** @function */
export const decide: typeof decideStep = /* @__PURE__ */ total(decideStep, asErr, "command, state, policy");
/** @function */
export const evolve: typeof evolveStep = /* @__PURE__ */ total(evolveStep, unchangedState, "state, event");
/** @function */
export const replay: typeof replayStep = /* @__PURE__ */ total(replayStep, startingState, "events, from");
export { describeValue, MAX_EXCERPT } from "./describe-value.js";
export type {
  AccessAssignmentExists,
  AccessAssignmentStatusNotAllowed,
  AgreementNotAcknowledged,
  ContactPartnerToEnd,
  CustomerNotBound,
  CustomerPartnerPair,
  DisplayNameTaken,
  DisplayNameTooLong,
  DomainError,
  DomainErrorCode,
  GdapError,
  GdapRequestExpired,
  GdapStatusNotAllowed,
  GlobalAdminAutoExtend,
  GlobalAdminRemovalNotActive,
  InvalidDuration,
  InvalidInput,
  InvitationExpired,
  InvitationNotExpired,
  InvitationNotPending,
  NotAuthorized,
  NotAuthorizedReason,
  NotPermitted,
  RelationshipEnded,
  RelationshipMismatch,
  RolesOutsideRelationship,
} from "./errors.js";
export type {
  AccessAssignmentChangedEvent,
  AccessAssignmentOperationRecordedEvent,
  AdminRolesRemovedEvent,
  AgreementAcceptedEvent,
  AutopilotDeviceRegisteredEvent,
  AzureSubscriptionChangedEvent,
  CoreEvent,
  DomainEvent,
  DomainEventType,
  FactEvent,
  GdapChangeRecordedEvent,
  GdapEvent,
  GdapRelationshipChangedEvent,
  GdapRelationshipDeletedEvent,
  InvitationAcceptedEvent,
  InvitationCancelledEvent,
  InvitationExpiredEvent,
  InvitationSentEvent,
  MpsaPurchaseSharingSetEvent,
  RelationshipDeletedEvent,
  RelationshipEndedByPartnerEvent,
} from "./events.js";
export {
  ACCESS_ASSIGNMENT_LIFECYCLE,
  ACCESS_ASSIGNMENT_STATUSES,
  type AccessAssignment,
  type AccessAssignmentFields,
  type AccessAssignmentId,
  type AccessAssignmentIn,
  type AccessAssignmentStatus,
  type AccessAssignmentStatusOrUnknown,
  type ActiveAccessAssignment,
  type CreateAccessAssignmentInput,
  type DeleteAccessAssignmentInput,
  type DeletedAccessAssignment,
  type DeletingAccessAssignment,
  type ErrorAccessAssignment,
  type PendingAccessAssignment,
  type SecurityGroupId,
  type UnknownStatusAccessAssignment,
  type UpdateAccessAssignmentInput,
} from "./gdap/access-assignment.js";
/** @function */
export const createAccessAssignment: typeof createAccessAssignmentStep = /* @__PURE__ */ total(
  createAccessAssignmentStep,
  asErr,
  "relationship, input",
);
/** @function */
export const deleteAccessAssignment: typeof deleteAccessAssignmentStep = /* @__PURE__ */ total(
  deleteAccessAssignmentStep,
  asErr,
  "assignment, input",
);
/** @function */
export const ensureAccessAssignmentStatus: typeof ensureAccessAssignmentStatusStep = /* @__PURE__ */ total(
  ensureAccessAssignmentStatusStep,
  asErrBeyondType,
  "assignment, allowed, step",
);
/** @function */
export const isAccessAssignmentStatus: typeof isAccessAssignmentStatusStep = /* @__PURE__ */ total(
  isAccessAssignmentStatusStep,
  asFalse,
  "value",
);
/** @function */
export const parseAccessAssignmentStatus: typeof parseAccessAssignmentStatusStep = /* @__PURE__ */ total(
  parseAccessAssignmentStatusStep,
  asErr,
  "value, path",
);
/** @function */
export const updateAccessAssignment: typeof updateAccessAssignmentStep = /* @__PURE__ */ total(
  updateAccessAssignmentStep,
  asErr,
  "assignment, relationship, input",
);
export {
  type DurationInput,
  type IsoDuration,
  ZERO_DURATION,
} from "./gdap/duration.js";
/** @function */
export const addDuration: typeof addDurationStep = /* @__PURE__ */ total(addDurationStep, asNaN, "at, duration");
/** @function */
export const allowedRelationshipDurations: typeof allowedRelationshipDurationsStep = /* @__PURE__ */ total(
  allowedRelationshipDurationsStep,
  asPrinted,
  "policy",
);
/** @function */
export const checkAutoExtendDuration: typeof checkAutoExtendDurationStep = /* @__PURE__ */ total(
  checkAutoExtendDurationStep,
  asErrBeyondType,
  "value, policy, path",
);
/** @function */
export const checkRelationshipDuration: typeof checkRelationshipDurationStep = /* @__PURE__ */ total(
  checkRelationshipDurationStep,
  asErrBeyondType,
  "value, policy, path",
);
/** @function */
export const durationFromInput: typeof durationFromInputStep = /* @__PURE__ */ total(
  durationFromInputStep,
  asErrBeyondType,
  "value, path",
);
/** @function */
export const formatDuration: typeof formatDurationStep = /* @__PURE__ */ total(
  formatDurationStep,
  asPrinted,
  "duration",
);
/** @function */
export const isIsoDuration: typeof isIsoDurationStep = /* @__PURE__ */ total(isIsoDurationStep, asFalse, "value");
/** @function */
export const isZeroDuration: typeof isZeroDurationStep = /* @__PURE__ */ total(isZeroDurationStep, asFalse, "duration");
/** @function */
export const nominalDurationMs: typeof nominalDurationMsStep = /* @__PURE__ */ total(
  nominalDurationMsStep,
  asNaN,
  "duration",
);
/** @function */
export const parseDuration: typeof parseDurationStep = /* @__PURE__ */ total(
  parseDurationStep,
  asErrBeyondType,
  "text, path",
);
export type { GdapGroupQuery, GdapGroupRoleQuery, GdapRoleHolding, GdapRoleQuery } from "./gdap/effective-access.js";
/** @function */
export const gdapGroupHoldsRole: typeof gdapGroupHoldsRoleStep = /* @__PURE__ */ total(
  gdapGroupHoldsRoleStep,
  asRefusal,
  "relationships, assignments, query",
);
/** @function */
export const gdapHoldersOfRole: typeof gdapHoldersOfRoleStep = /* @__PURE__ */ total(
  gdapHoldersOfRoleStep,
  asEmpty,
  "relationships, assignments, query",
);
/** @function */
export const gdapRolesOfGroup: typeof gdapRolesOfGroupStep = /* @__PURE__ */ total(
  gdapRolesOfGroupStep,
  asEmpty,
  "relationships, assignments, query",
);
export {
  type DelegatedAdminCustomer,
  GDAP_CHANGE_ACTIONS,
  GDAP_OPERATION_STATUSES,
  GDAP_OPERATION_TYPES,
  GDAP_REQUEST_ACTIONS,
  GDAP_REQUEST_STATUSES,
  GDAP_UNSETTLED_STATUSES,
  type GdapChangeAction,
  type GdapGraphFacts,
  type GdapOperationData,
  type GdapOperationStatus,
  type GdapOperationType,
  type GdapRelationshipOperation,
  type GdapRelationshipRequest,
  type GdapRequestAction,
  type GdapRequestStatus,
  type GdapUnsettledStatus,
  type PendingGdapChange,
  type ResellerFields,
  UNKNOWN_FUTURE_VALUE,
  type UnknownFutureValue,
} from "./gdap/graph-records.js";
export type { GdapChangeInput, GdapChangeOutcome, GdapChangeReport, GdapChangeResult } from "./gdap/pending.js";
/** @function */
export const applyAccessAssignmentOperation: typeof applyAccessAssignmentOperationStep = /* @__PURE__ */ total(
  applyAccessAssignmentOperationStep,
  asErr,
  "assignment, relationship, operation, input",
);
/** @function */
export const applyGdapOperation: typeof applyGdapOperationStep = /* @__PURE__ */ total(
  applyGdapOperationStep,
  asErr,
  "relationship, operation, input",
);
/** @function */
export const applyGdapRequest: typeof applyGdapRequestStep = /* @__PURE__ */ total(
  applyGdapRequestStep,
  asErr,
  "relationship, request, input",
);
/** @function */
export const recordAccessAssignmentChange: typeof recordAccessAssignmentChangeStep = /* @__PURE__ */ total(
  recordAccessAssignmentChangeStep,
  asErr,
  "assignment, relationship, report, input",
);
/** @function */
export const recordGdapChange: typeof recordGdapChangeStep = /* @__PURE__ */ total(
  recordGdapChangeStep,
  asErr,
  "relationship, report, input",
);
export type { SetGdapAutoExtendInput } from "./gdap/active-steps.js";
export type {
  CreateGdapRelationshipInput,
  GdapRelationshipDeletion,
  UpdateGdapRelationshipInput,
} from "./gdap/created-steps.js";
export { GDAP_LIFECYCLE } from "./gdap/lifecycle.js";
export {
  type ActivatingGdap,
  type ActiveGdap,
  type ApprovalPendingGdap,
  type ApprovedGdap,
  type CreatedGdap,
  type ExpiredGdap,
  type ExpiringGdap,
  type FinalGdap,
  GDAP_FINAL_STATUSES,
  GDAP_STATUSES,
  GDAP_TRANSIENT_STATUSES,
  type GdapRelationship,
  type GdapRelationshipFields,
  type GdapRelationshipId,
  type GdapRelationshipIn,
  type GdapRelationshipStatus,
  type GdapStatus,
  type GdapStepInput,
  type TerminatedGdap,
  type TerminatingGdap,
  type TerminationRequestedGdap,
  type UnknownStatusGdap,
} from "./gdap/relationship.js";
/** @function */
export const advanceGdapRelationship: typeof advanceGdapRelationshipStep = /* @__PURE__ */ total(
  advanceGdapRelationshipStep,
  asErr,
  "relationship, at",
);
/** @function */
export const approveGdapRelationship: typeof approveGdapRelationshipStep = /* @__PURE__ */ total(
  approveGdapRelationshipStep,
  asErr,
  "relationship, input",
);
/** @function */
export const checkGdapDisplayName: typeof checkGdapDisplayNameStep = /* @__PURE__ */ total(
  checkGdapDisplayNameStep,
  asErr,
  "displayName, partner, self, existing, policy",
);
/** @function */
export const completeGdapTermination: typeof completeGdapTerminationStep = /* @__PURE__ */ total(
  completeGdapTerminationStep,
  asErr,
  "relationship, at",
);
/** @function */
export const createGdapRelationship: typeof createGdapRelationshipStep = /* @__PURE__ */ total(
  createGdapRelationshipStep,
  asErr,
  "input, policy",
);
/** @function */
export const deleteGdapRelationship: typeof deleteGdapRelationshipStep = /* @__PURE__ */ total(
  deleteGdapRelationshipStep,
  asErr,
  "relationship, input",
);
/** @function */
export const ensureGdapActiveAt: typeof ensureGdapActiveAtStep = /* @__PURE__ */ total(
  ensureGdapActiveAtStep,
  asErr,
  "relationship, at, step",
);
/** @function */
export const ensureGdapStatus: typeof ensureGdapStatusStep = /* @__PURE__ */ total(
  ensureGdapStatusStep,
  asErrBeyondType,
  "relationship, allowed, step",
);
/** @function */
export const gdapEndDateTimeAt: typeof gdapEndDateTimeAtStep = /* @__PURE__ */ total(
  gdapEndDateTimeAtStep,
  asNothing,
  "relationship, at",
);
/** @function */
export const isGdapActiveAt: typeof isGdapActiveAtStep = /* @__PURE__ */ total(
  isGdapActiveAtStep,
  asFalse,
  "relationship, at",
);
/** @function */
export const isGdapStatus: typeof isGdapStatusStep = /* @__PURE__ */ total(isGdapStatusStep, asFalse, "value");
/** @function */
export const lockGdapForApproval: typeof lockGdapForApprovalStep = /* @__PURE__ */ total(
  lockGdapForApprovalStep,
  asErr,
  "relationship, input",
);
/** @function */
export const parseGdapStatus: typeof parseGdapStatusStep = /* @__PURE__ */ total(
  parseGdapStatusStep,
  asErr,
  "value, path",
);
/** @function */
export const removeGlobalAdministrator: typeof removeGlobalAdministratorStep = /* @__PURE__ */ total(
  removeGlobalAdministratorStep,
  asErr,
  "relationship, input",
);
/** @function */
export const requestGdapTermination: typeof requestGdapTerminationStep = /* @__PURE__ */ total(
  requestGdapTerminationStep,
  asErr,
  "relationship, input",
);
/** @function */
export const setGdapAutoExtend: typeof setGdapAutoExtendStep = /* @__PURE__ */ total(
  setGdapAutoExtendStep,
  asErr,
  "relationship, input, policy",
);
/** @function */
export const terminateGdapRelationship: typeof terminateGdapRelationshipStep = /* @__PURE__ */ total(
  terminateGdapRelationshipStep,
  asErr,
  "relationship, input",
);
/** @function */
export const updateGdapRelationship: typeof updateGdapRelationshipStep = /* @__PURE__ */ total(
  updateGdapRelationshipStep,
  asErr,
  "relationship, input, policy",
);
/** @function */
export const awaitsResellerConsent: typeof awaitsResellerConsentStep = /* @__PURE__ */ total(
  awaitsResellerConsentStep,
  asFalse,
  "relationship",
);
/** @function */
export const consentToResellerGdap: typeof consentToResellerGdapStep = /* @__PURE__ */ total(
  consentToResellerGdapStep,
  asErr,
  "relationship, input",
);
/** @function */
export const rejectResellerGdap: typeof rejectResellerGdapStep = /* @__PURE__ */ total(
  rejectResellerGdapStep,
  asErr,
  "relationship, input",
);
export type {
  AcceptedInvitation,
  AcceptInvitationInput,
  CancelInvitationInput,
  CancelledInvitation,
  ExpiredInvitation,
  FinalInvitation,
  Invitation,
  InvitationAcceptance,
  InvitationFields,
  InvitationStatus,
  PendingInvitation,
  SendInvitationInput,
} from "./invitation.js";
/** @function */
export const acceptInvitation: typeof acceptInvitationStep = /* @__PURE__ */ total(
  acceptInvitationStep,
  asErr,
  "invitation, input",
);
/** @function */
export const cancelInvitation: typeof cancelInvitationStep = /* @__PURE__ */ total(
  cancelInvitationStep,
  asErr,
  "invitation, input",
);
/** @function */
export const ensurePending: typeof ensurePendingStep = /* @__PURE__ */ total(
  ensurePendingStep,
  asErrBeyondType,
  "invitation",
);
/** @function */
export const expireInvitation: typeof expireInvitationStep = /* @__PURE__ */ total(
  expireInvitationStep,
  asErr,
  "invitation, at",
);
/** @function */
export const sendInvitation: typeof sendInvitationStep = /* @__PURE__ */ total(
  sendInvitationStep,
  asErr,
  "input, policy",
);
export { type AutopilotPolicy, DEFAULT_POLICY, type GdapLimits, type Policy } from "./policy.js";
export { POLICY_EDITIONS, type PolicyEditionId } from "./policy-editions.js";
export {
  type ActiveRelationship,
  type EndedRelationship,
  RELATIONSHIP_END_ROLES,
  RELATIONSHIP_LIFECYCLE,
  type Relationship,
  type RelationshipGrant,
  type RelationshipStatus,
  type RelationshipStepInput,
  type RoleGrant,
} from "./relationship.js";
/** @function */
export const deleteRelationship: typeof deleteRelationshipStep = /* @__PURE__ */ total(
  deleteRelationshipStep,
  asErr,
  "relationship, input, policy",
);
/** @function */
export const endRelationship: typeof endRelationshipStep = /* @__PURE__ */ total(
  endRelationshipStep,
  asErr,
  "relationship, input",
);
/** @function */
export const ensureActive: typeof ensureActiveStep = /* @__PURE__ */ total(
  ensureActiveStep,
  asErrBeyondType,
  "relationship",
);
/** @function */
export const establishRelationship: typeof establishRelationshipStep = /* @__PURE__ */ total(
  establishRelationshipStep,
  asNothing,
  "existing, grant",
);
/** @function */
export const nonDeletableCapacities: typeof nonDeletableCapacitiesStep = /* @__PURE__ */ total(
  nonDeletableCapacitiesStep,
  asEmpty,
  "capacities, policy",
);
/** @function */
export const removeAdminRoles: typeof removeAdminRolesStep = /* @__PURE__ */ total(
  removeAdminRolesStep,
  asErr,
  "relationship, input",
);
export { type DomainState, initialState } from "./state.js";
/** @function */
export const accessAssignmentsOf: typeof accessAssignmentsOfStep = /* @__PURE__ */ total(
  accessAssignmentsOfStep,
  asEmpty,
  "state, relationship",
);
/** @function */
export const agreementOf: typeof agreementOfStep = /* @__PURE__ */ total(agreementOfStep, asNothing, "state, customer");
/** @function */
export const allRelationships: typeof allRelationshipsStep = /* @__PURE__ */ total(
  allRelationshipsStep,
  asEmpty,
  "state",
);
/** @function */
export const gdapRelationshipsOf: typeof gdapRelationshipsOfStep = /* @__PURE__ */ total(
  gdapRelationshipsOfStep,
  asEmpty,
  "state, partner",
);
/** @function */
export const mpsaSharingOf: typeof mpsaSharingOfStep = /* @__PURE__ */ total(
  mpsaSharingOfStep,
  asNothing,
  "state, customer",
);
/** @function */
export const relationshipOf: typeof relationshipOfStep = /* @__PURE__ */ total(
  relationshipOfStep,
  asNothing,
  "state, customer, partner",
);
/** @function */
export const relationshipsOfCustomer: typeof relationshipsOfCustomerStep = /* @__PURE__ */ total(
  relationshipsOfCustomerStep,
  asEmpty,
  "state, customer",
);
/** @function */
export const relationshipsOfPartner: typeof relationshipsOfPartnerStep = /* @__PURE__ */ total(
  relationshipsOfPartnerStep,
  asEmpty,
  "state, partner",
);
/** @function */
export const gdapRelationshipsNamed: typeof gdapRelationshipsNamedStep = /* @__PURE__ */ total(
  gdapRelationshipsNamedStep,
  asEmpty,
  "state, partner, displayName",
);
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
  LICENSE_ADMINISTRATOR,
  MAX_ROLES,
  PRIVILEGED_ROLE_ADMINISTRATOR,
  type RoleId,
  SECURITY_ADMINISTRATOR,
  SERVICE_SUPPORT_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "./vocabulary/directory-roles.js";
/** @function */
export const canonicalRoleId: typeof canonicalRoleIdStep = /* @__PURE__ */ total(
  canonicalRoleIdStep,
  asPrinted,
  "role",
);
/** @function */
export const includesRole: typeof includesRoleStep = /* @__PURE__ */ total(includesRoleStep, asFalse, "roles, role");
/** @function */
export const isRoleId: typeof isRoleIdStep = /* @__PURE__ */ total(isRoleIdStep, asFalse, "value");
/** @function */
export const roleName: typeof roleNameStep = /* @__PURE__ */ total(roleNameStep, asPrinted, "role");
export { ENTRA_BUILT_IN_ROLES } from "./vocabulary/entra-roles.js";
export type { CustomerId, InvitationId, PartnerId, UserId } from "./vocabulary/ids.js";
/** @function */
export const isIdentifier: typeof isIdentifierStep = /* @__PURE__ */ total(isIdentifierStep, asFalse, "value");
export { PARTNER_TYPE_NAMES } from "./vocabulary/partner-type-names.js";
export {
  PARTNER_TYPE_LIST,
  PARTNER_TYPES,
  type PartnerType,
  type PartnerTypeInfo,
  type RoleHolder,
  type RoleProvision,
  type RoleSlot,
} from "./vocabulary/partner-types.js";
/** @function */
export const isPartnerType: typeof isPartnerTypeStep = /* @__PURE__ */ total(isPartnerTypeStep, asFalse, "value");
export { RULE_IDS, RULES, type RuleId } from "./vocabulary/rules.js";
/** @function */
export const isRuleId: typeof isRuleIdStep = /* @__PURE__ */ total(isRuleIdStep, asFalse, "value");
export { type Instant, type InstantFault, MAX_INSTANT, MIN_INSTANT, MS_PER_DAY } from "./vocabulary/time.js";
/** @function */
export const addDays: typeof addDaysStep = /* @__PURE__ */ total(addDaysStep, asNaN, "at, days");
/** @function */
export const daysInMonth: typeof daysInMonthStep = /* @__PURE__ */ total(daysInMonthStep, asNaN, "year, monthIndex");
/** @function */
export const formatInstant: typeof formatInstantStep = /* @__PURE__ */ total(formatInstantStep, asPrinted, "at");
/** @function */
export const isInstant: typeof isInstantStep = /* @__PURE__ */ total(isInstantStep, asFalse, "value");
/** @function */
export const parseInstant: typeof parseInstantStep = /* @__PURE__ */ total(parseInstantStep, asErrBeyondType, "text");
export type { Lifecycle, Removal, StepActor, Transition } from "./vocabulary/transition.js";
