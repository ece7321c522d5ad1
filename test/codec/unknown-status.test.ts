/**
 * GDAP-11 in the library's JSON form: the `unknownFutureValue` variants and the facts Graph
 * adds to a relationship (customer display name, etag, reseller fields) are written and read
 * back unchanged (INVAR-5).
 */
import type { UnknownStatusAccessAssignment, UnknownStatusGdap } from "partner-relationships";
import {
  accessAssignmentToJson,
  gdapRelationshipToJson,
  parseAccessAssignment,
  parseGdapRelationship,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { active, assignment } from "../gdap/fixtures.js";
import { DAY } from "../support/actors.js";
import { pathsOf, throughJsonText } from "./round-trip.js";

function unknownRelationship(): UnknownStatusGdap {
  const { status: _status, approvedBy: _approvedBy, ...fields } = active();
  return {
    ...fields,
    status: "unknownFutureValue",
    customerDisplayName: "Fabrikam Inc.",
    etag: 'W/"JyIwMzAwZTM0ZS0wMDAwLTAyMDAtMDAwMC02MTRjZjI1YzAwMDAiJw=="',
    reseller: { indirectProviderTenantId: "60ea59db-a506-485e-94c5-d115f369e239", isPartnerConsentPending: true },
  };
}

describe("library JSON of the unknownFutureValue variants (GDAP-11)", () => {
  it("GDAP-11 INVAR-5 a relationship in unknownFutureValue, with its Graph facts, round-trips", () => {
    const rel = unknownRelationship();
    const json = gdapRelationshipToJson(rel);
    expect(json).toMatchObject({
      status: "unknownFutureValue",
      customerDisplayName: "Fabrikam Inc.",
      etag: rel.etag,
      reseller: rel.reseller,
      activatedDateTime: new Date(rel.activatedDateTime ?? 0).toISOString(),
    });
    expect(throughJsonText(rel, gdapRelationshipToJson, parseGdapRelationship)._unsafeUnwrap()).toEqual(rel);
    const { activatedDateTime: _a, endDateTime: _e, customer: _c, ...bare } = rel;
    expect(throughJsonText(bare, gdapRelationshipToJson, parseGdapRelationship)._unsafeUnwrap()).toEqual(bare);
  });

  it("GDAP-11 INVAR-5 the Graph facts of a relationship in a known status round-trip, and are left out when absent", () => {
    const rel = { ...active(), customerDisplayName: "Contoso Inc", etag: 'W/"1"' };
    expect(throughJsonText(rel, gdapRelationshipToJson, parseGdapRelationship)._unsafeUnwrap()).toEqual(rel);
    expect(Object.keys(gdapRelationshipToJson(active()))).not.toContain("etag");
    expect(Object.keys(gdapRelationshipToJson(active()))).not.toContain("reseller");
  });

  it("GDAP-11 an unknown-status relationship is still checked: activation not before creation, end not before activation", () => {
    const rel = unknownRelationship();
    const json = {
      ...gdapRelationshipToJson(rel),
      activatedDateTime: new Date(rel.createdDateTime - DAY).toISOString(),
      endDateTime: new Date(rel.createdDateTime - 2 * DAY).toISOString(),
    };
    expect(pathsOf(parseGdapRelationship(json))).toEqual(["activatedDateTime", "endDateTime"]);
    expect(
      pathsOf(parseGdapRelationship({ ...gdapRelationshipToJson(rel), reseller: { isPartnerConsentPending: "yes" } })),
    ).toEqual(["reseller.indirectProviderTenantId", "reseller.isPartnerConsentPending"]);
  });

  it("GDAP-11 INVAR-5 an access assignment in unknownFutureValue, with its etag, round-trips", () => {
    const { status: _status, ...fields } = assignment(active());
    const unknown: UnknownStatusAccessAssignment = { ...fields, status: "unknownFutureValue", etag: 'W/"2"' };
    expect(accessAssignmentToJson(unknown)).toMatchObject({ status: "unknownFutureValue", etag: 'W/"2"' });
    expect(throughJsonText(unknown, accessAssignmentToJson, parseAccessAssignment)._unsafeUnwrap()).toEqual(unknown);
  });
});
