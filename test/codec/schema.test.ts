import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as decoders from "../../src/codec/decoder.js";
import {
  array,
  boolean,
  decode,
  integer,
  lazy,
  literal,
  map,
  nullable,
  number,
  object,
  optional,
  parserOf,
  refine,
  type Schema,
  standardSchemaOf,
  string,
  stringWhere,
  taggedUnion,
} from "../../src/codec/schema.js";
import { instant } from "../../src/codec/vocabulary.js";
import type { Access, Grant } from "./schema-examples.js";

interface Tree {
  readonly name: string;
  readonly children: readonly Tree[];
}

const grant = object<Grant>()({ role: string({ minLength: 1 }), grantedAt: instant, note: optional(string()) });
const access = taggedUnion<Access>()("kind", {
  none: {},
  granted: { grants: array(grant), owner: nullable(string()) },
});
const tree: Schema<Tree, unknown> = object<Tree>()({
  name: string(),
  children: array(lazy(() => tree, "a tree")),
});

const at = Date.UTC(2026, 0, 15, 9, 30);

function issues(result: ReturnType<typeof decode>) {
  return result.isErr() ? result.error.issues.map(({ path, expected, found }) => ({ path, expected, found })) : [];
}

describe("schemas", () => {
  it("leaves write their value as it is and read as the decoders of the same name", () => {
    const leaves: [decoders.Decoder<unknown>, decoders.Decoder<unknown>, unknown][] = [
      [string({ maxLength: 3 }), decoders.string({ maxLength: 3 }), "abcd"],
      [
        stringWhere("a digit", (text) => /^\d$/.test(text)),
        decoders.stringWhere("a digit", (text) => /^\d$/.test(text)),
        "x",
      ],
      [literal(["on", "off"]), decoders.literal(["on", "off"]), "toString"],
      [integer({ min: 0 }), decoders.integer({ min: 0 }), -1],
      [number, decoders.number, Number.NaN],
      [boolean, decoders.boolean, "true"],
    ];
    for (const [schema, decoder, bad] of leaves) {
      expect(schema.expected).toBe(decoder.expected);
      expect(issues(decode(schema, bad))).toEqual(issues(decoders.decode(decoder, bad)));
    }
    expect(string().encode("a")).toBe("a");
    expect(integer().encode(3)).toBe(3);
    expect(boolean.encode(false)).toBe(false);
    expect(literal(["on"]).encode("on")).toBe("on");
  });

  it("an object schema writes its fields in the shape's order and leaves out the optional fields a value lacks", () => {
    expect(JSON.stringify(grant.encode({ grantedAt: at, role: "r" }))).toBe(
      '{"role":"r","grantedAt":"2026-01-15T09:30:00.000Z"}',
    );
    expect(JSON.stringify(grant.encode({ note: "n", grantedAt: at, role: "r" }))).toBe(
      '{"role":"r","grantedAt":"2026-01-15T09:30:00.000Z","note":"n"}',
    );
  });

  it("an object schema writes the fields of writeOrder first, and still reports issues in the shape's order", () => {
    const noteFirst = object<Grant>()(
      { role: string({ minLength: 1 }), grantedAt: instant, note: optional(string()) },
      { writeOrder: ["note", "grantedAt"] },
    );
    expect(Object.keys(noteFirst.encode({ role: "r", grantedAt: at, note: "n" }))).toEqual([
      "note",
      "grantedAt",
      "role",
    ]);
    expect(Object.keys(noteFirst.encode({ role: "r", grantedAt: at }))).toEqual(["grantedAt", "role"]);
    expect(issues(decode(noteFirst, { note: 1 })).map((issue) => issue.path)).toEqual(["role", "grantedAt", "note"]);
  });

  it("an object schema reads as the object decoder of its fields: same issues, same paths", () => {
    const decoder = decoders.object({
      role: decoders.string({ minLength: 1 }),
      grantedAt: instant,
      note: decoders.optional(decoders.string()),
    });
    const bad = { role: "", grantedAt: "yesterday", note: 1, extra: true };
    expect(issues(decode(grant, bad))).toEqual(issues(decoders.decode(decoder, bad)));
    expect(issues(decode(grant, bad))).toHaveLength(4);
    expect(grant.expected).toBe(decoder.expected);
  });

  it("a tagged union writes the tag first and refuses an unknown tag at the tag's path", () => {
    const value: Access = { kind: "granted", owner: null, grants: [{ role: "r", grantedAt: at }] };
    expect(JSON.stringify(access.encode(value))).toBe(
      '{"kind":"granted","grants":[{"role":"r","grantedAt":"2026-01-15T09:30:00.000Z"}],"owner":null}',
    );
    expect(access.encode({ kind: "none" })).toStrictEqual({ kind: "none" });
    expect(issues(decode(access, { kind: "other" }))).toEqual([
      { path: "kind", expected: 'one of "none", "granted"', found: '"other"' },
    ]);
    expect(issues(decode(access, { kind: "none", grants: [] }))).toEqual([
      { path: "grants", expected: "no field other than kind", found: "an unknown field" },
    ]);
  });

  it("map reads with its function and writes with its inverse; refine checks on reading only", () => {
    const text = map(integer(), String, Number);
    expect(decode(text, 12)._unsafeUnwrap()).toBe("12");
    expect(text.encode("12")).toBe(12);
    const even = refine(integer(), (n) => (n % 2 === 0 ? [] : [{ at: [], expected: "an even number", found: `${n}` }]));
    expect(issues(decode(even, 3))).toEqual([{ path: "", expected: "an even number", found: "3" }]);
    expect(even.encode(3)).toBe(3);
  });

  it("parserOf and standardSchemaOf give the parser and the Standard Schema of a schema", () => {
    expect(parserOf(grant)({ role: "r", grantedAt: "2026-01-15T09:30:00Z" })._unsafeUnwrap()).toStrictEqual({
      role: "r",
      grantedAt: at,
    });
    expect(issues(parserOf(grant)({ role: "", grantedAt: "x" }))).toHaveLength(2);
    expect(issues(parserOf(grant)({ role: "", grantedAt: "x" }, { limits: { maxIssues: 1 } }))).toHaveLength(1);
    expect(standardSchemaOf(grant)["~standard"].validate({ role: "r" })).toEqual({
      issues: [{ message: expect.stringContaining("found nothing (the field is missing)"), path: ["grantedAt"] }],
    });
  });

  it("writing then reading gives back the same value (INVAR-5), for unions, nested arrays, null and recursion", () => {
    const grants = fc.array(
      fc.record(
        { role: fc.string({ minLength: 1 }), grantedAt: fc.integer({ min: 0, max: 2 ** 45 }), note: fc.string() },
        { requiredKeys: ["role", "grantedAt"], noNullPrototype: true },
      ),
    );
    const accesses = fc.oneof(
      fc.constant<Access>({ kind: "none" }),
      fc.record(
        { kind: fc.constant("granted" as const), grants, owner: fc.option(fc.string(), { nil: null }) },
        { noNullPrototype: true },
      ),
    );
    fc.assert(
      fc.property(accesses, (value) => {
        expect(decode(access, JSON.parse(JSON.stringify(access.encode(value))))._unsafeUnwrap()).toStrictEqual(value);
      }),
    );
    const treeOf: fc.Memo<Tree> = fc.memo((n) =>
      fc.record(
        { name: fc.string(), children: n <= 1 ? fc.constant([]) : fc.array(treeOf(n - 1), { maxLength: 3 }) },
        { noNullPrototype: true },
      ),
    );
    const trees = treeOf(4);
    fc.assert(
      fc.property(trees, (value) => {
        expect(decode(tree, tree.encode(value))._unsafeUnwrap()).toStrictEqual(value);
      }),
    );
  });
});
