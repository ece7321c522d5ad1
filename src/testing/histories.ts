/**
 * Command histories over the whole decider (core, GDAP, Azure, Autopilot, MPSA) in a small
 * universe, so that sequences often hit the same entities and reach deep states. Time
 * only moves forward: each command's `at` is the previous one's plus a random step.
 * {@link validHistoryArb} keeps only the commands `decide` accepts, so it builds only
 * reachable states.
 *
 * @module
 */
import fc from "fast-check";
import {
  type Actor,
  BILLING_ADMINISTRATOR,
  type CustomerUser,
  DEFAULT_POLICY,
  type DomainCommand,
  type DomainEvent,
  type DomainState,
  decide,
  evolve,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  initialState,
  PARTNER_TYPE_LIST,
  type PartnerUser,
  type Policy,
  USER_ADMINISTRATOR,
} from "partner-relationships";

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

/** The customers of the histories' universe. */
export const HISTORY_CUSTOMERS = ["contoso", "northwind"] as const;
/** The partners of the histories' universe. */
export const HISTORY_PARTNERS = ["fabrikam", "adatum"] as const;

const customerAdmins: readonly CustomerUser[] = HISTORY_CUSTOMERS.map((tenant) => ({
  kind: "customerUser",
  id: `admin@${tenant}`,
  tenant,
  roles: [GLOBAL_ADMINISTRATOR],
}));
const partnerAgents: readonly PartnerUser[] = HISTORY_PARTNERS.map((partner) => ({
  kind: "partnerUser",
  id: `agent@${partner}`,
  partner,
  roles: ["adminAgent"],
}));
const nobody: CustomerUser = { kind: "customerUser", id: "guest@contoso", tenant: "contoso", roles: [] };
// A Billing Administrator: enough for ACT-1's steps, not for approving GDAP (ACT-4).
const contosoBilling: CustomerUser = {
  kind: "customerUser",
  id: "billing@contoso",
  tenant: "contoso",
  roles: [BILLING_ADMINISTRATOR],
};

// The first customer and partner most of the time, so that steps meet the entities they name.
const customer = fc.oneof(
  { weight: 5, arbitrary: fc.constant(HISTORY_CUSTOMERS[0]) },
  { weight: 1, arbitrary: fc.constant(HISTORY_CUSTOMERS[1]) },
);
const partner = fc.oneof(
  { weight: 5, arbitrary: fc.constant(HISTORY_PARTNERS[0]) },
  { weight: 1, arbitrary: fc.constant(HISTORY_PARTNERS[1]) },
);
const [contosoAdmin, northwindAdmin] = customerAdmins as [CustomerUser, CustomerUser];
const [fabrikamAgent, adatumAgent] = partnerAgents as [PartnerUser, PartnerUser];
const customerActor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(contosoAdmin) },
  { weight: 2, arbitrary: fc.constant(northwindAdmin) },
  { weight: 1, arbitrary: fc.constantFrom<Actor>(nobody, contosoBilling, ...partnerAgents) },
);
const partnerActor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(fabrikamAgent) },
  { weight: 2, arbitrary: fc.constant(adatumAgent) },
  { weight: 1, arbitrary: fc.constantFrom<Actor>(nobody, ...customerAdmins) },
);
const anyActor: fc.Arbitrary<Actor> = fc.oneof(customerActor, partnerActor);
const invitation = fc.constantFrom("i0", "i1");
const gdap = fc.constantFrom("g0", "g1");
const assignment = fc.constantFrom("a0", "a1");
const subscription = fc.constantFrom("s0", "s1");
const device = fc.constantFrom("d0", "d1", "d2");
const gdapRoles = fc.subarray([GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], { minLength: 1 });

/** A domain command without its instant. */
export type UntimedDomainCommand = DomainCommand extends infer C ? (C extends unknown ? Omit<C, "at"> : never) : never;

/**
 * Commands of every type, without their instant, over a small universe (two customers,
 * two partners, two IDs of each entity): accepted ones often, refused ones too (wrong
 * actor, unknown entity, a step the status does not allow, a duration out of range).
 */
export const untimedDomainCommandArb: fc.Arbitrary<UntimedDomainCommand> = fc.oneof(
  { depthSize: "small" },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant("SendInvitation" as const),
      id: invitation,
      customer,
      partner,
      partnerType: fc.constantFrom(...PARTNER_TYPE_LIST.filter((type) => type !== "gdap" && type !== "partner")),
      by: partnerActor,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant("AcceptInvitation" as const),
      invitation,
      by: customerActor,
      agreementAcknowledged: fc.oneof(
        { weight: 5, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("CancelInvitation" as const), invitation, by: customerActor }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("ExpireInvitation" as const), invitation }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("AcceptAgreement" as const),
      customer,
      by: customerActor,
      acknowledged: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("RemoveAdminRoles" as const, "DeleteRelationship" as const),
      customer,
      partner,
      by: customerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("EndRelationship" as const), customer, partner, by: partnerActor }),
  },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constant("CreateGdapRelationship" as const),
        id: gdap,
        partner,
        customer,
        displayName: fc.constantFrom("Helpdesk", "Users", "Everything"),
        roles: gdapRoles,
        duration: fc.constantFrom("P1D", "P30D", "P90D", "P2Y", "P731D"),
        autoExtendDuration: fc.constantFrom("PT0S", "P180D"),
        by: partnerActor,
      },
      { requiredKeys: ["type", "id", "partner", "displayName", "roles", "duration", "by"] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("UpdateGdapRelationship" as const),
      relationship: gdap,
      duration: fc.constantFrom("P10D", "P180D"),
      by: partnerActor,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant("LockGdapForApproval" as const), relationship: gdap, by: partnerActor }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("DeleteGdapRelationship" as const, "RemoveGdapGlobalAdministrator" as const),
      relationship: gdap,
      by: partnerActor,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant("ApproveGdapRelationship" as const),
      relationship: gdap,
      by: customerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("TerminateGdapRelationship" as const), relationship: gdap, by: anyActor }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("SetGdapAutoExtend" as const),
      relationship: gdap,
      autoExtendDuration: fc.constantFrom("PT0S", "P180D"),
      by: anyActor,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("AdvanceGdapRelationship" as const), relationship: gdap }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("CreateAccessAssignment" as const),
      id: assignment,
      relationship: gdap,
      group: fc.constantFrom("helpdesk-agents", "admin-agents"),
      roles: gdapRoles,
      by: partnerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("UpdateAccessAssignment" as const),
      assignment,
      roles: gdapRoles,
      by: partnerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("DeleteAccessAssignment" as const), assignment, by: partnerActor }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant("RecordAzureSubscription" as const), id: subscription, customer }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("ProvisionAzureSubscription" as const),
      id: subscription,
      customer,
      partner,
      by: partnerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("AssignAzureRole" as const, "RemoveAzureRoleAssignment" as const),
      subscription,
      principal: partner.map((p) => ({ kind: "partnerAdminAgents" as const, partner: p })),
      role: fc.constantFrom("Owner" as const, "Contributor" as const),
      by: customerActor,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("RegisterAutopilotDevice" as const),
      id: device,
      customer,
      addedBy: fc.oneof(
        partner.map((p) => ({ kind: "partner" as const, partner: p })),
        partner.map((p) => ({ kind: "oem" as const, partner: p })),
        fc.constant({ kind: "customer" as const, channel: "intune" as const }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("SetMpsaPurchaseSharing" as const),
      customer,
      enabled: fc.boolean(),
      by: customerActor,
    }),
  },
);

// Mostly hours or days apart, sometimes long enough for invitations, requests and relationships to expire.
const gap = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: 1, max: DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 800 * DAY }) },
);

/**
 * Random histories over the whole decider: 5 to 60 commands of every type with strictly
 * increasing times from 1 January 2026, many of which the decider refuses.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(domainHistoryArb, (history) => {
 *   // fold decide/evolve over history; replay the events; compare
 * }));
 * ```
 */
export const domainHistoryArb: fc.Arbitrary<readonly DomainCommand[]> = fc
  .array(fc.tuple(untimedDomainCommandArb, gap), { minLength: 5, maxLength: 60, size: "medium" })
  .map((steps) => {
    let at = T0;
    return steps.map(([command, gap]) => {
      at += gap;
      return { ...command, at } as DomainCommand;
    });
  });

/** A history run through the decider: the commands it accepted, their events, the state reached. */
export interface ValidHistory {
  /** The accepted commands, in order. */
  readonly commands: readonly DomainCommand[];
  /** The events they produced. */
  readonly events: readonly DomainEvent[];
  /** The state they lead to. */
  readonly state: DomainState;
}

/**
 * Runs a history through `decide`/`evolve` and keeps the commands it accepts.
 *
 * @param history - any commands
 * @param policy - the policy (default `DEFAULT_POLICY`)
 */
export function acceptedHistory(history: readonly DomainCommand[], policy: Policy = DEFAULT_POLICY): ValidHistory {
  let state = initialState;
  const commands: DomainCommand[] = [];
  const events: DomainEvent[] = [];
  for (const command of history) {
    const decided = decide(command, state, policy);
    if (decided.isErr()) continue;
    commands.push(command);
    events.push(...decided.value);
    state = decided.value.reduce(evolve, state);
  }
  return { commands, events, state };
}

/**
 * Valid histories: random histories run through `decide`, keeping only the accepted
 * commands, so every state they reach is reachable. Each value carries the commands,
 * their events and the final state.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validHistoryArb, ({ commands, events, state }) => {
 *   expect(replay(events)).toEqual(state);
 * }));
 * ```
 */
export const validHistoryArb: fc.Arbitrary<ValidHistory> = domainHistoryArb.map((history) => acceptedHistory(history));

/** States reachable from `initialState` by accepted commands (the state of {@link validHistoryArb}). */
export const reachableStateArb: fc.Arbitrary<DomainState> = validHistoryArb.map((history) => history.state);

const malformed: fc.Arbitrary<DomainCommand> = fc.oneof(
  fc.record({
    type: fc.constant("SendInvitation" as const),
    id: fc.constantFrom("", " padded ", "x".repeat(257)),
    customer: fc.constant("contoso"),
    partner: fc.constant("fabrikam"),
    partnerType: fc.constantFrom("reseller", "notAType") as fc.Arbitrary<
      DomainCommand & { type: "SendInvitation" } extends { partnerType: infer T } ? T : never
    >,
    by: fc.constant<Actor>({ kind: "partnerUser", id: "agent@fabrikam", partner: "fabrikam", roles: ["adminAgent"] }),
    at: fc.constantFrom(Number.NaN, 1.5, -1, T0),
  }),
  fc.record({
    type: fc.constant("UnknownCommand"),
    at: fc.constant(T0),
  }) as unknown as fc.Arbitrary<DomainCommand>,
);

/**
 * Any command, also invalid: the commands of {@link domainHistoryArb} at any instant, and
 * malformed ones (empty or padded IDs, unknown partner or command types, non-integer
 * instants) that a typed caller cannot write but an untyped one can send.
 */
export const anyDomainCommandArb: fc.Arbitrary<DomainCommand> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(untimedDomainCommandArb, fc.integer({ min: T0, max: T0 + 800 * DAY }))
      .map(([command, at]) => ({ ...command, at }) as DomainCommand),
  },
  { weight: 1, arbitrary: malformed },
);
