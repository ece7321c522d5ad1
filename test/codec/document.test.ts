import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import {
  allRelationships,
  DEFAULT_POLICY,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  replay,
} from "partner-relationships";
import {
  DOCUMENT_KINDS,
  documentSchema,
  documentToJson,
  parseDocument,
  parseSnapshotDocument,
  SCHEMA_VERSION,
  snapshotToJson,
  stateToJson,
  toDocument,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { commandArb, initialWorld, step } from "../support/world.js";
import { documentArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, pathsOf, throughJsonText } from "./round-trip.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/v1/", import.meta.url));

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, "utf8"));
}

describe("documents", () => {
  property(
    "INVAR-5 a document of any kind survives documentToJson → JSON text → parseDocument unchanged",
    [documentArb],
    (document) => {
      expect(throughJsonText(document, documentToJson, parseDocument)._unsafeUnwrap()).toStrictEqual(document);
    },
  );

  property(
    "INVAR-5 a snapshot of a world made by the public steps round trips",
    [fc.array(commandArb, { minLength: 1, maxLength: 40 })],
    (commands) => {
      let world = initialWorld;
      for (const command of commands) world = step(world, command).world;
      const snapshot = toDocument("snapshot", {
        invitations: world.invitations,
        relationships: world.relationship === undefined ? [] : [world.relationship],
        agreements: [world.agreement],
        policy: DEFAULT_POLICY,
      });
      expect(throughJsonText(snapshot, documentToJson, parseDocument)._unsafeUnwrap()).toEqual(snapshot);
    },
  );

  it("covers every kind, and writes the envelope with schemaVersion 1", () => {
    expect(DOCUMENT_KINDS).toEqual([
      "actor",
      "invitation",
      "relationship",
      "roleGrant",
      "agreement",
      "policy",
      "decision",
      "snapshot",
      "state",
      "events",
    ]);
    expect(SCHEMA_VERSION).toBe(1);
    const empty = toDocument("snapshot", { invitations: [], relationships: [], agreements: [] });
    expect(documentToJson(empty)).toStrictEqual({
      schemaVersion: 1,
      kind: "snapshot",
      value: { invitations: [], relationships: [], agreements: [] },
    });
  });

  it("INVAR-6 refuses another schema version before reading the value, and says which version it reads", () => {
    const result = parseDocument({ schemaVersion: 2, kind: "snapshot", value: { anything: "new" } });
    expect(issuesOf(result)).toEqual([
      {
        path: "schemaVersion",
        expected: "schema version 1 (this library reads version 1 only; migrate or upgrade)",
        found: "2",
      },
    ]);
    expect(pathsOf(parseDocument({ kind: "snapshot", value: {} }))).toEqual(["schemaVersion"]);
    expect(pathsOf(parseDocument({ schemaVersion: "1", kind: "event", value: {} }))).toEqual(["schemaVersion", "kind"]);
    expect(pathsOf(parseDocument({ schemaVersion: 1, kind: "actor", value: {}, extra: 1 }))).toEqual([
      "value.kind",
      "extra",
    ]);
  });

  it("INVAR-6 paths inside a document start at value", () => {
    const json = fixture("snapshot.json") as { value: { relationships: { grants: { grantedAt: string }[] }[] } };
    const grant = json.value.relationships[0]?.grants[0];
    if (grant !== undefined) grant.grantedAt = "not a date";
    expect(pathsOf(parseDocument(json))).toEqual(["value.relationships[0].grants[0].grantedAt"]);
  });

  it("INVAR-6 refuses a snapshot that repeats an invitation ID, an active pair or a customer's agreement", () => {
    const json = fixture("snapshot.json") as {
      value: { invitations: unknown[]; relationships: unknown[]; agreements: unknown[] };
    };
    const { invitations, relationships, agreements } = json.value;
    const doubled = {
      ...json,
      value: {
        ...json.value,
        invitations: [...invitations, invitations[0]],
        relationships: [...relationships, relationships[0]],
        agreements: [...agreements, agreements[0]],
      },
    };
    expect(issuesOf(parseSnapshotDocument(doubled))).toEqual([
      {
        path: `value.invitations[${invitations.length}].id`,
        expected: "an invitation ID not already used by invitations[0]",
        found: '"inv-2"',
      },
      {
        path: `value.relationships[${relationships.length}]`,
        expected: "an active relationship for a customer–partner pair (REL-1) not already used by relationships[0]",
        found: '"[\\"contoso\\",\\"fabrikam\\"]"',
      },
      {
        path: `value.agreements[${agreements.length}].customer`,
        expected: "a customer not already used by agreements[0]",
        found: '"contoso"',
      },
    ]);
  });

  it("REL-1 a snapshot may hold several ended relationships of one pair, and one in force beside them", () => {
    const json = fixture("snapshot.json") as { value: { relationships: Record<string, unknown>[] } };
    const active = json.value.relationships.find((relationship) => relationship.status === "active");
    if (active === undefined) throw new Error("the fixture has an active relationship");
    const ended = { ...active, status: "ended", grants: [], endedBy: "customer", endedByUser: "kim" };
    const history = { ...json, value: { ...json.value, relationships: [ended, ended, ...json.value.relationships] } };
    expect(issuesOf(parseSnapshotDocument(history))).toEqual([]);
  });

  it("has a Standard Schema", () => {
    expect(documentSchema["~standard"].validate(fixture("actor.json"))).toHaveProperty("value.kind", "actor");
  });
});

describe("INVAR-5 stored data of schema version 1 still parses (test/fixtures/v1)", () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith(".json"));

  it("has fixtures of the current version", () => {
    expect(files).toEqual([
      "actor.json",
      "decision-allowed.json",
      "decision-refused.json",
      "events.json",
      "snapshot.json",
      "state.json",
    ]);
  });

  it.each(files)("INVAR-5 %s parses, and writing it back gives the same JSON", (name) => {
    const json = fixture(name);
    const parsed = parseDocument(json);
    expect(parsed.isOk(), JSON.stringify(issuesOf(parsed))).toBe(true);
    expect(documentToJson(parsed._unsafeUnwrap())).toStrictEqual(json);
  });

  it("INVAR-5 the snapshot fixture holds the values it was made from", () => {
    const snapshot = parseSnapshotDocument(fixture("snapshot.json"))._unsafeUnwrap();
    expect(snapshot.invitations.map((invitation) => [invitation.id, invitation.status])).toEqual([
      ["inv-2", "accepted"],
      ["inv-1", "accepted"],
      ["inv-3", "pending"],
      ["inv-4", "cancelled"],
      ["inv-5", "expired"],
      ["inv-6", "accepted"],
    ]);
    const [contoso, northwind] = snapshot.relationships;
    expect(contoso).toMatchObject({
      status: "active",
      customer: "contoso",
      partner: "fabrikam",
      capacities: ["resellerAndDelegatedAdministrator", "partner"],
      since: Date.UTC(2026, 0, 6, 10, 30),
    });
    expect(contoso?.grants.slice(0, 2)).toEqual([
      {
        role: GLOBAL_ADMINISTRATOR,
        holder: "adminAgents",
        capacity: "resellerAndDelegatedAdministrator",
        grantedAt: Date.UTC(2026, 0, 6, 10, 30),
      },
      {
        role: HELPDESK_ADMINISTRATOR,
        holder: "helpdeskAgents",
        capacity: "resellerAndDelegatedAdministrator",
        grantedAt: Date.UTC(2026, 0, 6, 10, 30),
      },
    ]);
    expect(northwind).toMatchObject({ status: "ended", endedBy: "customer", grants: [] });
    expect(snapshot.agreements.map((agreement) => agreement.status)).toEqual(["accepted", "accepted", "notAccepted"]);
    expect(snapshot.policy).toEqual(DEFAULT_POLICY);
    expect(snapshotToJson(snapshot)).toStrictEqual((fixture("snapshot.json") as { value: unknown }).value);
  });
});

describe("INVAR-5 the events and state fixtures, made by decide and evolve (test/codec/story.ts)", () => {
  it("INVAR-5 replaying the parsed events of events.json gives the parsed state of state.json", () => {
    const events = parseDocument(fixture("events.json"))._unsafeUnwrap();
    const state = parseDocument(fixture("state.json"))._unsafeUnwrap();
    if (events.kind !== "events" || state.kind !== "state") throw new Error("wrong kinds");
    expect(replay(events.value)).toEqual(state.value);
    expect(stateToJson(replay(events.value))).toStrictEqual((fixture("state.json") as { value: unknown }).value);
  });

  it("INVAR-5 the fixtures hold every area: GDAP in four statuses, assignments, Azure, Autopilot, MPSA", () => {
    const state = parseDocument(fixture("state.json"))._unsafeUnwrap();
    if (state.kind !== "state") throw new Error("wrong kind");
    expect([...state.value.gdapRelationships.values()].map((r) => [r.id, r.status])).toEqual([
      ["gdap-1", "active"],
      ["gdap-2", "terminated"],
      ["gdap-3", "expired"],
    ]);
    expect([...state.value.accessAssignments.values()].map((a) => [a.id, a.status])).toEqual([
      ["assign-1", "active"],
      ["assign-2", "deleted"],
    ]);
    expect(state.value.azureSubscriptions.size).toBe(2);
    expect(state.value.autopilotDevices.size).toBe(2);
    expect(state.value.mpsaSharing.get("northwind")?.enabled).toBe(true);
    expect(allRelationships(state.value).map((r) => [r.customer, r.status])).toEqual([
      ["contoso", "active"],
      ["northwind", "ended"],
    ]);
  });

  it("INVAR-6 paths inside an events document name the event and the field", () => {
    const json = fixture("events.json") as { value: { type: string; relationship?: { roles: string[] } }[] };
    const index = json.value.findIndex((event) => event.type === "GdapRelationshipCreated");
    const roles = json.value[index]?.relationship?.roles;
    if (roles !== undefined) roles[1] = "User Administrator";
    expect(pathsOf(parseDocument(json))).toEqual([`value[${index}].relationship.roles[1]`]);
  });

  it("REL-1 a customer with relationships with two partners keeps both through the state's JSON", () => {
    const json = fixture("state.json") as {
      value: { relationships: { customer: string }[]; invitations: { id: string }[] };
    };
    const [first, second] = json.value.relationships;
    // INVAR-7: the moved relationship takes the accepted invitation behind its capacity along.
    const moved = { customer: first?.customer, partner: "adatum" };
    const sameCustomer = {
      ...json,
      value: {
        ...json.value,
        invitations: json.value.invitations.map((invitation) =>
          invitation.id === "inv-3" ? { ...invitation, ...moved } : invitation,
        ),
        relationships: [first, { ...second, ...moved }],
      },
    };
    const parsed = parseDocument(sameCustomer)._unsafeUnwrap();
    if (parsed.kind !== "state") throw new Error("expected a state document");
    expect(allRelationships(parsed.value).map((r) => `${r.customer}–${r.partner}`)).toEqual([
      "contoso–fabrikam",
      "contoso–adatum",
    ]);
  });

  it("INVAR-6 refuses a state that repeats a key, at the path of the second", () => {
    const json = fixture("state.json") as { value: Record<string, unknown[]> };
    const twice = (list: unknown[] | undefined): unknown[] => [...(list ?? []), list?.[0]];
    const doubled = {
      ...json,
      value: {
        ...json.value,
        relationships: twice(json.value.relationships),
        gdapRelationships: twice(json.value.gdapRelationships),
        mpsaSharing: twice(json.value.mpsaSharing),
      },
    };
    // every keyed collection, each at the path of its own key
    const all = {
      ...json,
      value: Object.fromEntries(Object.entries(json.value).map(([name, list]) => [name, twice(list)])),
    };
    expect(issuesOf(parseDocument(all)).map(({ path, expected }) => `${path}: ${expected}`)).toMatchInlineSnapshot(`
      [
        "value.invitations[3].id: an invitation ID not already used by invitations[0]",
        "value.relationships[2]: a customer–partner pair (one relationship per pair, REL-1) not already used by relationships[0]",
        "value.agreements[2].customer: a customer not already used by agreements[0]",
        "value.gdapRelationships[3].id: a GDAP relationship ID not already used by gdapRelationships[0]",
        "value.accessAssignments[2].id: an access assignment ID not already used by accessAssignments[0]",
        "value.azureSubscriptions[2].id: a subscription ID not already used by azureSubscriptions[0]",
        "value.autopilotDevices[2].id: a device ID not already used by autopilotDevices[0]",
        "value.mpsaSharing[1].customer: a customer not already used by mpsaSharing[0]",
      ]
    `);
    expect(issuesOf(parseDocument(doubled))).toEqual([
      {
        path: "value.relationships[2]",
        expected: "a customer–partner pair (one relationship per pair, REL-1) not already used by relationships[0]",
        found: '"[\\"contoso\\",\\"fabrikam\\"]"',
      },
      {
        path: "value.gdapRelationships[3].id",
        expected: "a GDAP relationship ID not already used by gdapRelationships[0]",
        found: '"gdap-1"',
      },
      {
        path: "value.mpsaSharing[1].customer",
        expected: "a customer not already used by mpsaSharing[0]",
        found: '"northwind"',
      },
    ]);
  });
});
