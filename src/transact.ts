/**
 * May a partner purchase or manage subscriptions for a customer? (MCA-1)
 *
 * @module
 */
import type { CustomerAgreement } from "./agreement.js";
import { capacityBasis, capacityNames, sellingCapacities } from "./basis.js";
import type { Relationship } from "./relationship.js";
import { allow, type Decision, refuse } from "./vocabulary/decision.js";

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
 * Microsoft Customer Agreement (MCA-1). Admin roles play no part: a reseller whose admin
 * roles were removed still sells (DAP-2).
 *
 * @param query - the relationship and the agreement (of the same customer)
 * @returns the decision; when allowed its basis names the selling capacities and the
 *   acceptance; when refused, every missing piece with its remedy
 *
 * @example
 * ```ts
 * canTransact({ relationship, agreement: agreementNotAccepted("contoso") }).remedies;
 * // ["contoso must accept the Microsoft Customer Agreement."]
 * ```
 */
export function canTransact(query: TransactQuery): Decision {
  const { relationship, agreement } = query;
  const customer = agreement.customer;
  if (relationship !== undefined && relationship.customer !== customer) {
    return refuse(
      ["MCA-1", "REL-1"],
      [`The relationship given is with ${relationship.customer}, but the agreement is ${customer}'s.`],
      [`Ask with ${customer}'s own relationship and agreement.`],
    );
  }
  const active = relationship?.status === "active" ? relationship : undefined;
  const selling = sellingCapacities(active);
  const partner = relationship?.partner ?? "the partner";
  const reasons: string[] = [];
  const remedies: string[] = [];
  if (selling.length === 0) {
    reasons.push(
      relationship?.status === "ended"
        ? `The relationship between ${customer} and ${partner} has ended.`
        : `${partner} has no reseller relationship in force with ${customer}.`,
    );
    remedies.push(`${customer} must accept a reseller invitation from ${partner}.`);
  }
  if (agreement.status !== "accepted") {
    reasons.push(`${customer} has not accepted the Microsoft Customer Agreement.`);
    remedies.push(`${customer} must accept the Microsoft Customer Agreement.`);
  }
  if (active === undefined || agreement.status !== "accepted" || selling.length === 0)
    return refuse(["MCA-1"], reasons, remedies);
  return allow(
    ["MCA-1"],
    [
      `${partner} works with ${customer} as ${capacityNames(selling)}, and ${customer} accepted the Microsoft Customer Agreement.`,
    ],
    [
      ...selling.map((capacity) => capacityBasis(active, capacity)),
      { kind: "agreement", customer, acceptedBy: agreement.acceptedBy, acceptedAt: agreement.acceptedAt },
    ],
  );
}
