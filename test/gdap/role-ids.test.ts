/**
 * GDAP-11: role definition IDs compare case-insensitively. Microsoft prints some role GUIDs
 * in upper case; every place where a role ID enters the library reads it in either case
 * and keeps the lower-case form, so one role is one value.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  acceptInvitation,
  createAccessAssignment,
  GLOBAL_ADMINISTRATOR,
  gdapGroupHoldsRole,
  gdapHoldersOfRole,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  listRoleMembers,
  sendInvitation,
  USER_ADMINISTRATOR,
  updateGdapRelationship,
} from "partner-relationships";
import { parseCommand, parseGraphDelegatedAdminRelationship } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, PARTNER, T0 } from "../support/actors.js";
import { active, created, HELPDESK_GROUP, unwrap, unwrapErr } from "./fixtures.js";

const upper = (role: string): string => role.toUpperCase();

describe("GDAP-11 role IDs compare case-insensitively", () => {
  it("GDAP-11 role IDs compare case-insensitively: a GDAP relationship keeps upper-case roles in lower case, each once", () => {
    const rel = created({ roles: [upper(HELPDESK_ADMINISTRATOR), HELPDESK_ADMINISTRATOR, upper(USER_ADMINISTRATOR)] });
    expect(rel.roles).toEqual([HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR]);
    const updated = unwrap(updateGdapRelationship(rel, { roles: [upper(USER_ADMINISTRATOR)], by: adminAgent, at: T0 }));
    expect(updated.roles).toEqual([USER_ADMINISTRATOR]);
  });

  it("GDAP-11 role IDs compare case-insensitively: an access assignment may name the relationship's roles in upper case", () => {
    const rel = active();
    const assignment = unwrap(
      createAccessAssignment(rel, {
        id: "a",
        group: HELPDESK_GROUP,
        roles: [upper(HELPDESK_ADMINISTRATOR)],
        by: adminAgent,
        at: rel.activatedDateTime,
      }),
    );
    expect(assignment.roles).toEqual([HELPDESK_ADMINISTRATOR]);
    const at = rel.activatedDateTime + DAY;
    const query = { customer: CUSTOMER, group: HELPDESK_GROUP, role: upper(HELPDESK_ADMINISTRATOR), at };
    expect(gdapGroupHoldsRole([rel], [assignment], query).allowed).toBe(true);
    expect(gdapHoldersOfRole([rel], [assignment], query).map((holding) => holding.role)).toEqual([
      HELPDESK_ADMINISTRATOR,
    ]);
    // a role the relationship does not hold is still refused, whatever its case
    const outside = unwrapErr(
      createAccessAssignment(rel, {
        id: "b",
        group: HELPDESK_GROUP,
        roles: [upper(GLOBAL_ADMINISTRATOR)],
        by: adminAgent,
        at: rel.activatedDateTime,
      }),
    );
    expect(outside.code).toBe("roles_outside_relationship");
  });

  it("GDAP-11 role IDs compare case-insensitively: an admin whose roles are spelt in upper case is authorised, and questions take either case", () => {
    const invitation = unwrap(
      sendInvitation({
        id: "i",
        customer: CUSTOMER,
        partner: PARTNER,
        type: "delegatedAdministrator",
        by: adminAgent,
        at: T0,
      }),
    );
    const shouting = { ...globalAdmin, roles: [upper(GLOBAL_ADMINISTRATOR)] };
    const accepted = unwrap(acceptInvitation(invitation, { by: shouting, at: T0 + DAY, agreementAcknowledged: true }));
    const relationships = [accepted.relationship];
    const query = { partner: PARTNER, customer: CUSTOMER, role: upper(GLOBAL_ADMINISTRATOR) };
    expect(holdsRole(relationships, query).allowed).toBe(true);
    expect(listRoleMembers([{ role: upper(USER_ADMINISTRATOR), principal: "kim" }], USER_ADMINISTRATOR)).toEqual([
      "kim",
    ]);
  });

  it("GDAP-11 role IDs compare case-insensitively: the codec reads upper-case role IDs in commands and Graph payloads as lower case", () => {
    const command = parseCommand({
      type: "CreateGdapRelationship",
      id: "rel-1",
      partner: PARTNER,
      customer: CUSTOMER,
      displayName: "Contoso helpdesk",
      roles: [upper(HELPDESK_ADMINISTRATOR)],
      duration: "P90D",
      by: { kind: "partnerUser", id: "ana", partner: PARTNER, roles: ["adminAgent"] },
      at: "2026-01-01T00:00:00Z",
    })._unsafeUnwrap();
    expect(command).toMatchObject({ roles: [HELPDESK_ADMINISTRATOR] });
    const json = JSON.parse(
      readFileSync(fileURLToPath(new URL("../fixtures/graph/relationship.json", import.meta.url)), "utf8"),
    ) as { accessDetails: { unifiedRoles: { roleDefinitionId: string }[] } };
    const lower = json.accessDetails.unifiedRoles.map((role) => role.roleDefinitionId.toLowerCase());
    for (const role of json.accessDetails.unifiedRoles) role.roleDefinitionId = upper(role.roleDefinitionId);
    const relationship = parseGraphDelegatedAdminRelationship(json, { partner: PARTNER })._unsafeUnwrap();
    expect(relationship.roles).toEqual(lower);
  });
});
