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
  AzureSubscriptionChangedEvent,
  CoreEvent,
  DomainEvent,
  GdapChangeRecordedEvent,
  GdapRelationshipChangedEvent,
  InvitationSentEvent,
} from "../events.js";
import { GDAP_EVENT_STEPS, gdapCarriedRefusal } from "../gdap/history.js";
import type { EventRefusal } from "../history.js";
import { sentInvitationRefusal } from "../invitation-history.js";
import { accessAssignmentDecoder } from "./access-assignment.js";
import type { Violation } from "./decoder.js";
import { autopilotDeviceDecoder, azureSubscriptionDecoder, mpsaPurchaseSharingDecoder } from "./facts.js";
import { gdapRelationshipDecoder } from "./gdap.js";
import { pendingInvitationDecoder } from "./invitation.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { gdapChangeReportDecoder } from "./pending.js";
import { type JsonOf, literal, object, parserOf, refine, standardSchemaOf, taggedUnion } from "./schema.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { identifier, instant } from "./vocabulary.js";

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

/** An invitation sent: the invitation as the step could have sent it at `at` (INVAR-7). */
const invitationSent = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<InvitationSentEvent>()({
    type: /* @__PURE__ */ literal(["InvitationSent"]),
    at: instant,
    invitation: pendingInvitationDecoder,
  }),
  (event) => refused("invitation", sentInvitationRefusal(event.invitation, event.at)),
);

/** An answer to an invitation: the same fields for accepting and cancelling. */
const invitationAnswered = {
  at: instant,
  invitation: identifier,
  customer: identifier,
  partner: identifier,
  by: identifier,
} as const;
/** A step on the relationship of a customer–partner pair: the same fields for each. */
const relationshipStep = { at: instant, customer: identifier, partner: identifier, by: identifier } as const;

/** The variants of the core events, shared by {@link coreEventDecoder} and {@link eventDecoder}. */
const CORE_EVENTS = {
  InvitationSent: invitationSent,
  InvitationAccepted: invitationAnswered,
  InvitationCancelled: invitationAnswered,
  InvitationExpired: { at: instant, invitation: identifier, customer: identifier, partner: identifier },
  AgreementAccepted: { at: instant, customer: identifier, by: identifier },
  AdminRolesRemoved: relationshipStep,
  RelationshipDeleted: relationshipStep,
  RelationshipEndedByPartner: relationshipStep,
} as const;

/** The schema of a {@link CoreEvent}: one variant per type, written as `type`, `at`, then its fields. */
export const coreEventDecoder = /* @__PURE__ */ taggedUnion<CoreEvent>()("type", CORE_EVENTS);

/** A step on a GDAP relationship: the relationship as the step could have left it (INVAR-7). */
function gdapChanged(type: GdapRelationshipChangedEvent["type"]) {
  return refine(
    object<GdapRelationshipChangedEvent>()({
      type: literal<GdapRelationshipChangedEvent["type"]>([type]),
      at: instant,
      relationship: gdapRelationshipDecoder,
    }),
    carriedViolations,
  );
}

/** A request's or operation's report on a GDAP relationship, and the relationship it left (INVAR-7). */
function gdapChangeRecorded(type: GdapChangeRecordedEvent["type"]) {
  return refine(
    object<GdapChangeRecordedEvent>()({
      type: literal<GdapChangeRecordedEvent["type"]>([type]),
      at: instant,
      report: gdapChangeReportDecoder,
      relationship: gdapRelationshipDecoder,
    }),
    carriedViolations,
  );
}

const assignmentChanged = { at: instant, assignment: accessAssignmentDecoder } as const;
const subscriptionChanged = {
  at: instant,
  subscription: azureSubscriptionDecoder,
} as const;

/**
 * The schema of every {@link DomainEvent}: one variant per type (the compiler refuses a
 * missing type or field), written as `type`, `at`, then the fields; GDAP and fact events
 * carry their entity in its JSON form.
 */
export const eventDecoder = /* @__PURE__ */ taggedUnion<DomainEvent>()("type", {
  ...CORE_EVENTS,
  GdapRelationshipCreated: /* @__PURE__ */ gdapChanged("GdapRelationshipCreated"),
  GdapRelationshipUpdated: /* @__PURE__ */ gdapChanged("GdapRelationshipUpdated"),
  GdapRelationshipDeleted: { at: instant, relationship: identifier, by: identifier },
  GdapRelationshipLockedForApproval: /* @__PURE__ */ gdapChanged("GdapRelationshipLockedForApproval"),
  GdapRelationshipApproved: /* @__PURE__ */ gdapChanged("GdapRelationshipApproved"),
  GdapRelationshipTerminated: /* @__PURE__ */ gdapChanged("GdapRelationshipTerminated"),
  GdapGlobalAdministratorRemoved: /* @__PURE__ */ gdapChanged("GdapGlobalAdministratorRemoved"),
  GdapAutoExtendSet: /* @__PURE__ */ gdapChanged("GdapAutoExtendSet"),
  GdapRelationshipAdvanced: /* @__PURE__ */ gdapChanged("GdapRelationshipAdvanced"),
  AccessAssignmentCreated: assignmentChanged,
  AccessAssignmentUpdated: assignmentChanged,
  AccessAssignmentDeleted: assignmentChanged,
  GdapRequestRecorded: /* @__PURE__ */ gdapChangeRecorded("GdapRequestRecorded"),
  GdapOperationRecorded: /* @__PURE__ */ gdapChangeRecorded("GdapOperationRecorded"),
  AccessAssignmentOperationRecorded: {
    at: instant,
    report: gdapChangeReportDecoder,
    assignment: accessAssignmentDecoder,
  },
  AzureSubscriptionRecorded: subscriptionChanged,
  AzureSubscriptionProvisioned: subscriptionChanged,
  AzureRoleAssigned: subscriptionChanged,
  AzureRoleAssignmentRemoved: subscriptionChanged,
  AutopilotDeviceRegistered: {
    at: instant,
    device: autopilotDeviceDecoder,
  },
  MpsaPurchaseSharingSet: {
    at: instant,
    setting: mpsaPurchaseSharingDecoder,
  },
});

/** A {@link CoreEvent} in JSON, discriminated by `type`. */
export type CoreEventJson = JsonOf<typeof coreEventDecoder>;
/** A {@link DomainEvent} in JSON, discriminated by `type`. */
export type EventJson = JsonOf<typeof eventDecoder>;

/** The JSON form of the events of the given types. */
type JsonOfType<T extends DomainEvent["type"]> = Extract<EventJson, { readonly type: T }>;

/** An `InvitationSentEvent` in JSON: the invitation as sent, expiry included. */
export type InvitationSentEventJson = JsonOfType<"InvitationSent">;
/** An event that answers an invitation (accepted or cancelled), in JSON. */
export type InvitationAnsweredEventJson = JsonOfType<"InvitationAccepted" | "InvitationCancelled">;
/** An `InvitationExpiredEvent` in JSON. */
export type InvitationExpiredEventJson = JsonOfType<"InvitationExpired">;
/** An `AgreementAcceptedEvent` in JSON. */
export type AgreementAcceptedEventJson = JsonOfType<"AgreementAccepted">;
/** An event on a customer–partner relationship, in JSON. */
export type RelationshipEventJson = JsonOfType<
  "AdminRolesRemoved" | "RelationshipDeleted" | "RelationshipEndedByPartner"
>;
/** A `GdapRelationshipChangedEvent` in JSON: the relationship after the step. */
export type GdapRelationshipChangedEventJson = JsonOfType<GdapRelationshipChangedEvent["type"]>;
/** A `GdapRelationshipDeletedEvent` in JSON. */
export type GdapRelationshipDeletedEventJson = JsonOfType<"GdapRelationshipDeleted">;
/** An `AccessAssignmentChangedEvent` in JSON: the assignment after the step. */
export type AccessAssignmentChangedEventJson = JsonOfType<AccessAssignmentChangedEvent["type"]>;
/** A `GdapChangeRecordedEvent` in JSON: the report taken in and the relationship after it. */
export type GdapChangeRecordedEventJson = JsonOfType<GdapChangeRecordedEvent["type"]>;
/** An `AccessAssignmentOperationRecordedEvent` in JSON: the report (GDAP-9) and the assignment after it. */
export type AccessAssignmentOperationRecordedEventJson = JsonOfType<"AccessAssignmentOperationRecorded">;
/** An `AzureSubscriptionChangedEvent` in JSON: the subscription after the step. */
export type AzureSubscriptionChangedEventJson = JsonOfType<AzureSubscriptionChangedEvent["type"]>;
/** An `AutopilotDeviceRegisteredEvent` in JSON: the device registered, with who added it. */
export type AutopilotDeviceRegisteredEventJson = JsonOfType<"AutopilotDeviceRegistered">;
/** A `MpsaPurchaseSharingSetEvent` in JSON: the setting after the change. */
export type MpsaPurchaseSharingSetEventJson = JsonOfType<"MpsaPurchaseSharingSet">;

/**
 * Parses an event of the core lifecycle from untrusted input (INVAR-6), such as a row of
 * an event store.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseCoreEvent: (input: unknown, options?: ParseOptions) => Result<CoreEvent, ParseError> =
  /* @__PURE__ */ parserOf(coreEventDecoder);

/**
 * Writes an event of the core lifecycle in its JSON form.
 *
 * @param event - the event
 */
export const coreEventToJson: (event: CoreEvent) => CoreEventJson = coreEventDecoder.encode;

/** A Standard Schema v1 validator of core events (vendor `partner-relationships`). */
export const coreEventSchema: StandardSchemaV1<unknown, CoreEvent> = /* @__PURE__ */ standardSchemaOf(coreEventDecoder);

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
export const parseEvent: (input: unknown, options?: ParseOptions) => Result<DomainEvent, ParseError> =
  /* @__PURE__ */ parserOf(eventDecoder);

/**
 * Writes any event in its JSON form.
 *
 * @param event - the event
 */
export const eventToJson: (event: DomainEvent) => EventJson = eventDecoder.encode;

/** A Standard Schema v1 validator of events (vendor `partner-relationships`). */
export const eventSchema: StandardSchemaV1<unknown, DomainEvent> = /* @__PURE__ */ standardSchemaOf(eventDecoder);
