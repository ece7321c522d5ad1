/**
 * INVAR-8: every exported function of every entry, called from plain JavaScript with any
 * value in any argument, answers with its documented error value or its answer, never a
 * throw; it changes none of its arguments and no prototype. The exports are read from the
 * entries' namespaces, so a new function without a case below fails the first test.
 */
import { fc } from "@fast-check/vitest";
import * as main from "partner-relationships";
import * as codec from "partner-relationships/codec";
import * as testing from "partner-relationships/testing";
import { describe, expect, it } from "vitest";

/** What a function answers: the check its result must pass, whatever the arguments. */
type Kind = "result" | "decision" | "boolean" | "list" | "number" | "string" | "state" | "value";

/** Functions left out, with the reason. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  Ok: "neverthrow's class, re-exported: called with `new`, not a function of the library",
  Err: "neverthrow's class, re-exported: called with `new`, not a function of the library",
  checkConformance: "a test assertion: it throws to fail the caller's test, as fast-check's `assert` does",
  checkConformanceAsync: "a test assertion: it rejects to fail the caller's test, as fast-check's `asyncAssert` does",
};

const MAIN: Readonly<Record<string, Kind>> = {
  acceptAgreement: "result",
  acceptInvitation: "result",
  accessAssignmentsOf: "list",
  addDays: "number",
  addDuration: "number",
  advanceGdapRelationship: "result",
  agreementNotAccepted: "value",
  agreementOf: "value",
  allRelationships: "list",
  allow: "value", // builds a decision from the parts given: nothing to read, nothing to refuse
  allowedRelationshipDurations: "string",
  applyAccessAssignmentOperation: "result",
  applyGdapOperation: "result",
  applyGdapRequest: "result",
  approveGdapRelationship: "result",
  assignAzureRole: "result",
  auditPartnerBook: "result",
  auditReportToCsv: "string",
  authorizeCustomerAdmin: "result",
  authorizePartnerUser: "result",
  awaitsResellerConsent: "boolean",
  canManageAutopilotProfiles: "decision",
  canManageDevice: "decision",
  canManageDomainSubscriptions: "decision",
  canManageSubscription: "decision",
  canRegisterDevices: "decision",
  canRemoveDevice: "decision",
  canSeeBillingPage: "decision",
  canSeeMpsaPurchases: "decision",
  canTransact: "decision",
  cancelInvitation: "result",
  canonicalRoleId: "value", // a role ID in lower case; anything else as given
  checkAutoExtendDuration: "result",
  checkGdapDisplayName: "result",
  checkRelationshipDuration: "result",
  completeGdapTermination: "result",
  consentToResellerGdap: "result",
  createAccessAssignment: "result",
  createGdapRelationship: "result",
  customerList: "list",
  daysInMonth: "number",
  decide: "result",
  deleteAccessAssignment: "result",
  deleteGdapRelationship: "result",
  deleteRelationship: "result",
  describeValue: "string",
  durationFromInput: "result",
  effectiveRoleAssignments: "list",
  endRelationship: "result",
  ensureAccessAssignmentStatus: "result",
  ensureActive: "result",
  ensureGdapActiveAt: "result",
  ensureGdapStatus: "result",
  ensurePending: "result",
  err: "result",
  establishRelationship: "value",
  evolve: "state",
  expireInvitation: "result",
  formatAuditReport: "string",
  formatDuration: "string",
  formatInstant: "string",
  gdapEndDateTimeAt: "value",
  gdapGroupHoldsRole: "decision",
  gdapHoldersOfRole: "list",
  gdapRelationshipsNamed: "list",
  gdapRelationshipsOf: "list",
  gdapRolesOfGroup: "list",
  holdsRole: "decision",
  implicitRoleAssignments: "list",
  includesRole: "boolean",
  isAccessAssignmentStatus: "boolean",
  isGdapActiveAt: "boolean",
  isGdapStatus: "boolean",
  isIdentifier: "boolean",
  isInstant: "boolean",
  isIsoDuration: "boolean",
  isOnCustomerList: "decision",
  isPartnerType: "boolean",
  isRoleId: "boolean",
  isRuleId: "boolean",
  isZeroDuration: "boolean",
  listRoleMembers: "list",
  lockGdapForApproval: "result",
  mpsaPartnersOf: "list",
  mpsaPurchaseSharingOff: "value",
  mpsaSharingOf: "value",
  nominalDurationMs: "number",
  nonDeletableCapacities: "list",
  ok: "result",
  owesSupport: "decision",
  parseAccessAssignmentStatus: "result",
  parseDuration: "result",
  parseGdapStatus: "result",
  parseInstant: "result",
  partnerRelationshipsView: "result",
  provisionSubscription: "result",
  recordAccessAssignmentChange: "result",
  recordCustomerSubscription: "result",
  recordGdapChange: "result",
  refuse: "value", // as allow
  registerAutopilotDevice: "result",
  rejectResellerGdap: "result",
  relationshipOf: "value",
  relationshipsOfCustomer: "list",
  relationshipsOfPartner: "list",
  removeAdminRoles: "result",
  removeAzureRoleAssignment: "result",
  removeGlobalAdministrator: "result",
  replay: "state",
  replayChecked: "result",
  requestGdapTermination: "result",
  roleName: "value", // the display name, or the ID as given (anything else as given too)
  sendInvitation: "result",
  setGdapAutoExtend: "result",
  setMpsaPurchaseSharing: "result",
  terminateGdapRelationship: "result",
  updateAccessAssignment: "result",
  updateGdapRelationship: "result",
};

const CODEC: Readonly<Record<string, Kind>> = {
  graphCreateAccessAssignmentRequest: "result",
  graphCreateRelationshipRequest: "result",
  graphDeleteAccessAssignmentRequest: "result",
  graphDeleteRelationshipRequest: "result",
  graphListOperationsRequest: "result",
  graphRelationshipActionRequest: "result",
  graphUpdateAccessAssignmentRequest: "result",
  graphUpdateRelationshipRequest: "result",
  accessAssignmentToJson: "value",
  actorToJson: "value",
  agreementToJson: "value",
  autopilotDeviceToJson: "value",
  azureSubscriptionToJson: "value",
  basisToJson: "value",
  commandToJson: "value",
  coreEventToJson: "value",
  decisionToJson: "value",
  documentToJson: "value",
  eventToJson: "value",
  gdapChangeReportToJson: "value",
  gdapRelationshipToJson: "value",
  instantToJson: "string",
  invitationToJson: "value",
  isoDurationToJson: "string",
  mpsaPurchaseSharingToJson: "value",
  parseAccessAssignment: "result",
  parseActor: "result",
  parseAgreement: "result",
  parseAutopilotDevice: "result",
  parseAzureSubscription: "result",
  parseCommand: "result",
  parseCoreEvent: "result",
  parseDecision: "result",
  parseDocument: "result",
  parseEvent: "result",
  parseGdapRelationship: "result",
  parseGraphAccessAssignment: "result",
  parseGraphAccessAssignments: "result",
  parseGraphDelegatedAdminCustomer: "result",
  parseGraphDelegatedAdminCustomers: "result",
  parseGraphDelegatedAdminRelationship: "result",
  parseGraphDelegatedAdminRelationships: "result",
  parseGraphRelationshipOperation: "result",
  parseGraphRelationshipOperations: "result",
  parseGraphRelationshipRequest: "result",
  parseGraphRelationshipRequests: "result",
  parseInvitation: "result",
  parseIsoDuration: "result",
  parseMpsaPurchaseSharing: "result",
  parsePolicy: "result",
  parseRelationship: "result",
  parseRoleGrant: "result",
  parseSnapshotDocument: "result",
  parseState: "result",
  pendingGdapChangeToJson: "value",
  policyToJson: "value",
  relationshipToJson: "value",
  roleGrantToJson: "value",
  snapshotToJson: "value",
  stateToJson: "value",
  toDocument: "value",
  toStandardSchema: "value",
};

const TESTING: Readonly<Record<string, Kind>> = {
  acceptedHistory: "value",
  accessAssignmentArb: "value",
  asyncConformanceCommands: "value",
  conformanceCommands: "value",
  conformanceSetup: "value",
  customerUserArb: "value",
  describeCommand: "string",
  gdapRelationshipArb: "value",
  initialModel: "value",
  invitationArb: "value",
  libraryAdapter: "value",
  modelHoldsRole: "boolean",
  modelStep: "value",
  pairKey: "string",
  partnerUserArb: "value",
  refused: "value",
  relationshipArb: "value",
};

const ENTRIES = [
  ["partner-relationships", main, MAIN],
  ["partner-relationships/codec", codec, CODEC],
  ["partner-relationships/testing", testing, TESTING],
] as const;

type AnyFunction = (...args: unknown[]) => unknown;

function functionsOf(namespace: object): [string, AnyFunction][] {
  return Object.entries(namespace).filter((entry): entry is [string, AnyFunction] => typeof entry[1] === "function");
}

// ---- dangerous values -------------------------------------------------------------

const throwing = (): never => {
  throw new Error("caller code ran");
};
/** Set when a function converts a caller's object (`toJSON`, `toString`, `valueOf`, `Symbol.toPrimitive`). */
const converted = { by: "" };
const converting = (): never => {
  converted.by ||= "a conversion";
  throw new Error("caller code ran");
};
const GA = main.GLOBAL_ADMINISTRATOR;
/** Factories, so that each call gets fresh hostile values. */
const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => -0,
  () => Number.POSITIVE_INFINITY,
  () => 10n,
  () => Symbol("s"),
  () => "",
  () => "x".repeat(2_000_000),
  () => new Array(200_000).fill(GA),
  () => ({}),
  () => [],
  () => ({ status: "ended" }),
  () => ({ status: "active", roles: null, capacities: null, grants: null }),
  () => ({ type: "AcceptInvitation", invitation: null }),
  () => Object.defineProperty({}, "status", { get: throwing, enumerable: true }),
  () => Object.defineProperty({ kind: "customerUser", id: "k" }, "roles", { get: throwing, enumerable: true }),
  () => ({ toJSON: converting, toString: converting, valueOf: converting, [Symbol.toPrimitive]: converting }),
  () => new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing }),
  () => new Proxy([], { get: throwing, getPrototypeOf: throwing }),
  () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    return revocable.proxy;
  },
  () => {
    const cyclic: Record<string, unknown> = { status: "active", roles: [] };
    cyclic.self = cyclic;
    cyclic.relationships = [cyclic];
    return cyclic;
  },
  () => Object.create(null),
  () => new Date(Number.NaN),
  () => () => 1,
];

/**
 * fast-check reads the values it generates (to clone or print them), so hostile values
 * are generated as recipes and made inside the property: an index into {@link HOSTILE},
 * a plain value, or a value of the library with one field set to a recipe.
 */
type Recipe =
  | { readonly hostile: number }
  | { readonly plain: unknown }
  | { readonly base: object; readonly key: string; readonly field: Recipe };

const hostileArb: fc.Arbitrary<Recipe> = fc.nat(HOSTILE.length - 1).map((hostile) => ({ hostile }));

/** Values of the library's own types. */
const domainValueArb: fc.Arbitrary<unknown> = fc.oneof(
  testing.relationshipArb(),
  testing.gdapRelationshipArb(),
  testing.invitationArb(),
  testing.accessAssignmentArb(),
  testing.actorArb,
  testing.policyArb,
  testing.instantArb,
  testing.roleIdArb,
  testing.identifierArb,
  fc.record({ by: testing.actorArb, at: testing.instantArb }),
);

const junkArb: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
});

const plainArb: fc.Arbitrary<Recipe> = fc.oneof(junkArb, domainValueArb).map((plain) => ({ plain }));

/** A value of the library with one field replaced by junk or a hostile value (`roles: null` inside an invitation). */
const withJunkFieldArb: fc.Arbitrary<Recipe> = domainValueArb.chain((base) =>
  typeof base === "object" && base !== null
    ? fc
        .tuple(fc.constantFrom(...Object.keys(base)), fc.oneof(hostileArb, plainArb))
        .map(([key, field]): Recipe => ({ base, key, field }))
    : fc.constant<Recipe>({ plain: base }),
);

const recipeArb: fc.Arbitrary<Recipe> = fc.oneof(hostileArb, plainArb, withJunkFieldArb);

function make(recipe: Recipe): unknown {
  if ("hostile" in recipe) return (HOSTILE[recipe.hostile] as () => unknown)();
  if ("plain" in recipe) return structuredClone(recipe.plain);
  return { ...structuredClone(recipe.base), [recipe.key]: make(recipe.field) };
}

// ---- checks ------------------------------------------------------------------------

/** Freezes what can be frozen, without running caller code (hostile values stay as they are). */
function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  try {
    if (Array.isArray(value) && value.length > 1_000) {
      Object.freeze(value); // a long list of strings: its items are primitives
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) deepFreeze(descriptor.value, seen);
    }
    Object.freeze(value);
  } catch {
    // a Proxy whose traps throw: left as it is
  }
}

/** A print of a value's own data, for "not mutated": getters and proxies are marked, never run. */
function snapshot(value: unknown, seen = new Set<unknown>(), depth = 0): string {
  if (typeof value === "bigint" || typeof value === "symbol" || typeof value === "function")
    return String(typeof value);
  if (typeof value !== "object" || value === null) return Object.is(value, -0) ? "-0" : String(value);
  if (seen.has(value) || depth > 6) return "[seen]";
  seen.add(value);
  try {
    // a long list (the 200,000 roles) by its length and its ends: listing it per call would cost more than the calls
    if (Array.isArray(value) && value.length > 1_000)
      return `[${value.length}: ${snapshot(Reflect.getOwnPropertyDescriptor(value, 0)?.value)}…${snapshot(Reflect.getOwnPropertyDescriptor(value, value.length - 1)?.value)}]`;
    const keys = Reflect.ownKeys(value);
    if (keys.length > 1_000) return `[${keys.length} keys]`;
    return `{${keys
      .map((key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        const shown =
          descriptor === undefined ? "?" : "value" in descriptor ? snapshot(descriptor.value, seen, depth + 1) : "get";
        return `${String(key)}:${shown}`;
      })
      .join(",")}}`;
  } catch {
    return "[unreadable]";
  }
}

function prototypes(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(","))
    .join("|");
}

function hasKind(kind: Kind, answer: unknown): boolean {
  switch (kind) {
    case "result": {
      const result = answer as { isOk?: () => boolean; isErr?: () => boolean };
      return typeof result?.isOk === "function" && result.isOk() !== result.isErr?.();
    }
    case "decision": {
      const decision = answer as { allowed?: unknown; rules?: unknown };
      return typeof decision?.allowed === "boolean" && Array.isArray(decision.rules);
    }
    case "boolean":
      return typeof answer === "boolean";
    case "list":
      return Array.isArray(answer);
    case "number":
      return typeof answer === "number";
    case "string":
      return typeof answer === "string";
    case "state":
    case "value":
      return true;
  }
}

/** Calls a function; returns what went wrong, or nothing. */
function fault(name: string, fn: AnyFunction, kind: Kind, args: unknown[], freeze: boolean): string | undefined {
  if (freeze) for (const arg of args) deepFreeze(arg);
  const before = args.map((arg) => snapshot(arg));
  converted.by = "";
  let answer: unknown;
  try {
    answer = fn(...args);
  } catch (thrown) {
    return `${name} threw ${main.describeValue(String(thrown))}`;
  }
  if (converted.by !== "") return `${name} converted a caller's object (ran its toString/valueOf/toJSON)`;
  if (!hasKind(kind, answer)) return `${name} answered ${main.describeValue(answer)}, not a ${kind}`;
  const after = args.map((arg) => snapshot(arg));
  if (after.some((shown, index) => shown !== before[index])) return `${name} changed an argument`;
  return undefined;
}

describe("INVAR-8 total functions", () => {
  it("INVAR-8 every exported function of every entry has a case here (a new export fails until it has one)", () => {
    for (const [entry, namespace, cases] of ENTRIES) {
      const names = functionsOf(namespace)
        .map(([name]) => name)
        .filter((name) => !(name in EXCEPTIONS));
      expect(names.sort(), entry).toEqual(Object.keys(cases).sort());
    }
  });

  for (const [entry, namespace, cases] of ENTRIES) {
    it(`INVAR-8 ${entry}: each hostile value in each argument position gets an answer of the documented kind, no throw, no change`, () => {
      const protos = prototypes();
      const faults = new Set<string>();
      for (const [name, fn] of functionsOf(namespace)) {
        const kind = cases[name];
        if (kind === undefined) continue;
        const positions = Math.max(fn.length, 1) + 1;
        for (let position = 0; position < positions; position++)
          HOSTILE.forEach((make, index) => {
            const args: unknown[] = Array.from({ length: positions }, () => ({}));
            args[position] = make();
            const found = fault(name, fn, kind, args, position % 2 === 0);
            if (found !== undefined) faults.add(`${found} (hostile value ${index} at argument ${position})`);
          });
      }
      expect([...faults]).toEqual([]);
      expect(prototypes()).toBe(protos);
    });

    it(`INVAR-8 ${entry}: any value (fc.anything, hostile, the library's values with a junk field) in every argument gets an answer, no throw, no change`, () => {
      const protos = prototypes();
      for (const [name, fn] of functionsOf(namespace)) {
        const kind = cases[name];
        if (kind === undefined) continue;
        const positions = Math.max(fn.length, 1) + 1;
        fc.assert(
          fc.property(
            fc.array(recipeArb, { minLength: positions, maxLength: positions }),
            fc.boolean(),
            (recipes, freeze) => {
              expect(fault(name, fn, kind, recipes.map(make), freeze)).toBeUndefined();
            },
          ),
          { numRuns: 25 },
        );
      }
      expect(prototypes()).toBe(protos);
    });
  }

  it("INVAR-8 errors carry a bounded excerpt of a bad input, never the whole of it", () => {
    const huge = "x".repeat(5_000_000);
    const invalid = main.sendInvitation({ id: huge } as never);
    const found = invalid._unsafeUnwrapErr();
    expect(JSON.stringify(found).length).toBeLessThan(1_000);
    const name = main.checkGdapDisplayName(huge, "p", "g");
    const error = name._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "display_name_too_long", length: 5_000_000 });
    expect(JSON.stringify(error).length).toBeLessThan(1_000);
    expect(main.describeValue(huge)).toBe(`"${"x".repeat(99)}… (5000000 characters)`);
    const duration = main.durationFromInput({ toJSON: throwing, text: huge }, "duration");
    expect(JSON.stringify(duration._unsafeUnwrapErr()).length).toBeLessThan(1_000);
  });

  it("INVAR-8 role lists over MAX_ROLES are refused before they are read, by the steps and the codec", () => {
    const by = { kind: "partnerUser", id: "ana", partner: "p1", roles: ["adminAgent"] } as const;
    const roles = new Array(100_000).fill(GA);
    const created = main.createGdapRelationship({
      id: "g",
      partner: "p1",
      displayName: "x",
      duration: "P730D",
      roles,
      by,
      at: 0,
    } as never);
    expect(created._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      path: "roles",
      expected: `at most ${main.MAX_ROLES} roles, not 100000`,
    });
    const parsed = codec.parseCommand({ type: "CreateGdapRelationship", roles });
    expect(parsed._unsafeUnwrapErr().issues).toContainEqual(
      expect.objectContaining({ path: "roles", found: "an array of 100000 items" }),
    );
    const allowed = new Array(main.MAX_ROLES).fill(GA.toUpperCase());
    const ok = main.createGdapRelationship({
      id: "g",
      partner: "p1",
      displayName: "x",
      duration: "P730D",
      roles: allowed,
      by,
      at: 0,
    } as never);
    expect(ok._unsafeUnwrap().roles).toEqual([GA]);
  });

  it("INVAR-8 a throwing getter or Proxy in an argument becomes invalid_input naming where, and the getter's error is not carried", () => {
    const relationship = Object.defineProperty({}, "status", { get: throwing, enumerable: true });
    const error = main.removeAdminRoles(relationship as never, { by: {} as never, at: 0 })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "invalid_input", rule: "INVAR-8", path: "relationship.status" });
    expect(error.message).not.toContain("caller code ran");
    const proxy = new Proxy({}, { getOwnPropertyDescriptor: throwing, ownKeys: throwing, get: throwing });
    expect(main.decide(proxy as never, main.initialState)._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      rule: "INVAR-8",
      path: "command",
    });
    expect(main.replay(undefined as never)).toBe(main.initialState);
    expect(main.decide({ type: "SendInvitation" } as never, {} as never).isErr()).toBe(true);
    expect(main.formatInstant(Number.NaN)).toBe("NaN");
    expect(main.parseInstant(10n as never).isErr()).toBe(true);
  });
});
