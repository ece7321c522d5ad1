/**
 * Windows Autopilot devices of a customer, as facts the decider records (AP-2, AP-4):
 * who added each device (a partner, an OEM PC partner or the customer), and who may
 * register one ({@link canRegisterDevices}: a reseller, or an OEM without any permission
 * in the tenant, AP-4). Who may manage or remove a device, or the customer's profiles, is
 * a question asked in `access/autopilot.ts`.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { capacityBasis, capacityNames, inForce, sellingCapacities } from "../basis.js";
import { type DomainError, invalidInput, notPermitted } from "../errors.js";
import type { Relationship } from "../relationship.js";
import { checkId, checkTime } from "../validate.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";
import type { Instant } from "../vocabulary/time.js";

/** The customer-side channels through which a customer adds Autopilot devices itself. */
export type CustomerDeviceChannel = "microsoftStoreForBusiness" | "microsoftStoreForEducation" | "intune";

/** Display names of {@link CustomerDeviceChannel}. */
export const CUSTOMER_DEVICE_CHANNELS: { readonly [C in CustomerDeviceChannel]: string } = {
  microsoftStoreForBusiness: "Microsoft Store for Business",
  microsoftStoreForEducation: "Microsoft Store for Education",
  intune: "the Microsoft Intune portal",
};

/** Who added a device to the customer's Autopilot devices. */
export type DeviceSource =
  | {
      /** A partner, through Partner Center. */
      readonly kind: "partner";
      /** The partner. */
      readonly partner: PartnerId;
    }
  | {
      /** An OEM PC partner, through the Autopilot service (AP-4). */
      readonly kind: "oem";
      /** The OEM. */
      readonly partner: PartnerId;
    }
  | {
      /** The customer itself. */
      readonly kind: "customer";
      /** Through which channel. */
      readonly channel: CustomerDeviceChannel;
    };

/** A device registered for a customer in Windows Autopilot. */
export interface AutopilotDevice {
  /** The device ID (its hardware hash or serial, as the caller knows it). */
  readonly id: string;
  /** The customer tenant it is registered for. */
  readonly customer: CustomerId;
  /** Who added it. */
  readonly addedBy: DeviceSource;
}

/** What the profile question looks at. */
export interface AutopilotProfileQuery {
  /** The partner asking. */
  readonly partner: PartnerId;
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** Relationships of any customers and partners. */
  readonly relationships: readonly Relationship[];
}

/**
 * Whether a partner may register (add) devices for a customer in Windows Autopilot. An
 * OEM PC partner does so without any permission in the tenant: it writes to the Autopilot
 * service's database, not to the tenant (AP-4); the library asks only that the customer
 * works with it as an OEM (a relationship in force with the OEM capacity, which grants no
 * role). A reseller adds devices for its customers in Partner Center (AP-2), under either
 * Autopilot policy. Admin roles play no part.
 *
 * @param query - partner, customer and relationships
 *
 * @example
 * ```ts
 * canRegisterDevices({ partner: "litware-oem", customer: "contoso", relationships: [oemRelationship] });
 * // { allowed: true, rules: ["AP-4"], basis: [{ kind: "capacity", capacity: "oem", … }], … }
 * ```
 */
export function canRegisterDevices(query: AutopilotProfileQuery): Decision {
  const { partner, customer } = query;
  const relationship = inForce(query.relationships, customer, partner);
  if (relationship?.capacities.includes("oem")) {
    return allow(
      ["AP-4"],
      [
        `${partner} is an OEM PC partner of ${customer}: it registers devices in the Autopilot service, which ties hardware hashes to the tenant, without any permission in the tenant.`,
      ],
      [capacityBasis(relationship, "oem")],
    );
  }
  const selling = sellingCapacities(relationship);
  if (relationship !== undefined && selling.length > 0) {
    return allow(
      ["AP-2"],
      [`${partner} works with ${customer} as ${capacityNames(selling)} and adds its devices in Partner Center.`],
      selling.map((capacity) => capacityBasis(relationship, capacity)),
    );
  }
  return refuse(
    ["AP-4"],
    [`${partner} works with ${customer} neither as an OEM PC partner nor as a reseller.`],
    [`${customer} must accept an OEM PC partner or a reseller invitation from ${partner}.`],
  );
}

/** Input of {@link registerAutopilotDevice}. */
export interface RegisterAutopilotDeviceInput {
  /** The device ID. */
  readonly id: string;
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** Who adds it. */
  readonly addedBy: DeviceSource;
  /** Relationships of any customers and partners, for a partner's or an OEM's right to register. */
  readonly relationships: readonly Relationship[];
  /** When. */
  readonly at: Instant;
}

/**
 * Registers a device for a customer in Windows Autopilot, recording who added it (AP-2).
 * A partner or an OEM registers only where {@link canRegisterDevices} allows it (AP-4: an
 * OEM needs no permission in the tenant, only its relationship); the customer registers
 * through one of its channels.
 *
 * @param input - the device, who adds it, the relationships and when
 * @returns the device, or why not (`not_permitted` with the decision's reasons)
 *
 * @example
 * ```ts
 * registerAutopilotDevice({ id: "pc-2", customer: "contoso", addedBy: { kind: "oem", partner: "litware" }, relationships, at });
 * ```
 */
export function registerAutopilotDevice(input: RegisterAutopilotDeviceInput): Result<AutopilotDevice, DomainError> {
  return checkTime(input.at, "AP-2")
    .andThen(() => checkId(input.id, "id", "AP-2"))
    .andThen(() => checkId(input.customer, "customer", "AP-2"))
    .andThen((): Result<AutopilotDevice, DomainError> => {
      const source = input.addedBy as DeviceSource | undefined;
      if (typeof source !== "object" || source === null || !["partner", "oem", "customer"].includes(source.kind))
        return err(invalidInput("AP-2", "addedBy", "who added the device: a partner, an OEM or the customer", source));
      if (source.kind === "customer") {
        return Object.hasOwn(CUSTOMER_DEVICE_CHANNELS, source.channel)
          ? ok({ id: input.id, customer: input.customer, addedBy: source })
          : err(
              invalidInput(
                "AP-2",
                "addedBy.channel",
                Object.keys(CUSTOMER_DEVICE_CHANNELS).join(" or "),
                source.channel,
              ),
            );
      }
      const decision = canRegisterDevices({
        partner: source.partner,
        customer: input.customer,
        relationships: input.relationships,
      });
      return decision.allowed
        ? ok({ id: input.id, customer: input.customer, addedBy: source })
        : err(notPermitted("registerAutopilotDevice", decision));
    });
}
