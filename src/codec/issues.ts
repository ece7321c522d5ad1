/**
 * Parse issues and the parse error: what the codec returns when untrusted input is not a
 * value of the library (INVAR-6). Every issue names where the fault is (a path such as
 * `grants[0].grantedAt`), what was expected there and what was found, printed safely.
 *
 * Parsing is not a domain step, so {@link ParseError} is not part of `DomainError`; it has
 * the same shape conventions (a snake_case `code`, the `rule`, a `message`).
 *
 * @module
 */

/**
 * One step of a path into the input: an object key or an array index. The empty path
 * (no segment) is the input itself.
 */
export type PathSegment = string | number;

/** One fault found in the input. */
export interface ParseIssue {
  /**
   * Where the fault is, in JavaScript accessor notation: `roles[2]`, `grants[0].grantedAt`,
   * `["@odata.type"]`. The empty string is the input itself (the root).
   */
  readonly path: string;
  /** The same path as segments, for tools that want them (Standard Schema issues use them). */
  readonly segments: readonly PathSegment[];
  /** What was expected there, such as `"an ISO 8601 date-time with an offset"`. */
  readonly expected: string;
  /** What was found, printed without running any code of the input (at most about 80 characters). */
  readonly found: string;
}

/**
 * Untrusted input is not a value of the library (INVAR-6). Returned in an `Err`, never
 * thrown. `issues` lists every fault found (at most the limit `maxIssues`; `truncated`
 * says whether parsing stopped there).
 */
export interface ParseError {
  /** Discriminant, stable to switch on. */
  readonly code: "parse_error";
  /** The rule: parsing untrusted input returns `Ok` or `Err` with the path of each fault. */
  readonly rule: "INVAR-6";
  /** A sentence a person can read, naming the first faults. Wording may change; read `issues`. */
  readonly message: string;
  /** Every fault found, in the order met, each with its path. Never empty. */
  readonly issues: readonly ParseIssue[];
  /** Whether parsing stopped before the end because of a limit (issues or input size). */
  readonly truncated: boolean;
}

const IDENTIFIER_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_KEY_SHOWN = 64;

/**
 * Writes a path in accessor notation: `["grants", 0, "grantedAt"]` → `grants[0].grantedAt`.
 * Keys that are not identifiers are quoted (`["@odata.type"]`); very long keys are cut.
 *
 * @param segments - the path
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let text = "";
  for (const segment of segments) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (segment.length <= MAX_KEY_SHOWN && IDENTIFIER_KEY.test(segment))
      text += text === "" ? segment : `.${segment}`;
    else {
      const shown = segment.length > MAX_KEY_SHOWN ? `${segment.slice(0, MAX_KEY_SHOWN)}…` : segment;
      text += `[${JSON.stringify(shown)}]`;
    }
  }
  return text;
}

const MAX_STRING_SHOWN = 60;

/**
 * Prints a found value for an issue without running any code of it: no `toJSON`, no
 * `toString`, no getter, no Proxy trap beyond `Array.isArray`. Strings are quoted and cut.
 *
 * @param value - anything
 */
export function describeFound(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.length > MAX_STRING_SHOWN
        ? `${JSON.stringify(value.slice(0, MAX_STRING_SHOWN))}… (${value.length} characters)`
        : JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      try {
        return Array.isArray(value) ? "an array" : "an object";
      } catch {
        return "an unreadable value";
      }
  }
}

const MESSAGE_ISSUES = 3;

/**
 * Builds a {@link ParseError} from the issues found.
 *
 * @param issues - every fault found (at least one)
 * @param truncated - whether parsing stopped early at a limit
 */
export function parseError(issues: readonly ParseIssue[], truncated: boolean): ParseError {
  const shown = issues
    .slice(0, MESSAGE_ISSUES)
    .map((issue) => `${issue.path === "" ? "(root)" : issue.path}: expected ${issue.expected}, found ${issue.found}`)
    .join("; ");
  const more = issues.length > MESSAGE_ISSUES ? ` (and ${issues.length - MESSAGE_ISSUES} more)` : "";
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  return {
    code: "parse_error",
    rule: "INVAR-6",
    message: `The input is not a valid value, ${count}: ${shown}${more}${truncated ? "; parsing stopped at a limit" : ""} (INVAR-6).`,
    issues,
    truncated,
  };
}
