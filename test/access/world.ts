/**
 * A small world for the access tests, built only by running the library's public steps
 * (send and accept invitations, accept the agreement, remove admin roles, delete or end
 * relationships, provision Azure subscriptions, change the MPSA setting) from a random
 * sequence. Refused steps are skipped, as a real caller would see them fail.
 */
import fc from "fast-check";
import type { Basis } from "partner-relationships";
import {
  type AzureSubscription,
  acceptAgreement,
  acceptInvitation,
  agreementNotAccepted,
  BILLING_ADMINISTRATOR,
  type CustomerAgreement,
  type CustomerUser,
  DOMAIN_NAME_ADMINISTRATOR,
  deleteRelationship,
  endRelationship,
  GLOBAL_ADMINISTRATOR,
  type MpsaPurchaseSharing,
  mpsaPurchaseSharingOff,
  type PartnerType,
  type PartnerUser,
  provisionSubscription,
  type Relationship,
  removeAdminRoles,
  removeAzureRoleAssignment,
  sendInvitation,
  setMpsaPurchaseSharing,
} from "partner-relationships";

export const CUSTOMERS = ["contoso", "northwind"] as const;
export const PARTNERS = ["fabrikam", "adatum", "litware"] as const;
export type WorldCustomer = (typeof CUSTOMERS)[number];
export type WorldPartner = (typeof PARTNERS)[number];

export const WORLD_T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

/** A Global Administrator of a world customer. */
export function customerAdmin(customer: string): CustomerUser {
  return { kind: "customerUser", id: `ga-${customer}`, tenant: customer, roles: [GLOBAL_ADMINISTRATOR] };
}

/** An Admin agent of a world partner. */
export function partnerAgent(partner: string): PartnerUser {
  return { kind: "partnerUser", id: `agent-${partner}`, partner, roles: ["adminAgent"] };
}

/** Partner types that invitations carry (GDAP is requested with the GDAP functions). */
export const INVITABLE_TYPES: readonly PartnerType[] = [
  "reseller",
  "delegatedAdministrator",
  "resellerAndDelegatedAdministrator",
  "partner",
  "advisor",
  "mpsaPartner",
  "oem",
  "lineOfBusiness",
  "isv",
  "indirectReseller",
];

export type WorldStep =
  | {
      readonly kind: "invite";
      readonly customer: WorldCustomer;
      readonly partner: WorldPartner;
      readonly type: PartnerType;
      readonly accept: boolean;
    }
  | { readonly kind: "removeAdminRoles"; readonly customer: WorldCustomer; readonly partner: WorldPartner }
  | { readonly kind: "delete"; readonly customer: WorldCustomer; readonly partner: WorldPartner }
  | { readonly kind: "end"; readonly customer: WorldCustomer; readonly partner: WorldPartner }
  | { readonly kind: "acceptAgreement"; readonly customer: WorldCustomer }
  | { readonly kind: "provision"; readonly customer: WorldCustomer; readonly partner: WorldPartner }
  | { readonly kind: "removeAzure"; readonly index: number }
  | { readonly kind: "sharing"; readonly customer: WorldCustomer; readonly enabled: boolean };

/** The world after a sequence of steps. */
export interface World {
  /** Every relationship: the pairs' current ones and the ended ones (history). */
  readonly relationships: readonly Relationship[];
  /** Each customer's agreement. */
  readonly agreements: ReadonlyMap<string, CustomerAgreement>;
  /** Azure subscriptions: the customers' own and those partners provisioned. */
  readonly subscriptions: readonly AzureSubscription[];
  /** Each customer's MPSA setting. */
  readonly sharing: ReadonlyMap<string, MpsaPurchaseSharing>;
  /** When the last step was taken. */
  readonly now: number;
}

const customerArb = fc.constantFrom(...CUSTOMERS);
const partnerArb = fc.constantFrom(...PARTNERS);

export const stepArb: fc.Arbitrary<WorldStep> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("invite" as const),
      customer: customerArb,
      partner: partnerArb,
      type: fc.constantFrom(...INVITABLE_TYPES),
      accept: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("removeAdminRoles" as const),
      customer: customerArb,
      partner: partnerArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("delete" as const), customer: customerArb, partner: partnerArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("end" as const), customer: customerArb, partner: partnerArb }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("acceptAgreement" as const), customer: customerArb }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("provision" as const), customer: customerArb, partner: partnerArb }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("removeAzure" as const), index: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("sharing" as const), customer: customerArb, enabled: fc.boolean() }),
  },
);

export const stepsArb: fc.Arbitrary<readonly WorldStep[]> = fc.array(stepArb, { maxLength: 30 });

/** Each customer's own subscription, with one of its users as Owner. */
function ownSubscriptions(): AzureSubscription[] {
  return CUSTOMERS.map((customer) => ({
    id: `${customer}-own`,
    customer,
    roleAssignments: [{ principal: { kind: "user", user: `ga-${customer}` }, role: "Owner", assignedAt: WORLD_T0 }],
    updatedAt: WORLD_T0,
  }));
}

/** Runs a sequence of steps through the public API. */
export function runWorld(steps: readonly WorldStep[]): World {
  const current = new Map<string, Relationship>();
  const history: Relationship[] = [];
  const agreements = new Map<string, CustomerAgreement>(CUSTOMERS.map((c) => [c, agreementNotAccepted(c)]));
  const sharing = new Map<string, MpsaPurchaseSharing>(CUSTOMERS.map((c) => [c, mpsaPurchaseSharingOff(c)]));
  const subscriptions = ownSubscriptions();
  let at = WORLD_T0;
  steps.forEach((step, index) => {
    at += HOUR;
    switch (step.kind) {
      case "invite": {
        const key = `${step.customer}|${step.partner}`;
        const roles = step.type === "partner" ? [DOMAIN_NAME_ADMINISTRATOR, BILLING_ADMINISTRATOR] : undefined;
        const sent = sendInvitation({
          id: `inv-${index}`,
          customer: step.customer,
          partner: step.partner,
          type: step.type,
          roles,
          by: partnerAgent(step.partner),
          at,
        });
        if (sent.isErr() || !step.accept) return;
        const existing = current.get(key);
        const accepted = acceptInvitation(sent.value, {
          by: customerAdmin(step.customer),
          at,
          agreementAcknowledged: true,
          relationship: existing,
          agreement: agreements.get(step.customer),
        });
        if (accepted.isErr()) return;
        if (existing?.status === "ended") history.push(existing);
        current.set(key, accepted.value.relationship);
        agreements.set(step.customer, accepted.value.agreement);
        return;
      }
      case "removeAdminRoles":
      case "delete":
      case "end": {
        const key = `${step.customer}|${step.partner}`;
        const existing = current.get(key);
        if (existing?.status !== "active") return;
        const input = { by: step.kind === "end" ? partnerAgent(step.partner) : customerAdmin(step.customer), at };
        const next =
          step.kind === "removeAdminRoles"
            ? removeAdminRoles(existing, input)
            : step.kind === "delete"
              ? deleteRelationship(existing, input)
              : endRelationship(existing, input);
        if (next.isOk()) current.set(key, next.value);
        return;
      }
      case "acceptAgreement": {
        const agreement = agreements.get(step.customer) ?? agreementNotAccepted(step.customer);
        acceptAgreement(agreement, { by: customerAdmin(step.customer), at, acknowledged: true }).map((next) =>
          agreements.set(step.customer, next),
        );
        return;
      }
      case "provision": {
        const relationship = current.get(`${step.customer}|${step.partner}`);
        const agreement = agreements.get(step.customer);
        if (relationship === undefined || agreement === undefined) return;
        provisionSubscription({ id: `sub-${index}`, relationship, agreement, by: partnerAgent(step.partner), at }).map(
          (subscription) => subscriptions.push(subscription),
        );
        return;
      }
      case "removeAzure": {
        const subscription = subscriptions[step.index % subscriptions.length];
        const assignment = subscription?.roleAssignments[0];
        if (subscription === undefined || assignment === undefined) return;
        removeAzureRoleAssignment(subscription, {
          principal: assignment.principal,
          role: assignment.role,
          by: customerAdmin(subscription.customer),
          at,
        }).map((next) => subscriptions.splice(subscriptions.indexOf(subscription), 1, next));
        return;
      }
      case "sharing": {
        const setting = sharing.get(step.customer) ?? mpsaPurchaseSharingOff(step.customer);
        setMpsaPurchaseSharing(setting, { enabled: step.enabled, by: customerAdmin(step.customer), at }).map((next) =>
          sharing.set(step.customer, next),
        );
        return;
      }
    }
  });
  return { relationships: [...history, ...current.values()], agreements, subscriptions, sharing, now: at };
}

/** The world's relationships between one customer and one partner: at most one in force. */
export function relationshipOf(world: World, customer: string, partner: string): Relationship | undefined {
  return (
    world.relationships.find((r) => r.status === "active" && r.customer === customer && r.partner === partner) ??
    world.relationships.find((r) => r.customer === customer && r.partner === partner)
  );
}

/**
 * Whether one basis entry of an allowed decision is found in the world (INVAR-1): the
 * consent it names was given and not taken back.
 *
 * @param basis - a basis entry
 * @param world - the world the question was asked in
 * @param accounts - customer accounts the question was asked about, for `customerRole`
 */
export function basisHolds(basis: Basis, world: World, accounts: readonly CustomerUser[] = []): boolean {
  const inForce = (customer: string, partner: string) =>
    world.relationships.find((r) => r.status === "active" && r.customer === customer && r.partner === partner);
  switch (basis.kind) {
    case "capacity":
      return inForce(basis.customer, basis.partner)?.capacities.includes(basis.capacity) === true;
    case "roleGrant":
      return (
        inForce(basis.customer, basis.partner)?.grants.some(
          (g) =>
            g.role === basis.role &&
            g.holder === basis.holder &&
            g.capacity === basis.capacity &&
            g.grantedAt === basis.grantedAt,
        ) === true
      );
    case "agreement": {
      const agreement = world.agreements.get(basis.customer);
      return (
        agreement?.status === "accepted" &&
        agreement.acceptedAt === basis.acceptedAt &&
        agreement.acceptedBy === basis.acceptedBy
      );
    }
    case "customerRole":
      return accounts.some((a) => a.tenant === basis.customer && a.id === basis.user && a.roles.includes(basis.role));
    case "azureRoleAssignment":
      return world.subscriptions.some(
        (s) =>
          s.id === basis.subscription &&
          s.customer === basis.customer &&
          s.roleAssignments.some(
            (a) =>
              a.principal.kind === "partnerAdminAgents" &&
              a.principal.partner === basis.partner &&
              a.role === basis.role &&
              a.assignedAt === basis.assignedAt,
          ),
      );
    case "customerSetting": {
      const setting = world.sharing.get(basis.customer);
      return (
        basis.setting === "mpsaPurchaseSharing" &&
        setting?.enabled === true &&
        setting.changed.by === basis.changedBy &&
        setting.changed.at === basis.changedAt
      );
    }
  }
}
