/**
 * The JSON form of the policy (the figures that differ between editions of the sources):
 * schema, parser, serialiser and Standard Schema. The JSON form is the value itself (it
 * holds no instant). A parsed policy is a fresh plain object, not frozen.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { GdapLimits, Policy } from "../policy.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  array,
  decode,
  integer,
  type JsonOf,
  literal,
  object,
  optional,
  refine,
  standardSchemaOf,
  string,
} from "./schema.js";
import { partnerType } from "./vocabulary.js";

const days = /* @__PURE__ */ integer({ min: 0 });

const gdapLimits = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<GdapLimits>()({
    minDurationDays: days,
    maxDurationDays: days,
    autoExtendDays: days,
    requestLifetimeDays: days,
    displayNameMaxLength: days,
  }),
  (limits) =>
    limits.maxDurationDays >= limits.minDurationDays
      ? []
      : [
          {
            at: ["maxDurationDays"],
            expected: `at least minDurationDays (${limits.minDurationDays})`,
            found: String(limits.maxDurationDays),
          },
        ],
);

/** The schema of a {@link Policy}'s JSON form (`listedPartnerTypes` only when the policy has it). */
export const policyDecoder = /* @__PURE__ */ object<Policy>()({
  edition: /* @__PURE__ */ string({ maxLength: 256 }),
  invitationLifetimeDays: days,
  customerDeletableCapacities: /* @__PURE__ */ array(partnerType),
  gdap: gdapLimits,
  autopilot: /* @__PURE__ */ literal(["current", "announced"]),
  listedPartnerTypes: /* @__PURE__ */ optional(/* @__PURE__ */ array(partnerType)),
});

/** A {@link Policy} in JSON. */
export type PolicyJson = JsonOf<typeof policyDecoder>;

/** {@link GdapLimits} in JSON. */
export type GdapLimitsJson = PolicyJson["gdap"];

/**
 * Parses a policy from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parsePolicy = (input: unknown, options?: ParseOptions): Result<Policy, ParseError> =>
  decode(policyDecoder, input, options);

/**
 * Writes a policy in its JSON form (`listedPartnerTypes` only when the policy has it).
 *
 * @param policy - the policy
 */
export const policyToJson = (policy: Policy): PolicyJson => policyDecoder.encode(policy);

/** A Standard Schema v1 validator of policies (vendor `partner-relationships`). */
export const policySchema = /* @__PURE__ */ standardSchemaOf(policyDecoder);
