/**
 * May a partner purchase or manage subscriptions for a customer? (MCA-1)
 *
 * @module
 */
import type { CustomerAgreement } from "../agreement.js";
import type { Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import { PARTNER_TYPES } from "../vocabulary/partner-types.js";

/** What {@link canTransact} looks at. */
export interface TransactQuery {
  /** The customer–partner relationship, if any. */
  readonly relationship: Relationship | undefined;
  /** The customer's Microsoft Customer Agreement state. */
  readonly agreement: CustomerAgreement;
}

/**
 * Whether the partner may make purchases or manage subscriptions on the customer's
 * behalf: it needs a relationship in force with a selling capacity (Reseller, Reseller &
 * delegated administrator, Indirect reseller) and the customer's acceptance of the
 * Microsoft Customer Agreement (MCA-1).
 *
 * @param query - the relationship and the agreement
 * @returns the decision, with what is missing when refused
 *
 * @example
 * ```ts
 * canTransact({ relationship, agreement: agreementNotAccepted("contoso") }).remedies;
 * // ["contoso must accept the Microsoft Customer Agreement."]
 * ```
 */
export function canTransact(query: TransactQuery): Decision {
  const { relationship, agreement } = query;
  const reasons: string[] = [];
  const remedies: string[] = [];
  const selling =
    relationship !== undefined && relationship.status === "active"
      ? relationship.capacities.filter((capacity) => PARTNER_TYPES[capacity].sells)
      : [];
  if (selling.length === 0) {
    reasons.push("There is no reseller relationship in force.");
    remedies.push(`${agreement.customer} must accept a reseller invitation from the partner.`);
  }
  if (agreement.status !== "accepted") {
    reasons.push(`${agreement.customer} has not accepted the Microsoft Customer Agreement.`);
    remedies.push(`${agreement.customer} must accept the Microsoft Customer Agreement.`);
  }
  if (remedies.length > 0) return refuse(["MCA-1"], reasons, remedies);
  return allow(
    ["MCA-1"],
    [
      `The partner is a ${selling.map((capacity) => PARTNER_TYPES[capacity].displayName).join(", ")} of ${agreement.customer}, which accepted the Microsoft Customer Agreement.`,
    ],
  );
}
