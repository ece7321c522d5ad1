/**
 * Microsoft's own example payloads (test/fixtures/graph/microsoft/, verbatim from the Graph
 * v1.0 reference pages, see SOURCES.md there): every response is read to the values the
 * page shows, every request body is recognised as the request shape of its call.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_POLICY, isGdapActiveAt, MS_PER_DAY, ZERO_DURATION } from "partner-relationships";
import {
  GRAPH_UNKNOWN_USER,
  gdapRelationshipToJson,
  parseGdapRelationship,
  parseGraphAccessAssignment,
  parseGraphAccessAssignments,
  parseGraphDelegatedAdminCustomer,
  parseGraphDelegatedAdminCustomers,
  parseGraphDelegatedAdminRelationship,
  parseGraphDelegatedAdminRelationships,
  parseGraphRelationshipOperation,
  parseGraphRelationshipOperations,
  parseGraphRelationshipRequest,
  parseGraphRelationshipRequests,
} from "partner-relationships/codec";
import { afterAll, describe, expect, it } from "vitest";
import { pathsOf } from "./round-trip.js";

const FOLDER = fileURLToPath(new URL("../fixtures/graph/microsoft/", import.meta.url));
const tested = new Set<string>();

/** A fixture, parsed, and marked as tested. */
function microsoft(name: string): Record<string, unknown> {
  tested.add(name);
  return JSON.parse(readFileSync(`${FOLDER}${name}`, "utf8")) as Record<string, unknown>;
}

const partner = "fabrikam";
const at = (iso: string): number => Date.parse(iso);
const days = (n: number) => ({ ...ZERO_DURATION, days: n });
const RELATIONSHIP = "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";
const ASSIGNMENT_RELATIONSHIP = "72a7ae7e-4887-4e34-9755-2e1e9b26b943-63f017cb-9e0d-4f14-94bd-4871902b3409";
const ETAG_1800 = 'W/"JyIxODAwZTY4My0wMDAwLTAyMDAtMDAwMC02MTU0OWFmMDAwMDAiJw=="';
const ETAG_0300 = 'W/"JyIwMzAwZTM0ZS0wMDAwLTAyMDAtMDAwMC02MTRjZjI1YzAwMDAiJw=="';
const CONTOSO = "4fdbff88-9d6b-42e0-9713-45c922ba8001";
const SUBSIDIARY = "4b827261-d21f-4aa9-b7db-7fa1f56fb163";
const assignmentOptions = { relationship: ASSIGNMENT_RELATIONSHIP, partner, customer: CONTOSO };

describe("Microsoft's delegatedAdminRelationship examples", () => {
  it("GDAP-11 Get: an active relationship with the customer's display name, the etag and seven-digit times cut to milliseconds", () => {
    const relationship = parseGraphDelegatedAdminRelationship(microsoft("relationship-get.response.json"), {
      partner,
    })._unsafeUnwrap();
    expect(relationship).toStrictEqual({
      status: "active",
      id: RELATIONSHIP,
      displayName: "Contoso admin relationship",
      partner,
      roles: [
        "729827e3-9c14-49f7-bb1b-9608f156bbb8",
        "fe930be7-5e62-47db-91af-98c3a49a38b1",
        "e6d1a23a-da11-4be4-9570-befc86d067a7",
      ],
      duration: days(730),
      autoExtendDuration: ZERO_DURATION,
      createdDateTime: at("2022-02-10T11:24:42.314Z"),
      createdBy: GRAPH_UNKNOWN_USER,
      lastModifiedDateTime: at("2022-02-10T11:26:44.994Z"),
      requestExpiresDateTime: at("2022-02-10T11:24:42.314Z") + DEFAULT_POLICY.gdap.requestLifetimeDays * MS_PER_DAY,
      customerDisplayName: "Contoso Inc",
      etag: ETAG_1800,
      customer: CONTOSO,
      approvedBy: GRAPH_UNKNOWN_USER,
      activatedDateTime: at("2022-02-10T11:26:44.994Z"),
      endDateTime: at("2024-02-10T11:24:42.314Z"),
    });
    expect(isGdapActiveAt(relationship, at("2023-01-01T00:00:00Z"))).toBe(true);
  });

  it('GDAP-11 Create (201): "activatedDateTime": "" reads as absent, and the created relationship keeps Graph\'s facts', () => {
    const relationship = parseGraphDelegatedAdminRelationship(microsoft("relationship-create.response.json"), {
      partner,
    })._unsafeUnwrap();
    expect(relationship).toMatchObject({
      status: "created",
      id: RELATIONSHIP,
      displayName: "Contoso admin relationship",
      customer: SUBSIDIARY,
      customerDisplayName: "Contoso subsidiary Inc",
      etag: ETAG_1800,
      roles: ["29232cdf-9323-42fd-ade2-1d097af3e4de", "3a2c62db-5318-420d-8d74-23affee5d9d5"],
      duration: days(730),
      autoExtendDuration: days(180),
      createdDateTime: at("2022-02-10T11:24:42.314Z"),
      lastModifiedDateTime: at("2022-02-10T11:24:42.314Z"),
    });
    expect(relationship).not.toHaveProperty("activatedDateTime");
  });

  it("GDAP-10 GDAP-11 List: three relationships, a reseller one with its provider and pending consent, no fault, no next page", () => {
    const page = parseGraphDelegatedAdminRelationships(microsoft("relationship-list.response.json"), {
      partner,
    })._unsafeUnwrap();
    expect(page.faults).toEqual([]);
    expect(page).not.toHaveProperty("nextLink");
    expect(page.value.map((relationship) => [relationship.status, relationship.displayName])).toEqual([
      ["active", "Contoso admin relationship"],
      ["terminated", "Contoso subsidiary relationship"],
      ["approvalPending", "Fabrikam admin relationship"],
    ]);
    const [active, terminated, reseller] = page.value;
    expect(active).toMatchObject({
      customerDisplayName: "Contoso Inc",
      etag: ETAG_0300,
      autoExtendDuration: days(180),
      roles: ["dd4db9a0-cc4a-4213-9f9f-70242232d97e"],
    });
    expect(active).not.toHaveProperty("reseller");
    expect(terminated).toMatchObject({
      customer: SUBSIDIARY,
      customerDisplayName: "Contoso subsidiary Inc",
      etag: 'W/"JyIwMzAwZTM0ZS0wKklILTAyMDAtMDAwMC02MTRjZjI1YzAwMDAiJw=="',
      duration: days(30),
      activatedDateTime: at("2021-09-29T16:55:20.210Z"),
      terminatedDateTime: at("2021-10-29T16:57:20.210Z"),
    });
    expect(reseller).toMatchObject({
      customerDisplayName: "Fabrikam Inc.",
      reseller: { indirectProviderTenantId: "60ea59db-a506-485e-94c5-d115f369e239", isPartnerConsentPending: true },
    });
    expect(reseller?.roles).toHaveLength(9);
    expect(reseller).not.toHaveProperty("activatedDateTime");
  });

  it("GDAP-11 INVAR-5 what the readers keep from Microsoft's examples survives the library's JSON", () => {
    const page = parseGraphDelegatedAdminRelationships(microsoft("relationship-list.response.json"), {
      partner,
    })._unsafeUnwrap();
    for (const relationship of page.value)
      expect(
        parseGdapRelationship(JSON.parse(JSON.stringify(gdapRelationshipToJson(relationship))))._unsafeUnwrap(),
      ).toStrictEqual(relationship);
  });

  it("GDAP-11 Update (200): a response without autoExtendDuration means none; a customer without a display name has none", () => {
    const relationship = parseGraphDelegatedAdminRelationship(microsoft("relationship-update.response.json"), {
      partner,
    })._unsafeUnwrap();
    expect(relationship).toMatchObject({
      status: "created",
      displayName: "Updated Contoso admin relationship",
      duration: days(31),
      autoExtendDuration: ZERO_DURATION,
      customer: "52eaad04-13a2-4a2f-9ce8-93a294fadf36",
      etag: ETAG_0300,
    });
    expect(relationship.roles).toHaveLength(4);
    expect(relationship).not.toHaveProperty("customerDisplayName");
  });

  it("GDAP-12 the create and update request bodies are request shapes: the writable properties, which the response echoes", () => {
    const create = microsoft("relationship-create.request.json");
    const update = microsoft("relationship-update.request.json");
    expect(Object.keys(create).sort()).toEqual(
      ["accessDetails", "autoExtendDuration", "customer", "displayName", "duration"].sort(),
    );
    expect(Object.keys(update).sort()).toEqual(["accessDetails", "customer", "displayName", "duration"].sort());
    // Nothing server-side (id, status, times, etag) in a request; read over its response, it changes nothing.
    for (const [request, response] of [
      [create, microsoft("relationship-create.response.json")],
      [update, microsoft("relationship-update.response.json")],
    ] as const) {
      expect(parseGraphDelegatedAdminRelationship(request, { partner }).isErr()).toBe(true);
      expect(parseGraphDelegatedAdminRelationship({ ...response, ...request }, { partner })).toEqual(
        parseGraphDelegatedAdminRelationship(response, { partner }),
      );
    }
  });
});

describe("Microsoft's delegatedAdminAccessAssignment examples", () => {
  it("GDAP-6 GDAP-11 Get: the group, the roles and the etag", () => {
    const assignment = parseGraphAccessAssignment(
      microsoft("access-assignment-get.response.json"),
      assignmentOptions,
    )._unsafeUnwrap();
    expect(assignment).toStrictEqual({
      status: "active",
      id: "da9d6cf90-083a-47dc-ace2-1da98be3f344",
      relationship: ASSIGNMENT_RELATIONSHIP,
      partner,
      customer: CONTOSO,
      group: "227a2f44-2682-4831-a021-f8d69a34bcba",
      roles: [
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
        "44367163-eba1-44c3-98af-f5787879f96a",
        "29232cdf-9323-42fd-ade2-1d097af3e4de",
        "62e90394-69f5-4237-9190-012177145e10",
      ],
      createdDateTime: at("2022-03-09T13:20:35.277Z"),
      lastModifiedDateTime: at("2022-03-11T23:50:35.897Z"),
      etag: 'W/"JYsD02WrMDI5OC0wMDAwLTAyMDAtMDAwMC02MjJiZTA0YjAwMDAiJw=="',
    });
  });

  it("GDAP-6 List and Create (201): two active assignments, and a pending one", () => {
    const page = parseGraphAccessAssignments(
      microsoft("access-assignment-list.response.json"),
      assignmentOptions,
    )._unsafeUnwrap();
    expect(page.faults).toEqual([]);
    expect(page.value.map((assignment) => [assignment.id, assignment.status, assignment.group])).toEqual([
      ["84c586df-0943-416e-b95f-7289cb8d3bd5", "active", "227a2f44-2682-4831-a021-f8d69a34bcba"],
      ["8d56bce3-440f-4b4f-b5c2-cc0bcbd0199c", "active", "869713c9-0b28-4d08-8949-ae07ae1bf528"],
    ]);
    expect(page.value[1]?.etag).toBe('W/"JyIwMDAwMjAwOC0wMDAwLTAyMDAtMDAwMC02MjJhYWQzYjAwMDAiJw=="');
    const created = parseGraphAccessAssignment(
      microsoft("access-assignment-create.response.json"),
      assignmentOptions,
    )._unsafeUnwrap();
    expect(created).toMatchObject({
      status: "pending",
      id: "a9d6cf90-083a-47dc-ace2-1da98be3f344",
      group: "869713c9-0b28-4d08-8949-ae07ae1bf528",
      createdDateTime: at("2022-02-13T10:33:52.318Z"),
      etag: ETAG_1800,
    });
    expect(created.roles).toHaveLength(4);
  });

  it("GDAP-9 GDAP-12 the create and update request bodies are request shapes; the update's 202 body holds no assignment", () => {
    const create = microsoft("access-assignment-create.request.json");
    const update = microsoft("access-assignment-update.request.json");
    expect(Object.keys(create).sort()).toEqual(["accessContainer", "accessDetails"]);
    expect(Object.keys(update)).toEqual(["accessDetails"]);
    const response = microsoft("access-assignment-create.response.json");
    expect(parseGraphAccessAssignment({ ...response, ...create }, assignmentOptions)).toEqual(
      parseGraphAccessAssignment(response, assignmentOptions),
    );
    // The update is partial: over the assignment it changes, it gives the roles the operation will set.
    const current = microsoft("access-assignment-get.response.json");
    expect(parseGraphAccessAssignment({ ...current, ...update }, assignmentOptions)._unsafeUnwrap().roles).toEqual([
      "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
      "44367163-eba1-44c3-98af-f5787879f96a",
      "729827e3-9c14-49f7-bb1b-9608f156bbb8",
    ]);
    // 202 Accepted: `{}`; the change is the operation at the Location header (GDAP-9).
    const accepted = microsoft("access-assignment-update.response.json");
    expect(accepted).toEqual({});
    expect(pathsOf(parseGraphAccessAssignment(accepted, assignmentOptions))).toContain("id");
  });
});

describe("Microsoft's delegatedAdminRelationshipRequest examples (GDAP-8)", () => {
  const options = { relationship: RELATIONSHIP };

  it("GDAP-8 List: a lockForApproval that succeeded and a terminate still running, not yet in force", () => {
    const page = parseGraphRelationshipRequests(microsoft("request-list.response.json"), options)._unsafeUnwrap();
    expect(page.faults).toEqual([]);
    expect(page.value).toStrictEqual([
      {
        id: "ae5a6b9e-6355-43dd-b708-48486b69c3ff",
        relationship: RELATIONSHIP,
        action: "lockForApproval",
        status: "succeeded",
        createdDateTime: at("2022-02-01T06:14:55.539Z"),
        lastModifiedDateTime: at("2022-02-01T06:14:55.539Z"),
        etag: ETAG_1800,
      },
      {
        id: "8a1b6676-5c12-47ba-8d3a-1d38387b0909",
        relationship: RELATIONSHIP,
        action: "terminate",
        status: "running",
        createdDateTime: at("2022-03-02T06:11:55.539Z"),
        lastModifiedDateTime: at("2022-03-02T06:11:55.539Z"),
        etag: ETAG_1800,
      },
    ]);
  });

  it("GDAP-8 Get and Create (201): a created lockForApproval, with and without an etag", () => {
    expect(parseGraphRelationshipRequest(microsoft("request-get.response.json"), options)._unsafeUnwrap()).toEqual({
      id: "cf4a23c7-070c-4d1c-8be8-1e86085ac9d1",
      relationship: RELATIONSHIP,
      action: "lockForApproval",
      status: "created",
      createdDateTime: at("2022-02-10T10:55:47.118Z"),
      lastModifiedDateTime: at("2022-02-10T11:26:44.994Z"),
      etag: ETAG_1800,
    });
    const created = parseGraphRelationshipRequest(microsoft("request-create.response.json"), options)._unsafeUnwrap();
    expect(created).toMatchObject({ id: "5a6666c9-7282-0a41-67aa-25a5a3fbf339", status: "created" });
    expect(created).not.toHaveProperty("etag");
  });

  it("GDAP-8 GDAP-12 the create request body is the request shape: an action, which the response echoes", () => {
    const body = microsoft("request-create.request.json");
    expect(body).toEqual({ action: "lockForApproval" });
    const response = microsoft("request-create.response.json");
    expect(parseGraphRelationshipRequest({ ...response, ...body }, options)).toEqual(
      parseGraphRelationshipRequest(response, options),
    );
  });
});

describe("Microsoft's delegatedAdminRelationshipOperation examples (GDAP-9)", () => {
  const options = { relationship: RELATIONSHIP };

  it("GDAP-9 Get: data, a JSON string, is read into the access assignment it changes", () => {
    expect(
      parseGraphRelationshipOperation(microsoft("operation-get.response.json"), options)._unsafeUnwrap(),
    ).toStrictEqual({
      id: "57e4479a-aafb-4d00-ab0f-8ce6027466cf",
      relationship: RELATIONSHIP,
      operationType: "delegatedAdminAccessAssignmentUpdate",
      data: {
        kind: "accessAssignment",
        id: "a97a9b4c-f43e-4c47-bbd6-50d8d3c88d94",
        group: "869713c9-0b28-4d08-8949-ae07ae1bf528",
        roles: ["e3973bdf-4987-49ae-837a-ba8e231c7286"],
        status: "active",
      },
      status: "succeeded",
      createdDateTime: at("2022-02-11T19:27:31.404Z"),
      lastModifiedDateTime: at("2022-02-11T19:27:31.404Z"),
      etag: ETAG_0300,
    });
  });

  it("GDAP-9 List: two succeeded assignment updates, each with the group and roles it set", () => {
    const page = parseGraphRelationshipOperations(microsoft("operation-list.response.json"), options)._unsafeUnwrap();
    expect(page.faults).toEqual([]);
    expect(page.value.map((operation) => [operation.id, operation.status, operation.data])).toEqual([
      [
        "e7de9158-df46-478e-820c-d6eff099d27b",
        "succeeded",
        {
          kind: "accessAssignment",
          id: "a97a9b4c-f43e-4c47-bbd6-50d8d3c88d94",
          group: "11cc3849-c298-455f-9a11-b7be350ef352",
          roles: ["f2ef992c-3afb-46b9-b7cf-a126ee74c451", "62e90394-69f5-4237-9190-012177145e10"],
          status: "active",
        },
      ],
      [
        "f7a7dad4-8cc4-40d7-be44-dd3501b1f4e0",
        "succeeded",
        {
          kind: "accessAssignment",
          id: "a97a9b4c-f43e-4c47-bbd6-50d8d3c88d94",
          group: "8d56bce3-440f-4b4f-b5c2-cc0bcbd0199c",
          roles: ["29232cdf-9323-42fd-ade2-1d097af3e4de", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"],
          status: "active",
        },
      ],
    ]);
    expect(page.value[1]?.lastModifiedDateTime).toBe(at("2022-02-11T20:34:42.920Z"));
  });
});

describe("Microsoft's delegatedAdminCustomer examples", () => {
  it("GDAP-11 Get and List: each customer's tenant ID, display name and etag", () => {
    expect(parseGraphDelegatedAdminCustomer(microsoft("customer-get.response.json"))._unsafeUnwrap()).toStrictEqual({
      id: CONTOSO,
      displayName: "Contoso Inc",
      etag: ETAG_1800,
    });
    const page = parseGraphDelegatedAdminCustomers(microsoft("customer-list.response.json"))._unsafeUnwrap();
    expect(page).toStrictEqual({
      value: [
        {
          id: CONTOSO,
          displayName: "Contoso Inc",
          etag: 'W/"JyIxODAwMTMzZi0wMDAwLTAyMDAtMDAwMC02MTNjMGFhZTAwMDAiJw=="',
        },
        {
          id: "1c0fa218-5dec-49db-8247-cfa457af8116",
          displayName: "Contoso subsidiary Inc",
          etag: 'W/"JyIwMDAwMTEwMS0wMDAwLTAyMDAtMDAwMC02MDI1OTQyMjAwMDAiJw=="',
        },
      ],
      faults: [],
    });
  });
});

afterAll(() => {
  // Every example checked in is read by a test above (the "every fixture is tested").
  const files = readdirSync(FOLDER).filter((name) => name.endsWith(".json") && name !== "biome.json");
  expect(files.filter((name) => !tested.has(name))).toEqual([]);
});
