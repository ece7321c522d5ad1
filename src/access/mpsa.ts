/**
 * MPSA purchase visibility (MPSA-1): a customer that works with several partners through
 * the Microsoft Products & Services Agreement programme may let them see purchases made by
 * each other. The setting is the customer's, changed by a customer admin (ACT-1), and it
 * touches only relationships with the MPSA partner capacity.
 *
 * @module
 */
import { ok, type Result } from "neverthrow";
import { authorizeCustomerAdmin } from "../authorization.js";
import type { DomainError } from "../errors.js";
import type { ActiveRelationship, Relationship } from "../relationship.js";
import { checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import type { Instant } from "../vocabulary/time.js";
import { capacityBasis, inForce } from "./basis.js";

/** Who changed a customer setting, and when. */
export interface SettingChange {
  /** The customer admin. */
  readonly by: UserId;
  /** When. */
  readonly at: Instant;
}

/**
 * A customer's MPSA purchase-sharing setting: off (never changed, or turned off), or on
 * since a customer admin turned it on.
 */
export type MpsaPurchaseSharing =
  | {
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** Off: each MPSA partner sees only its own purchases. */
      readonly enabled: false;
      /** Who turned it off and when; absent while never changed. */
      readonly changed?: SettingChange;
    }
  | {
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** On: MPSA partners see purchases made by each other. */
      readonly enabled: true;
      /** Who turned it on and when. */
      readonly changed: SettingChange;
    };

/**
 * The setting of a customer that never changed it: off, each MPSA partner sees only its
 * own purchases.
 *
 * @param customer - the customer tenant
 */
export function mpsaPurchaseSharingOff(customer: CustomerId): MpsaPurchaseSharing {
  return { customer, enabled: false };
}

/** Input of {@link setMpsaPurchaseSharing}. */
export interface SetMpsaPurchaseSharingInput {
  /** Whether MPSA partners may see each other's purchases. */
  readonly enabled: boolean;
  /** The customer admin changing it (ACT-1). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * A customer admin lets its MPSA partners see each other's purchases, or stops it
 * (MPSA-1). Needs ACT-1. Setting the value it already has returns it unchanged.
 *
 * @param setting - the customer's current setting
 * @param input - on or off, who and when
 * @returns the new setting, or why not
 *
 * @example
 * ```ts
 * setMpsaPurchaseSharing(mpsaPurchaseSharingOff("contoso"), { enabled: true, by: contosoGlobalAdmin, at });
 * // Ok({ customer: "contoso", enabled: true, changed: { by: "kim", at } })
 * ```
 */
export function setMpsaPurchaseSharing(
  setting: MpsaPurchaseSharing,
  input: SetMpsaPurchaseSharingInput,
): Result<MpsaPurchaseSharing, DomainError> {
  return checkTime(input.at, "MPSA-1", setting.changed?.at)
    .andThen(() => authorizeCustomerAdmin(input.by, setting.customer, "setMpsaPurchaseSharing"))
    .andThen((admin) =>
      ok(
        setting.enabled === input.enabled
          ? setting
          : input.enabled
            ? { customer: setting.customer, enabled: true, changed: { by: admin.id, at: input.at } }
            : { customer: setting.customer, enabled: false, changed: { by: admin.id, at: input.at } },
      ),
    );
}

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
