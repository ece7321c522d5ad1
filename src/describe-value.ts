/**
 * How a caller's value is printed in an error's `found` field (INVAR-8): a bounded
 * excerpt that never runs the value's code.
 *
 * @module
 */

/** Most characters of a caller's value that an error carries (INVAR-8): a bounded excerpt, never the whole. */
export const MAX_EXCERPT = 100;

/**
 * Prints a value for an error's `found` field, as a bounded excerpt: JSON for plain data
 * (numbers as themselves, `NaN` and `-0` included), at most {@link MAX_EXCERPT}
 * characters, and when cut, an ellipsis and the full length (`"aaaa…" (50000000
 * characters)`). It never runs the value's code: it reads own data properties only
 * (getters print as `[getter]`, `toJSON` and `toString` are never called), a Proxy trap
 * that throws prints as `[unreadable]`, a cycle as `[cycle]`, and it reads at most about
 * {@link MAX_EXCERPT} characters' worth of the value, so its cost does not grow with the
 * value (INVAR-8). Never throws.
 *
 * @param value - anything
 *
 * @example
 * ```ts
 * describeValue(Number.NaN);        // "NaN"
 * describeValue({ roles: null });   // '{"roles":null}'
 * describeValue("x".repeat(1e6));   // '"xxx…xx"… (1000000 characters)'
 * ```
 */
export function describeValue(value: unknown): string {
  const out: string[] = [];
  const budget = { left: MAX_EXCERPT + 1 };
  try {
    print(value, out, budget, new Set<object>(), 0);
  } catch {
    out.push("[unreadable]");
  }
  const text = out.join("");
  if (typeof value === "string" && value.length > MAX_EXCERPT)
    return `${text.slice(0, MAX_EXCERPT)}… (${value.length} characters)`;
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
}

function print(value: unknown, out: string[], budget: { left: number }, seen: Set<object>, depth: number): void {
  if (budget.left <= 0) return;
  const push = (text: string): void => {
    out.push(text);
    budget.left -= text.length;
  };
  switch (typeof value) {
    case "string": {
      push(JSON.stringify(value.length > budget.left ? value.slice(0, budget.left) : value));
      return;
    }
    case "number": {
      push(Object.is(value, -0) ? "-0" : String(value));
      return;
    }
    case "bigint": {
      push(`${value}n`);
      return;
    }
    case "boolean": {
      push(String(value));
      return;
    }
    case "undefined": {
      push("undefined");
      return;
    }
    case "symbol": {
      push(String(value));
      return;
    }
    case "function": {
      push("a function");
      return;
    }
  }
  if (value === null) {
    push("null");
    return;
  }
  const object = value as object;
  if (seen.has(object)) {
    push("[cycle]");
    return;
  }
  if (depth >= 4) {
    push("[…]");
    return;
  }
  seen.add(object);
  const isArray = Array.isArray(object);
  push(isArray ? "[" : "{");
  // An array's indices are walked up to the budget, never listed whole: a cost that does
  // not grow with the array.
  const keys: Iterable<string | symbol> = isArray ? indices((object as unknown[]).length) : Reflect.ownKeys(object);
  let first = true;
  for (const key of keys) {
    if (budget.left <= 0) break;
    if (typeof key === "symbol") continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (!first) push(",");
    first = false;
    if (!isArray) push(`${JSON.stringify(key.length > budget.left ? key.slice(0, budget.left) : key)}:`);
    if ("value" in descriptor) print(descriptor.value, out, budget, seen, depth + 1);
    else push("[getter]");
  }
  seen.delete(object);
  push(isArray ? "]" : "}");
}

function* indices(length: number): Generator<string> {
  for (let index = 0; index < length; index++) yield String(index);
}

/**
 * A caller-given text, such as a path or a step's name, for a message: a string cut to
 * {@link MAX_EXCERPT} characters, anything else as {@link describeValue} prints it, so
 * that no object of the caller is converted to text (INVAR-8).
 *
 * @param value - the text given
 * @internal
 */
export function label(value: unknown): string {
  return typeof value === "string" ? cutPrint(value) : describeValue(value);
}

/**
 * A text cut to at most {@link MAX_EXCERPT} characters, ending in `…` and its full
 * length when cut.
 *
 * @param text - the printed value
 * @internal
 */
export function cutPrint(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}… (${text.length} characters)` : text;
}
