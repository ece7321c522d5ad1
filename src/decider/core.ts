/**
 * The decider for the core lifecycle: invitations, relationships and the agreement.
 * `decideCore` runs the per-entity steps; `applyCoreEvent` applies their events with the
 * `apply…` functions those steps share.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { acceptAgreement, agreementTimeRefusal, recordAgreement } from "../agreement.js";
import type { CoreCommand } from "../commands.js";
import type { DomainError } from "../errors.js";
import type {
  CoreEvent,
  DomainEvent,
  InvitationAcceptedEvent,
  InvitationCancelledEvent,
  InvitationExpiredEvent,
} from "../events.js";
import { describeValue, type EventRefusal, malformedEvent, refusal } from "../history.js";
import {
  acceptInvitation,
  applyAcceptance,
  applyCancellation,
  applyExpiry,
  cancelInvitation,
  expireInvitation,
  type Invitation,
  sendInvitation,
} from "../invitation.js";
import { answerRefusal, sentInvitationRefusal } from "../invitation-history.js";
import { ensureInvitationStepAllowed } from "../invitation-lifecycle.js";
import type { Policy } from "../policy.js";
import {
  applyEnd,
  applyRolesRemoved,
  deleteRelationship,
  endRelationship,
  ensureRelationshipStepAllowed,
  relationshipChangeRefusal,
  relationshipTimeRefusal,
  removeAdminRoles,
} from "../relationship.js";
import { agreementOf, type DomainState, relationshipOf } from "../state.js";
import type { InvitationId } from "../vocabulary/ids.js";
import type { RuleId } from "../vocabulary/rules.js";
import { isInstant } from "../vocabulary/time.js";
import { known, knownRelationship, unused } from "./lookup.js";
import { carries, type Writer } from "./writer.js";

function knownInvitation(state: DomainState, id: InvitationId, rule: RuleId): Result<Invitation, DomainError> {
  return known(state.invitations, id, rule, "invitation", "an invitation");
}

/** The command types this module decides: a new command is listed here, next to its case below. */
export const CORE_COMMANDS: { readonly [T in CoreCommand["type"]]: true } = {
  SendInvitation: true,
  AcceptInvitation: true,
  CancelInvitation: true,
  ExpireInvitation: true,
  AcceptAgreement: true,
  RemoveAdminRoles: true,
  DeleteRelationship: true,
  EndRelationship: true,
};

/** The event types this module applies: a new event is listed here, next to its case below. */
export const CORE_EVENTS: { readonly [T in CoreEvent["type"]]: true } = {
  InvitationSent: true,
  InvitationAccepted: true,
  InvitationCancelled: true,
  InvitationExpired: true,
  AgreementAccepted: true,
  AdminRolesRemoved: true,
  RelationshipDeleted: true,
  RelationshipEndedByPartner: true,
};

/**
 * Decides a core command.
 *
 * @param command - the command
 * @param state - the state
 * @param policy - the policy
 */
export function decideCore(
  command: CoreCommand,
  state: DomainState,
  policy: Policy,
): Result<readonly DomainEvent[], DomainError> {
  switch (command.type) {
    case "SendInvitation": {
      return unused(state.invitations, command.id, "INV-1", "invitation").andThen(() =>
        sendInvitation(
          {
            id: command.id,
            customer: command.customer,
            partner: command.partner,
            type: command.partnerType,
            roles: command.roles,
            by: command.by,
            at: command.at,
          },
          policy,
        ).map((invitation): readonly DomainEvent[] => [{ type: "InvitationSent", at: command.at, invitation }]),
      );
    }
    case "AcceptInvitation":
      return knownInvitation(state, command.invitation, "INV-2")
        .andThen((invitation) => ensureInvitationStepAllowed(invitation, "acceptInvitation"))
        .andThen((pending) =>
          acceptInvitation(pending, {
            ...command,
            relationship: relationshipOf(state, pending.customer, pending.partner),
            agreement: agreementOf(state, pending.customer),
          }),
        )
        .map(({ invitation }) => [
          {
            type: "InvitationAccepted",
            at: command.at,
            invitation: invitation.id,
            customer: invitation.customer,
            partner: invitation.partner,
            by: invitation.acceptedBy,
          },
        ]);
    case "CancelInvitation":
      return knownInvitation(state, command.invitation, "INV-3")
        .andThen((invitation) => ensureInvitationStepAllowed(invitation, "cancelInvitation"))
        .andThen((pending) => cancelInvitation(pending, command))
        .map((cancelled) => [
          {
            type: "InvitationCancelled",
            at: command.at,
            invitation: cancelled.id,
            customer: cancelled.customer,
            partner: cancelled.partner,
            by: cancelled.cancelledBy,
          },
        ]);
    case "ExpireInvitation":
      return knownInvitation(state, command.invitation, "INV-4")
        .andThen((invitation) => ensureInvitationStepAllowed(invitation, "expireInvitation"))
        .andThen((pending) => expireInvitation(pending, command.at))
        .map((expired) => [
          {
            type: "InvitationExpired",
            at: command.at,
            invitation: expired.id,
            customer: expired.customer,
            partner: expired.partner,
          },
        ]);
    case "AcceptAgreement": {
      const current = agreementOf(state, command.customer);
      return acceptAgreement(current, command).map((accepted) =>
        accepted === current
          ? []
          : [{ type: "AgreementAccepted", at: command.at, customer: command.customer, by: accepted.acceptedBy }],
      );
    }
    case "RemoveAdminRoles":
      return knownRelationship(state, command.customer, command.partner, "DAP-2")
        .andThen((relationship) => ensureRelationshipStepAllowed(relationship, "removeAdminRoles"))
        .andThen((active) =>
          removeAdminRoles(active, command).map((after) =>
            after === active
              ? []
              : [
                  {
                    type: "AdminRolesRemoved" as const,
                    at: command.at,
                    customer: command.customer,
                    partner: command.partner,
                    by: command.by.id,
                  },
                ],
          ),
        );
    case "DeleteRelationship":
      return knownRelationship(state, command.customer, command.partner, "TYPE-2")
        .andThen((relationship) => ensureRelationshipStepAllowed(relationship, "deleteRelationship"))
        .andThen((active) => deleteRelationship(active, command, policy))
        .map((ended) => [
          {
            type: "RelationshipDeleted",
            at: command.at,
            customer: ended.customer,
            partner: ended.partner,
            by: ended.endedByUser,
          },
        ]);
    case "EndRelationship":
      return knownRelationship(state, command.customer, command.partner, "REL-3")
        .andThen((relationship) => ensureRelationshipStepAllowed(relationship, "endRelationship"))
        .andThen((active) => endRelationship(active, command))
        .map((ended) => [
          {
            type: "RelationshipEndedByPartner",
            at: command.at,
            customer: ended.customer,
            partner: ended.partner,
            by: ended.endedByUser,
          },
        ]);
  }
}

/**
 * Applies a core event when the steps could have produced it from the state it meets
 * (INVAR-7): the same tests as the steps ({@link answerRefusal},
 * {@link relationshipChangeRefusal}, …) with the policy given. An event that does not fit
 * (an unknown or already final entity, an answer after the invitation expired or before
 * it was sent, a change dated before the entity's last change) changes nothing, and the
 * answer says why.
 *
 * @param state - the state to read
 * @param event - the event
 * @param write - where to write the changes
 * @param policy - the policy the history was made under
 * @returns why the event was set aside, or `undefined` when it was applied
 */
export function applyCoreEvent(
  state: DomainState,
  event: CoreEvent,
  write: Writer,
  policy: Policy,
): EventRefusal | undefined {
  switch (event.type) {
    case "InvitationSent": {
      if (!carries(event, "invitation")) return malformedEvent(event);
      if (state.invitations.has(event.invitation.id))
        return refusal("INV-1", `An invitation with ID ${event.invitation.id} was already sent.`);
      const refused = sentInvitationRefusal(event.invitation, event.at);
      if (refused === undefined) write.set("invitations", event.invitation.id, event.invitation);
      return refused;
    }
    case "InvitationAccepted": {
      const invitation = answered(state, event);
      if (typeof invitation === "object" && "rule" in invitation) return invitation;
      const relationship = relationshipOf(state, invitation.customer, invitation.partner);
      const refused =
        answerRefusal(invitation, "accepted", event.at) ??
        relationshipTimeRefusal(relationship, event.at, "REL-1") ??
        agreementTimeRefusal(state.agreements.get(invitation.customer), event.at);
      if (refused !== undefined || invitation.status !== "pending") return refused;
      const accepted = applyAcceptance(
        invitation,
        relationship,
        state.agreements.get(invitation.customer),
        event.by,
        event.at,
      );
      write.set("invitations", accepted.invitation.id, accepted.invitation);
      write.relationship(accepted.relationship);
      write.set("agreements", accepted.agreement.customer, accepted.agreement);
      return undefined;
    }
    case "InvitationCancelled":
    case "InvitationExpired": {
      const invitation = answered(state, event);
      if (typeof invitation === "object" && "rule" in invitation) return invitation;
      const cancelled = event.type === "InvitationCancelled";
      const refused = answerRefusal(invitation, cancelled ? "cancelled" : "expired", event.at);
      if (refused !== undefined || invitation.status !== "pending") return refused;
      write.set(
        "invitations",
        invitation.id,
        cancelled ? applyCancellation(invitation, event.by, event.at) : applyExpiry(invitation, event.at),
      );
      return undefined;
    }
    case "AgreementAccepted": {
      if (typeof event.customer !== "string" || typeof event.by !== "string" || !isInstant(event.at))
        return malformedEvent(event);
      const current = state.agreements.get(event.customer);
      if (current?.status === "accepted")
        return refusal("MCA-2", `${event.customer} accepted the agreement already; accepting it again makes no event.`);
      write.set("agreements", event.customer, recordAgreement(agreementOf(state, event.customer), event.by, event.at));
      return undefined;
    }
    case "AdminRolesRemoved": {
      const relationship = relationshipOf(state, event.customer, event.partner);
      const refused = relationshipChangeRefusal(relationship, "removeAdminRoles", event.at, policy);
      if (refused === undefined && relationship?.status === "active")
        write.relationship(applyRolesRemoved(relationship, event.at));
      return refused;
    }
    case "RelationshipDeleted":
    case "RelationshipEndedByPartner": {
      const relationship = relationshipOf(state, event.customer, event.partner);
      const deleted = event.type === "RelationshipDeleted";
      const refused = relationshipChangeRefusal(
        relationship,
        deleted ? "deleteRelationship" : "endRelationship",
        event.at,
        policy,
      );
      if (refused === undefined && relationship?.status === "active")
        write.relationship(applyEnd(relationship, deleted ? "customer" : "partner", event.by, event.at));
      return refused;
    }
    default:
      return malformedEvent(event);
  }
}

/** The invitation an answer names, or why the event names none that fits (INV-1). */
function answered(
  state: DomainState,
  event: InvitationAcceptedEvent | InvitationCancelledEvent | InvitationExpiredEvent,
): Invitation | EventRefusal {
  const invitation = state.invitations.get(event.invitation);
  if (invitation === undefined)
    return refusal("INV-1", `No invitation with ID ${describeValue(event.invitation)} was sent.`);
  if (invitation.customer !== event.customer || invitation.partner !== event.partner)
    return refusal(
      "INV-1",
      `Invitation ${invitation.id} is from ${invitation.partner} to ${invitation.customer}, not from ${describeValue(event.partner)} to ${describeValue(event.customer)}.`,
    );
  return invitation;
}
