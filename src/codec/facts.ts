/**
 * The JSON form of the facts the access questions read: Azure subscriptions with their
 * role assignments (AZ-1…AZ-3), Windows Autopilot devices with who added them (AP-2,
 * AP-4) and a customer's MPSA purchase-sharing setting (MPSA-1). Schemas, parsers, serialisers
 * and Standard Schemas.
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
  type AutopilotDevice,
  CUSTOMER_DEVICE_CHANNELS,
  type CustomerDeviceChannel,
  type DeviceSource,
} from "../facts/autopilot.js";
import type { AzurePrincipal, AzureRole, AzureRoleAssignment, AzureSubscription } from "../facts/azure.js";
import type { MpsaPurchaseSharing, SettingChange } from "../facts/mpsa.js";
import { formatInstant } from "../vocabulary/time.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  array,
  boolean,
  decode,
  type JsonOf,
  literal,
  map,
  object,
  optional,
  refine,
  type Schema,
  standardSchemaOf,
  taggedUnion,
  type Violation,
} from "./schema.js";
import { identifier, instant } from "./vocabulary.js";

/** The schema of an {@link AzurePrincipal} (its JSON form is the same shape). */
export const azurePrincipalDecoder = /* @__PURE__ */ taggedUnion<AzurePrincipal>()("kind", {
  partnerAdminAgents: { partner: identifier },
  user: { user: identifier },
});

/** The schema of an {@link AzureRole}. */
export const azureRoleDecoder = /* @__PURE__ */ literal<AzureRole>(["Owner", "Contributor", "Reader"]);

const roleAssignment = /* @__PURE__ */ object<AzureRoleAssignment>()({
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

/** The schema of an {@link AzureSubscription}'s JSON form (`provisionedBy` only when present), for composing larger schemas. */
export const azureSubscriptionDecoder = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<AzureSubscription>()({
    id: identifier,
    customer: identifier,
    provisionedBy: /* @__PURE__ */ optional(identifier),
    roleAssignments: /* @__PURE__ */ array(roleAssignment),
    updatedAt: instant,
  }),
  subscriptionViolations,
);

const channel = /* @__PURE__ */ literal(
  /* @__PURE__ */ Object.keys(CUSTOMER_DEVICE_CHANNELS) as CustomerDeviceChannel[],
);

/** The schema of a {@link DeviceSource} (its JSON form is the same shape). */
export const deviceSourceDecoder = /* @__PURE__ */ taggedUnion<DeviceSource>()("kind", {
  partner: { partner: identifier },
  oem: { partner: identifier },
  customer: { channel },
});

/** The schema of an {@link AutopilotDevice}'s JSON form, for composing larger schemas. */
export const autopilotDeviceDecoder = /* @__PURE__ */ object<AutopilotDevice>()({
  id: identifier,
  customer: identifier,
  addedBy: deviceSourceDecoder,
});

const settingChange = /* @__PURE__ */ object<SettingChange>()({ by: identifier, at: instant });

/** A {@link SettingChange} in JSON. */
export type SettingChangeJson = JsonOf<typeof settingChange>;

/** A {@link MpsaPurchaseSharing} setting in JSON: the setting's union, told apart by the boolean `enabled`. */
export type MpsaPurchaseSharingJson =
  | { readonly customer: string; readonly enabled: false; readonly changed?: SettingChangeJson }
  | { readonly customer: string; readonly enabled: true; readonly changed: SettingChangeJson };

/** Either state of the setting, as one object: what the schema reads before the rule tells them apart. */
interface SharingFields {
  readonly customer: string;
  readonly enabled: boolean;
  readonly changed?: SettingChange;
}

/**
 * The schema of a {@link MpsaPurchaseSharing} setting's JSON form (`changed` only when
 * present), for composing larger schemas. A union told apart by a boolean: read as one
 * object, then checked (sharing turned on records who turned it on and when).
 */
export const mpsaPurchaseSharingDecoder = /* @__PURE__ */ map(
  /* @__PURE__ */ refine(
    /* @__PURE__ */ object<SharingFields>()({
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
  (setting): SharingFields => setting,
) as Schema<MpsaPurchaseSharing, MpsaPurchaseSharingJson>;

/** An {@link AzurePrincipal} in JSON (the same shape). */
export type AzurePrincipalJson = JsonOf<typeof azurePrincipalDecoder>;

/** An {@link AzureRoleAssignment} in JSON. */
export type AzureRoleAssignmentJson = JsonOf<typeof roleAssignment>;

/** An {@link AzureSubscription} in JSON. */
export type AzureSubscriptionJson = JsonOf<typeof azureSubscriptionDecoder>;

/** A {@link DeviceSource} in JSON (the same shape). */
export type DeviceSourceJson = JsonOf<typeof deviceSourceDecoder>;

/** An {@link AutopilotDevice} in JSON (the same shape). */
export type AutopilotDeviceJson = JsonOf<typeof autopilotDeviceDecoder>;

/**
 * Parses an Azure subscription from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseAzureSubscription = (input: unknown, options?: ParseOptions): Result<AzureSubscription, ParseError> =>
  decode(azureSubscriptionDecoder, input, options);

/**
 * Parses a Windows Autopilot device from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseAutopilotDevice = (input: unknown, options?: ParseOptions): Result<AutopilotDevice, ParseError> =>
  decode(autopilotDeviceDecoder, input, options);

/**
 * Parses a customer's MPSA purchase-sharing setting from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseMpsaPurchaseSharing = (
  input: unknown,
  options?: ParseOptions,
): Result<MpsaPurchaseSharing, ParseError> => decode(mpsaPurchaseSharingDecoder, input, options);

/**
 * Writes an Azure subscription in its JSON form (`provisionedBy` only when present).
 *
 * @param subscription - the subscription
 */
export const azureSubscriptionToJson = (subscription: AzureSubscription): AzureSubscriptionJson =>
  azureSubscriptionDecoder.encode(subscription);

/**
 * Writes a Windows Autopilot device in its JSON form.
 *
 * @param device - the device
 */
export const autopilotDeviceToJson = (device: AutopilotDevice): AutopilotDeviceJson =>
  autopilotDeviceDecoder.encode(device);

/**
 * Writes an MPSA purchase-sharing setting in its JSON form (`changed` only when present).
 *
 * @param setting - the setting
 */
export const mpsaPurchaseSharingToJson = (setting: MpsaPurchaseSharing): MpsaPurchaseSharingJson =>
  mpsaPurchaseSharingDecoder.encode(setting);

/** A Standard Schema v1 validator of Azure subscriptions (vendor `partner-relationships`). */
export const azureSubscriptionSchema = /* @__PURE__ */ standardSchemaOf(azureSubscriptionDecoder);

/** A Standard Schema v1 validator of Autopilot devices (vendor `partner-relationships`). */
export const autopilotDeviceSchema = /* @__PURE__ */ standardSchemaOf(autopilotDeviceDecoder);

/** A Standard Schema v1 validator of MPSA purchase-sharing settings (vendor `partner-relationships`). */
export const mpsaPurchaseSharingSchema = /* @__PURE__ */ standardSchemaOf(mpsaPurchaseSharingDecoder);
