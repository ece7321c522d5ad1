// A verbatim copy of src/codec/decision.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of decisions (answers to access questions) and the consents they rest on
 * (`basis`, discriminated by `kind`): parser, serialiser and Standard Schema. Besides the
 * shape, the parser checks what `allow` and `refuse` guarantee: an allowed decision has no
 * remedies; a refused one has no basis.
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  array,
  boolean,
  type Decoder,
  decode,
  literal,
  object,
  optional,
  refine,
  string,
  taggedUnion,
  type Violation,
} from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import {
  identifier,
  instant,
  instantToJson,
  partnerType,
  roleHolder,
  roleId,
  ruleId,
} from "../../../src/codec/vocabulary.js";
import type { Basis, Decision } from "../../../src/vocabulary/decision.js";
import type { PartnerType, RoleHolder } from "../../../src/vocabulary/partner-types.js";
import type { RuleId } from "../../../src/vocabulary/rules.js";

/** A {@link Basis} in JSON (instants as ISO 8601 strings), discriminated by `kind`. */
export type BasisJson =
  | {
      /** Discriminant: a relationship in force in this capacity. */
      readonly kind: "capacity";
      /** The customer tenant ID. */
      readonly customer: string;
      /** The partner's ID. */
      readonly partner: string;
      /** The partner type the partner works in. */
      readonly capacity: PartnerType;
    }
  | {
      /** Discriminant: a role granted in a relationship in force. */
      readonly kind: "roleGrant";
      /** The customer tenant ID. */
      readonly customer: string;
      /** The partner's ID. */
      readonly partner: string;
      /** The directory role's template ID. */
      readonly role: string;
      /** Which partner principal holds the role. */
      readonly holder: RoleHolder;
      /** The partner type whose acceptance granted the role. */
      readonly capacity: PartnerType;
      /** When the customer granted it, as an ISO 8601 date-time. */
      readonly grantedAt: string;
    }
  | {
      /** Discriminant: the customer's acceptance of the Microsoft Customer Agreement. */
      readonly kind: "agreement";
      /** The customer tenant ID. */
      readonly customer: string;
      /** The user ID of the customer admin who accepted it. */
      readonly acceptedBy: string;
      /** When it was accepted, as an ISO 8601 date-time. */
      readonly acceptedAt: string;
    }
  | {
      /** Discriminant: a directory role a customer account holds. */
      readonly kind: "customerRole";
      /** The customer tenant ID. */
      readonly customer: string;
      /** The customer account's user ID. */
      readonly user: string;
      /** The directory role's template ID. */
      readonly role: string;
    }
  | {
      /** Discriminant: an Azure role of the partner's Admin Agents on a subscription. */
      readonly kind: "azureRoleAssignment";
      /** The customer tenant ID. */
      readonly customer: string;
      /** The subscription ID. */
      readonly subscription: string;
      /** The partner's ID. */
      readonly partner: string;
      /** The Azure role's name. */
      readonly role: string;
      /** Since when the role is assigned, as an ISO 8601 date-time. */
      readonly assignedAt: string;
    }
  | {
      /** Discriminant: a setting a customer admin turned on. */
      readonly kind: "customerSetting";
      /** The customer tenant ID. */
      readonly customer: string;
      /** The setting's name, such as `"mpsaPurchaseSharing"`. */
      readonly setting: string;
      /** The user ID of the customer admin who turned it on. */
      readonly changedBy: string;
      /** When it was turned on, as an ISO 8601 date-time. */
      readonly changedAt: string;
    };

/** A {@link Decision} in JSON. */
export interface DecisionJson {
  /** Whether the thing asked about is allowed. */
  readonly allowed: boolean;
  /** The IDs of the rules that decided it. */
  readonly rules: readonly RuleId[];
  /** Why, in sentences a person can read. */
  readonly reasons: readonly string[];
  /** When refused, what would make it allowed; empty when allowed. */
  readonly remedies: readonly string[];
  /** Present only on allowed decisions that give their basis. */
  readonly basis?: readonly BasisJson[];
}

/** A free-form name (an Azure role or subscription, a setting): 1 to 256 characters. */
const name = /* @__PURE__ */ string({ minLength: 1, maxLength: 256 });

/** The decoder of a {@link Basis}'s JSON form. */
export const basisDecoder: Decoder<Basis> = /* @__PURE__ */ taggedUnion("kind", {
  capacity: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["capacity"]),
    customer: identifier,
    partner: identifier,
    capacity: partnerType,
  }),
  roleGrant: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["roleGrant"]),
    customer: identifier,
    partner: identifier,
    role: roleId,
    holder: roleHolder,
    capacity: partnerType,
    grantedAt: instant,
  }),
  agreement: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["agreement"]),
    customer: identifier,
    acceptedBy: identifier,
    acceptedAt: instant,
  }),
  customerRole: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["customerRole"]),
    customer: identifier,
    user: identifier,
    role: roleId,
  }),
  azureRoleAssignment: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["azureRoleAssignment"]),
    customer: identifier,
    subscription: name,
    partner: identifier,
    role: name,
    assignedAt: instant,
  }),
  customerSetting: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["customerSetting"]),
    customer: identifier,
    setting: name,
    changedBy: identifier,
    changedAt: instant,
  }),
});

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

/** The decoder of a {@link Decision}'s JSON form, for composing larger decoders. */
export const decisionDecoder: Decoder<Decision> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
    allowed: boolean,
    rules: /* @__PURE__ */ array(ruleId),
    reasons: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    remedies: /* @__PURE__ */ array(/* @__PURE__ */ string()),
    basis: /* @__PURE__ */ optional(/* @__PURE__ */ array(basisDecoder)),
  }),
  consistent,
);

/**
 * Parses a decision from untrusted input (INVAR-6), such as one stored in an audit log.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseDecision(input: unknown, options?: ParseOptions): Result<Decision, ParseError> {
  return decode(decisionDecoder, input, options);
}

/**
 * Writes a consent a decision rests on in its JSON form.
 *
 * @param basis - the basis
 */
export function basisToJson(basis: Basis): BasisJson {
  switch (basis.kind) {
    case "capacity":
      return { kind: "capacity", customer: basis.customer, partner: basis.partner, capacity: basis.capacity };
    case "roleGrant":
      return {
        kind: "roleGrant",
        customer: basis.customer,
        partner: basis.partner,
        role: basis.role,
        holder: basis.holder,
        capacity: basis.capacity,
        grantedAt: instantToJson(basis.grantedAt),
      };
    case "agreement":
      return {
        kind: "agreement",
        customer: basis.customer,
        acceptedBy: basis.acceptedBy,
        acceptedAt: instantToJson(basis.acceptedAt),
      };
    case "customerRole":
      return { kind: "customerRole", customer: basis.customer, user: basis.user, role: basis.role };
    case "azureRoleAssignment":
      return {
        kind: "azureRoleAssignment",
        customer: basis.customer,
        subscription: basis.subscription,
        partner: basis.partner,
        role: basis.role,
        assignedAt: instantToJson(basis.assignedAt),
      };
    case "customerSetting":
      return {
        kind: "customerSetting",
        customer: basis.customer,
        setting: basis.setting,
        changedBy: basis.changedBy,
        changedAt: instantToJson(basis.changedAt),
      };
  }
}

/**
 * Writes a decision in its JSON form (`basis` only when the decision has one).
 *
 * @param decision - the decision
 */
export function decisionToJson(decision: Decision): DecisionJson {
  const json: DecisionJson = {
    allowed: decision.allowed,
    rules: [...decision.rules],
    reasons: [...decision.reasons],
    remedies: [...decision.remedies],
  };
  return decision.basis === undefined ? json : { ...json, basis: decision.basis.map(basisToJson) };
}

/** A Standard Schema v1 validator of decisions (vendor `partner-relationships`). */
export const decisionSchema: StandardSchemaV1<unknown, Decision> = /* @__PURE__ */ toStandardSchema(parseDecision);
