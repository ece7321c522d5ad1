/**
 * Microsoft Graph payloads (test/fixtures/graph/, shaped like Graph v1.0 responses):
 * `delegatedAdminRelationship` and `delegatedAdminAccessAssignment`, single and as lists.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  approveGdapRelationship,
  DEFAULT_POLICY,
  GDAP_STATUSES,
  HELPDESK_ADMINISTRATOR,
  isGdapActiveAt,
  MS_PER_DAY,
  ZERO_DURATION,
} from "partner-relationships";
import {
  accessAssignmentToJson,
  GRAPH_UNKNOWN_USER,
  gdapRelationshipToJson,
  parseAccessAssignment,
  parseGdapRelationship,
  parseGraphAccessAssignment,
  parseGraphAccessAssignments,
  parseGraphDelegatedAdminRelationship,
  parseGraphDelegatedAdminRelationships,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { issuesOf, pathsOf } from "./round-trip.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/graph/", import.meta.url));

function graph(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, "utf8")) as Record<string, unknown>;
}

const partner = "fabrikam";
const relationshipId = "a1b2c3d4-0000-4000-8000-000000000004-4fdbff88-9d6b-42e0-9713-45c922ba8001";
const customer = "4fdbff88-9d6b-42e0-9713-45c922ba8001";
const assignmentOptions = { relationship: relationshipId, partner, customer };
const assignmentEtag = (graph("access-assignment.json") as { "@odata.etag": string })["@odata.etag"];

describe("Microsoft Graph delegatedAdminRelationship", () => {
  it("GDAP-1 reads a GET response: Graph's names, instants with seven fractional digits, @odata annotations ignored", () => {
    const relationship = parseGraphDelegatedAdminRelationship(graph("relationship.json"), { partner })._unsafeUnwrap();
    expect(relationship).toStrictEqual({
      status: "active",
      id: relationshipId,
      displayName: "Contoso active",
      partner,
      roles: [HELPDESK_ADMINISTRATOR, "fe930be7-5e62-47db-91af-98c3a49a38b1"],
      duration: { ...ZERO_DURATION, days: 730 },
      autoExtendDuration: { ...ZERO_DURATION, days: 180 },
      createdDateTime: Date.parse("2026-01-10T11:24:42.314Z"),
      createdBy: GRAPH_UNKNOWN_USER,
      lastModifiedDateTime: Date.parse("2026-01-12T11:26:44.994Z"),
      requestExpiresDateTime: Date.parse("2026-01-10T11:24:42.314Z") + 90 * MS_PER_DAY,
      customer,
      approvedBy: GRAPH_UNKNOWN_USER,
      activatedDateTime: Date.parse("2026-01-12T11:26:44.994Z"),
      endDateTime: Date.parse("2028-01-12T11:26:44.994Z"),
      customerDisplayName: "Contoso Ltd",
      etag: 'W/"JyIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMCIn"',
    });
    expect(isGdapActiveAt(relationship, Date.UTC(2027, 0, 1))).toBe(true);
  });

  it("GDAP-1 reads a list response in every status Graph names, with the next page's link", () => {
    const page = parseGraphDelegatedAdminRelationships(graph("relationships.json"), { partner })._unsafeUnwrap();
    expect(page.value.map((relationship) => relationship.status)).toEqual([
      ...GDAP_STATUSES.slice(0, 7),
      ...GDAP_STATUSES.slice(6),
    ]);
    expect(page.nextLink).toMatch(/\$skiptoken=/);
    const [open, , , , , , endReached, requestExpired, , , terminated] = page.value;
    expect(open).not.toHaveProperty("customer");
    expect(endReached).toMatchObject({
      expiredBecause: "endDateTimeReached",
      expiredDateTime: Date.UTC(2025, 6, 5, 9, 5),
    });
    expect(requestExpired).toMatchObject({
      expiredBecause: "requestNotApproved",
      expiredDateTime: Date.UTC(2025, 7, 30, 9),
    });
    expect(requestExpired).not.toHaveProperty("activatedDateTime");
    expect(terminated).toMatchObject({
      status: "terminated",
      terminationRequestedBy: "partner",
      terminatedDateTime: Date.parse("2025-10-29T16:57:20.210Z"),
    });
  });

  it("INVAR-5 what the Graph reader returns is a value of the library: it round trips through the library's JSON", () => {
    const page = parseGraphDelegatedAdminRelationships(graph("relationships.json"), { partner })._unsafeUnwrap();
    for (const relationship of page.value)
      expect(
        parseGdapRelationship(JSON.parse(JSON.stringify(gdapRelationshipToJson(relationship))))._unsafeUnwrap(),
      ).toStrictEqual(relationship);
  });

  it("GDAP-5 derives requestExpiresDateTime from the policy, and takes the users Graph does not name from the options", () => {
    const policy = { ...DEFAULT_POLICY, gdap: { ...DEFAULT_POLICY.gdap, requestLifetimeDays: 30 } };
    const relationship = parseGraphDelegatedAdminRelationship(graph("relationship.json"), {
      partner,
      policy,
      createdBy: "ana@fabrikam.example",
      approvedBy: "kim@contoso.example",
    })._unsafeUnwrap();
    expect(relationship.requestExpiresDateTime - relationship.createdDateTime).toBe(30 * MS_PER_DAY);
    expect(relationship).toMatchObject({ createdBy: "ana@fabrikam.example", approvedBy: "kim@contoso.example" });
  });

  it("GDAP-4 a pending open relationship read from Graph can be approved by the library's step", () => {
    const page = parseGraphDelegatedAdminRelationships(graph("relationships.json"), { partner })._unsafeUnwrap();
    const pending = page.value[1];
    if (pending?.status !== "approvalPending") throw new Error("expected approvalPending");
    const kim = {
      kind: "customerUser" as const,
      id: "kim",
      tenant: customer,
      roles: ["62e90394-69f5-4237-9190-012177145e10"],
    };
    expect(approveGdapRelationship(pending, { by: kim, at: Date.UTC(2026, 2, 2) })._unsafeUnwrap().status).toBe(
      "active",
    );
  });

  it("GDAP-11 INVAR-1 keeps unknownFutureValue as a relationship in a status this version does not know, granting nothing", () => {
    const relationship = parseGraphDelegatedAdminRelationship(graph("relationship-unknown-future-value.json"), {
      partner,
    })._unsafeUnwrap();
    expect(relationship).toMatchObject({
      status: "unknownFutureValue",
      customer,
      customerDisplayName: "Contoso Ltd",
      activatedDateTime: Date.parse("2026-01-12T11:26:44.994Z"),
      endDateTime: Date.parse("2028-01-12T11:26:44.994Z"),
    });
    expect(relationship).not.toHaveProperty("graphStatus");
    expect(isGdapActiveAt(relationship, Date.UTC(2027, 0, 1))).toBe(false);
    const list = graph("relationships.json") as { value: Record<string, unknown>[] };
    const third = list.value[3];
    if (third !== undefined) third.status = "suspended";
    const page = parseGraphDelegatedAdminRelationships(list, { partner })._unsafeUnwrap();
    expect(page.faults).toEqual([]);
    expect(page.value[3]).toMatchObject({ status: "unknownFutureValue", graphStatus: "suspended" });
    expect(page.value).toHaveLength(list.value.length);
  });

  it("INVAR-6 reports faults at Graph's paths", () => {
    const json = graph("relationship.json") as { accessDetails: { unifiedRoles: { roleDefinitionId: string }[] } };
    const roles = json.accessDetails.unifiedRoles;
    roles.push({ roleDefinitionId: roles[0]?.roleDefinitionId ?? "" }, { roleDefinitionId: "Helpdesk Administrator" });
    expect(pathsOf(parseGraphDelegatedAdminRelationship(json, { partner }))).toEqual([
      "accessDetails.unifiedRoles[3].roleDefinitionId",
    ]);
    roles.pop();
    expect(issuesOf(parseGraphDelegatedAdminRelationship(json, { partner }))).toEqual([
      {
        path: "accessDetails.unifiedRoles[2].roleDefinitionId",
        expected: "a role not already listed (at index 0)",
        found: JSON.stringify(HELPDESK_ADMINISTRATOR),
      },
    ]);
    const active = graph("relationship.json");
    expect(
      pathsOf(
        parseGraphDelegatedAdminRelationship({ ...active, activatedDateTime: null, customer: null }, { partner }),
      ),
    ).toEqual(["customer", "activatedDateTime"]);
    expect(
      pathsOf(parseGraphDelegatedAdminRelationship({ ...active, createdDateTime: "2026-01-10T11:24:42" }, { partner })),
    ).toEqual(["createdDateTime"]);
    expect(
      pathsOf(
        parseGraphDelegatedAdminRelationship({ ...active, endDateTime: "2026-01-01T00:00:00+01:00" }, { partner }),
      ),
    ).toEqual(["endDateTime"]);
    expect(pathsOf(parseGraphDelegatedAdminRelationship(active, { partner: " " }))).toEqual([""]);
  });

  it("INVAR-6 ignores keys Graph adds without reading them, __proto__ included", () => {
    const json = JSON.parse(
      JSON.stringify(graph("relationship.json")).replace(
        '"id"',
        '"__proto__": {"polluted": true}, "partner": {"x": 1}, "id"',
      ),
    );
    const relationship = parseGraphDelegatedAdminRelationship(json, { partner })._unsafeUnwrap();
    expect(relationship.partner).toBe(partner);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("Microsoft Graph delegatedAdminAccessAssignment", () => {
  it("GDAP-6 reads a GET response; the group is accessContainer.accessContainerId", () => {
    const assignment = parseGraphAccessAssignment(graph("access-assignment.json"), assignmentOptions)._unsafeUnwrap();
    expect(assignment).toStrictEqual({
      status: "active",
      id: "84c586df-0943-416e-b95f-7289cb8d3bd5",
      relationship: relationshipId,
      partner,
      customer,
      group: "227a2f44-2682-4831-a021-f8d69a34bcba",
      roles: [HELPDESK_ADMINISTRATOR, "fe930be7-5e62-47db-91af-98c3a49a38b1"],
      createdDateTime: Date.parse("2026-01-12T12:00:18.678Z"),
      lastModifiedDateTime: Date.parse("2026-01-13T08:50:35.897Z"),
      etag: assignmentEtag,
    });
  });

  it("GDAP-6 reads a list in all five statuses; a deleted one was deleted at its last change, by someone Graph does not name", () => {
    const page = parseGraphAccessAssignments(graph("access-assignments.json"), {
      ...assignmentOptions,
      deletedBy: "ana",
    })._unsafeUnwrap();
    expect(page.value.map((assignment) => assignment.status)).toEqual([
      "active",
      "pending",
      "deleting",
      "deleted",
      "error",
    ]);
    expect(page).not.toHaveProperty("nextLink");
    expect(page.value[3]).toMatchObject({ deletedBy: "ana", deletedDateTime: Date.UTC(2026, 0, 21, 10) });
    for (const assignment of page.value)
      expect(
        parseAccessAssignment(JSON.parse(JSON.stringify(accessAssignmentToJson(assignment))))._unsafeUnwrap(),
      ).toStrictEqual(assignment);
  });

  it("GDAP-11 INVAR-6 keeps an unknownFutureValue status, refuses other container types, and reads a page item by item", () => {
    const json = graph("access-assignment.json") as { accessContainer: Record<string, unknown> };
    expect(
      parseGraphAccessAssignment({ ...json, status: "unknownFutureValue" }, assignmentOptions)._unsafeUnwrap(),
    ).toMatchObject({ status: "unknownFutureValue", group: "227a2f44-2682-4831-a021-f8d69a34bcba" });
    json.accessContainer.accessContainerType = "unknownFutureValue";
    expect(pathsOf(parseGraphAccessAssignment(json, assignmentOptions))).toEqual([
      "accessContainer.accessContainerType",
    ]);
    const list = graph("access-assignments.json") as { value: { accessDetails: { unifiedRoles: unknown[] } }[] };
    list.value[1]?.accessDetails.unifiedRoles.push({ roleDefinitionId: 42 });
    const page = parseGraphAccessAssignments(list, assignmentOptions)._unsafeUnwrap();
    expect(page.value.map((assignment) => assignment.status)).toEqual(["active", "deleting", "deleted", "error"]);
    expect(page.faults.map((fault) => [fault.index, fault.issues.map((issue) => issue.path)])).toEqual([
      [1, ["value[1].accessDetails.unifiedRoles[1].roleDefinitionId"]],
    ]);
    expect(pathsOf(parseGraphAccessAssignments({ "@odata.context": "x" }, assignmentOptions))).toEqual(["value"]);
  });
});

describe("Microsoft Graph faults in full (INVAR-6)", () => {
  const faults = (result: Parameters<typeof issuesOf>[0]): string[] =>
    issuesOf(result).map(({ path, expected, found }) => `${path || "(root)"}: ${expected}; found ${found}`);
  const relationship = (json: object) => faults(parseGraphDelegatedAdminRelationship(json, { partner }));
  const active = graph("relationship.json");
  const assignmentJson = graph("access-assignment.json");
  const roles = (active.accessDetails as { unifiedRoles: unknown[] }).unifiedRoles;

  it("GDAP-1 GDAP-2 GDAP-4 each missing or broken fact of a relationship is reported at Graph's path", () => {
    const { customer: _customer, endDateTime: _end, activatedDateTime: _activated, ...unapproved } = active;
    expect({
      unknownStatus: relationship({ ...active, status: "Active" }),
      customerNull: relationship({ ...active, customer: null }),
      tenantNull: relationship({ ...active, customer: { tenantId: null } }),
      approvedWithoutCustomer: relationship({ ...unapproved, status: "approved" }),
      activeWithoutEnd: relationship({ ...active, endDateTime: undefined }),
      activeWithoutActivation: relationship({ ...active, activatedDateTime: undefined }),
      repeatedRole: relationship({ ...active, accessDetails: { unifiedRoles: [roles[0], roles[1], roles[0]] } }),
      globalAdministratorAutoExtends: relationship({
        ...active,
        accessDetails: { unifiedRoles: [{ roleDefinitionId: "62e90394-69f5-4237-9190-012177145e10" }] },
      }),
      terminatedBeforeActivation: relationship({
        ...active,
        status: "terminated",
        lastModifiedDateTime: "2026-01-11T00:00:00Z",
      }),
      expiredUnapprovedBeforeCreation: relationship({
        ...unapproved,
        status: "expired",
        endDateTime: "2026-01-01T00:00:00Z",
      }),
      partnerOption: faults(parseGraphDelegatedAdminRelationship(active, { partner: "" })),
    }).toMatchInlineSnapshot(`
      {
        "activeWithoutActivation": [
          "activatedDateTime: an ISO 8601 date-time: a relationship that is active was activated (GDAP-1); found nothing (the field is missing)",
        ],
        "activeWithoutEnd": [
          "endDateTime: an ISO 8601 date-time: a relationship that is active has an end time (GDAP-2); found nothing (the field is missing)",
        ],
        "approvedWithoutCustomer": [
          "customer: the customer's tenant ID: a relationship is bound to its customer from approval on (GDAP-4); found nothing (the field is missing)",
        ],
        "customerNull": [
          "customer: the customer's tenant ID: a relationship is bound to its customer from approval on (GDAP-4); found null",
        ],
        "expiredUnapprovedBeforeCreation": [
          "endDateTime: an instant not before createdDateTime (2026-01-10T11:24:42.314Z); found 2026-01-01T00:00:00.000Z",
        ],
        "globalAdministratorAutoExtends": [
          "autoExtendDuration: PT0S: a relationship that includes Global Administrator cannot auto-extend (GDAP-2); found "P180D"",
        ],
        "partnerOption": [
          "(root): an identifier in the option partner (a non-empty string of at most 256 characters); found """,
        ],
        "repeatedRole": [
          "accessDetails.unifiedRoles[2].roleDefinitionId: a role not already listed (at index 0); found "729827e3-9c14-49f7-bb1b-9608f156bbb8"",
        ],
        "tenantNull": [
          "customer.tenantId: the customer's tenant ID: a relationship is bound to its customer from approval on (GDAP-4); found null",
        ],
        "terminatedBeforeActivation": [
          "lastModifiedDateTime: an instant not before activatedDateTime (2026-01-12T11:26:44.994Z); found 2026-01-11T00:00:00.000Z",
        ],
        "unknownStatus": [
          "status: one of "created", "approvalPending", "approved", "activating", "active", "expiring", "expired", "terminationRequested", "terminating", "terminated", "unknownFutureValue", or another member Microsoft Graph added (a camelCase name); found "Active"",
        ],
      }
    `);
  });

  it("GDAP-4 GDAP-5 the customer and the expiry of requests are read as Graph gives them", () => {
    const { customer: _customer, activatedDateTime: _a, endDateTime: _e, ...unapproved } = active;
    const pendingWithCustomer = parseGraphDelegatedAdminRelationship(
      { ...unapproved, customer: active.customer, status: "approvalPending" },
      { partner },
    )._unsafeUnwrap();
    expect(pendingWithCustomer.customer).toBe(customer);
    const expiredOpen = parseGraphDelegatedAdminRelationship(
      { ...unapproved, status: "expired" },
      { partner },
    )._unsafeUnwrap();
    expect(expiredOpen).toMatchObject({ expiredBecause: "requestNotApproved" });
    expect(expiredOpen).not.toHaveProperty("customer");
    const expiredBound = parseGraphDelegatedAdminRelationship(
      { ...unapproved, customer: active.customer, status: "expired", activatedDateTime: null },
      { partner },
    )._unsafeUnwrap();
    expect(expiredBound).toMatchObject({ expiredBecause: "requestNotApproved", customer });
  });

  it("GDAP-6 each broken fact of an assignment, and of a list page, is reported at Graph's path", () => {
    const assignmentRoles = (assignmentJson.accessDetails as { unifiedRoles: unknown[] }).unifiedRoles;
    expect({
      options: faults(parseGraphAccessAssignment(assignmentJson, { relationship: "", partner: " p", customer: "" })),
      repeatedRole: faults(
        parseGraphAccessAssignment(
          { ...assignmentJson, accessDetails: { unifiedRoles: [...assignmentRoles, assignmentRoles[1]] } },
          assignmentOptions,
        ),
      ),
      modifiedBeforeCreation: faults(
        parseGraphAccessAssignment(
          { ...assignmentJson, lastModifiedDateTime: "2026-01-01T00:00:00Z" },
          assignmentOptions,
        ),
      ),
      deletedBeforeCreation: faults(
        parseGraphAccessAssignment(
          { ...assignmentJson, status: "deleted", lastModifiedDateTime: "2026-01-01T00:00:00Z" },
          assignmentOptions,
        ),
      ),
      pageWithoutValue: faults(parseGraphAccessAssignments({ "@odata.context": "x" }, assignmentOptions)),
      emptyNextLink: faults(parseGraphAccessAssignments({ value: [], "@odata.nextLink": "" }, assignmentOptions)),
    }).toMatchInlineSnapshot(`
      {
        "deletedBeforeCreation": [
          "lastModifiedDateTime: an instant not before createdDateTime (2026-01-12T12:00:18.678Z); found 2026-01-01T00:00:00.000Z",
        ],
        "emptyNextLink": [
          "["@odata.nextLink"]: a string of 1 to 10000 characters; found a string of 0 characters",
        ],
        "modifiedBeforeCreation": [
          "lastModifiedDateTime: an instant not before createdDateTime (2026-01-12T12:00:18.678Z); found 2026-01-01T00:00:00.000Z",
        ],
        "options": [
          "(root): an identifier in the option relationship (a non-empty string of at most 256 characters); found """,
          "(root): an identifier in the option partner (a non-empty string of at most 256 characters); found " p"",
          "(root): an identifier in the option customer (a non-empty string of at most 256 characters); found """,
        ],
        "pageWithoutValue": [
          "value: an array of items, each a Microsoft Graph delegatedAdminAccessAssignment; found nothing (the field is missing)",
        ],
        "repeatedRole": [
          "accessDetails.unifiedRoles[2].roleDefinitionId: a role not already listed (at index 1); found "fe930be7-5e62-47db-91af-98c3a49a38b1"",
        ],
      }
    `);
  });
});
