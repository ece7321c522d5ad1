/**
 * The Decider: the whole domain as `decide(command, state) → Result<events, error>`,
 * `evolve(state, event) → state` and `initialState`; `replay(events)` is a fold.
 *
 * `decide` finds the entities a command names and runs the same per-entity function a
 * caller would (`acceptInvitation`, `approveGdapRelationship`, `provisionSubscription`,
 * …), then states the outcome as events. `evolve` applies an event with the functions
 * those steps share, so each rule is written once (INVAR-5: replaying the events gives
 * back the state the steps produced). The work is split by area: the core lifecycle, GDAP,
 * and the Azure, Autopilot and MPSA facts.
 *
 * @module
 */
import { err, type Result } from "neverthrow";
import type { CoreCommand, DomainCommand, DomainCommandType, FactCommand, GdapCommand } from "./commands.js";
import { applyCoreEvent, CORE_COMMANDS, CORE_EVENTS, decideCore } from "./decider/core.js";
import { applyFactEvent, decideFact, FACT_COMMANDS, FACT_EVENTS } from "./decider/facts.js";
import { applyGdapEvent, decideGdap, GDAP_COMMANDS, GDAP_EVENTS } from "./decider/gdap.js";
import { Draft, draftOf, type Writer } from "./decider/writer.js";
import { type DomainError, invalidInput } from "./errors.js";
import type { CoreEvent, DomainEvent, DomainEventType, FactEvent, GdapEvent } from "./events.js";
import { type EventRefusal, malformedEvent } from "./history.js";
import { DEFAULT_POLICY, type Policy } from "./policy.js";
import { type DomainState, initialState } from "./state.js";

type Area = "core" | "gdap" | "fact";

/** Which area decides each command type. */
/** The area of each type, from each module's list of its own types. */
function inAreas<T extends string>(
  core: { readonly [K in T]?: true },
  gdap: { readonly [K in T]?: true },
  fact: { readonly [K in T]?: true },
): { readonly [K in T]: Area } {
  const table = {} as { [K in T]: Area };
  for (const [types, area] of [
    [core, "core"],
    [gdap, "gdap"],
    [fact, "fact"],
  ] as const)
    for (const type of Object.keys(types) as T[]) table[type] = area;
  return table;
}

// Each area lists its own types next to its cases; the union of the lists is every type.
const COMMAND_AREA: { readonly [T in DomainCommandType]: Area } = /* @__PURE__ */ inAreas<DomainCommandType>(
  CORE_COMMANDS,
  GDAP_COMMANDS,
  FACT_COMMANDS,
);

const EVENT_AREA: { readonly [T in DomainEventType]: Area } = /* @__PURE__ */ inAreas<DomainEventType>(
  CORE_EVENTS,
  GDAP_EVENTS,
  FACT_EVENTS,
);

/** Every command type the decider takes. */
export const COMMAND_TYPES: readonly DomainCommandType[] = /* @__PURE__ */ Object.keys(
  COMMAND_AREA,
) as DomainCommandType[];

/** Every event type the decider produces. */
export const EVENT_TYPES: readonly DomainEventType[] = /* @__PURE__ */ Object.keys(EVENT_AREA) as DomainEventType[];

function areaOf<T extends string>(table: { readonly [K in T]: Area }, type: unknown): Area | undefined {
  return typeof type === "string" && Object.hasOwn(table, type) ? table[type as T] : undefined;
}

/**
 * Decides a command against the state: the events it produces, or why it is refused.
 * Never throws, never changes the state (apply the events with {@link evolve}). A step
 * that changes nothing (removing roles already removed, accepting an agreement already
 * accepted) produces no event.
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
  switch (areaOf(COMMAND_AREA, typeOf(command))) {
    case "core":
      return decideCore(command as CoreCommand, state, policy);
    case "gdap":
      return decideGdap(command as GdapCommand, state, policy);
    case "fact":
      return decideFact(command as FactCommand, state);
    default:
      return err(invalidInput("INVAR-3", "type", "a known command type", typeOf(command)));
  }
}

/** A command's or event's `type`, read safely from whatever an untyped caller passed. */
function typeOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { readonly type?: unknown }).type : undefined;
}

/**
 * Applies one event through its area's applier, which checks it with the steps' own
 * tests first (INVAR-7).
 *
 * @returns why the event was set aside, or `undefined` when it was applied
 * @internal
 */
export function applyEvent(
  state: DomainState,
  event: DomainEvent,
  write: Writer,
  policy: Policy = DEFAULT_POLICY,
): EventRefusal | undefined {
  try {
    switch (areaOf(EVENT_AREA, typeOf(event))) {
      case "core":
        return applyCoreEvent(state, event as CoreEvent, write, policy);
      case "gdap":
        return applyGdapEvent(state, event as GdapEvent, write, policy);
      case "fact":
        return applyFactEvent(state, event as FactEvent, write);
      default:
        // An unknown event type (from an untyped caller) changes nothing.
        return malformedEvent({ type: typeOf(event) });
    }
  } catch {
    // An event of the wrong shape from an untyped caller fails a check before anything is
    // written: it changes nothing, as any event that does not fit.
    return malformedEvent({});
  }
}

/**
 * Applies one event to the state and returns the next state; the given state is not
 * changed. The next state shares with it every entity and every part of a map the event
 * does not change: an event costs O(log n) in the size of the state. An event applies only
 * if the steps could have produced it from this state (INVAR-7: known entities, status,
 * time order, expiry, GDAP limits, checked with the steps' own tests and
 * {@link DEFAULT_POLICY}'s limits); any other event changes nothing and gives back the
 * same state ({@link partner-relationships!replayChecked} says which and why).
 *
 * @param state - the current state
 * @param event - what happened
 * @returns the next state
 */
export function evolve(state: DomainState, event: DomainEvent): DomainState {
  const draft = new Draft(state, false);
  applyEvent(draft.state, event, draft);
  return draft.finish();
}

/**
 * Replays events from a state (default {@link initialState}): the fold of {@link evolve},
 * computed in one pass that writes in place into `Map`s it owns (a copy of `from`'s, which
 * is not changed), then wraps them, without a copy, as the persistent maps of the state it
 * returns: replay costs one map write per entity change.
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
  const draft = draftOf(from);
  const state = draft.state;
  for (const event of events) applyEvent(state, event, draft);
  return draft.finish();
}
