/**
 * The benchmark workloads must stay valid histories of the real rules: the generator
 * writes events directly (fast enough for 10⁷ of them), so these tests check that they are
 * exactly what the decider produces for the same commands, and that every lifecycle
 * implementation of the benchmark ends the same way.
 */
import { type DomainEvent, type DomainState, decide, evolve, initialState, replay } from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  lifecycleCommands,
  lifecycleDecider,
  lifecycleEvents,
  lifecycleOurs,
  lifecycleReducer,
  lifecycleXState,
} from "../../bench/baselines.js";
import {
  bookEvents,
  GDAP_EVERY,
  gdapCommands,
  gdapEvents,
  historyArray,
  historySteps,
  lifecycleWorkload,
  questionPopulation,
  SCALE_CYCLE_LENGTH,
  scaleCycle,
  T0,
} from "../../bench/workloads.js";

describe("bench workloads", () => {
  it("INVAR-5 the generated events are exactly those the decider produces for the generated commands", () => {
    let state: DomainState = initialState;
    const decided: DomainEvent[] = [];
    const generated: DomainEvent[] = [];
    const refusals = new Set<string>();
    for (const step of historySteps(600, { window: 60 })) {
      const result = decide(step.command, state);
      if (step.event === undefined) {
        // A step the generator expects to produce nothing: refused, or accepted without change.
        if (result.isErr()) refusals.add(result.error.code);
        else expect(result.value).toEqual([]);
        continue;
      }
      expect(result.isOk(), JSON.stringify(result.isErr() ? result.error : undefined)).toBe(true);
      const events = result._unsafeUnwrap();
      expect(events).toEqual([step.event]);
      for (const event of events) state = evolve(state, event);
      decided.push(...events);
      generated.push(step.event);
    }
    expect(refusals).toEqual(new Set(["contact_partner_to_end", "invitation_not_pending"]));
    expect(replay(generated)).toEqual(state);
    expect(decided.length).toBeGreaterThan(1_500);
  });

  it("INVAR-5 historyArray gives exactly the requested number of events, a prefix of the same history", () => {
    const small = historyArray(1_000);
    const large = historyArray(2_345);
    expect(small).toHaveLength(1_000);
    expect(large).toHaveLength(2_345);
    expect(large.slice(0, 1_000)).toEqual(small);
    const types = new Set(large.map((event) => event.type));
    expect(types).toEqual(
      new Set([
        "AgreementAccepted",
        "InvitationSent",
        "InvitationAccepted",
        "InvitationCancelled",
        "InvitationExpired",
        "AdminRolesRemoved",
        "RelationshipDeleted",
        "RelationshipEndedByPartner",
      ]),
    );
  });

  it("REL-1 the question population has several relationships per customer, in force and ended", () => {
    const { customers } = questionPopulation(200, 4);
    expect(customers).toHaveLength(200);
    const all = customers.flatMap((customer) => customer.relationships);
    expect(all.length / customers.length).toBeGreaterThan(2.5);
    expect(new Set(all.map((relationship) => relationship.status))).toEqual(new Set(["active", "ended"]));
    for (const customer of customers)
      for (const relationship of customer.relationships) expect(relationship.customer).toBe(customer.customer);
  });

  it("TYPE-2 every lifecycle implementation of the benchmark ends the same way", () => {
    const advisor = lifecycleWorkload("advisor");
    const reseller = lifecycleWorkload("resellerAndDelegatedAdministrator");
    for (const [w, expected] of [
      [advisor, "ended"],
      [reseller, "refused:contact_partner_to_end"],
    ] as const) {
      expect(lifecycleOurs(w)).toBe(expected);
      expect(lifecycleDecider(lifecycleCommands(w))).toBe(expected);
      expect(lifecycleReducer(lifecycleEvents(w))).toBe(expected);
      expect(lifecycleXState(lifecycleEvents(w))).toBe(expected);
    }
  });

  it("ACT-1 the hand-written reducer and the XState machine refuse a step by someone else, as the library does", () => {
    const w = lifecycleWorkload("advisor");
    const intruder = { ...w.accept, by: { ...w.accept.by, tenant: "northwind" } };
    const events = lifecycleEvents({ ...w, accept: intruder });
    expect(lifecycleOurs({ ...w, accept: intruder })).toBe("refused:not_authorized");
    expect(lifecycleReducer(events)).toBe("refused:not_authorized");
    expect(lifecycleXState(events)).toBe("refused:not_authorized");
  });

  it("GDAP-3 the book's GDAP events are exactly those the decider produces, and every command of a cycle is accepted on it", () => {
    let state: DomainState = initialState;
    for (let k = 0; k < 24; k += GDAP_EVERY) {
      const c = Math.floor(k / 3);
      const [customer, partner, at] = [`c${c}`, `p${(c + (k % 3)) % 1_000}`, T0 + k];
      const decided: DomainEvent[] = [];
      for (const command of gdapCommands(k, customer, partner, at)) {
        const result = decide(command, state);
        expect(result.isOk(), JSON.stringify(result.isErr() ? result.error : undefined)).toBe(true);
        for (const event of result._unsafeUnwrap()) {
          decided.push(event);
          state = evolve(state, event);
        }
      }
      expect(gdapEvents(k, customer, partner, at)).toEqual(decided);
    }
    const book = replay(bookEvents(24));
    expect(book.gdapRelationships.size).toBe(6);
    expect(book.accessAssignments.size).toBe(6);
    let next = book;
    for (let i = 0; i < 3; i++) {
      const cycle = scaleCycle(i);
      expect(cycle).toHaveLength(SCALE_CYCLE_LENGTH);
      for (const command of cycle) {
        const result = decide(command, next);
        expect(result.isOk(), `${command.type}: ${JSON.stringify(result.isErr() ? result.error : undefined)}`).toBe(
          true,
        );
        expect(result._unsafeUnwrap()).toHaveLength(1);
        next = result._unsafeUnwrap().reduce(evolve, next);
      }
    }
    expect(next.gdapRelationships.get("g1000000002")?.status).toBe("active");
  });
});
