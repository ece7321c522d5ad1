/**
 * The JSON form of a customer's Microsoft Customer Agreement state (MCA-1, MCA-2),
 * discriminated by `status`: schema, parser, serialiser and Standard Schema.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { AgreementAccepted, AgreementNotAccepted, CustomerAgreement } from "../agreement.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { decode, type JsonOf, standardSchemaOf, taggedUnion } from "./schema.js";
import { identifier, instant } from "./vocabulary.js";

/** The schema of a {@link CustomerAgreement}'s JSON form, for composing larger schemas. */
export const agreementDecoder = /* @__PURE__ */ taggedUnion<CustomerAgreement>()("status", {
  notAccepted: { customer: identifier },
  accepted: { customer: identifier, acceptedAt: instant, acceptedBy: identifier },
});

/** A {@link CustomerAgreement} in JSON, discriminated by `status`. */
export type CustomerAgreementJson = JsonOf<typeof agreementDecoder>;

/** An {@link AgreementNotAccepted} in JSON. */
export type AgreementNotAcceptedJson = Extract<
  CustomerAgreementJson,
  { readonly status: AgreementNotAccepted["status"] }
>;

/** An {@link AgreementAccepted} in JSON (`acceptedAt` in ISO 8601). */
export type AgreementAcceptedJson = Extract<CustomerAgreementJson, { readonly status: AgreementAccepted["status"] }>;

/**
 * Parses a customer's agreement state from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseAgreement = (input: unknown, options?: ParseOptions): Result<CustomerAgreement, ParseError> =>
  decode(agreementDecoder, input, options);

/**
 * Writes a customer's agreement state in its JSON form.
 *
 * @param agreement - the agreement state
 */
export const agreementToJson = (agreement: CustomerAgreement): CustomerAgreementJson =>
  agreementDecoder.encode(agreement);

/** A Standard Schema v1 validator of agreement states (vendor `partner-relationships`). */
export const agreementSchema = /* @__PURE__ */ standardSchemaOf(agreementDecoder);
