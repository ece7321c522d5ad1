import { describe, expect, it } from "vitest";
import { describeFound, formatPath, parseError } from "../../src/codec/issues.js";

describe("formatPath", () => {
  it("INVAR-6 writes paths in accessor notation: roles[2], grants[0].grantedAt, the root as the empty string", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["roles", 2])).toBe("roles[2]");
    expect(formatPath(["grants", 0, "grantedAt"])).toBe("grants[0].grantedAt");
    expect(formatPath([3, "id"])).toBe("[3].id");
    expect(formatPath(["value", "invitations", 12, "sentAt"])).toBe("value.invitations[12].sentAt");
  });

  it("quotes keys that are not identifiers and cuts very long ones", () => {
    expect(formatPath(["@odata.type"])).toBe('["@odata.type"]');
    expect(formatPath(["a", "b c", 1])).toBe('a["b c"][1]');
    expect(formatPath(["x".repeat(1000)])).toBe(`["${"x".repeat(64)}…"]`);
    expect(formatPath(["é-😀".repeat(100)]).length).toBeLessThan(200);
  });
});

describe("describeFound", () => {
  it("prints a value without running any of its code", () => {
    let called = 0;
    const hostile = {
      toJSON: () => {
        called++;
        return "x";
      },
      toString: () => {
        called++;
        return "x";
      },
      get status() {
        called++;
        return "x";
      },
    };
    expect(describeFound(hostile)).toBe("an object");
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    expect(describeFound(revocable.proxy)).toBe("an unreadable value");
    expect(called).toBe(0);
  });

  it("quotes strings and cuts long ones, and names other types", () => {
    expect(describeFound("abc")).toBe('"abc"');
    expect(describeFound("a".repeat(1000))).toBe(`"${"a".repeat(60)}"… (1000 characters)`);
    expect([42, -0, Number.NaN, true, null, undefined, 1n, Symbol("s"), () => 1, [1]].map(describeFound)).toEqual([
      "42",
      "-0",
      "NaN",
      "true",
      "null",
      "undefined",
      "a bigint",
      "a symbol",
      "a function",
      "an array",
    ]);
  });
});

describe("parseError", () => {
  it("INVAR-6 is a plain error value with the rule, every issue, and a message naming the first three", () => {
    const issues = [1, 2, 3, 4].map((n) => ({
      path: `roles[${n}]`,
      segments: ["roles", n],
      expected: "a role",
      found: "1",
    }));
    const error = parseError(issues, false);
    expect(error).toMatchObject({ code: "parse_error", rule: "INVAR-6", issues, truncated: false });
    expect(error.message).toContain("4 issues: roles[1]: expected a role, found 1");
    expect(error.message).toContain("(and 1 more)");
    expect(parseError([{ path: "", segments: [], expected: "an object", found: "null" }], true).message).toContain(
      "(root): expected an object, found null; parsing stopped at a limit",
    );
  });

  it("INVAR-6 the message counts one issue, names at most three, and says 'more' only for a fourth", () => {
    const issue = (n: number) => ({ path: `roles[${n}]`, segments: ["roles", n], expected: "a role", found: `${n}` });
    expect(parseError([issue(1)], false).message).toBe(
      "The input is not a valid value, 1 issue: roles[1]: expected a role, found 1 (INVAR-6).",
    );
    expect(parseError([1, 2, 3].map(issue), false).message).toBe(
      "The input is not a valid value, 3 issues: roles[1]: expected a role, found 1; roles[2]: expected a role, found 2; roles[3]: expected a role, found 3 (INVAR-6).",
    );
    expect(parseError([1, 2, 3, 4, 5].map(issue), false).message).toBe(
      "The input is not a valid value, 5 issues: roles[1]: expected a role, found 1; roles[2]: expected a role, found 2; roles[3]: expected a role, found 3 (and 2 more) (INVAR-6).",
    );
  });
});

describe("the cut-off lengths", () => {
  it("INVAR-6 a key of 64 characters is shown whole, a longer one cut; a string of 60 is quoted whole", () => {
    expect(formatPath(["x".repeat(64)])).toBe("x".repeat(64));
    expect(formatPath(["x".repeat(65)])).toBe(`["${"x".repeat(64)}…"]`);
    expect(describeFound("a".repeat(60))).toBe(`"${"a".repeat(60)}"`);
    expect(describeFound("a".repeat(61))).toBe(`"${"a".repeat(60)}"… (61 characters)`);
    expect(describeFound(false)).toBe("false");
  });
});
