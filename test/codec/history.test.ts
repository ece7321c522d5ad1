/**
 * INVAR-5 over histories made by the real steps: random command histories run through
 * `decide`/`evolve`; every command, event and state survives its JSON form, and replaying
 * the parsed events gives the parsed state.
 */
import { replay } from "partner-relationships";
import {
  commandToJson,
  documentToJson,
  eventToJson,
  parseCommand,
  parseDocument,
  parseEvent,
  parseState,
  stateToJson,
  toDocument,
} from "partner-relationships/codec";
import { describe, expect } from "vitest";
import { outcomeArb } from "./history.js";
import { property } from "./property.js";
import { throughJsonText } from "./round-trip.js";

describe("histories made by decide and evolve", () => {
  property(
    "INVAR-5 every command survives commandToJson → JSON text → parseCommand unchanged",
    [outcomeArb],
    (outcome) => {
      for (const command of outcome.commands)
        expect(throughJsonText(command, commandToJson, parseCommand)._unsafeUnwrap()).toStrictEqual(command);
    },
  );

  property("INVAR-5 every event survives eventToJson → JSON text → parseEvent unchanged", [outcomeArb], (outcome) => {
    for (const event of outcome.events)
      expect(throughJsonText(event, eventToJson, parseEvent)._unsafeUnwrap()).toStrictEqual(event);
  });

  property("INVAR-5 the state survives stateToJson → JSON text → parseState unchanged", [outcomeArb], (outcome) => {
    const parsed = throughJsonText(outcome.state, stateToJson, parseState)._unsafeUnwrap();
    expect(parsed).toEqual(outcome.state);
    expect(stateToJson(parsed)).toStrictEqual(stateToJson(outcome.state));
  });

  property(
    "INVAR-5 replaying the parsed events of an events document gives the parsed state of a state document",
    [outcomeArb],
    (outcome) => {
      const events = parseDocument(JSON.parse(JSON.stringify(documentToJson(toDocument("events", outcome.events)))));
      const state = parseDocument(JSON.parse(JSON.stringify(documentToJson(toDocument("state", outcome.state)))));
      const parsedEvents = events._unsafeUnwrap();
      const parsedState = state._unsafeUnwrap();
      if (parsedEvents.kind !== "events" || parsedState.kind !== "state") throw new Error("wrong kinds");
      expect(replay(parsedEvents.value)).toEqual(parsedState.value);
      expect(stateToJson(replay(parsedEvents.value))).toStrictEqual(stateToJson(parsedState.value));
    },
  );
});
