/**
 * The Microsoft Customer Agreement (MCA-1, MCA-2): whether a customer has accepted it,
 * when and by whom. It is accepted on its own ("Accept agreement" page) or as part of
 * accepting an invitation ("Accept & Authorize", INV-2); both share
 * {@link recordAgreement}.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { authorizeCustomerAdmin } from "./authorization.js";
import type { AgreementNotAcknowledged, DomainError } from "./errors.js";
import { type EventRefusal, refusal } from "./history.js";
import { checkTime } from "./validate.js";
import type { Actor } from "./vocabulary/actors.js";
import type { CustomerId, UserId } from "./vocabulary/ids.js";
import { formatInstant, type Instant } from "./vocabulary/time.js";

/** The customer has not accepted the agreement. */
export interface AgreementNotAccepted {
  /** Discriminant. */
  readonly status: "notAccepted";
  /** The customer tenant. */
  readonly customer: CustomerId;
}

/** The customer accepted the agreement. Accepting it again changes nothing (MCA-2). */
export interface AgreementAccepted {
  /** Discriminant. */
  readonly status: "accepted";
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** When it was first accepted. */
  readonly acceptedAt: Instant;
  /** The customer admin who accepted it. */
  readonly acceptedBy: UserId;
}

/** A customer's Microsoft Customer Agreement state. */
export type CustomerAgreement = AgreementNotAccepted | AgreementAccepted;

/**
 * The agreement state of a customer that has not accepted it yet.
 *
 * @param customer - the customer tenant
 */
export function agreementNotAccepted(customer: CustomerId): AgreementNotAccepted {
  return { status: "notAccepted", customer };
}

/**
 * The error for an unticked "I have read the Microsoft Customer Agreement" box.
 *
 * @param customer - the customer
 * @param rule - `INV-2` when accepting an invitation, `MCA-2` on its own
 */
export function agreementNotAcknowledged(customer: CustomerId, rule: "INV-2" | "MCA-2"): AgreementNotAcknowledged {
  return {
    code: "agreement_not_acknowledged",
    rule,
    customer,
    message: `The box "I have read the Microsoft Customer Agreement" must be ticked to accept (${rule}).`,
  };
}

/**
 * Records an acceptance: the first acceptance stands; a later one changes nothing (MCA-2).
 *
 * @param agreement - the current state
 * @param by - the customer admin accepting
 * @param at - when
 */
export function recordAgreement(agreement: CustomerAgreement, by: UserId, at: Instant): AgreementAccepted {
  return agreement.status === "accepted"
    ? agreement
    : { status: "accepted", customer: agreement.customer, acceptedAt: at, acceptedBy: by };
}

/** Input of {@link acceptAgreement}. */
export interface AcceptAgreementInput {
  /** The customer admin accepting (ACT-1). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
  /** Whether the box "I have read the Microsoft Customer Agreement" is ticked. */
  readonly acknowledged: boolean;
}

/**
 * Accepts the Microsoft Customer Agreement on its own (MCA-2): needs a customer admin
 * (ACT-1) and the acknowledgement box. Accepting again returns the agreement unchanged.
 *
 * @param agreement - the customer's agreement state
 * @param input - who, when, and the box
 * @returns the accepted agreement, or why not
 *
 * @example
 * ```ts
 * const accepted = acceptAgreement(agreementNotAccepted("contoso"), {
 *   by: contosoBillingAdmin,
 *   at: Date.UTC(2026, 0, 15),
 *   acknowledged: true,
 * });
 * // Ok({ status: "accepted", customer: "contoso", acceptedAt: …, acceptedBy: … })
 * ```
 */
export function acceptAgreement(
  agreement: CustomerAgreement,
  input: AcceptAgreementInput,
): Result<AgreementAccepted, DomainError> {
  return checkTime(input.at, "MCA-2")
    .andThen(() => authorizeCustomerAdmin(input.by, agreement.customer, "acceptAgreement"))
    .andThen((admin) =>
      input.acknowledged === true
        ? ok(recordAgreement(agreement, admin.id, input.at))
        : err(agreementNotAcknowledged(agreement.customer, "MCA-2")),
    );
}

/**
 * Why an acceptance of an invitation dated `at` could not come after the customer's
 * agreement state, or `undefined` when it could (INVAR-7, MCA-2): an agreement accepted
 * after `at` would be dated after the acceptance that records it.
 *
 * @param agreement - the customer's agreement state, if stored
 * @param at - the acceptance's time
 * @internal
 */
export function agreementTimeRefusal(agreement: CustomerAgreement | undefined, at: Instant): EventRefusal | undefined {
  return agreement?.status === "accepted" && at < agreement.acceptedAt
    ? refusal(
        "MCA-2",
        `${agreement.customer} accepted the Microsoft Customer Agreement at ${formatInstant(agreement.acceptedAt)}; an acceptance dated ${formatInstant(at)} comes before it.`,
      )
    : undefined;
}
