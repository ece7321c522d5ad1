/**
 * The JSON form of decisions (answers to access questions) and the consents they rest on
 * (`basis`, discriminated by `kind`): schemas, parser, serialisers and Standard Schema. Besides the
 * shape, the parser checks what `allow` and `refuse` guarantee: an allowed decision has no
 * remedies; a refused one has no basis.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { Basis, Decision } from "../vocabulary/decision.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  array,
  boolean,
  decode,
  type JsonOf,
  object,
  optional,
  refine,
  standardSchemaOf,
  string,
  taggedUnion,
  type Violation,
} from "./schema.js";
import { identifier, instant, partnerType, roleHolder, roleId, ruleId } from "./vocabulary.js";

/** A free-form name (an Azure role or subscription, a setting): 1 to 256 characters. */
const name = /* @__PURE__ */ string({ minLength: 1, maxLength: 256 });

/** The schema of a {@link Basis}'s JSON form (instants as ISO 8601 strings), discriminated by `kind`. */
export const basisDecoder = /* @__PURE__ */ taggedUnion<Basis>()("kind", {
  capacity: { customer: identifier, partner: identifier, capacity: partnerType },
  roleGrant: {
    customer: identifier,
    partner: identifier,
    role: roleId,
    holder: roleHolder,
    capacity: partnerType,
    grantedAt: instant,
  },
  agreement: { customer: identifier, acceptedBy: identifier, acceptedAt: instant },
  customerRole: { customer: identifier, user: identifier, role: roleId },
  azureRoleAssignment: {
    customer: identifier,
    subscription: name,
    partner: identifier,
    role: name,
    assignedAt: instant,
  },
  customerSetting: { customer: identifier, setting: name, changedBy: identifier, changedAt: instant },
});

/** A {@link Basis} in JSON (instants as ISO 8601 strings), discriminated by `kind`. */
export type BasisJson = JsonOf<typeof basisDecoder>;

function consistent(decision: Decision): Violation[] {
  const violations: Violation[] = [];
  if (decision.allowed && decision.remedies.length > 0)
    violations.push({
      at: ["remedies"],
      expected: "no remedies on an allowed decision",
      found: `${decision.remedies.length} remedies`,
    });
  if (!decision.allowed && decision.basis !== undefined)
    violations.push({ at: ["basis"], expected: "no basis on a refused decision", found: "a basis" });
  return violations;
}

/** The schema of a {@link Decision}'s JSON form (`basis` only when the decision has one), for composing larger schemas. */
export const decisionDecoder = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<Decision>()({
    allowed: boolean,
    rules: /* @__PURE__ */ array(ruleId),
    reasons: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    remedies: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    basis: /* @__PURE__ */ optional(/* @__PURE__ */ array(basisDecoder)),
  }),
  consistent,
);

/** A {@link Decision} in JSON. */
export type DecisionJson = JsonOf<typeof decisionDecoder>;

/**
 * Parses a decision from untrusted input (INVAR-6), such as one stored in an audit log.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseDecision = (input: unknown, options?: ParseOptions): Result<Decision, ParseError> =>
  decode(decisionDecoder, input, options);

/**
 * Writes a consent a decision rests on in its JSON form.
 *
 * @param basis - the basis
 */
export const basisToJson = (basis: Basis): BasisJson => basisDecoder.encode(basis);

/**
 * Writes a decision in its JSON form (`basis` only when the decision has one).
 *
 * @param decision - the decision
 */
export const decisionToJson = (decision: Decision): DecisionJson => decisionDecoder.encode(decision);

/** A Standard Schema v1 validator of decisions (vendor `partner-relationships`). */
export const decisionSchema = /* @__PURE__ */ standardSchemaOf(decisionDecoder);
