/**
 * Decisions: the answer to a question ("may this partner purchase for this customer?")
 * as plain data: allowed or not, the rules that decided it, reasons a person can read,
 * when refused what would make it allowed, and when allowed the consent it rests on.
 *
 * @module
 */
import type { RoleId } from "./directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "./ids.js";
import type { PartnerType, RoleHolder } from "./partner-types.js";
import type { RuleId } from "./rules.js";
import type { Instant } from "./time.js";

/**
 * One fact an allowed decision rests on: a consent the customer gave and has not taken
 * back (INVAR-1). Each names where a caller finds it in the inputs of the question, so an
 * audit can check it.
 *
 * - `capacity`: a relationship in force in which the partner works in this capacity;
 * - `roleGrant`: a role the customer granted the partner in that relationship (DAP-1);
 * - `agreement`: the customer's acceptance of the Microsoft Customer Agreement (MCA-1);
 * - `customerRole`: a directory role a customer account holds (ACT-2, AOBO-2);
 * - `azureRoleAssignment`: an Azure role the partner's Admin Agents group holds on a
 *   subscription (AZ-2, AZ-3);
 * - `customerSetting`: a setting a customer admin turned on (MPSA-1).
 */
export type Basis =
  | {
      /** A relationship in force in this capacity. */
      readonly kind: "capacity";
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** The partner. */
      readonly partner: PartnerId;
      /** The capacity (for a grant: the one whose acceptance granted it). */
      readonly capacity: PartnerType;
    }
  | {
      /** A role granted in a relationship in force. */
      readonly kind: "roleGrant";
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** The partner. */
      readonly partner: PartnerId;
      /** The directory role. */
      readonly role: RoleId;
      /** Which partner principal holds it. */
      readonly holder: RoleHolder;
      /** The capacity (for a grant: the one whose acceptance granted it). */
      readonly capacity: PartnerType;
      /** When the customer granted it. */
      readonly grantedAt: Instant;
    }
  | {
      /** The customer's acceptance of the Microsoft Customer Agreement. */
      readonly kind: "agreement";
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** The customer admin who accepted it. */
      readonly acceptedBy: UserId;
      /** When. */
      readonly acceptedAt: Instant;
    }
  | {
      /** A directory role a customer account holds. */
      readonly kind: "customerRole";
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** The customer account. */
      readonly user: UserId;
      /** The directory role. */
      readonly role: RoleId;
    }
  | {
      /** An Azure role of the partner's Admin Agents on a subscription. */
      readonly kind: "azureRoleAssignment";
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** The subscription ID. */
      readonly subscription: string;
      /** The partner. */
      readonly partner: PartnerId;
      /** The Azure role. */
      readonly role: string;
      /** Since when. */
      readonly assignedAt: Instant;
    }
  | {
      /** A setting a customer admin turned on. */
      readonly kind: "customerSetting";
      /** The customer tenant. */
      readonly customer: CustomerId;
      /** The setting's name, such as `"mpsaPurchaseSharing"`. */
      readonly setting: string;
      /** The customer admin who turned it on. */
      readonly changedBy: UserId;
      /** When. */
      readonly changedAt: Instant;
    };

/** The answer to an access question. */
export interface Decision {
  /** Whether the thing asked about is allowed. */
  readonly allowed: boolean;
  /** The rules that decided it. */
  readonly rules: readonly RuleId[];
  /** Why, in sentences a person can read. */
  readonly reasons: readonly string[];
  /** When refused: what would make it allowed. Empty when allowed. */
  readonly remedies: readonly string[];
  /**
   * When allowed: the consents it rests on (INVAR-1). The library's access questions
   * always give at least one; absent on refused decisions.
   */
  readonly basis?: readonly Basis[];
}

/**
 * An allowed decision.
 *
 * @param rules - the rules that allowed it
 * @param reasons - why
 * @param basis - the consents it rests on (INVAR-1); omitted only by callers that have none to give
 */
export function allow(rules: readonly RuleId[], reasons: readonly string[], basis?: readonly Basis[]): Decision {
  return basis === undefined
    ? { allowed: true, rules, reasons, remedies: [] }
    : { allowed: true, rules, reasons, remedies: [], basis };
}

/**
 * A refused decision.
 *
 * @param rules - the rules that refused it
 * @param reasons - why
 * @param remedies - what would make it allowed
 */
export function refuse(rules: readonly RuleId[], reasons: readonly string[], remedies: readonly string[]): Decision {
  return { allowed: false, rules, reasons, remedies };
}
