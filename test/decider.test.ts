import { fc, test } from "@fast-check/vitest";
import {
  agreementOf,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  initialState,
  relationshipOf,
  replay,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, globalAdmin, PARTNER, T0 } from "./support/actors.js";
import { deepFreeze } from "./support/freeze.js";
import { commandArb, initialWorld, step, toDomainCommand } from "./support/world.js";

const histories = fc.array(commandArb, { minLength: 5, maxLength: 40, size: "medium" });

describe("decide", () => {
  it("INVAR-5 every successful step produces an event in the past tense carrying what replay needs", () => {
    const sent = decide(
      {
        type: "SendInvitation",
        id: "inv-1",
        customer: CUSTOMER,
        partner: PARTNER,
        partnerType: "advisor",
        by: adminAgent,
        at: T0,
      },
      initialState,
    )._unsafeUnwrap();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "InvitationSent", at: T0, invitation: { id: "inv-1", status: "pending" } });
    const state = sent.reduce(evolve, initialState);
    const accepted = decide(
      { type: "AcceptInvitation", invitation: "inv-1", by: globalAdmin, at: T0 + 1, agreementAcknowledged: true },
      state,
    )._unsafeUnwrap();
    expect(accepted).toEqual([
      { type: "InvitationAccepted", at: T0 + 1, invitation: "inv-1", customer: CUSTOMER, partner: PARTNER, by: "kim" },
    ]);
    const after = accepted.reduce(evolve, state);
    expect(relationshipOf(after, CUSTOMER, PARTNER)?.grants.map((grant) => grant.role)).toContain(GLOBAL_ADMINISTRATOR);
    expect(agreementOf(after, CUSTOMER).status).toBe("accepted");
  });

  it("INV-1 a command naming an unknown invitation, or reusing an ID, is invalid input; a final one is not pending", () => {
    expect(
      decide(
        { type: "CancelInvitation", invitation: "nope", by: globalAdmin, at: T0 },
        initialState,
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: "invalid_input", path: "invitation" });
    const state = replay(
      decide(
        {
          type: "SendInvitation",
          id: "i",
          customer: CUSTOMER,
          partner: PARTNER,
          partnerType: "reseller",
          by: adminAgent,
          at: T0,
        },
        initialState,
      )._unsafeUnwrap(),
    );
    const again = decide(
      {
        type: "SendInvitation",
        id: "i",
        customer: CUSTOMER,
        partner: PARTNER,
        partnerType: "reseller",
        by: adminAgent,
        at: T0,
      },
      state,
    );
    expect(again._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "id" });
    const cancelled = replay(
      decide({ type: "CancelInvitation", invitation: "i", by: globalAdmin, at: T0 + 1 }, state)._unsafeUnwrap(),
      state,
    );
    expect(
      decide({ type: "CancelInvitation", invitation: "i", by: globalAdmin, at: T0 + 2 }, cancelled)._unsafeUnwrapErr(),
    ).toMatchObject({ code: "invitation_not_pending", status: "cancelled" });
  });

  it("INVAR-3 an unknown command type from an untyped caller is an error value, not a throw", () => {
    const result = decide({ type: "Nonsense", at: T0 } as never, initialState);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "type" });
    expect(evolve(initialState, { type: "Nonsense", at: T0 } as never)).toBe(initialState);
  });
});

describe("replay", () => {
  test.prop([histories])(
    "INVAR-5 replaying the events the decider produced gives back the state, and the decider agrees with the per-entity steps",
    (commands) => {
      let world = initialWorld;
      let state: DomainState = initialState;
      const events: DomainEvent[] = [];
      for (const command of commands) {
        const domainCommand = toDomainCommand(world, command);
        const outcome = step(world, command);
        if (domainCommand !== undefined) {
          const decided = decide(domainCommand, deepFreeze(state));
          expect(decided.isOk()).toBe(outcome.result?.isOk() ?? false);
          if (decided.isOk()) {
            events.push(...decided.value);
            state = decided.value.reduce(evolve, state);
          } else {
            expect(decided.error).toEqual(outcome.result?._unsafeUnwrapErr());
          }
        }
        world = outcome.world;
        expect(relationshipOf(state, CUSTOMER, PARTNER)).toEqual(world.relationship);
        expect([...state.invitations.values()]).toEqual(world.invitations);
      }
      expect(replay(events)).toEqual(state);
      expect(agreementOf(state, CUSTOMER)).toEqual(world.agreement);
    },
  );

  test.prop([histories, fc.nat()])(
    "INVAR-5 replay is a fold: replaying a prefix then the rest equals replaying all",
    (commands, cut) => {
      let world = initialWorld;
      let state: DomainState = initialState;
      const events: DomainEvent[] = [];
      for (const command of commands) {
        const domainCommand = toDomainCommand(world, command);
        if (domainCommand !== undefined) {
          const decided = decide(domainCommand, state);
          if (decided.isOk()) {
            events.push(...decided.value);
            state = decided.value.reduce(evolve, state);
          }
        }
        world = step(world, command).world;
      }
      const at = events.length === 0 ? 0 : cut % events.length;
      expect(replay(events.slice(at), replay(events.slice(0, at)))).toEqual(replay(events));
    },
  );

  it("INVAR-5 evolve leaves its input state untouched and returns it as is for an event that changes nothing", () => {
    const frozen = deepFreeze(initialState);
    const event: DomainEvent = { type: "AdminRolesRemoved", at: T0, customer: CUSTOMER, partner: PARTNER, by: "kim" };
    expect(evolve(frozen, event)).toBe(frozen);
  });
});
