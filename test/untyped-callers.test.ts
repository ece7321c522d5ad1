/**
 * Callers in plain JavaScript (or with data from outside) can pass anything. Every public
 * step, question and the decider answer with an error value or a refusal, never a throw
 * (INVAR-3).
 */
import { fc, test } from "@fast-check/vitest";
import {
  COMMAND_TYPES,
  canSeeBillingPage,
  decide,
  EVENT_TYPES,
  evolve,
  GLOBAL_ADMINISTRATOR,
  gdapGroupHoldsRole,
  initialState,
  registerAutopilotDevice,
  removeAdminRoles,
  replay,
  sendInvitation,
} from "partner-relationships";
import { validHistoryArb } from "partner-relationships/testing";
import { describe, expect, it } from "vitest";
import { CUSTOMER, PARTNER, T0 } from "./support/actors.js";

const junk = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 2 });

describe("untyped callers", () => {
  it("INVAR-3 a missing or malformed actor is invalid input at `by`, not a TypeError", () => {
    for (const by of [undefined, null, 42, "ana", { kind: "partnerUser", id: "ana" }, { id: 1, roles: [] }]) {
      const result = sendInvitation({
        id: "i",
        customer: CUSTOMER,
        partner: PARTNER,
        type: "reseller",
        by: by as never,
        at: T0,
      });
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "by", rule: "ACT-3" });
    }
    const relationship = {
      status: "active" as const,
      customer: CUSTOMER,
      partner: PARTNER,
      capacities: ["advisor" as const],
      grants: [],
      since: T0,
      updatedAt: T0,
    };
    const result = removeAdminRoles(relationship, {
      by: { kind: "customerUser", id: "k", tenant: CUSTOMER, roles: "x" } as never,
      at: T0,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "by", rule: "ACT-1" });
  });

  it("INVAR-3 questions asked with an impossible instant or an unknown page are refused, not thrown", () => {
    const decision = gdapGroupHoldsRole([], [], {
      customer: CUSTOMER,
      group: "g",
      role: GLOBAL_ADMINISTRATOR,
      at: Number.NaN,
    });
    expect(decision).toMatchObject({ allowed: false, rules: ["GDAP-7"] });
    const page = canSeeBillingPage({ partner: PARTNER, customer: CUSTOMER, page: "foo" as never, relationships: [] });
    expect(page).toMatchObject({ allowed: false, rules: ["AOBO-1"] });
    const device = registerAutopilotDevice({ id: "d", customer: CUSTOMER, relationships: [], at: T0 } as never);
    expect(device._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "addedBy" });
  });

  test.prop([fc.constantFrom(...COMMAND_TYPES), fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 6 })])(
    "INVAR-3 decide answers a command of any type with junk fields with a Result, never a throw",
    (type, fields) => {
      const result = decide({ ...fields, type } as never, initialState);
      expect(result.isOk() || result.isErr()).toBe(true);
    },
  );

  test.prop([
    validHistoryArb,
    fc.constantFrom(...EVENT_TYPES),
    fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 6 }),
  ])(
    "INVAR-3 evolve and replay ignore an event of any type with junk fields instead of throwing",
    (history, type, fields) => {
      const event = { ...fields, type } as never;
      expect(() => evolve(history.state, event)).not.toThrow();
      expect(() => replay([event], history.state)).not.toThrow();
      // junk carries no entity with a key: nothing changes
      if (!Object.values(fields).some((value) => typeof value === "object" && value !== null))
        expect(evolve(history.state, event)).toBe(history.state);
    },
  );

  it("INVAR-3 decide and evolve take null and other non-objects", () => {
    expect(decide(null as never, initialState)._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      path: "type",
    });
    expect(evolve(initialState, null as never)).toBe(initialState);
    expect(evolve(initialState, 7 as never)).toBe(initialState);
  });
});
