// A verbatim copy of src/codec/facts.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of the facts the access questions read: Azure subscriptions with their
 * role assignments (AZ-1…AZ-3), Windows Autopilot devices with who added them (AP-2,
 * AP-4) and a customer's MPSA purchase-sharing setting (MPSA-1). Parsers, serialisers and
 * Standard Schemas.
 *
 * Besides the shape, the parser checks what the steps guarantee: a subscription's role
 * assignments are made no later than its last change, at most one per principal and
 * role; a customer adds devices only through one of its channels; sharing turned on
 * records who turned it on and when.
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  array,
  boolean,
  type Decoder,
  decode,
  literal,
  map,
  object,
  optional,
  refine,
  taggedUnion,
  type Violation,
} from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import { identifier, instant, instantToJson } from "../../../src/codec/vocabulary.js";
import {
  type AutopilotDevice,
  CUSTOMER_DEVICE_CHANNELS,
  type CustomerDeviceChannel,
  type DeviceSource,
} from "../../../src/facts/autopilot.js";
import type { AzurePrincipal, AzureRole, AzureRoleAssignment, AzureSubscription } from "../../../src/facts/azure.js";
import type { MpsaPurchaseSharing, SettingChange } from "../../../src/facts/mpsa.js";
import { formatInstant } from "../../../src/vocabulary/time.js";

/** An {@link AzurePrincipal} in JSON (the same shape). */
export type AzurePrincipalJson = AzurePrincipal;

/** An {@link AzureRoleAssignment} in JSON. */
export interface AzureRoleAssignmentJson {
  /** Who holds the role. */
  readonly principal: AzurePrincipalJson;
  /** The Azure role. */
  readonly role: AzureRole;
  /** ISO 8601. */
  readonly assignedAt: string;
}

/** An {@link AzureSubscription} in JSON. */
export interface AzureSubscriptionJson {
  /** The subscription ID. */
  readonly id: string;
  /** The ID of the customer tenant it belongs to. */
  readonly customer: string;
  /** Absent for the customer's own subscriptions. */
  readonly provisionedBy?: string;
  /** Its Azure role assignments, at most one per principal and role. */
  readonly roleAssignments: readonly AzureRoleAssignmentJson[];
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** A {@link DeviceSource} in JSON (the same shape). */
export type DeviceSourceJson = DeviceSource;

/** An {@link AutopilotDevice} in JSON (the same shape). */
export interface AutopilotDeviceJson {
  /** The device ID (its hardware hash or serial, as the caller knows it). */
  readonly id: string;
  /** The ID of the customer tenant it is registered for. */
  readonly customer: string;
  /** Who added the device. */
  readonly addedBy: DeviceSourceJson;
}

/** A {@link SettingChange} in JSON. */
export interface SettingChangeJson {
  /** The user ID of the customer admin who changed the setting. */
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
}

/** A {@link MpsaPurchaseSharing} setting in JSON. */
export type MpsaPurchaseSharingJson =
  | {
      /** The customer tenant ID. */
      readonly customer: string;
      /** Off: each MPSA partner sees only its own purchases. */
      readonly enabled: false;
      /** Who turned it off and when; absent while never changed. */
      readonly changed?: SettingChangeJson;
    }
  | {
      /** The customer tenant ID. */
      readonly customer: string;
      /** On: MPSA partners see purchases made by each other. */
      readonly enabled: true;
      /** Who turned it on and when. */
      readonly changed: SettingChangeJson;
    };

/** The decoder of an {@link AzurePrincipal}. */
export const azurePrincipalDecoder: Decoder<AzurePrincipal> = /* @__PURE__ */ taggedUnion("kind", {
  partnerAdminAgents: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ literal(["partnerAdminAgents"]),
    partner: identifier,
  }),
  user: /* @__PURE__ */ object({ kind: /* @__PURE__ */ literal(["user"]), user: identifier }),
});

/** The decoder of an {@link AzureRole}. */
export const azureRoleDecoder: Decoder<AzureRole> = /* @__PURE__ */ literal(["Owner", "Contributor", "Reader"]);

const roleAssignment: Decoder<AzureRoleAssignment> = /* @__PURE__ */ object({
  principal: azurePrincipalDecoder,
  role: azureRoleDecoder,
  assignedAt: instant,
});

function principalKey(principal: AzurePrincipal): string {
  return principal.kind === "partnerAdminAgents" ? `partner ${principal.partner}` : `user ${principal.user}`;
}

function subscriptionViolations(subscription: AzureSubscription): Violation[] {
  const violations: Violation[] = [];
  const seen = new Map<string, number>();
  subscription.roleAssignments.forEach((assignment, index) => {
    if (assignment.assignedAt > subscription.updatedAt)
      violations.push({
        at: ["roleAssignments", index, "assignedAt"],
        expected: `an instant not after updatedAt (${formatInstant(subscription.updatedAt)})`,
        found: formatInstant(assignment.assignedAt),
      });
    const key = `${assignment.role} ${principalKey(assignment.principal)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      violations.push({
        at: ["roleAssignments", index],
        expected: `a principal and role not already assigned (roleAssignments[${first}]) (AZ-3)`,
        found: `${assignment.role} held by ${principalKey(assignment.principal)}`,
      });
  });
  return violations;
}

/** The decoder of an {@link AzureSubscription}'s JSON form, for composing larger decoders. */
export const azureSubscriptionDecoder: Decoder<AzureSubscription> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
    id: identifier,
    customer: identifier,
    provisionedBy: /* @__PURE__ */ optional(identifier),
    roleAssignments: /* @__PURE__ */ array(roleAssignment),
    updatedAt: instant,
  }),
  subscriptionViolations,
);

const channel: Decoder<CustomerDeviceChannel> = /* @__PURE__ */ literal(
  /* @__PURE__ */ Object.keys(CUSTOMER_DEVICE_CHANNELS) as CustomerDeviceChannel[],
);

/** The decoder of a {@link DeviceSource}. */
export const deviceSourceDecoder: Decoder<DeviceSource> = /* @__PURE__ */ taggedUnion("kind", {
  partner: /* @__PURE__ */ object({ kind: /* @__PURE__ */ literal(["partner"]), partner: identifier }),
  oem: /* @__PURE__ */ object({ kind: /* @__PURE__ */ literal(["oem"]), partner: identifier }),
  customer: /* @__PURE__ */ object({ kind: /* @__PURE__ */ literal(["customer"]), channel }),
});

/** The decoder of an {@link AutopilotDevice}'s JSON form, for composing larger decoders. */
export const autopilotDeviceDecoder: Decoder<AutopilotDevice> = /* @__PURE__ */ object({
  id: identifier,
  customer: identifier,
  addedBy: deviceSourceDecoder,
});

const settingChange: Decoder<SettingChange> = /* @__PURE__ */ object({ by: identifier, at: instant });

/** The decoder of a {@link MpsaPurchaseSharing} setting's JSON form, for composing larger decoders. */
export const mpsaPurchaseSharingDecoder: Decoder<MpsaPurchaseSharing> = /* @__PURE__ */ map(
  /* @__PURE__ */ refine(
    /* @__PURE__ */ object({
      customer: identifier,
      enabled: boolean,
      changed: /* @__PURE__ */ optional(settingChange),
    }),
    (setting): Violation[] =>
      setting.enabled && setting.changed === undefined
        ? [
            {
              at: ["changed"],
              expected: "who turned sharing on and when ({ by, at }) (MPSA-1)",
              found: "nothing (the field is missing)",
            },
          ]
        : [],
  ),
  (setting) => setting as MpsaPurchaseSharing,
);

/**
 * Parses an Azure subscription from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseAzureSubscription(input: unknown, options?: ParseOptions): Result<AzureSubscription, ParseError> {
  return decode(azureSubscriptionDecoder, input, options);
}

/**
 * Parses a Windows Autopilot device from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseAutopilotDevice(input: unknown, options?: ParseOptions): Result<AutopilotDevice, ParseError> {
  return decode(autopilotDeviceDecoder, input, options);
}

/**
 * Parses a customer's MPSA purchase-sharing setting from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export function parseMpsaPurchaseSharing(
  input: unknown,
  options?: ParseOptions,
): Result<MpsaPurchaseSharing, ParseError> {
  return decode(mpsaPurchaseSharingDecoder, input, options);
}

function principalToJson(principal: AzurePrincipal): AzurePrincipalJson {
  return principal.kind === "partnerAdminAgents"
    ? { kind: "partnerAdminAgents", partner: principal.partner }
    : { kind: "user", user: principal.user };
}

/**
 * Writes an Azure subscription in its JSON form (`provisionedBy` only when present).
 *
 * @param subscription - the subscription
 */
export function azureSubscriptionToJson(subscription: AzureSubscription): AzureSubscriptionJson {
  const roleAssignments = subscription.roleAssignments.map(
    (assignment): AzureRoleAssignmentJson => ({
      principal: principalToJson(assignment.principal),
      role: assignment.role,
      assignedAt: instantToJson(assignment.assignedAt),
    }),
  );
  const updatedAt = instantToJson(subscription.updatedAt);
  return subscription.provisionedBy === undefined
    ? { id: subscription.id, customer: subscription.customer, roleAssignments, updatedAt }
    : {
        id: subscription.id,
        customer: subscription.customer,
        provisionedBy: subscription.provisionedBy,
        roleAssignments,
        updatedAt,
      };
}

/**
 * Writes a Windows Autopilot device in its JSON form.
 *
 * @param device - the device
 */
export function autopilotDeviceToJson(device: AutopilotDevice): AutopilotDeviceJson {
  const source = device.addedBy;
  const addedBy: DeviceSourceJson =
    source.kind === "customer"
      ? { kind: "customer", channel: source.channel }
      : { kind: source.kind, partner: source.partner };
  return { id: device.id, customer: device.customer, addedBy };
}

/**
 * Writes an MPSA purchase-sharing setting in its JSON form (`changed` only when present).
 *
 * @param setting - the setting
 */
export function mpsaPurchaseSharingToJson(setting: MpsaPurchaseSharing): MpsaPurchaseSharingJson {
  if (setting.enabled)
    return {
      customer: setting.customer,
      enabled: true,
      changed: { by: setting.changed.by, at: instantToJson(setting.changed.at) },
    };
  return setting.changed === undefined
    ? { customer: setting.customer, enabled: false }
    : {
        customer: setting.customer,
        enabled: false,
        changed: { by: setting.changed.by, at: instantToJson(setting.changed.at) },
      };
}

/** A Standard Schema v1 validator of Azure subscriptions (vendor `partner-relationships`). */
export const azureSubscriptionSchema: StandardSchemaV1<unknown, AzureSubscription> =
  /* @__PURE__ */ toStandardSchema(parseAzureSubscription);

/** A Standard Schema v1 validator of Autopilot devices (vendor `partner-relationships`). */
export const autopilotDeviceSchema: StandardSchemaV1<unknown, AutopilotDevice> =
  /* @__PURE__ */ toStandardSchema(parseAutopilotDevice);

/** A Standard Schema v1 validator of MPSA purchase-sharing settings (vendor `partner-relationships`). */
export const mpsaPurchaseSharingSchema: StandardSchemaV1<unknown, MpsaPurchaseSharing> =
  /* @__PURE__ */ toStandardSchema(parseMpsaPurchaseSharing);
