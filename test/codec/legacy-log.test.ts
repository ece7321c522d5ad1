/**
 * Differential tests of issue 15: the codec's encoders of commands, events, states,
 * snapshots and documents write the same bytes as the hand-written encoders they replace
 * (kept as an oracle in test/support/legacy-encoders/), and what they write parses back to
 * the value it was written from.
 */
import fc from "fast-check";
import {
  type DomainCommand,
  type DomainEvent,
  GDAP_CHANGE_ACTIONS,
  GDAP_OPERATION_STATUSES,
  GDAP_REQUEST_STATUSES,
  type GdapChangeReport,
} from "partner-relationships";
import {
  commandToJson,
  coreEventToJson,
  type Document,
  documentToJson,
  eventToJson,
  parseCommand,
  parseCoreEvent,
  parseDocument,
  parseEvent,
  parseSnapshotDocument,
  parseState,
  snapshotToJson,
  stateToJson,
  toDocument,
} from "partner-relationships/codec";
import { reachableStateArb, untimedDomainCommandArb } from "partner-relationships/testing";
import { describe, expect } from "vitest";
import { legacyCommandToJson } from "../support/legacy-encoders/command.js";
import { legacyDocumentToJson, legacySnapshotToJson } from "../support/legacy-encoders/document.js";
import { legacyCoreEventToJson, legacyEventToJson } from "../support/legacy-encoders/event.js";
import { legacyStateToJson } from "../support/legacy-encoders/state.js";
import {
  accessAssignmentArb,
  autopilotDeviceArb,
  azureSubscriptionArb,
  coreEventArb,
  documentArb,
  gdapRelationshipArb,
  idArb,
  instantArb,
  isoDurationArb,
  mpsaSharingArb,
  roleIdArb,
  snapshotArb,
} from "./arbitraries.js";
import { outcomeArb } from "./history.js";
import { property } from "./property.js";
import { throughJsonText } from "./round-trip.js";

/** The same bytes: both encoders' output as JSON text. */
function sameBytes<T>(value: T, encode: (value: T) => unknown, legacy: (value: T) => unknown): void {
  expect(JSON.stringify(encode(value))).toBe(JSON.stringify(legacy(value)));
}

/** Commands of every type at any instant the JSON form holds, their durations as ISO 8601 text. */
const textCommandArb: fc.Arbitrary<DomainCommand> = fc
  .tuple(untimedDomainCommandArb, instantArb)
  .map(([command, at]) => ({ ...command, at }) as DomainCommand);

/** Commands whose durations are typed (`IsoDuration`), which the encoders write as text. */
const typedDurationCommandArb: fc.Arbitrary<DomainCommand> = fc
  .tuple(textCommandArb, isoDurationArb, isoDurationArb)
  .map(([command, duration, autoExtendDuration]) => {
    switch (command.type) {
      case "CreateGdapRelationship":
        return { ...command, duration, autoExtendDuration };
      case "UpdateGdapRelationship":
        return { ...command, duration };
      case "SetGdapAutoExtend":
        return { ...command, autoExtendDuration };
      default:
        return command;
    }
  });

const reportArb: fc.Arbitrary<GdapChangeReport> = fc.record(
  {
    via: fc.constantFrom("request" as const, "operation" as const),
    id: idArb,
    action: fc.constantFrom(...GDAP_CHANGE_ACTIONS),
    status: fc.constantFrom(...GDAP_REQUEST_STATUSES, ...GDAP_OPERATION_STATUSES),
    roles: fc.array(roleIdArb, { maxLength: 3 }),
  },
  { noNullPrototype: true, requiredKeys: ["via", "id", "action", "status"] },
);

/**
 * Events of every type built from the entity arbitraries (not all of them ones a step
 * could leave, so for the encoders only: the parser refuses some, INVAR-7).
 */
const anyEventArb: fc.Arbitrary<DomainEvent> = fc.oneof(
  coreEventArb,
  fc.record({
    type: fc.constantFrom(
      "GdapRelationshipCreated" as const,
      "GdapRelationshipUpdated" as const,
      "GdapRelationshipLockedForApproval" as const,
      "GdapRelationshipApproved" as const,
      "GdapRelationshipTerminated" as const,
      "GdapGlobalAdministratorRemoved" as const,
      "GdapAutoExtendSet" as const,
      "GdapRelationshipAdvanced" as const,
    ),
    at: instantArb,
    relationship: gdapRelationshipArb,
  }),
  fc.record({ type: fc.constant("GdapRelationshipDeleted" as const), at: instantArb, relationship: idArb, by: idArb }),
  fc.record({
    type: fc.constantFrom(
      "AccessAssignmentCreated" as const,
      "AccessAssignmentUpdated" as const,
      "AccessAssignmentDeleted" as const,
    ),
    at: instantArb,
    assignment: accessAssignmentArb,
  }),
  fc.record({
    type: fc.constantFrom("GdapRequestRecorded" as const, "GdapOperationRecorded" as const),
    at: instantArb,
    report: reportArb,
    relationship: gdapRelationshipArb,
  }),
  fc.record({
    type: fc.constant("AccessAssignmentOperationRecorded" as const),
    at: instantArb,
    report: reportArb,
    assignment: accessAssignmentArb,
  }),
  fc.record({
    type: fc.constantFrom(
      "AzureSubscriptionRecorded" as const,
      "AzureSubscriptionProvisioned" as const,
      "AzureRoleAssigned" as const,
      "AzureRoleAssignmentRemoved" as const,
    ),
    at: instantArb,
    subscription: azureSubscriptionArb,
  }),
  fc.record({ type: fc.constant("AutopilotDeviceRegistered" as const), at: instantArb, device: autopilotDeviceArb }),
  fc.record({ type: fc.constant("MpsaPurchaseSharingSet" as const), at: instantArb, setting: mpsaSharingArb }),
);

/** Every kind of document: the shared arbitrary's nine, and states, one draw in ten. */
const everyDocumentArb: fc.Arbitrary<Document> = fc.oneof(
  { arbitrary: documentArb, weight: 9 },
  { arbitrary: reachableStateArb.map((value) => toDocument("state", value)), weight: 1 },
);

describe("commands: the encoder writes the bytes the hand-written one wrote", () => {
  property("INVAR-5 commandToJson writes the same JSON text as the legacy encoder", [textCommandArb], (command) =>
    sameBytes(command, commandToJson, legacyCommandToJson),
  );

  property(
    "INVAR-5 commandToJson writes typed durations as the same ISO 8601 text as the legacy encoder",
    [typedDurationCommandArb],
    (command) => sameBytes(command, commandToJson, legacyCommandToJson),
  );

  property(
    "INVAR-5 parseCommand(commandToJson(c)) equals c for commands of every type",
    [textCommandArb],
    (command) => {
      expect(throughJsonText(command, commandToJson, parseCommand)._unsafeUnwrap()).toStrictEqual(command);
    },
  );

  property(
    "INVAR-5 the commands of histories made by decide are written as the legacy encoder wrote them",
    [outcomeArb],
    (outcome) => {
      for (const command of outcome.commands) sameBytes(command, commandToJson, legacyCommandToJson);
    },
  );
});

describe("events: the encoders write the bytes the hand-written ones wrote", () => {
  property("INVAR-5 eventToJson writes the same JSON text as the legacy encoder", [anyEventArb], (event) =>
    sameBytes(event, eventToJson, legacyEventToJson),
  );

  property("INVAR-5 coreEventToJson writes the same JSON text as the legacy encoder", [coreEventArb], (event) =>
    sameBytes(event, coreEventToJson, legacyCoreEventToJson),
  );

  property("INVAR-5 parseCoreEvent(coreEventToJson(e)) equals e", [coreEventArb], (event) => {
    expect(throughJsonText(event, coreEventToJson, parseCoreEvent)._unsafeUnwrap()).toStrictEqual(event);
  });

  property(
    "INVAR-5 the events of histories made by decide are written as the legacy encoder wrote them, and parse back",
    [outcomeArb],
    (outcome) => {
      for (const event of outcome.events) {
        sameBytes(event, eventToJson, legacyEventToJson);
        expect(throughJsonText(event, eventToJson, parseEvent)._unsafeUnwrap()).toStrictEqual(event);
      }
    },
  );
});

describe("states, snapshots and documents: the encoders write the bytes the hand-written ones wrote", () => {
  property(
    "INVAR-5 stateToJson writes the same JSON text as the legacy encoder, and parseState reads it back",
    [reachableStateArb],
    (state) => {
      sameBytes(state, stateToJson, legacyStateToJson);
      expect(throughJsonText(state, stateToJson, parseState)._unsafeUnwrap()).toEqual(state);
    },
  );

  property(
    "INVAR-5 snapshotToJson writes the same JSON text as the legacy encoder, and the snapshot document reads back",
    [snapshotArb],
    (snapshot) => {
      sameBytes(snapshot, snapshotToJson, legacySnapshotToJson);
      const document = documentToJson(toDocument("snapshot", snapshot));
      expect(parseSnapshotDocument(JSON.parse(JSON.stringify(document)))._unsafeUnwrap()).toStrictEqual(snapshot);
    },
  );

  property(
    "INVAR-5 documentToJson writes the same JSON text as the legacy encoder for every kind",
    [everyDocumentArb],
    (document) => sameBytes(document, documentToJson, legacyDocumentToJson),
  );

  property("INVAR-5 parseDocument(documentToJson(d)) equals d for every kind", [documentArb], (document) => {
    expect(throughJsonText(document, documentToJson, parseDocument)._unsafeUnwrap()).toStrictEqual(document);
  });

  property(
    "INVAR-5 an events document of a history made by decide is written as the legacy encoder wrote it",
    [outcomeArb],
    (outcome) => {
      sameBytes(toDocument("events", outcome.events), documentToJson, legacyDocumentToJson);
      sameBytes(toDocument("state", outcome.state), documentToJson, legacyDocumentToJson);
    },
  );
});
