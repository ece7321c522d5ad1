/**
 * The customer's MPSA purchase sharing setting, as a fact the decider records (MPSA-1): a
 * customer that works with several partners through the Microsoft Products & Services
 * Agreement programme may let them see purchases made by each other. The setting is the
 * customer's, changed by a customer admin (ACT-1) with {@link setMpsaPurchaseSharing}.
 * Who may see the purchases is a question asked in `access/mpsa.ts`.
 *
 * @module
 */
import { ok, type Result } from "neverthrow";
import { authorizeCustomerAdmin } from "../authorization.js";
import type { DomainError } from "../errors.js";
import { checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import type { CustomerId, UserId } from "../vocabulary/ids.js";
import type { Instant } from "../vocabulary/time.js";

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
