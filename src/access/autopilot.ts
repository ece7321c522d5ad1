/**
 * Windows Autopilot (AP-1…AP-4): who manages a customer's Autopilot profiles and devices,
 * by who added each device, under the current or the announced policy
 * ({@link Policy.autopilot}).
 *
 * | without DAP, with a reseller relationship | current (AP-1, AP-2) | announced (AP-3) |
 * |---|---|---|
 * | manage profiles | yes | no |
 * | manage a device (apply or remove a profile) added by the partner, another partner or an OEM | yes | no |
 * | remove a device the partner added itself | yes | yes |
 * | remove a device another partner or an OEM added | yes | no |
 * | manage or remove a device the customer added (Microsoft Store for Business or Education, Intune) | no | no |
 *
 * With delegated admin privileges (Global Administrator held by the partner's Admin
 * Agents, DAP-1) the partner may do all of it under either policy: the sources state
 * AP-2's limits for a partner without them, and the announced policy opens every device
 * to a partner holding them. Without a reseller relationship and without DAP, nothing.
 * An OEM registers devices without any permission in the tenant (AP-4); the devices and
 * who may register them are facts (`facts/autopilot.ts`).
 *
 * @module
 */
import { match, P } from "ts-pattern";
import { capacityBasis, capacityNames, delegatedAdminGrant, grantBasis, inForce, sellingCapacities } from "../basis.js";
import {
  type AutopilotDevice,
  type AutopilotProfileQuery,
  CUSTOMER_DEVICE_CHANNELS,
  type DeviceSource,
} from "../facts/autopilot.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import type { ActiveRelationship, Relationship } from "../relationship.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";
import type { RuleId } from "../vocabulary/rules.js";

/** What the device questions look at. */
export interface AutopilotDeviceQuery {
  /** The partner asking. */
  readonly partner: PartnerId;
  /** The device (its customer is the tenant asked about). */
  readonly device: AutopilotDevice;
  /** Relationships of any customers and partners. */
  readonly relationships: readonly Relationship[];
}

type Origin = "self" | "otherPartner" | "oem" | "customer";
type DeviceAction = "manage" | "remove";

function originOf(source: DeviceSource, partner: PartnerId): Origin {
  if (source.kind === "customer") return "customer";
  if (source.partner === partner) return "self";
  return source.kind === "oem" ? "oem" : "otherPartner";
}

function describeSource(source: DeviceSource, partner: PartnerId): string {
  if (source.kind === "customer") return `the customer added through ${CUSTOMER_DEVICE_CHANNELS[source.channel]}`;
  if (source.partner === partner) return `${partner} added itself`;
  return source.kind === "oem" ? `the OEM ${source.partner} registered` : `another partner, ${source.partner}, added`;
}

/** The rule of the policy in force. */
function policyRule(policy: Policy): "AP-1" | "AP-3" {
  return policy.autopilot === "current" ? "AP-1" : "AP-3";
}

function grantDap(relationship: ActiveRelationship, policy: Policy, rule: RuleId, what: string): Decision | undefined {
  const grant = delegatedAdminGrant(relationship);
  if (grant === undefined) return undefined;
  return allow(
    ["DAP-1", rule],
    [
      `${relationship.customer} granted ${relationship.partner} delegated admin privileges (Global Administrator for its Admin Agents), which let it ${what} under the ${policy.autopilot} Autopilot policy.`,
    ],
    [grantBasis(relationship, grant)],
  );
}

function noRelationship(partner: PartnerId, customer: CustomerId, policy: Policy): Decision {
  return refuse(
    [policyRule(policy)],
    [`${partner} has neither a reseller relationship with ${customer} nor delegated admin privileges.`],
    [
      policy.autopilot === "current"
        ? `${customer} must accept a reseller invitation from ${partner}.`
        : `${customer} must accept a Reseller & delegated administrator invitation from ${partner}.`,
    ],
  );
}

const dapRemedy = (customer: CustomerId, partner: PartnerId): string =>
  `${customer} must grant ${partner} delegated admin privileges (accept a Reseller & delegated administrator invitation).`;

/**
 * Whether a partner may add, change or remove the customer's Autopilot profiles and
 * assign them. Current policy (AP-1): a reseller relationship is enough, even after the
 * customer removed admin roles. Announced policy (AP-3): delegated admin privileges are
 * needed. With them, allowed under both.
 *
 * @param query - partner, customer and relationships
 * @param policy - picks the Autopilot policy (default {@link DEFAULT_POLICY}: current)
 *
 * @example
 * ```ts
 * canManageAutopilotProfiles({ partner: "fabrikam", customer: "contoso", relationships: [resellerOnly] });
 * // { allowed: true, rules: ["AP-1"], … }
 * canManageAutopilotProfiles({ … }, POLICY_EDITIONS["announced-autopilot"]);
 * // { allowed: false, rules: ["AP-3"], remedies: ["contoso must grant fabrikam delegated admin privileges …"] }
 * ```
 */
export function canManageAutopilotProfiles(query: AutopilotProfileQuery, policy: Policy = DEFAULT_POLICY): Decision {
  const { partner, customer } = query;
  const relationship = inForce(query.relationships, customer, partner);
  if (relationship === undefined) return noRelationship(partner, customer, policy);
  const withDap = grantDap(relationship, policy, policyRule(policy), "manage Autopilot profiles");
  if (withDap !== undefined) return withDap;
  const selling = sellingCapacities(relationship);
  if (selling.length === 0) return noRelationship(partner, customer, policy);
  return policy.autopilot === "current"
    ? allow(
        ["AP-1"],
        [
          `${partner} keeps a reseller relationship (${capacityNames(selling)}) with ${customer}, so it manages Autopilot profiles without delegated admin privileges under the current policy.`,
        ],
        selling.map((capacity) => capacityBasis(relationship, capacity)),
      )
    : refuse(
        ["AP-3"],
        [
          `Under the announced Autopilot policy, adding, changing or removing profiles needs delegated admin privileges, which ${partner} does not hold.`,
        ],
        [dapRemedy(customer, partner)],
      );
}

function withoutDap(
  policy: Policy,
  action: DeviceAction,
  origin: Origin,
): { readonly allowed: boolean; readonly rule: "AP-2" | "AP-3" } {
  return match([policy.autopilot, action, origin] as const)
    .with(["current", P._, "customer"], () => ({ allowed: false, rule: "AP-2" as const }))
    .with(["current", P._, P.union("self", "otherPartner", "oem")], () => ({ allowed: true, rule: "AP-2" as const }))
    .with(["announced", "remove", "self"], () => ({ allowed: true, rule: "AP-3" as const }))
    .with(["announced", P._, P._], () => ({ allowed: false, rule: "AP-3" as const }))
    .exhaustive();
}

function deviceDecision(query: AutopilotDeviceQuery, action: DeviceAction, policy: Policy): Decision {
  const { partner, device } = query;
  const customer = device.customer;
  const verb = action === "manage" ? "manage" : "remove";
  const relationship = inForce(query.relationships, customer, partner);
  if (relationship === undefined) return noRelationship(partner, customer, policy);
  const apRule = policy.autopilot === "current" ? "AP-2" : "AP-3";
  const withDap = grantDap(relationship, policy, apRule, `${verb} every Autopilot device of ${customer}`);
  if (withDap !== undefined) return withDap;
  const selling = sellingCapacities(relationship);
  if (selling.length === 0) return noRelationship(partner, customer, policy);
  const origin = originOf(device.addedBy, partner);
  const outcome = withoutDap(policy, action, origin);
  const source = `Device ${device.id} is one ${describeSource(device.addedBy, partner)}`;
  if (outcome.allowed)
    return allow(
      [outcome.rule],
      [
        `${source}; as a reseller of ${customer} without delegated admin privileges, ${partner} may ${verb} it under the ${policy.autopilot} Autopilot policy.`,
      ],
      selling.map((capacity) => capacityBasis(relationship, capacity)),
    );
  const why =
    origin === "customer" && policy.autopilot === "current"
      ? `${source}; a partner cannot ${verb} devices the customer added itself.`
      : action === "manage"
        ? `${source}; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which ${partner} does not hold.`
        : `${source}; under the announced Autopilot policy, ${partner} without delegated admin privileges removes only devices it added itself.`;
  return refuse([outcome.rule], [why], [dapRemedy(customer, partner)]);
}

/**
 * Whether a partner may manage an Autopilot device of its customer (apply or remove a
 * profile on it), by who added it (AP-2) and under which policy (AP-3). See the module's
 * table.
 *
 * @param query - partner, device and relationships
 * @param policy - picks the Autopilot policy (default {@link DEFAULT_POLICY}: current)
 *
 * @example
 * ```ts
 * canManageDevice({ partner: "fabrikam", device: { id: "d1", customer: "contoso", addedBy: { kind: "customer", channel: "intune" } }, relationships });
 * // { allowed: false, rules: ["AP-2"], … } for a reseller without delegated admin privileges
 * ```
 */
export function canManageDevice(query: AutopilotDeviceQuery, policy: Policy = DEFAULT_POLICY): Decision {
  return deviceDecision(query, "manage", policy);
}

/**
 * Whether a partner may remove an Autopilot device of its customer, by who added it
 * (AP-2) and under which policy (AP-3: without delegated admin privileges, only devices
 * the partner added itself). See the module's table.
 *
 * @param query - partner, device and relationships
 * @param policy - picks the Autopilot policy (default {@link DEFAULT_POLICY}: current)
 */
export function canRemoveDevice(query: AutopilotDeviceQuery, policy: Policy = DEFAULT_POLICY): Decision {
  return deviceDecision(query, "remove", policy);
}
