import {
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  isPartnerType,
  PARTNER_TYPE_LIST,
  PARTNER_TYPES,
  type PartnerType,
  type RoleProvision,
} from "partner-relationships";
import { describe, expect, it } from "vitest";

const dap: RoleProvision = {
  kind: "fixed",
  slots: [
    { role: GLOBAL_ADMINISTRATOR, holder: "adminAgents" },
    { role: HELPDESK_ADMINISTRATOR, holder: "helpdeskAgents" },
  ],
};

const expected: Record<PartnerType, RoleProvision> = {
  reseller: { kind: "none" },
  delegatedAdministrator: dap,
  resellerAndDelegatedAdministrator: dap,
  partner: { kind: "chosen", timeLimited: false },
  advisor: dap,
  mpsaPartner: { kind: "none" },
  oem: { kind: "none" },
  lineOfBusiness: { kind: "notAssignable" },
  isv: { kind: "none" },
  indirectReseller: { kind: "none" },
  gdap: { kind: "chosen", timeLimited: true },
};

describe("partner type catalogue", () => {
  it("TYPE-1 holds the eleven partner types of every edition, each with the roles of 001's table", () => {
    expect(PARTNER_TYPE_LIST).toHaveLength(11);
    for (const type of PARTNER_TYPE_LIST) {
      expect(PARTNER_TYPES[type].type).toBe(type);
      expect(PARTNER_TYPES[type].roles).toEqual(expected[type]);
      expect(PARTNER_TYPES[type].displayName.length).toBeGreaterThan(0);
      expect(PARTNER_TYPES[type].description.length).toBeGreaterThan(0);
    }
  });

  it("TYPE-1 only resellers sell", () => {
    expect(PARTNER_TYPE_LIST.filter((type) => PARTNER_TYPES[type].sells)).toEqual([
      "reseller",
      "resellerAndDelegatedAdministrator",
      "indirectReseller",
    ]);
  });

  it("TYPE-1 isPartnerType accepts the catalogue's types and nothing else, prototype keys included", () => {
    for (const type of PARTNER_TYPE_LIST) expect(isPartnerType(type)).toBe(true);
    for (const value of ["Reseller", "", "constructor", "__proto__", "toString", 3, null])
      expect(isPartnerType(value)).toBe(false);
    // an object that prints as a partner type is not one
    expect(isPartnerType({ toString: () => "reseller" })).toBe(false);
  });
});
