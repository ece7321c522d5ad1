/**
 * Decisions: the answer to a question ("may this partner purchase for this customer?")
 * as plain data: allowed or not, the rules that decided it, reasons a person can read,
 * and, when refused, what would make it allowed.
 *
 * @module
 */
import type { RuleId } from "./rules.js";

/** The answer to an access question. */
export interface Decision {
  /** Whether the thing asked about is allowed. */
  readonly allowed: boolean;
  /** The rules that decided it. */
  readonly rules: readonly RuleId[];
  /** Why, in sentences a person can read. */
  readonly reasons: readonly string[];
  /** When refused: what would make it allowed. Empty when allowed. */
  readonly remedies: readonly string[];
}

/**
 * An allowed decision.
 *
 * @param rules - the rules that allowed it
 * @param reasons - why
 */
export function allow(rules: readonly RuleId[], reasons: readonly string[]): Decision {
  return { allowed: true, rules, reasons, remedies: [] };
}

/**
 * A refused decision.
 *
 * @param rules - the rules that refused it
 * @param reasons - why
 * @param remedies - what would make it allowed
 */
export function refuse(rules: readonly RuleId[], reasons: readonly string[], remedies: readonly string[]): Decision {
  return { allowed: false, rules, reasons, remedies };
}
