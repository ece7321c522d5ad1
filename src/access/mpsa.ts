/**
 * MPSA purchase visibility (MPSA-1): whether a partner may see purchases its customer
 * made through other MPSA partners. It touches only relationships with the MPSA partner
 * capacity, and depends on the customer's setting (`facts/mpsa.ts`).
 *
 * @module
 */

import { capacityBasis, inForce } from "../basis.js";
import type { MpsaPurchaseSharing } from "../facts/mpsa.js";
import type { ActiveRelationship, Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";

/**
 * The customer's MPSA partners: the partners whose relationship in force has the MPSA
 * partner capacity, the only ones the setting touches.
 *
 * @param customer - the customer tenant
 * @param relationships - relationships of any customers and partners
 */
export function mpsaPartnersOf(customer: CustomerId, relationships: readonly Relationship[]): readonly PartnerId[] {
  // A Set keeps the first of each partner in one pass (linear, INVAR-8).
  const partners = new Set<PartnerId>();
  for (const relationship of relationships)
    if (
      relationship.status === "active" &&
      relationship.customer === customer &&
      relationship.capacities.includes("mpsaPartner")
    )
      partners.add(relationship.partner);
  return [...partners];
}

/** What {@link canSeeMpsaPurchases} looks at. */
export interface MpsaPurchasesQuery {
  /** The partner who would see the purchases. */
  readonly viewer: PartnerId;
  /** The partner who made them. */
  readonly purchaser: PartnerId;
  /** The customer's setting (its customer is the tenant asked about). */
  readonly sharing: MpsaPurchaseSharing;
  /** Relationships of any customers and partners. */
  readonly relationships: readonly Relationship[];
}

function mpsaRelationship(
  relationships: readonly Relationship[],
  customer: CustomerId,
  partner: PartnerId,
): ActiveRelationship | undefined {
  const relationship = inForce(relationships, customer, partner);
  return relationship?.capacities.includes("mpsaPartner") ? relationship : undefined;
}

/**
 * Whether one MPSA partner of a customer may see the purchases another made for it
 * (MPSA-1): both must be MPSA partners of the customer (relationships in force with the
 * MPSA capacity) and the customer must have turned sharing on. A partner sees its own
 * MPSA purchases whatever the setting. Partners without the MPSA capacity are never
 * touched by the setting.
 *
 * @param query - viewer, purchaser, the customer's setting and relationships
 *
 * @example
 * ```ts
 * canSeeMpsaPurchases({ viewer: "fabrikam", purchaser: "adatum", sharing, relationships }).remedies;
 * // ["A customer admin of contoso must let its MPSA partners see purchases made by each other."]
 * ```
 */
export function canSeeMpsaPurchases(query: MpsaPurchasesQuery): Decision {
  const { viewer, purchaser, sharing } = query;
  const customer = sharing.customer;
  const viewerRelationship = mpsaRelationship(query.relationships, customer, viewer);
  const purchaserRelationship = mpsaRelationship(query.relationships, customer, purchaser);
  const notMpsa: PartnerId[] = [];
  if (viewerRelationship === undefined) notMpsa.push(viewer);
  if (purchaserRelationship === undefined && purchaser !== viewer) notMpsa.push(purchaser);
  if (viewerRelationship === undefined || purchaserRelationship === undefined) {
    return refuse(
      ["MPSA-1"],
      notMpsa.map(
        (partner) => `${partner} is not an MPSA partner of ${customer}; the MPSA setting touches only MPSA partners.`,
      ),
      notMpsa.map((partner) => `${customer} must work with ${partner} as an MPSA partner.`),
    );
  }
  if (viewer === purchaser) {
    return allow(
      ["MPSA-1"],
      [`${viewer} sees the MPSA purchases it made itself for ${customer}.`],
      [capacityBasis(viewerRelationship, "mpsaPartner")],
    );
  }
  if (!sharing.enabled) {
    return refuse(
      ["MPSA-1"],
      [`${customer} has not let its MPSA partners see purchases made by each other.`],
      [`A customer admin of ${customer} must let its MPSA partners see purchases made by each other.`],
    );
  }
  return allow(
    ["MPSA-1"],
    [`${viewer} and ${purchaser} are MPSA partners of ${customer}, which lets them see purchases made by each other.`],
    [
      capacityBasis(viewerRelationship, "mpsaPartner"),
      capacityBasis(purchaserRelationship, "mpsaPartner"),
      {
        kind: "customerSetting",
        customer,
        setting: "mpsaPurchaseSharing",
        changedBy: sharing.changed.by,
        changedAt: sharing.changed.at,
      },
    ],
  );
}
