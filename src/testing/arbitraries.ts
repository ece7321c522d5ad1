/**
 * fast-check arbitraries for the library's public values. Values with a lifecycle
 * (invitations, relationships, GDAP relationships, access assignments) are built by
 * running the library's own steps, so every value generated is one the library can
 * produce; the rest are drawn from the catalogues (partner types, roles, policies).
 *
 * @module
 */
import fc from "fast-check";
import {
  type AccessAssignment,
  type Actor,
  acceptInvitation,
  advanceGdapRelationship,
  approveGdapRelationship,
  type CustomerUser,
  cancelInvitation,
  createAccessAssignment,
  createGdapRelationship,
  DEFAULT_POLICY,
  type Decision,
  DIRECTORY_ROLES,
  type DomainError,
  deleteAccessAssignment,
  deleteRelationship,
  endRelationship,
  ensureActive,
  ensureGdapStatus,
  expireInvitation,
  type GdapRelationship,
  type GdapStatus,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  type Instant,
  type Invitation,
  type InvitationStatus,
  lockGdapForApproval,
  PARTNER_CENTER_ROLES,
  PARTNER_TYPE_LIST,
  type PartnerCenterRole,
  type PartnerType,
  type PartnerUser,
  POLICY_EDITIONS,
  type Policy,
  type Relationship,
  type Result,
  type RoleId,
  recordAccessAssignmentChange,
  recordGdapChange,
  removeAdminRoles,
  sendInvitation,
  terminateGdapRelationship,
  USER_ADMINISTRATOR,
} from "partner-relationships";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

/** Every partner type of the catalogue (TYPE-1). */
export const partnerTypeArb: fc.Arbitrary<PartnerType> = fc.constantFrom(...PARTNER_TYPE_LIST);

/** The partner types a partner invites a customer into (all but GDAP, which is requested with the GDAP steps). */
export const invitablePartnerTypeArb: fc.Arbitrary<PartnerType> = fc.constantFrom(
  ...PARTNER_TYPE_LIST.filter((type) => type !== "gdap"),
);

/** Directory role template IDs the library names. */
export const roleIdArb: fc.Arbitrary<RoleId> = fc.constantFrom(...Object.keys(DIRECTORY_ROLES));

/** Partner Center roles. */
export const partnerCenterRoleArb: fc.Arbitrary<PartnerCenterRole> = fc.constantFrom(
  ...(Object.keys(PARTNER_CENTER_ROLES) as PartnerCenterRole[]),
);

/** Identifiers the library accepts: non-empty, at most 64 characters here, no surrounding spaces. */
export const identifierArb: fc.Arbitrary<string> = fc
  .string({ minLength: 1, maxLength: 64 })
  .filter((value) => value.trim() === value && value.length > 0);

/** Instants (integer milliseconds) between 2000 and 2100. */
export const instantArb: fc.Arbitrary<Instant> = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

/**
 * A user of a customer tenant with random directory roles.
 *
 * @param tenant - the tenant (default: any identifier)
 */
export function customerUserArb(tenant?: string): fc.Arbitrary<CustomerUser> {
  return fc.record({
    kind: fc.constant("customerUser" as const),
    id: identifierArb,
    tenant: tenant === undefined ? identifierArb : fc.constant(tenant),
    roles: fc.subarray(Object.keys(DIRECTORY_ROLES)),
  });
}

/**
 * A partner user with random Partner Center roles.
 *
 * @param partner - the partner (default: any identifier)
 */
export function partnerUserArb(partner?: string): fc.Arbitrary<PartnerUser> {
  return fc.record({
    kind: fc.constant("partnerUser" as const),
    id: identifierArb,
    partner: partner === undefined ? identifierArb : fc.constant(partner),
    roles: fc.subarray(Object.keys(PARTNER_CENTER_ROLES) as PartnerCenterRole[]),
  });
}

/** Any actor: a customer user or a partner user. */
export const actorArb: fc.Arbitrary<Actor> = fc.oneof(customerUserArb(), partnerUserArb());

/** GDAP relationship durations within P1D…P2Y, as ISO 8601 text (GDAP-2). */
export const gdapDurationArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 730 }).map((days) => `P${days}D`),
  fc.constantFrom("P1Y", "P2Y", "P6M", "P1Y6M", "P1W"),
);

/** GDAP auto-extend durations: none (`PT0S`, `P0D`) or 180 days (GDAP-2). */
export const autoExtendDurationArb: fc.Arbitrary<string> = fc.constantFrom("PT0S", "P0D", "P180D");

/** Policies: every edition of the sources, and custom ones with other figures. */
export const policyArb: fc.Arbitrary<Policy> = fc.oneof(
  fc.constantFrom(...Object.values(POLICY_EDITIONS)),
  fc.record({
    edition: fc.constant("custom"),
    invitationLifetimeDays: fc.integer({ min: 1, max: 365 }),
    customerDeletableCapacities: fc.subarray([...PARTNER_TYPE_LIST]),
    gdap: fc.constant(DEFAULT_POLICY.gdap),
    autopilot: fc.constantFrom("current" as const, "announced" as const),
  }),
);

const CUSTOMER = "contoso";
const PARTNER = "fabrikam";
const admin: CustomerUser = {
  kind: "customerUser",
  id: "admin@contoso",
  tenant: CUSTOMER,
  roles: [GLOBAL_ADMINISTRATOR],
};
const agent: PartnerUser = { kind: "partnerUser", id: "agent@fabrikam", partner: PARTNER, roles: ["adminAgent"] };
const partnerRoles = fc.subarray([GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR], { minLength: 1 });

/** The value of a step the arbitrary knows is accepted. */
function must<T>(result: Result<T, DomainError>): T {
  return result.match(
    (value) => value,
    (error) => {
      throw new Error(`partner-relationships/testing: a generator's step was refused: ${error.message}`);
    },
  );
}

const sentArb = fc
  .record({ type: invitablePartnerTypeArb, roles: partnerRoles, at: instantArb, id: identifierArb })
  .map(({ type, roles, at, id }) =>
    must(
      sendInvitation({
        id,
        customer: CUSTOMER,
        partner: PARTNER,
        type,
        ...(type === "partner" ? { roles } : {}),
        by: agent,
        at,
      }),
    ),
  );

/**
 * Invitations from fabrikam to contoso, built by the library's steps.
 *
 * @param status - the status wanted (default: any)
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invitationArb("cancelled"), (invitation) => {
 *   expect(ensurePending(invitation).isErr()).toBe(true);
 * }));
 * ```
 */
export function invitationArb(status?: InvitationStatus): fc.Arbitrary<Invitation> {
  const build = (wanted: InvitationStatus) =>
    fc.tuple(sentArb, fc.integer({ min: 0, max: 89 * DAY })).map(([pending, later]): Invitation => {
      switch (wanted) {
        case "pending":
          return pending;
        case "accepted":
          return must(acceptInvitation(pending, { by: admin, at: pending.sentAt + later, agreementAcknowledged: true }))
            .invitation;
        case "cancelled":
          return must(cancelInvitation(pending, { by: admin, at: pending.sentAt + later }));
        default:
          return must(expireInvitation(pending, pending.expiresAt + later));
      }
    });
  return status === undefined
    ? fc.constantFrom<InvitationStatus>("pending", "accepted", "cancelled", "expired").chain(build)
    : build(status);
}

/**
 * Relationships between contoso and fabrikam, built by accepting one to three
 * invitations, then perhaps removing admin roles or ending it.
 *
 * @param status - `active`, `ended`, or any (default)
 */
export function relationshipArb(status?: Relationship["status"]): fc.Arbitrary<Relationship> {
  return fc
    .record({
      invitations: fc.array(fc.tuple(invitablePartnerTypeArb, partnerRoles), { minLength: 1, maxLength: 3 }),
      start: instantArb,
      after: fc.constantFrom("nothing", "removeAdminRoles", "end", "delete"),
    })
    .map(({ invitations, start, after }): Relationship => {
      let relationship: Relationship | undefined;
      let at = start;
      for (const [index, [type, roles]] of invitations.entries()) {
        const pending = must(
          sendInvitation({
            id: `inv-${index}`,
            customer: CUSTOMER,
            partner: PARTNER,
            type,
            ...(type === "partner" ? { roles } : {}),
            by: agent,
            at,
          }),
        );
        at += 1;
        relationship = must(
          acceptInvitation(pending, { by: admin, at, agreementAcknowledged: true, relationship }),
        ).relationship;
      }
      const active = must(ensureActive(relationship as Relationship));
      const input = { by: after === "end" ? agent : admin, at: at + 1 };
      if (after === "removeAdminRoles") return must(removeAdminRoles(active, input));
      if (after === "end") return must(endRelationship(active, input));
      // Refused for capacities the customer may not delete (TYPE-2): then it stays active.
      if (after === "delete") return deleteRelationship(active, input).unwrapOr(active);
      return active;
    })
    .filter((relationship) => status === undefined || relationship.status === status);
}

const gdapCreatedArb = fc
  .record({
    id: identifierArb,
    // GDAP-3 refuses a blank name: " " would make the generator's own step fail
    displayName: fc.string({ minLength: 1, maxLength: 50 }).filter((name) => name.trim() !== ""),
    roles: partnerRoles,
    duration: gdapDurationArb,
    autoExtendDuration: autoExtendDurationArb,
    at: fc.integer({ min: T0, max: T0 + 365 * DAY }),
    bound: fc.boolean(),
    held: fc.boolean(),
  })
  .map(({ bound, held, roles, autoExtendDuration, ...input }) => ({
    held,
    created: createGdapRelationship({
      ...input,
      partner: PARTNER,
      ...(bound ? { customer: CUSTOMER } : {}),
      roles,
      // A relationship with Global Administrator cannot auto-extend (GDAP-2).
      autoExtendDuration: roles.includes(GLOBAL_ADMINISTRATOR) ? "PT0S" : autoExtendDuration,
      by: agent,
    }),
  }))
  .map(({ held, created }) => ({ held, created: must(created) }));

/** A change held as pending on a value (GDAP-8, GDAP-9), or the value as it is. */
function holding<T>(held: boolean, value: T, record: (value: T) => Result<{ readonly value: T }, DomainError>): T {
  return held ? must(record(value)).value : value;
}

/**
 * GDAP relationships of fabrikam, built by the library's steps: created, locked for
 * approval, approved (active), terminated, or advanced to expiry.
 *
 * @param status - one of `created`, `approvalPending`, `active`, `terminated`, `expired` (default: any of them)
 */
export function gdapRelationshipArb(
  status?: Extract<GdapStatus, "created" | "approvalPending" | "active" | "terminated" | "expired">,
): fc.Arbitrary<GdapRelationship> {
  const statuses = ["created", "approvalPending", "active", "terminated", "expired"] as const;
  const build = (wanted: (typeof statuses)[number]) =>
    gdapCreatedArb.map(({ held, created }): GdapRelationship => {
      const report = (id: string, action: "lockForApproval" | "terminate") =>
        ({ via: "request", id, action, status: "running" }) as const;
      if (wanted === "created")
        return holding(held, created as GdapRelationship, (value) =>
          recordGdapChange(value, report("req-lock", "lockForApproval"), { by: agent, at: created.createdDateTime }),
        );
      const at = created.createdDateTime + DAY;
      const locked = must(lockGdapForApproval(created, { by: agent, at }));
      if (wanted === "approvalPending") return locked;
      if (wanted === "expired") return must(advanceGdapRelationship(locked, at + 1000 * DAY));
      const active = must(approveGdapRelationship(locked, { by: admin, at: at + 1 }));
      if (wanted === "active")
        return holding(held, active as GdapRelationship, (value) =>
          recordGdapChange(value, report("req-terminate", "terminate"), { by: admin, at: at + 1 }),
        );
      return must(terminateGdapRelationship(active, { by: admin, at: at + 2 }));
    });
  return status === undefined ? fc.constantFrom(...statuses).chain(build) : build(status);
}

/**
 * Access assignments on an active GDAP relationship: active, or deleted.
 *
 * @param status - `active`, `deleted`, or either (default)
 */
export function accessAssignmentArb(status?: "active" | "deleted"): fc.Arbitrary<AccessAssignment> {
  return fc
    .record({
      relationship: gdapRelationshipArb("active"),
      group: fc.constantFrom("admin-agents", "helpdesk-agents", "security-team"),
      id: identifierArb,
      pick: fc.nat(),
      deleted: status === undefined ? fc.boolean() : fc.constant(status === "deleted"),
    })
    .map(({ relationship, group, id, pick, deleted }) => {
      const active = must(ensureGdapStatus(relationship, ["active"], "createAccessAssignment"));
      const roles = active.roles.filter((_, index) => index === pick % active.roles.length);
      const at = active.lastModifiedDateTime + 1;
      const assignment = must(createAccessAssignment(active, { id, group, roles, by: agent, at }));
      if (deleted) return must(deleteAccessAssignment(assignment, { by: agent, at: at + 1 }));
      // Every other active assignment holds an update of its roles, not yet succeeded (GDAP-9).
      const report = {
        via: "operation",
        id: "op-update",
        action: "updateAccessAssignment",
        status: "notStarted",
        roles: active.roles,
      } as const;
      return holding(pick % 2 === 1, assignment as AccessAssignment, (value) =>
        recordAccessAssignmentChange(value, active, report, { by: agent, at }),
      );
    });
}

/** Decisions of `holdsRole` about generated relationships: allowed ones and refused ones. */
export const decisionArb: fc.Arbitrary<Decision> = fc
  .tuple(relationshipArb(), roleIdArb)
  .map(([relationship, role]) => holdsRole([relationship], { customer: CUSTOMER, partner: PARTNER, role }));
