import { parseDecision, parseInvitation, parseSnapshotDocument } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { array, type Decoder, decode, integer, lazy, object, string } from "../../src/codec/decoder.js";
import { DEFAULT_PARSE_LIMITS, resolveLimits } from "../../src/codec/limits.js";

/** A recursive shape: arrays of arrays of … integers. */
type Tree = number | readonly Tree[];
const tree: Decoder<Tree> = lazy(
  () => ({
    expected: "a tree",
    decode: (input, ctx) => (Array.isArray(input) ? array(tree).decode(input, ctx) : integer().decode(input, ctx)),
  }),
  "a tree",
);

/** `[[[…[0]…]]]`, `levels` deep, built without recursion. */
function nested(levels: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe("the limits", () => {
  it("are documented constants", () => {
    expect(DEFAULT_PARSE_LIMITS).toEqual({
      maxDepth: 32,
      maxArrayLength: 100_000,
      maxStringLength: 10_000,
      maxNodes: 1_000_000,
      maxIssues: 100,
    });
    expect(Object.isFrozen(DEFAULT_PARSE_LIMITS)).toBe(true);
  });

  it("take the options' figures that are usable and the defaults for the rest", () => {
    expect(resolveLimits(undefined)).toBe(DEFAULT_PARSE_LIMITS);
    expect(resolveLimits({ limits: { maxDepth: 3, maxNodes: -1, maxArrayLength: 1.5, maxIssues: 0 } })).toEqual({
      ...DEFAULT_PARSE_LIMITS,
      maxDepth: 3,
      maxIssues: 1,
    });
  });
});

describe("INVAR-6 limits are refused with an issue, never a stack overflow", () => {
  it("INVAR-6 100,000-deep nested arrays: refused at depth 32 with the path of the fault", () => {
    const result = decode(tree, nested(100_000));
    expect(result.isErr()).toBe(true);
    const issue = result._unsafeUnwrapErr().issues[0];
    expect(issue?.expected).toBe("at most 32 levels of nested arrays and objects");
    expect(issue?.path).toBe("[0]".repeat(32));
    expect(decode(tree, nested(32))._unsafeUnwrap()).toEqual(nested(32));
  });

  it("INVAR-6 a cyclic value is bounded by the depth limit", () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(decode(tree, cycle)._unsafeUnwrapErr().issues[0]?.expected).toContain("at most 32 levels");
    const selfish: Record<string, unknown> = { status: "pending" };
    selfish.roles = [selfish];
    expect(parseInvitation(selfish).isErr()).toBe(true);
  });

  it("INVAR-6 deep input to a value parser is refused at the first level that does not fit, without descending", () => {
    const result = parseInvitation(nested(100_000));
    expect(result._unsafeUnwrapErr().issues).toEqual([
      expect.objectContaining({
        path: "",
        expected: expect.stringContaining('an object whose "status"'),
        found: "an array",
      }),
    ]);
    const deepObject = { value: {} as Record<string, unknown> };
    let cursor = deepObject.value;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      cursor.a = next;
      cursor = next;
    }
    expect(parseSnapshotDocument({ schemaVersion: 1, kind: "snapshot", ...deepObject }).isErr()).toBe(true);
  });

  it("INVAR-6 an array longer than 100,000 items is refused before any item is read", () => {
    const reasons = new Array<string>(100_001).fill("x");
    const result = parseDecision({ allowed: false, rules: [], reasons, remedies: [] });
    expect(result._unsafeUnwrapErr().issues).toEqual([
      {
        path: "reasons",
        segments: ["reasons"],
        expected: "an array of 0 to 100000 items",
        found: "an array of 100001 items",
      },
    ]);
    const huge = new Array(2 ** 32 - 1); // sparse: reading it item by item would take minutes
    const started = performance.now();
    expect(parseDecision({ allowed: false, rules: huge, reasons: [], remedies: [] }).isErr()).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("INVAR-6 a string longer than 10,000 characters is refused", () => {
    const result = parseDecision({ allowed: false, rules: [], reasons: ["ok", "x".repeat(10_001)], remedies: [] });
    expect(result._unsafeUnwrapErr().issues).toEqual([
      expect.objectContaining({
        path: "reasons[1]",
        expected: "a string of 0 to 10000 characters",
        found: "a string of 10001 characters",
      }),
    ]);
    expect(decode(string(), "y".repeat(50_000_000)).isErr()).toBe(true);
  });

  it("INVAR-6 an input of more than 1,000,000 values stops the parse with an issue", () => {
    const matrix = new Array(1_001).fill(new Array(1_000).fill(7));
    const result = decode(array(array(integer())), matrix);
    const error = result._unsafeUnwrapErr();
    expect(error.truncated).toBe(true);
    expect(error.issues).toEqual([expect.objectContaining({ expected: "an input of at most 1000000 values" })]);
    expect(error.issues[0]?.path).toMatch(/^\[\d+\](\[\d+\])?$/);
    expect(decode(array(array(integer())), matrix, { limits: { maxNodes: 2_000_000 } }).isOk()).toBe(true);
  });

  it("INVAR-6 stops collecting at 100 issues and says so", () => {
    const result = decode(array(integer()), new Array(1_000).fill("no"));
    const error = result._unsafeUnwrapErr();
    expect(error.issues).toHaveLength(100);
    expect(error.truncated).toBe(true);
    expect(error.issues[99]?.path).toBe("[99]");
  });

  it("limits can be tightened per parse", () => {
    const point = object({ x: integer(), y: integer() });
    expect(decode(point, { x: 1, y: 2 }, { limits: { maxDepth: 0 } })._unsafeUnwrapErr().issues[0]?.expected).toBe(
      "at most 0 levels of nested arrays and objects",
    );
    expect(decode(point, { x: 1, y: 2 }, { limits: { maxNodes: 2 } })._unsafeUnwrapErr().issues[0]?.path).toBe("y");
  });
});
