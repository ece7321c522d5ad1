/**
 * What the decider says when a command names something the state does not hold, or
 * reuses an ID it holds (INVAR-3): each refusal names its rule, path and expectation.
 * The mutation run of the decider found these checked by code only (docs/quality.md).
 */
import {
  type DomainCommand,
  type DomainError,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  initialState,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, PARTNER, T0 } from "./support/actors.js";

/** Decides and applies each command in turn; every one must be accepted. */
function build(commands: readonly DomainCommand[]): DomainState {
  return commands.reduce((state, command) => {
    const events = decide(command, state)._unsafeUnwrap();
    return events.reduce(evolve, state);
  }, initialState);
}

/** The refusal of a command, reduced to what says where and why. */
function refusal(command: DomainCommand, state: DomainState = initialState): string {
  const error: DomainError = decide(command, state)._unsafeUnwrapErr();
  return error.code === "invalid_input"
    ? `${error.rule} ${error.path}: ${error.expected}`
    : `${error.rule} ${error.code}`;
}

const by = adminAgent;
const at = T0 + 3 * DAY;

describe("commands that name what the state does not hold", () => {
  it("INVAR-3 each names the rule of its step, the path and what it expected", () => {
    const relationship = "rel-9";
    const refusals = {
      AcceptInvitation: refusal({
        type: "AcceptInvitation",
        invitation: "inv-9",
        by: globalAdmin,
        agreementAcknowledged: true,
        at,
      }),
      CancelInvitation: refusal({ type: "CancelInvitation", invitation: "inv-9", by: globalAdmin, at }),
      ExpireInvitation: refusal({ type: "ExpireInvitation", invitation: "inv-9", at }),
      RemoveAdminRoles: refusal({
        type: "RemoveAdminRoles",
        customer: CUSTOMER,
        partner: PARTNER,
        by: globalAdmin,
        at,
      }),
      DeleteRelationship: refusal({
        type: "DeleteRelationship",
        customer: CUSTOMER,
        partner: PARTNER,
        by: globalAdmin,
        at,
      }),
      EndRelationship: refusal({ type: "EndRelationship", customer: CUSTOMER, partner: PARTNER, by, at }),
      UpdateGdapRelationship: refusal({ type: "UpdateGdapRelationship", relationship, by, at }),
      DeleteGdapRelationship: refusal({ type: "DeleteGdapRelationship", relationship, by, at }),
      LockGdapForApproval: refusal({ type: "LockGdapForApproval", relationship, by, at }),
      ApproveGdapRelationship: refusal({ type: "ApproveGdapRelationship", relationship, by: globalAdmin, at }),
      TerminateGdapRelationship: refusal({ type: "TerminateGdapRelationship", relationship, by, at }),
      RemoveGdapGlobalAdministrator: refusal({ type: "RemoveGdapGlobalAdministrator", relationship, by, at }),
      SetGdapAutoExtend: refusal({ type: "SetGdapAutoExtend", relationship, autoExtendDuration: "P180D", by, at }),
      AdvanceGdapRelationship: refusal({ type: "AdvanceGdapRelationship", relationship, at }),
      CreateAccessAssignment: refusal({
        type: "CreateAccessAssignment",
        id: "a-1",
        relationship,
        group: "g",
        roles: [HELPDESK_ADMINISTRATOR],
        by,
        at,
      }),
      UpdateAccessAssignment: refusal({
        type: "UpdateAccessAssignment",
        assignment: "a-9",
        roles: [HELPDESK_ADMINISTRATOR],
        by,
        at,
      }),
      DeleteAccessAssignment: refusal({ type: "DeleteAccessAssignment", assignment: "a-9", by, at }),
      ProvisionAzureSubscription: refusal({
        type: "ProvisionAzureSubscription",
        id: "sub-1",
        customer: CUSTOMER,
        partner: PARTNER,
        by,
        at,
      }),
      AssignAzureRole: refusal({
        type: "AssignAzureRole",
        subscription: "sub-9",
        principal: { kind: "partnerAdminAgents", partner: PARTNER },
        role: "Owner",
        by: globalAdmin,
        at,
      }),
      Unknown: refusal({ type: "Teleport", at } as unknown as DomainCommand),
    };
    expect(refusals).toMatchInlineSnapshot(`
      {
        "AcceptInvitation": "INV-2 invitation: the ID of an invitation in the state",
        "AdvanceGdapRelationship": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "ApproveGdapRelationship": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "AssignAzureRole": "AZ-3 subscription: the ID of an Azure subscription in the state",
        "CancelInvitation": "INV-3 invitation: the ID of an invitation in the state",
        "CreateAccessAssignment": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "DeleteAccessAssignment": "GDAP-6 assignment: the ID of an access assignment in the state",
        "DeleteGdapRelationship": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "DeleteRelationship": "TYPE-2 customer: a customer with a relationship with fabrikam",
        "EndRelationship": "REL-3 customer: a customer with a relationship with fabrikam",
        "ExpireInvitation": "INV-4 invitation: the ID of an invitation in the state",
        "LockGdapForApproval": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "ProvisionAzureSubscription": "AZ-2 customer: a customer with a relationship with fabrikam",
        "RemoveAdminRoles": "DAP-2 customer: a customer with a relationship with fabrikam",
        "RemoveGdapGlobalAdministrator": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "SetGdapAutoExtend": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "TerminateGdapRelationship": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
        "Unknown": "INVAR-3 type: a known command type",
        "UpdateAccessAssignment": "GDAP-6 assignment: the ID of an access assignment in the state",
        "UpdateGdapRelationship": "GDAP-1 relationship: the ID of a GDAP relationship in the state",
      }
    `);
  });
});

describe("commands that reuse an ID the state holds", () => {
  it("INVAR-3 each creation step refuses an ID already used, naming what it is", () => {
    const state = build([
      {
        type: "SendInvitation",
        id: "inv-1",
        customer: CUSTOMER,
        partner: PARTNER,
        partnerType: "reseller",
        by,
        at: T0,
      },
      { type: "AcceptInvitation", invitation: "inv-1", by: globalAdmin, agreementAcknowledged: true, at: T0 + DAY },
      {
        type: "CreateGdapRelationship",
        id: "rel-1",
        partner: PARTNER,
        customer: CUSTOMER,
        displayName: "Contoso helpdesk",
        roles: [HELPDESK_ADMINISTRATOR, GLOBAL_ADMINISTRATOR],
        duration: "P90D",
        by,
        at: T0,
      },
      { type: "LockGdapForApproval", relationship: "rel-1", by, at: T0 + DAY },
      { type: "ApproveGdapRelationship", relationship: "rel-1", by: globalAdmin, at: T0 + 2 * DAY },
      {
        type: "CreateAccessAssignment",
        id: "a-1",
        relationship: "rel-1",
        group: "g",
        roles: [HELPDESK_ADMINISTRATOR],
        by,
        at: T0 + 2 * DAY,
      },
      { type: "RecordAzureSubscription", id: "sub-1", customer: CUSTOMER, at: T0 + 2 * DAY },
      {
        type: "RegisterAutopilotDevice",
        id: "dev-1",
        customer: CUSTOMER,
        addedBy: { kind: "partner", partner: PARTNER },
        at: T0 + 2 * DAY,
      },
    ]);
    const refusals = {
      SendInvitation: refusal(
        { type: "SendInvitation", id: "inv-1", customer: CUSTOMER, partner: PARTNER, partnerType: "reseller", by, at },
        state,
      ),
      CreateGdapRelationship: refusal(
        {
          type: "CreateGdapRelationship",
          id: "rel-1",
          partner: PARTNER,
          displayName: "Other name",
          roles: [HELPDESK_ADMINISTRATOR],
          duration: "P90D",
          by,
          at,
        },
        state,
      ),
      CreateAccessAssignment: refusal(
        {
          type: "CreateAccessAssignment",
          id: "a-1",
          relationship: "rel-1",
          group: "h",
          roles: [HELPDESK_ADMINISTRATOR],
          by,
          at,
        },
        state,
      ),
      RecordAzureSubscription: refusal({ type: "RecordAzureSubscription", id: "sub-1", customer: CUSTOMER, at }, state),
      ProvisionAzureSubscription: refusal(
        { type: "ProvisionAzureSubscription", id: "sub-1", customer: CUSTOMER, partner: PARTNER, by, at },
        state,
      ),
      RegisterAutopilotDevice: refusal(
        {
          type: "RegisterAutopilotDevice",
          id: "dev-1",
          customer: CUSTOMER,
          addedBy: { kind: "partner", partner: PARTNER },
          at,
        },
        state,
      ),
    };
    expect(refusals).toMatchInlineSnapshot(`
      {
        "CreateAccessAssignment": "GDAP-6 id: the ID of no access assignment in the state",
        "CreateGdapRelationship": "GDAP-1 id: the ID of no GDAP relationship in the state",
        "ProvisionAzureSubscription": "AZ-2 id: the ID of no Azure subscription in the state",
        "RecordAzureSubscription": "AZ-1 id: the ID of no Azure subscription in the state",
        "RegisterAutopilotDevice": "AP-2 id: the ID of no Autopilot device in the state",
        "SendInvitation": "INV-1 id: the ID of no invitation in the state",
      }
    `);
  });
});
