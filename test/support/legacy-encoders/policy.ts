// A verbatim copy of src/codec/policy.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of the policy (the figures that differ between editions of the sources):
 * parser, serialiser and Standard Schema. The JSON form is the value itself (it holds no
 * instant). A parsed policy is a fresh plain object, not frozen.
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  array,
  type Decoder,
  decode,
  integer,
  literal,
  object,
  optional,
  refine,
  string,
} from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import { partnerType } from "../../../src/codec/vocabulary.js";
import type { AutopilotPolicy, GdapLimits, Policy } from "../../../src/policy.js";
import type { PartnerType } from "../../../src/vocabulary/partner-types.js";

/** {@link GdapLimits} in JSON. */
export interface GdapLimitsJson {
  /** Shortest relationship duration, in days (GDAP-2). */
  readonly minDurationDays: number;
  /** Longest relationship duration, in days (GDAP-2); not less than `minDurationDays`. */
  readonly maxDurationDays: number;
  /** Days added by one auto-extension (GDAP-2). */
  readonly autoExtendDays: number;
  /** Days an unapproved request lives (GDAP-5). */
  readonly requestLifetimeDays: number;
  /** Longest display name, in characters (GDAP-3). */
  readonly displayNameMaxLength: number;
}

/** A {@link Policy} in JSON. */
export interface PolicyJson {
  /** A name for the edition this policy models, for logs and reports. */
  readonly edition: string;
  /** Days an invitation stays answerable before it expires (INV-4). */
  readonly invitationLifetimeDays: number;
  /** The capacities (partner types) a customer may delete on its own (TYPE-2). */
  readonly customerDeletableCapacities: readonly PartnerType[];
  /** The GDAP figures. */
  readonly gdap: GdapLimitsJson;
  /** Which Windows Autopilot policy applies: `"current"` or `"announced"`. */
  readonly autopilot: AutopilotPolicy;
  /** Absent: the whole catalogue. */
  readonly listedPartnerTypes?: readonly PartnerType[];
}

const days = /* @__PURE__ */ integer({ min: 0 });

const gdapLimits: Decoder<GdapLimits> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
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

/** The decoder of a {@link Policy}'s JSON form, for composing larger decoders. */
export const policyDecoder: Decoder<Policy> = /* @__PURE__ */ object({
  edition: /* @__PURE__ */ string({ maxLength: 256 }),
  invitationLifetimeDays: days,
  customerDeletableCapacities: /* @__PURE__ */ array(partnerType),
  gdap: gdapLimits,
  autopilot: /* @__PURE__ */ literal(["current", "announced"]),
  listedPartnerTypes: /* @__PURE__ */ optional(/* @__PURE__ */ array(partnerType)),
});

/**
 * Parses a policy from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parsePolicy(input: unknown, options?: ParseOptions): Result<Policy, ParseError> {
  return decode(policyDecoder, input, options);
}

/**
 * Writes a policy in its JSON form (`listedPartnerTypes` only when the policy has it).
 *
 * @param policy - the policy
 */
export function policyToJson(policy: Policy): PolicyJson {
  const json: PolicyJson = {
    edition: policy.edition,
    invitationLifetimeDays: policy.invitationLifetimeDays,
    customerDeletableCapacities: [...policy.customerDeletableCapacities],
    gdap: {
      minDurationDays: policy.gdap.minDurationDays,
      maxDurationDays: policy.gdap.maxDurationDays,
      autoExtendDays: policy.gdap.autoExtendDays,
      requestLifetimeDays: policy.gdap.requestLifetimeDays,
      displayNameMaxLength: policy.gdap.displayNameMaxLength,
    },
    autopilot: policy.autopilot,
  };
  return policy.listedPartnerTypes === undefined
    ? json
    : { ...json, listedPartnerTypes: [...policy.listedPartnerTypes] };
}

/** A Standard Schema v1 validator of policies (vendor `partner-relationships`). */
export const policySchema: StandardSchemaV1<unknown, Policy> = /* @__PURE__ */ toStandardSchema(parsePolicy);
