/**
 * Why an event of a stored history could not have come from the steps (INVAR-7): the
 * rule it breaks and a reason. The domain modules answer with it when asked whether an
 * event fits the state it meets; `evolve` then leaves the state unchanged and the
 * checking replay lists the event with its index.
 *
 * @module
 */
import type { RuleId } from "./vocabulary/rules.js";
import { formatInstant, isInstant } from "./vocabulary/time.js";

/** Why an event is set aside: the rule it breaks, and the reason in words. */
export interface EventRefusal {
  /** The rule the event breaks. */
  readonly rule: RuleId;
  /** Why, in words: the entity, the status or times involved. */
  readonly reason: string;
}

/**
 * An {@link EventRefusal}.
 *
 * @param rule - the rule the event breaks
 * @param reason - why, in words
 * @internal
 */
export function refusal(rule: RuleId, reason: string): EventRefusal {
  return { rule, reason };
}

/**
 * An instant for a reason: ISO 8601 when it is one, otherwise what it is (a number as
 * written, or the kind of value), never running a caller's code.
 *
 * @param at - anything given as an instant
 * @internal
 */
export function describeInstant(at: unknown): string {
  if (isInstant(at)) return formatInstant(at);
  return typeof at === "number" ? `${at} (not an instant)` : `a ${at === null ? "null" : typeof at} (not an instant)`;
}

/**
 * The refusal of an event without the fields its type needs (from an untyped caller or a
 * damaged log).
 *
 * @param event - the event
 * @internal
 */
export function malformedEvent(event: { readonly type?: unknown }): EventRefusal {
  return refusal(
    "INVAR-7",
    typeof event.type === "string"
      ? `The event lacks the fields a ${event.type.slice(0, 60)} event carries, or its type is unknown.`
      : "The event has no known type.",
  );
}

/**
 * A value for a reason, never running a caller's code: a string as JSON (at most 100
 * characters of it), a number or boolean as written, anything else by its kind.
 *
 * @param value - anything an event carried
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value === null ? "null" : `a value of type ${typeof value}`;
}
