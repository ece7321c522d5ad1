/**
 * What each core step says when it refuses (INVAR-3): the error value in full, pinned.
 * A caller switches on `code` and `rule`, shows `message`, and points at `path`; a test
 * that checked only the code would let a step name the wrong rule or field unseen (the
 * mutation run found such gaps, docs/quality.md). The message wording is not API
 * (DomainErrorBase.message) but it is what a person reads, so a change to it shows here.
 */

import type { Result } from "neverthrow";
import {
  type ActiveRelationship,
  acceptInvitation,
  cancelInvitation,
  type DomainError,
  deleteRelationship,
  endRelationship,
  expireInvitation,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  MAX_INSTANT,
  type PendingInvitation,
  removeAdminRoles,
  type SendInvitationInput,
  sendInvitation,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import {
  adminAgent,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskAgent,
  helpdeskUser,
  OTHER_CUSTOMER,
  OTHER_PARTNER,
  PARTNER,
  T0,
} from "./support/actors.js";
import { untyped } from "./support/untyped.js";

const send: SendInvitationInput = {
  id: "inv-1",
  customer: CUSTOMER,
  partner: PARTNER,
  type: "reseller",
  by: adminAgent,
  at: T0,
};

function refusal<T>(result: Result<T, DomainError>): DomainError {
  expect(result.isErr()).toBe(true);
  return result._unsafeUnwrapErr();
}

const pending = (type: SendInvitationInput["type"] = "reseller"): PendingInvitation =>
  sendInvitation({ ...send, type })._unsafeUnwrap();

const active = (type: SendInvitationInput["type"] = "reseller"): ActiveRelationship =>
  acceptInvitation(pending(type), { by: globalAdmin, at: T0 + DAY, agreementAcknowledged: true })._unsafeUnwrap()
    .relationship;

describe("sendInvitation refusals", () => {
  it("INV-1 a time that is not an instant is refused at `at`", () => {
    expect(refusal(sendInvitation(untyped({ ...send, at: "soon" })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant (integer milliseconds since the epoch)",
        "found": ""soon"",
        "message": "at: expected an instant (integer milliseconds since the epoch), found "soon" (INV-1).",
        "path": "at",
        "rule": "INV-1",
      }
    `);
  });

  it("INV-1 each identifier is checked at its own path", () => {
    expect(refusal(sendInvitation({ ...send, id: "" }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": """",
        "message": "id: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (INV-1).",
        "path": "id",
        "rule": "INV-1",
      }
    `);
    expect(refusal(sendInvitation({ ...send, customer: " contoso" }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": "" contoso"",
        "message": "customer: expected a non-empty identifier of at most 256 characters without surrounding spaces, found " contoso" (INV-1).",
        "path": "customer",
        "rule": "INV-1",
      }
    `);
    expect(refusal(sendInvitation({ ...send, partner: "" }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a non-empty identifier of at most 256 characters without surrounding spaces",
        "found": """",
        "message": "partner: expected a non-empty identifier of at most 256 characters without surrounding spaces, found "" (INV-1).",
        "path": "partner",
        "rule": "INV-1",
      }
    `);
  });

  it("TYPE-1 a partner type outside the catalogue is refused at `type`", () => {
    expect(refusal(sendInvitation(untyped({ ...send, type: "distributor" })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a partner type (reseller, delegatedAdministrator, resellerAndDelegatedAdministrator, partner, advisor, mpsaPartner, oem, lineOfBusiness, isv, indirectReseller, gdap)",
        "found": ""distributor"",
        "message": "type: expected a partner type (reseller, delegatedAdministrator, resellerAndDelegatedAdministrator, partner, advisor, mpsaPartner, oem, lineOfBusiness, isv, indirectReseller, gdap), found "distributor" (TYPE-1).",
        "path": "type",
        "rule": "TYPE-1",
      }
    `);
  });

  it("ACT-3 a malformed actor and a partner user without Admin or Sales agent are refused", () => {
    expect(refusal(sendInvitation(untyped({ ...send, by: { id: 7 } })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an actor: a customer user or a partner user with an ID and roles",
        "found": "{"id":7}",
        "message": "by: expected an actor: a customer user or a partner user with an ID and roles, found {"id":7} (ACT-3).",
        "path": "by",
        "rule": "ACT-3",
      }
    `);
    expect(refusal(sendInvitation({ ...send, by: helpdeskAgent }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
          "salesAgent",
        ],
        "anyOfNames": [
          "Admin agent",
          "Sales agent",
        ],
        "code": "not_authorized",
        "message": "hal may not sendInvitation: the actor holds none of Admin agent, Sales agent; it needs Admin agent or Sales agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "sendInvitation",
      }
    `);
  });

  it("INV-4 an invitation whose expiry would fall past the last instant is refused at `at`", () => {
    expect(refusal(sendInvitation({ ...send, at: MAX_INSTANT - DAY }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant whose expiry, 90 days later, is an instant too",
        "found": "253402214399999",
        "message": "at: expected an instant whose expiry, 90 days later, is an instant too, found 253402214399999 (INV-4).",
        "path": "at",
        "rule": "INV-4",
      }
    `);
  });

  it("TYPE-1 a type that brings its own roles takes none in the request", () => {
    expect(refusal(sendInvitation({ ...send, roles: [GLOBAL_ADMINISTRATOR] }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "no roles: the Reseller type brings its own",
        "found": "["62e90394-69f5-4237-9190-012177145e10"]",
        "message": "roles: expected no roles: the Reseller type brings its own, found ["62e90394-69f5-4237-9190-012177145e10"] (TYPE-1).",
        "path": "roles",
        "rule": "TYPE-1",
      }
    `);
  });

  it("GDAP-1 a GDAP relationship is not requested by invitation", () => {
    expect(refusal(sendInvitation({ ...send, type: "gdap", roles: [GLOBAL_ADMINISTRATOR] }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "a partner type other than gdap: GDAP relationships are created with createGdapRelationship",
        "found": ""gdap"",
        "message": "type: expected a partner type other than gdap: GDAP relationships are created with createGdapRelationship, found "gdap" (GDAP-1).",
        "path": "type",
        "rule": "GDAP-1",
      }
    `);
  });

  it("TYPE-1 a type with chosen roles needs at least one well-formed role, and drops repeats", () => {
    expect(refusal(sendInvitation({ ...send, type: "partner", roles: [] }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "at least one Entra role template ID for the Partner type",
        "found": "[]",
        "message": "roles: expected at least one Entra role template ID for the Partner type, found [] (TYPE-1).",
        "path": "roles",
        "rule": "TYPE-1",
      }
    `);
    expect(refusal(sendInvitation(untyped({ ...send, type: "partner", roles: "admin" })))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "at least one Entra role template ID for the Partner type",
        "found": ""admin"",
        "message": "roles: expected at least one Entra role template ID for the Partner type, found "admin" (TYPE-1).",
        "path": "roles",
        "rule": "TYPE-1",
      }
    `);
    expect(
      refusal(sendInvitation(untyped({ ...send, type: "partner", roles: [GLOBAL_ADMINISTRATOR, "Admin"] }))),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an Entra role template ID (a GUID); the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name",
        "found": ""Admin"",
        "message": "roles[1]: expected an Entra role template ID (a GUID); the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name, found "Admin" (TYPE-1).",
        "path": "roles[1]",
        "rule": "TYPE-1",
      }
    `);
    const roles = sendInvitation({
      ...send,
      type: "partner",
      roles: [HELPDESK_ADMINISTRATOR, GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR],
    })._unsafeUnwrap().roles;
    expect(roles.map((slot) => slot.role)).toEqual([HELPDESK_ADMINISTRATOR, GLOBAL_ADMINISTRATOR]);
  });
});

describe("acceptInvitation and cancelInvitation refusals", () => {
  it("INV-1 an answer dated before the invitation was sent is refused at `at`", () => {
    expect(
      refusal(acceptInvitation(pending(), { by: globalAdmin, at: T0 - 1, agreementAcknowledged: true })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-01T00:00:00.000Z",
        "found": ""2025-12-31T23:59:59.999Z"",
        "message": "at: expected an instant not before 2026-01-01T00:00:00.000Z, found "2025-12-31T23:59:59.999Z" (INV-1).",
        "path": "at",
        "rule": "INV-1",
      }
    `);
  });

  it("ACT-1 the refusal names the step that was asked", () => {
    expect(
      refusal(acceptInvitation(pending(), { by: helpdeskUser, at: T0 + DAY, agreementAcknowledged: true })),
    ).toMatchInlineSnapshot(`
      {
        "actor": "max",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
          "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        ],
        "anyOfNames": [
          "Global Administrator",
          "Billing Administrator",
        ],
        "code": "not_authorized",
        "message": "max may not acceptInvitation: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
        "reason": "missing_role",
        "rule": "ACT-1",
        "step": "acceptInvitation",
      }
    `);
    expect(refusal(cancelInvitation(pending(), { by: helpdeskUser, at: T0 + DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "max",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
          "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        ],
        "anyOfNames": [
          "Global Administrator",
          "Billing Administrator",
        ],
        "code": "not_authorized",
        "message": "max may not cancelInvitation: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
        "reason": "missing_role",
        "rule": "ACT-1",
        "step": "cancelInvitation",
      }
    `);
  });

  it("INV-4 an expired invitation's refusal says when it expired and whom to ask", () => {
    expect(
      refusal(acceptInvitation(pending(), { by: globalAdmin, at: T0 + 90 * DAY, agreementAcknowledged: true })),
    ).toMatchInlineSnapshot(`
      {
        "at": 1775001600000,
        "code": "invitation_expired",
        "expiresAt": 1775001600000,
        "invitation": "inv-1",
        "message": "Invitation inv-1 expired at 2026-04-01T00:00:00.000Z; ask fabrikam for a new one (INV-4).",
        "rule": "INV-4",
      }
    `);
  });

  it("REL-1 a relationship of another pair is refused, naming both pairs", () => {
    const other = acceptInvitation(sendInvitation({ ...send, customer: OTHER_CUSTOMER })._unsafeUnwrap(), {
      by: { ...globalAdmin, tenant: OTHER_CUSTOMER },
      at: T0 + DAY,
      agreementAcknowledged: true,
    })._unsafeUnwrap().relationship;
    expect(
      refusal(
        acceptInvitation(pending(), {
          by: globalAdmin,
          at: T0 + DAY,
          agreementAcknowledged: true,
          relationship: other,
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "relationship_mismatch",
        "expected": {
          "customer": "contoso",
          "partner": "fabrikam",
        },
        "found": {
          "customer": "northwind",
          "partner": "fabrikam",
        },
        "message": "The relationship given is between northwind and fabrikam, not between contoso and fabrikam (REL-1).",
        "rule": "REL-1",
      }
    `);
  });

  it("REL-1 an acceptance dated before the relationship's last change is refused at `at`", () => {
    const relationship = active("delegatedAdministrator");
    const later = removeAdminRoles(relationship, { by: globalAdmin, at: T0 + 3 * DAY })._unsafeUnwrap();
    expect(
      refusal(
        acceptInvitation(pending(), {
          by: globalAdmin,
          at: T0 + 2 * DAY,
          agreementAcknowledged: true,
          relationship: later,
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-04T00:00:00.000Z",
        "found": ""2026-01-03T00:00:00.000Z"",
        "message": "at: expected an instant not before 2026-01-04T00:00:00.000Z, found "2026-01-03T00:00:00.000Z" (REL-1).",
        "path": "at",
        "rule": "REL-1",
      }
    `);
  });

  it("INV-2 the agreement of another customer is refused at `agreement.customer`", () => {
    expect(
      refusal(
        acceptInvitation(pending(), {
          by: globalAdmin,
          at: T0 + DAY,
          agreementAcknowledged: true,
          agreement: { status: "notAccepted", customer: OTHER_CUSTOMER },
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "the agreement of contoso",
        "found": ""northwind"",
        "message": "agreement.customer: expected the agreement of contoso, found "northwind" (INV-2).",
        "path": "agreement.customer",
        "rule": "INV-2",
      }
    `);
  });
});

describe("expireInvitation refusals", () => {
  it("INV-4 an expiry dated before the invitation was sent, or before its expiry time, is refused", () => {
    expect(refusal(expireInvitation(pending(), T0 - 1))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-01T00:00:00.000Z",
        "found": ""2025-12-31T23:59:59.999Z"",
        "message": "at: expected an instant not before 2026-01-01T00:00:00.000Z, found "2025-12-31T23:59:59.999Z" (INV-4).",
        "path": "at",
        "rule": "INV-4",
      }
    `);
    expect(refusal(expireInvitation(pending(), T0 + DAY))).toMatchInlineSnapshot(`
      {
        "at": 1767312000000,
        "code": "invitation_not_expired",
        "expiresAt": 1775001600000,
        "invitation": "inv-1",
        "message": "Invitation inv-1 is answerable until 2026-04-01T00:00:00.000Z (INV-4).",
        "rule": "INV-4",
      }
    `);
  });
});

describe("relationship step refusals", () => {
  it("DAP-2 removing roles before the relationship's last change, or by a non-admin, is refused", () => {
    expect(refusal(removeAdminRoles(active(), { by: globalAdmin, at: T0 }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-02T00:00:00.000Z",
        "found": ""2026-01-01T00:00:00.000Z"",
        "message": "at: expected an instant not before 2026-01-02T00:00:00.000Z, found "2026-01-01T00:00:00.000Z" (DAP-2).",
        "path": "at",
        "rule": "DAP-2",
      }
    `);
    expect(refusal(removeAdminRoles(active(), { by: helpdeskUser, at: T0 + 2 * DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "max",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
          "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        ],
        "anyOfNames": [
          "Global Administrator",
          "Billing Administrator",
        ],
        "code": "not_authorized",
        "message": "max may not removeAdminRoles: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
        "reason": "missing_role",
        "rule": "ACT-1",
        "step": "removeAdminRoles",
      }
    `);
  });

  it("TYPE-2 deleting before the last change, by a non-admin, or a reseller relationship, is refused", () => {
    expect(refusal(deleteRelationship(active(), { by: globalAdmin, at: T0 }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-02T00:00:00.000Z",
        "found": ""2026-01-01T00:00:00.000Z"",
        "message": "at: expected an instant not before 2026-01-02T00:00:00.000Z, found "2026-01-01T00:00:00.000Z" (TYPE-2).",
        "path": "at",
        "rule": "TYPE-2",
      }
    `);
    expect(refusal(deleteRelationship(active(), { by: helpdeskUser, at: T0 + 2 * DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "max",
        "anyOf": [
          "62e90394-69f5-4237-9190-012177145e10",
          "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        ],
        "anyOfNames": [
          "Global Administrator",
          "Billing Administrator",
        ],
        "code": "not_authorized",
        "message": "max may not deleteRelationship: the actor holds none of Global Administrator, Billing Administrator; it needs Global Administrator or Billing Administrator (ACT-1).",
        "reason": "missing_role",
        "rule": "ACT-1",
        "step": "deleteRelationship",
      }
    `);
    expect(
      refusal(deleteRelationship(active("resellerAndDelegatedAdministrator"), { by: globalAdmin, at: T0 + 2 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "capacities": [
          "resellerAndDelegatedAdministrator",
        ],
        "code": "contact_partner_to_end",
        "customer": "contoso",
        "message": "The customer cannot delete a relationship in which the partner is Reseller & delegated administrator; contact partner fabrikam to end it, or remove its admin roles instead (TYPE-2).",
        "notDeletable": [
          "resellerAndDelegatedAdministrator",
        ],
        "partner": "fabrikam",
        "rule": "TYPE-2",
      }
    `);
  });

  it("REL-3 ending before the last change, or by a partner user without Admin agent, is refused", () => {
    expect(refusal(endRelationship(active(), { by: adminAgent, at: T0 }))).toMatchInlineSnapshot(`
      {
        "code": "invalid_input",
        "expected": "an instant not before 2026-01-02T00:00:00.000Z",
        "found": ""2026-01-01T00:00:00.000Z"",
        "message": "at: expected an instant not before 2026-01-02T00:00:00.000Z, found "2026-01-01T00:00:00.000Z" (REL-3).",
        "path": "at",
        "rule": "REL-3",
      }
    `);
    expect(refusal(endRelationship(active(), { by: helpdeskAgent, at: T0 + 2 * DAY }))).toMatchInlineSnapshot(`
      {
        "actor": "hal",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "hal may not endRelationship: the actor holds none of Admin agent; it needs Admin agent (ACT-3).",
        "reason": "missing_role",
        "rule": "ACT-3",
        "step": "endRelationship",
      }
    `);
    expect(
      refusal(endRelationship(active(), { by: { ...adminAgent, partner: OTHER_PARTNER }, at: T0 + 2 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "actor": "ana",
        "anyOf": [
          "adminAgent",
        ],
        "anyOfNames": [
          "Admin agent",
        ],
        "code": "not_authorized",
        "message": "ana may not endRelationship: the actor does not work for partner fabrikam; it needs Admin agent (ACT-3).",
        "reason": "other_partner",
        "rule": "ACT-3",
        "step": "endRelationship",
      }
    `);
  });
});

describe("refusals of final values (INVAR-2)", () => {
  it("INVAR-2 an answered invitation and an ended relationship say they never change again", () => {
    const accepted = acceptInvitation(pending(), {
      by: globalAdmin,
      at: T0 + DAY,
      agreementAcknowledged: true,
    })._unsafeUnwrap();
    expect(
      refusal(
        cancelInvitation(accepted.invitation as unknown as PendingInvitation, { by: globalAdmin, at: T0 + 2 * DAY }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invitation_not_pending",
        "invitation": "inv-1",
        "message": "Invitation inv-1 is accepted and never changes again (INV-1).",
        "rule": "INV-1",
        "status": "accepted",
      }
    `);
    const ended = endRelationship(accepted.relationship, { by: adminAgent, at: T0 + 2 * DAY })._unsafeUnwrap();
    expect(
      refusal(removeAdminRoles(ended as unknown as ActiveRelationship, { by: globalAdmin, at: T0 + 3 * DAY })),
    ).toMatchInlineSnapshot(`
      {
        "code": "relationship_ended",
        "customer": "contoso",
        "endedAt": 1767398400000,
        "message": "The relationship between contoso and fabrikam ended at 2026-01-03T00:00:00.000Z; an ended relationship never changes again (INVAR-2).",
        "partner": "fabrikam",
        "rule": "INVAR-2",
      }
    `);
  });
});
