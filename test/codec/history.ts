/**
 * Histories made by the real steps: random command histories (domainHistoryArb of partner-relationships/testing)
 * run through `decide` and `evolve`, keeping every command, every event and the state.
 */
import type fc from "fast-check";
import {
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  initialState,
} from "partner-relationships";
import { domainHistoryArb } from "partner-relationships/testing";

/** What a history of commands made. */
export interface Outcome {
  /** Every command, accepted or refused. */
  readonly commands: readonly DomainCommand[];
  /** The events of the accepted ones, oldest first. */
  readonly events: readonly DomainEvent[];
  /** The state they lead to. */
  readonly state: DomainState;
}

/**
 * Runs commands through `decide` and `evolve`.
 *
 * @param commands - the history
 */
export function run(commands: readonly DomainCommand[]): Outcome {
  let state = initialState;
  const events: DomainEvent[] = [];
  for (const command of commands) {
    const decided = decide(command, state);
    if (decided.isErr()) continue;
    for (const event of decided.value) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  return { commands, events, state };
}

/** Outcomes of random histories. */
export const outcomeArb: fc.Arbitrary<Outcome> = domainHistoryArb.map(run);
