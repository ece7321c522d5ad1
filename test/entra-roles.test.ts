/**
 * The Entra role catalogue (GDAP-11): Microsoft's published list of built-in roles, by
 * template ID, and the names the library prints for roles.
 */
import {
  BILLING_ADMINISTRATOR,
  DIRECTORY_ROLES,
  DOMAIN_NAME_ADMINISTRATOR,
  ENTRA_BUILT_IN_ROLES,
  EXCHANGE_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
  GLOBAL_READER,
  HELPDESK_ADMINISTRATOR,
  isRoleId,
  LICENSE_ADMINISTRATOR,
  PRIVILEGED_ROLE_ADMINISTRATOR,
  roleName,
  SECURITY_ADMINISTRATOR,
  SERVICE_SUPPORT_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";

const LOWER_CASE_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ids = Object.keys(ENTRA_BUILT_IN_ROLES);
const names = Object.values(ENTRA_BUILT_IN_ROLES);

describe("the Entra role catalogue", () => {
  it("GDAP-11 lists all 123 built-in roles of Microsoft's page, each ID a lower-case GUID, no ID or name twice", () => {
    expect(ids).toHaveLength(123);
    for (const id of ids) {
      expect(id, id).toMatch(LOWER_CASE_GUID);
      expect(isRoleId(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name, name).toMatch(/^\S(.*\S)?$/);
    // in the page's (alphabetical) order
    expect([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }))).toEqual(names);
    expect(Object.isFrozen(ENTRA_BUILT_IN_ROLES)).toBe(true);
  });

  it("GDAP-11 the library's role constants are in the catalogue under the same names", () => {
    const constants = {
      [GLOBAL_ADMINISTRATOR]: "Global Administrator",
      [BILLING_ADMINISTRATOR]: "Billing Administrator",
      [HELPDESK_ADMINISTRATOR]: "Helpdesk Administrator",
      [DOMAIN_NAME_ADMINISTRATOR]: "Domain Name Administrator",
      [USER_ADMINISTRATOR]: "User Administrator",
      [GLOBAL_READER]: "Global Reader",
      [SERVICE_SUPPORT_ADMINISTRATOR]: "Service Support Administrator",
      [EXCHANGE_ADMINISTRATOR]: "Exchange Administrator",
      [SECURITY_ADMINISTRATOR]: "Security Administrator",
      [LICENSE_ADMINISTRATOR]: "License Administrator",
      [PRIVILEGED_ROLE_ADMINISTRATOR]: "Privileged Role Administrator",
    };
    expect(DIRECTORY_ROLES).toEqual(constants);
    for (const [id, name] of Object.entries(constants)) {
      expect(ENTRA_BUILT_IN_ROLES[id]).toBe(name);
      expect(roleName(id)).toBe(name);
    }
  });

  it("GDAP-11 well-known roles are present with Microsoft's template IDs", () => {
    const sample: Record<string, string> = {
      "7be44c8a-adaf-4e2a-84d6-ab2649e08a13": "Privileged Authentication Administrator",
      "5d6b6bb7-de71-4623-b4af-96380a352509": "Security Reader",
      "3a2c62db-5318-420d-8d74-23affee5d9d5": "Intune Administrator",
      "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3": "Application Administrator",
      "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9": "Conditional Access Administrator",
      "f28a1f50-f6e7-4571-818b-6a12f2af6b6c": "SharePoint Administrator",
      "69091246-20e8-4a56-aa4d-066075b2a7a8": "Teams Administrator",
      "88d8e3e3-8f55-4a1e-953a-9b9898b8876b": "Directory Readers",
      "c4e39bd9-1100-46d3-8c65-fb160da0071f": "Authentication Administrator",
      "966707d0-3269-4727-9be2-8c3a10f19b9d": "Password Administrator",
      "fdd7a751-b60b-444a-984c-02652fe8fa1c": "Groups Administrator",
      "11648597-926c-4cf3-9c36-bcebb0ba8dcc": "Power Platform Administrator",
    };
    for (const [id, name] of Object.entries(sample)) expect(ENTRA_BUILT_IN_ROLES[id], name).toBe(name);
  });

  it("GDAP-11 roleName names any catalogue role whatever the case of its ID, and prints an unlisted ID as it is", () => {
    expect(roleName("7be44c8a-adaf-4e2a-84d6-ab2649e08a13")).toBe("Privileged Authentication Administrator");
    expect(roleName("5D6B6BB7-DE71-4623-B4AF-96380A352509")).toBe("Security Reader");
    expect(roleName("00000000-0000-0000-0000-000000000000")).toBe("00000000-0000-0000-0000-000000000000");
    // prototype keys are not roles
    for (const key of ["__proto__", "constructor", "toString"]) expect(roleName(key)).toBe(key);
  });
});
