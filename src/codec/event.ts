/**
 * The JSON form of the core lifecycle's events (invitations, agreement, relationships):
 * parser, serialiser and Standard Schema, discriminated by `type`. Events are what an
 * event store or an audit log keeps; parsing them back and replaying gives the same state
 * (INVAR-5).
 *
 * GDAP and fact events (Azure, Autopilot, MPSA) carry GDAP and access values; their codecs
 * come with those values' codecs, built with the same toolkit.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type {
  AdminRolesRemovedEvent,
  AgreementAcceptedEvent,
  CoreEvent,
  InvitationAcceptedEvent,
  InvitationCancelledEvent,
  InvitationExpiredEvent,
  InvitationSentEvent,
  RelationshipDeletedEvent,
  RelationshipEndedByPartnerEvent,
} from "../events.js";
import { type Decoder, decode, literal, object, taggedUnion } from "./decoder.js";
import { invitationToJson, type PendingInvitationJson, pendingInvitationDecoder } from "./invitation.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toStandardSchema } from "./to-standard-schema.js";
import { identifier, instant, instantToJson } from "./vocabulary.js";

/** An {@link InvitationSentEvent} in JSON. */
export interface InvitationSentEventJson {
  readonly type: "InvitationSent";
  /** ISO 8601. */
  readonly at: string;
  readonly invitation: PendingInvitationJson;
}

/** An event that answers an invitation, in JSON. */
export interface InvitationAnsweredEventJson {
  readonly type: "InvitationAccepted" | "InvitationCancelled";
  /** ISO 8601. */
  readonly at: string;
  readonly invitation: string;
  readonly customer: string;
  readonly partner: string;
  readonly by: string;
}

/** An {@link InvitationExpiredEvent} in JSON. */
export interface InvitationExpiredEventJson {
  readonly type: "InvitationExpired";
  /** ISO 8601. */
  readonly at: string;
  readonly invitation: string;
  readonly customer: string;
  readonly partner: string;
}

/** An {@link AgreementAcceptedEvent} in JSON. */
export interface AgreementAcceptedEventJson {
  readonly type: "AgreementAccepted";
  /** ISO 8601. */
  readonly at: string;
  readonly customer: string;
  readonly by: string;
}

/** An event on a relationship, in JSON. */
export interface RelationshipEventJson {
  readonly type: "AdminRolesRemoved" | "RelationshipDeleted" | "RelationshipEndedByPartner";
  /** ISO 8601. */
  readonly at: string;
  readonly customer: string;
  readonly partner: string;
  readonly by: string;
}

/** A {@link CoreEvent} in JSON, discriminated by `type`. */
export type CoreEventJson =
  | InvitationSentEventJson
  | InvitationAnsweredEventJson
  | InvitationExpiredEventJson
  | AgreementAcceptedEventJson
  | RelationshipEventJson;

const invitationSent: Decoder<InvitationSentEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["InvitationSent"]),
  at: instant,
  invitation: pendingInvitationDecoder,
});
const invitationAccepted: Decoder<InvitationAcceptedEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["InvitationAccepted"]),
  at: instant,
  invitation: identifier,
  customer: identifier,
  partner: identifier,
  by: identifier,
});
const invitationCancelled: Decoder<InvitationCancelledEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["InvitationCancelled"]),
  at: instant,
  invitation: identifier,
  customer: identifier,
  partner: identifier,
  by: identifier,
});
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
const adminRolesRemoved: Decoder<AdminRolesRemovedEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["AdminRolesRemoved"]),
  at: instant,
  customer: identifier,
  partner: identifier,
  by: identifier,
});
const relationshipDeleted: Decoder<RelationshipDeletedEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["RelationshipDeleted"]),
  at: instant,
  customer: identifier,
  partner: identifier,
  by: identifier,
});
const relationshipEndedByPartner: Decoder<RelationshipEndedByPartnerEvent> = /* @__PURE__ */ object({
  type: /* @__PURE__ */ literal(["RelationshipEndedByPartner"]),
  at: instant,
  customer: identifier,
  partner: identifier,
  by: identifier,
});

/** The decoder of a {@link CoreEvent}'s JSON form, for composing larger decoders (event logs). */
export const coreEventDecoder: Decoder<CoreEvent> = /* @__PURE__ */ taggedUnion("type", {
  InvitationSent: invitationSent,
  InvitationAccepted: invitationAccepted,
  InvitationCancelled: invitationCancelled,
  InvitationExpired: invitationExpired,
  AgreementAccepted: agreementAccepted,
  AdminRolesRemoved: adminRolesRemoved,
  RelationshipDeleted: relationshipDeleted,
  RelationshipEndedByPartner: relationshipEndedByPartner,
});

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
