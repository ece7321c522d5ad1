/**
 * Workloads for the benchmarks, written once and shared with the tests
 * (test/bench/workloads.test.ts checks that the generated histories are the ones the real
 * decider produces, so the generator cannot drift from the rules).
 *
 * Everything here is deterministic: the same arguments give the same values.
 *
 * @module
 */
import {
  type AcceptInvitationInput,
  type CustomerAgreement,
  type CustomerUser,
  DEFAULT_POLICY,
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  type Instant,
  initialState,
  MS_PER_DAY,
  PARTNER_TYPES,
  type PartnerType,
  type PartnerUser,
  type Relationship,
  type RelationshipStepInput,
  type RoleId,
  type RoleSlot,
  replay,
  type SendInvitationInput,
} from "../src/index.js";

/** The first instant of every workload. */
export const T0: Instant = Date.UTC(2026, 0, 1);

/** A customer admin (Global Administrator) of `customer`: may take every customer-side step (ACT-1). */
export function customerAdmin(customer: string): CustomerUser {
  return { kind: "customerUser", id: `admin@${customer}`, tenant: customer, roles: [GLOBAL_ADMINISTRATOR] };
}

/** An Admin agent of `partner`: may send invitations and end relationships (ACT-3, REL-3). */
export function partnerAgent(partner: string): PartnerUser {
  return { kind: "partnerUser", id: `agent@${partner}`, partner, roles: ["adminAgent"] };
}

// ---------------------------------------------------------------------------------------
// 1. The lifecycle: invitation → accept → remove admin roles → customer delete
// ---------------------------------------------------------------------------------------

/** The inputs of one lifecycle, prepared once so that every implementation gets the same ones. */
export interface LifecycleWorkload {
  /** `advisor`: the deletion succeeds; `resellerAndDelegatedAdministrator`: it is refused (TYPE-2). */
  readonly partnerType: PartnerType;
  readonly send: SendInvitationInput;
  readonly accept: AcceptInvitationInput;
  readonly remove: RelationshipStepInput;
  readonly delete: RelationshipStepInput;
}

/**
 * The lifecycle workload for one customer–partner pair: a partner Admin agent invites, a
 * customer Global Administrator accepts (box ticked) a day later, removes the admin roles
 * the next day and deletes the relationship the day after.
 *
 * @param partnerType - `advisor` (deletable) or a non-deletable type such as `resellerAndDelegatedAdministrator`
 */
export function lifecycleWorkload(
  partnerType: PartnerType,
  customer = "contoso",
  partner = "fabrikam",
): LifecycleWorkload {
  const admin = customerAdmin(customer);
  return {
    partnerType,
    send: { id: `${customer}:${partner}:1`, customer, partner, type: partnerType, by: partnerAgent(partner), at: T0 },
    accept: { by: admin, at: T0 + MS_PER_DAY, agreementAcknowledged: true },
    remove: { by: admin, at: T0 + 2 * MS_PER_DAY },
    delete: { by: admin, at: T0 + 3 * MS_PER_DAY },
  };
}

// ---------------------------------------------------------------------------------------
// 2. Histories: many customer–partner pairs, each following a short scenario
// ---------------------------------------------------------------------------------------

/** How a generated history is laid out. */
export interface HistoryOptions {
  /** Relationships (partners) per customer. Default 3. */
  readonly partnersPerCustomer?: number;
  /** Number of distinct partners. Default 1,000. */
  readonly partners?: number;
  /** Pairs whose steps are interleaved round-robin (rounded to a multiple of `partnersPerCustomer`). Default 300. */
  readonly window?: number;
}

/**
 * One step of a history: the command a caller would give the decider, and the event it
 * produces, or `undefined` where the decider produces none (a refused deletion, a repeated
 * agreement acceptance, a no-op role removal, accepting an expired invitation).
 */
export interface HistoryStep {
  readonly command: DomainCommand;
  readonly event: DomainEvent | undefined;
}

type StepKind = "agreement" | "send" | "accept" | "cancel" | "expire" | "remove" | "delete" | "end";

/** A step of a scenario: what, on which invitation, how many days after the pair's start, and whether it produces an event. */
interface StepSpec {
  readonly kind: StepKind;
  readonly invitation: 1 | 2;
  readonly type: PartnerType;
  readonly day: number;
  readonly produces: boolean;
}

const LIFETIME = DEFAULT_POLICY.invitationLifetimeDays;

function spec(kind: StepKind, day: number, type: PartnerType = "advisor", invitation: 1 | 2 = 1, produces = true) {
  return { kind, invitation, type, day, produces } satisfies StepSpec;
}

/**
 * The scenarios a pair follows, with their weights (out of 16):
 * - `advisorDeleted` (4): Advisor invited, accepted, roles removed, deleted by the customer: 4 events;
 * - `dapKept` (4): Reseller & DA invited, accepted, roles removed, deletion refused (TYPE-2): 3 events, stays in force;
 * - `resellerEnded` (2): Reseller invited, accepted, no-op role removal, ended by the partner (REL-3): 3 events;
 * - `cancelled` (2): DA invited, cancelled (INV-3): 2 events;
 * - `expired` (1): Advisor invited, expired after 90 days (INV-4), accepting later refused: 2 events;
 * - `extended` (3): Reseller then DA invited and accepted, one relationship (REL-1): 4 events, in force with roles.
 *
 * The first pair of each customer starts by accepting the Microsoft Customer Agreement on
 * its own (MCA-2): one more event. On average a pair yields about 3.5 events.
 */
const SCENARIOS: Readonly<Record<string, readonly StepSpec[]>> = {
  advisorDeleted: [spec("send", 0), spec("accept", 1), spec("remove", 2), spec("delete", 3)],
  dapKept: [
    spec("send", 0, "resellerAndDelegatedAdministrator"),
    spec("accept", 1),
    spec("remove", 2),
    spec("delete", 3, "advisor", 1, false),
  ],
  resellerEnded: [
    spec("send", 0, "reseller"),
    spec("accept", 1),
    spec("remove", 2, "advisor", 1, false),
    spec("end", 3),
  ],
  cancelled: [spec("send", 0, "delegatedAdministrator"), spec("cancel", 1)],
  expired: [spec("send", 0), spec("expire", LIFETIME), spec("accept", LIFETIME + 1, "advisor", 1, false)],
  extended: [
    spec("send", 0, "reseller"),
    spec("accept", 1),
    spec("send", 2, "delegatedAdministrator", 2),
    spec("accept", 3, "advisor", 2),
  ],
};

const WEIGHTED: readonly (readonly StepSpec[])[] = (
  [
    ["advisorDeleted", 4],
    ["dapKept", 4],
    ["resellerEnded", 2],
    ["cancelled", 2],
    ["expired", 1],
    ["extended", 3],
  ] as const
).flatMap(([name, weight]) => Array<readonly StepSpec[]>(weight).fill(SCENARIOS[name] as readonly StepSpec[]));

const AGREEMENT: readonly StepSpec[] = [spec("agreement", 0)];

/** The steps of pair number `pair`: a deterministic scenario (a multiplicative hash, so neighbours differ). */
function stepsOf(pair: number, firstOfCustomer: boolean): readonly StepSpec[] {
  const hash = Math.imul(pair + 1, 0x9e3779b1) >>> 0;
  const steps = WEIGHTED[(hash >>> 16) % WEIGHTED.length] as readonly StepSpec[];
  return firstOfCustomer ? [...AGREEMENT, ...steps] : steps;
}

function slotsOf(type: PartnerType): readonly RoleSlot[] {
  const provision = PARTNER_TYPES[type].roles;
  return provision.kind === "fixed" ? provision.slots : [];
}

/** Per-pair context the steps need. */
interface Pair {
  readonly customer: string;
  readonly partner: string;
  readonly adminId: string;
  readonly agentId: string;
  readonly invitations: readonly [string, string];
  /** The time of the pair's first step; a step `d` days later happens at `start + d days`. */
  readonly start: Instant;
  readonly steps: readonly StepSpec[];
}

function eventOf(pair: Pair, step: StepSpec): DomainEvent | undefined {
  if (!step.produces) return undefined;
  const at = pair.start + step.day * MS_PER_DAY;
  const { customer, partner } = pair;
  const invitation = pair.invitations[step.invitation - 1] as string;
  switch (step.kind) {
    case "agreement":
      return { type: "AgreementAccepted", at, customer, by: pair.adminId };
    case "send":
      return {
        type: "InvitationSent",
        at,
        invitation: {
          status: "pending",
          id: invitation,
          customer,
          partner,
          type: step.type,
          roles: slotsOf(step.type),
          sentBy: pair.agentId,
          sentAt: at,
          expiresAt: at + LIFETIME * MS_PER_DAY,
        },
      };
    case "accept":
      return { type: "InvitationAccepted", at, invitation, customer, partner, by: pair.adminId };
    case "cancel":
      return { type: "InvitationCancelled", at, invitation, customer, partner, by: pair.adminId };
    case "expire":
      return { type: "InvitationExpired", at, invitation, customer, partner };
    case "remove":
      return { type: "AdminRolesRemoved", at, customer, partner, by: pair.adminId };
    case "delete":
      return { type: "RelationshipDeleted", at, customer, partner, by: pair.adminId };
    case "end":
      return { type: "RelationshipEndedByPartner", at, customer, partner, by: pair.agentId };
  }
}

function commandOf(pair: Pair, step: StepSpec): DomainCommand {
  const at = pair.start + step.day * MS_PER_DAY;
  const { customer, partner } = pair;
  const invitation = pair.invitations[step.invitation - 1] as string;
  const admin = customerAdmin(customer);
  switch (step.kind) {
    case "agreement":
      return { type: "AcceptAgreement", customer, by: admin, at, acknowledged: true };
    case "send":
      return {
        type: "SendInvitation",
        id: invitation,
        customer,
        partner,
        partnerType: step.type,
        by: partnerAgent(partner),
        at,
      };
    case "accept":
      return { type: "AcceptInvitation", invitation, by: admin, at, agreementAcknowledged: true };
    case "cancel":
      return { type: "CancelInvitation", invitation, by: admin, at };
    case "expire":
      return { type: "ExpireInvitation", invitation, at };
    case "remove":
      return { type: "RemoveAdminRoles", customer, partner, by: admin, at };
    case "delete":
      return { type: "DeleteRelationship", customer, partner, by: admin, at };
    case "end":
      return { type: "EndRelationship", customer, partner, by: partnerAgent(partner), at };
  }
}

/**
 * The pairs and steps of a history, lazily: pairs are taken `window` at a time and their
 * steps interleaved round-robin (one step of each pair, then the next step of each…), so
 * many relationships are in flight at once, as in a real log. Customer `c<i>` has partners
 * `p<(i + j) mod partners>` for `j < partnersPerCustomer`.
 */
function* pairSteps(pairs: number, options: HistoryOptions): Generator<readonly [Pair, StepSpec], void, undefined> {
  const perCustomer = options.partnersPerCustomer ?? 3;
  const partners = options.partners ?? 1_000;
  const window = Math.max(perCustomer, Math.floor((options.window ?? 300) / perCustomer) * perCustomer);
  const agentIds = Array.from({ length: partners }, (_, p) => partnerAgent(`p${p}`).id);
  for (let first = 0; first < pairs; first += window) {
    const block: Pair[] = [];
    let longest = 0;
    let customer = "";
    let adminId = "";
    for (let k = first; k < Math.min(pairs, first + window); k++) {
      const c = Math.floor(k / perCustomer);
      const j = k % perCustomer;
      if (j === 0 || customer === "") {
        customer = `c${c}`;
        adminId = customerAdmin(customer).id;
      }
      const p = (c + j) % partners;
      const partner = `p${p}`;
      const steps = stepsOf(k, j === 0);
      block.push({
        customer,
        partner,
        adminId,
        agentId: agentIds[p] as string,
        invitations: [`${customer}:${partner}:1`, `${customer}:${partner}:2`],
        // Each block starts an hour after the previous one; the pairs of a block a millisecond apart.
        start: T0 + Math.floor(k / window) * 3_600_000 + (k - first),
        steps,
      });
      if (steps.length > longest) longest = steps.length;
    }
    for (let s = 0; s < longest; s++)
      for (const pair of block) {
        const step = pair.steps[s];
        if (step !== undefined) yield [pair, step];
      }
  }
}

/**
 * Every step of a history over `pairs` customer–partner pairs, lazily, as commands with
 * the event each produces (for checking the generator against the decider).
 *
 * @param pairs - how many customer–partner pairs
 * @param options - layout
 */
export function* historySteps(pairs: number, options: HistoryOptions = {}): Generator<HistoryStep, void, undefined> {
  for (const [pair, step] of pairSteps(pairs, options))
    yield { command: commandOf(pair, step), event: eventOf(pair, step) };
}

/**
 * A valid history of exactly `count` events, lazily: the events of {@link historySteps}
 * without building the commands.
 *
 * @param count - how many events
 * @param options - layout
 */
export function* historyEvents(count: number, options: HistoryOptions = {}): Generator<DomainEvent, void, undefined> {
  if (count <= 0) return;
  let produced = 0;
  for (const [pair, step] of pairSteps(Number.MAX_SAFE_INTEGER, options)) {
    const event = eventOf(pair, step);
    if (event === undefined) continue;
    yield event;
    if (++produced >= count) return;
  }
}

/**
 * The events of {@link historyEvents} in an array.
 *
 * @param count - how many events
 * @param options - layout
 */
export function historyArray(count: number, options: HistoryOptions = {}): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const event of historyEvents(count, options)) events.push(event);
  return events;
}

// ---------------------------------------------------------------------------------------
// 3. A population for the access questions
// ---------------------------------------------------------------------------------------

/** One customer of the question population: its relationships and agreement. */
export interface PopulationCustomer {
  readonly customer: string;
  /** Every relationship of the customer (several partners), as a caller's index per customer gives them. */
  readonly relationships: readonly Relationship[];
  readonly agreement: CustomerAgreement;
  /** The partners it has (had) a relationship with. */
  readonly partners: readonly string[];
}

/**
 * `customers` customers with up to `partnersPerCustomer` relationships each, in the mix
 * of states the history scenarios leave (in force with and without roles, ended; a pair
 * whose invitation was cancelled or expired has none), built by replaying a generated history through the real `replay`.
 *
 * @param customers - how many customers
 * @param partnersPerCustomer - relationships per customer
 */
export function questionPopulation(
  customers: number,
  partnersPerCustomer = 4,
): {
  readonly state: DomainState;
  readonly customers: readonly PopulationCustomer[];
} {
  const state = replay(
    (function* () {
      for (const [pair, step] of pairSteps(customers * partnersPerCustomer, { partnersPerCustomer })) {
        const event = eventOf(pair, step);
        if (event !== undefined) yield event;
      }
    })(),
  );
  const list: PopulationCustomer[] = [];
  for (let c = 0; c < customers; c++) {
    const customer = `c${c}`;
    const byPartner = state.relationships.get(customer);
    const partners: string[] = [];
    for (let j = 0; j < partnersPerCustomer; j++) partners.push(`p${(c + j) % 1_000}`);
    list.push({
      customer,
      relationships: byPartner === undefined ? [] : [...byPartner.values()],
      agreement: state.agreements.get(customer) ?? { status: "notAccepted", customer },
      partners,
    });
  }
  return { state, customers: list };
}

/** The roles asked about in the question workload. */
export const ASKED_ROLES: readonly RoleId[] = [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR];

// ---------------------------------------------------------------------------------------
// 4. Commands at scale: a book of n pairs with GDAP, and a mix of commands on it
// ---------------------------------------------------------------------------------------

/** One pair in this many also holds an active GDAP relationship with one access assignment. */
export const GDAP_EVERY = 4;

/**
 * The commands that give pair `k` (`customer`, `partner`) an active GDAP relationship
 * `g<k>` (Helpdesk Administrator, two years) with one access assignment `a<k>`: create,
 * lock for approval, approve (by the customer's Global Administrator), assign; a
 * millisecond apart from `at`.
 *
 * @param k - the pair's number (names the relationship, its display name and assignment)
 * @param customer - the customer
 * @param partner - the partner
 * @param at - when the first command is given
 */
export function gdapCommands(k: number, customer: string, partner: string, at: Instant): readonly DomainCommand[] {
  const by = partnerAgent(partner);
  const relationship = `g${k}`;
  return [
    {
      type: "CreateGdapRelationship",
      id: relationship,
      partner,
      customer,
      displayName: `${customer} helpdesk ${k}`,
      roles: [HELPDESK_ADMINISTRATOR],
      duration: "P730D",
      by,
      at,
    },
    { type: "LockGdapForApproval", relationship, by, at: at + 1 },
    { type: "ApproveGdapRelationship", relationship, by: customerAdmin(customer), at: at + 2 },
    {
      type: "CreateAccessAssignment",
      id: `a${k}`,
      relationship,
      group: "helpdesk-agents",
      roles: [HELPDESK_ADMINISTRATOR],
      by,
      at: at + 3,
    },
  ];
}

let template: readonly DomainEvent[] | undefined;

/** The events of {@link gdapCommands} for the template pair, decided once by the real decider. */
function gdapTemplateEvents(): readonly DomainEvent[] {
  if (template !== undefined) return template;
  let state = initialState;
  const events: DomainEvent[] = [];
  for (const command of gdapCommands(0, "c0", "p0", T0)) {
    const decided = decide(command, state);
    if (decided.isErr()) throw new Error(`the GDAP template is refused: ${decided.error.message}`);
    for (const event of decided.value) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  template = events;
  return events;
}

/**
 * The GDAP events of pair `k`: the template's, with the IDs, names, actors and times of
 * that pair (each field overridden exists in the template, so the copies stay on V8's fast
 * clone path). test/bench/workloads.test.ts checks them against `decide`.
 *
 * @param k - the pair's number
 * @param customer - the customer
 * @param partner - the partner
 * @param at - when the first command is given
 */
export function gdapEvents(k: number, customer: string, partner: string, at: Instant): readonly DomainEvent[] {
  const shift = at - T0;
  const id = `g${k}`;
  const displayName = `${customer} helpdesk ${k}`;
  const createdBy = partnerAgent(partner).id;
  return gdapTemplateEvents().map((event): DomainEvent => {
    if (event.type === "AccessAssignmentCreated") {
      const a = event.assignment;
      return {
        type: event.type,
        at: event.at + shift,
        assignment: {
          ...a,
          id: `a${k}`,
          relationship: id,
          partner,
          customer,
          createdDateTime: a.createdDateTime + shift,
          lastModifiedDateTime: a.lastModifiedDateTime + shift,
        },
      };
    }
    if (!("relationship" in event) || typeof event.relationship !== "object") throw new Error(event.type);
    const r = event.relationship as unknown as Readonly<Record<string, unknown>>;
    const moved: Record<string, unknown> = { ...r, id, displayName, partner, customer, createdBy };
    for (const field of [
      "createdDateTime",
      "lastModifiedDateTime",
      "requestExpiresDateTime",
      "activatedDateTime",
      "endDateTime",
    ])
      if (typeof r[field] === "number") moved[field] = (r[field] as number) + shift;
    if (typeof r.approvedBy === "string") moved.approvedBy = customerAdmin(customer).id;
    return { type: event.type, at: event.at + shift, relationship: moved } as unknown as DomainEvent;
  });
}

/**
 * The history of a book of `pairs` customer–partner pairs: the events of
 * {@link historySteps} for exactly those pairs, then, for one pair in {@link GDAP_EVERY},
 * an active GDAP relationship with an access assignment ({@link gdapEvents}).
 *
 * @param pairs - how many customer–partner pairs
 */
export function* bookEvents(pairs: number): Generator<DomainEvent, void, undefined> {
  for (const [pair, step] of pairSteps(pairs, {})) {
    const event = eventOf(pair, step);
    if (event !== undefined) yield event;
  }
  for (let k = 0; k < pairs; k += GDAP_EVERY) {
    const c = Math.floor(k / 3);
    yield* gdapEvents(k, `c${c}`, `p${(c + (k % 3)) % 1_000}`, T0 + k);
  }
}

/** When the commands measured on a book start: after every event of {@link bookEvents}. */
export const SCALE_T0: Instant = Date.UTC(2031, 0, 1);

/** How many commands one cycle of {@link scaleCycle} gives. */
export const SCALE_CYCLE_LENGTH = 6;

/**
 * The commands of cycle `i` on a book: a new customer `x<i>` is invited by partner
 * `p<i mod 1000>` (Reseller), accepts, and gets an active GDAP relationship with one access
 * assignment (create, lock for approval, approve, assign): invitation, acceptance, GDAP
 * create and approve, access assignment.
 *
 * @param i - the cycle's number
 */
export function scaleCycle(i: number): readonly DomainCommand[] {
  const customer = `x${i}`;
  const partner = `p${i % 1_000}`;
  const at = SCALE_T0 + i * 10;
  const invitation = `${customer}:${partner}:1`;
  return [
    {
      type: "SendInvitation",
      id: invitation,
      customer,
      partner,
      partnerType: "reseller",
      by: partnerAgent(partner),
      at,
    },
    { type: "AcceptInvitation", invitation, by: customerAdmin(customer), at: at + 1, agreementAcknowledged: true },
    ...gdapCommands(1e9 + i, customer, partner, at + 2),
  ];
}
