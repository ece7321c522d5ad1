/**
 * Checks of arguments that TypeScript cannot make at run time (a caller in plain
 * JavaScript, or data from outside). Each returns the value or an {@link InvalidInput}
 * naming the path, what was expected and which rule needs it.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type InvalidInput, invalidInput } from "./errors.js";
import { canonicalRoleId, isRoleId, MAX_ROLES, type RoleId, roleIdExpected } from "./vocabulary/directory-roles.js";
import { isIdentifier } from "./vocabulary/ids.js";
import type { RuleId } from "./vocabulary/rules.js";
import { formatInstant, type Instant, isInstant } from "./vocabulary/time.js";

/**
 * Checks a step's time: a safe integer of milliseconds, not before `notBefore`.
 *
 * @param at - the time given
 * @param rule - the rule the step enforces
 * @param notBefore - the time of the state's last change; a step cannot come before it
 */
export function checkTime(at: unknown, rule: RuleId, notBefore?: Instant): Result<Instant, InvalidInput> {
  if (!isInstant(at)) return err(invalidInput(rule, "at", "an instant (integer milliseconds since the epoch)", at));
  if (notBefore !== undefined && at < notBefore)
    return err(invalidInput(rule, "at", `an instant not before ${formatInstant(notBefore)}`, formatInstant(at)));
  return ok(at);
}

/**
 * Checks an identifier: a non-empty string without surrounding white space.
 *
 * @param value - the value given
 * @param path - where it was given
 * @param rule - the rule the step enforces
 */
export function checkId(value: unknown, path: string, rule: RuleId): Result<string, InvalidInput> {
  return isIdentifier(value)
    ? ok(value)
    : err(
        invalidInput(rule, path, "a non-empty identifier of at most 256 characters without surrounding spaces", value),
      );
}

/**
 * Checks a list of roles: one to {@link MAX_ROLES} Entra role template IDs, each
 * well-formed (an item that is not says which ID to give: a display name gets its
 * constant), the length checked before any item is read; returns
 * them in lower case (their canonical form, GDAP-11) with repeats removed, in the order
 * given.
 *
 * @param value - the value given
 * @param rule - the rule the step enforces
 * @param expected - what the list should hold, for the error (`"at least one …"`)
 */
export function checkRoleIds(value: unknown, rule: RuleId, expected: string): Result<readonly RoleId[], InvalidInput> {
  if (!Array.isArray(value) || value.length === 0) return err(invalidInput(rule, "roles", expected, value));
  // The limit before any scan, then one pass: a Set keeps the first of each role (INVAR-8).
  if (value.length > MAX_ROLES)
    return err(invalidInput(rule, "roles", `at most ${MAX_ROLES} roles, not ${value.length}`, value));
  const given: readonly unknown[] = value;
  const bad = given.findIndex((role) => !isRoleId(role));
  if (bad >= 0) return err(invalidInput(rule, `roles[${bad}]`, roleIdExpected(given[bad]), given[bad]));
  return ok([...new Set((given as readonly RoleId[]).map(canonicalRoleId))]);
}
