/**
 * The door of every exported function (INVAR-8): a call from plain JavaScript with any
 * value in any argument gets the function's documented error value, never a throw.
 *
 * One mechanism, applied at the entries (`src/index.ts`, `src/codec/index.ts`,
 * `src/testing/index.ts`) so the modules behind them stay typed and fast: {@link total}
 * runs the function and, if reading an argument throws (a wrong shape such as
 * `roles: null`, a getter or a Proxy trap that throws, a cycle that exhausts the stack),
 * answers with the function's error value built from an {@link InvalidInput} at rule
 * INVAR-8, whose `path` names the argument (and the accessor or unreadable field when it
 * can be found without running caller code) and whose `found` is a bounded excerpt.
 *
 * Why a guard at the door rather than a shape check of every field before each step: the
 * shapes are the domain types themselves, already declared once as the codec's schemas;
 * writing them a second time in the core would say each thing twice, and a check before
 * the step cannot stop a Proxy's traps from running anyway. The checks that carry rules
 * (identifiers, instants, role lists and their limits, actors) stay in the steps
 * (`src/validate.ts`) and answer with their own paths; the guard only catches what falls
 * through them.
 *
 * Where caller code may run: a step reads the properties of its arguments that its TSDoc
 * names, as ordinary property reads, so a getter or Proxy trap on such a property runs
 * once per read; its throw becomes the error value. Nothing else of the caller runs:
 * `toJSON`, `toString` and `valueOf` are never called (errors print with
 * {@link describeValue}).
 *
 * @module
 * @internal
 */
import { err, type Result } from "neverthrow";
import type { HistoryRejected } from "./decider/checked-replay.js";
import { describeValue, MAX_EXCERPT } from "./describe-value.js";
import type { InvalidInput } from "./errors.js";
import { type DomainState, initialState } from "./state.js";
import { type Decision, refuse } from "./vocabulary/decision.js";

/** Builds a function's answer to arguments it could not read. */
export type Fallback<R> = (fault: InvalidInput, args: readonly unknown[]) => R;

/**
 * Wraps an exported function so that no argument makes it throw.
 *
 * @param fn - the function
 * @param fallback - its answer when reading the arguments threw
 * @param params - its parameter names, comma-separated, for the error's path
 */
export function total<F extends (...args: never[]) => unknown>(
  fn: F,
  fallback: Fallback<ReturnType<F>>,
  params: string,
): F {
  const guarded = (...args: Parameters<F>): ReturnType<F> => {
    try {
      return fn(...args) as ReturnType<F>;
    } catch (thrown) {
      return fallback(unreadable(fn.name, params, args, thrown), args);
    }
  };
  // The function's own name and arity, for callers and tools that read them.
  Object.defineProperties(guarded, { name: { value: fn.name }, length: { value: fn.length } });
  return guarded as unknown as F;
}

/**
 * The fault of a call whose reading threw: the argument (and field) that could not be read
 * where a walk of own data properties finds it, else the whole argument list.
 */
function unreadable(name: string, params: string, args: readonly unknown[], thrown: unknown): InvalidInput {
  const names = params.split(", ");
  let path = `(${params})`;
  let found = "a value of the wrong shape";
  const budget = { nodes: 1_000 };
  for (let index = 0; index < args.length; index++) {
    const fault = hostile(args[index], names[index] ?? `arguments[${index}]`, 0, new Set(), budget);
    if (fault !== undefined) {
      [path, found] = fault;
      break;
    }
  }
  const why = reason(thrown);
  const expected = `the arguments ${name}(${params}) documents`;
  return {
    code: "invalid_input",
    rule: "INVAR-8",
    path,
    expected,
    found: `${found}${why === "" ? "" : ` (${why})`}`,
    message: `${path}: expected ${expected}, found ${found} (INVAR-8).`,
  };
}

/** The engine's message of a TypeError/RangeError, bounded; nothing of a caller's throw. */
function reason(thrown: unknown): string {
  try {
    if (thrown instanceof TypeError || thrown instanceof RangeError) {
      const descriptor = Object.getOwnPropertyDescriptor(thrown, "message");
      const message: unknown = descriptor !== undefined && "value" in descriptor ? descriptor.value : "";
      return typeof message === "string" ? message.slice(0, MAX_EXCERPT) : "";
    }
  } catch {
    // a Proxy thrown as the error: nothing of it is read
  }
  return "";
}

/**
 * The path of the first getter or unreadable field under `value`, walking own data
 * properties only, at most 64 fields of an object, 4 levels and 1,000 objects in all: a
 * cost bounded whatever the arguments.
 */
function hostile(
  value: unknown,
  path: string,
  depth: number,
  seen: Set<object>,
  budget: { nodes: number },
): [string, string] | undefined {
  if (typeof value !== "object" || value === null || depth > 4 || seen.has(value) || budget.nodes-- <= 0)
    return undefined;
  seen.add(value);
  try {
    const isArray = Array.isArray(value);
    const keys = isArray ? [] : Reflect.ownKeys(value).slice(0, 64);
    if (isArray) for (let i = 0; i < Math.min((value as unknown[]).length, 64); i++) keys.push(String(i));
    for (const key of keys) {
      if (typeof key === "symbol") continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) continue;
      const at = isArray ? `${path}[${key}]` : `${path}.${key}`;
      if (!("value" in descriptor)) return [at, "an accessor (getter or setter)"];
      const inner = hostile(descriptor.value, at, depth + 1, seen, budget);
      if (inner !== undefined) return inner;
    }
  } catch {
    return [path, "a value whose reading threw (a Proxy)"];
  }
  return undefined;
}

/** The answer of a step or parser returning a `Result`: the fault in an `Err`. */
export const asErr = (fault: InvalidInput): Result<never, InvalidInput> => err(fault);

/** The answer of a question returning a {@link Decision}: a refusal naming INVAR-8. */
export const asRefusal = (fault: InvalidInput): Decision =>
  refuse(["INVAR-8"], [fault.message], ["Ask with the arguments the function's documentation names."]);

/** The answer of a predicate: `false`. */
export const asFalse = (): false => false;

/** The answer of a question returning a list: the empty list. */
export const asEmpty = (): readonly never[] => [];

/** The answer of a function returning a number: `NaN`. */
export const asNaN = (): number => Number.NaN;

/** The answer of a function returning text: the first argument as {@link describeValue} prints it. */
export const asPrinted = (_fault: InvalidInput, args: readonly unknown[]): string => describeValue(args[0]);

/** The answer of a function with no error channel (a writer, a reader of the state): `undefined`. */
export const asNothing = (): never => undefined as never;

/** The answer of `evolve` to an event (or state) it cannot read: the state as given. */
export const unchangedState = (_fault: InvalidInput, args: readonly unknown[]): DomainState => args[0] as DomainState;

/** The answer of `replay` to events it cannot read: the state it would start from. */
export const startingState = (_fault: InvalidInput, args: readonly unknown[]): DomainState =>
  args[1] === undefined ? initialState : (args[1] as DomainState);

/**
 * The answer of `replayChecked` to events it cannot read: the history rejected as a whole,
 * its one entry naming the unreadable argument (INVAR-8), with the state it would start from.
 */
export const historyUnreadable = (fault: InvalidInput, args: readonly unknown[]): Result<never, HistoryRejected> =>
  err({
    code: "history_rejected",
    rule: "INVAR-7",
    setAside: [{ index: 0, type: "unknown", rule: "INVAR-8", reason: fault.message }],
    state: startingState(fault, args),
    message: fault.message,
  });

/**
 * The answer of the few functions whose declared error type has no `InvalidInput`
 * (`ensurePending`, `ensureActive`, `ensureGdapStatus`, `ensureAccessAssignmentStatus`,
 * the duration readers, `parseInstant`): the same `Err` as {@link asErr}. Their TSDoc says
 * so; the declared type is to be widened in the next major version.
 */
export const asErrBeyondType: Fallback<never> = asErr as unknown as Fallback<never>;
