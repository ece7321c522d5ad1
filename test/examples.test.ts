import { readFileSync } from "node:fs";
import { decide, evolve, initialState, replay } from "partner-relationships";
import { documentToJson, parseDocument, parseState, stateToJson } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";

const history: unknown = JSON.parse(readFileSync(new URL("../examples/history.json", import.meta.url), "utf8"));

describe("the example history (examples/history.json)", () => {
  it("INVAR-6 parses as a version-1 event log without a fault, and writes back to the same JSON", () => {
    const parsed = parseDocument(history)._unsafeUnwrap();
    expect(parsed.kind).toBe("events");
    expect(documentToJson(parsed)).toEqual(history);
  });

  it("INVAR-5 replays into a state that round-trips through the codec, and the decider could have produced it", () => {
    const parsed = parseDocument(history)._unsafeUnwrap();
    if (parsed.kind !== "events") throw new Error("not an event log");
    const state = replay(parsed.value);
    expect(parseState(JSON.parse(JSON.stringify(stateToJson(state))))._unsafeUnwrap()).toEqual(state);
    expect(state.gdapRelationships.get("gdap-contoso-helpdesk")?.status).toBe("active");
    expect(state.invitations.get("inv-2")?.status).toBe("expired");
    // every event applies to the state before it, as evolve does one at a time
    expect(parsed.value.reduce(evolve, initialState)).toEqual(state);
    expect(decide({ type: "ExpireInvitation", invitation: "inv-2", at: Date.UTC(2027, 0, 1) }, state).isErr()).toBe(
      true,
    );
  });
});
