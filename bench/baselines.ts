/**
 * The lifecycle invitation → accept → remove admin roles → customer delete, three ways on
 * the same {@link LifecycleWorkload}:
 *
 * - `ours`: the library's functions (`sendInvitation`, `acceptInvitation`,
 *   `removeAdminRoles`, `deleteRelationship`), and the decider (`decide` + `evolve`);
 * - `reducer`: a hand-written `switch` reducer doing the same checks and building the same
 *   values;
 * - `xstate`: an XState 5 machine driven by its pure `transition()`, whose guards and
 *   actions call the same hand-written checks and builders as the reducer, so the two
 *   differ only by the machinery around them.
 *
 * The checks are those of the rules: ACT-3 for sending (a partner Admin or Sales agent of
 * that partner, valid IDs and time, a catalogue type), ACT-1 for every customer step (a
 * Global or Billing Administrator of that tenant), INV-2 (pending, box ticked), INV-4 (not
 * expired), steps not before the entity's last change, TYPE-2 (every capacity deletable
 * under the default policy). Each run ends in the same outcome for all implementations
 * ({@link LifecycleOutcome}); the test checks that.
 *
 * @module
 */
import { assign, initialTransition, setup, transition } from "xstate";
import {
  type AcceptedInvitation,
  type AcceptInvitationInput,
  type ActiveRelationship,
  type Actor,
  type AgreementAccepted,
  acceptInvitation,
  BILLING_ADMINISTRATOR,
  DEFAULT_POLICY,
  type DomainCommand,
  type DomainState,
  decide,
  deleteRelationship,
  type EndedRelationship,
  evolve,
  GLOBAL_ADMINISTRATOR,
  initialState,
  isIdentifier,
  isInstant,
  isPartnerType,
  MS_PER_DAY,
  PARTNER_TYPES,
  type PartnerType,
  type PendingInvitation,
  type RelationshipStepInput,
  relationshipOf,
  removeAdminRoles,
  type SendInvitationInput,
  sendInvitation,
} from "../src/index.js";
import type { LifecycleWorkload } from "./workloads.js";

/** How a lifecycle ended: the relationship ended by the customer, or the code of the refusal. */
export type LifecycleOutcome = "ended" | `refused:${string}`;

// ---------------------------------------------------------------------------------------
// Ours
// ---------------------------------------------------------------------------------------

/** The lifecycle through the library's per-entity functions. */
export function lifecycleOurs(w: LifecycleWorkload): LifecycleOutcome {
  const result = sendInvitation(w.send)
    .andThen((pending) => acceptInvitation(pending, w.accept))
    .andThen((accepted) => removeAdminRoles(accepted.relationship, w.remove))
    .andThen((active) => deleteRelationship(active, w.delete));
  return result.isOk() ? "ended" : `refused:${result.error.code}`;
}

/** The lifecycle's commands for the decider. */
export function lifecycleCommands(w: LifecycleWorkload): readonly DomainCommand[] {
  const pair = { customer: w.send.customer, partner: w.send.partner };
  return [
    { type: "SendInvitation", ...pair, id: w.send.id, partnerType: w.send.type, by: w.send.by, at: w.send.at },
    {
      type: "AcceptInvitation",
      invitation: w.send.id,
      by: w.accept.by,
      at: w.accept.at,
      agreementAcknowledged: w.accept.agreementAcknowledged,
    },
    { type: "RemoveAdminRoles", ...pair, by: w.remove.by, at: w.remove.at },
    { type: "DeleteRelationship", ...pair, by: w.delete.by, at: w.delete.at },
  ];
}

/** The lifecycle through the decider: `decide` each command, `evolve` its events. */
export function lifecycleDecider(commands: readonly DomainCommand[]): LifecycleOutcome {
  let state: DomainState = initialState;
  for (const command of commands) {
    const decided = decide(command, state);
    if (decided.isErr()) return `refused:${decided.error.code}`;
    for (const event of decided.value) state = evolve(state, event);
  }
  const last = commands[commands.length - 1];
  return last !== undefined &&
    last.type === "DeleteRelationship" &&
    relationshipOf(state, last.customer, last.partner)?.status === "ended"
    ? "ended"
    : "refused:unknown";
}

// ---------------------------------------------------------------------------------------
// Shared hand-written checks and builders (reducer and XState)
// ---------------------------------------------------------------------------------------

/** A refusal, as the hand-written versions report it: code, rule and a sentence. */
export interface Refusal {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
}

const REQUEST_ROLES = ["adminAgent", "salesAgent"] as const;
const ADMIN_ROLES = [GLOBAL_ADMINISTRATOR, BILLING_ADMINISTRATOR] as const;
const DELETABLE: readonly PartnerType[] = DEFAULT_POLICY.customerDeletableCapacities;

function isRequestAgent(actor: Actor, partner: string): boolean {
  if (actor.kind !== "partnerUser" || actor.partner !== partner) return false;
  for (const role of actor.roles) if (role === REQUEST_ROLES[0] || role === REQUEST_ROLES[1]) return true;
  return false;
}

function isCustomerAdmin(actor: Actor, customer: string): boolean {
  if (actor.kind !== "customerUser" || actor.tenant !== customer) return false;
  for (const role of actor.roles) if (role === ADMIN_ROLES[0] || role === ADMIN_ROLES[1]) return true;
  return false;
}

/** ACT-3, INV-1, TYPE-1: may this invitation be sent? */
export function sendRefusal(input: SendInvitationInput): Refusal | undefined {
  if (
    !isInstant(input.at) ||
    !isIdentifier(input.id) ||
    !isIdentifier(input.customer) ||
    !isIdentifier(input.partner) ||
    !isPartnerType(input.type)
  )
    return { code: "invalid_input", rule: "INV-1", message: `Invalid invitation ${String(input.id)}.` };
  if (!isRequestAgent(input.by, input.partner))
    return { code: "not_authorized", rule: "ACT-3", message: `${input.by.id} may not send invitations.` };
  const kind = PARTNER_TYPES[input.type].roles.kind;
  if (kind !== "fixed" && kind !== "none")
    return { code: "invalid_input", rule: "TYPE-1", message: `The bench sends fixed-role types only.` };
  return undefined;
}

/** INV-1, ACT-1, INV-4, INV-2: may this invitation be accepted? */
export function acceptRefusal(invitation: PendingInvitation, input: AcceptInvitationInput): Refusal | undefined {
  if (!isInstant(input.at) || input.at < invitation.sentAt)
    return { code: "invalid_input", rule: "INV-1", message: "A step cannot come before the invitation." };
  if (!isCustomerAdmin(input.by, invitation.customer))
    return { code: "not_authorized", rule: "ACT-1", message: `${input.by.id} may not accept invitations.` };
  if (input.at >= invitation.expiresAt)
    return { code: "invitation_expired", rule: "INV-4", message: `Invitation ${invitation.id} expired.` };
  if (input.agreementAcknowledged !== true)
    return { code: "agreement_not_acknowledged", rule: "INV-2", message: "The agreement box must be ticked." };
  return undefined;
}

/** ACT-1 and the time order: may the customer take this step on the relationship? */
export function relationshipStepRefusal(
  relationship: ActiveRelationship,
  input: RelationshipStepInput,
): Refusal | undefined {
  if (!isInstant(input.at) || input.at < relationship.updatedAt)
    return {
      code: "invalid_input",
      rule: "DAP-2",
      message: "A step cannot come before the relationship's last change.",
    };
  if (!isCustomerAdmin(input.by, relationship.customer))
    return { code: "not_authorized", rule: "ACT-1", message: `${input.by.id} may not change this relationship.` };
  return undefined;
}

/** TYPE-2 on top of {@link relationshipStepRefusal}: may the customer delete it? */
export function deleteRefusal(relationship: ActiveRelationship, input: RelationshipStepInput): Refusal | undefined {
  const refusal = relationshipStepRefusal(relationship, input);
  if (refusal !== undefined) return refusal;
  const notDeletable = relationship.capacities.filter((capacity) => !DELETABLE.includes(capacity));
  return notDeletable.length === 0
    ? undefined
    : {
        code: "contact_partner_to_end",
        rule: "TYPE-2",
        message: `Contact partner ${relationship.partner} to end it; it is ${notDeletable.join(", ")} (TYPE-2).`,
      };
}

/** The invitation as sent (same shape as the library's). */
export function buildPending(input: SendInvitationInput): PendingInvitation {
  const provision = PARTNER_TYPES[input.type].roles;
  return {
    status: "pending",
    id: input.id,
    customer: input.customer,
    partner: input.partner,
    type: input.type,
    roles: provision.kind === "fixed" ? provision.slots : [],
    sentBy: input.by.id,
    sentAt: input.at,
    expiresAt: input.at + DEFAULT_POLICY.invitationLifetimeDays * MS_PER_DAY,
  };
}

/** What accepting produces: the invitation accepted, a new relationship with every role, the agreement. */
export function buildAcceptance(
  invitation: PendingInvitation,
  input: AcceptInvitationInput,
): { invitation: AcceptedInvitation; relationship: ActiveRelationship; agreement: AgreementAccepted } {
  const at = input.at;
  const by = input.by.id;
  return {
    // Fields listed, not `{ ...invitation, status, acceptedAt, acceptedBy }`: on Node 20 a
    // spread followed by new properties takes a slow path (~3 µs; see docs/performance.md).
    invitation: {
      status: "accepted",
      id: invitation.id,
      customer: invitation.customer,
      partner: invitation.partner,
      type: invitation.type,
      roles: invitation.roles,
      sentBy: invitation.sentBy,
      sentAt: invitation.sentAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: at,
      acceptedBy: by,
    },
    relationship: {
      status: "active",
      customer: invitation.customer,
      partner: invitation.partner,
      capacities: [invitation.type],
      grants: invitation.roles.map((slot) => ({
        role: slot.role,
        holder: slot.holder,
        capacity: invitation.type,
        grantedAt: at,
      })),
      since: at,
      updatedAt: at,
    },
    agreement: { status: "accepted", customer: invitation.customer, acceptedAt: at, acceptedBy: by },
  };
}

/** The relationship without its role grants (DAP-2). */
export function buildRolesRemoved(relationship: ActiveRelationship, at: number): ActiveRelationship {
  return relationship.grants.length === 0 ? relationship : { ...relationship, grants: [], updatedAt: at };
}

/** The relationship ended by the customer (TYPE-2). */
export function buildEnded(relationship: ActiveRelationship, input: RelationshipStepInput): EndedRelationship {
  return {
    status: "ended",
    customer: relationship.customer,
    partner: relationship.partner,
    capacities: relationship.capacities,
    grants: [],
    since: relationship.since,
    updatedAt: input.at,
    endedBy: "customer",
    endedByUser: input.by.id,
  };
}

// ---------------------------------------------------------------------------------------
// Hand-written reducer
// ---------------------------------------------------------------------------------------

/** What the reducer and the machine are sent. */
export type LifecycleEvent =
  | { readonly type: "send"; readonly input: SendInvitationInput }
  | { readonly type: "accept"; readonly input: AcceptInvitationInput }
  | { readonly type: "removeAdminRoles"; readonly input: RelationshipStepInput }
  | { readonly type: "delete"; readonly input: RelationshipStepInput };

/** The reducer's state: one customer–partner pair. */
export type ReducerState =
  | { readonly status: "none" }
  | { readonly status: "pending"; readonly invitation: PendingInvitation }
  | {
      readonly status: "active";
      readonly invitation: AcceptedInvitation;
      readonly relationship: ActiveRelationship;
      readonly agreement: AgreementAccepted;
    }
  | {
      readonly status: "ended";
      readonly invitation: AcceptedInvitation;
      readonly relationship: EndedRelationship;
      readonly agreement: AgreementAccepted;
    };

/** A step's outcome: the next state or the refusal. */
export type ReducerResult =
  | { readonly ok: true; readonly state: ReducerState }
  | { readonly ok: false; readonly error: Refusal };

const NOT_APPLICABLE: Refusal = { code: "not_applicable", rule: "INV-1", message: "Not in this state." };

/** The hand-written reducer: a `switch` on the event type, then on the state. */
export function reduce(state: ReducerState, event: LifecycleEvent): ReducerResult {
  switch (event.type) {
    case "send": {
      if (state.status !== "none") return { ok: false, error: NOT_APPLICABLE };
      const refusal = sendRefusal(event.input);
      return refusal === undefined
        ? { ok: true, state: { status: "pending", invitation: buildPending(event.input) } }
        : { ok: false, error: refusal };
    }
    case "accept": {
      if (state.status !== "pending") return { ok: false, error: NOT_APPLICABLE };
      const refusal = acceptRefusal(state.invitation, event.input);
      return refusal === undefined
        ? { ok: true, state: { status: "active", ...buildAcceptance(state.invitation, event.input) } }
        : { ok: false, error: refusal };
    }
    case "removeAdminRoles": {
      if (state.status !== "active") return { ok: false, error: NOT_APPLICABLE };
      const refusal = relationshipStepRefusal(state.relationship, event.input);
      return refusal === undefined
        ? { ok: true, state: { ...state, relationship: buildRolesRemoved(state.relationship, event.input.at) } }
        : { ok: false, error: refusal };
    }
    case "delete": {
      if (state.status !== "active") return { ok: false, error: NOT_APPLICABLE };
      const refusal = deleteRefusal(state.relationship, event.input);
      return refusal === undefined
        ? { ok: true, state: { ...state, status: "ended", relationship: buildEnded(state.relationship, event.input) } }
        : { ok: false, error: refusal };
    }
    default: {
      const unknown: never = event;
      return { ok: false, error: { code: "invalid_input", rule: "INVAR-3", message: `Unknown event ${unknown}` } };
    }
  }
}

/** The lifecycle's events for the reducer and the machine. */
export function lifecycleEvents(w: LifecycleWorkload): readonly LifecycleEvent[] {
  return [
    { type: "send", input: w.send },
    { type: "accept", input: w.accept },
    { type: "removeAdminRoles", input: w.remove },
    { type: "delete", input: w.delete },
  ];
}

const NONE: ReducerState = { status: "none" };

/** The lifecycle through the reducer. */
export function lifecycleReducer(events: readonly LifecycleEvent[]): LifecycleOutcome {
  let state = NONE;
  for (const event of events) {
    const result = reduce(state, event);
    if (!result.ok) return `refused:${result.error.code}`;
    state = result.state;
  }
  return state.status === "ended" ? "ended" : "refused:unknown";
}

// ---------------------------------------------------------------------------------------
// XState 5
// ---------------------------------------------------------------------------------------

interface MachineContext {
  readonly invitation: PendingInvitation | AcceptedInvitation | undefined;
  readonly relationship: ActiveRelationship | EndedRelationship | undefined;
  readonly agreement: AgreementAccepted | undefined;
  readonly error: Refusal | undefined;
}

const pendingOf = (context: MachineContext): PendingInvitation => context.invitation as PendingInvitation;
const activeOf = (context: MachineContext): ActiveRelationship => context.relationship as ActiveRelationship;

/**
 * The same lifecycle as an XState 5 machine: states `none → pending → active → ended`;
 * each step has a guarded transition doing the checks and an `assign` building the values,
 * and a fallback transition recording the refusal (so a refused step, like a refused
 * `Result`, says why).
 */
export const lifecycleMachine = setup({
  types: { context: {} as MachineContext, events: {} as LifecycleEvent },
  guards: {
    maySend: ({ event }) => event.type === "send" && sendRefusal(event.input) === undefined,
    mayAccept: ({ context, event }) =>
      event.type === "accept" && acceptRefusal(pendingOf(context), event.input) === undefined,
    mayRemove: ({ context, event }) =>
      event.type === "removeAdminRoles" && relationshipStepRefusal(activeOf(context), event.input) === undefined,
    mayDelete: ({ context, event }) =>
      event.type === "delete" && deleteRefusal(activeOf(context), event.input) === undefined,
  },
  actions: {
    invite: assign(({ event }) => (event.type === "send" ? { invitation: buildPending(event.input) } : {})),
    refuseSend: assign(({ event }) => (event.type === "send" ? { error: sendRefusal(event.input) } : {})),
    accept: assign(({ context, event }) =>
      event.type === "accept" ? { ...buildAcceptance(pendingOf(context), event.input) } : {},
    ),
    refuseAccept: assign(({ context, event }) =>
      event.type === "accept" ? { error: acceptRefusal(pendingOf(context), event.input) } : {},
    ),
    removeRoles: assign(({ context, event }) =>
      event.type === "removeAdminRoles" ? { relationship: buildRolesRemoved(activeOf(context), event.input.at) } : {},
    ),
    refuseRemove: assign(({ context, event }) =>
      event.type === "removeAdminRoles" ? { error: relationshipStepRefusal(activeOf(context), event.input) } : {},
    ),
    end: assign(({ context, event }) =>
      event.type === "delete" ? { relationship: buildEnded(activeOf(context), event.input) } : {},
    ),
    refuseDelete: assign(({ context, event }) =>
      event.type === "delete" ? { error: deleteRefusal(activeOf(context), event.input) } : {},
    ),
  },
}).createMachine({
  id: "partnerRelationship",
  context: { invitation: undefined, relationship: undefined, agreement: undefined, error: undefined },
  initial: "none",
  states: {
    none: { on: { send: [{ guard: "maySend", target: "pending", actions: "invite" }, { actions: "refuseSend" }] } },
    pending: {
      on: { accept: [{ guard: "mayAccept", target: "active", actions: "accept" }, { actions: "refuseAccept" }] },
    },
    active: {
      on: {
        removeAdminRoles: [{ guard: "mayRemove", actions: "removeRoles" }, { actions: "refuseRemove" }],
        delete: [{ guard: "mayDelete", target: "ended", actions: "end" }, { actions: "refuseDelete" }],
      },
    },
    ended: { type: "final" },
  },
});

/** The machine's initial snapshot, computed once (immutable, so every run may start from it). */
export const machineStart = initialTransition(lifecycleMachine)[0];

/** The lifecycle through XState's pure `transition()`. */
export function lifecycleXState(events: readonly LifecycleEvent[]): LifecycleOutcome {
  let snapshot = machineStart;
  for (const event of events) {
    const [next] = transition(lifecycleMachine, snapshot, event);
    // A fallback transition records the refusal in the context.
    if (next.context.error !== undefined && next.context.error !== snapshot.context.error)
      return `refused:${next.context.error.code}`;
    snapshot = next;
  }
  return snapshot.value === "ended" ? "ended" : "refused:unknown";
}
