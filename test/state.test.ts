/**
 * The persistent state: `evolve` never changes the state it is given (nor any earlier
 * state), and the indexes `decide` reads answer exactly what a pass over every entity
 * would, for states built by `evolve`, by `replay`, by `parseState` and by hand.
 */
import fc from "fast-check";
import {
  accessAssignmentsOf,
  allRelationships,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  gdapRelationshipsNamed,
  gdapRelationshipsOf,
  initialState,
  relationshipsOfCustomer,
  relationshipsOfPartner,
  replay,
} from "partner-relationships";
import { parseState, stateToJson } from "partner-relationships/codec";
import { domainHistoryArb } from "partner-relationships/testing";
import { describe, expect, it } from "vitest";
import { plainState, snapshotState } from "./support/state.js";

function run(history: readonly Parameters<typeof decide>[0][]) {
  let state: DomainState = initialState;
  const states: DomainState[] = [state];
  const events: DomainEvent[] = [];
  for (const command of history) {
    const decided = decide(command, state);
    if (decided.isErr()) continue;
    for (const event of decided.value) {
      events.push(event);
      state = evolve(state, event);
      states.push(state);
    }
  }
  return { state, states, events };
}

/** What each index-backed question answers, and what a pass over every entity answers. */
function answers(state: DomainState) {
  const gdap = [...state.gdapRelationships.values()];
  const assignments = [...state.accessAssignments.values()];
  const relationships = allRelationships(state);
  const partners = new Set([...gdap.map((r) => r.partner), ...relationships.map((r) => r.partner), "nobody"]);
  const customers = new Set([...relationships.map((r) => r.customer), "nobody"]);
  const names = new Set([...gdap.map((r) => r.displayName), "Nobody's"]);
  const fromIndexes: unknown[] = [];
  const fromScans: unknown[] = [];
  for (const partner of partners) {
    fromIndexes.push(gdapRelationshipsOf(state, partner), relationshipsOfPartner(state, partner));
    fromScans.push(
      gdap.filter((r) => r.partner === partner),
      relationships.filter((r) => r.partner === partner),
    );
    for (const name of names) {
      fromIndexes.push(gdapRelationshipsNamed(state, partner, ` ${name.toUpperCase()} `));
      fromScans.push(
        gdap.filter((r) => r.partner === partner && r.displayName.trim().toLowerCase() === name.trim().toLowerCase()),
      );
    }
  }
  for (const relationship of [...gdap.map((r) => r.id), "none"]) {
    fromIndexes.push(accessAssignmentsOf(state, relationship));
    fromScans.push(assignments.filter((a) => a.relationship === relationship));
  }
  for (const customer of customers) {
    fromIndexes.push(relationshipsOfCustomer(state, customer));
    fromScans.push(relationships.filter((r) => r.customer === customer));
  }
  return { fromIndexes, fromScans };
}

describe("the persistent state", () => {
  it("INVAR-3 evolve leaves its input state deep-equal to before, and every earlier state as it was", () => {
    fc.assert(
      fc.property(domainHistoryArb, (history) => {
        const { states, events } = run([...history]);
        const snapshots = states.map(snapshotState);
        let state: DomainState = initialState;
        for (const event of events) {
          const before = snapshotState(state);
          const next = evolve(state, event);
          expect(plainState(state)).toEqual(before);
          state = next;
        }
        // Replaying, and evolving from the earlier states again, changed none of them.
        replay(events, states[Math.floor(states.length / 2)]);
        states.forEach((earlier, i) => {
          expect(plainState(earlier)).toEqual(snapshots[i]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("INVAR-5 the indexes answer what a pass over every entity answers, for states from evolve, replay, parseState and by hand", () => {
    fc.assert(
      fc.property(domainHistoryArb, (history) => {
        const { state, events } = run([...history]);
        const replayed = replay(events);
        const parsed = parseState(stateToJson(state))._unsafeUnwrap();
        const byHand = Object.fromEntries(
          Object.entries(plainState(state)).map(([name, map]) => [name, map]),
        ) as unknown as DomainState;
        // The partner index, built on first use at the middle of the history, then kept up
        // to date by evolve and by replay of the rest.
        const middle = run([...history].slice(0, Math.floor(history.length / 2))).state;
        relationshipsOfPartner(middle, "nobody");
        const rest = run([...history]).events.slice(
          run([...history].slice(0, Math.floor(history.length / 2))).events.length,
        );
        const evolvedOn = rest.reduce(evolve, middle);
        const replayedOn = replay(rest, middle);
        for (const candidate of [state, replayed, parsed, byHand, evolvedOn, replayedOn]) {
          const { fromIndexes, fromScans } = answers(candidate);
          expect(fromIndexes).toEqual(fromScans);
        }
        expect(replayed).toEqual(state);
        expect(parsed).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });

  it("INVAR-4 a state built by hand with plain Maps is adopted: evolve gives a library state with the same content", () => {
    const { state, events } = run([]);
    expect(events).toEqual([]);
    const byHand = plainState(replay([]));
    const next = evolve(byHand as unknown as DomainState, {
      type: "AgreementAccepted",
      at: 0,
      customer: "contoso",
      by: "admin@contoso",
    });
    expect([...next.agreements.keys()]).toEqual(["contoso"]);
    expect(plainState(state)).toEqual(byHand);
  });
});
