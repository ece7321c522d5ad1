import fc from "fast-check";
import {
  ACCESS_ASSIGNMENT_STATUSES,
  formatDuration,
  GDAP_STATUSES,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  USER_ADMINISTRATOR,
  ZERO_DURATION,
} from "partner-relationships";
import {
  accessAssignmentSchema,
  accessAssignmentToJson,
  documentToJson,
  gdapRelationshipSchema,
  gdapRelationshipToJson,
  isoDurationSchema,
  isoDurationToJson,
  parseAccessAssignment,
  parseDocument,
  parseGdapRelationship,
  parseIsoDuration,
  parseState,
  stateToJson,
  toDocument,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { accessAssignmentArb, gdapRelationshipArb, isoDurationArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, pathsOf, throughJsonText } from "./round-trip.js";

const active = {
  status: "active",
  id: "g-1",
  displayName: "Contoso helpdesk",
  partner: "fabrikam",
  roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
  duration: "P730D",
  autoExtendDuration: "P180D",
  createdDateTime: "2026-01-01T00:00:00.000Z",
  createdBy: "agent@fabrikam",
  lastModifiedDateTime: "2026-01-02T00:00:00.000Z",
  requestExpiresDateTime: "2026-04-01T00:00:00.000Z",
  customer: "contoso",
  approvedBy: "admin@contoso",
  activatedDateTime: "2026-01-02T00:00:00.000Z",
  endDateTime: "2028-01-02T00:00:00.000Z",
};

const assignment = {
  status: "active",
  id: "a-1",
  relationship: "g-1",
  partner: "fabrikam",
  customer: "contoso",
  group: "helpdesk-agents",
  roles: [HELPDESK_ADMINISTRATOR],
  createdDateTime: "2026-01-03T00:00:00.000Z",
  lastModifiedDateTime: "2026-01-03T00:00:00.000Z",
};

describe("ISO 8601 durations", () => {
  property(
    "INVAR-5 a duration survives isoDurationToJson → JSON text → parseIsoDuration unchanged",
    [isoDurationArb],
    (duration) => {
      expect(throughJsonText(duration, isoDurationToJson, parseIsoDuration)._unsafeUnwrap()).toStrictEqual(duration);
    },
  );

  it("INVAR-5 writes the text formatDuration writes, zero as PT0S", () => {
    expect(isoDurationToJson({ ...ZERO_DURATION, days: 90 })).toBe("P90D");
    expect(isoDurationToJson(ZERO_DURATION)).toBe("PT0S");
    expect(parseIsoDuration("P0D")._unsafeUnwrap()).toStrictEqual(ZERO_DURATION);
  });

  it("INVAR-6 refuses what parseDuration refuses, with the value found", () => {
    for (const bad of ["2 years", "P", "PT", "P1.5D", "-P1D", "p1d", 90, null])
      expect(issuesOf(parseIsoDuration(bad))).toHaveLength(1);
    expect(isoDurationSchema["~standard"].validate("P2Y")).toHaveProperty("value.years", 2);
  });
});

describe("GDAP relationships", () => {
  property(
    "INVAR-5 a GDAP relationship in any of the ten statuses survives gdapRelationshipToJson → JSON text → parseGdapRelationship unchanged",
    [gdapRelationshipArb],
    (relationship) => {
      expect(
        throughJsonText(relationship, gdapRelationshipToJson, parseGdapRelationship)._unsafeUnwrap(),
      ).toStrictEqual(relationship);
    },
  );

  it("GDAP-1 GDAP-11 the random relationships cover every status, unknownFutureValue included", () => {
    const statuses = new Set(fc.sample(gdapRelationshipArb, { numRuns: 500, seed: 1 }).map((r) => r.status));
    expect([...statuses].sort()).toEqual([...GDAP_STATUSES, "unknownFutureValue"].sort());
  });

  property(
    "INVAR-5 a GDAP relationship survives as a document of kind state",
    [fc.array(gdapRelationshipArb, { maxLength: 3 })],
    (relationships) => {
      const unique = [...new Map(relationships.map((r) => [r.id, r])).values()];
      const state = {
        invitations: new Map(),
        relationships: new Map(),
        agreements: new Map(),
        gdapRelationships: new Map(unique.map((r) => [r.id, r])),
        accessAssignments: new Map(),
        azureSubscriptions: new Map(),
        autopilotDevices: new Map(),
        mpsaSharing: new Map(),
      };
      // The state as the library holds it (persistent maps), from the one built by hand.
      const document = toDocument("state", parseState(stateToJson(state))._unsafeUnwrap());
      expect(throughJsonText(document, documentToJson, parseDocument)._unsafeUnwrap()).toEqual(document);
    },
  );

  it("INVAR-6 reports each fault at its path", () => {
    expect(parseGdapRelationship(active).isOk()).toBe(true);
    expect(pathsOf(parseGdapRelationship({ ...active, roles: [HELPDESK_ADMINISTRATOR, "Helpdesk"] }))).toEqual([
      "roles[1]",
    ]);
    expect(issuesOf(parseGdapRelationship({ ...active, roles: [USER_ADMINISTRATOR, USER_ADMINISTRATOR] }))).toEqual([
      {
        path: "roles[1]",
        expected: "a role not already listed (at index 0)",
        found: JSON.stringify(USER_ADMINISTRATOR),
      },
    ]);
    expect(pathsOf(parseGdapRelationship({ ...active, roles: [] }))).toEqual(["roles"]);
    expect(pathsOf(parseGdapRelationship({ ...active, duration: "two years" }))).toEqual(["duration"]);
    expect(pathsOf(parseGdapRelationship({ ...active, status: "paused" }))).toEqual(["status"]);
    expect(pathsOf(parseGdapRelationship({ ...active, displayName: "   " }))).toEqual(["displayName"]);
  });

  it("GDAP-2 INVAR-6 refuses auto-extension with Global Administrator, and an end time not after the activation", () => {
    expect(issuesOf(parseGdapRelationship({ ...active, roles: [GLOBAL_ADMINISTRATOR] }))).toEqual([
      {
        path: "autoExtendDuration",
        expected: "PT0S: a relationship that includes Global Administrator cannot auto-extend (GDAP-2)",
        found: '"P180D"',
      },
    ]);
    expect(pathsOf(parseGdapRelationship({ ...active, endDateTime: active.activatedDateTime }))).toEqual([
      "endDateTime",
    ]);
  });

  it("GDAP-1 INVAR-6 checks the time order the steps keep", () => {
    expect(pathsOf(parseGdapRelationship({ ...active, lastModifiedDateTime: "2025-12-31T00:00:00Z" }))).toEqual([
      "lastModifiedDateTime",
      "lastModifiedDateTime",
    ]);
    // GDAP-2 (INVAR-7): activated two days earlier, it would end before 2028-01-02 too.
    expect(pathsOf(parseGdapRelationship({ ...active, activatedDateTime: "2025-12-31T00:00:00Z" }))).toEqual([
      "endDateTime",
      "activatedDateTime",
    ]);
    const terminated = {
      ...active,
      status: "terminated",
      autoExtendDuration: "PT0S",
      terminationRequestedBy: "customer",
      terminationRequestedByUser: "admin@contoso",
      terminationRequestedDateTime: "2026-02-01T00:00:00.000Z",
      terminatedDateTime: "2026-01-31T00:00:00.000Z",
      lastModifiedDateTime: "2026-02-01T00:00:00.000Z",
    };
    expect(pathsOf(parseGdapRelationship(terminated))).toEqual(["terminatedDateTime"]);
  });

  it("GDAP-4 GDAP-5 INVAR-6 an approved relationship has its customer; an expired request was never activated", () => {
    const { customer: _customer, ...withoutCustomer } = active;
    expect(pathsOf(parseGdapRelationship({ ...withoutCustomer, status: "approved" }))).toEqual([
      "customer",
      "activatedDateTime",
      "endDateTime",
    ]);
    const expired = {
      ...active,
      status: "expired",
      expiredBecause: "requestNotApproved",
      expiredDateTime: "2026-04-01T00:00:00.000Z",
    };
    expect(pathsOf(parseGdapRelationship(expired))).toEqual(["approvedBy", "activatedDateTime", "endDateTime"]);
    const { approvedBy: _approvedBy, ...withoutApprover } = expired;
    expect(pathsOf(parseGdapRelationship({ ...withoutApprover, expiredBecause: "endDateTimeReached" }))).toEqual([
      "approvedBy",
    ]);
    expect(gdapRelationshipSchema["~standard"].validate(active)).toHaveProperty("value.status", "active");
  });
});

describe("the facts a relationship's JSON must keep, in full (GDAP-1, GDAP-2, GDAP-5)", () => {
  const faults = (json: object): string[] =>
    issuesOf(parseGdapRelationship(json)).map(({ path, expected, found }) => `${path}: ${expected}; found ${found}`);
  const requested = {
    ...active,
    status: "terminationRequested",
    autoExtendDuration: "PT0S",
    terminationRequestedBy: "customer",
    terminationRequestedByUser: "admin@contoso",
    terminationRequestedDateTime: "2026-02-01T00:00:00.000Z",
    lastModifiedDateTime: "2026-02-01T00:00:00.000Z",
  };
  const { customer: _c, approvedBy: _a, activatedDateTime: _t, endDateTime: _e, ...unapproved } = active;

  it("INVAR-6 each broken fact names its field, the bound it breaks and the rule", () => {
    expect({
      requestExpiry: faults({ ...active, requestExpiresDateTime: "2025-12-31T00:00:00.000Z" }),
      endBeforeActivation: faults({ ...active, endDateTime: "2026-01-01T12:00:00.000Z" }),
      expiringModifiedBeforeActivation: faults({
        ...active,
        status: "expiring",
        createdDateTime: "2025-12-01T00:00:00.000Z",
        lastModifiedDateTime: "2025-12-31T00:00:00.000Z",
      }),
      requestedBeforeActivation: faults({ ...requested, terminationRequestedDateTime: "2026-01-01T12:00:00.000Z" }),
      modifiedBeforeRequest: faults({ ...requested, lastModifiedDateTime: "2026-01-15T00:00:00.000Z" }),
      terminatedBeforeRequest: faults({
        ...requested,
        status: "terminated",
        terminatedDateTime: "2026-01-20T00:00:00.000Z",
        lastModifiedDateTime: "2026-01-25T00:00:00.000Z",
      }),
      expiredUnapprovedTooEarly: faults({
        ...unapproved,
        status: "expired",
        expiredBecause: "requestNotApproved",
        expiredDateTime: "2025-12-31T00:00:00.000Z",
        lastModifiedDateTime: "2026-01-01T00:00:00.000Z",
      }),
      expiredUnapprovedButActivated: faults({
        ...active,
        status: "expired",
        expiredBecause: "requestNotApproved",
        expiredDateTime: "2026-04-01T00:00:00.000Z",
      }),
      reachedEndWithoutActivation: faults({
        ...unapproved,
        status: "expired",
        expiredBecause: "endDateTimeReached",
        expiredDateTime: "2026-04-01T00:00:00.000Z",
      }),
      reachedEndWithoutEnd: faults({
        ...active,
        endDateTime: undefined,
        status: "expired",
        expiredBecause: "endDateTimeReached",
        expiredDateTime: "2026-01-01T12:00:00.000Z",
      }),
      reachedEndBeforeActivation: faults({
        ...active,
        status: "expired",
        expiredBecause: "endDateTimeReached",
        endDateTime: "2026-01-01T12:00:00.000Z",
        expiredDateTime: "2026-01-03T00:00:00.000Z",
      }),
    }).toMatchInlineSnapshot(`
      {
        "endBeforeActivation": [
          "endDateTime: an instant after activatedDateTime (2026-01-02T00:00:00.000Z) (GDAP-2); found 2026-01-01T12:00:00.000Z",
        ],
        "expiredUnapprovedButActivated": [
          "approvedBy: no approvedBy: a request that expired unapproved was never approved (GDAP-5); found a value",
          "activatedDateTime: no activatedDateTime: a request that expired unapproved was never approved (GDAP-5); found a value",
          "endDateTime: no endDateTime: a request that expired unapproved was never approved (GDAP-5); found a value",
        ],
        "expiredUnapprovedTooEarly": [
          "expiredDateTime: an instant not before createdDateTime (2026-01-01T00:00:00.000Z); found 2025-12-31T00:00:00.000Z",
        ],
        "expiringModifiedBeforeActivation": [
          "lastModifiedDateTime: an instant not before activatedDateTime (2026-01-02T00:00:00.000Z); found 2025-12-31T00:00:00.000Z",
        ],
        "modifiedBeforeRequest": [
          "lastModifiedDateTime: an instant not before terminationRequestedDateTime (2026-02-01T00:00:00.000Z); found 2026-01-15T00:00:00.000Z",
        ],
        "reachedEndBeforeActivation": [
          "endDateTime: an instant after activatedDateTime (2026-01-02T00:00:00.000Z) (GDAP-2); found 2026-01-01T12:00:00.000Z",
        ],
        "reachedEndWithoutActivation": [
          "customer: a value for customer: a relationship that reached its end time was approved and active (GDAP-2); found nothing (the field is missing)",
          "approvedBy: a value for approvedBy: a relationship that reached its end time was approved and active (GDAP-2); found nothing (the field is missing)",
          "activatedDateTime: a value for activatedDateTime: a relationship that reached its end time was approved and active (GDAP-2); found nothing (the field is missing)",
          "endDateTime: a value for endDateTime: a relationship that reached its end time was approved and active (GDAP-2); found nothing (the field is missing)",
        ],
        "reachedEndWithoutEnd": [
          "endDateTime: a value for endDateTime: a relationship that reached its end time was approved and active (GDAP-2); found nothing (the field is missing)",
          "expiredDateTime: an instant not before activatedDateTime (2026-01-02T00:00:00.000Z); found 2026-01-01T12:00:00.000Z",
        ],
        "requestExpiry": [
          "requestExpiresDateTime: an instant not before createdDateTime (2026-01-01T00:00:00.000Z); found 2025-12-31T00:00:00.000Z",
        ],
        "requestedBeforeActivation": [
          "terminationRequestedDateTime: an instant not before activatedDateTime (2026-01-02T00:00:00.000Z); found 2026-01-01T12:00:00.000Z",
        ],
        "terminatedBeforeRequest": [
          "terminatedDateTime: an instant not before terminationRequestedDateTime (2026-02-01T00:00:00.000Z); found 2026-01-20T00:00:00.000Z",
          "lastModifiedDateTime: an instant not before terminationRequestedDateTime (2026-02-01T00:00:00.000Z); found 2026-01-25T00:00:00.000Z",
        ],
      }
    `);
  });

  it("GDAP-2 an end time equal to the activation is kept only for a zero duration", () => {
    const instant = { ...active, duration: "PT0S", autoExtendDuration: "PT0S", endDateTime: active.activatedDateTime };
    expect(faults(instant)).toEqual([]);
    expect(faults({ ...instant, duration: "P1D" }).map((fault) => fault.split(":")[0])).toEqual(["endDateTime"]);
  });
});

describe("access assignments", () => {
  property(
    "INVAR-5 an access assignment in any of the five statuses survives accessAssignmentToJson → JSON text → parseAccessAssignment unchanged",
    [accessAssignmentArb],
    (value) => {
      expect(throughJsonText(value, accessAssignmentToJson, parseAccessAssignment)._unsafeUnwrap()).toStrictEqual(
        value,
      );
    },
  );

  it("GDAP-6 GDAP-11 the random assignments cover every status, unknownFutureValue included", () => {
    const statuses = new Set(fc.sample(accessAssignmentArb, { numRuns: 200, seed: 1 }).map((a) => a.status));
    expect([...statuses].sort()).toEqual([...ACCESS_ASSIGNMENT_STATUSES, "unknownFutureValue"].sort());
  });

  it("INVAR-6 reports each fault at its path", () => {
    expect(parseAccessAssignment(assignment).isOk()).toBe(true);
    expect(
      pathsOf(parseAccessAssignment({ ...assignment, roles: [HELPDESK_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] })),
    ).toEqual(["roles[1]"]);
    expect(pathsOf(parseAccessAssignment({ ...assignment, status: "deleted" }))).toEqual([
      "deletedDateTime",
      "deletedBy",
    ]);
    expect(
      pathsOf(
        parseAccessAssignment({
          ...assignment,
          status: "deleted",
          deletedBy: "agent@fabrikam",
          deletedDateTime: "2026-01-02T00:00:00Z",
        }),
      ),
    ).toEqual(["deletedDateTime"]);
    expect(pathsOf(parseAccessAssignment({ ...assignment, group: "" }))).toEqual(["group"]);
    const deleted = { ...assignment, status: "deleted", deletedBy: "agent@fabrikam" };
    expect({
      modifiedBeforeCreation: issuesOf(
        parseAccessAssignment({ ...assignment, lastModifiedDateTime: "2026-01-02T00:00:00Z" }),
      ),
      deletedBeforeCreation: issuesOf(parseAccessAssignment({ ...deleted, deletedDateTime: "2026-01-02T00:00:00Z" })),
      modifiedBeforeDeletion: issuesOf(
        parseAccessAssignment({
          ...deleted,
          deletedDateTime: "2026-01-05T00:00:00Z",
          lastModifiedDateTime: "2026-01-04T00:00:00Z",
        }),
      ),
    }).toMatchInlineSnapshot(`
      {
        "deletedBeforeCreation": [
          {
            "expected": "an instant not before createdDateTime (2026-01-03T00:00:00.000Z)",
            "found": "2026-01-02T00:00:00.000Z",
            "path": "deletedDateTime",
          },
        ],
        "modifiedBeforeCreation": [
          {
            "expected": "an instant not before createdDateTime (2026-01-03T00:00:00.000Z)",
            "found": "2026-01-02T00:00:00.000Z",
            "path": "lastModifiedDateTime",
          },
        ],
        "modifiedBeforeDeletion": [
          {
            "expected": "an instant not before deletedDateTime (2026-01-05T00:00:00.000Z)",
            "found": "2026-01-04T00:00:00.000Z",
            "path": "lastModifiedDateTime",
          },
        ],
      }
    `);
    expect(accessAssignmentSchema["~standard"].validate(assignment)).toHaveProperty("value.group", "helpdesk-agents");
  });

  it("INVAR-5 durations in GDAP JSON are the text of formatDuration", () => {
    const parsed = parseGdapRelationship(active)._unsafeUnwrap();
    expect(formatDuration(parsed.duration)).toBe("P730D");
    expect(gdapRelationshipToJson(parsed)).toStrictEqual(active);
  });
});
