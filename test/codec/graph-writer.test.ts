/**
 * The Graph writer (GDAP-12) against the request examples of Microsoft's Graph v1.0
 * reference pages (test/fixtures/graph/microsoft/, see SOURCES.md there): each body is
 * compared byte for byte with the example as printed, and method, URL and headers with the
 * page's request line and headers.
 */
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import {
  type ActiveAccessAssignment,
  type ActiveGdap,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  removeGlobalAdministrator,
  setGdapAutoExtend,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import {
  GRAPH_V1_ROOT,
  type GraphRequest,
  graphCreateAccessAssignmentRequest,
  graphCreateRelationshipRequest,
  graphDeleteAccessAssignmentRequest,
  graphDeleteRelationshipRequest,
  graphListOperationsRequest,
  graphRelationshipActionRequest,
  graphUpdateAccessAssignmentRequest,
  graphUpdateRelationshipRequest,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { active, assignment, created } from "../gdap/fixtures.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/graph/microsoft/${name}`, import.meta.url), "utf8").trimEnd();

/** The body as Graph's page prints it: two-space JSON. */
const printed = (request: GraphRequest): string => JSON.stringify(request.body, null, 2);

/** The If-Match value every example on these pages shows. */
const ETAG = 'W/"JyI0NzAwNjg0NS0wMDAwLTE5MDAtMDAwMC02MGY0Yjg4MzAwMDAiJw=="';
const RELATIONSHIPS = `${GRAPH_V1_ROOT}/tenantRelationships/delegatedAdminRelationships`;
const UPDATE_ID = "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";
const EXCHANGE = "29232cdf-9323-42fd-ade2-1d097af3e4de";
const TEAMS = "3a2c62db-5318-420d-8d74-23affee5d9d5";

function ok(result: { isOk(): boolean; _unsafeUnwrap(): GraphRequest }): GraphRequest {
  expect(result.isOk()).toBe(true);
  return result._unsafeUnwrap();
}

describe("Graph writer (GDAP-12)", () => {
  it("GDAP-12 create a relationship: POST …/delegatedAdminRelationships, the body of Graph's example byte for byte", () => {
    const relationship = {
      ...created({
        customer: "4b827261-d21f-4aa9-b7db-7fa1f56fb163",
        displayName: "Contoso admin relationship",
        duration: "P730D",
        roles: [EXCHANGE, TEAMS],
        autoExtendDuration: "P180D",
      }),
      customerDisplayName: "Contoso subsidiary Inc",
    };
    const request = ok(graphCreateRelationshipRequest(relationship));
    expect(request.method).toBe("POST");
    expect(`${GRAPH_V1_ROOT}${request.path}`).toBe(RELATIONSHIPS);
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
    expect(printed(request)).toBe(fixture("relationship-create.request.json"));
  });

  it("GDAP-12 update a created relationship: PATCH …/{id} with If-Match and Graph's example body", () => {
    const relationship = {
      ...created({
        id: UPDATE_ID,
        customer: "52eaad04-13a2-4a2f-9ce8-93a294fadf36",
        displayName: "Updated Contoso admin relationship",
        duration: "P31D",
        roles: ["44367163-eba1-44c3-98af-f5787879f96a", EXCHANGE, "69091246-20e8-4a56-aa4d-066075b2a7a8", TEAMS],
      }),
      etag: ETAG,
    };
    const request = ok(graphUpdateRelationshipRequest(relationship, ["displayName", "duration", "customer", "roles"]));
    expect(request.method).toBe("PATCH");
    expect(`${GRAPH_V1_ROOT}${request.path}`).toBe(`${RELATIONSHIPS}/${UPDATE_ID}`);
    expect(request.headers).toEqual({ "If-Match": ETAG, "Content-Type": "application/json" });
    expect(printed(request)).toBe(fixture("relationship-update.request.json"));
  });

  it("GDAP-12 delete a created relationship: DELETE …/{id} with If-Match and no body, as the delete page shows", () => {
    const request = ok(graphDeleteRelationshipRequest({ ...created({ id: UPDATE_ID }), etag: ETAG }));
    expect(request).toEqual({
      method: "DELETE",
      path: `/tenantRelationships/delegatedAdminRelationships/${UPDATE_ID}`,
      headers: { "If-Match": ETAG },
    });
  });

  it("GDAP-12 lock for approval and terminate: POST …/{id}/requests with Graph's example body, no If-Match", () => {
    const lock = ok(graphRelationshipActionRequest(created({ id: UPDATE_ID }), "lockForApproval"));
    expect(`${GRAPH_V1_ROOT}${lock.path}`).toBe(`${RELATIONSHIPS}/${UPDATE_ID}/requests`);
    expect(lock.method).toBe("POST");
    expect(lock.headers).toEqual({ "Content-Type": "application/json" });
    expect(printed(lock)).toBe(fixture("request-create.request.json"));
    const terminate = ok(graphRelationshipActionRequest(active(), "terminate"));
    expect(terminate.body).toEqual({ action: "terminate" });
    // the status each action needs (GDAP-1)
    expect(graphRelationshipActionRequest(active(), "lockForApproval")._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-12",
      path: "status",
    });
    expect(graphRelationshipActionRequest(created(), "terminate").isErr()).toBe(true);
    expect(graphRelationshipActionRequest(created(), "approve" as never)._unsafeUnwrapErr()).toMatchObject({
      path: "action",
    });
  });

  it("GDAP-12 create an access assignment: POST …/{id}/accessAssignments with Graph's example body", () => {
    const relationship = active({
      roles: [EXCHANGE, "f2ef992c-3afb-46b9-b7cf-a126ee74c451", HELPDESK_ADMINISTRATOR, TEAMS],
    });
    const made = assignment(relationship, "869713c9-0b28-4d08-8949-ae07ae1bf528", [
      EXCHANGE,
      "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
      HELPDESK_ADMINISTRATOR,
      TEAMS,
    ]);
    const request = ok(graphCreateAccessAssignmentRequest(made));
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`/tenantRelationships/delegatedAdminRelationships/${relationship.id}/accessAssignments`);
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
    expect(printed(request)).toBe(fixture("access-assignment-create.request.json"));
  });

  it("GDAP-12 update and delete an access assignment: PATCH / DELETE …/accessAssignments/{id} with If-Match", () => {
    const relationshipId = "5e5594d3-6f82-458b-b567-77db4811f0cd-00000000-0000-0000-0000-000000001234";
    const assignmentId = "da9d6cf90-083a-47dc-ace2-1da98be3f344";
    const roles = [
      "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
      "44367163-eba1-44c3-98af-f5787879f96a",
      HELPDESK_ADMINISTRATOR,
    ];
    const relationship: ActiveGdap = { ...active({ roles }), id: relationshipId };
    const given: ActiveAccessAssignment = {
      ...assignment(relationship, "g", roles),
      id: assignmentId,
      relationship: relationshipId,
    };
    const update = ok(graphUpdateAccessAssignmentRequest({ ...given, etag: ETAG }));
    expect(update.method).toBe("PATCH");
    expect(`${GRAPH_V1_ROOT}${update.path}`).toBe(
      `${RELATIONSHIPS}/${relationshipId}/accessAssignments/${assignmentId}`,
    );
    expect(update.headers).toEqual({ "If-Match": ETAG, "Content-Type": "application/json" });
    expect(printed(update)).toBe(fixture("access-assignment-update.request.json"));
    const remove = ok(graphDeleteAccessAssignmentRequest({ ...given, etag: ETAG }));
    expect(remove).toEqual({ method: "DELETE", path: update.path, headers: { "If-Match": ETAG } });
  });

  it("GDAP-12 refuses to write a request Graph would refuse: no etag where If-Match is required, a status Graph does not update", () => {
    const noEtag = graphUpdateRelationshipRequest(created())._unsafeUnwrapErr();
    expect(noEtag).toMatchObject({ code: "invalid_input", rule: "GDAP-12", path: "etag" });
    expect(graphDeleteRelationshipRequest(created())._unsafeUnwrapErr()).toMatchObject({ path: "etag" });
    const given = assignment(active());
    expect(graphUpdateAccessAssignmentRequest(given)._unsafeUnwrapErr()).toMatchObject({ path: "etag" });
    expect(graphDeleteAccessAssignmentRequest(given)._unsafeUnwrapErr()).toMatchObject({ path: "etag" });
    // an active relationship changes only its auto-extend duration, or loses Global Administrator
    const running = { ...active(), etag: ETAG };
    expect(graphUpdateRelationshipRequest(running, ["displayName"])._unsafeUnwrapErr()).toMatchObject({
      path: "fields[0]",
    });
    expect(graphDeleteRelationshipRequest(running)._unsafeUnwrapErr()).toMatchObject({ path: "status" });
    expect(graphCreateRelationshipRequest(running)._unsafeUnwrapErr()).toMatchObject({ path: "status" });
    expect(graphUpdateRelationshipRequest(running, [])._unsafeUnwrapErr()).toMatchObject({ path: "fields" });
    // plain JavaScript callers get an error value, not a TypeError
    expect(graphUpdateRelationshipRequest(null as never).isErr()).toBe(true);
    expect(graphDeleteAccessAssignmentRequest(undefined as never).isErr()).toBe(true);
    expect(graphCreateAccessAssignmentRequest({ status: "deleted" } as never).isErr()).toBe(true);
  });

  it("GDAP-12 auto-extend and removing Global Administrator while active: PATCH with only the changed property", () => {
    const withGlobalAdmin = { ...active({ roles: [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] }), etag: ETAG };
    const removal = ok(graphUpdateRelationshipRequest({ ...withGlobalAdmin, roles: [USER_ADMINISTRATOR] }, ["roles"]));
    expect(removal.body).toEqual({ accessDetails: { unifiedRoles: [{ roleDefinitionId: USER_ADMINISTRATOR }] } });
    const extend = ok(
      graphUpdateRelationshipRequest({
        ...withGlobalAdmin,
        autoExtendDuration: { years: 0, months: 0, weeks: 0, days: 180, hours: 0, minutes: 0, seconds: 0 },
      }),
    );
    expect(extend.body).toEqual({ autoExtendDuration: "P180D" });
    expect(extend.headers["If-Match"]).toBe(ETAG);
  });

  it("GDAP-12 from a step to its request: the value the step returns is the one the writer reads", () => {
    const partnerAgent = {
      kind: "partnerUser" as const,
      id: "ana",
      partner: "fabrikam",
      roles: ["adminAgent" as const],
    };
    const withGlobalAdmin = { ...active({ roles: [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] }), etag: ETAG };
    const at = withGlobalAdmin.activatedDateTime + 1000;
    const removal = removeGlobalAdministrator(withGlobalAdmin, { by: partnerAgent, at }).andThen((changed) =>
      graphUpdateRelationshipRequest(changed, ["roles"]),
    );
    expect(removal._unsafeUnwrap().body).toEqual({
      accessDetails: { unifiedRoles: [{ roleDefinitionId: USER_ADMINISTRATOR }] },
    });
    const extend = setGdapAutoExtend(
      { ...active(), etag: ETAG },
      { autoExtendDuration: "P180D", by: partnerAgent, at },
    ).andThen((changed) => graphUpdateRelationshipRequest(changed, ["autoExtendDuration"]));
    expect(extend._unsafeUnwrap()).toMatchObject({ method: "PATCH", body: { autoExtendDuration: "P180D" } });
  });

  it("GDAP-12 follows a long-running operation (GDAP-9) with Prefer: include-unknown-enum-members", () => {
    expect(graphListOperationsRequest("a/b")._unsafeUnwrap()).toEqual({
      method: "GET",
      path: "/tenantRelationships/delegatedAdminRelationships/a%2Fb/operations",
      headers: { Prefer: "include-unknown-enum-members" },
    });
    expect(graphListOperationsRequest({ toString: () => "x" } as never)._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "GDAP-12",
      path: "relationship",
    });
  });

  const junk = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 2 });
  test.prop([
    fc.oneof(
      junk,
      fc.record({
        status: fc.constantFrom("created", "active", "pending"),
        roles: junk,
        etag: junk,
        id: junk,
        relationship: junk,
      }),
    ),
  ])(
    "GDAP-12 every writer answers any value from plain JavaScript with a request or invalid_input, never a throw",
    (value) => {
      const writers = [
        graphCreateRelationshipRequest,
        (v: never) => graphUpdateRelationshipRequest(v),
        (v: never) => graphUpdateRelationshipRequest(v, ["roles", "displayName"]),
        graphDeleteRelationshipRequest,
        (v: never) => graphRelationshipActionRequest(v, "terminate"),
        graphCreateAccessAssignmentRequest,
        graphUpdateAccessAssignmentRequest,
        graphDeleteAccessAssignmentRequest,
      ];
      for (const write of writers) {
        const result = write(value as never);
        if (result.isErr()) expect(result.error).toMatchObject({ code: "invalid_input", rule: "GDAP-12" });
      }
    },
  );
});
