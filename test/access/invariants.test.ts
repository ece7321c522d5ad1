/**
 * Properties every access question keeps, over worlds built from random sequences of the
 * library's public steps: decisions name only rules of the catalogue, and no decision is
 * allowed without the consent behind it (INVAR-1).
 */
import { fc, it } from "@fast-check/vitest";
import {
  type AutopilotDevice,
  agreementNotAccepted,
  BILLING_ADMINISTRATOR,
  BILLING_PAGES,
  type BillingPage,
  type CustomerUser,
  canManageAutopilotProfiles,
  canManageDevice,
  canManageDomainSubscriptions,
  canManageSubscription,
  canRegisterDevices,
  canRemoveDevice,
  canSeeBillingPage,
  canSeeMpsaPurchases,
  canTransact,
  type Decision,
  type DeviceSource,
  DOMAIN_NAME_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  isOnCustomerList,
  isRuleId,
  mpsaPurchaseSharingOff,
  owesSupport,
  POLICY_EDITIONS,
} from "partner-relationships";
import { describe, expect } from "vitest";
import { basisHolds, CUSTOMERS, PARTNERS, relationshipOf, runWorld, stepsArb, type World } from "./world.js";

const SOURCES: readonly DeviceSource[] = [
  { kind: "partner", partner: "fabrikam" },
  { kind: "partner", partner: "adatum" },
  { kind: "oem", partner: "litware" },
  { kind: "customer", channel: "microsoftStoreForBusiness" },
  { kind: "customer", channel: "microsoftStoreForEducation" },
  { kind: "customer", channel: "intune" },
];

function accountsOf(customer: string): readonly CustomerUser[] {
  const roleSets = [
    [GLOBAL_ADMINISTRATOR],
    [BILLING_ADMINISTRATOR],
    [DOMAIN_NAME_ADMINISTRATOR],
    [DOMAIN_NAME_ADMINISTRATOR, BILLING_ADMINISTRATOR],
  ];
  return roleSets.map((roles, index) => ({ kind: "customerUser", id: `user-${index}`, tenant: customer, roles }));
}

/** Every question the library answers, asked of every customer and partner of the world. */
function everyDecision(
  world: World,
): readonly { readonly question: string; readonly decision: Decision; readonly accounts?: readonly CustomerUser[] }[] {
  const out: { question: string; decision: Decision; accounts?: readonly CustomerUser[] }[] = [];
  const { relationships } = world;
  for (const customer of CUSTOMERS) {
    const agreement = world.agreements.get(customer) ?? agreementNotAccepted(customer);
    const sharing = world.sharing.get(customer) ?? mpsaPurchaseSharingOff(customer);
    const accounts = accountsOf(customer);
    for (const account of accounts)
      out.push({
        question: "canManageDomainSubscriptions",
        decision: canManageDomainSubscriptions(account, customer),
        accounts,
      });
    for (const partner of PARTNERS) {
      const relationship = relationshipOf(world, customer, partner);
      out.push({ question: "canTransact", decision: canTransact({ relationship, agreement }) });
      out.push({ question: "owesSupport", decision: owesSupport({ relationship, renegotiated: false }) });
      out.push({ question: "owesSupport renegotiated", decision: owesSupport({ relationship, renegotiated: true }) });
      out.push({ question: "isOnCustomerList", decision: isOnCustomerList(partner, customer, relationships) });
      out.push({ question: "canRegisterDevices", decision: canRegisterDevices({ partner, customer, relationships }) });
      for (const role of [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, BILLING_ADMINISTRATOR])
        out.push({ question: "holdsRole", decision: holdsRole(relationships, { partner, customer, role }) });
      for (const page of Object.keys(BILLING_PAGES) as BillingPage[])
        out.push({
          question: `canSeeBillingPage ${page}`,
          decision: canSeeBillingPage({ partner, customer, page, relationships }),
        });
      for (const subscription of world.subscriptions.filter((s) => s.customer === customer))
        out.push({
          question: "canManageSubscription",
          decision: canManageSubscription(subscription, partner, relationships),
        });
      for (const purchaser of PARTNERS)
        out.push({
          question: "canSeeMpsaPurchases",
          decision: canSeeMpsaPurchases({ viewer: partner, purchaser, sharing, relationships }),
        });
      for (const policy of [POLICY_EDITIONS.current, POLICY_EDITIONS["announced-autopilot"]]) {
        out.push({
          question: "canManageAutopilotProfiles",
          decision: canManageAutopilotProfiles({ partner, customer, relationships }, policy),
        });
        for (const addedBy of SOURCES) {
          const device: AutopilotDevice = { id: "d", customer, addedBy };
          out.push({
            question: "canManageDevice",
            decision: canManageDevice({ partner, device, relationships }, policy),
          });
          out.push({
            question: "canRemoveDevice",
            decision: canRemoveDevice({ partner, device, relationships }, policy),
          });
        }
      }
    }
  }
  return out;
}

describe("every access question", () => {
  it.prop([stepsArb])("INVAR-1 every decision names only rule IDs that exist in the catalogue (isRuleId)", (steps) => {
    for (const { question, decision } of everyDecision(runWorld(steps))) {
      expect(decision.rules.length, question).toBeGreaterThan(0);
      for (const rule of decision.rules) expect(isRuleId(rule), `${question}: ${rule}`).toBe(true);
    }
  });

  it.prop([stepsArb])("INVAR-1 no allowed decision without the grant behind it, for every question", (steps) => {
    const world = runWorld(steps);
    for (const { question, decision, accounts } of everyDecision(world)) {
      if (!decision.allowed) {
        expect(decision.remedies.length, question).toBeGreaterThan(0);
        continue;
      }
      expect(decision.remedies, question).toEqual([]);
      expect(decision.basis?.length ?? 0, question).toBeGreaterThan(0);
      for (const basis of decision.basis ?? [])
        expect(basisHolds(basis, world, accounts), `${question}: ${JSON.stringify(basis)}`).toBe(true);
    }
  });

  it.prop([stepsArb])("INVAR-1 every decision gives a reason a person can read", (steps) => {
    for (const { question, decision } of everyDecision(runWorld(steps))) {
      expect(decision.reasons.length, question).toBeGreaterThan(0);
      for (const reason of decision.reasons) expect(reason, question).toMatch(/^\S.*[.]$/);
    }
  });

  it("INVAR-1 the generated worlds reach an allowed and a refused answer of every question, so the properties bite", () => {
    const allowed = new Set<string>();
    const refused = new Set<string>();
    for (const steps of fc.sample(stepsArb, { numRuns: 150, seed: 7 }))
      for (const { question, decision } of everyDecision(runWorld(steps))) {
        const name = question.split(" ")[0] ?? question;
        (decision.allowed ? allowed : refused).add(name);
      }
    const questions = [...new Set([...allowed, ...refused])].sort();
    expect(questions).toHaveLength(12);
    expect([...allowed].sort()).toEqual(questions);
    expect([...refused].sort()).toEqual(questions);
  }, 30_000);
});
