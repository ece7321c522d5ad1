/**
 * The story behind test/fixtures/v1/events.json and state.json: a deterministic history
 * run through `decide` and `evolve` (the real steps), touching every area: invitations,
 * the agreement, relationships, GDAP relationships and access assignments, Azure,
 * Autopilot and MPSA. Every command is accepted. The fixtures are stored data of schema
 * version 1: they are not regenerated when the domain changes (a new schema version adds
 * test/fixtures/v2/ from `storyDocuments()`).
 */
import {
  type Actor,
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  initialState,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { type DocumentJson, documentToJson, toDocument } from "partner-relationships/codec";

const at = (day: number, hour = 9): number => Date.UTC(2026, 0, day, hour);
const ana: Actor = { kind: "partnerUser", id: "ana@fabrikam.example", partner: "fabrikam", roles: ["adminAgent"] };
const kim: Actor = {
  kind: "customerUser",
  id: "kim@contoso.example",
  tenant: "contoso",
  roles: [GLOBAL_ADMINISTRATOR],
};
const lee: Actor = {
  kind: "customerUser",
  id: "lee@northwind.example",
  tenant: "northwind",
  roles: [GLOBAL_ADMINISTRATOR],
};

/** The commands, oldest first; every one is accepted. */
export const STORY: readonly DomainCommand[] = [
  {
    type: "SendInvitation",
    at: at(5),
    id: "inv-1",
    customer: "contoso",
    partner: "fabrikam",
    partnerType: "resellerAndDelegatedAdministrator",
    by: ana,
  },
  { type: "AcceptInvitation", at: at(6), invitation: "inv-1", by: kim, agreementAcknowledged: true },
  {
    type: "SendInvitation",
    at: at(7),
    id: "inv-2",
    customer: "northwind",
    partner: "fabrikam",
    partnerType: "reseller",
    by: ana,
  },
  { type: "CancelInvitation", at: at(8), invitation: "inv-2", by: lee },
  {
    type: "SendInvitation",
    at: at(8, 10),
    id: "inv-3",
    customer: "northwind",
    partner: "fabrikam",
    partnerType: "mpsaPartner",
    by: ana,
  },
  { type: "AcceptInvitation", at: at(9), invitation: "inv-3", by: lee, agreementAcknowledged: true },
  { type: "SetMpsaPurchaseSharing", at: at(9, 11), customer: "northwind", enabled: true, by: lee },
  { type: "ProvisionAzureSubscription", at: at(10), id: "sub-1", customer: "contoso", partner: "fabrikam", by: ana },
  { type: "RecordAzureSubscription", at: at(10, 10), id: "sub-2", customer: "contoso" },
  {
    type: "AssignAzureRole",
    at: at(10, 11),
    subscription: "sub-2",
    principal: { kind: "partnerAdminAgents", partner: "fabrikam" },
    role: "Contributor",
    by: kim,
  },
  {
    type: "RegisterAutopilotDevice",
    at: at(11),
    id: "pc-1",
    customer: "contoso",
    addedBy: { kind: "partner", partner: "fabrikam" },
  },
  {
    type: "RegisterAutopilotDevice",
    at: at(11, 10),
    id: "pc-2",
    customer: "contoso",
    addedBy: { kind: "customer", channel: "intune" },
  },
  {
    type: "CreateGdapRelationship",
    at: at(12),
    id: "gdap-1",
    partner: "fabrikam",
    customer: "contoso",
    displayName: "Contoso helpdesk",
    roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    duration: "P730D",
    autoExtendDuration: "P180D",
    by: ana,
  },
  { type: "UpdateGdapRelationship", at: at(12, 10), relationship: "gdap-1", duration: "P365D", by: ana },
  { type: "LockGdapForApproval", at: at(12, 11), relationship: "gdap-1", by: ana },
  { type: "ApproveGdapRelationship", at: at(13), relationship: "gdap-1", by: kim },
  {
    type: "CreateAccessAssignment",
    at: at(13, 10),
    id: "assign-1",
    relationship: "gdap-1",
    group: "helpdesk-agents",
    roles: [HELPDESK_ADMINISTRATOR],
    by: ana,
  },
  {
    type: "UpdateAccessAssignment",
    at: at(13, 11),
    assignment: "assign-1",
    roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    by: ana,
  },
  {
    type: "CreateAccessAssignment",
    at: at(13, 12),
    id: "assign-2",
    relationship: "gdap-1",
    group: "user-admins",
    roles: [USER_ADMINISTRATOR],
    by: ana,
  },
  { type: "DeleteAccessAssignment", at: at(14), assignment: "assign-2", by: ana },
  {
    type: "CreateGdapRelationship",
    at: at(15),
    id: "gdap-2",
    partner: "fabrikam",
    displayName: "Open request",
    roles: [GLOBAL_ADMINISTRATOR],
    duration: "P90D",
    by: ana,
  },
  { type: "LockGdapForApproval", at: at(15, 10), relationship: "gdap-2", by: ana },
  { type: "ApproveGdapRelationship", at: at(16), relationship: "gdap-2", by: lee },
  { type: "TerminateGdapRelationship", at: at(20), relationship: "gdap-2", by: lee },
  {
    type: "CreateGdapRelationship",
    at: at(21),
    id: "gdap-3",
    partner: "fabrikam",
    customer: "contoso",
    displayName: "Never approved",
    roles: [USER_ADMINISTRATOR],
    duration: "P30D",
    by: ana,
  },
  { type: "AdvanceGdapRelationship", at: Date.UTC(2026, 5, 1), relationship: "gdap-3" },
  {
    type: "CreateGdapRelationship",
    at: Date.UTC(2026, 5, 2),
    id: "gdap-4",
    partner: "fabrikam",
    displayName: "Draft",
    roles: [USER_ADMINISTRATOR],
    duration: "P1D",
    by: ana,
  },
  { type: "DeleteGdapRelationship", at: Date.UTC(2026, 5, 3), relationship: "gdap-4", by: ana },
  { type: "EndRelationship", at: Date.UTC(2026, 5, 4), customer: "northwind", partner: "fabrikam", by: ana },
];

/** The story's events and state documents, through the real steps; throws if a command is refused. */
export function storyDocuments(): { readonly events: DocumentJson; readonly state: DocumentJson } {
  let state: DomainState = initialState;
  const events: DomainEvent[] = [];
  for (const command of STORY) {
    const decided = decide(command, state);
    if (decided.isErr()) throw new Error(`${command.type} refused: ${decided.error.message}`);
    for (const event of decided.value) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  return {
    events: documentToJson(toDocument("events", events)),
    state: documentToJson(toDocument("state", state)),
  };
}
