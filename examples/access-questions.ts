/**
 * Access questions with reasons: who may do what, and why. Prints, for one customer and
 * its partner, the answers a UI or an audit log would show: Azure subscriptions,
 * Windows Autopilot, admin on behalf of, and briefly purchases (MCA-1), support (DAP-4)
 * and the partner relationships view (ACT-2, DAP-3).
 *
 * Run it with `npm run example`.
 */
import {
  type AutopilotDevice,
  type AzureSubscription,
  acceptInvitation,
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
  canTransact,
  type Decision,
  DOMAIN_NAME_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
  listRoleMembers,
  owesSupport,
  type PartnerUser,
  POLICY_EDITIONS,
  partnerRelationshipsView,
  provisionSubscription,
  removeAdminRoles,
  removeAzureRoleAssignment,
  sendInvitation,
} from "partner-relationships";
import { heading } from "./print.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);

const kim: CustomerUser = { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] };
const lee: CustomerUser = { kind: "customerUser", id: "lee", tenant: "contoso", roles: [BILLING_ADMINISTRATOR] };
const dana: CustomerUser = {
  kind: "customerUser",
  id: "dana",
  tenant: "contoso",
  roles: [DOMAIN_NAME_ADMINISTRATOR, BILLING_ADMINISTRATOR],
};
const ana: PartnerUser = { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] };
const otto: PartnerUser = { kind: "partnerUser", id: "otto", partner: "litware", roles: ["adminAgent"] };

function show(question: string, decision: Decision): void {
  console.log(`  ${decision.allowed ? "yes" : "no "}  ${question}  [${decision.rules.join(", ")}]`);
  for (const reason of decision.reasons) console.log(`         because: ${reason}`);
  for (const remedy of decision.remedies) console.log(`         to allow: ${remedy}`);
}

/** Prints the access questions of a small story, with their reasons. */
export function accessQuestions(): void {
  heading(
    "Access questions with reasons",
    "What Fabrikam may do in Contoso's tenant, and why: each answer with its rules, reasons and what would allow it.",
  );
  // Contoso accepts Fabrikam as Reseller & delegated administrator, and Litware as its OEM.
  const invited = sendInvitation({
    id: "inv-1",
    customer: "contoso",
    partner: "fabrikam",
    type: "resellerAndDelegatedAdministrator",
    by: ana,
    at: T0,
  })._unsafeUnwrap();
  const { relationship, agreement } = acceptInvitation(invited, {
    by: kim,
    at: T0 + DAY,
    agreementAcknowledged: true,
  })._unsafeUnwrap();
  const oemInvitation = sendInvitation({
    id: "inv-2",
    customer: "contoso",
    partner: "litware",
    type: "oem",
    by: otto,
    at: T0,
  });
  const oem = acceptInvitation(oemInvitation._unsafeUnwrap(), {
    by: kim,
    at: T0 + DAY,
    agreementAcknowledged: true,
  })._unsafeUnwrap().relationship;

  console.log("\nPurchases (MCA-1)");
  show("may Fabrikam purchase for Contoso?", canTransact({ relationship, agreement }));
  show(
    "…had Contoso not accepted the agreement?",
    canTransact({ relationship, agreement: agreementNotAccepted("contoso") }),
  );

  console.log("\nAzure subscriptions (AZ-1…AZ-3)");
  const own: AzureSubscription = {
    id: "contoso-own",
    customer: "contoso",
    roleAssignments: [{ principal: { kind: "user", user: "kim" }, role: "Owner", assignedAt: T0 }],
    updatedAt: T0,
  };
  show("may Fabrikam manage Contoso's existing subscription?", canManageSubscription(own, "fabrikam", [relationship]));
  const provisioned = provisionSubscription({
    id: "sub-42",
    relationship,
    agreement,
    by: ana,
    at: T0 + 2 * DAY,
  })._unsafeUnwrap();
  show(
    "may Fabrikam manage sub-42, which it provisioned?",
    canManageSubscription(provisioned, "fabrikam", [relationship]),
  );
  const withoutRoles = removeAdminRoles(relationship, { by: kim, at: T0 + 3 * DAY })._unsafeUnwrap();
  show(
    "…after Contoso removed Fabrikam's admin roles?",
    canManageSubscription(provisioned, "fabrikam", [withoutRoles]),
  );
  const cleaned = removeAzureRoleAssignment(provisioned, {
    principal: { kind: "partnerAdminAgents", partner: "fabrikam" },
    role: "Owner",
    by: kim,
    at: T0 + 4 * DAY,
  })._unsafeUnwrap();
  show("…after Contoso removed the Owner assignment too?", canManageSubscription(cleaned, "fabrikam", [withoutRoles]));

  console.log("\nSupport (DAP-4)");
  show("does Fabrikam still owe Contoso support?", owesSupport({ relationship: withoutRoles, renegotiated: false }));

  console.log("\nWindows Autopilot (AP-1…AP-4), Fabrikam without admin roles");
  const query = { partner: "fabrikam", customer: "contoso", relationships: [withoutRoles, oem] };
  const own1: AutopilotDevice = { id: "pc-1", customer: "contoso", addedBy: { kind: "partner", partner: "fabrikam" } };
  const oem2: AutopilotDevice = { id: "pc-2", customer: "contoso", addedBy: { kind: "oem", partner: "litware" } };
  const intune3: AutopilotDevice = {
    id: "pc-3",
    customer: "contoso",
    addedBy: { kind: "customer", channel: "intune" },
  };
  for (const policy of [POLICY_EDITIONS.current, POLICY_EDITIONS["announced-autopilot"]]) {
    console.log(` ${policy.autopilot} policy:`);
    show("manage Autopilot profiles?", canManageAutopilotProfiles(query, policy));
    for (const device of [own1, oem2, intune3]) {
      show(`manage ${device.id}?`, canManageDevice({ ...query, device }, policy));
      show(`remove ${device.id}?`, canRemoveDevice({ ...query, device }, policy));
    }
  }
  show("may Litware (OEM) register devices?", canRegisterDevices({ ...query, partner: "litware" }));

  console.log("\nAdmin on behalf of (AOBO-1, AOBO-2), Fabrikam with admin roles");
  for (const page of Object.keys(BILLING_PAGES) as BillingPage[])
    show(
      `see ${BILLING_PAGES[page].displayName}?`,
      canSeeBillingPage({ partner: "fabrikam", customer: "contoso", page, relationships: [relationship] }),
    );
  show("may Fabrikam's agent manage domain subscriptions?", canManageDomainSubscriptions(ana, "contoso"));
  show("may Dana (Domain Name + Billing Administrator)?", canManageDomainSubscriptions(dana, "contoso"));

  console.log("\nWho holds Global Administrator in Contoso? (ACT-2, DAP-3)");
  const members = listRoleMembers([{ role: GLOBAL_ADMINISTRATOR, principal: "kim" }], GLOBAL_ADMINISTRATOR);
  console.log(`  role members (Entra, Graph, PowerShell): ${members.join(", ")}`);
  const view = partnerRelationshipsView(kim, "contoso", [relationship, oem])._unsafeUnwrap();
  for (const entry of view.partners)
    console.log(
      `  partner relationships view: ${entry.partner}, delegated admin: ${entry.delegatedAdmin ? "yes" : "no"}`,
    );
  partnerRelationshipsView(lee, "contoso", [relationship]).mapErr((error) =>
    console.log(`  Lee, a Billing Administrator, may not look: ${error.message}`),
  );
}
