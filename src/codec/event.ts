/**
 * The JSON form of every event (`DomainEvent`): the core lifecycle's (invitations,
 * agreement, relationships), GDAP's (relationships and access assignments) and the facts'
 * (Azure subscriptions, Autopilot devices, MPSA sharing). Parsers, serialisers and
 * Standard Schemas, discriminated by `type`. Events are what an event store or an audit
 * log keeps; parsing them back and replaying gives the same state (INVAR-5).
 *
 * GDAP and fact events carry the entity as the step left it, in that entity's JSON form
 * (`relationship`, `assignment`, `subscription`, `device`, `setting`).
 *
 * @module
 */
import type { Result } from "neverthrow";
import type {
  AccessAssignmentChangedEvent,
  AccessAssignmentOperationRecordedEvent,
  AdminRolesRemovedEvent,
  AgreementAcceptedEvent,
  AutopilotDeviceRegisteredEvent,
  AzureSubscriptionChangedEvent,
  CoreEvent,
  DomainEvent,
  GdapChangeRecordedEvent,
  GdapRelationshipChangedEvent,
  GdapRelationshipDeletedEvent,
  InvitationAcceptedEvent,
  InvitationExpiredEvent,
  InvitationSentEvent,
  MpsaPurchaseSharingSetEvent,
} from "../events.js";
import { GDAP_EVENT_STEPS, gdapCarriedRefusal } from "../gdap/history.js";
import type { EventRefusal } from "../history.js";
import { sentInvitationRefusal } from "../invitation-history.js";
import { type AccessAssignmentJson, accessAssignmentDecoder, accessAssignmentToJson } from "./access-assignment.js";
import { type Decoder, decode, literal, object, refine, taggedUnion, type Violation } from "./decoder.js";
import {
  type AutopilotDeviceJson,
  type AzureSubscriptionJson,
  autopilotDeviceDecoder,
  autopilotDeviceToJson,
  azureSubscriptionDecoder,
  azureSubscriptionToJson,
  type MpsaPurchaseSharingJson,
  mpsaPurchaseSharingDecoder,
  mpsaPurchaseSharingToJson,
} from "./facts.js";
import { type GdapRelationshipJson, gdapRelationshipDecoder, gdapRelationshipToJson } from "./gdap.js";
import { invitationToJson, type PendingInvitationJson, pendingInvitationDecoder } from "./invitation.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { type GdapChangeReportJson, gdapChangeReportDecoder, gdapChangeReportToJson } from "./pending.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toStandardSchema } from "./to-standard-schema.js";
import { identifier, instant, instantToJson } from "./vocabulary.js";

/** An {@link InvitationSentEvent} in JSON. */
export interface InvitationSentEventJson {
  /** Discriminant: the event type, always `"InvitationSent"`. */
  readonly type: "InvitationSent";
  /** ISO 8601. */
  readonly at: string;
  /** The invitation as sent, expiry included. */
  readonly invitation: PendingInvitationJson;
}

/** An event that answers an invitation, in JSON. */
export interface InvitationAnsweredEventJson {
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

/** An {@link InvitationExpiredEvent} in JSON. */
export interface InvitationExpiredEventJson {
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

/** An {@link AgreementAcceptedEvent} in JSON. */
export interface AgreementAcceptedEventJson {
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
export interface RelationshipEventJson {
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

/** A {@link CoreEvent} in JSON, discriminated by `type`. */
export type CoreEventJson =
  | InvitationSentEventJson
  | InvitationAnsweredEventJson
  | InvitationExpiredEventJson
  | AgreementAcceptedEventJson
  | RelationshipEventJson;

const invitationSent: Decoder<InvitationSentEvent> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
    type: /* @__PURE__ */ literal(["InvitationSent"]),
    at: instant,
    invitation: pendingInvitationDecoder,
  }),
  (event) => refused("invitation", sentInvitationRefusal(event.invitation, event.at)),
);
/** An answer to an invitation: the same fields for accepting and cancelling. */
function invitationAnswered<const T extends "InvitationAccepted" | "InvitationCancelled">(
  type: T,
): Decoder<Omit<InvitationAcceptedEvent, "type"> & { readonly type: T }> {
  return object({
    type: literal([type]),
    at: instant,
    invitation: identifier,
    customer: identifier,
    partner: identifier,
    by: identifier,
  });
}
const invitationExpired: Decoder<InvitationExpiredEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["InvitationExpired"]),
  at: instant,
  invitation: identifier,
  customer: identifier,
  partner: identifier,
});
const agreementAccepted: Decoder<AgreementAcceptedEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AgreementAccepted"]),
  at: instant,
  customer: identifier,
  by: identifier,
});
/** A step on the relationship of a customer–partner pair: the same fields for each. */
function relationshipEvent<const T extends "AdminRolesRemoved" | "RelationshipDeleted" | "RelationshipEndedByPartner">(
  type: T,
): Decoder<Omit<AdminRolesRemovedEvent, "type"> & { readonly type: T }> {
  return object({ type: literal([type]), at: instant, customer: identifier, partner: identifier, by: identifier });
}

/** The decoders of the core events by type, shared by {@link coreEventDecoder} and the decoder of every event. */
const CORE_EVENT_DECODERS = {
  InvitationSent: invitationSent,
  InvitationAccepted: /* @__PURE__ */ invitationAnswered("InvitationAccepted"),
  InvitationCancelled: /* @__PURE__ */ invitationAnswered("InvitationCancelled"),
  InvitationExpired: invitationExpired,
  AgreementAccepted: agreementAccepted,
  AdminRolesRemoved: /* @__PURE__ */ relationshipEvent("AdminRolesRemoved"),
  RelationshipDeleted: /* @__PURE__ */ relationshipEvent("RelationshipDeleted"),
  RelationshipEndedByPartner: /* @__PURE__ */ relationshipEvent("RelationshipEndedByPartner"),
} as const;

/** The decoder of a {@link CoreEvent}'s JSON form, for composing larger decoders (event logs). */
export const coreEventDecoder: Decoder<CoreEvent> = /* @__PURE__ */ taggedUnion("type", CORE_EVENT_DECODERS);

/**
 * Parses an event of the core lifecycle from untrusted input (INVAR-6), such as a row of
 * an event store.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseCoreEvent(input: unknown, options?: ParseOptions): Result<CoreEvent, ParseError> {
  return decode(coreEventDecoder, input, options);
}

/**
 * Writes an event of the core lifecycle in its JSON form.
 *
 * @param event - the event
 */
export function coreEventToJson(event: CoreEvent): CoreEventJson {
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

/** A Standard Schema v1 validator of core events (vendor `partner-relationships`). */
export const coreEventSchema: StandardSchemaV1<unknown, CoreEvent> = /* @__PURE__ */ toStandardSchema(parseCoreEvent);

// ---------------------------------------------------------------------------------------
// GDAP and fact events, and every event
// ---------------------------------------------------------------------------------------

/** A {@link GdapRelationshipChangedEvent} in JSON. */
export interface GdapRelationshipChangedEventJson {
  /** Discriminant: the event type, the step the GDAP relationship went through. */
  readonly type: GdapRelationshipChangedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The relationship after the step. */
  readonly relationship: GdapRelationshipJson;
}

/** A {@link GdapRelationshipDeletedEvent} in JSON. */
export interface GdapRelationshipDeletedEventJson {
  /** Discriminant: the event type, always `"GdapRelationshipDeleted"`. */
  readonly type: "GdapRelationshipDeleted";
  /** ISO 8601. */
  readonly at: string;
  /** The deleted relationship's ID. */
  readonly relationship: string;
  /** The user ID of the partner user who deleted it. */
  readonly by: string;
}

/** An {@link AccessAssignmentChangedEvent} in JSON. */
export interface AccessAssignmentChangedEventJson {
  /** Discriminant: the event type, whether the assignment was created, updated or deleted. */
  readonly type: AccessAssignmentChangedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The assignment after the step. */
  readonly assignment: AccessAssignmentJson;
}

/** A {@link GdapChangeRecordedEvent} in JSON. */
export interface GdapChangeRecordedEventJson {
  /** Discriminant: the event type, a request's (GDAP-8) or an operation's (GDAP-9) report. */
  readonly type: GdapChangeRecordedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The report taken in. */
  readonly report: GdapChangeReportJson;
  /** The relationship after the report. */
  readonly relationship: GdapRelationshipJson;
}

/** An {@link AccessAssignmentOperationRecordedEvent} in JSON. */
export interface AccessAssignmentOperationRecordedEventJson {
  /** Discriminant: the event type, always `"AccessAssignmentOperationRecorded"`. */
  readonly type: "AccessAssignmentOperationRecorded";
  /** ISO 8601. */
  readonly at: string;
  /** The operation's report (GDAP-9). */
  readonly report: GdapChangeReportJson;
  /** The assignment after the report. */
  readonly assignment: AccessAssignmentJson;
}

/** An {@link AzureSubscriptionChangedEvent} in JSON. */
export interface AzureSubscriptionChangedEventJson {
  /** Discriminant: the event type, the step the subscription went through. */
  readonly type: AzureSubscriptionChangedEvent["type"];
  /** ISO 8601. */
  readonly at: string;
  /** The subscription after the step. */
  readonly subscription: AzureSubscriptionJson;
}

/** An {@link AutopilotDeviceRegisteredEvent} in JSON. */
export interface AutopilotDeviceRegisteredEventJson {
  /** Discriminant: the event type, always `"AutopilotDeviceRegistered"`. */
  readonly type: "AutopilotDeviceRegistered";
  /** ISO 8601. */
  readonly at: string;
  /** The device registered, with who added it. */
  readonly device: AutopilotDeviceJson;
}

/** A {@link MpsaPurchaseSharingSetEvent} in JSON. */
export interface MpsaPurchaseSharingSetEventJson {
  /** Discriminant: the event type, always `"MpsaPurchaseSharingSet"`. */
  readonly type: "MpsaPurchaseSharingSet";
  /** ISO 8601. */
  readonly at: string;
  /** The setting after the change. */
  readonly setting: MpsaPurchaseSharingJson;
}

/** A {@link DomainEvent} in JSON, discriminated by `type`. */
export type EventJson =
  | CoreEventJson
  | GdapRelationshipChangedEventJson
  | GdapRelationshipDeletedEventJson
  | AccessAssignmentChangedEventJson
  | GdapChangeRecordedEventJson
  | AccessAssignmentOperationRecordedEventJson
  | AzureSubscriptionChangedEventJson
  | AutopilotDeviceRegisteredEventJson
  | MpsaPurchaseSharingSetEventJson;

/** An event's refusal as a violation of the entity it carries (INVAR-7). */
function refused(field: string, refusal: EventRefusal | undefined): Violation[] {
  return refusal === undefined
    ? []
    : [{ at: [field], expected: `what the step could have left (${refusal.rule})`, found: refusal.reason }];
}

/** The relationship is one the event's step could have left ({@link gdapCarriedRefusal}). */
function carriedViolations(event: GdapRelationshipChangedEvent | GdapChangeRecordedEvent): Violation[] {
  return refused("relationship", gdapCarriedRefusal(event.relationship, GDAP_EVENT_STEPS[event.type], event.at));
}

function gdapChanged<const T extends GdapRelationshipChangedEvent["type"]>(
  type: T,
): Decoder<GdapRelationshipChangedEvent> {
  return refine(
    object({ type: literal([type]), at: instant, relationship: gdapRelationshipDecoder }),
    carriedViolations,
  );
}

function assignmentChanged<const T extends AccessAssignmentChangedEvent["type"]>(
  type: T,
): Decoder<AccessAssignmentChangedEvent> {
  return object({ type: literal([type]), at: instant, assignment: accessAssignmentDecoder });
}

function subscriptionChanged<const T extends AzureSubscriptionChangedEvent["type"]>(
  type: T,
): Decoder<AzureSubscriptionChangedEvent> {
  return object({ type: literal([type]), at: instant, subscription: azureSubscriptionDecoder });
}

function gdapChangeRecorded<const T extends GdapChangeRecordedEvent["type"]>(
  type: T,
): Decoder<GdapChangeRecordedEvent> {
  return refine(
    object({
      type: literal([type]),
      at: instant,
      report: gdapChangeReportDecoder,
      relationship: gdapRelationshipDecoder,
    }),
    carriedViolations,
  );
}

const accessAssignmentOperationRecorded: Decoder<AccessAssignmentOperationRecordedEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AccessAssignmentOperationRecorded"]),
  at: instant,
  report: gdapChangeReportDecoder,
  assignment: accessAssignmentDecoder,
});
const gdapRelationshipDeleted: Decoder<GdapRelationshipDeletedEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["GdapRelationshipDeleted"]),
  at: instant,
  relationship: identifier,
  by: identifier,
});
const autopilotDeviceRegistered: Decoder<AutopilotDeviceRegisteredEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AutopilotDeviceRegistered"]),
  at: instant,
  device: autopilotDeviceDecoder,
});
const mpsaPurchaseSharingSet: Decoder<MpsaPurchaseSharingSetEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["MpsaPurchaseSharingSet"]),
  at: instant,
  setting: mpsaPurchaseSharingDecoder,
});

/** The decoder of a {@link DomainEvent}'s JSON form, for composing larger decoders (event logs). */
export const eventDecoder: Decoder<DomainEvent> = /* @__PURE__ */ taggedUnion("type", {
  ...CORE_EVENT_DECODERS,
  GdapRelationshipCreated: /* @__PURE__ */ gdapChanged("GdapRelationshipCreated"),
  GdapRelationshipUpdated: /* @__PURE__ */ gdapChanged("GdapRelationshipUpdated"),
  GdapRelationshipDeleted: gdapRelationshipDeleted,
  GdapRelationshipLockedForApproval: /* @__PURE__ */ gdapChanged("GdapRelationshipLockedForApproval"),
  GdapRelationshipApproved: /* @__PURE__ */ gdapChanged("GdapRelationshipApproved"),
  GdapRelationshipTerminated: /* @__PURE__ */ gdapChanged("GdapRelationshipTerminated"),
  GdapGlobalAdministratorRemoved: /* @__PURE__ */ gdapChanged("GdapGlobalAdministratorRemoved"),
  GdapAutoExtendSet: /* @__PURE__ */ gdapChanged("GdapAutoExtendSet"),
  GdapRelationshipAdvanced: /* @__PURE__ */ gdapChanged("GdapRelationshipAdvanced"),
  AccessAssignmentCreated: /* @__PURE__ */ assignmentChanged("AccessAssignmentCreated"),
  AccessAssignmentUpdated: /* @__PURE__ */ assignmentChanged("AccessAssignmentUpdated"),
  AccessAssignmentDeleted: /* @__PURE__ */ assignmentChanged("AccessAssignmentDeleted"),
  GdapRequestRecorded: /* @__PURE__ */ gdapChangeRecorded("GdapRequestRecorded"),
  GdapOperationRecorded: /* @__PURE__ */ gdapChangeRecorded("GdapOperationRecorded"),
  AccessAssignmentOperationRecorded: accessAssignmentOperationRecorded,
  AzureSubscriptionRecorded: /* @__PURE__ */ subscriptionChanged("AzureSubscriptionRecorded"),
  AzureSubscriptionProvisioned: /* @__PURE__ */ subscriptionChanged("AzureSubscriptionProvisioned"),
  AzureRoleAssigned: /* @__PURE__ */ subscriptionChanged("AzureRoleAssigned"),
  AzureRoleAssignmentRemoved: /* @__PURE__ */ subscriptionChanged("AzureRoleAssignmentRemoved"),
  AutopilotDeviceRegistered: autopilotDeviceRegistered,
  MpsaPurchaseSharingSet: mpsaPurchaseSharingSet,
});

/**
 * Parses any event the library produces from untrusted input (INVAR-6), such as a row of
 * an event store.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 *
 * @example
 * ```ts
 * import { parseEvent } from "partner-relationships/codec";
 * const events = rows.map((row) => parseEvent(JSON.parse(row.body)));
 * ```
 */
export function parseEvent(input: unknown, options?: ParseOptions): Result<DomainEvent, ParseError> {
  return decode(eventDecoder, input, options);
}

/**
 * Writes any event in its JSON form.
 *
 * @param event - the event
 */
export function eventToJson(event: DomainEvent): EventJson {
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
      return coreEventToJson(event);
  }
}

/** A Standard Schema v1 validator of events (vendor `partner-relationships`). */
export const eventSchema: StandardSchemaV1<unknown, DomainEvent> = /* @__PURE__ */ toStandardSchema(parseEvent);
