/**
 * INVAR-7: a stored history cannot grant what the rules forbid. Hostile logs whose events
 * each parse change nothing where the rules could not have produced them, `holdsRole`
 * then answers not allowed, and the checking replay names each such event's index and
 * rule; valid histories replay through it with nothing set aside.
 */
import { fc, test } from "@fast-check/vitest";
import {
  allRelationships,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  initialState,
  relationshipOf,
  replay,
  replayChecked,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import {
  eventToJson,
  gdapRelationshipToJson,
  parseEvent,
  parseGdapRelationship,
  parseState,
  stateToJson,
} from "partner-relationships/codec";
import { validHistoryArb } from "partner-relationships/testing";
import { describe, expect, it } from "vitest";
import { adminAgent, CUSTOMER, DAY, globalAdmin, PARTNER, T0 } from "./support/actors.js";

const ZERO: Record<string, number> = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

function decided(state: DomainState, command: Parameters<typeof decide>[0]): readonly DomainEvent[] {
  return decide(command, state)._unsafeUnwrap();
}

/** An advisor invitation sent at T0 (expires 90 days later), as the steps make it. */
const sent = decided(initialState, {
  type: "SendInvitation",
  id: "inv-1",
  customer: CUSTOMER,
  partner: PARTNER,
  partnerType: "advisor",
  by: adminAgent,
  at: T0,
});
const accepted = (at: number): DomainEvent => ({
  type: "InvitationAccepted",
  at,
  invitation: "inv-1",
  customer: CUSTOMER,
  partner: PARTNER,
  by: "kim",
});

function globalAdminHeld(state: DomainState): boolean {
  return holdsRole(allRelationships(state), { customer: CUSTOMER, partner: PARTNER, role: GLOBAL_ADMINISTRATOR })
    .allowed;
}

/** A GDAP relationship created, locked and approved by the steps, and its events. */
function gdapHistory(): { readonly events: readonly DomainEvent[]; readonly state: DomainState } {
  let state = initialState;
  const events: DomainEvent[] = [];
  const run = (command: Parameters<typeof decide>[0]) => {
    const produced = decided(state, command);
    events.push(...produced);
    state = produced.reduce(evolve, state);
  };
  run({
    type: "CreateGdapRelationship",
    id: "rel-1",
    partner: PARTNER,
    customer: CUSTOMER,
    displayName: "Contoso helpdesk",
    roles: [HELPDESK_ADMINISTRATOR],
    duration: "P730D",
    by: adminAgent,
    at: T0,
  });
  run({ type: "LockGdapForApproval", relationship: "rel-1", by: adminAgent, at: T0 + DAY });
  run({ type: "ApproveGdapRelationship", relationship: "rel-1", by: globalAdmin, at: T0 + 2 * DAY });
  return { events, state };
}

describe("INVAR-7 replaying a hostile history", () => {
  it("INVAR-7 an acceptance at or after the invitation's expiry changes nothing, holdsRole refuses, the checking replay names it", () => {
    for (const at of [T0 + 90 * DAY, T0 + 400 * DAY]) {
      const events = [...sent, accepted(at)];
      expect(
        decide(
          { type: "AcceptInvitation", invitation: "inv-1", by: globalAdmin, at, agreementAcknowledged: true },
          replay(sent),
        )._unsafeUnwrapErr().code,
      ).toBe("invitation_expired");
      const state = replay(events);
      expect(state).toEqual(replay(sent));
      expect(globalAdminHeld(state)).toBe(false);
      const rejected = replayChecked(events)._unsafeUnwrapErr();
      expect(rejected).toMatchObject({ code: "history_rejected", rule: "INVAR-7" });
      expect(rejected.setAside).toEqual([
        { index: 1, type: "InvitationAccepted", rule: "INV-4", reason: expect.stringContaining("expired") },
      ]);
      expect(rejected.state).toEqual(state);
    }
  });

  it("INVAR-7 an acceptance dated before the invitation was sent changes nothing", () => {
    const events = [...sent, accepted(T0 - DAY)];
    const state = replay(events);
    expect(relationshipOf(state, CUSTOMER, PARTNER)).toBeUndefined();
    expect(globalAdminHeld(state)).toBe(false);
    expect(replayChecked(events)._unsafeUnwrapErr().setAside).toEqual([
      { index: 1, type: "InvitationAccepted", rule: "INV-1", reason: expect.stringContaining("was sent at") },
    ]);
  });

  it("INVAR-7 the same acceptance in time is applied, and the checking replay sets nothing aside", () => {
    const events = [...sent, accepted(T0 + DAY)];
    expect(globalAdminHeld(replay(events))).toBe(true);
    expect(replayChecked(events)._unsafeUnwrap()).toEqual(replay(events));
  });

  it("INVAR-7 a GdapRelationshipCreated event carrying an active relationship changes nothing", () => {
    const { state } = gdapHistory();
    const active = state.gdapRelationships.get("rel-1");
    const forged: DomainEvent = { type: "GdapRelationshipCreated", at: T0, relationship: active as never };
    expect(replay([forged])).toEqual(initialState);
    expect(replayChecked([forged])._unsafeUnwrapErr().setAside).toEqual([
      { index: 0, type: "GdapRelationshipCreated", rule: "GDAP-1", reason: expect.stringContaining("not active") },
    ]);
  });

  it("INVAR-7 an approval for a GDAP relationship the log never created changes nothing", () => {
    const { events } = gdapHistory();
    const approval = events.find((event) => event.type === "GdapRelationshipApproved") as DomainEvent;
    expect(replay([approval]).gdapRelationships.size).toBe(0);
    expect(replayChecked([approval])._unsafeUnwrapErr().setAside).toEqual([
      { index: 0, type: "GdapRelationshipApproved", rule: "GDAP-1", reason: expect.stringContaining("was created") },
    ]);
  });

  it("INVAR-7 an approval whose end time is not activation plus duration changes nothing (GDAP-2)", () => {
    const { events } = gdapHistory();
    const [created, locked, approval] = events as [DomainEvent, DomainEvent, DomainEvent & { relationship: object }];
    const forged = {
      ...approval,
      relationship: { ...approval.relationship, endDateTime: T0 + 7300 * DAY },
    } as DomainEvent;
    const state = replay([created, locked, forged]);
    expect(state.gdapRelationships.get("rel-1")?.status).toBe("approvalPending");
    expect(replayChecked([created, locked, forged])._unsafeUnwrapErr().setAside[0]).toMatchObject({
      index: 2,
      rule: "GDAP-2",
    });
  });

  it("INVAR-7 events out of time order change nothing: a removal dated before the acceptance, a GDAP step before the last change", () => {
    const removal: DomainEvent = {
      type: "AdminRolesRemoved",
      at: T0 + DAY,
      customer: CUSTOMER,
      partner: PARTNER,
      by: "kim",
    };
    const events = [...sent, accepted(T0 + 2 * DAY), removal];
    const state = replay(events);
    expect(globalAdminHeld(state)).toBe(true);
    expect(replayChecked(events)._unsafeUnwrapErr().setAside).toEqual([
      { index: 2, type: "AdminRolesRemoved", rule: "DAP-2", reason: expect.stringContaining("comes before it") },
    ]);
    const gdap = gdapHistory().events;
    const reordered = [gdap[0], gdap[2], gdap[1]] as DomainEvent[];
    const after = replayChecked(reordered)._unsafeUnwrapErr();
    expect(after.setAside.map((event) => event.index)).toEqual([1]);
    expect(after.state.gdapRelationships.get("rel-1")?.status).toBe("approvalPending");
  });

  it("INVAR-7 a second acceptance of the same invitation, and an unknown event type, are set aside", () => {
    const events = [...sent, accepted(T0 + DAY), accepted(T0 + 2 * DAY), { type: "Forged", at: T0 } as never];
    expect(replay(events)).toEqual(replay([...sent, accepted(T0 + DAY)]));
    expect(replayChecked(events)._unsafeUnwrapErr().setAside).toEqual([
      { index: 2, type: "InvitationAccepted", rule: "INV-1", reason: expect.stringContaining("already accepted") },
      { index: 3, type: "Forged", rule: "INVAR-7", reason: expect.any(String) },
    ]);
  });
});

describe("INVAR-7 the Autopilot and MPSA facts", () => {
  it("AP-4 INVAR-7 a device registered by a partner with no relationship in force changes nothing, a customer's is applied", () => {
    const byPartner: DomainEvent = {
      type: "AutopilotDeviceRegistered",
      at: T0,
      device: { id: "dev-1", customer: CUSTOMER, addedBy: { kind: "partner", partner: PARTNER } },
    };
    const byCustomer: DomainEvent = {
      type: "AutopilotDeviceRegistered",
      at: T0,
      device: { id: "dev-2", customer: CUSTOMER, addedBy: { kind: "customer", channel: "intune" } },
    };
    const state = replay([byPartner, byCustomer]);
    expect([...state.autopilotDevices.keys()]).toEqual(["dev-2"]);
    expect(replayChecked([byPartner, byCustomer])._unsafeUnwrapErr().setAside).toEqual([
      { index: 0, type: "AutopilotDeviceRegistered", rule: "AP-4", reason: expect.any(String) },
    ]);
  });

  it("MPSA-1 INVAR-7 a sharing change dated before the setting's last change changes nothing", () => {
    const on: DomainEvent = {
      type: "MpsaPurchaseSharingSet",
      at: T0 + 2 * DAY,
      setting: { customer: CUSTOMER, enabled: true, changed: { by: "kim", at: T0 + 2 * DAY } },
    };
    const offEarlier: DomainEvent = {
      type: "MpsaPurchaseSharingSet",
      at: T0 + DAY,
      setting: { customer: CUSTOMER, enabled: false, changed: { by: "kim", at: T0 + DAY } },
    };
    const offLater: DomainEvent = {
      ...offEarlier,
      at: T0 + 3 * DAY,
      setting: { ...offEarlier.setting, changed: { by: "kim", at: T0 + 3 * DAY } },
    } as DomainEvent;
    expect(replay([on, offEarlier]).mpsaSharing.get(CUSTOMER)?.enabled).toBe(true);
    expect(replayChecked([on, offEarlier])._unsafeUnwrapErr().setAside).toEqual([
      {
        index: 1,
        type: "MpsaPurchaseSharingSet",
        rule: "MPSA-1",
        reason: expect.stringContaining("before its last change"),
      },
    ]);
    expect(replayChecked([on, offLater])._unsafeUnwrap().mpsaSharing.get(CUSTOMER)?.enabled).toBe(false);
  });
});

describe("INVAR-7 the agreement's time order", () => {
  it("MCA-2 INVAR-7 an acceptance dated before the customer's agreement acceptance is refused by the step and set aside by evolve", () => {
    const agreement: DomainEvent = { type: "AgreementAccepted", at: T0 + 5 * DAY, customer: CUSTOMER, by: "kim" };
    const state = replay([...sent, agreement]);
    const refused = decide(
      { type: "AcceptInvitation", invitation: "inv-1", by: globalAdmin, at: T0 + DAY, agreementAcknowledged: true },
      state,
    )._unsafeUnwrapErr();
    expect(refused).toMatchObject({ code: "invalid_input", rule: "MCA-2", path: "at" });
    const events = [...sent, agreement, accepted(T0 + DAY)];
    expect(globalAdminHeld(replay(events))).toBe(false);
    expect(replayChecked(events)._unsafeUnwrapErr().setAside).toEqual([
      { index: 2, type: "InvitationAccepted", rule: "MCA-2", reason: expect.stringContaining("comes before it") },
    ]);
  });
});

describe("INVAR-7 Azure facts", () => {
  it("AZ-1 AZ-2 INVAR-7 a recorded subscription carrying a partner's Owner role, or one provisioned without a relationship, changes nothing", () => {
    const owner = { principal: { kind: "partnerAdminAgents", partner: PARTNER }, role: "Owner", assignedAt: T0 };
    const subscription = { id: "sub-1", customer: CUSTOMER, roleAssignments: [owner], updatedAt: T0 };
    const log = [
      { type: "AzureSubscriptionRecorded", at: T0, subscription },
      { type: "AzureSubscriptionProvisioned", at: T0, subscription: { ...subscription, provisionedBy: PARTNER } },
    ] as DomainEvent[];
    expect(replay(log)).toEqual(initialState);
    expect(
      replayChecked(log)
        ._unsafeUnwrapErr()
        .setAside.map(({ index, rule }) => ({ index, rule })),
    ).toEqual([
      { index: 0, rule: "AZ-1" },
      { index: 1, rule: "AZ-2" },
    ]);
  });
});

describe("INVAR-7 valid histories", () => {
  test.prop([validHistoryArb])(
    "INVAR-7 replaying any valid history through the checking replay sets nothing aside and gives replay's state",
    ({ events, state }) => {
      const checked = replayChecked(events);
      expect(checked.isOk() ? [] : checked.error.setAside).toEqual([]);
      expect(checked._unsafeUnwrap()).toEqual(state);
      expect(replay(events)).toEqual(state);
    },
  );

  test.prop([validHistoryArb])(
    "INVAR-5 INVAR-7 every state of a valid history is written and read back by the codec unchanged",
    ({ state }) => {
      expect(parseState(stateToJson(state))._unsafeUnwrap()).toEqual(state);
    },
  );
});

/** One way to tamper with a stored log: drop, duplicate or swap events, or change a field. */
const tamperArb = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("shift" as const), at: fc.nat(), by: fc.integer({ min: -400, max: 400 }) }),
  fc.record({
    kind: fc.constant("edit" as const),
    at: fc.nat(),
    field: fc.constantFrom("status", "endDateTime", "activatedDateTime", "roles", "invitation", "expiresAt"),
    by: fc.integer({ min: -400, max: 400 }),
  }),
);
type Tamper = typeof tamperArb extends fc.Arbitrary<infer T> ? T : never;

function edited(event: DomainEvent, field: string, by: number): DomainEvent {
  const record = event as unknown as Record<string, unknown>;
  const entity = ["relationship", "invitation", "assignment"].find((key) => typeof record[key] === "object");
  if (field === "invitation" && typeof record.invitation === "string")
    return { ...event, invitation: "inv-forged" } as never;
  if (entity === undefined) return { ...event, at: event.at + by * DAY };
  const value = record[entity] as Record<string, unknown>;
  const changed =
    field === "status"
      ? { ...value, status: ["active", "created", "accepted", "approvalPending", "terminated"][Math.abs(by) % 5] }
      : field === "roles"
        ? { ...value, roles: [GLOBAL_ADMINISTRATOR, ...((value.roles as unknown[]) ?? [])] }
        : typeof value[field] === "number"
          ? { ...value, [field]: (value[field] as number) + by * DAY }
          : undefined;
  // A field the entity lacks is not added: a log read by parseEvent carries no other fields.
  return changed === undefined ? { ...event, at: event.at + by * DAY } : ({ ...event, [entity]: changed } as never);
}

function tampered(events: readonly DomainEvent[], tampers: readonly Tamper[]): DomainEvent[] {
  const log = [...events];
  for (const tamper of tampers) {
    if (log.length === 0) break;
    const at = tamper.at % log.length;
    const event = log[at] as DomainEvent;
    switch (tamper.kind) {
      case "drop":
        log.splice(at, 1);
        break;
      case "duplicate":
        log.splice(tamper.to % (log.length + 1), 0, event);
        break;
      case "swap": {
        const to = tamper.to % log.length;
        log[at] = log[to] as DomainEvent;
        log[to] = event;
        break;
      }
      case "shift":
        log[at] = { ...event, at: event.at + tamper.by * DAY };
        break;
      case "edit":
        log[at] = edited(event, tamper.field, tamper.by);
        break;
    }
  }
  return log;
}

/** INVAR-1: every role held is backed by an acceptance or approval event of the log, as the state holds it. */
function unbacked(state: DomainState, log: readonly DomainEvent[]): string[] {
  const faults: string[] = [];
  for (const relationship of allRelationships(state)) {
    if (relationship.status !== "active") continue;
    for (const grant of relationship.grants) {
      const backed = log.some(
        (event) =>
          event.type === "InvitationAccepted" &&
          event.customer === relationship.customer &&
          event.partner === relationship.partner &&
          event.at === grant.grantedAt &&
          state.invitations.get(event.invitation)?.status === "accepted" &&
          state.invitations.get(event.invitation)?.roles.some((slot) => slot.role === grant.role),
      );
      if (!backed) faults.push(`${relationship.customer}–${relationship.partner} ${grant.role}`);
    }
  }
  for (const gdap of state.gdapRelationships.values()) {
    if (gdap.status !== "active") continue;
    const approved = log.some(
      (event) =>
        (event.type === "GdapRelationshipApproved" || event.type === "GdapRequestRecorded") &&
        event.relationship.id === gdap.id &&
        event.relationship.status === "active" &&
        event.at === gdap.activatedDateTime,
    );
    if (!approved) faults.push(`GDAP ${gdap.id}`);
  }
  return faults;
}

describe("INVAR-7 tampered histories", () => {
  test.prop([validHistoryArb, fc.array(tamperArb, { minLength: 1, maxLength: 4 })])(
    "INVAR-1 INVAR-7 a tampered history never grants a role no acceptance or approval backs, and its state round-trips through the codec",
    ({ events }, tampers) => {
      const log = tampered(events, tampers);
      const state = replay(log);
      expect(unbacked(state, log)).toEqual([]);
      expect(parseState(stateToJson(state))._unsafeUnwrap()).toEqual(state);
      const checked = replayChecked(log);
      expect(checked.isOk() ? checked.value : checked.error.state).toEqual(state);
      if (checked.isErr())
        for (const setAside of checked.error.setAside) expect(setAside.index).toBeLessThan(log.length);
    },
  );

  it("GDAP-3 INVAR-7 a relationship created under a display name the partner already uses changes nothing", () => {
    const { events } = gdapHistory();
    const [created] = events;
    if (created?.type !== "GdapRelationshipCreated") throw new Error("the history starts with a creation");
    const twin = {
      ...created,
      relationship: { ...created.relationship, id: "rel-2", displayName: "CONTOSO HELPDESK" },
    } as DomainEvent;
    const other = {
      ...twin,
      relationship: { ...created.relationship, id: "rel-3", displayName: "Other" },
    } as DomainEvent;
    const state = replay([...events, twin, other]);
    expect([...state.gdapRelationships.keys()]).toEqual(["rel-1", "rel-3"]);
    expect(replayChecked([...events, twin, other])._unsafeUnwrapErr().setAside).toEqual([
      { index: events.length, type: "GdapRelationshipCreated", rule: "GDAP-3", reason: expect.any(String) },
    ]);
  });

  it("INVAR-7 parseEvent refuses a GDAP event carrying a relationship its step does not leave", () => {
    const { state } = gdapHistory();
    const active = state.gdapRelationships.get("rel-1");
    const forged = { type: "GdapRelationshipCreated", at: T0, relationship: active } as DomainEvent;
    const issues = parseEvent(eventToJson(forged))._unsafeUnwrapErr().issues;
    expect(issues.map((issue) => issue.path)).toEqual(["relationship"]);
    expect(issues[0]?.expected).toContain("GDAP-1");
  });
});

describe("INVAR-7 the parsers accept only values the steps could have made", () => {
  it("INVAR-7 INVAR-1 parseState refuses DAP grants no accepted invitation backs", () => {
    const state = replay([...sent, accepted(T0 + DAY)]);
    const json = stateToJson(state);
    expect(parseState(json)._unsafeUnwrap()).toEqual(state);
    const withoutInvitation = { ...json, invitations: [] };
    expect(
      parseState(withoutInvitation)
        ._unsafeUnwrapErr()
        .issues.map((issue) => issue.path),
    ).toEqual(["relationships[0].capacities[0]", "relationships[0].grants[0]", "relationships[0].grants[1]"]);
    const [relationship] = json.relationships;
    const regranted = {
      ...json,
      relationships: [{ ...relationship, grants: [{ ...relationship?.grants[0], role: USER_ADMINISTRATOR }] }],
    };
    expect(
      parseState(regranted)
        ._unsafeUnwrapErr()
        .issues.map((issue) => issue.path),
    ).toContain("relationships[0].grants[0]");
  });

  it("INVAR-7 GDAP-2 parseGdapRelationship refuses an active P730D relationship ending twenty years after its activation", () => {
    const active = gdapHistory().state.gdapRelationships.get("rel-1");
    if (active?.status !== "active") throw new Error("expected an active relationship");
    const json = gdapRelationshipToJson(active);
    expect(parseGdapRelationship(json)._unsafeUnwrap()).toEqual(active);
    const late = { ...json, endDateTime: new Date(active.activatedDateTime + 7300 * DAY).toISOString() };
    expect(
      parseGdapRelationship(late)
        ._unsafeUnwrapErr()
        .issues.map((issue) => issue.path),
    ).toEqual(["endDateTime"]);
  });

  it("INVAR-7 GDAP-2 evolve refuses a created relationship outside the limits, and an assignment on a relationship never created", () => {
    const created = gdapHistory().events[0] as unknown as { relationship: Record<string, unknown> };
    const tooLong = { ...created, relationship: { ...created.relationship, duration: { ...ZERO, days: 731 } } };
    const withAutoExtend = {
      ...created,
      relationship: {
        ...created.relationship,
        roles: [GLOBAL_ADMINISTRATOR],
        autoExtendDuration: { ...ZERO, days: 180 },
      },
    };
    const assignment = {
      type: "AccessAssignmentCreated",
      at: T0,
      assignment: {
        status: "active",
        id: "a-1",
        relationship: "rel-9",
        partner: PARTNER,
        customer: CUSTOMER,
        group: "helpdesk",
        roles: [HELPDESK_ADMINISTRATOR],
        createdDateTime: T0,
        lastModifiedDateTime: T0,
      },
    };
    const log = [tooLong, withAutoExtend, assignment] as DomainEvent[];
    expect(replay(log)).toEqual(initialState);
    expect(
      replayChecked(log)
        ._unsafeUnwrapErr()
        .setAside.map(({ index, rule }) => ({ index, rule })),
    ).toEqual([
      { index: 0, rule: "GDAP-2" },
      { index: 1, rule: "GDAP-2" },
      { index: 2, rule: "GDAP-6" },
    ]);
  });
});
