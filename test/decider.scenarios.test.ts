/**
 * One scripted history through `decide` and `evolve` in which every command type is
 * accepted, whatever FC_NUM_RUNS says (the random histories meet some types rarely: the
 * mutation run of the decider found GDAP and fact commands checked only in passing), and
 * `evolve` given events that do not fit the state: it changes nothing (INVAR-2, INVAR-3).
 */

import { ok } from "neverthrow";
import {
  accessAssignmentsOf,
  allRelationships,
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  gdapRelationshipsOf,
  HELPDESK_ADMINISTRATOR,
  initialState,
  replay,
  replayChecked,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  OTHER_PARTNER,
  otherPartnerAgent,
  PARTNER,
  T0,
} from "./support/actors.js";

const by = adminAgent;
const gdap = (id: string, roles: readonly string[], at: number): DomainCommand => ({
  type: "CreateGdapRelationship",
  id,
  partner: PARTNER,
  customer: CUSTOMER,
  displayName: `Contoso ${id}`,
  roles,
  duration: "P730D",
  by,
  at,
});
const approve = (relationship: string, at: number): DomainCommand[] => [
  { type: "LockGdapForApproval", relationship, by, at },
  { type: "ApproveGdapRelationship", relationship, by: globalAdmin, at: at + 1 },
];

const SCRIPT: readonly DomainCommand[] = [
  { type: "SendInvitation", id: "inv-1", customer: CUSTOMER, partner: PARTNER, partnerType: "reseller", by, at: T0 },
  { type: "AcceptInvitation", invitation: "inv-1", by: globalAdmin, agreementAcknowledged: true, at: T0 + DAY },
  { type: "AcceptAgreement", customer: CUSTOMER, by: globalAdmin, acknowledged: true, at: T0 + DAY },
  { type: "RemoveAdminRoles", customer: CUSTOMER, partner: PARTNER, by: globalAdmin, at: T0 + DAY },
  {
    type: "SendInvitation",
    id: "inv-2",
    customer: CUSTOMER,
    partner: PARTNER,
    partnerType: "advisor",
    by,
    at: T0 + DAY,
  },
  { type: "CancelInvitation", invitation: "inv-2", by: globalAdmin, at: T0 + 2 * DAY },
  {
    type: "SendInvitation",
    id: "inv-3",
    customer: CUSTOMER,
    partner: PARTNER,
    partnerType: "advisor",
    by,
    at: T0 + DAY,
  },
  { type: "ExpireInvitation", invitation: "inv-3", at: T0 + 91 * DAY },
  {
    type: "SendInvitation",
    id: "inv-4",
    customer: CUSTOMER,
    partner: OTHER_PARTNER,
    partnerType: "delegatedAdministrator",
    by: otherPartnerAgent,
    at: T0,
  },
  { type: "AcceptInvitation", invitation: "inv-4", by: globalAdmin, agreementAcknowledged: true, at: T0 + DAY },
  { type: "RemoveAdminRoles", customer: CUSTOMER, partner: OTHER_PARTNER, by: globalAdmin, at: T0 + 2 * DAY },
  { type: "DeleteRelationship", customer: CUSTOMER, partner: OTHER_PARTNER, by: globalAdmin, at: T0 + 3 * DAY },
  gdap("rel-1", [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], T0),
  { type: "UpdateGdapRelationship", relationship: "rel-1", displayName: "Contoso helpdesk", by, at: T0 + 1 },
  ...approve("rel-1", T0 + DAY),
  { type: "SetGdapAutoExtend", relationship: "rel-1", autoExtendDuration: "P180D", by, at: T0 + 2 * DAY },
  {
    type: "CreateAccessAssignment",
    id: "a-1",
    relationship: "rel-1",
    group: "helpdesk-agents",
    roles: [HELPDESK_ADMINISTRATOR],
    by,
    at: T0 + 3 * DAY,
  },
  { type: "UpdateAccessAssignment", assignment: "a-1", roles: [USER_ADMINISTRATOR], by, at: T0 + 4 * DAY },
  { type: "DeleteAccessAssignment", assignment: "a-1", by, at: T0 + 5 * DAY },
  {
    type: "CreateAccessAssignment",
    id: "a-2",
    relationship: "rel-1",
    group: "user-admins",
    roles: [USER_ADMINISTRATOR],
    by,
    at: T0 + 5 * DAY,
  },
  gdap("rel-2", [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR], T0),
  ...approve("rel-2", T0 + DAY),
  { type: "RemoveGdapGlobalAdministrator", relationship: "rel-2", by, at: T0 + 3 * DAY },
  { type: "TerminateGdapRelationship", relationship: "rel-2", by, at: T0 + 4 * DAY },
  gdap("rel-3", [HELPDESK_ADMINISTRATOR], T0),
  { type: "DeleteGdapRelationship", relationship: "rel-3", by, at: T0 + DAY },
  { type: "AdvanceGdapRelationship", relationship: "rel-1", at: T0 + 800 * DAY },
  { type: "RecordAzureSubscription", id: "sub-1", customer: CUSTOMER, at: T0 + DAY },
  {
    type: "AssignAzureRole",
    subscription: "sub-1",
    principal: { kind: "partnerAdminAgents", partner: PARTNER },
    role: "Contributor",
    by: globalAdmin,
    at: T0 + 2 * DAY,
  },
  {
    type: "AssignAzureRole",
    subscription: "sub-1",
    principal: { kind: "partnerAdminAgents", partner: PARTNER },
    role: "Contributor",
    by: globalAdmin,
    at: T0 + 3 * DAY,
  },
  {
    type: "RemoveAzureRoleAssignment",
    subscription: "sub-1",
    principal: { kind: "partnerAdminAgents", partner: PARTNER },
    role: "Contributor",
    by: globalAdmin,
    at: T0 + 4 * DAY,
  },
  { type: "ProvisionAzureSubscription", id: "sub-2", customer: CUSTOMER, partner: PARTNER, by, at: T0 + 5 * DAY },
  {
    type: "RegisterAutopilotDevice",
    id: "dev-1",
    customer: CUSTOMER,
    addedBy: { kind: "partner", partner: PARTNER },
    at: T0 + 5 * DAY,
  },
  { type: "SetMpsaPurchaseSharing", customer: CUSTOMER, enabled: true, by: globalAdmin, at: T0 + 5 * DAY },
  { type: "SetMpsaPurchaseSharing", customer: CUSTOMER, enabled: true, by: globalAdmin, at: T0 + 6 * DAY },
  { type: "EndRelationship", customer: CUSTOMER, partner: PARTNER, by, at: T0 + 900 * DAY },
];

function run(commands: readonly DomainCommand[]) {
  let state: DomainState = initialState;
  const events: DomainEvent[] = [];
  const produced: string[] = [];
  for (const command of commands) {
    const decided = decide(command, state);
    if (decided.isErr()) throw new Error(`${command.type} refused: ${decided.error.message}`);
    produced.push(`${command.type} → ${decided.value.map((event) => event.type).join(", ") || "nothing"}`);
    events.push(...decided.value);
    state = decided.value.reduce(evolve, state);
  }
  return { state, events, produced };
}

describe("a history in which every command type is accepted", () => {
  // Run inside each test, not when the file is collected: mutation testing counts only
  // what a test itself runs as covered by it.

  it("INVAR-5 every command produces its events, or none when nothing changes", () => {
    const { produced } = run(SCRIPT);
    expect(produced).toMatchInlineSnapshot(`
      [
        "SendInvitation → InvitationSent",
        "AcceptInvitation → InvitationAccepted",
        "AcceptAgreement → nothing",
        "RemoveAdminRoles → nothing",
        "SendInvitation → InvitationSent",
        "CancelInvitation → InvitationCancelled",
        "SendInvitation → InvitationSent",
        "ExpireInvitation → InvitationExpired",
        "SendInvitation → InvitationSent",
        "AcceptInvitation → InvitationAccepted",
        "RemoveAdminRoles → AdminRolesRemoved",
        "DeleteRelationship → RelationshipDeleted",
        "CreateGdapRelationship → GdapRelationshipCreated",
        "UpdateGdapRelationship → GdapRelationshipUpdated",
        "LockGdapForApproval → GdapRelationshipLockedForApproval",
        "ApproveGdapRelationship → GdapRelationshipApproved",
        "SetGdapAutoExtend → GdapAutoExtendSet",
        "CreateAccessAssignment → AccessAssignmentCreated",
        "UpdateAccessAssignment → AccessAssignmentUpdated",
        "DeleteAccessAssignment → AccessAssignmentDeleted",
        "CreateAccessAssignment → AccessAssignmentCreated",
        "CreateGdapRelationship → GdapRelationshipCreated",
        "LockGdapForApproval → GdapRelationshipLockedForApproval",
        "ApproveGdapRelationship → GdapRelationshipApproved",
        "RemoveGdapGlobalAdministrator → GdapGlobalAdministratorRemoved",
        "TerminateGdapRelationship → GdapRelationshipTerminated",
        "CreateGdapRelationship → GdapRelationshipCreated",
        "DeleteGdapRelationship → GdapRelationshipDeleted",
        "AdvanceGdapRelationship → GdapRelationshipAdvanced",
        "RecordAzureSubscription → AzureSubscriptionRecorded",
        "AssignAzureRole → AzureRoleAssigned",
        "AssignAzureRole → nothing",
        "RemoveAzureRoleAssignment → AzureRoleAssignmentRemoved",
        "ProvisionAzureSubscription → AzureSubscriptionProvisioned",
        "RegisterAutopilotDevice → AutopilotDeviceRegistered",
        "SetMpsaPurchaseSharing → MpsaPurchaseSharingSet",
        "SetMpsaPurchaseSharing → nothing",
        "EndRelationship → RelationshipEndedByPartner",
      ]
    `);
  });

  it("INVAR-5 replaying the events gives the state, and the state answers for each entity", () => {
    const { state, events } = run(SCRIPT);
    expect(replay(events)).toEqual(state);
    // INVAR-7: the checking replay sets none of the steps' events aside.
    expect(replayChecked(events).mapErr((rejected) => rejected.setAside)).toEqual(ok(state));
    expect(
      allRelationships(state).map((r) => `${r.partner}: ${r.status}${r.status === "ended" ? ` by ${r.endedBy}` : ""}`),
    ).toEqual(["fabrikam: ended by partner", "adatum: ended by customer"]);
    expect([...state.invitations.values()].map((i) => `${i.id} ${i.status}`)).toEqual([
      "inv-1 accepted",
      "inv-2 cancelled",
      "inv-3 expired",
      "inv-4 accepted",
    ]);
    expect(gdapRelationshipsOf(state, PARTNER).map((r) => `${r.id} ${r.status} ${r.roles.length}`)).toEqual([
      "rel-1 active 2",
      "rel-2 terminated 1",
    ]);
    expect(gdapRelationshipsOf(state, OTHER_PARTNER)).toEqual([]);
    expect(accessAssignmentsOf(state, "rel-1").map((a) => `${a.id} ${a.status} ${a.roles.join(",")}`)).toEqual([
      `a-1 deleted ${USER_ADMINISTRATOR}`,
      `a-2 active ${USER_ADMINISTRATOR}`,
    ]);
    expect(accessAssignmentsOf(state, "rel-2")).toEqual([]);
    expect(state.azureSubscriptions.get("sub-1")?.roleAssignments).toEqual([]);
    expect(state.autopilotDevices.get("dev-1")?.addedBy).toEqual({ kind: "partner", partner: PARTNER });
    expect(state.mpsaSharing.get(CUSTOMER)).toMatchObject({ enabled: true, changed: { at: T0 + 5 * DAY } });
  });

  it("GDAP-1 GDAP-6 a command on an entity in the wrong status names the step and the statuses it needs", () => {
    const { state } = run(SCRIPT);
    const at = T0 + 950 * DAY;
    const refusal = (command: DomainCommand): string =>
      decide(command, state).match(
        (produced) => `accepted: ${produced.map((event) => event.type).join(", ")}`,
        (error) => error.message,
      );
    expect({
      update: refusal({ type: "UpdateGdapRelationship", relationship: "rel-1", displayName: "x", by, at }),
      delete: refusal({ type: "DeleteGdapRelationship", relationship: "rel-1", by, at }),
      lock: refusal({ type: "LockGdapForApproval", relationship: "rel-1", by, at }),
      approve: refusal({ type: "ApproveGdapRelationship", relationship: "rel-1", by: globalAdmin, at }),
      terminate: refusal({ type: "TerminateGdapRelationship", relationship: "rel-2", by, at }),
      removeGlobalAdministrator: refusal({ type: "RemoveGdapGlobalAdministrator", relationship: "rel-2", by, at }),
      autoExtend: refusal({ type: "SetGdapAutoExtend", relationship: "rel-2", autoExtendDuration: "PT0S", by, at }),
      assign: refusal({
        type: "CreateAccessAssignment",
        id: "a-9",
        relationship: "rel-2",
        group: "g",
        roles: [HELPDESK_ADMINISTRATOR],
        by,
        at,
      }),
      updateDeleted: refusal({
        type: "UpdateAccessAssignment",
        assignment: "a-1",
        roles: [USER_ADMINISTRATOR],
        by,
        at,
      }),
      deleteDeleted: refusal({ type: "DeleteAccessAssignment", assignment: "a-1", by, at }),
      updateUnknown: refusal({
        type: "UpdateAccessAssignment",
        assignment: "a-9",
        roles: [USER_ADMINISTRATOR],
        by,
        at,
      }),
      expireAnswered: refusal({ type: "ExpireInvitation", invitation: "inv-1", at }),
      provisionWithoutRelationship: refusal({
        type: "ProvisionAzureSubscription",
        id: "sub-9",
        customer: "northwind",
        partner: PARTNER,
        by,
        at,
      }),
      deviceAgain: refusal({
        type: "RegisterAutopilotDevice",
        id: "dev-1",
        customer: CUSTOMER,
        addedBy: { kind: "partner", partner: PARTNER },
        at,
      }),
    }).toMatchInlineSnapshot(`
      {
        "approve": "approveGdapRelationship needs a GDAP relationship that is approvalPending, but rel-1 is active (GDAP-1).",
        "assign": "createAccessAssignment needs a GDAP relationship that is active, but rel-2 is terminated; a terminated relationship is final and never changes again (GDAP-1).",
        "autoExtend": "setGdapAutoExtend needs a GDAP relationship that is active, but rel-2 is terminated; a terminated relationship is final and never changes again (GDAP-1).",
        "delete": "deleteGdapRelationship needs a GDAP relationship that is created, but rel-1 is active (GDAP-1).",
        "deleteDeleted": "deleteAccessAssignment needs an access assignment that is pending or active or error, but a-1 is deleted; a deleted assignment is final (GDAP-6).",
        "deviceAgain": "id: expected the ID of no Autopilot device in the state, found "dev-1" (AP-2).",
        "expireAnswered": "Invitation inv-1 is accepted and never changes again (INV-1).",
        "lock": "lockGdapForApproval needs a GDAP relationship that is created, but rel-1 is active (GDAP-1).",
        "provisionWithoutRelationship": "customer: expected a customer with a relationship with fabrikam, found "northwind" (AZ-2).",
        "removeGlobalAdministrator": "removeGlobalAdministrator needs a GDAP relationship that is active, but rel-2 is terminated; a terminated relationship is final and never changes again (GDAP-1).",
        "terminate": "terminateGdapRelationship needs a GDAP relationship that is active, but rel-2 is terminated; a terminated relationship is final and never changes again (GDAP-1).",
        "update": "updateGdapRelationship needs a GDAP relationship that is created, but rel-1 is active (GDAP-1).",
        "updateDeleted": "updateAccessAssignment needs an access assignment that is active, but a-1 is deleted; a deleted assignment is final (GDAP-6).",
        "updateUnknown": "assignment: expected the ID of an access assignment in the state, found "a-9" (GDAP-6).",
      }
    `);
  });

  it("INVAR-2 INVAR-3 evolve leaves the state as it was for events that do not fit it", () => {
    const { state, events } = run(SCRIPT);
    const at = T0 + 1000 * DAY;
    const first = (type: DomainEvent["type"]) => {
      const event = events.find((candidate) => candidate.type === type);
      if (event === undefined) throw new Error(`no ${type} in the history`);
      return event;
    };
    const unfit: Record<string, unknown> = {
      "an invitation sent again": first("InvitationSent"),
      "an answered invitation accepted": first("InvitationAccepted"),
      "an answered invitation cancelled": first("InvitationCancelled"),
      "an answered invitation expired": first("InvitationExpired"),
      "an agreement accepted again": { type: "AgreementAccepted", at, customer: CUSTOMER, by: "someone-else" },
      "an agreement without its customer": { type: "AgreementAccepted", at, customer: 7, by: "kim" },
      "an agreement without who accepted it": { type: "AgreementAccepted", at, customer: "northwind", by: null },
      "roles removed from an ended relationship": {
        type: "AdminRolesRemoved",
        at,
        customer: CUSTOMER,
        partner: PARTNER,
      },
      "an ended relationship deleted": {
        type: "RelationshipDeleted",
        at,
        customer: CUSTOMER,
        partner: PARTNER,
        by: "kim",
      },
      "an approved GDAP relationship deleted": {
        type: "GdapRelationshipDeleted",
        at,
        relationship: "rel-1",
        by: "ana",
      },
      "a deleted assignment updated": { ...first("AccessAssignmentUpdated"), at },
      "an assignment event without its assignment": { type: "AccessAssignmentCreated", at },
      "a terminated GDAP relationship changed": {
        type: "GdapRelationshipUpdated",
        at,
        relationship: { ...first("GdapRelationshipTerminated"), status: "active" },
      },
      "a GDAP event without its relationship": { type: "GdapRelationshipApproved", at },
      "a device event without its device": { type: "AutopilotDeviceRegistered", at },
      "a sharing event without its customer": { type: "MpsaPurchaseSharingSet", at, setting: { enabled: true } },
      "an Azure event without its subscription": { type: "AzureRoleAssigned", at, subscription: "sub-1" },
      "an event of no known type": { type: "Teleported", at },
      "no event at all": null,
    };
    const changed = Object.entries(unfit)
      .filter(([, event]) => evolve(state, event as DomainEvent) !== state)
      .map(([name]) => name);
    expect(changed).toEqual([]);
  });
});
