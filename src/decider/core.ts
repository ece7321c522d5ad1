/**
 * The decider for the core lifecycle: invitations, relationships and the agreement.
 * `decideCore` runs the per-entity steps; `applyCoreEvent` applies their events with the
 * `apply…` functions those steps share.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { acceptAgreement, recordAgreement } from "../agreement.js";
import type { CoreCommand } from "../commands.js";
import type { DomainError } from "../errors.js";
import type { CoreEvent, DomainEvent } from "../events.js";
import {
  acceptInvitation,
  applyAcceptance,
  applyCancellation,
  applyExpiry,
  cancelInvitation,
  ensurePending,
  expireInvitation,
  type Invitation,
  sendInvitation,
} from "../invitation.js";
import type { Policy } from "../policy.js";
import {
  applyEnd,
  applyRolesRemoved,
  deleteRelationship,
  endRelationship,
  ensureActive,
  removeAdminRoles,
} from "../relationship.js";
import { agreementOf, type DomainState, relationshipOf } from "../state.js";
import type { InvitationId } from "../vocabulary/ids.js";
import type { RuleId } from "../vocabulary/rules.js";
import { known, knownRelationship, unused } from "./lookup.js";
import { carries, type Writer } from "./writer.js";

function knownInvitation(state: DomainState, id: InvitationId, rule: RuleId): Result<Invitation, DomainError> {
  return known(state.invitations, id, rule, "invitation", "an invitation");
}

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
        .andThen(ensurePending)
        .andThen((pending) =>
          acceptInvitation(pending, {
            by: command.by,
            at: command.at,
            agreementAcknowledged: command.agreementAcknowledged,
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
        .andThen(ensurePending)
        .andThen((pending) => cancelInvitation(pending, { by: command.by, at: command.at }))
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
        .andThen(ensurePending)
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
      return acceptAgreement(current, { by: command.by, at: command.at, acknowledged: command.acknowledged }).map(
        (accepted) =>
          accepted === current
            ? []
            : [{ type: "AgreementAccepted", at: command.at, customer: command.customer, by: accepted.acceptedBy }],
      );
    }
    case "RemoveAdminRoles":
      return knownRelationship(state, command.customer, command.partner, "DAP-2")
        .andThen(ensureActive)
        .andThen((active) =>
          removeAdminRoles(active, { by: command.by, at: command.at }).map((after) =>
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
        .andThen(ensureActive)
        .andThen((active) => deleteRelationship(active, { by: command.by, at: command.at }, policy))
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
        .andThen(ensureActive)
        .andThen((active) => endRelationship(active, { by: command.by, at: command.at }))
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
 * Applies a core event. An event that does not fit the state (an unknown or already
 * final entity, as in a corrupted log) changes nothing.
 *
 * @param state - the state to read
 * @param event - the event
 * @param write - where to write the changes
 */
export function applyCoreEvent(state: DomainState, event: CoreEvent, write: Writer): void {
  switch (event.type) {
    case "InvitationSent":
      if (carries(event, "invitation") && !state.invitations.has(event.invitation.id))
        write.set("invitations", event.invitation.id, event.invitation);
      return;
    case "InvitationAccepted": {
      const invitation = state.invitations.get(event.invitation);
      if (invitation?.status !== "pending") return;
      const accepted = applyAcceptance(
        invitation,
        relationshipOf(state, invitation.customer, invitation.partner),
        state.agreements.get(invitation.customer),
        event.by,
        event.at,
      );
      write.set("invitations", accepted.invitation.id, accepted.invitation);
      write.relationship(accepted.relationship);
      write.set("agreements", accepted.agreement.customer, accepted.agreement);
      return;
    }
    case "InvitationCancelled": {
      const invitation = state.invitations.get(event.invitation);
      if (invitation?.status === "pending")
        write.set("invitations", invitation.id, applyCancellation(invitation, event.by, event.at));
      return;
    }
    case "InvitationExpired": {
      const invitation = state.invitations.get(event.invitation);
      if (invitation?.status === "pending") write.set("invitations", invitation.id, applyExpiry(invitation, event.at));
      return;
    }
    case "AgreementAccepted": {
      if (typeof event.customer !== "string" || typeof event.by !== "string") return;
      const current = state.agreements.get(event.customer);
      if (current?.status !== "accepted")
        write.set(
          "agreements",
          event.customer,
          recordAgreement(agreementOf(state, event.customer), event.by, event.at),
        );
      return;
    }
    case "AdminRolesRemoved": {
      const relationship = relationshipOf(state, event.customer, event.partner);
      if (relationship?.status === "active") write.relationship(applyRolesRemoved(relationship, event.at));
      return;
    }
    case "RelationshipDeleted":
    case "RelationshipEndedByPartner": {
      const relationship = relationshipOf(state, event.customer, event.partner);
      if (relationship?.status === "active")
        write.relationship(
          applyEnd(relationship, event.type === "RelationshipDeleted" ? "customer" : "partner", event.by, event.at),
        );
      return;
    }
  }
}
