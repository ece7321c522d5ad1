/**
 * The decoding toolkit: small allow-list decoders for untrusted input, composed into the
 * parsers of the library's values (INVAR-6).
 *
 * A {@link Decoder} reads one value and either returns the decoded value or records
 * issues in the context and returns {@link FAULT}. Decoders keep going after a fault, so
 * one parse reports every issue (up to the limit `maxIssues`). {@link decode} runs a
 * decoder under a guard: whatever the input (a Proxy whose traps throw, a getter, a cyclic
 * or enormous structure), it returns `Ok` or `Err`, never throws.
 *
 * Security:
 * - objects are read only at the keys of their shape, each through
 *   `Object.getOwnPropertyDescriptor`: inherited properties are never seen, getters are
 *   never called (an accessor is an issue), and `__proto__`, `constructor` or `prototype`
 *   are unknown keys like any other;
 * - output objects and arrays are fresh literals built from decoded values only; no
 *   `for…in`, no `Object.assign`, no spread and no merge of input;
 * - every limit ({@link ParseLimits}) is checked before the work it bounds; nesting is
 *   checked before descending, so deep input is an issue, not a stack overflow.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { describeFound, formatPath, type ParseError, type ParseIssue, type PathSegment, parseError } from "./issues.js";
import { type ParseLimits, type ParseOptions, resolveLimits } from "./limits.js";

/** The mark a decoder returns when the input is not valid; its issues are in the context. */
export const FAULT: unique symbol = /* @__PURE__ */ Symbol("partner-relationships.codec.fault");

/** The type of {@link FAULT}. */
export type Fault = typeof FAULT;

/** The state of one parse: limits, issues found, where the decoder is, how much it read. */
export interface DecodeContext {
  /** The limits of this parse. */
  readonly limits: ParseLimits;
  /** Issues found so far. */
  readonly issues: ParseIssue[];
  /** The path of the value being read (pushed and popped by containers). */
  readonly path: PathSegment[];
  /** Current nesting of arrays and objects. */
  depth: number;
  /** Values visited so far. */
  nodes: number;
  /** Set when a limit stops the parse; decoders then return {@link FAULT} at once. */
  stopped: boolean;
}

/** Reads one value of type `T` from untrusted input. */
export interface Decoder<T> {
  /** What the decoder accepts, in words, for issues (`"an identifier"`). */
  readonly expected: string;
  /**
   * Decodes `input`, or records issues in `ctx` and returns {@link FAULT}. Must not throw
   * for any input it was written for; {@link decode} catches the rest.
   */
  readonly decode: (input: unknown, ctx: DecodeContext) => T | Fault;
}

/** The type a decoder decodes. */
export type Infer<D> = D extends Decoder<infer T> ? T : never;

/**
 * Makes a decoder from a function.
 *
 * @param expected - what it accepts, in words
 * @param run - the decoding function
 */
export function decoder<T>(expected: string, run: (input: unknown, ctx: DecodeContext) => T | Fault): Decoder<T> {
  return { expected, decode: run };
}

/**
 * Records an issue at the current path (plus `at`, if given) and returns {@link FAULT}.
 *
 * @param ctx - the context
 * @param expected - what was expected
 * @param found - what was found, printed (use {@link describeFound})
 * @param at - segments below the current path
 */
export function report(ctx: DecodeContext, expected: string, found: string, at?: readonly PathSegment[]): Fault {
  if (ctx.stopped) return FAULT;
  const segments = at === undefined || at.length === 0 ? ctx.path.slice() : ctx.path.concat(at);
  ctx.issues.push({ path: formatPath(segments), segments, expected, found });
  if (ctx.issues.length >= ctx.limits.maxIssues) ctx.stopped = true;
  return FAULT;
}

/**
 * Counts one visited value against `maxNodes`; `false` when the parse must stop.
 *
 * @param ctx - the context
 */
export function visit(ctx: DecodeContext): boolean {
  if (ctx.stopped) return false;
  ctx.nodes += 1;
  if (ctx.nodes > ctx.limits.maxNodes) {
    report(ctx, `an input of at most ${ctx.limits.maxNodes} values`, "a larger input");
    ctx.stopped = true;
    return false;
  }
  return true;
}

const ABSENT: unique symbol = /* @__PURE__ */ Symbol("absent");
const ACCESSOR: unique symbol = /* @__PURE__ */ Symbol("accessor");

/**
 * Reads an own data property without calling any getter: `ABSENT` when there is none,
 * `ACCESSOR` when it is a getter/setter. A Proxy's trap may still throw; {@link decode}
 * catches it.
 */
function readOwn(target: object, key: PropertyKey): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor === undefined) return ABSENT;
  return Object.hasOwn(descriptor, "value") ? descriptor.value : ACCESSOR;
}

function isRecord(input: unknown): input is object {
  return typeof input === "object" && input !== null && !Array.isArray(input);
}

/**
 * Runs a decoder over untrusted input under a guard: returns `Ok` with the value or
 * `Err` with every issue found, and never throws (INVAR-6). A throw inside (a Proxy trap,
 * an exhausted stack) becomes an issue at the path where it happened.
 *
 * @param decoder - the decoder
 * @param input - anything
 * @param options - limits, if not the defaults
 *
 * @example
 * ```ts
 * decode(array(identifier), JSON.parse('["a", 1]'));
 * // Err({ code: "parse_error", issues: [{ path: "[1]", expected: "an identifier …", found: "1" }], … })
 * ```
 */
export function decode<T>(decoder: Decoder<T>, input: unknown, options?: ParseOptions): Result<T, ParseError> {
  const ctx: DecodeContext = {
    limits: resolveLimits(options),
    issues: [],
    path: [],
    depth: 0,
    nodes: 0,
    stopped: false,
  };
  let value: T | Fault;
  try {
    value = decoder.decode(input, ctx);
  } catch {
    ctx.stopped = false;
    value = report(ctx, "a readable value", "a value whose reading threw (a getter, a Proxy, or too deep)");
    ctx.stopped = true;
  }
  if (ctx.issues.length > 0 || value === FAULT) {
    const issues =
      ctx.issues.length > 0
        ? ctx.issues
        : [{ path: "", segments: [], expected: decoder.expected, found: "an invalid value" }];
    return err(parseError(issues, ctx.stopped));
  }
  return ok(value);
}

// ---------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------

/** Options of {@link string}. */
export interface StringOptions {
  /** Shortest length accepted. Default 0. */
  readonly minLength?: number;
  /** Longest length accepted, at most the parse limit `maxStringLength`. */
  readonly maxLength?: number;
}

/**
 * A string, within the length bounds and the limit `maxStringLength`.
 *
 * @param options - length bounds
 */
export function string(options?: StringOptions): Decoder<string> {
  const min = options?.minLength ?? 0;
  const max = options?.maxLength;
  const expected =
    max === undefined
      ? min > 0
        ? `a string of at least ${min} characters`
        : "a string"
      : `a string of ${min} to ${max} characters`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if (typeof input !== "string") return report(ctx, expected, describeFound(input));
    const limit = max === undefined ? ctx.limits.maxStringLength : Math.min(max, ctx.limits.maxStringLength);
    if (input.length > limit || input.length < min)
      return report(ctx, `a string of ${min} to ${limit} characters`, `a string of ${input.length} characters`);
    return input;
  });
}

/**
 * A string that passes a test, such as an identifier or a role ID. The length limit is
 * checked before the test runs.
 *
 * @param expected - what it accepts, in words
 * @param test - the test
 */
export function stringWhere<T extends string>(expected: string, test: (value: string) => value is T): Decoder<T>;
export function stringWhere(expected: string, test: (value: string) => boolean): Decoder<string>;
export function stringWhere(expected: string, test: (value: string) => boolean): Decoder<string> {
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if (typeof input !== "string") return report(ctx, expected, describeFound(input));
    if (input.length > ctx.limits.maxStringLength)
      return report(ctx, expected, `a string of ${input.length} characters`);
    return test(input) ? input : report(ctx, expected, describeFound(input));
  });
}

/**
 * One of a fixed list of strings.
 *
 * @param values - the strings accepted
 *
 * @example
 * ```ts
 * const status = literal(["pending", "accepted"] as const); // Decoder<"pending" | "accepted">
 * ```
 */
export function literal<const T extends string>(values: readonly T[]): Decoder<T> {
  const expected =
    values.length === 1
      ? JSON.stringify(values[0])
      : `one of ${values.map((value) => JSON.stringify(value)).join(", ")}`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    return typeof input === "string" && (values as readonly string[]).includes(input)
      ? (input as T)
      : report(ctx, expected, describeFound(input));
  });
}

/** Options of {@link integer}. */
export interface IntegerOptions {
  /** Smallest value accepted. Default `Number.MIN_SAFE_INTEGER`. */
  readonly min?: number;
  /** Largest value accepted. Default `Number.MAX_SAFE_INTEGER`. */
  readonly max?: number;
}

/** A finite number (JSON has no NaN or Infinity). */
export const number: Decoder<number> = /* @__PURE__ */ decoder("a finite number", (input, ctx) => {
  if (!visit(ctx)) return FAULT;
  if (typeof input !== "number" || !Number.isFinite(input)) return report(ctx, "a finite number", describeFound(input));
  return input === 0 ? 0 : input; // -0 becomes 0, as JSON writes it
});

/**
 * A safe integer within bounds.
 *
 * @param options - bounds
 */
export function integer(options?: IntegerOptions): Decoder<number> {
  const min = options?.min ?? Number.MIN_SAFE_INTEGER;
  const max = options?.max ?? Number.MAX_SAFE_INTEGER;
  const expected =
    options?.min === undefined && options?.max === undefined
      ? "an integer"
      : options?.max === undefined
        ? `an integer of at least ${min}`
        : `an integer from ${min} to ${max}`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if (typeof input !== "number" || !Number.isSafeInteger(input) || input < min || input > max)
      return report(ctx, expected, describeFound(input));
    return input === 0 ? 0 : input; // -0 becomes 0, as JSON writes it
  });
}

/** `true` or `false`. */
export const boolean: Decoder<boolean> = /* @__PURE__ */ decoder("a boolean", (input, ctx) => {
  if (!visit(ctx)) return FAULT;
  return typeof input === "boolean" ? input : report(ctx, "a boolean", describeFound(input));
});

// ---------------------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------------------

function enter(ctx: DecodeContext): boolean {
  if (ctx.depth >= ctx.limits.maxDepth) {
    report(ctx, `at most ${ctx.limits.maxDepth} levels of nested arrays and objects`, "deeper nesting");
    return false;
  }
  ctx.depth += 1;
  return true;
}

/** Options of {@link array}. */
export interface ArrayOptions {
  /** Fewest items accepted. Default 0. */
  readonly minLength?: number;
  /** Most items accepted, at most the parse limit `maxArrayLength`. */
  readonly maxLength?: number;
}

/**
 * An array whose every item the item decoder accepts. The length is checked against the
 * bounds and the limit `maxArrayLength` before any item is read; holes (sparse arrays)
 * and accessor items are issues. The result is a fresh array.
 *
 * @param item - the decoder of each item
 * @param options - length bounds
 */
export function array<T>(item: Decoder<T>, options?: ArrayOptions): Decoder<readonly T[]> {
  const min = options?.minLength ?? 0;
  const max = options?.maxLength;
  const expected =
    max === 0
      ? "an empty array"
      : min > 0
        ? `an array of at least ${min} items, each ${item.expected}`
        : `an array of items, each ${item.expected}`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if (!Array.isArray(input)) return report(ctx, expected, describeFound(input));
    const length = readOwn(input, "length");
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0)
      return report(ctx, "an array with a length", "an array-like value without a usable length");
    const limit = max === undefined ? ctx.limits.maxArrayLength : Math.min(max, ctx.limits.maxArrayLength);
    if (length > limit || length < min)
      return report(
        ctx,
        limit === 0 ? "an empty array" : `an array of ${min} to ${limit} items`,
        `an array of ${length} items`,
      );
    if (!enter(ctx)) return FAULT;
    const out: T[] = [];
    let failed = false;
    for (let index = 0; index < length; index++) {
      ctx.path.push(index);
      const raw = readOwn(input, index);
      if (raw === ABSENT || raw === ACCESSOR) {
        report(ctx, item.expected, raw === ABSENT ? "a hole (a sparse array)" : "an accessor (getter or setter)");
        failed = true;
      } else {
        const value = item.decode(raw, ctx);
        if (value === FAULT) failed = true;
        else out.push(value);
      }
      ctx.path.pop();
      if (ctx.stopped) {
        failed = true;
        break;
      }
    }
    ctx.depth -= 1;
    return failed ? FAULT : out;
  });
}

/** An item {@link itemByItem} could not read: its index and its issues (paths from the input's root). */
export interface ItemFault {
  /** The item's index in the array. */
  readonly index: number;
  /** Every issue of the item, each with its path, such as `value[3].status`. */
  readonly issues: readonly ParseIssue[];
}

/** What {@link itemByItem} reads: the items that decoded, in order, and a fault for each item that did not. */
export interface ItemsRead<T> {
  /** The items that decoded, in the array's order. */
  readonly value: readonly T[];
  /** One fault per item that did not decode, in the array's order. */
  readonly faults: readonly ItemFault[];
}

/**
 * An array read item by item: one bad item never hides the others. The array itself (its
 * type, its length against `maxArrayLength`, the nesting) is checked first and faults the
 * whole input, as {@link array} does; then each item is decoded on its own, with its own
 * issues (at most `maxIssues` each) and its own guard, so an item whose reading throws (a
 * Proxy, a getter) is a fault of that item. The count of values visited is shared: an
 * input over `maxNodes` faults the whole input, so the cost stays linear.
 *
 * @param item - the decoder of each item
 *
 * @example
 * ```ts
 * decode(itemByItem(identifier), ["a", 1, "b"]);
 * // Ok({ value: ["a", "b"], faults: [{ index: 1, issues: [{ path: "[1]", … }] }] })
 * ```
 */
export function itemByItem<T>(item: Decoder<T>): Decoder<ItemsRead<T>> {
  const expected = `an array of items, each ${item.expected}`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if (!Array.isArray(input)) return report(ctx, expected, describeFound(input));
    const length = readOwn(input, "length");
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0)
      return report(ctx, "an array with a length", "an array-like value without a usable length");
    const limit = ctx.limits.maxArrayLength;
    if (length > limit) return report(ctx, `an array of 0 to ${limit} items`, `an array of ${length} items`);
    if (!enter(ctx)) return FAULT;
    const value: T[] = [];
    const faults: ItemFault[] = [];
    for (let index = 0; index < length; index++) {
      const own: DecodeContext = {
        limits: ctx.limits,
        issues: [],
        path: [...ctx.path, index],
        depth: ctx.depth,
        nodes: ctx.nodes,
        stopped: false,
      };
      let decoded: T | Fault;
      try {
        const raw = readOwn(input, index);
        decoded =
          raw === ABSENT || raw === ACCESSOR
            ? report(own, item.expected, raw === ABSENT ? "a hole (a sparse array)" : "an accessor (getter or setter)")
            : item.decode(raw, own);
      } catch {
        own.stopped = false;
        decoded = report(own, "a readable value", "a value whose reading threw (a getter, a Proxy, or too deep)");
      }
      ctx.nodes = own.nodes;
      if (ctx.nodes > ctx.limits.maxNodes) {
        ctx.stopped = false;
        report(ctx, `an input of at most ${ctx.limits.maxNodes} values`, "a larger input", [index]);
        ctx.stopped = true;
        ctx.depth -= 1;
        return FAULT;
      }
      if (decoded !== FAULT && own.issues.length === 0) value.push(decoded);
      else
        faults.push({
          index,
          issues:
            own.issues.length > 0
              ? own.issues
              : [
                  {
                    path: formatPath(own.path),
                    segments: own.path,
                    expected: item.expected,
                    found: "an invalid value",
                  },
                ],
        });
    }
    ctx.depth -= 1;
    return { value, faults };
  });
}

/** A field that may be missing. See {@link optional}. */
export interface OptionalField<T> {
  /** Marks the field optional. */
  readonly optional: true;
  /** The decoder of the field's value when present. */
  readonly decoder: Decoder<T>;
}

/**
 * Marks an object field optional. A missing field (or one whose value is `undefined`,
 * which JSON cannot hold) is left out of the output, so the result fits
 * `exactOptionalPropertyTypes`: the key is absent, never present with `undefined`.
 *
 * @param decoder - the decoder of the value when present
 */
export function optional<T>(decoder: Decoder<T>): OptionalField<T> {
  return { optional: true, decoder };
}

/** The fields of an object decoder: a decoder or an {@link OptionalField} per key. */
export type Shape = { readonly [key: string]: Decoder<unknown> | OptionalField<unknown> };

type FieldType<F> = F extends OptionalField<infer T> ? T : F extends Decoder<infer T> ? T : never;
type OptionalKeys<S> = { [K in keyof S]: S[K] extends OptionalField<unknown> ? K : never }[keyof S];
type RequiredKeys<S> = Exclude<keyof S, OptionalKeys<S>>;
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The type an object decoder of shape `S` decodes. */
export type ObjectOf<S extends Shape> = Flatten<
  { readonly [K in RequiredKeys<S>]: FieldType<S[K]> } & { readonly [K in OptionalKeys<S>]?: FieldType<S[K]> }
>;

/**
 * What to do with keys of the input that are not in the shape:
 * - `refuse` (default): each is an issue at its path. Stored data with unknown keys is
 *   more likely a bug, or data of a newer schema, than something to drop silently.
 * - `ignore`: skip them without reading their values (for payloads of other systems,
 *   such as Microsoft Graph's `@odata.*` annotations). They never reach the output.
 */
export type UnknownKeys = "refuse" | "ignore";

/** Options of {@link object}. */
export interface ObjectOptions {
  /** Unknown keys: refused (default) or ignored. */
  readonly unknownKeys?: UnknownKeys;
}

/**
 * An object with exactly the keys of `shape` (allow-list). Each key is read as an own
 * data property; the output is a fresh object holding only decoded values, in the
 * shape's key order, so no key of the input (`__proto__` included) can reach a prototype.
 *
 * @param shape - a decoder, or {@link optional} decoder, per key
 * @param options - what to do with unknown keys (default: refuse)
 *
 * @example
 * ```ts
 * const grant = object({ role: roleId, grantedAt: instant, note: optional(string()) });
 * ```
 */
export function object<const S extends Shape>(shape: S, options?: ObjectOptions): Decoder<ObjectOf<S>> {
  const fields = Object.keys(shape).map((key) => {
    const spec = shape[key] as Decoder<unknown> | OptionalField<unknown>;
    return "optional" in spec
      ? { key, decoder: spec.decoder, optional: true }
      : { key, decoder: spec as Decoder<unknown>, optional: false };
  });
  const allowed = new Set(fields.map((field) => field.key));
  const refuseUnknown = (options?.unknownKeys ?? "refuse") === "refuse";
  const expected = `an object with the fields ${fields.map((field) => field.key).join(", ")}`;
  const unknownExpected = `no field other than ${fields.map((field) => field.key).join(", ")}`;
  return decoder(expected, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if (!isRecord(input)) return report(ctx, expected, describeFound(input));
    if (!enter(ctx)) return FAULT;
    const out: Record<string, unknown> = {};
    let failed = false;
    for (const field of fields) {
      ctx.path.push(field.key);
      const raw = readOwn(input, field.key);
      if (raw === ABSENT || raw === undefined) {
        if (!field.optional) {
          report(ctx, field.decoder.expected, "nothing (the field is missing)");
          failed = true;
        }
      } else if (raw === ACCESSOR) {
        report(ctx, field.decoder.expected, "an accessor (getter or setter)");
        failed = true;
      } else {
        const value = field.decoder.decode(raw, ctx);
        if (value === FAULT) failed = true;
        else out[field.key] = value;
      }
      ctx.path.pop();
      if (ctx.stopped) break;
    }
    if (refuseUnknown && !ctx.stopped) {
      const keys = Object.keys(input);
      for (const key of keys) {
        if (allowed.has(key)) continue;
        failed = true;
        report(ctx, unknownExpected, "an unknown field", [key]);
        if (ctx.stopped) break;
      }
    }
    ctx.depth -= 1;
    return failed || ctx.stopped ? FAULT : (out as ObjectOf<S>);
  });
}

/**
 * A union of object types told apart by a string field (`status`, `kind`, `type`): reads
 * the tag, then hands the whole object to that variant's decoder. An unknown tag is one
 * issue at the tag's path.
 *
 * @param tag - the discriminant field
 * @param variants - a decoder per tag value (each should check the tag too, as a {@link literal})
 *
 * @example
 * ```ts
 * const agreement = taggedUnion("status", { notAccepted, accepted });
 * ```
 */
export function taggedUnion<const K extends string, const M extends { readonly [tag: string]: Decoder<unknown> }>(
  tag: K,
  variants: M,
): Decoder<Infer<M[keyof M]>> {
  const tags = Object.keys(variants);
  const expected = `an object whose "${tag}" is one of ${tags.map((value) => JSON.stringify(value)).join(", ")}`;
  const tagExpected = `one of ${tags.map((value) => JSON.stringify(value)).join(", ")}`;
  return decoder(expected, (input, ctx) => {
    if (!isRecord(input)) {
      if (!visit(ctx)) return FAULT;
      return report(ctx, expected, describeFound(input));
    }
    const value = readOwn(input, tag);
    if (typeof value !== "string" || !Object.hasOwn(variants, value)) {
      if (!visit(ctx)) return FAULT;
      return report(
        ctx,
        tagExpected,
        value === ABSENT ? "nothing (the field is missing)" : value === ACCESSOR ? "an accessor" : describeFound(value),
        [tag],
      );
    }
    return (variants[value] as Decoder<Infer<M[keyof M]>>).decode(input, ctx);
  });
}

/**
 * A value or `null` (Microsoft Graph writes `null` for an absent value).
 *
 * @param decoder - the decoder of the value when not `null`
 */
export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return {
    expected: `${decoder.expected} or null`,
    decode: (input, ctx) => (input === null ? (visit(ctx) ? null : FAULT) : decoder.decode(input, ctx)),
  };
}

/**
 * Transforms a decoded value (such as an ISO string into an instant). The function must
 * not throw; to refuse, use {@link refine} or write a {@link decoder}.
 *
 * @param decoder - the decoder
 * @param transform - the transformation
 */
export function map<A, B>(decoder: Decoder<A>, transform: (value: A) => B): Decoder<B> {
  return {
    expected: decoder.expected,
    decode: (input, ctx) => {
      const value = decoder.decode(input, ctx);
      return value === FAULT ? FAULT : transform(value);
    },
  };
}

/** A fault a {@link refine} check finds: where below the value, what was expected, what was found. */
export interface Violation {
  /** Path below the refined value, such as `["grants", 0, "grantedAt"]`; empty for the value itself. */
  readonly at: readonly PathSegment[];
  /** What was expected. */
  readonly expected: string;
  /** What was found, printed. */
  readonly found: string;
}

/**
 * Checks a rule across the fields of a decoded value (`expiresAt` not before `sentAt`).
 * The check runs only when the value decoded; each violation is an issue at its path.
 *
 * @param decoder - the decoder
 * @param check - returns the violations, empty when the value is consistent
 */
export function refine<T>(decoder: Decoder<T>, check: (value: T) => readonly Violation[]): Decoder<T> {
  return {
    expected: decoder.expected,
    decode: (input, ctx) => {
      const value = decoder.decode(input, ctx);
      if (value === FAULT) return FAULT;
      const violations = check(value);
      if (violations.length === 0) return value;
      for (const violation of violations) report(ctx, violation.expected, violation.found, violation.at);
      return FAULT;
    },
  };
}

/**
 * A decoder defined later, for recursive shapes. Nesting stays bounded by `maxDepth`.
 *
 * @param get - returns the decoder
 * @param expected - what it accepts, in words
 */
export function lazy<T>(get: () => Decoder<T>, expected: string): Decoder<T> {
  return { expected, decode: (input, ctx) => get().decode(input, ctx) };
}
