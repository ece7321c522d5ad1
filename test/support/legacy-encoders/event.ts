/**
 * Test oracle (issue 15): the hand-written event encoders as they were before the codec
 * derived its encoders from schemas, copied verbatim (only the imports and the names
 * changed). The differential property tests (test/codec/legacy-log.test.ts) hold the
 * schema-derived `coreEventToJson` and `eventToJson` to the same bytes. Keep them unchanged.
 */
import type { CoreEvent, DomainEvent } from "partner-relationships";
import {
  accessAssignmentToJson,
  autopilotDeviceToJson,
  azureSubscriptionToJson,
  type CoreEventJson,
  type EventJson,
  gdapChangeReportToJson,
  gdapRelationshipToJson,
  instantToJson,
  invitationToJson,
  mpsaPurchaseSharingToJson,
  type PendingInvitationJson,
} from "partner-relationships/codec";

/**
 * Writes an event of the core lifecycle in its JSON form.
 *
 * @param event - the event
 */
export function legacyCoreEventToJson(event: CoreEvent): CoreEventJson {
  const at = instantToJson(event.at);
  switch (event.type) {
    case "InvitationSent":
      return { type: event.type, at, invitation: invitationToJson(event.invitation) as PendingInvitationJson };
    case "InvitationAccepted":
    case "InvitationCancelled":
      return {
        type: event.type,
        at,
        invitation: event.invitation,
        customer: event.customer,
        partner: event.partner,
        by: event.by,
      };
    case "InvitationExpired":
      return { type: event.type, at, invitation: event.invitation, customer: event.customer, partner: event.partner };
    case "AgreementAccepted":
      return { type: event.type, at, customer: event.customer, by: event.by };
    case "AdminRolesRemoved":
    case "RelationshipDeleted":
    case "RelationshipEndedByPartner":
      return { type: event.type, at, customer: event.customer, partner: event.partner, by: event.by };
  }
}

/**
 * Writes any event in its JSON form.
 *
 * @param event - the event
 */
export function legacyEventToJson(event: DomainEvent): EventJson {
  const at = instantToJson(event.at);
  switch (event.type) {
    case "GdapRelationshipCreated":
    case "GdapRelationshipUpdated":
    case "GdapRelationshipLockedForApproval":
    case "GdapRelationshipApproved":
    case "GdapRelationshipTerminated":
    case "GdapGlobalAdministratorRemoved":
    case "GdapAutoExtendSet":
    case "GdapRelationshipAdvanced":
      return { type: event.type, at, relationship: gdapRelationshipToJson(event.relationship) };
    case "GdapRelationshipDeleted":
      return { type: event.type, at, relationship: event.relationship, by: event.by };
    case "AccessAssignmentCreated":
    case "AccessAssignmentUpdated":
    case "AccessAssignmentDeleted":
      return { type: event.type, at, assignment: accessAssignmentToJson(event.assignment) };
    case "GdapRequestRecorded":
    case "GdapOperationRecorded":
      return {
        type: event.type,
        at,
        report: gdapChangeReportToJson(event.report),
        relationship: gdapRelationshipToJson(event.relationship),
      };
    case "AccessAssignmentOperationRecorded":
      return {
        type: event.type,
        at,
        report: gdapChangeReportToJson(event.report),
        assignment: accessAssignmentToJson(event.assignment),
      };
    case "AzureSubscriptionRecorded":
    case "AzureSubscriptionProvisioned":
    case "AzureRoleAssigned":
    case "AzureRoleAssignmentRemoved":
      return { type: event.type, at, subscription: azureSubscriptionToJson(event.subscription) };
    case "AutopilotDeviceRegistered":
      return { type: event.type, at, device: autopilotDeviceToJson(event.device) };
    case "MpsaPurchaseSharingSet":
      return { type: event.type, at, setting: mpsaPurchaseSharingToJson(event.setting) };
    default:
      return legacyCoreEventToJson(event);
  }
}
