/**
 * Random command histories over the whole decider (core, GDAP, Azure, Autopilot, MPSA) in
 * a small universe, so that sequences often hit the same entities and reach deep states.
 * Time only moves forward: each command's `at` is the previous one's plus a random step.
 */

import fc from "fast-check";
import {
  type Actor,
  type CustomerUser,
  type DomainCommand,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  PARTNER_TYPE_LIST,
  type PartnerUser,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { DAY, T0 } from "./actors.js";

export const CUSTOMERS = ["contoso", "northwind"] as const;
export const PARTNERS = ["fabrikam", "adatum"] as const;

const customerAdmins: readonly CustomerUser[] = CUSTOMERS.map((tenant) => ({
  kind: "customerUser",
  id: `admin@${tenant}`,
  tenant,
  roles: [GLOBAL_ADMINISTRATOR],
}));
const partnerAgents: readonly PartnerUser[] = PARTNERS.map((partner) => ({
  kind: "partnerUser",
  id: `agent@${partner}`,
  partner,
  roles: ["adminAgent"],
}));
const nobody: CustomerUser = { kind: "customerUser", id: "guest@contoso", tenant: "contoso", roles: [] };

// The first customer and partner most of the time, so that steps meet the entities they name.
const customer = fc.oneof(
  { weight: 5, arbitrary: fc.constant(CUSTOMERS[0]) },
  { weight: 1, arbitrary: fc.constant(CUSTOMERS[1]) },
);
const partner = fc.oneof(
  { weight: 5, arbitrary: fc.constant(PARTNERS[0]) },
  { weight: 1, arbitrary: fc.constant(PARTNERS[1]) },
);
const [contosoAdmin, northwindAdmin] = customerAdmins as [CustomerUser, CustomerUser];
const [fabrikamAgent, adatumAgent] = partnerAgents as [PartnerUser, PartnerUser];
const customerActor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(contosoAdmin) },
  { weight: 2, arbitrary: fc.constant(northwindAdmin) },
  { weight: 1, arbitrary: fc.constantFrom<Actor>(nobody, ...partnerAgents) },
);
const partnerActor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(fabrikamAgent) },
  { weight: 2, arbitrary: fc.constant(adatumAgent) },
  { weight: 1, arbitrary: fc.constantFrom<Actor>(nobody, ...customerAdmins) },
);
const anyActor: fc.Arbitrary<Actor> = fc.oneof(customerActor, partnerActor);
const invitation = fc.constantFrom("i0", "i1");
const gdap = fc.constantFrom("g0", "g1");
const assignment = fc.constantFrom("a0", "a1");
const subscription = fc.constantFrom("s0", "s1");
const device = fc.constantFrom("d0", "d1", "d2");
const gdapRoles = fc.subarray([GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], { minLength: 1 });

type Untimed<C> = C extends unknown ? Omit<C, "at"> : never;

const untimed: fc.Arbitrary<Untimed<DomainCommand>> = fc.oneof(
  { depthSize: "small" },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant("SendInvitation" as const),
      id: invitation,
      customer,
      partner,
      partnerType: fc.constantFrom(...PARTNER_TYPE_LIST.filter((type) => type !== "gdap" && type !== "partner")),
      by: partnerActor,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant("AcceptInvitation" as const),
      invitation,
      by: customerActor,
      agreementAcknowledged: fc.oneof(
        { weight: 5, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("CancelInvitation" as const), invitation, by: customerActor }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("ExpireInvitation" as const), invitation }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("AcceptAgreement" as const),
      customer,
      by: customerActor,
      acknowledged: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("RemoveAdminRoles" as const, "DeleteRelationship" as const),
      customer,
      partner,
      by: customerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("EndRelationship" as const), customer, partner, by: partnerActor }),
  },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constant("CreateGdapRelationship" as const),
        id: gdap,
        partner,
        customer,
        displayName: fc.constantFrom("Helpdesk", "Users", "Everything"),
        roles: gdapRoles,
        duration: fc.constantFrom("P1D", "P30D", "P90D", "P2Y", "P731D"),
        autoExtendDuration: fc.constantFrom("PT0S", "P180D"),
        by: partnerActor,
      },
      { requiredKeys: ["type", "id", "partner", "displayName", "roles", "duration", "by"] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("UpdateGdapRelationship" as const),
      relationship: gdap,
      duration: fc.constantFrom("P10D", "P180D"),
      by: partnerActor,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant("LockGdapForApproval" as const), relationship: gdap, by: partnerActor }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("DeleteGdapRelationship" as const, "RemoveGdapGlobalAdministrator" as const),
      relationship: gdap,
      by: partnerActor,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant("ApproveGdapRelationship" as const),
      relationship: gdap,
      by: customerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("TerminateGdapRelationship" as const), relationship: gdap, by: anyActor }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("SetGdapAutoExtend" as const),
      relationship: gdap,
      autoExtendDuration: fc.constantFrom("PT0S", "P180D"),
      by: partnerActor,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("AdvanceGdapRelationship" as const), relationship: gdap }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("CreateAccessAssignment" as const),
      id: assignment,
      relationship: gdap,
      group: fc.constantFrom("helpdesk-agents", "admin-agents"),
      roles: gdapRoles,
      by: partnerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("UpdateAccessAssignment" as const),
      assignment,
      roles: gdapRoles,
      by: partnerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("DeleteAccessAssignment" as const), assignment, by: partnerActor }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant("RecordAzureSubscription" as const), id: subscription, customer }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("ProvisionAzureSubscription" as const),
      id: subscription,
      customer,
      partner,
      by: partnerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("AssignAzureRole" as const, "RemoveAzureRoleAssignment" as const),
      subscription,
      principal: partner.map((p) => ({ kind: "partnerAdminAgents" as const, partner: p })),
      role: fc.constantFrom("Owner" as const, "Contributor" as const),
      by: customerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("RegisterAutopilotDevice" as const),
      id: device,
      customer,
      addedBy: fc.oneof(
        partner.map((p) => ({ kind: "partner" as const, partner: p })),
        partner.map((p) => ({ kind: "oem" as const, partner: p })),
        fc.constant({ kind: "customer" as const, channel: "intune" as const }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("SetMpsaPurchaseSharing" as const),
      customer,
      enabled: fc.boolean(),
      by: customerActor,
    }),
  },
);

// Mostly hours or days apart, sometimes long enough for invitations, requests and relationships to expire.
const gap = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: 1, max: DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 800 * DAY }) },
);

/** A history: commands with strictly increasing times, from T0. */
export const domainHistoryArb: fc.Arbitrary<readonly DomainCommand[]> = fc
  .array(fc.tuple(untimed, gap), { minLength: 5, maxLength: 60, size: "medium" })
  .map((steps) => {
    let at = T0;
    return steps.map(([command, gap]) => {
      at += gap;
      return { ...command, at } as DomainCommand;
    });
  });
