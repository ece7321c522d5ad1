/**
 * Every access question over one relationship of each partner type, with its answer in
 * full: allowed or refused, the rules, the reasons and the remedies (INVAR-1). The
 * questions' own tests check the rules one by one; this table pins what a person reads,
 * so that a changed reason or a rule named wrongly shows here (the mutation run of the
 * access area found the words checked only in part, docs/quality.md).
 */
import {
  type AutopilotDevice,
  assignAzureRole,
  type BillingPage,
  canManageAutopilotProfiles,
  canManageDevice,
  canManageDomainSubscriptions,
  canManageSubscription,
  canRegisterDevices,
  canRemoveDevice,
  canSeeBillingPage,
  canSeeMpsaPurchases,
  canTransact,
  customerList,
  type Decision,
  endRelationship,
  GLOBAL_ADMINISTRATOR,
  holdsRole,
  isOnCustomerList,
  mpsaPartnersOf,
  mpsaPurchaseSharingOff,
  owesSupport,
  type PartnerType,
  POLICY_EDITIONS,
  partnerRelationshipsView,
  provisionSubscription,
  type Relationship,
  type RoleId,
  recordCustomerSubscription,
  registerAutopilotDevice,
  removeAzureRoleAssignment,
  setMpsaPurchaseSharing,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  OTHER_CUSTOMER,
  OTHER_PARTNER,
  PARTNER,
  T0,
} from "../support/actors.js";
import { untyped } from "../support/untyped.js";
import { accept, withoutAdminRoles } from "./steps.js";

/** One line per answer: what a person reads. */
function line(decision: Decision): string {
  const verdict = decision.allowed ? "allowed" : "refused";
  const remedies = decision.remedies.length > 0 ? ` | remedies: ${decision.remedies.join(" ")}` : "";
  const basis = decision.basis === undefined ? "" : ` | basis: ${decision.basis.map((b) => b.kind).join(", ")}`;
  return `${verdict} (${decision.rules.join(", ")}): ${decision.reasons.join(" ")}${remedies}${basis}`;
}

const PAGES: readonly BillingPage[] = [
  "purchaseServices",
  "products",
  "billingAndPayments",
  "licenses",
  "billingNotifications",
];

/** Devices from every source, under the current and the announced Autopilot policy. */
function devices(relationships: readonly Relationship[]): Record<string, string> {
  const sources: Record<string, AutopilotDevice["addedBy"]> = {
    oem: { kind: "oem", partner: PARTNER },
    otherOem: { kind: "oem", partner: OTHER_PARTNER },
    otherPartner: { kind: "partner", partner: OTHER_PARTNER },
    self: { kind: "partner", partner: PARTNER },
    customerStore: { kind: "customer", channel: "microsoftStoreForBusiness" },
  };
  const announced = POLICY_EDITIONS["announced-autopilot"];
  const out: Record<string, string> = {
    autopilotProfilesAnnounced: line(
      canManageAutopilotProfiles({ partner: PARTNER, customer: CUSTOMER, relationships }, announced),
    ),
  };
  for (const [name, addedBy] of Object.entries(sources)) {
    const query = { partner: PARTNER, device: { id: `dev-${name}`, customer: CUSTOMER, addedBy }, relationships };
    out[`device ${name} manage`] = line(canManageDevice(query));
    out[`device ${name} remove`] = line(canRemoveDevice(query));
    out[`device ${name} manage announced`] = line(canManageDevice(query, announced));
    out[`device ${name} remove announced`] = line(canRemoveDevice(query, announced));
  }
  return out;
}

function answers(relationships: readonly Relationship[]): Record<string, string> {
  const relationship = relationships.find((r) => r.partner === PARTNER);
  const agreement = accept("reseller", { partner: "litware" }).agreement;
  const partnerDevice: AutopilotDevice = {
    id: "dev-1",
    customer: CUSTOMER,
    addedBy: { kind: "partner", partner: PARTNER },
  };
  const customerDevice: AutopilotDevice = {
    id: "dev-2",
    customer: CUSTOMER,
    addedBy: { kind: "customer", channel: "intune" },
  };
  const sharingOn = setMpsaPurchaseSharing(mpsaPurchaseSharingOff(CUSTOMER), {
    enabled: true,
    by: globalAdmin,
    at: T0,
  })._unsafeUnwrap();
  const recorded = recordCustomerSubscription({ id: "sub-own", customer: CUSTOMER, at: T0 })._unsafeUnwrap();
  const provisioned =
    relationship?.status === "active"
      ? provisionSubscription({
          id: "sub-1",
          relationship,
          agreement,
          by: adminAgent,
          at: relationship.updatedAt + DAY,
        })
      : undefined;
  const profile = { partner: PARTNER, customer: CUSTOMER, relationships };
  return {
    canTransact: line(canTransact({ relationship, agreement })),
    holdsGlobalAdministrator: line(
      holdsRole(relationships, { partner: PARTNER, customer: CUSTOMER, role: GLOBAL_ADMINISTRATOR }),
    ),
    owesSupport: line(owesSupport({ relationship, renegotiated: false })),
    owesSupportRenegotiated: line(owesSupport({ relationship, renegotiated: true })),
    ...Object.fromEntries(
      PAGES.map((page) => [
        `billing ${page}`,
        line(canSeeBillingPage({ partner: PARTNER, customer: CUSTOMER, page, relationships })),
      ]),
    ),
    autopilotProfiles: line(canManageAutopilotProfiles(profile)),
    autopilotRegister: line(canRegisterDevices(profile)),
    autopilotPartnerDevice: line(canManageDevice({ partner: PARTNER, device: partnerDevice, relationships })),
    autopilotRemoveCustomerDevice: line(canRemoveDevice({ partner: PARTNER, device: customerDevice, relationships })),
    ...devices(relationships),
    mpsaOthersPurchases: line(
      canSeeMpsaPurchases({ viewer: PARTNER, purchaser: OTHER_PARTNER, sharing: sharingOn, relationships }),
    ),
    mpsaOwnPurchases: line(
      canSeeMpsaPurchases({ viewer: PARTNER, purchaser: PARTNER, sharing: sharingOn, relationships }),
    ),
    mpsaSharingOff: line(
      canSeeMpsaPurchases({
        viewer: PARTNER,
        purchaser: OTHER_PARTNER,
        sharing: mpsaPurchaseSharingOff(CUSTOMER),
        relationships,
      }),
    ),
    onCustomerList: line(isOnCustomerList(PARTNER, CUSTOMER, relationships)),
    customerList: JSON.stringify(customerList(PARTNER, relationships).map((entry) => entry.customer)),
    partnerView: partnerRelationshipsView(globalAdmin, CUSTOMER, relationships).match(
      (view) => JSON.stringify(view.partners.map((entry) => [entry.partner, entry.delegatedAdmin])),
      (error) => error.message,
    ),
    azureOwnSubscription: line(canManageSubscription(recorded, PARTNER, relationships)),
    azureAssignedByCustomer: assignAzureRole(recorded, {
      principal: { kind: "partnerAdminAgents", partner: PARTNER },
      role: "Contributor",
      by: globalAdmin,
      at: T0 + 20 * DAY,
    })
      .andThen((held) =>
        assignAzureRole(held, {
          principal: { kind: "user", user: "kim" },
          role: "Owner",
          by: globalAdmin,
          at: T0 + 21 * DAY,
        }),
      )
      .match(
        (subscription) => line(canManageSubscription(subscription, PARTNER, relationships)),
        (error) => `not assigned: ${error.message}`,
      ),
    azureProvisioned:
      provisioned === undefined
        ? "no subscription: no relationship in force"
        : provisioned.match(
            (subscription) => line(canManageSubscription(subscription, PARTNER, relationships)),
            (error) => `not provisioned: ${error.message}`,
          ),
  };
}

const one = (type: PartnerType, roles?: readonly RoleId[]) => [
  accept(type, roles === undefined ? {} : { roles }).relationship,
];

describe("every access question over each kind of relationship (INVAR-1)", () => {
  it("INVAR-1 with no relationship, every question is refused with its remedy", () => {
    expect(answers([])).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "refused (AZ-3, INVAR-1): fabrikam's Admin Agents still hold Contributor on subscription sub-own, but fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam again, or remove the stale role assignment.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "no subscription: no relationship in force",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): the partner has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from the partner.",
        "customerList": "[]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "refused (REL-2): contoso has not accepted an invitation from fabrikam. | remedies: contoso must accept an invitation from fabrikam.",
        "owesSupport": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[]",
      }
    `);
  });

  it("INVAR-1 a reseller relationship", () => {
    expect(answers(one("reseller"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (AP-2): Device dev-1 is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "autopilotProfiles": "allowed (AP-1): fabrikam keeps a reseller relationship (Reseller) with contoso, so it manages Autopilot profiles without delegated admin privileges under the current policy. | basis: capacity",
        "autopilotProfilesAnnounced": "refused (AP-3): Under the announced Autopilot policy, adding, changing or removing profiles needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "autopilotRegister": "allowed (AP-2): fabrikam works with contoso as Reseller and adds its devices in Partner Center. | basis: capacity",
        "autopilotRemoveCustomerDevice": "refused (AP-2): Device dev-2 is one the customer added through the Microsoft Intune portal; a partner cannot remove devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "azureAssignedByCustomer": "allowed (AZ-1, AZ-3): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "allowed (AZ-2, AZ-3): fabrikam provisioned subscription sub-1, which gave its Admin Agents Owner on it. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "allowed (MCA-1): fabrikam works with contoso as Reseller, and contoso accepted the Microsoft Customer Agreement. | basis: capacity, agreement",
        "customerList": "["contoso"]",
        "device customerStore manage": "refused (AP-2): Device dev-customerStore is one the customer added through Microsoft Store for Business; a partner cannot manage devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device customerStore manage announced": "refused (AP-3): Device dev-customerStore is one the customer added through Microsoft Store for Business; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device customerStore remove": "refused (AP-2): Device dev-customerStore is one the customer added through Microsoft Store for Business; a partner cannot remove devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device customerStore remove announced": "refused (AP-3): Device dev-customerStore is one the customer added through Microsoft Store for Business; under the announced Autopilot policy, fabrikam without delegated admin privileges removes only devices it added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device oem manage": "allowed (AP-2): Device dev-oem is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device oem manage announced": "refused (AP-3): Device dev-oem is one fabrikam added itself; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device oem remove": "allowed (AP-2): Device dev-oem is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device oem remove announced": "allowed (AP-3): Device dev-oem is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the announced Autopilot policy. | basis: capacity",
        "device otherOem manage": "allowed (AP-2): Device dev-otherOem is one the OEM adatum registered; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device otherOem manage announced": "refused (AP-3): Device dev-otherOem is one the OEM adatum registered; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device otherOem remove": "allowed (AP-2): Device dev-otherOem is one the OEM adatum registered; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device otherOem remove announced": "refused (AP-3): Device dev-otherOem is one the OEM adatum registered; under the announced Autopilot policy, fabrikam without delegated admin privileges removes only devices it added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device otherPartner manage": "allowed (AP-2): Device dev-otherPartner is one another partner, adatum, added; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device otherPartner manage announced": "refused (AP-3): Device dev-otherPartner is one another partner, adatum, added; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device otherPartner remove": "allowed (AP-2): Device dev-otherPartner is one another partner, adatum, added; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device otherPartner remove announced": "refused (AP-3): Device dev-otherPartner is one another partner, adatum, added; under the announced Autopilot policy, fabrikam without delegated admin privileges removes only devices it added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device self manage": "allowed (AP-2): Device dev-self is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device self manage announced": "refused (AP-3): Device dev-self is one fabrikam added itself; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device self remove": "allowed (AP-2): Device dev-self is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device self remove announced": "allowed (AP-3): Device dev-self is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the announced Autopilot policy. | basis: capacity",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as Reseller; the relationship is in force. | basis: capacity",
        "owesSupport": "allowed (DAP-2, DAP-4): contoso removed fabrikam's admin roles, but the reseller relationship stands and has not been renegotiated: fabrikam remains responsible for support under the Cloud Reseller Agreement. Without admin roles, fabrikam opens a service request with Microsoft support on contoso's behalf. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and contoso renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
        "partnerView": "[["fabrikam",false]]",
      }
    `);
  });

  it("INVAR-1 a Reseller & delegated administrator relationship, with and without its admin roles", () => {
    const [relationship] = one("resellerAndDelegatedAdministrator");
    if (relationship?.status !== "active") throw new Error("expected an active relationship");
    expect(answers([relationship])).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "autopilotProfiles": "allowed (DAP-1, AP-1): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage Autopilot profiles under the current Autopilot policy. | basis: roleGrant",
        "autopilotProfilesAnnounced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage Autopilot profiles under the announced Autopilot policy. | basis: roleGrant",
        "autopilotRegister": "allowed (AP-2): fabrikam works with contoso as Reseller & delegated administrator and adds its devices in Partner Center. | basis: capacity",
        "autopilotRemoveCustomerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "azureAssignedByCustomer": "allowed (AZ-1): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. Delegated admin privileges give fabrikam no access to contoso's existing Azure subscriptions. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "allowed (AZ-2): fabrikam provisioned subscription sub-1, which gave its Admin Agents Owner on it. | basis: azureRoleAssignment, capacity",
        "billing billingAndPayments": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Billing & payments page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Billing & payments.",
        "billing billingNotifications": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Billing notifications page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing licenses": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Licenses page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing products": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Products (Your products) page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Products (Your products).",
        "billing purchaseServices": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Purchase services page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Purchase services.",
        "canTransact": "allowed (MCA-1): fabrikam works with contoso as Reseller & delegated administrator, and contoso accepted the Microsoft Customer Agreement. | basis: capacity, agreement",
        "customerList": "["contoso"]",
        "device customerStore manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device customerStore manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device customerStore remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device customerStore remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device oem manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device oem manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device oem remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device oem remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherOem manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherOem manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherOem remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherOem remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherPartner manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherPartner manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherPartner remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherPartner remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device self manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device self manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device self remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device self remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "holdsGlobalAdministrator": "allowed (INVAR-1, DAP-1): contoso granted Global Administrator to fabrikam's adminAgents by accepting an invitation for the Reseller & delegated administrator partner type. | basis: roleGrant",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as Reseller & delegated administrator; the relationship is in force. | basis: capacity",
        "owesSupport": "allowed (DAP-4): fabrikam works with contoso as Reseller & delegated administrator and supports it under the Cloud Reseller Agreement. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and contoso renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
        "partnerView": "[["fabrikam",true]]",
      }
    `);
    expect(answers([withoutAdminRoles(relationship)])).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (AP-2): Device dev-1 is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "autopilotProfiles": "allowed (AP-1): fabrikam keeps a reseller relationship (Reseller & delegated administrator) with contoso, so it manages Autopilot profiles without delegated admin privileges under the current policy. | basis: capacity",
        "autopilotProfilesAnnounced": "refused (AP-3): Under the announced Autopilot policy, adding, changing or removing profiles needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "autopilotRegister": "allowed (AP-2): fabrikam works with contoso as Reseller & delegated administrator and adds its devices in Partner Center. | basis: capacity",
        "autopilotRemoveCustomerDevice": "refused (AP-2): Device dev-2 is one the customer added through the Microsoft Intune portal; a partner cannot remove devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "azureAssignedByCustomer": "allowed (AZ-1, AZ-3): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "allowed (AZ-2, AZ-3): fabrikam provisioned subscription sub-1, which gave its Admin Agents Owner on it. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "allowed (MCA-1): fabrikam works with contoso as Reseller & delegated administrator, and contoso accepted the Microsoft Customer Agreement. | basis: capacity, agreement",
        "customerList": "["contoso"]",
        "device customerStore manage": "refused (AP-2): Device dev-customerStore is one the customer added through Microsoft Store for Business; a partner cannot manage devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device customerStore manage announced": "refused (AP-3): Device dev-customerStore is one the customer added through Microsoft Store for Business; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device customerStore remove": "refused (AP-2): Device dev-customerStore is one the customer added through Microsoft Store for Business; a partner cannot remove devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device customerStore remove announced": "refused (AP-3): Device dev-customerStore is one the customer added through Microsoft Store for Business; under the announced Autopilot policy, fabrikam without delegated admin privileges removes only devices it added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device oem manage": "allowed (AP-2): Device dev-oem is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device oem manage announced": "refused (AP-3): Device dev-oem is one fabrikam added itself; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device oem remove": "allowed (AP-2): Device dev-oem is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device oem remove announced": "allowed (AP-3): Device dev-oem is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the announced Autopilot policy. | basis: capacity",
        "device otherOem manage": "allowed (AP-2): Device dev-otherOem is one the OEM adatum registered; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device otherOem manage announced": "refused (AP-3): Device dev-otherOem is one the OEM adatum registered; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device otherOem remove": "allowed (AP-2): Device dev-otherOem is one the OEM adatum registered; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device otherOem remove announced": "refused (AP-3): Device dev-otherOem is one the OEM adatum registered; under the announced Autopilot policy, fabrikam without delegated admin privileges removes only devices it added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device otherPartner manage": "allowed (AP-2): Device dev-otherPartner is one another partner, adatum, added; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device otherPartner manage announced": "refused (AP-3): Device dev-otherPartner is one another partner, adatum, added; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device otherPartner remove": "allowed (AP-2): Device dev-otherPartner is one another partner, adatum, added; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device otherPartner remove announced": "refused (AP-3): Device dev-otherPartner is one another partner, adatum, added; under the announced Autopilot policy, fabrikam without delegated admin privileges removes only devices it added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device self manage": "allowed (AP-2): Device dev-self is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "device self manage announced": "refused (AP-3): Device dev-self is one fabrikam added itself; under the announced Autopilot policy, applying or removing a profile on any device needs delegated admin privileges, which fabrikam does not hold. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "device self remove": "allowed (AP-2): Device dev-self is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the current Autopilot policy. | basis: capacity",
        "device self remove announced": "allowed (AP-3): Device dev-self is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may remove it under the announced Autopilot policy. | basis: capacity",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as Reseller & delegated administrator; the relationship is in force. | basis: capacity",
        "owesSupport": "allowed (DAP-2, DAP-4): contoso removed fabrikam's admin roles, but the reseller relationship stands and has not been renegotiated: fabrikam remains responsible for support under the Cloud Reseller Agreement. Without admin roles, fabrikam opens a service request with Microsoft support on contoso's behalf. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and contoso renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
        "partnerView": "[["fabrikam",false]]",
      }
    `);
  });

  it("INVAR-1 an advisor, an MPSA partner and an OEM relationship", () => {
    expect(answers(one("advisor"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "autopilotProfiles": "allowed (DAP-1, AP-1): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage Autopilot profiles under the current Autopilot policy. | basis: roleGrant",
        "autopilotProfilesAnnounced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage Autopilot profiles under the announced Autopilot policy. | basis: roleGrant",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "azureAssignedByCustomer": "allowed (AZ-1): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. Delegated admin privileges give fabrikam no access to contoso's existing Azure subscriptions. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["advisor"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Billing & payments page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Billing & payments.",
        "billing billingNotifications": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Billing notifications page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing licenses": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Licenses page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing products": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Products (Your products) page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Products (Your products).",
        "billing purchaseServices": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Purchase services page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Purchase services.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "customerList": "["contoso"]",
        "device customerStore manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device customerStore manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device customerStore remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device customerStore remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device oem manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device oem manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device oem remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device oem remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherOem manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherOem manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherOem remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherOem remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherPartner manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherPartner manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device otherPartner remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device otherPartner remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device self manage": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device self manage announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "device self remove": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "device self remove announced": "allowed (DAP-1, AP-3): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the announced Autopilot policy. | basis: roleGrant",
        "holdsGlobalAdministrator": "allowed (INVAR-1, DAP-1): contoso granted Global Administrator to fabrikam's adminAgents by accepting an invitation for the Advisor partner type. | basis: roleGrant",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as Advisor; the relationship is in force. | basis: capacity",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[["fabrikam",true]]",
      }
    `);
    expect(answers(one("mpsaPartner"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "allowed (AZ-1, AZ-3): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["mpsaPartner"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "customerList": "["contoso"]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "allowed (MPSA-1): fabrikam sees the MPSA purchases it made itself for contoso. | basis: capacity",
        "mpsaSharingOff": "refused (MPSA-1): adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as Microsoft Products & Services Agreement (MPSA) partner; the relationship is in force. | basis: capacity",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[["fabrikam",false]]",
      }
    `);
    expect(answers(one("oem"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "allowed (AP-4): fabrikam is an OEM PC partner of contoso: it registers devices in the Autopilot service, which ties hardware hashes to the tenant, without any permission in the tenant. | basis: capacity",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "allowed (AZ-1, AZ-3): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["oem"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "customerList": "["contoso"]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as OEM PC partner; the relationship is in force. | basis: capacity",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[["fabrikam",false]]",
      }
    `);
  });

  it("INVAR-1 the partner's relationship with another customer, and a Partner relationship whose Global Administrator is a user account, give no admin access", () => {
    expect(
      answers([accept("resellerAndDelegatedAdministrator", { customer: OTHER_CUSTOMER }).relationship]),
    ).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "refused (AZ-3, INVAR-1): fabrikam's Admin Agents still hold Contributor on subscription sub-own, but fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam again, or remove the stale role assignment.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: agreement.customer: expected the agreement of northwind, found "contoso" (MCA-1).",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1, REL-1): The relationship given is with northwind, but the agreement is contoso's. | remedies: Ask with contoso's own relationship and agreement.",
        "customerList": "["northwind"]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "refused (REL-2): contoso has not accepted an invitation from fabrikam. | remedies: contoso must accept an invitation from fabrikam.",
        "owesSupport": "allowed (DAP-4): fabrikam works with northwind as Reseller & delegated administrator and supports it under the Cloud Reseller Agreement. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and northwind renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
        "partnerView": "[]",
      }
    `);
    expect(answers(one("partner", [GLOBAL_ADMINISTRATOR]))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "allowed (AZ-1, AZ-3): contoso assigned fabrikam's Admin Agents Contributor on subscription sub-own. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["partner"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "customerList": "["contoso"]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "allowed (INVAR-1, DAP-1): contoso granted Global Administrator to fabrikam's partnerUserAccount by accepting an invitation for the Partner partner type. | basis: roleGrant",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "allowed (REL-2): contoso accepted fabrikam as Partner; the relationship is in force. | basis: capacity",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[["fabrikam",false]]",
      }
    `);
  });

  it("INVAR-1 an ended relationship, and another partner's relationship, grant nothing", () => {
    const [relationship] = one("resellerAndDelegatedAdministrator");
    if (relationship?.status !== "active") throw new Error("expected an active relationship");
    const ended = endRelationship(relationship, { by: adminAgent, at: T0 + 5 * DAY })._unsafeUnwrap();
    expect(answers([ended])).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "refused (AZ-3, INVAR-1): fabrikam's Admin Agents still hold Contributor on subscription sub-own, but fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam again, or remove the stale role assignment.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "no subscription: no relationship in force",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): The relationship between contoso and fabrikam has ended. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "customerList": "[]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "refused (REL-2): The relationship between contoso and fabrikam has ended, which took contoso off fabrikam's customer list. | remedies: contoso must accept an invitation from fabrikam.",
        "owesSupport": "refused (DAP-4): The relationship between contoso and fabrikam has ended. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): The relationship between contoso and fabrikam has ended. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[]",
      }
    `);
    expect(
      answers([accept("resellerAndDelegatedAdministrator", { partner: OTHER_PARTNER }).relationship]),
    ).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfilesAnnounced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureAssignedByCustomer": "refused (AZ-3, INVAR-1): fabrikam's Admin Agents still hold Contributor on subscription sub-own, but fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam again, or remove the stale role assignment.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "no subscription: no relationship in force",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): the partner has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from the partner.",
        "customerList": "[]",
        "device customerStore manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device customerStore remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device customerStore remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device oem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device oem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherOem remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherOem remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device otherPartner remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device otherPartner remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self manage": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self manage announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "device self remove": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "device self remove announced": "refused (AP-3): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a Reseller & delegated administrator invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "mpsaOwnPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner.",
        "mpsaSharingOff": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "onCustomerList": "refused (REL-2): contoso has not accepted an invitation from fabrikam. | remedies: contoso must accept an invitation from fabrikam.",
        "owesSupport": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
        "partnerView": "[["adatum",true]]",
      }
    `);
  });
});

describe("refusals of the access steps and of questions asked wrongly (INVAR-3)", () => {
  it("AP-2 registering a device checks the time, the IDs, the source and its channel, then the partner's right", () => {
    const relationships = one("reseller");
    const input = {
      id: "dev-1",
      customer: CUSTOMER,
      addedBy: { kind: "partner", partner: PARTNER } as const,
      relationships,
      at: T0 + 2 * DAY,
    };
    const refusal = (changes: object) => {
      const result = registerAutopilotDevice({ ...input, ...changes });
      return result.isErr() ? result.error.message : `registered by ${JSON.stringify(result.value.addedBy)}`;
    };
    expect({
      ok: refusal({}),
      oem: refusal({ addedBy: { kind: "oem", partner: PARTNER } }),
      customer: refusal({ addedBy: { kind: "customer", channel: "intune" } }),
      at: refusal({ at: untyped("soon") }),
      id: refusal({ id: "" }),
      customerId: refusal({ customer: " contoso" }),
      noSource: refusal({ addedBy: null }),
      unknownSource: refusal({ addedBy: { kind: "distributor", partner: PARTNER } }),
      unknownChannel: refusal({ addedBy: { kind: "customer", channel: "fax" } }),
      otherPartner: refusal({ addedBy: { kind: "partner", partner: OTHER_PARTNER } }),
    }).toMatchInlineSnapshot(`
      {
        "at": "at: expected an instant (integer milliseconds since the epoch), found "soon" (AP-2).",
        "customer": "registered by {"kind":"customer","channel":"intune"}",
        "customerId": "customer: expected a non-empty identifier of at most 256 characters without surrounding spaces, found " contoso" (AP-2).",
        "id": "id: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (AP-2).",
        "noSource": "addedBy: expected who added the device: a partner, an OEM or the customer, found null (AP-2).",
        "oem": "registered by {"kind":"oem","partner":"fabrikam"}",
        "ok": "registered by {"kind":"partner","partner":"fabrikam"}",
        "otherPartner": "registerAutopilotDevice is not permitted (AP-4): adatum works with contoso neither as an OEM PC partner nor as a reseller.",
        "unknownChannel": "addedBy.channel: expected microsoftStoreForBusiness or microsoftStoreForEducation or intune, found "fax" (AP-2).",
        "unknownSource": "addedBy: expected who added the device: a partner, an OEM or the customer, found {"kind":"distributor","partner":"fabrikam"} (AP-2).",
      }
    `);
  });

  it("AZ-1 recording a customer's own subscription checks the time and the IDs", () => {
    const record = (changes: object) => {
      const result = recordCustomerSubscription({ id: "sub-1", customer: CUSTOMER, at: T0, ...changes });
      return result.isErr() ? result.error.message : JSON.stringify(result.value);
    };
    expect({
      ok: record({}),
      at: record({ at: Number.NaN }),
      id: record({ id: "" }),
      customer: record({ customer: "" }),
    }).toMatchInlineSnapshot(`
      {
        "at": "at: expected an instant (integer milliseconds since the epoch), found NaN (AZ-1).",
        "customer": "customer: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (AZ-1).",
        "id": "id: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (AZ-1).",
        "ok": "{"id":"sub-1","customer":"contoso","roleAssignments":[],"updatedAt":1767225600000}",
      }
    `);
  });

  it("MPSA-1 two MPSA partners see each other's purchases only once the customer turned sharing on", () => {
    const both = [accept("mpsaPartner").relationship, accept("mpsaPartner", { partner: OTHER_PARTNER }).relationship];
    const on = setMpsaPurchaseSharing(mpsaPurchaseSharingOff(CUSTOMER), {
      enabled: true,
      by: globalAdmin,
      at: T0 + 3 * DAY,
    });
    const query = { viewer: PARTNER, purchaser: OTHER_PARTNER, relationships: both };
    expect({
      own: line(canSeeMpsaPurchases({ ...query, purchaser: PARTNER, sharing: mpsaPurchaseSharingOff(CUSTOMER) })),
      off: line(canSeeMpsaPurchases({ ...query, sharing: mpsaPurchaseSharingOff(CUSTOMER) })),
      on: line(canSeeMpsaPurchases({ ...query, sharing: on._unsafeUnwrap() })),
      partners: JSON.stringify(
        mpsaPartnersOf(CUSTOMER, [...both, accept("mpsaPartner", { customer: OTHER_CUSTOMER }).relationship]),
      ),
      changedBefore: on
        .andThen((setting) => setMpsaPurchaseSharing(setting, { enabled: false, by: globalAdmin, at: T0 }))
        .match(
          () => "changed",
          (error) => error.message,
        ),
      byHelpdesk: setMpsaPurchaseSharing(mpsaPurchaseSharingOff(CUSTOMER), {
        enabled: true,
        by: { ...globalAdmin, roles: [] },
        at: T0,
      }).match(
        () => "changed",
        (error) => error.message,
      ),
    }).toMatchInlineSnapshot(`
      {
        "byHelpdesk": "kim may not setMpsaPurchaseSharing: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
        "changedBefore": "at: expected an instant not before 2026-01-04T00:00:00.000Z, found "2026-01-01T00:00:00.000Z" (MPSA-1).",
        "off": "refused (MPSA-1): contoso has not let its MPSA partners see purchases made by each other. | remedies: A customer admin of contoso must let its MPSA partners see purchases made by each other.",
        "on": "allowed (MPSA-1): fabrikam and adatum are MPSA partners of contoso, which lets them see purchases made by each other. | basis: capacity, capacity, customerSetting",
        "own": "allowed (MPSA-1): fabrikam sees the MPSA purchases it made itself for contoso. | basis: capacity",
        "partners": "["fabrikam","adatum"]",
      }
    `);
  });

  it("AOBO-1 AOBO-2 a page outside the Billing menu, and domain subscriptions by each kind of account", () => {
    expect({
      unknownPage: line(
        canSeeBillingPage({
          partner: PARTNER,
          customer: CUSTOMER,
          page: untyped("reports"),
          relationships: one("reseller"),
        }),
      ),
      partnerUser: line(canManageDomainSubscriptions(adminAgent, CUSTOMER)),
      otherTenant: line(canManageDomainSubscriptions({ ...globalAdmin, tenant: OTHER_CUSTOMER }, CUSTOMER)),
      customerUser: line(canManageDomainSubscriptions(globalAdmin, CUSTOMER)),
    }).toMatchInlineSnapshot(`
      {
        "customerUser": "refused (AOBO-2): kim lacks Domain Name Administrator and Billing Administrator; managing domain subscriptions needs both Domain Name Administrator and Billing Administrator. | remedies: A Global Administrator of contoso must give kim Domain Name Administrator and Billing Administrator. Ask contoso to sign in with an account holding both Domain Name Administrator and Billing Administrator.",
        "otherTenant": "refused (AOBO-2): kim is not a user of contoso. | remedies: Ask contoso to sign in with an account holding both Domain Name Administrator and Billing Administrator.",
        "partnerUser": "refused (AOBO-2): ana is a user of partner fabrikam; acting on behalf does not reach domain subscriptions. | remedies: Ask contoso to sign in with an account holding both Domain Name Administrator and Billing Administrator.",
        "unknownPage": "refused (AOBO-1): "reports" is not a page of the admin center's Billing menu. | remedies: Ask about one of purchaseServices, products, billingAndPayments, licenses, billingNotifications.",
      }
    `);
  });

  it("AZ-3 removing an Azure role removes only that principal's role", () => {
    const recorded = recordCustomerSubscription({ id: "sub-1", customer: CUSTOMER, at: T0 })._unsafeUnwrap();
    const agents = { kind: "partnerAdminAgents", partner: PARTNER } as const;
    const both = assignAzureRole(recorded, { principal: agents, role: "Owner", by: globalAdmin, at: T0 + DAY })
      .andThen((s) =>
        assignAzureRole(s, { principal: { kind: "user", user: "kim" }, role: "Owner", by: globalAdmin, at: T0 + DAY }),
      )
      .andThen((s) =>
        assignAzureRole(s, {
          principal: { kind: "partnerAdminAgents", partner: OTHER_PARTNER },
          role: "Owner",
          by: globalAdmin,
          at: T0 + DAY,
        }),
      )
      ._unsafeUnwrap();
    const removed = removeAzureRoleAssignment(both, {
      principal: agents,
      role: "Owner",
      by: globalAdmin,
      at: T0 + 2 * DAY,
    })._unsafeUnwrap();
    expect(removed.roleAssignments.map((assignment) => assignment.principal)).toEqual([
      { kind: "user", user: "kim" },
      { kind: "partnerAdminAgents", partner: OTHER_PARTNER },
    ]);
    // a role the principal does not hold is refused, naming the principal
    const notHeld = removeAzureRoleAssignment(removed, {
      principal: agents,
      role: "Contributor",
      by: globalAdmin,
      at: T0 + 3 * DAY,
    });
    expect(notHeld._unsafeUnwrapErr().message).toMatchInlineSnapshot(
      `"principal: expected a principal holding Contributor on subscription sub-1, found "fabrikam's Admin Agents" (AZ-3)."`,
    );
    const userAgain = assignAzureRole(removed, {
      principal: { kind: "user", user: "kim" },
      role: "Owner",
      by: globalAdmin,
      at: T0 + 3 * DAY,
    });
    expect(userAgain.isOk() ? userAgain.value.roleAssignments.length : userAgain.error.message).toMatchInlineSnapshot(
      `2`,
    );
  });
});
