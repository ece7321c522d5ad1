// A verbatim copy of src/codec/agreement.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of a customer's Microsoft Customer Agreement state (MCA-1, MCA-2),
 * discriminated by `status`: parser, serialiser and Standard Schema.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { AgreementAccepted, AgreementNotAccepted, CustomerAgreement } from "../../../src/agreement.js";
import { type Decoder, decode, literal, object, taggedUnion } from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import { identifier, instant, instantToJson } from "../../../src/codec/vocabulary.js";

/** An {@link AgreementNotAccepted} in JSON. */
export interface AgreementNotAcceptedJson {
  /** Discriminant: always `"notAccepted"`. */
  readonly status: "notAccepted";
  /** The customer tenant ID. */
  readonly customer: string;
}

/** An {@link AgreementAccepted} in JSON. */
export interface AgreementAcceptedJson {
  /** Discriminant: always `"accepted"`. */
  readonly status: "accepted";
  /** The customer tenant ID. */
  readonly customer: string;
  /** ISO 8601. */
  readonly acceptedAt: string;
  /** The user ID of the customer admin who accepted it. */
  readonly acceptedBy: string;
}

/** A {@link CustomerAgreement} in JSON, discriminated by `status`. */
export type CustomerAgreementJson = AgreementNotAcceptedJson | AgreementAcceptedJson;

const notAccepted: Decoder<AgreementNotAccepted> = /* @__PURE__ */ object({
  status: /* @__PURE__ */ literal(["notAccepted"]),
  customer: identifier,
});

const accepted: Decoder<AgreementAccepted> = /* @__PURE__ */ object({
  status: /* @__PURE__ */ literal(["accepted"]),
  customer: identifier,
  acceptedAt: instant,
  acceptedBy: identifier,
});

/** The decoder of a {@link CustomerAgreement}'s JSON form, for composing larger decoders. */
export const agreementDecoder: Decoder<CustomerAgreement> = /* @__PURE__ */ taggedUnion("status", {
  notAccepted,
  accepted,
});

/**
 * Parses a customer's agreement state from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseAgreement(input: unknown, options?: ParseOptions): Result<CustomerAgreement, ParseError> {
  return decode(agreementDecoder, input, options);
}

/**
 * Writes a customer's agreement state in its JSON form.
 *
 * @param agreement - the agreement state
 */
export function agreementToJson(agreement: CustomerAgreement): CustomerAgreementJson {
  return agreement.status === "accepted"
    ? {
        status: "accepted",
        customer: agreement.customer,
        acceptedAt: instantToJson(agreement.acceptedAt),
        acceptedBy: agreement.acceptedBy,
      }
    : { status: "notAccepted", customer: agreement.customer };
}

/** A Standard Schema v1 validator of agreement states (vendor `partner-relationships`). */
export const agreementSchema: StandardSchemaV1<unknown, CustomerAgreement> =
  /* @__PURE__ */ toStandardSchema(parseAgreement);
