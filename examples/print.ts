/** Printing helpers shared by the examples: one line per step, refused steps with their error and rule. */
import { type DomainError, formatInstant, type Instant, type Result } from "partner-relationships";

/**
 * Prints a section's title line, then its purpose in one line.
 *
 * @param title - what the section shows
 * @param purpose - why it is there, in one line
 * @param print - where the lines go (default `console.log`)
 */
export function heading(title: string, purpose: string, print: (line: string) => void = console.log): void {
  print(`\n=== ${title} ===`);
  print(purpose);
}

/** Prints a dated line of the story. */
export function line(at: Instant, text: string): void {
  console.log(`${formatInstant(at).slice(0, 10)}  ${text}`);
}

/**
 * Prints the outcome of a step: on success, `describe(value)`; when refused, the error's
 * code, rule and message. Returns the result unchanged so stories can chain on it.
 */
export function outcome<T>(
  at: Instant,
  step: string,
  result: Result<T, DomainError>,
  describe: (value: T) => string,
): Result<T, DomainError> {
  result.match(
    (value) => line(at, `OK       ${step}: ${describe(value)}`),
    (error) => line(at, `REFUSED  ${step}: ${error.code} [${error.rule}] ${error.message}`),
  );
  return result;
}
