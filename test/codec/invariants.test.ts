/**
 * INVAR-6 over random input: every parser returns `Ok` or `Err` (never throws) for
 * 100,000+ random values per run (JSON values, arbitrary JS values with dangerous keys,
 * and valid JSON with one random fault), every issue has a path, and no global changes.
 */

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { initialState, type Result } from "partner-relationships";
import {
  accessAssignmentToJson,
  commandToJson,
  decisionToJson,
  documentToJson,
  eventToJson,
  gdapRelationshipToJson,
  invitationToJson,
  type ParseError,
  parseAccessAssignment,
  parseCommand,
  parseCoreEvent,
  parseDecision,
  parseDocument,
  parseEvent,
  parseGdapRelationship,
  parseGraphDelegatedAdminRelationship,
  parseInvitation,
  parseRelationship,
  parseState,
  relationshipToJson,
  stateToJson,
  toDocument,
} from "partner-relationships/codec";
import { afterAll, describe, expect, it } from "vitest";
import { formatPath } from "../../src/codec/issues.js";
import {
  accessAssignmentArb,
  decisionArb,
  gdapRelationshipArb,
  hostileKeyArb,
  hostileValueArb,
  invitationArb,
  relationshipArb,
  snapshotArb,
} from "./arbitraries.js";
import { outcomeArb } from "./history.js";
import { assertNoGlobalChange } from "./poisoning.js";
import { property } from "./property.js";

const anythingArb = hostileValueArb;
const keyArb = hostileKeyArb;

const jsonArb = fc.jsonValue({ maxDepth: 4 });

type Parser = (input: unknown) => Result<unknown, ParseError>;

const parseGraph: Parser = (input) => parseGraphDelegatedAdminRelationship(input, { partner: "fabrikam" });

const PARSERS: readonly (readonly [string, Parser])[] = [
  ["parseInvitation", parseInvitation],
  ["parseRelationship", parseRelationship],
  ["parseDecision", parseDecision],
  ["parseDocument", parseDocument],
  ["parseCoreEvent", parseCoreEvent],
  ["parseEvent", parseEvent],
  ["parseCommand", parseCommand],
  ["parseState", parseState],
  ["parseGdapRelationship", parseGdapRelationship],
  ["parseGraphDelegatedAdminRelationship", parseGraph],
];

/**
 * The share of the full counts that this run asks for: `FC_NUM_RUNS` over its default of
 * 100 (`npm run mutate` sets 10, so each mutant meets a tenth of the inputs; a long run
 * raises it).
 */
const SCALE = Number(process.env.FC_NUM_RUNS ?? 100) / 100;
const scaled = (runs: number): number => Math.max(1, Math.round(runs * SCALE));

/** Random inputs per parser and kind of input: 10 parsers × 2 kinds × 5,000 = 100,000, plus the faulty valid JSON below. */
const RANDOM_RUNS = scaled(5_000);

/** How many random inputs the parsers were given in this run. */
let parsed = 0;

/**
 * The result is Ok or Err; every issue has a non-empty expectation and a path matching its
 * segments; Ok values are plain all the way down. Plain checks (no `expect` per value): this
 * runs 100,000+ times per run.
 */
function wellFormed(result: Result<unknown, ParseError>): boolean {
  parsed += 1;
  if (result.isOk()) return plainAllTheWay(result.value);
  if (!result.isErr() || result.error.code !== "parse_error" || result.error.issues.length === 0) return false;
  return result.error.issues.every(
    (issue) =>
      typeof issue.path === "string" &&
      formatPath(issue.segments) === issue.path &&
      issue.expected.length > 0 &&
      typeof issue.found === "string",
  );
}

/** A state's own prototypes: the state object and its persistent maps (issue 13). */
const STATE_PROTOTYPE: unknown = Object.getPrototypeOf(initialState);
const STATE_MAP_PROTOTYPE: unknown = Object.getPrototypeOf(initialState.invitations);

/** Every object in a parsed value is a plain object, array or map (a state's) made by the parser, with the standard prototype (or the state's own). */
function plainAllTheWay(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Map.prototype || prototype === STATE_MAP_PROTOTYPE)
    return [...(value as Map<unknown, unknown>).values()].every(plainAllTheWay);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== STATE_PROTOTYPE) return false;
  return Object.keys(value).every(
    (key) =>
      key !== "__proto__" &&
      key !== "constructor" &&
      key !== "prototype" &&
      plainAllTheWay((value as Record<string, unknown>)[key]),
  );
}

describe("INVAR-6 parsers never throw on random input", () => {
  for (const [name, parse] of PARSERS) {
    property(
      `INVAR-6 ${name} returns Ok or Err with paths for random JSON values`,
      [jsonArb],
      (input) => wellFormed(parse(input)),
      { numRuns: RANDOM_RUNS },
    );

    property(
      `INVAR-6 ${name} returns Ok or Err with paths for random JS values with dangerous keys`,
      [anythingArb],
      (input) => wellFormed(parse(input)),
      { numRuns: RANDOM_RUNS },
    );
  }
});

/** Valid JSON with one random fault: a value replaced, a key removed, or a key added. */
type Mutation =
  | { readonly kind: "replace"; readonly target: number; readonly value: unknown }
  | { readonly kind: "remove"; readonly target: number; readonly key: number }
  | { readonly kind: "add"; readonly target: number; readonly key: string; readonly value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), target: fc.nat(), value: fc.oneof(jsonArb, anythingArb) }),
  fc.record({ kind: fc.constant("remove" as const), target: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), target: fc.nat(), key: keyArb, value: jsonArb }),
);

/** Every object and array inside a JSON value, with itself first. */
function containers(value: unknown, into: object[] = []): object[] {
  if (typeof value === "object" && value !== null) {
    into.push(value);
    for (const child of Object.values(value)) containers(child, into);
  }
  return into;
}

function mutate(json: unknown, mutation: Mutation): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(json));
  const targets = containers(copy);
  const target = targets[mutation.target % targets.length] as Record<string, unknown>;
  const keys = Object.keys(target);
  switch (mutation.kind) {
    case "replace": {
      const key = keys[mutation.target % Math.max(1, keys.length)];
      if (key !== undefined) target[key] = mutation.value;
      return copy;
    }
    case "remove": {
      const key = keys[mutation.key % Math.max(1, keys.length)];
      if (key !== undefined) delete target[key];
      return copy;
    }
    case "add":
      // An array's length cannot be redefined as a value of another kind (a RangeError in the test, not the parser).
      if (Array.isArray(target) && mutation.key === "length") return copy;
      Object.defineProperty(target, mutation.key, {
        value: mutation.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return copy;
  }
}

const graphList = JSON.parse(
  readFileSync(new URL("../fixtures/graph/relationships.json", import.meta.url), "utf8"),
) as { value: unknown[] };

describe("INVAR-6 parsers never throw on valid JSON with one random fault", () => {
  /** Name, valid JSON, parser, how to write what it accepted and read it back, runs. */
  const cases: readonly (readonly [
    string,
    fc.Arbitrary<unknown>,
    Parser,
    (value: never) => unknown,
    Parser,
    number,
  ])[] = [
    ["parseInvitation", invitationArb.map(invitationToJson), parseInvitation, invitationToJson, parseInvitation, 2_000],
    [
      "parseRelationship",
      relationshipArb.map(relationshipToJson),
      parseRelationship,
      relationshipToJson,
      parseRelationship,
      2_000,
    ],
    ["parseDecision", decisionArb.map(decisionToJson), parseDecision, decisionToJson, parseDecision, 1_000],
    [
      "parseDocument",
      snapshotArb.map((snapshot) => documentToJson(toDocument("snapshot", snapshot))),
      parseDocument,
      documentToJson,
      parseDocument,
      1_500,
    ],
    [
      "parseGdapRelationship",
      gdapRelationshipArb.map(gdapRelationshipToJson),
      parseGdapRelationship,
      gdapRelationshipToJson,
      parseGdapRelationship,
      2_000,
    ],
    [
      "parseAccessAssignment",
      accessAssignmentArb.map(accessAssignmentToJson),
      parseAccessAssignment,
      accessAssignmentToJson,
      parseAccessAssignment,
      1_000,
    ],
    [
      "parseEvent",
      outcomeArb.chain((outcome) =>
        outcome.events.length === 0 ? fc.constant({}) : fc.constantFrom(...outcome.events.map(eventToJson)),
      ),
      parseEvent,
      eventToJson,
      parseEvent,
      1_000,
    ],
    [
      "parseCommand",
      outcomeArb.chain((outcome) => fc.constantFrom(...outcome.commands.map(commandToJson))),
      parseCommand,
      commandToJson,
      parseCommand,
      1_000,
    ],
    ["parseState", outcomeArb.map((outcome) => stateToJson(outcome.state)), parseState, stateToJson, parseState, 300],
    [
      "parseGraphDelegatedAdminRelationship",
      fc.constantFrom(...graphList.value),
      parseGraph,
      gdapRelationshipToJson,
      parseGdapRelationship,
      1_500,
    ],
  ];
  for (const [name, jsonOf, parse, toJson, reparse, numRuns] of cases) {
    property(
      `INVAR-6 ${name} returns Ok or Err with paths, and what it accepts round trips`,
      [jsonOf, mutationArb],
      (json, mutation) => {
        const result = parse(mutate(json, mutation));
        expect(wellFormed(result)).toBe(true);
        if (result.isOk()) {
          const again = reparse(JSON.parse(JSON.stringify(toJson(result.value as never))));
          expect(again._unsafeUnwrap()).toStrictEqual(result.value);
        }
      },
      { numRuns: scaled(numRuns) },
    );
  }
});

describe("INVAR-6 no global changes", () => {
  it("INVAR-6 the poisoning check sees a polluted prototype (so its silence means something)", () => {
    const proto = Object.prototype as unknown as Record<string, unknown>;
    proto.polluted = true;
    try {
      expect(() => assertNoGlobalChange()).toThrow(/Poisoning detected/);
    } finally {
      delete proto.polluted;
    }
    expect(() => assertNoGlobalChange()).not.toThrow();
  });

  it('INVAR-6 parsing JSON.parse(\'{"__proto__": {"polluted": true}, …}\') pollutes nothing', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}, "status": "pending"}',
      '{"schemaVersion": 1, "kind": "snapshot", "value": {"__proto__": {"polluted": true}, "invitations": [], "relationships": [], "agreements": []}}',
      '{"constructor": {"prototype": {"polluted": true}}, "allowed": true, "rules": [], "reasons": [], "remedies": []}',
    ])
      for (const [, parse] of PARSERS) expect(parse(JSON.parse(text)).isErr()).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("INVAR-6 the count", () => {
  it("INVAR-6 the parsers were given at least 100,000 random inputs in this run (scaled by FC_NUM_RUNS)", () => {
    expect(parsed).toBeGreaterThanOrEqual(scaled(100_000));
  });
});

afterAll(() => {
  assertNoGlobalChange();
});
