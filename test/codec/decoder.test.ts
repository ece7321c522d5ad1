import { parseInvitation } from "partner-relationships/codec";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  array,
  boolean,
  decode,
  decoder,
  FAULT,
  type Infer,
  integer,
  literal,
  map,
  nullable,
  number,
  object,
  optional,
  refine,
  report,
  string,
  stringWhere,
  taggedUnion,
} from "../../src/codec/decoder.js";
import { assertNoGlobalChange } from "./poisoning.js";

const point = object({ x: integer(), y: integer(), label: optional(string({ maxLength: 5 })) });

function issues(result: ReturnType<typeof decode>) {
  return result.isErr() ? result.error.issues.map(({ path, expected, found }) => ({ path, expected, found })) : [];
}

describe("primitives", () => {
  it("string, integer, number, boolean and literal accept their values and describe what they refuse", () => {
    expect(decode(string(), "a")._unsafeUnwrap()).toBe("a");
    expect(issues(decode(string({ minLength: 2, maxLength: 3 }), "a"))).toEqual([
      { path: "", expected: "a string of 2 to 3 characters", found: "a string of 1 characters" },
    ]);
    expect(decode(integer({ min: 0 }), 3)._unsafeUnwrap()).toBe(3);
    expect(issues(decode(integer({ min: 0 }), -1))).toEqual([
      { path: "", expected: "an integer of at least 0", found: "-1" },
    ]);
    expect(issues(decode(integer(), 1.5))[0]?.expected).toBe("an integer");
    expect(Object.is(decode(integer(), -0)._unsafeUnwrap(), 0)).toBe(true);
    expect(Object.is(decode(number, -0)._unsafeUnwrap(), 0)).toBe(true);
    expect(decode(number, Number.POSITIVE_INFINITY).isErr()).toBe(true);
    expect(decode(boolean, false)._unsafeUnwrap()).toBe(false);
    expect(issues(decode(boolean, "true"))).toEqual([{ path: "", expected: "a boolean", found: '"true"' }]);
    const status = literal(["on", "off"]);
    expectTypeOf(decode(status, "on")._unsafeUnwrap()).toEqualTypeOf<"on" | "off">();
    expect(issues(decode(status, "toString"))).toEqual([
      { path: "", expected: 'one of "on", "off"', found: '"toString"' },
    ]);
    expect(
      decode(
        stringWhere("a digit", (text) => /^\d$/.test(text)),
        "7",
      )._unsafeUnwrap(),
    ).toBe("7");
  });
});

describe("object", () => {
  it("reads the allow-listed keys, leaves optional ones out when missing, and reports every issue with its path", () => {
    expect(decode(point, { x: 1, y: 2 })._unsafeUnwrap()).toStrictEqual({ x: 1, y: 2 });
    expect(decode(point, { x: 1, y: 2, label: undefined })._unsafeUnwrap()).toStrictEqual({ x: 1, y: 2 });
    expect(decode(point, { x: 1, y: 2, label: "a" })._unsafeUnwrap()).toStrictEqual({ x: 1, y: 2, label: "a" });
    expect(issues(decode(point, { x: "1", label: "toolong", z: 0 }))).toEqual([
      { path: "x", expected: "an integer", found: '"1"' },
      { path: "y", expected: "an integer", found: "nothing (the field is missing)" },
      { path: "label", expected: "a string of 0 to 5 characters", found: "a string of 7 characters" },
      { path: "z", expected: "no field other than x, y, label", found: "an unknown field" },
    ]);
    expectTypeOf<Infer<typeof point>>().toEqualTypeOf<{
      readonly x: number;
      readonly y: number;
      readonly label?: string;
    }>();
  });

  it("ignores unknown keys on request (Graph payloads' @odata.* annotations) without reading them", () => {
    const graph = object({ id: string() }, { unknownKeys: "ignore" });
    let read = 0;
    const payload = {
      id: "a",
      "@odata.type": "#microsoft.graph.delegatedAdminRelationship",
      get "@odata.etag"() {
        read++;
        return "W/1";
      },
    };
    expect(decode(graph, payload)._unsafeUnwrap()).toStrictEqual({ id: "a" });
    expect(read).toBe(0);
  });

  it("INVAR-6 never calls a getter: an accessor field is an issue", () => {
    let called = 0;
    const input = {
      x: 1,
      get y() {
        called++;
        return 2;
      },
    };
    expect(issues(decode(point, input))).toEqual([
      { path: "y", expected: "an integer", found: "an accessor (getter or setter)" },
    ]);
    const items = [1, 2];
    Object.defineProperty(items, 1, {
      get: () => {
        called++;
        return 2;
      },
    });
    expect(issues(decode(array(integer()), items))).toEqual([
      { path: "[1]", expected: "an integer", found: "an accessor (getter or setter)" },
    ]);
    expect(called).toBe(0);
  });

  it("INVAR-6 never reads inherited properties", () => {
    const inherited = Object.create({ x: 1, y: 2 });
    expect(issues(decode(point, inherited)).map((issue) => issue.path)).toEqual(["x", "y"]);
  });

  it("INVAR-6 a Proxy whose traps throw, or a revoked one, gives an issue at the path where reading failed", () => {
    const hostile = new Proxy(
      { x: 1 },
      {
        getOwnPropertyDescriptor: (target, key) => {
          if (key === "y") throw new Error("trap");
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    const result = decode(point, hostile);
    expect(issues(result)).toEqual([
      {
        path: "y",
        expected: "a readable value",
        found: "a value whose reading threw (a getter, a Proxy, or too deep)",
      },
    ]);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(issues(decode(object({ nested: point }), { nested: revocable.proxy }))[0]?.path).toBe("nested");
    const throwingKeys = new Proxy(
      { x: 1, y: 2 },
      {
        ownKeys: () => {
          throw new Error("keys");
        },
      },
    );
    expect(decode(point, throwingKeys).isErr()).toBe(true);
    expect(() => parseInvitation(revocable.proxy)).not.toThrow();
  });

  it("INVAR-6 __proto__, constructor and prototype keys never reach a prototype", () => {
    const text = '{"x": 1, "y": 2, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const input: unknown = JSON.parse(text);
    expect(issues(decode(point, input))).toEqual([
      { path: "__proto__", expected: "no field other than x, y, label", found: "an unknown field" },
      { path: "constructor", expected: "no field other than x, y, label", found: "an unknown field" },
    ]);
    const tolerant = object({ x: integer(), y: integer() }, { unknownKeys: "ignore" });
    const value = decode(tolerant, input)._unsafeUnwrap();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["x", "y"]);
    expect("polluted" in value).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("builds fresh outputs: the input is neither returned nor changed", () => {
    const input = Object.freeze({ x: 1, y: 2, list: Object.freeze([1, 2]) });
    const decoded = decode(object({ x: integer(), y: integer(), list: array(integer()) }), input)._unsafeUnwrap();
    expect(decoded).not.toBe(input);
    expect(decoded.list).not.toBe(input.list);
    expect(decoded).toStrictEqual({ x: 1, y: 2, list: [1, 2] });
  });
});

describe("array", () => {
  it("checks bounds before reading and reports holes", () => {
    expect(issues(decode(array(integer(), { minLength: 1 }), []))).toEqual([
      { path: "", expected: "an array of 1 to 100000 items", found: "an array of 0 items" },
    ]);
    expect(issues(decode(array(integer(), { maxLength: 0 }), [1]))[0]?.expected).toBe("an empty array");
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    expect(issues(decode(array(integer()), [1, , 3]))).toEqual([
      { path: "[1]", expected: "an integer", found: "a hole (a sparse array)" },
    ]);
    expect(issues(decode(array(integer()), { length: 0 }))[0]?.found).toBe("an object");
  });
});

describe("taggedUnion, nullable, map, refine, decoder", () => {
  const shape = taggedUnion("kind", {
    circle: object({ kind: literal(["circle"]), r: integer({ min: 0 }) }),
    square: object({ kind: literal(["square"]), side: integer({ min: 0 }) }),
  });

  it("reads the tag first and reports an unknown tag once, at the tag's path", () => {
    expect(decode(shape, { kind: "circle", r: 2 })._unsafeUnwrap()).toStrictEqual({ kind: "circle", r: 2 });
    expect(issues(decode(shape, { kind: "__proto__", r: 2 }))).toEqual([
      { path: "kind", expected: 'one of "circle", "square"', found: '"__proto__"' },
    ]);
    expect(issues(decode(shape, { r: 2 }))[0]?.found).toBe("nothing (the field is missing)");
    expect(issues(decode(shape, { kind: "square", r: 2 })).map((issue) => issue.path)).toEqual(["side", "r"]);
    expect(issues(decode(shape, []))[0]).toMatchObject({ path: "", found: "an array" });
  });

  it("nullable, map and refine compose", () => {
    const maybe = nullable(integer());
    expect(decode(maybe, null)._unsafeUnwrap()).toBeNull();
    expect(decode(maybe, "x").isErr()).toBe(true);
    const doubled = map(integer(), (n) => n * 2);
    expect(decode(doubled, 4)._unsafeUnwrap()).toBe(8);
    const range = refine(object({ from: integer(), to: integer() }), (value) =>
      value.to >= value.from ? [] : [{ at: ["to"], expected: `at least ${value.from}`, found: String(value.to) }],
    );
    expect(issues(decode(range, { from: 3, to: 1 }))).toEqual([{ path: "to", expected: "at least 3", found: "1" }]);
    const even = decoder<number>("an even number", (input, ctx) =>
      typeof input === "number" && input % 2 === 0 ? input : report(ctx, "an even number", String(input)),
    );
    expect(decode(array(even), [2, 3])._unsafeUnwrapErr().issues[0]?.path).toBe("[1]");
    expect(FAULT).toBeTypeOf("symbol");
  });
});

afterAll(() => {
  assertNoGlobalChange();
});

describe("what each decoder expects and finds, in words (INVAR-6)", () => {
  const faults = (d: Parameters<typeof decode>[0], input: unknown, limits?: Record<string, number>): string[] =>
    decode(d, input, limits === undefined ? undefined : { limits }).match(
      () => [],
      (error) => error.issues.map(({ path, expected, found }) => `${path || "(root)"}: ${expected}; found ${found}`),
    );

  it("INVAR-6 the expected text of each decoder names its bounds", () => {
    expect({
      string: string().expected,
      stringAtLeast: string({ minLength: 1 }).expected,
      stringUpTo: string({ maxLength: 5 }).expected,
      stringBetween: string({ minLength: 2, maxLength: 5 }).expected,
      integer: integer().expected,
      integerAtLeast: integer({ min: 0 }).expected,
      integerUpTo: integer({ max: 9 }).expected,
      integerBetween: integer({ min: 1, max: 9 }).expected,
      array: array(boolean).expected,
      arrayAtLeast: array(boolean, { minLength: 1 }).expected,
      arrayEmpty: array(boolean, { maxLength: 0 }).expected,
      object: object({ a: boolean, b: optional(number) }).expected,
      nullable: nullable(boolean).expected,
      literalOne: literal(["a"]).expected,
      literalMany: literal(["a", "b"]).expected,
    }).toMatchInlineSnapshot(`
      {
        "array": "an array of items, each a boolean",
        "arrayAtLeast": "an array of at least 1 items, each a boolean",
        "arrayEmpty": "an empty array",
        "integer": "an integer",
        "integerAtLeast": "an integer of at least 0",
        "integerBetween": "an integer from 1 to 9",
        "integerUpTo": "an integer from -9007199254740991 to 9",
        "literalMany": "one of "a", "b"",
        "literalOne": ""a"",
        "nullable": "a boolean or null",
        "object": "an object with the fields a, b",
        "string": "a string",
        "stringAtLeast": "a string of at least 1 characters",
        "stringBetween": "a string of 2 to 5 characters",
        "stringUpTo": "a string of 0 to 5 characters",
      }
    `);
  });

  it("INVAR-6 each refusal says what was expected and what was found", () => {
    const accessor = Object.defineProperty({}, "a", { get: () => true, enumerable: true });
    const itemAccessor = Object.defineProperty([true], 0, { get: () => true });
    expect({
      stringTooShort: faults(string({ minLength: 2, maxLength: 5 }), "a"),
      stringTooLong: faults(string({ maxLength: 3 }), "abcd"),
      stringOverLimit: faults(string(), "abcdef", { maxStringLength: 5 }),
      stringAtLimit: faults(string(), "abcde", { maxStringLength: 5 }),
      stringWhereOverLimit: faults(
        stringWhere("an ID", () => true),
        "abcdef",
        { maxStringLength: 5 },
      ),
      notAString: faults(string(), 7),
      number: faults(number, Number.POSITIVE_INFINITY),
      integerBelow: faults(integer({ min: 1, max: 9 }), 0),
      integerAbove: faults(integer({ min: 1, max: 9 }), 10),
      integerAtBounds: [...faults(integer({ min: 1, max: 9 }), 1), ...faults(integer({ min: 1, max: 9 }), 9)],
      integerOnlyMin: faults(integer({ min: 1 }), Number.MAX_SAFE_INTEGER),
      integerUnsafe: faults(integer(), 2 ** 53),
      arrayTooShort: faults(array(boolean, { minLength: 2 }), [true]),
      arrayTooLong: faults(array(boolean, { maxLength: 1 }), [true, false]),
      arrayOverLimit: faults(array(boolean), [true, false, true], { maxArrayLength: 2 }),
      arrayNotEmpty: faults(array(boolean, { maxLength: 0 }), [true]),
      arrayHole: faults(array(boolean), Object.assign(new Array<boolean>(3), { 0: true, 2: false })),
      arrayAccessor: faults(array(boolean), itemAccessor),
      objectAccessor: faults(object({ a: boolean }), accessor),
      objectUnknown: faults(object({ a: boolean, b: boolean }), { a: true, b: false, c: 1 }),
      objectMissing: faults(object({ a: boolean, b: optional(boolean) }), {}),
      objectNotAnObject: faults(object({ a: boolean }), [true]),
      tooDeep: faults(array(array(boolean)), [[true]], { maxDepth: 1 }),
      tooMany: faults(array(boolean), [true, true, true], { maxNodes: 3 }),
      nullableNull: faults(nullable(boolean), null),
      nullableOther: faults(nullable(boolean), 1),
    }).toMatchInlineSnapshot(`
      {
        "arrayAccessor": [
          "[0]: a boolean; found an accessor (getter or setter)",
        ],
        "arrayHole": [
          "[1]: a boolean; found a hole (a sparse array)",
        ],
        "arrayNotEmpty": [
          "(root): an empty array; found an array of 1 items",
        ],
        "arrayOverLimit": [
          "(root): an array of 0 to 2 items; found an array of 3 items",
        ],
        "arrayTooLong": [
          "(root): an array of 0 to 1 items; found an array of 2 items",
        ],
        "arrayTooShort": [
          "(root): an array of 2 to 100000 items; found an array of 1 items",
        ],
        "integerAbove": [
          "(root): an integer from 1 to 9; found 10",
        ],
        "integerAtBounds": [],
        "integerBelow": [
          "(root): an integer from 1 to 9; found 0",
        ],
        "integerOnlyMin": [],
        "integerUnsafe": [
          "(root): an integer; found 9007199254740992",
        ],
        "notAString": [
          "(root): a string; found 7",
        ],
        "nullableNull": [],
        "nullableOther": [
          "(root): a boolean; found 1",
        ],
        "number": [
          "(root): a finite number; found Infinity",
        ],
        "objectAccessor": [
          "a: a boolean; found an accessor (getter or setter)",
        ],
        "objectMissing": [
          "a: a boolean; found nothing (the field is missing)",
        ],
        "objectNotAnObject": [
          "(root): an object with the fields a; found an array",
        ],
        "objectUnknown": [
          "c: no field other than a, b; found an unknown field",
        ],
        "stringAtLimit": [],
        "stringOverLimit": [
          "(root): a string of 0 to 5 characters; found a string of 6 characters",
        ],
        "stringTooLong": [
          "(root): a string of 0 to 3 characters; found a string of 4 characters",
        ],
        "stringTooShort": [
          "(root): a string of 2 to 5 characters; found a string of 1 characters",
        ],
        "stringWhereOverLimit": [
          "(root): an ID; found a string of 6 characters",
        ],
        "tooDeep": [
          "[0]: at most 1 levels of nested arrays and objects; found deeper nesting",
        ],
        "tooMany": [
          "[2]: an input of at most 3 values; found a larger input",
        ],
      }
    `);
  });

  it("INVAR-6 a decoder that fails without saying why still gives one issue: the whole value", () => {
    const silent = decoder("a silent thing", () => FAULT);
    expect(faults(silent, 1)).toEqual(["(root): a silent thing; found an invalid value"]);
  });

  it("INVAR-6 -0 is read as 0, as JSON writes it", () => {
    expect(Object.is(decode(number, -0)._unsafeUnwrap(), 0)).toBe(true);
    expect(Object.is(decode(integer(), -0)._unsafeUnwrap(), 0)).toBe(true);
  });
});
