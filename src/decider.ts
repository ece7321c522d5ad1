/**
 * The Decider: the whole domain as `decide(command, state) → Result<events, error>`,
 * `evolve(state, event) → state` and `initialState`; `replay(events)` is a fold.
 *
 * `decide` finds the entity a command names and runs the same per-entity function a
 * caller would (`acceptInvitation`, `deleteRelationship`, …), then states the outcome as
 * events. `evolve` applies an event with the same `apply…` functions those steps use, so
 * each rule is written once (INVAR-5: replaying the events gives back the state the steps
 * produced).
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import type { CustomerAgreement } from "./agreement.js";
import { acceptAgreement } from "./agreement.js";
import type { DomainCommand } from "./commands.js";
import { type DomainError, invalidInput } from "./errors.js";
import type { DomainEvent } from "./events.js";
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
} from "./invitation.js";
import { DEFAULT_POLICY, type Policy } from "./policy.js";
import {
  applyEnd,
  applyRolesRemoved,
  deleteRelationship,
  endRelationship,
  ensureActive,
  type Relationship,
  removeAdminRoles,
} from "./relationship.js";
import { agreementOf, type DomainState, initialState, relationshipOf } from "./state.js";
import type { CustomerId, InvitationId, PartnerId } from "./vocabulary/ids.js";
import type { RuleId } from "./vocabulary/rules.js";

function knownInvitation(state: DomainState, id: InvitationId, rule: RuleId): Result<Invitation, DomainError> {
  const invitation = state.invitations.get(id);
  return invitation === undefined
    ? err(invalidInput(rule, "invitation", "the ID of an invitation in the state", id))
    : ok(invitation);
}

function knownRelationship(
  state: DomainState,
  customer: CustomerId,
  partner: PartnerId,
  rule: RuleId,
): Result<Relationship, DomainError> {
  const relationship = relationshipOf(state, customer, partner);
  return relationship === undefined
    ? err(invalidInput(rule, "customer", `a customer with a relationship with ${partner}`, customer))
    : ok(relationship);
}

/**
 * Decides a command against the state: the events it produces, or why it is refused.
 * Never throws, never changes the state (apply the events with {@link evolve}).
 *
 * @param command - the step to take
 * @param state - the current state
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the events, or the error of the step refused
 *
 * @example
 * ```ts
 * const events = decide(
 *   { type: "AcceptInvitation", invitation: "inv-1", by: kim, at, agreementAcknowledged: true },
 *   state,
 * );
 * // Ok([{ type: "InvitationAccepted", invitation: "inv-1", customer: "contoso", partner: "fabrikam", by: "kim", at }])
 * ```
 */
export function decide(
  command: DomainCommand,
  state: DomainState,
  policy: Policy = DEFAULT_POLICY,
): Result<readonly DomainEvent[], DomainError> {
  switch (command.type) {
    case "SendInvitation": {
      if (state.invitations.has(command.id))
        return err(invalidInput("INV-1", "id", "the ID of no invitation in the state", command.id));
      return sendInvitation(
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
      ).map((invitation) => [{ type: "InvitationSent", at: command.at, invitation }]);
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
    default:
      return unknownType(command, "command");
  }
}

/** Exhaustiveness at compile time; at run time (an untyped caller) an error value, never a throw. */
function unknownType(value: never, what: string): Result<never, DomainError> {
  return err(invalidInput("INVAR-3", "type", `a known ${what} type`, (value as { type?: unknown }).type));
}

/** Where `applyEvent` writes the entities an event changes. */
interface Writer {
  invitation(value: Invitation): void;
  relationship(value: Relationship): void;
  agreement(value: CustomerAgreement): void;
}

/**
 * Applies one event: reads the entities it names from `state` and writes their next
 * values. An event that does not fit the state (an unknown or already final entity, as
 * in a corrupted log) changes nothing.
 */
function applyEvent(state: DomainState, event: DomainEvent, write: Writer): void {
  switch (event.type) {
    case "InvitationSent":
      if (!state.invitations.has(event.invitation.id)) write.invitation(event.invitation);
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
      write.invitation(accepted.invitation);
      write.relationship(accepted.relationship);
      write.agreement(accepted.agreement);
      return;
    }
    case "InvitationCancelled": {
      const invitation = state.invitations.get(event.invitation);
      if (invitation?.status === "pending") write.invitation(applyCancellation(invitation, event.by, event.at));
      return;
    }
    case "InvitationExpired": {
      const invitation = state.invitations.get(event.invitation);
      if (invitation?.status === "pending") write.invitation(applyExpiry(invitation, event.at));
      return;
    }
    case "AgreementAccepted": {
      const current = agreementOf(state, event.customer);
      if (current.status === "notAccepted")
        write.agreement({ status: "accepted", customer: event.customer, acceptedAt: event.at, acceptedBy: event.by });
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
    default:
      // An unknown event type (from an untyped caller) changes nothing.
      unknownType(event, "event");
  }
}

/** A state whose maps this module owns and may change in place (during replay only). */
interface Draft {
  readonly invitations: Map<InvitationId, Invitation>;
  readonly relationships: Map<CustomerId, Map<PartnerId, Relationship>>;
  readonly agreements: Map<CustomerId, CustomerAgreement>;
}

function draftWriter(draft: Draft): Writer {
  return {
    invitation: (value) => {
      draft.invitations.set(value.id, value);
    },
    relationship: (value) => {
      const byPartner = draft.relationships.get(value.customer);
      if (byPartner === undefined) draft.relationships.set(value.customer, new Map([[value.partner, value]]));
      else byPartner.set(value.partner, value);
    },
    agreement: (value) => {
      draft.agreements.set(value.customer, value);
    },
  };
}

/**
 * Applies one event to the state and returns the next state; the given state is not
 * changed (only the maps the event touches are copied). Events that do not fit the state
 * change nothing.
 *
 * @param state - the current state
 * @param event - what happened
 * @returns the next state
 */
export function evolve(state: DomainState, event: DomainEvent): DomainState {
  let invitations: Map<InvitationId, Invitation> | undefined;
  let relationships: Map<CustomerId, ReadonlyMap<PartnerId, Relationship>> | undefined;
  let agreements: Map<CustomerId, CustomerAgreement> | undefined;
  applyEvent(state, event, {
    invitation: (value) => {
      invitations ??= new Map(state.invitations);
      invitations.set(value.id, value);
    },
    relationship: (value) => {
      relationships ??= new Map(state.relationships);
      const byPartner = new Map(relationships.get(value.customer));
      byPartner.set(value.partner, value);
      relationships.set(value.customer, byPartner);
    },
    agreement: (value) => {
      agreements ??= new Map(state.agreements);
      agreements.set(value.customer, value);
    },
  });
  if (invitations === undefined && relationships === undefined && agreements === undefined) return state;
  return {
    invitations: invitations ?? state.invitations,
    relationships: relationships ?? state.relationships,
    agreements: agreements ?? state.agreements,
  };
}

/**
 * Replays events from a state (default {@link initialState}): the fold of {@link evolve},
 * computed in one pass over private copies of the maps, so replay costs one map write
 * per entity change rather than one map copy per event.
 *
 * @param events - the history, oldest first
 * @param from - the state to start from
 * @returns the state the history leads to
 *
 * @example
 * ```ts
 * const state = replay(storedEvents);
 * relationshipOf(state, "contoso", "fabrikam"); // the relationship as the steps left it
 * ```
 */
export function replay(events: Iterable<DomainEvent>, from: DomainState = initialState): DomainState {
  const draft: Draft = {
    invitations: new Map(from.invitations),
    relationships: new Map([...from.relationships].map(([customer, byPartner]) => [customer, new Map(byPartner)])),
    agreements: new Map(from.agreements),
  };
  const write = draftWriter(draft);
  for (const event of events) applyEvent(draft, event, write);
  return draft;
}
