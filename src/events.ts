/**
 * Events: every successful step, in the past tense, as a readonly plain object
 * discriminated by `type`, carrying all that replay needs (INVAR-5). Events are what an
 * audit log or an event store keeps; `evolve` folds them into the state.
 *
 * @module
 */
import type { PendingInvitation } from "./invitation.js";
import type { CustomerId, InvitationId, PartnerId, UserId } from "./vocabulary/ids.js";
import type { Instant } from "./vocabulary/time.js";

/** What every event has. */
export interface EventBase {
  /** What happened. */
  readonly type: string;
  /** When it happened. */
  readonly at: Instant;
}

/** A partner sent an invitation (INV-1). Carries the whole pending invitation, expiry included. */
export interface InvitationSentEvent extends EventBase {
  readonly type: "InvitationSent";
  /** The invitation as sent. */
  readonly invitation: PendingInvitation;
}

/** What identifies an invitation in the events that answer it. */
export interface InvitationRef {
  /** The invitation. */
  readonly invitation: InvitationId;
  /** Its customer. */
  readonly customer: CustomerId;
  /** Its partner. */
  readonly partner: PartnerId;
}

/** The customer accepted an invitation with the agreement (INV-2). */
export interface InvitationAcceptedEvent extends EventBase, InvitationRef {
  readonly type: "InvitationAccepted";
  /** The customer admin who accepted it. */
  readonly by: UserId;
}

/** The customer cancelled an invitation (INV-3). */
export interface InvitationCancelledEvent extends EventBase, InvitationRef {
  readonly type: "InvitationCancelled";
  /** The customer admin who cancelled it. */
  readonly by: UserId;
}

/** An unanswered invitation expired (INV-4). */
export interface InvitationExpiredEvent extends EventBase, InvitationRef {
  readonly type: "InvitationExpired";
}

/** The customer accepted the Microsoft Customer Agreement on its own (MCA-2). */
export interface AgreementAcceptedEvent extends EventBase {
  readonly type: "AgreementAccepted";
  /** The customer. */
  readonly customer: CustomerId;
  /** The customer admin who accepted it. */
  readonly by: UserId;
}

/** What identifies a relationship: its customer–partner pair (REL-1). */
export interface RelationshipRef {
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
}

/** The customer removed the partner's admin roles (DAP-2). */
export interface AdminRolesRemovedEvent extends EventBase, RelationshipRef {
  readonly type: "AdminRolesRemoved";
  /** The customer admin. */
  readonly by: UserId;
}

/** The customer deleted the relationship (TYPE-2). */
export interface RelationshipDeletedEvent extends EventBase, RelationshipRef {
  readonly type: "RelationshipDeleted";
  /** The customer admin. */
  readonly by: UserId;
}

/** The partner ended the relationship (REL-3). */
export interface RelationshipEndedByPartnerEvent extends EventBase, RelationshipRef {
  readonly type: "RelationshipEndedByPartner";
  /** The partner user. */
  readonly by: UserId;
}

/** Every event of the core lifecycle. */
export type CoreEvent =
  | InvitationSentEvent
  | InvitationAcceptedEvent
  | InvitationCancelledEvent
  | InvitationExpiredEvent
  | AgreementAcceptedEvent
  | AdminRolesRemovedEvent
  | RelationshipDeletedEvent
  | RelationshipEndedByPartnerEvent;

/** Every event the library produces. */
export type DomainEvent = CoreEvent;

/** The `type` of every {@link DomainEvent}. */
export type DomainEventType = DomainEvent["type"];
