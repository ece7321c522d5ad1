/**
 * Every access question over one relationship of each partner type, with its answer in
 * full: allowed or refused, the rules, the reasons and the remedies (INVAR-1). The
 * questions' own tests check the rules one by one; this table pins what a person reads,
 * so that a changed reason or a rule named wrongly shows here (the mutation run of the
 * access area found the words checked only in part, docs/quality.md).
 */
import {
  type AutopilotDevice,
  type BillingPage,
  canManageAutopilotProfiles,
  canManageDevice,
  canManageSubscription,
  canRegisterDevices,
  canRemoveDevice,
  canSeeBillingPage,
  canSeeMpsaPurchases,
  canTransact,
  type Decision,
  endRelationship,
  GLOBAL_ADMINISTRATOR,
  holdsRole,
  mpsaPurchaseSharingOff,
  owesSupport,
  type PartnerType,
  provisionSubscription,
  type Relationship,
  recordCustomerSubscription,
  setMpsaPurchaseSharing,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, OTHER_PARTNER, PARTNER, T0 } from "../support/actors.js";
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
    mpsaOthersPurchases: line(
      canSeeMpsaPurchases({ viewer: PARTNER, purchaser: OTHER_PARTNER, sharing: sharingOn, relationships }),
    ),
    azureOwnSubscription: line(canManageSubscription(recorded, PARTNER, relationships)),
    azureProvisioned:
      provisioned === undefined
        ? "no subscription: no relationship in force"
        : provisioned.match(
            (subscription) => line(canManageSubscription(subscription, PARTNER, relationships)),
            (error) => `not provisioned: ${error.message}`,
          ),
  };
}

const one = (type: PartnerType) => [accept(type).relationship];

describe("every access question over each kind of relationship (INVAR-1)", () => {
  it("INVAR-1 with no relationship, every question is refused with its remedy", () => {
    expect(answers([])).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "no subscription: no relationship in force",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): the partner has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from the partner.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
      }
    `);
  });

  it("INVAR-1 a reseller relationship", () => {
    expect(answers(one("reseller"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (AP-2): Device dev-1 is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "autopilotProfiles": "allowed (AP-1): fabrikam keeps a reseller relationship (Reseller) with contoso, so it manages Autopilot profiles without delegated admin privileges under the current policy. | basis: capacity",
        "autopilotRegister": "allowed (AP-2): fabrikam works with contoso as Reseller and adds its devices in Partner Center. | basis: capacity",
        "autopilotRemoveCustomerDevice": "refused (AP-2): Device dev-2 is one the customer added through the Microsoft Intune portal; a partner cannot remove devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "allowed (AZ-2, AZ-3): fabrikam provisioned subscription sub-1, which gave its Admin Agents Owner on it. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "allowed (MCA-1): fabrikam works with contoso as Reseller, and contoso accepted the Microsoft Customer Agreement. | basis: capacity, agreement",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "allowed (DAP-2, DAP-4): contoso removed fabrikam's admin roles, but the reseller relationship stands and has not been renegotiated: fabrikam remains responsible for support under the Cloud Reseller Agreement. Without admin roles, fabrikam opens a service request with Microsoft support on contoso's behalf. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and contoso renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
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
        "autopilotRegister": "allowed (AP-2): fabrikam works with contoso as Reseller & delegated administrator and adds its devices in Partner Center. | basis: capacity",
        "autopilotRemoveCustomerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. Delegated admin privileges give fabrikam no access to contoso's existing Azure subscriptions. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "allowed (AZ-2): fabrikam provisioned subscription sub-1, which gave its Admin Agents Owner on it. | basis: azureRoleAssignment, capacity",
        "billing billingAndPayments": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Billing & payments page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Billing & payments.",
        "billing billingNotifications": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Billing notifications page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing licenses": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Licenses page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing products": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Products (Your products) page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Products (Your products).",
        "billing purchaseServices": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Purchase services page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Purchase services.",
        "canTransact": "allowed (MCA-1): fabrikam works with contoso as Reseller & delegated administrator, and contoso accepted the Microsoft Customer Agreement. | basis: capacity, agreement",
        "holdsGlobalAdministrator": "allowed (INVAR-1, DAP-1): contoso granted Global Administrator to fabrikam's adminAgents by accepting an invitation for the Reseller & delegated administrator partner type. | basis: roleGrant",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "allowed (DAP-4): fabrikam works with contoso as Reseller & delegated administrator and supports it under the Cloud Reseller Agreement. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and contoso renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
      }
    `);
    expect(answers([withoutAdminRoles(relationship)])).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (AP-2): Device dev-1 is one fabrikam added itself; as a reseller of contoso without delegated admin privileges, fabrikam may manage it under the current Autopilot policy. | basis: capacity",
        "autopilotProfiles": "allowed (AP-1): fabrikam keeps a reseller relationship (Reseller & delegated administrator) with contoso, so it manages Autopilot profiles without delegated admin privileges under the current policy. | basis: capacity",
        "autopilotRegister": "allowed (AP-2): fabrikam works with contoso as Reseller & delegated administrator and adds its devices in Partner Center. | basis: capacity",
        "autopilotRemoveCustomerDevice": "refused (AP-2): Device dev-2 is one the customer added through the Microsoft Intune portal; a partner cannot remove devices the customer added itself. | remedies: contoso must grant fabrikam delegated admin privileges (accept a Reseller & delegated administrator invitation).",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "allowed (AZ-2, AZ-3): fabrikam provisioned subscription sub-1, which gave its Admin Agents Owner on it. fabrikam holds no delegated admin privileges, but removing them does not remove Azure role assignments; contoso removes the assignment to stop fabrikam. | basis: azureRoleAssignment, capacity",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "allowed (MCA-1): fabrikam works with contoso as Reseller & delegated administrator, and contoso accepted the Microsoft Customer Agreement. | basis: capacity, agreement",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "allowed (DAP-2, DAP-4): contoso removed fabrikam's admin roles, but the reseller relationship stands and has not been renegotiated: fabrikam remains responsible for support under the Cloud Reseller Agreement. Without admin roles, fabrikam opens a service request with Microsoft support on contoso's behalf. | basis: capacity",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam and contoso renegotiated their agreement; support follows the renegotiated terms. | remedies: Only the renegotiated agreement can put the support obligation back.",
      }
    `);
  });

  it("INVAR-1 an advisor, an MPSA partner and an OEM relationship", () => {
    expect(answers(one("advisor"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "autopilotProfiles": "allowed (DAP-1, AP-1): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it manage Autopilot profiles under the current Autopilot policy. | basis: roleGrant",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "allowed (DAP-1, AP-2): contoso granted fabrikam delegated admin privileges (Global Administrator for its Admin Agents), which let it remove every Autopilot device of contoso under the current Autopilot policy. | basis: roleGrant",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. Delegated admin privileges give fabrikam no access to contoso's existing Azure subscriptions. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["advisor"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Billing & payments page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Billing & payments.",
        "billing billingNotifications": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Billing notifications page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing licenses": "allowed (AOBO-1): fabrikam acts on behalf of contoso as Global Administrator; the Licenses page stays visible to partners acting on behalf. | basis: roleGrant",
        "billing products": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Products (Your products) page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Products (Your products).",
        "billing purchaseServices": "refused (AOBO-1): A partner acting on behalf of the customer does not get the Purchase services page of the Billing menu. | remedies: fabrikam buys and manages contoso's subscriptions in Partner Center. A Billing Administrator of contoso signed in with their own account sees Purchase services.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "holdsGlobalAdministrator": "allowed (INVAR-1, DAP-1): contoso granted Global Administrator to fabrikam's adminAgents by accepting an invitation for the Advisor partner type. | basis: roleGrant",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
      }
    `);
    expect(answers(one("mpsaPartner"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["mpsaPartner"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with adatum as an MPSA partner.",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
      }
    `);
    expect(answers(one("oem"))).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotRegister": "allowed (AP-4): fabrikam is an OEM PC partner of contoso: it registers devices in the Autopilot service, which ties hardware hashes to the tenant, without any permission in the tenant. | basis: capacity",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "not provisioned: relationship.capacities: expected a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller), found ["oem"] (AZ-2).",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): fabrikam has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, DAP-2): contoso has not granted Global Administrator to fabrikam, or has removed its admin roles. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): fabrikam is no reseller of contoso: the Cloud Reseller Agreement does not apply. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
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
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "no subscription: no relationship in force",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): The relationship between contoso and fabrikam has ended. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "refused (DAP-4): The relationship between contoso and fabrikam has ended. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): The relationship between contoso and fabrikam has ended. | remedies: fabrikam owes support under the Cloud Reseller Agreement only as a reseller.",
      }
    `);
    expect(
      answers([accept("resellerAndDelegatedAdministrator", { partner: OTHER_PARTNER }).relationship]),
    ).toMatchInlineSnapshot(`
      {
        "autopilotPartnerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotProfiles": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "autopilotRegister": "refused (AP-4): fabrikam works with contoso neither as an OEM PC partner nor as a reseller. | remedies: contoso must accept an OEM PC partner or a reseller invitation from fabrikam.",
        "autopilotRemoveCustomerDevice": "refused (AP-1): fabrikam has neither a reseller relationship with contoso nor delegated admin privileges. | remedies: contoso must accept a reseller invitation from fabrikam.",
        "azureOwnSubscription": "refused (AZ-1): fabrikam holds no Azure role on subscription sub-own. | remedies: A customer admin of contoso must assign fabrikam's Admin Agents the Owner or Contributor role on subscription sub-own.",
        "azureProvisioned": "no subscription: no relationship in force",
        "billing billingAndPayments": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing billingNotifications": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing licenses": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing products": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "billing purchaseServices": "refused (AOBO-1, INVAR-1): fabrikam holds no delegated role in contoso that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on contoso's behalf. | remedies: contoso must grant fabrikam delegated admin privileges.",
        "canTransact": "refused (MCA-1): the partner has no reseller relationship in force with contoso. | remedies: contoso must accept a reseller invitation from the partner.",
        "holdsGlobalAdministrator": "refused (INVAR-1, REL-1): fabrikam has no relationship in force with contoso. | remedies: contoso must accept an invitation from fabrikam that requests Global Administrator.",
        "mpsaOthersPurchases": "refused (MPSA-1): fabrikam is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. adatum is not an MPSA partner of contoso; the MPSA setting touches only MPSA partners. | remedies: contoso must work with fabrikam as an MPSA partner. contoso must work with adatum as an MPSA partner.",
        "owesSupport": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
        "owesSupportRenegotiated": "refused (DAP-4): There is no relationship between the customer and the partner. | remedies: The partner owes support under the Cloud Reseller Agreement only as a reseller.",
      }
    `);
  });
});
