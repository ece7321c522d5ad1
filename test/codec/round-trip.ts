/** Round trips through the JSON text, as storage does. */
import type { Result } from "partner-relationships";
import type { ParseError } from "partner-relationships/codec";

/** `toJson`, then `JSON.stringify` and `JSON.parse`, then `parse`. */
export function throughJsonText<T, J>(
  value: T,
  toJson: (value: T) => J,
  parse: (input: unknown) => Result<T, ParseError>,
): Result<T, ParseError> {
  return parse(JSON.parse(JSON.stringify(toJson(value))));
}

/** The issues of a result as `{ path, expected, found }`, or `[]` when it is `Ok`. */
export function issuesOf(
  result: Result<unknown, ParseError>,
): readonly { readonly path: string; readonly expected: string; readonly found: string }[] {
  return result.isErr() ? result.error.issues.map(({ path, expected, found }) => ({ path, expected, found })) : [];
}

/** The paths of the issues of a result. */
export function pathsOf(result: Result<unknown, ParseError>): readonly string[] {
  return issuesOf(result).map((issue) => issue.path);
}
