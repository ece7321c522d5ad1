/**
 * Finding the entities a command names, for the decider's areas: an unknown ID, or one
 * already taken by a creating command, is `invalid_input` at the command's field.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type InvalidInput, invalidInput } from "../errors.js";
import type { Relationship } from "../relationship.js";
import { type DomainState, relationshipOf } from "../state.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";
import type { RuleId } from "../vocabulary/rules.js";

/**
 * The entity with this ID, or `invalid_input` at `path`.
 *
 * @param map - the state's map of such entities
 * @param id - the ID the command names
 * @param rule - the rule the step enforces
 * @param path - the command's field
 * @param what - the entity, for the error ("an invitation")
 */
export function known<T>(
  map: ReadonlyMap<string, T>,
  id: string,
  rule: RuleId,
  path: string,
  what: string,
): Result<T, InvalidInput> {
  const value = map.get(id);
  return value === undefined ? err(invalidInput(rule, path, `the ID of ${what} in the state`, id)) : ok(value);
}

/**
 * Nothing, when no entity has this ID yet; `invalid_input` at `id` otherwise.
 *
 * @param map - the state's map of such entities
 * @param id - the ID the creating command gives
 * @param rule - the rule the step enforces
 * @param what - the entity, for the error ("invitation")
 */
export function unused(
  map: ReadonlyMap<string, unknown>,
  id: string,
  rule: RuleId,
  what: string,
): Result<void, InvalidInput> {
  return map.has(id) ? err(invalidInput(rule, "id", `the ID of no ${what} in the state`, id)) : ok(undefined);
}

/**
 * The pair's relationship, or `invalid_input` at `customer` when the customer has none
 * with the partner.
 *
 * @param state - the state
 * @param customer - the customer the command names
 * @param partner - the partner the command names
 * @param rule - the rule the step enforces
 */
export function knownRelationship(
  state: DomainState,
  customer: CustomerId,
  partner: PartnerId,
  rule: RuleId,
): Result<Relationship, InvalidInput> {
  const relationship = relationshipOf(state, customer, partner);
  return relationship === undefined
    ? err(invalidInput(rule, "customer", `a customer with a relationship with ${partner}`, customer))
    : ok(relationship);
}
