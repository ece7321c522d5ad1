/**
 * GDAP-8…GDAP-11 as the Graph readers read them: Graph as it is (empty-string instants,
 * seven fractional digits, missing auto-extension, unknown enumeration members), pages read
 * item by item, `data` bounded and parsed without a throw, and INVAR-6 for every reader.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Result } from "partner-relationships";
import {
  accessAssignmentToJson,
  type GraphCollection,
  gdapRelationshipToJson,
  type ParseError,
  parseAccessAssignment,
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
  toStandardSchema,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { graphPage } from "../../examples/graph-page.js";
import { formatPath } from "../../src/codec/issues.js";
import { hostileValueArb } from "./arbitraries.js";
import { assertNoGlobalChange } from "./poisoning.js";
import { property } from "./property.js";
import { issuesOf, pathsOf } from "./round-trip.js";

const partner = "fabrikam";
const relationship = "rel-1";
const customer = "4fdbff88-9d6b-42e0-9713-45c922ba8001";
const assignmentOptions = { relationship, partner, customer };

/** A Graph relationship as Graph writes it, created and not yet locked. */
const created = {
  "@odata.type": "#microsoft.graph.delegatedAdminRelationship",
  "@odata.etag": 'W/"1"',
  id: "rel-1",
  displayName: "Contoso helpdesk",
  duration: "P730D",
  customer: { tenantId: customer, displayName: "Contoso Inc" },
  accessDetails: { unifiedRoles: [{ roleDefinitionId: "729827e3-9c14-49f7-bb1b-9608f156bbb8" }] },
  status: "created",
  autoExtendDuration: "P180D",
  createdDateTime: "2026-02-10T11:24:42.3148266Z",
  lastModifiedDateTime: "2026-02-10T11:24:42.3148266Z",
  activatedDateTime: "",
  endDateTime: "",
};
const active = {
  ...created,
  status: "active",
  lastModifiedDateTime: "2026-02-11T08:00:00.9999999Z",
  activatedDateTime: "2026-02-11T08:00:00.9999999Z",
  endDateTime: "2028-02-11T08:00:00.9999999Z",
};
const assignment = {
  "@odata.etag": 'W/"2"',
  id: "a-1",
  status: "active",
  createdDateTime: "2026-02-11T09:00:00.1234567Z",
  lastModifiedDateTime: "2026-02-11T09:00:00.1234567Z",
  accessContainer: { accessContainerId: "group-1", accessContainerType: "securityGroup" },
  accessDetails: { unifiedRoles: [{ roleDefinitionId: "729827e3-9c14-49f7-bb1b-9608f156bbb8" }] },
};
const request = {
  id: "req-1",
  action: "lockForApproval",
  status: "pending",
  createdDateTime: "2026-02-10T11:30:00.0000000Z",
  lastModifiedDateTime: "2026-02-10T11:30:00.0000000Z",
};
const operation = {
  id: "op-1",
  operationType: "delegatedAdminRelationshipUpdate",
  data: JSON.stringify({
    accessDetails: { unifiedRoles: [{ roleDefinitionId: "729827e3-9c14-49f7-bb1b-9608f156bbb8" }] },
    autoExtendDuration: "P180D",
  }),
  status: "running",
  createdDateTime: "2026-03-01T00:00:00.0000000Z",
  lastModifiedDateTime: "2026-03-01T00:00:00.0000000Z",
};
const page = (value: readonly unknown[], more: object = {}) => ({
  "@odata.context": "https://graph.microsoft.com/v1.0/tenantRelationships/$metadata#delegatedAdminRelationships",
  value,
  ...more,
});

describe("Graph as it is (GDAP-11)", () => {
  it('GDAP-11 absent instants come as null or "": both read as absent, and a required one left empty is a fault at its path', () => {
    const read = parseGraphDelegatedAdminRelationship(created, { partner })._unsafeUnwrap();
    expect(read).not.toHaveProperty("activatedDateTime");
    expect(parseGraphDelegatedAdminRelationship({ ...created, endDateTime: null }, { partner }).isOk()).toBe(true);
    expect(issuesOf(parseGraphDelegatedAdminRelationship({ ...active, activatedDateTime: "" }, { partner }))).toEqual([
      {
        path: "activatedDateTime",
        expected: "an ISO 8601 date-time: a relationship that is active was activated (GDAP-1)",
        found: 'null or ""',
      },
    ]);
    expect(pathsOf(parseGraphDelegatedAdminRelationship({ ...created, createdDateTime: "" }, { partner }))).toEqual([
      "createdDateTime",
    ]);
  });

  it("GDAP-11 times have seven fractional digits: cut to the millisecond, never rounded up", () => {
    const read = parseGraphDelegatedAdminRelationship(active, { partner })._unsafeUnwrap();
    expect(read.createdDateTime).toBe(Date.parse("2026-02-10T11:24:42.314Z"));
    expect(read.lastModifiedDateTime).toBe(Date.parse("2026-02-11T08:00:00.999Z"));
    const offset = { ...created, createdDateTime: "2026-02-10T12:24:42.3148266+01:00" };
    expect(parseGraphDelegatedAdminRelationship(offset, { partner })._unsafeUnwrap().createdDateTime).toBe(
      Date.parse("2026-02-10T11:24:42.314Z"),
    );
    const tooPrecise = { ...created, createdDateTime: "2026-02-10T11:24:42.3148266123Z" };
    expect(pathsOf(parseGraphDelegatedAdminRelationship(tooPrecise, { partner }))).toEqual(["createdDateTime"]);
  });

  it("GDAP-11 autoExtendDuration may be missing or null: it means none (PT0S)", () => {
    const { autoExtendDuration: _ignored, ...without } = active;
    for (const json of [without, { ...active, autoExtendDuration: null }])
      expect(parseGraphDelegatedAdminRelationship(json, { partner })._unsafeUnwrap().autoExtendDuration).toEqual(
        parseGraphDelegatedAdminRelationship({ ...active, autoExtendDuration: "PT0S" }, { partner })._unsafeUnwrap()
          .autoExtendDuration,
      );
  });

  it("GDAP-11 unknownFutureValue, and a member Graph added, are kept as values in every enumeration, never faults", () => {
    expect(
      parseGraphDelegatedAdminRelationship({ ...active, status: "unknownFutureValue" }, { partner })._unsafeUnwrap(),
    ).toMatchObject({
      status: "unknownFutureValue",
      customer,
      activatedDateTime: Date.parse("2026-02-11T08:00:00.999Z"),
    });
    expect(
      parseGraphDelegatedAdminRelationship({ ...created, status: "suspended" }, { partner })._unsafeUnwrap(),
    ).toMatchObject({ status: "unknownFutureValue", graphStatus: "suspended" });
    expect(
      parseGraphAccessAssignment({ ...assignment, status: "quarantined" }, assignmentOptions)._unsafeUnwrap(),
    ).toMatchObject({ status: "unknownFutureValue", graphStatus: "quarantined" });
    expect(
      parseGraphRelationshipRequest(
        { ...request, action: "unknownFutureValue", status: "cancelled" },
        { relationship },
      )._unsafeUnwrap(),
    ).toMatchObject({ action: "unknownFutureValue", status: "unknownFutureValue" });
    expect(
      parseGraphRelationshipOperation(
        { ...operation, operationType: "unknownFutureValue", status: "unknownFutureValue", data: "{not json" },
        { relationship },
      )._unsafeUnwrap(),
    ).toMatchObject({
      operationType: "unknownFutureValue",
      status: "unknownFutureValue",
      data: { kind: "unread", json: "{not json" },
    });
    // A value that cannot be a member (not camelCase) is still a fault, at its path.
    expect(pathsOf(parseGraphDelegatedAdminRelationship({ ...active, status: "Active" }, { partner }))).toEqual([
      "status",
    ]);
    expect(pathsOf(parseGraphRelationshipRequest({ ...request, status: 7 }, { relationship }))).toEqual(["status"]);
  });

  it("GDAP-11 what users need is kept: the customer's display name, the etag of every entity", () => {
    expect(parseGraphDelegatedAdminRelationship(active, { partner })._unsafeUnwrap()).toMatchObject({
      customerDisplayName: "Contoso Inc",
      etag: 'W/"1"',
    });
    expect(parseGraphAccessAssignment(assignment, assignmentOptions)._unsafeUnwrap().etag).toBe('W/"2"');
    expect(
      parseGraphRelationshipRequest({ ...request, "@odata.etag": 'W/"3"' }, { relationship })._unsafeUnwrap().etag,
    ).toBe('W/"3"');
    expect(
      parseGraphRelationshipOperation({ ...operation, "@odata.etag": 'W/"4"' }, { relationship })._unsafeUnwrap().etag,
    ).toBe('W/"4"');
    const noName = parseGraphDelegatedAdminRelationship(
      { ...active, customer: { tenantId: customer, displayName: null }, "@odata.etag": null },
      { partner },
    )._unsafeUnwrap();
    expect(noName).not.toHaveProperty("customerDisplayName");
    expect(noName).not.toHaveProperty("etag");
  });
});

describe("indirect resellers (GDAP-10)", () => {
  const reseller = {
    ...created,
    "@odata.type": "#microsoft.graph.resellerDelegatedAdminRelationship",
    status: "approvalPending",
    isPartnerConsentPending: false,
    indirectProviderTenantId: "60ea59db-a506-485e-94c5-d115f369e239",
  };

  it("GDAP-10 a resellerDelegatedAdminRelationship keeps its indirect provider and the reseller's consent", () => {
    expect(parseGraphDelegatedAdminRelationship(reseller, { partner })._unsafeUnwrap().reseller).toEqual({
      indirectProviderTenantId: "60ea59db-a506-485e-94c5-d115f369e239",
      isPartnerConsentPending: false,
    });
    // The fields make it one even where $select left @odata.type out.
    const { "@odata.type": _type, ...untyped } = reseller;
    expect(parseGraphDelegatedAdminRelationship(untyped, { partner })._unsafeUnwrap().reseller).toBeDefined();
  });

  it("GDAP-10 a reseller relationship without its provider or consent is a fault at the missing field", () => {
    const { indirectProviderTenantId: _p, isPartnerConsentPending: _c, ...bare } = reseller;
    expect(pathsOf(parseGraphDelegatedAdminRelationship(bare, { partner }))).toEqual([
      "isPartnerConsentPending",
      "indirectProviderTenantId",
    ]);
    expect(
      pathsOf(parseGraphDelegatedAdminRelationship({ ...reseller, isPartnerConsentPending: "no" }, { partner })),
    ).toEqual(["isPartnerConsentPending"]);
  });

  it("GDAP-8 GDAP-10 the reseller's approve and reject are requests like any other", () => {
    const requests = parseGraphRelationshipRequests(
      page([
        { ...request, action: "approve", status: "succeeded" },
        { ...request, id: "req-2", action: "reject", status: "failed" },
      ]),
      { relationship },
    )._unsafeUnwrap();
    expect(requests.value.map((read) => [read.action, read.status])).toEqual([
      ["approve", "succeeded"],
      ["reject", "failed"],
    ]);
  });
});

describe("long-running operations (GDAP-9)", () => {
  it("GDAP-9 a relationship update's data gives the roles and auto-extension it will set once it succeeds", () => {
    expect(parseGraphRelationshipOperation(operation, { relationship })._unsafeUnwrap().data).toEqual({
      kind: "relationship",
      roles: ["729827e3-9c14-49f7-bb1b-9608f156bbb8"],
      autoExtendDuration: parseGraphDelegatedAdminRelationship(active, { partner })._unsafeUnwrap().autoExtendDuration,
    });
  });

  it("GDAP-9 INVAR-8 data is bounded before it is parsed, and text that is not JSON is a fault at data, never a throw", () => {
    const long = { ...operation, data: `{"x":"${"a".repeat(20_000)}"}` };
    expect(issuesOf(parseGraphRelationshipOperation(long, { relationship }))).toEqual([
      { path: "data", expected: "a string of 0 to 10000 characters", found: "a string of 20008 characters" },
    ]);
    expect(parseGraphRelationshipOperation(long, { relationship, limits: { maxStringLength: 30_000 } }).isOk()).toBe(
      true,
    );
    for (const data of ["{not json", "", "[".repeat(5_000)])
      expect(pathsOf(parseGraphRelationshipOperation({ ...operation, data }, { relationship }))).toEqual(["data"]);
    // Nesting JSON.parse reads but the reader does not descend into costs no more than the text's length.
    const nested = { ...operation, data: `{"ignored":${"[".repeat(4_000)}${"]".repeat(4_000)}}` };
    expect(parseGraphRelationshipOperation(nested, { relationship }).isOk()).toBe(true);
  });

  it("GDAP-9 INVAR-6 what data holds is checked, with paths below data", () => {
    const role = { roleDefinitionId: "729827e3-9c14-49f7-bb1b-9608f156bbb8" };
    const twice = {
      ...operation,
      operationType: "delegatedAdminAccessAssignmentUpdate",
      data: JSON.stringify({ accessDetails: { unifiedRoles: [role, role] }, status: "active" }),
    };
    expect(pathsOf(parseGraphRelationshipOperation(twice, { relationship }))).toEqual([
      "data.accessDetails.unifiedRoles[1].roleDefinitionId",
    ]);
    const badStatus = { ...twice, data: JSON.stringify({ status: 3, accessContainer: { accessContainerId: "" } }) };
    expect(pathsOf(parseGraphRelationshipOperation(badStatus, { relationship }))).toEqual([
      "data.accessContainer.accessContainerId",
      "data.status",
    ]);
  });
});

describe("pages read item by item (GDAP-11)", () => {
  const HOSTILE: readonly unknown[] = [
    null,
    42,
    "active",
    [],
    { ...active, status: "Active" },
    { ...active, createdDateTime: "yesterday" },
    { ...active, accessDetails: { unifiedRoles: [] } },
    { ...active, id: "x".repeat(1_000) },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    Object.defineProperty({ ...active }, "status", {
      get() {
        throw new Error("getter");
      },
      enumerable: true,
    }),
    new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error("trap");
        },
      },
    ),
    (() => {
      let deep: unknown = active;
      for (let level = 0; level < 50; level++) deep = { value: [deep] };
      return deep;
    })(),
  ];

  it("GDAP-11 INVAR-6 a page of 300 items of which 299 are hostile returns the good one, and a fault with paths for each other", () => {
    const items = Array.from({ length: 300 }, (_, index) => (index === 137 ? active : HOSTILE[index % HOSTILE.length]));
    const read = parseGraphDelegatedAdminRelationships(page(items), { partner })._unsafeUnwrap();
    expect(read.value).toHaveLength(1);
    expect(read.value[0]).toMatchObject({ id: "rel-1", status: "active" });
    expect(read.faults.map((fault) => fault.index)).toEqual(
      Array.from({ length: 300 }, (_, index) => index).filter((index) => index !== 137),
    );
    for (const fault of read.faults) {
      expect(fault.issues.length).toBeGreaterThan(0);
      for (const issue of fault.issues) {
        expect(issue.segments.slice(0, 2)).toEqual(["value", fault.index]);
        expect(issue.path).toBe(formatPath(issue.segments));
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("GDAP-11 the next page's link is kept; a page without faults has an empty fault list", () => {
    const next = "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships?$skiptoken=abc";
    expect(
      parseGraphDelegatedAdminRelationships(page([active, created], { "@odata.nextLink": next }), {
        partner,
      })._unsafeUnwrap(),
    ).toMatchObject({ faults: [], nextLink: next });
  });

  it("GDAP-11 INVAR-8 only a payload that is not a Graph collection is an Err, and limits are checked before the items are read", () => {
    const read = (input: unknown, limits = {}) =>
      pathsOf(parseGraphDelegatedAdminRelationships(input, { partner, limits }));
    expect(read(null)).toEqual([""]);
    expect(read([active])).toEqual([""]);
    expect(read({ error: { code: "Forbidden" } })).toEqual(["value"]);
    expect(read({ value: { 0: active } })).toEqual(["value"]);
    expect(read(page([]), {})).toEqual([]);
    expect(read(page([active]), { maxArrayLength: 0 })).toEqual(["value"]);
    expect(read(page([active, active, active]), { maxNodes: 20 })).toEqual(["value[0]"]);
    expect(read(page([active], { "@odata.nextLink": 3 }))).toEqual(['["@odata.nextLink"]']);
    // The length is read before any item: a sparse array of a million holes is refused at once.
    const sparse: unknown[] = [];
    sparse.length = 1_000_000;
    expect(issuesOf(parseGraphDelegatedAdminRelationships(page(sparse), { partner }))).toEqual([
      { path: "value", expected: "an array of 0 to 100000 items", found: "an array of 1000000 items" },
    ]);
  });

  it("GDAP-11 a page's Standard Schema validates the envelope: item faults are in its value, not issues", () => {
    const schema = toStandardSchema((input) => parseGraphDelegatedAdminRelationships(input, { partner }));
    const good = schema["~standard"].validate(page([active, { ...active, status: "Active" }]));
    if ("value" in good && good.value !== undefined) {
      expect(good.value.value).toHaveLength(1);
      expect(good.value.faults.map((fault) => fault.index)).toEqual([1]);
    } else expect.unreachable("the page validates");
    expect(schema["~standard"].validate({ value: "none" })).toMatchObject({ issues: [{ path: ["value"] }] });
  });
});

describe("every Graph reader on hostile input (INVAR-6, INVAR-8)", () => {
  type Reader = (input: unknown) => Result<unknown, ParseError>;
  const READERS: readonly (readonly [string, Reader, unknown])[] = [
    [
      "parseGraphDelegatedAdminRelationship",
      (input) => parseGraphDelegatedAdminRelationship(input, { partner }),
      active,
    ],
    ["parseGraphAccessAssignment", (input) => parseGraphAccessAssignment(input, assignmentOptions), assignment],
    ["parseGraphRelationshipRequest", (input) => parseGraphRelationshipRequest(input, { relationship }), request],
    ["parseGraphRelationshipOperation", (input) => parseGraphRelationshipOperation(input, { relationship }), operation],
    [
      "parseGraphDelegatedAdminCustomer",
      (input) => parseGraphDelegatedAdminCustomer(input),
      { id: customer, tenantId: customer, displayName: "Contoso Inc" },
    ],
  ];
  const PAGES: Record<string, (input: unknown) => Result<GraphCollection<unknown>, ParseError>> = {
    parseGraphDelegatedAdminRelationship: (input) => parseGraphDelegatedAdminRelationships(input, { partner }),
    parseGraphAccessAssignment: (input) => parseGraphAccessAssignments(input, assignmentOptions),
    parseGraphRelationshipRequest: (input) => parseGraphRelationshipRequests(input, { relationship }),
    parseGraphRelationshipOperation: (input) => parseGraphRelationshipOperations(input, { relationship }),
    parseGraphDelegatedAdminCustomer: (input) => parseGraphDelegatedAdminCustomers(input),
  };

  for (const [name, reader, valid] of READERS) {
    property(
      `GDAP-11 INVAR-6 ${name}s: a page mixing one valid item with hostile items returns the valid item and one fault per hostile item`,
      [fc.array(hostileValueArb, { maxLength: 6 }), fc.nat()],
      (hostile, at) => {
        const position = at % (hostile.length + 1);
        const items = [...hostile.slice(0, position), valid, ...hostile.slice(position)];
        const read = (PAGES[name] as (input: unknown) => Result<GraphCollection<unknown>, ParseError>)(page(items));
        expect(read.isOk()).toBe(true);
        const { value, faults } = read._unsafeUnwrap();
        expect(value).toEqual([reader(valid)._unsafeUnwrap()]);
        expect(faults.map((fault) => fault.index)).toEqual(
          items.map((_, index) => index).filter((index) => index !== position),
        );
        for (const fault of faults)
          for (const issue of fault.issues) expect(issue.path).toBe(formatPath(issue.segments));
      },
      { numRuns: 200 },
    );

    property(
      `INVAR-6 ${name} never throws and reports every fault with a path, on any value`,
      [hostileValueArb],
      (input) => {
        const result = reader(input);
        expect(result.isOk() || (result.isErr() && result.error.issues.length > 0)).toBe(true);
        for (const issue of issuesOf(result)) expect(typeof issue.path).toBe("string");
      },
      { numRuns: 300 },
    );
  }

  it("INVAR-6 reading hostile Graph payloads touched no prototype or global", () => {
    assertNoGlobalChange();
  });
});

describe("examples/graph-page.ts", () => {
  it("GDAP-11 the example reads its page item by item: two relationships kept, one fault, the unknown one granting nothing", () => {
    const lines: string[] = [];
    graphPage((line) => lines.push(line));
    const text = lines.join("\n");
    expect(lines.filter((line) => line.startsWith("  rel-"))).toHaveLength(2);
    expect(text).toContain("rel-future: unknownFutureValue, Contoso Inc");
    expect(text).toContain("item 2: value[2].activatedDateTime: expected an ISO 8601 date-time");
    expect(text).toContain("$skiptoken=Mw");
    expect(text).toContain("through rel-future: false");
    expect(text).toContain("does not know, so it grants nothing");
    expect(lines.filter((line) => line.startsWith("\n=== "))).toHaveLength(5);
  });
});

describe("the readers' options (INVAR-8)", () => {
  it("INVAR-8 options missing, not an object or not identifiers are issues at the root naming the option, never a throw", () => {
    const faults = (result: Result<unknown, ParseError>) => issuesOf(result).map((issue) => issue.expected);
    expect(faults(parseGraphDelegatedAdminRelationship(active, undefined as never))).toEqual([
      "an identifier in the option partner (a non-empty string of at most 256 characters)",
    ]);
    expect(
      faults(
        parseGraphDelegatedAdminRelationship(active, {
          partner,
          createdBy: 42 as never,
          terminationRequestedBy: "reseller" as never,
        }),
      ),
    ).toEqual([
      'the option terminationRequestedBy: "partner" or "customer"',
      "an identifier in the option createdBy (a non-empty string of at most 256 characters)",
    ]);
    expect(pathsOf(parseGraphAccessAssignment(assignment, null as never))).toEqual(["", "", ""]);
    expect(pathsOf(parseGraphAccessAssignment(assignment, { ...assignmentOptions, deletedBy: "" }))).toEqual([""]);
    expect(pathsOf(parseGraphRelationshipRequest(request, 7 as never))).toEqual([""]);
    expect(pathsOf(parseGraphRelationshipOperation(operation, { relationship: " x" }))).toEqual([""]);
    expect(pathsOf(parseGraphDelegatedAdminCustomers(page([]), null as never))).toEqual([]);
  });
});

describe("the request expiry Graph does not carry (GDAP-5)", () => {
  it("GDAP-5 INVAR-8 a policy without a usable request lifetime is an issue at the root; an expiry past the latest instant one at createdDateTime", () => {
    const policy = (requestLifetimeDays: unknown) => ({ gdap: { requestLifetimeDays } }) as never;
    expect(issuesOf(parseGraphDelegatedAdminRelationship(active, { partner, policy: policy("90") }))).toEqual([
      {
        path: "",
        expected: "the option policy, with gdap.requestLifetimeDays a whole number of days",
        found: '"90"',
      },
    ]);
    expect(pathsOf(parseGraphDelegatedAdminRelationship(active, { partner, policy: {} as never }))).toEqual([""]);
    const late = { ...created, createdDateTime: "9999-12-31T00:00:00Z", lastModifiedDateTime: "9999-12-31T00:00:00Z" };
    expect(pathsOf(parseGraphDelegatedAdminRelationship(late, { partner }))).toEqual(["createdDateTime"]);
  });
});

describe("what the Graph readers accept is a value of the library (INVAR-5, INVAR-7)", () => {
  const microsoft = (name: string) =>
    (
      JSON.parse(
        readFileSync(fileURLToPath(new URL(`../fixtures/graph/microsoft/${name}`, import.meta.url)), "utf8"),
      ) as { value: Record<string, unknown>[] }
    ).value;
  const relationships = microsoft("relationship-list.response.json");
  const assignments = microsoft("access-assignment-list.response.json");
  const replacement = fc.oneof(
    hostileValueArb,
    fc.constantFrom(null, "", "unknownFutureValue", "2026-01-01T00:00:00.1234567Z", "P180D", "PT0S", true),
  );

  property(
    "GDAP-11 INVAR-5 a Microsoft relationship with one property replaced is refused with paths, or read into a value the library's JSON writes and reads back",
    [fc.constantFrom(...relationships), fc.nat(), replacement, fc.boolean()],
    (item, at, value, remove) => {
      const keys = Object.keys(item);
      const key = keys[at % keys.length] as string;
      const changed: Record<string, unknown> = { ...item };
      if (remove) delete changed[key];
      else changed[key] = value;
      const read = parseGraphDelegatedAdminRelationship(changed, { partner });
      if (read.isErr()) for (const issue of read.error.issues) expect(issue.path).toBe(formatPath(issue.segments));
      else
        expect(
          parseGdapRelationship(JSON.parse(JSON.stringify(gdapRelationshipToJson(read.value))))._unsafeUnwrap(),
        ).toStrictEqual(read.value);
    },
    { numRuns: 500 },
  );

  property(
    "GDAP-11 INVAR-5 a Microsoft access assignment with one property replaced is refused with paths, or read into a value the library's JSON writes and reads back",
    [fc.constantFrom(...assignments), fc.nat(), replacement, fc.boolean()],
    (item, at, value, remove) => {
      const keys = Object.keys(item);
      const key = keys[at % keys.length] as string;
      const changed: Record<string, unknown> = { ...item };
      if (remove) delete changed[key];
      else changed[key] = value;
      const read = parseGraphAccessAssignment(changed, assignmentOptions);
      if (read.isErr()) for (const issue of read.error.issues) expect(issue.path).toBe(formatPath(issue.segments));
      else
        expect(
          parseAccessAssignment(JSON.parse(JSON.stringify(accessAssignmentToJson(read.value))))._unsafeUnwrap(),
        ).toStrictEqual(read.value);
    },
    { numRuns: 300 },
  );
});
