/**
 * The model-based conformance kit: fast-check commands that drive a system under test
 * through an adapter the user writes ({@link PartnerSystemAdapter}) and check each answer,
 * and the roles each partner holds afterwards, against the reference model
 * ({@link modelStep}). Run them with `fc.modelRun` / `fc.asyncModelRun`, or with
 * {@link checkConformance} / {@link checkConformanceAsync}.
 *
 * @module
 */
import fc from "fast-check";
import type {
  AcceptAgreementCommand,
  AcceptInvitationCommand,
  Actor,
  CancelInvitationCommand,
  CoreCommand,
  CustomerId,
  CustomerUser,
  DeleteRelationshipCommand,
  EndRelationshipCommand,
  ExpireInvitationCommand,
  Instant,
  PartnerId,
  PartnerType,
  PartnerUser,
  RemoveAdminRolesCommand,
  SendInvitationCommand,
} from "partner-relationships";
import {
  BILLING_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  type RoleId,
  roleName,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import {
  initialModel,
  MODEL_DEFAULT_POLICY,
  type ModelPolicy,
  type ModelState,
  modelHoldsRole,
  modelStep,
  type Outcome,
} from "./model.js";

/** The input of an adapter method: the decider's command without its `type`. */
export type CommandInput<C> = Omit<C, "type">;

/** A value or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/** The question {@link PartnerSystemAdapter.holdsRole} answers. */
export interface HoldsRoleInput {
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** The directory role. */
  readonly role: RoleId;
  /** When it is asked. */
  readonly at: Instant;
}

/**
 * What a system under test offers the conformance kit: one method per core step, each
 * answering with an {@link Outcome} (accepted, or refused with the library's error code),
 * and the question `holdsRole`. The inputs are the decider's commands without `type`.
 * Methods may return promises (then run the kit with `fc.asyncModelRun` or
 * {@link checkConformanceAsync}).
 *
 * @example
 * ```ts
 * const adapter: PartnerSystemAdapter = {
 *   sendInvitation: (input) => http.post("/invitations", input).then(toOutcome),
 *   acceptInvitation: (input) => http.post(`/invitations/${input.invitation}/accept`, input).then(toOutcome),
 *   // … one method per step …
 *   holdsRole: ({ customer, partner, role }) => http.get(`/tenants/${customer}/partners/${partner}/roles/${role}`).then((r) => r.ok),
 * };
 * ```
 */
export interface PartnerSystemAdapter {
  /** A partner sends an invitation (INV-1, ACT-3, TYPE-1). */
  sendInvitation(input: CommandInput<SendInvitationCommand>): MaybePromise<Outcome>;
  /** The customer accepts an invitation (INV-2, INV-4, ACT-1). */
  acceptInvitation(input: CommandInput<AcceptInvitationCommand>): MaybePromise<Outcome>;
  /** The customer cancels an invitation (INV-3, ACT-1). */
  cancelInvitation(input: CommandInput<CancelInvitationCommand>): MaybePromise<Outcome>;
  /** An unanswered invitation expires (INV-4). */
  expireInvitation(input: CommandInput<ExpireInvitationCommand>): MaybePromise<Outcome>;
  /** The customer accepts the Microsoft Customer Agreement on its own (MCA-2). */
  acceptAgreement(input: CommandInput<AcceptAgreementCommand>): MaybePromise<Outcome>;
  /** The customer removes the partner's admin roles (DAP-2). */
  removeAdminRoles(input: CommandInput<RemoveAdminRolesCommand>): MaybePromise<Outcome>;
  /** The customer deletes the relationship (TYPE-2). */
  deleteRelationship(input: CommandInput<DeleteRelationshipCommand>): MaybePromise<Outcome>;
  /** The partner ends the relationship (REL-3). */
  endRelationship(input: CommandInput<EndRelationshipCommand>): MaybePromise<Outcome>;
  /** Whether the partner holds the directory role in the customer tenant now (DAP-1, INVAR-1). */
  holdsRole(input: HoldsRoleInput): MaybePromise<boolean>;
}

/** A {@link PartnerSystemAdapter} whose methods answer at once, for `fc.modelRun`. */
export type SyncPartnerSystemAdapter = {
  // biome-ignore format: the doc comment must stay on its own line to document each method's signature.
  readonly [K in keyof PartnerSystemAdapter]: PartnerSystemAdapter[K] extends (input: infer I) => MaybePromise<infer O>
    ?
      /** The {@link PartnerSystemAdapter} method of the same name, answering at once rather than with a promise. */
      (input: I) => O
    : never;
};

/** The model the conformance commands carry: the reference state and the clock. */
export interface ConformanceModel {
  /** The reference model's state. */
  state: ModelState;
  /** The current instant; every command moves it forward. */
  now: Instant;
}

/** Options of the conformance commands. */
export interface ConformanceOptions {
  /** Compare error codes (`"exact"`, default) or only accepted/refused (`"okOnly"`). */
  readonly codes?: "exact" | "okOnly";
  /** The policy figures of the system under test (default DOMAIN.md's). */
  readonly policy?: ModelPolicy;
  /** The longest command sequence (default 50). */
  readonly maxCommands?: number;
  /**
   * fast-check's size of the sequences (default `"max"`: lengths spread up to
   * `maxCommands`; fast-check's own default, `"small"`, gives about five commands).
   */
  readonly size?: fc.SizeForArbitrary;
  /** The first instant (default 1 January 2026). */
  readonly start?: Instant;
}

const DAY = 86_400_000;

/** The small universe the commands move in, so that steps meet the entities they name. */
export const CONFORMANCE_UNIVERSE = Object.freeze({
  /** The customer tenant IDs the commands name. */
  customers: Object.freeze(["contoso", "northwind"] as const),
  /** The partner IDs the commands name. */
  partners: Object.freeze(["fabrikam", "adatum"] as const),
  /** The invitation IDs the commands send and answer. */
  invitations: Object.freeze(["inv-0", "inv-1", "inv-2", "inv-3"] as const),
  /** The directory roles invitations request and `holdsRole` is asked about: Global, Helpdesk and User Administrator. */
  roles: Object.freeze([GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR] as const),
});

const U = CONFORMANCE_UNIVERSE;
const customerAdmin = (tenant: string, role: RoleId, id = `admin@${tenant}`): CustomerUser => ({
  kind: "customerUser",
  id,
  tenant,
  roles: [role],
});
const partnerUser = (partner: string, role: PartnerUser["roles"][number]): PartnerUser => ({
  kind: "partnerUser",
  id: `${role}@${partner}`,
  partner,
  roles: [role],
});
const CUSTOMER_ACTORS: readonly Actor[] = [
  customerAdmin("contoso", GLOBAL_ADMINISTRATOR),
  customerAdmin("contoso", BILLING_ADMINISTRATOR, "billing@contoso"),
  customerAdmin("northwind", GLOBAL_ADMINISTRATOR),
];
const PARTNER_ACTORS: readonly Actor[] = [
  partnerUser("fabrikam", "adminAgent"),
  partnerUser("fabrikam", "salesAgent"),
  partnerUser("adatum", "adminAgent"),
];
const OUTSIDERS: readonly Actor[] = [
  customerAdmin("contoso", HELPDESK_ADMINISTRATOR, "helpdesk@contoso"),
  partnerUser("fabrikam", "helpdeskAgent"),
];
const ALL_ACTORS: readonly Actor[] = [...CUSTOMER_ACTORS, ...PARTNER_ACTORS, ...OUTSIDERS];

const weighted = <T>(likely: readonly T[], rest: readonly T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...likely) }, { weight: 1, arbitrary: fc.constantFrom(...rest) });
const customerArb = weighted(["contoso"], U.customers);
const partnerArb = weighted(["fabrikam"], U.partners);
const invitationArb = fc.constantFrom(...U.invitations);
const customerSide = weighted(CUSTOMER_ACTORS.slice(0, 2), ALL_ACTORS);
const partnerSide = weighted(PARTNER_ACTORS.slice(0, 1), ALL_ACTORS);
const invitableType = fc.constantFrom<PartnerType>(
  "reseller",
  "delegatedAdministrator",
  "resellerAndDelegatedAdministrator",
  "partner",
  "advisor",
  "mpsaPartner",
  "oem",
  "lineOfBusiness",
  "isv",
  "indirectReseller",
);
// Mostly hours apart; sometimes long enough for an invitation to expire.
const gapArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: 60 * DAY, max: 120 * DAY }) },
);

/** A core command without its instant: the conformance commands add the model's clock. */
export type UntimedCoreCommand = CoreCommand extends infer C ? (C extends unknown ? Omit<C, "at"> : never) : never;

/**
 * Core commands without their instant, over {@link CONFORMANCE_UNIVERSE}: valid ones
 * mostly, refused ones often (wrong actor, unknown or final invitation, unticked box, a
 * type that brings no roles given roles, …).
 */
export const untimedCoreCommandArb: fc.Arbitrary<UntimedCoreCommand> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        type: fc.constant("SendInvitation" as const),
        id: invitationArb,
        customer: customerArb,
        partner: partnerArb,
        partnerType: fc.oneof({ weight: 8, arbitrary: invitableType }, { weight: 1, arbitrary: fc.constant("gdap") }),
        by: partnerSide,
        withRoles: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        roles: fc.subarray([...U.roles], { minLength: 1 }),
      })
      .map(({ withRoles, roles, ...command }) =>
        command.partnerType === "partner" || withRoles ? { ...command, roles } : command,
      ),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("AcceptInvitation" as const),
      invitation: invitationArb,
      by: customerSide,
      agreementAcknowledged: weighted([true], [false]),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("CancelInvitation" as const),
      invitation: invitationArb,
      by: customerSide,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("ExpireInvitation" as const), invitation: invitationArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("AcceptAgreement" as const),
      customer: customerArb,
      by: customerSide,
      acknowledged: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constantFrom("RemoveAdminRoles" as const, "DeleteRelationship" as const),
      customer: customerArb,
      partner: partnerArb,
      by: customerSide,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("EndRelationship" as const),
      customer: customerArb,
      partner: partnerArb,
      by: partnerSide,
    }),
  },
);

function describeActor(actor: Actor): string {
  return actor.kind === "customerUser"
    ? `${actor.id}[${actor.roles.map((role) => role.slice(0, 8)).join(",")}]`
    : `${actor.id}`;
}

/**
 * A one-line description of a command, for counterexamples.
 *
 * @param command - the command
 */
export function describeCommand(command: UntimedCoreCommand | CoreCommand): string {
  const parts = Object.entries(command)
    .filter(([key]) => key !== "type" && key !== "at")
    .map(([key, value]) =>
      key === "by"
        ? `by=${describeActor(value as Actor)}`
        : `${key}=${Array.isArray(value) ? `[${value.length} roles]` : String(value)}`,
    );
  return `${command.type}(${parts.join(", ")})`;
}

function call(adapter: PartnerSystemAdapter, command: CoreCommand): MaybePromise<Outcome> {
  const { type, ...input } = command;
  switch (command.type) {
    case "SendInvitation":
      return adapter.sendInvitation(input as CommandInput<SendInvitationCommand>);
    case "AcceptInvitation":
      return adapter.acceptInvitation(input as CommandInput<AcceptInvitationCommand>);
    case "CancelInvitation":
      return adapter.cancelInvitation(input as CommandInput<CancelInvitationCommand>);
    case "ExpireInvitation":
      return adapter.expireInvitation(input as CommandInput<ExpireInvitationCommand>);
    case "AcceptAgreement":
      return adapter.acceptAgreement(input as CommandInput<AcceptAgreementCommand>);
    case "RemoveAdminRoles":
      return adapter.removeAdminRoles(input as CommandInput<RemoveAdminRolesCommand>);
    case "DeleteRelationship":
      return adapter.deleteRelationship(input as CommandInput<DeleteRelationshipCommand>);
    case "EndRelationship":
      return adapter.endRelationship(input as CommandInput<EndRelationshipCommand>);
    default:
      throw new Error(`unknown command type ${String(type)}`);
  }
}

function format(outcome: Outcome): string {
  return outcome.ok ? "accepted" : `refused with ${outcome.code}`;
}

function checkOutcome(command: CoreCommand, expected: Outcome, actual: Outcome, codes: "exact" | "okOnly"): void {
  const same =
    expected.ok === actual.ok &&
    (codes === "okOnly" || expected.ok || expected.code === (actual as { code?: string }).code);
  if (!same)
    throw new Error(
      `${describeCommand(command)}: the model says ${format(expected)}, the system answered ${format(actual)}`,
    );
}

/** The (partner, role) questions asked after each step about the customer it touched. */
function questions(command: CoreCommand, state: ModelState): readonly HoldsRoleInput[] {
  const pairs: [CustomerId, PartnerId][] = [];
  if ("customer" in command && "partner" in command) pairs.push([command.customer, command.partner]);
  else if ("invitation" in command) {
    const invitation = state.invitations.get(command.invitation);
    if (invitation !== undefined) pairs.push([invitation.customer, invitation.partner]);
  }
  return pairs.flatMap(([customer, partner]) => U.roles.map((role) => ({ customer, partner, role, at: command.at })));
}

function checkHolds(question: HoldsRoleInput, expected: boolean, actual: boolean, after: CoreCommand): void {
  if (expected !== actual)
    throw new Error(
      `after ${describeCommand(after)}: the model says ${question.partner} ${expected ? "holds" : "does not hold"} ${roleName(question.role)} in ${question.customer}, the system says it ${actual ? "does" : "does not"}`,
    );
}

class StepCommand {
  constructor(
    readonly command: UntimedCoreCommand,
    readonly gap: number,
    readonly codes: "exact" | "okOnly",
  ) {}
  check(): boolean {
    return true;
  }
  timed(model: ConformanceModel): CoreCommand {
    return { ...this.command, at: model.now + this.gap } as CoreCommand;
  }
  toString(): string {
    return `${describeCommand(this.command)} after ${this.gap} ms`;
  }
}

class SyncStep extends StepCommand implements fc.Command<ConformanceModel, SyncPartnerSystemAdapter> {
  run(model: ConformanceModel, real: SyncPartnerSystemAdapter): void {
    const command = this.timed(model);
    const { outcome, next } = modelStep(model.state, command);
    checkOutcome(command, outcome, call(real as PartnerSystemAdapter, command) as Outcome, this.codes);
    model.state = next;
    model.now = command.at;
    for (const question of questions(command, next))
      checkHolds(
        question,
        modelHoldsRole(next, question.customer, question.partner, question.role),
        real.holdsRole(question),
        command,
      );
  }
}

class AsyncStep extends StepCommand implements fc.AsyncCommand<ConformanceModel, PartnerSystemAdapter> {
  async run(model: ConformanceModel, real: PartnerSystemAdapter): Promise<void> {
    const command = this.timed(model);
    const { outcome, next } = modelStep(model.state, command);
    checkOutcome(command, outcome, await call(real, command), this.codes);
    model.state = next;
    model.now = command.at;
    for (const question of questions(command, next))
      checkHolds(
        question,
        modelHoldsRole(next, question.customer, question.partner, question.role),
        await real.holdsRole(question),
        command,
      );
  }
}

function stepArb<C>(make: (command: UntimedCoreCommand, gap: number) => C): fc.Arbitrary<C> {
  return fc.tuple(untimedCoreCommandArb, gapArb).map(([command, gap]) => make(command, gap));
}

/**
 * fast-check commands for a system whose adapter answers at once: pass them to
 * `fc.modelRun` with a fresh {@link conformanceSetup}.
 *
 * @param options - error-code comparison, policy, sequence length
 * @returns an arbitrary of command sequences
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(conformanceCommands(), (commands) => {
 *     fc.modelRun(() => conformanceSetup(myInMemoryAdapter()), commands);
 *   }),
 * );
 * ```
 */
export function conformanceCommands(
  options: ConformanceOptions = {},
): fc.Arbitrary<Iterable<fc.Command<ConformanceModel, SyncPartnerSystemAdapter>>> {
  const codes = options.codes ?? "exact";
  return fc.commands([stepArb((command, gap) => new SyncStep(command, gap, codes))], {
    maxCommands: options.maxCommands ?? 50,
    size: options.size ?? "max",
  });
}

/**
 * fast-check commands for a system whose adapter may answer with promises: pass them to
 * `fc.asyncModelRun` with a fresh {@link conformanceSetup}.
 *
 * @param options - error-code comparison, policy, sequence length
 * @returns an arbitrary of command sequences
 *
 * @example
 * ```ts
 * await fc.assert(
 *   fc.asyncProperty(asyncConformanceCommands(), async (commands) => {
 *     await fc.asyncModelRun(() => conformanceSetup(httpAdapter(await freshTenant())), commands);
 *   }),
 * );
 * ```
 */
export function asyncConformanceCommands(
  options: ConformanceOptions = {},
): fc.Arbitrary<Iterable<fc.AsyncCommand<ConformanceModel, PartnerSystemAdapter>>> {
  const codes = options.codes ?? "exact";
  return fc.commands([stepArb((command, gap) => new AsyncStep(command, gap, codes))], {
    maxCommands: options.maxCommands ?? 50,
    size: options.size ?? "max",
  });
}

/**
 * A fresh model and the system under test, for `fc.modelRun` / `fc.asyncModelRun`.
 *
 * @param real - the adapter over a fresh system under test
 * @param options - the policy and first instant
 */
export function conformanceSetup<R>(
  real: R,
  options: Pick<ConformanceOptions, "policy" | "start"> = {},
): {
  /** The reference model at its start: the initial state and the first instant. */
  model: ConformanceModel;
  /** The system under test, as given. */
  real: R;
} {
  return {
    model: { state: initialModel(options.policy ?? MODEL_DEFAULT_POLICY), now: options.start ?? Date.UTC(2026, 0, 1) },
    real,
  };
}

/**
 * Runs the conformance check against a synchronous system: `fc.assert` over
 * {@link conformanceCommands}, each run on a fresh system from `makeSystem`. Throws
 * fast-check's error, with the shrunk counterexample, on the first disagreement.
 *
 * @param makeSystem - makes an adapter over a fresh, empty system
 * @param options - the kit's options
 * @param parameters - fast-check's parameters (`numRuns`, `seed`, …)
 *
 * @example
 * ```ts
 * checkConformance(() => libraryAdapter(), {}, { numRuns: 1000 });
 * ```
 */
export function checkConformance(
  makeSystem: () => SyncPartnerSystemAdapter,
  options: ConformanceOptions = {},
  parameters: fc.Parameters<[Iterable<fc.Command<ConformanceModel, SyncPartnerSystemAdapter>>]> = {},
): void {
  fc.assert(
    fc.property(conformanceCommands(options), (commands) => {
      fc.modelRun(() => conformanceSetup(makeSystem(), options), commands);
    }),
    parameters,
  );
}

/**
 * Runs the conformance check against a system that may answer with promises.
 *
 * @param makeSystem - makes an adapter over a fresh, empty system
 * @param options - the kit's options
 * @param parameters - fast-check's parameters
 */
export async function checkConformanceAsync(
  makeSystem: () => MaybePromise<PartnerSystemAdapter>,
  options: ConformanceOptions = {},
  parameters: fc.Parameters<[Iterable<fc.AsyncCommand<ConformanceModel, PartnerSystemAdapter>>]> = {},
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(asyncConformanceCommands(options), async (commands) => {
      const real = await makeSystem();
      await fc.asyncModelRun(() => conformanceSetup(real, options), commands);
    }),
    parameters,
  );
}
