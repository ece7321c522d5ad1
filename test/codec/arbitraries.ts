/**
 * fast-check arbitraries of the values the codec reads and writes, built directly as
 * records that keep the rules the steps guarantee (time order, capacities, …), over the
 * whole range the JSON form can hold. `world.ts` builds values through the public steps.
 */
import fc from "fast-check";
import {
  ACCESS_ASSIGNMENT_STATUSES,
  type AcceptedInvitation,
  type AccessAssignment,
  type ActiveRelationship,
  type Actor,
  type AutopilotDevice,
  type AzurePrincipal,
  type AzureSubscription,
  addDuration,
  allRelationships,
  type CancelledInvitation,
  CUSTOMER_DEVICE_CHANNELS,
  type CustomerAgreement,
  type CustomerDeviceChannel,
  type Decision,
  DIRECTORY_ROLES,
  type EndedRelationship,
  type ExpiredInvitation,
  GDAP_STATUSES,
  type GdapRelationship,
  GLOBAL_ADMINISTRATOR,
  type Invitation,
  type IsoDuration,
  isIdentifier,
  type MpsaPurchaseSharing,
  MS_PER_DAY,
  nominalDurationMs,
  PARTNER_CENTER_ROLES,
  PARTNER_TYPE_LIST,
  PARTNER_TYPES,
  type PartnerCenterRole,
  type PartnerType,
  type PendingInvitation,
  type Policy,
  type Relationship,
  type RoleGrant,
  type RoleHolder,
  type RoleSlot,
  RULE_IDS,
  ZERO_DURATION,
} from "partner-relationships";
import { type Document, type Snapshot, toDocument } from "partner-relationships/codec";
import { reachableStateArb } from "partner-relationships/testing";
import { MAX_JSON_INSTANT, MIN_JSON_INSTANT } from "../../src/codec/vocabulary.js";
import type { CoreEvent } from "../../src/events.js";
import type { Basis } from "../../src/vocabulary/decision.js";

export const idArb: fc.Arbitrary<string> = fc
  .oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }))
  .filter(isIdentifier);

/** Instants in the range the JSON form holds, biased towards its ends and towards today. */
export const instantArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: MIN_JSON_INSTANT, max: MAX_JSON_INSTANT }),
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  fc.constantFrom(MIN_JSON_INSTANT, MAX_JSON_INSTANT, 0),
);

/** `n` instants in order (not decreasing). */
export function orderedInstants(n: number): fc.Arbitrary<number[]> {
  return fc.array(instantArb, { minLength: n, maxLength: n }).map((list) => [...list].sort((a, b) => a - b));
}

export const roleIdArb: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...Object.keys(DIRECTORY_ROLES)), fc.uuid());
export const partnerTypeArb: fc.Arbitrary<PartnerType> = fc.constantFrom(...PARTNER_TYPE_LIST);
export const holderArb: fc.Arbitrary<RoleHolder> = fc.constantFrom(
  "adminAgents",
  "helpdeskAgents",
  "partnerUserAccount",
);
const partnerCenterRoleArb = fc.constantFrom(...(Object.keys(PARTNER_CENTER_ROLES) as PartnerCenterRole[]));

export const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  fc.record(
    {
      kind: fc.constant("customerUser" as const),
      id: idArb,
      tenant: idArb,
      roles: fc.array(roleIdArb, { maxLength: 4 }),
    },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constant("partnerUser" as const),
      id: idArb,
      partner: idArb,
      roles: fc.array(partnerCenterRoleArb, { maxLength: 4 }),
    },
    { noNullPrototype: true },
  ),
);

/** The roles an invitation of the type requests (TYPE-1), as `sendInvitation` gives them. */
function slotsOf(type: PartnerType): fc.Arbitrary<readonly RoleSlot[]> {
  const provision = PARTNER_TYPES[type].roles;
  if (provision.kind === "fixed") return fc.constant(provision.slots);
  if (provision.kind !== "chosen") return fc.constant([]);
  return fc
    .uniqueArray(fc.constantFrom(...Object.keys(DIRECTORY_ROLES)), { minLength: 1, maxLength: 4 })
    .map((roles) => roles.map((role) => ({ role, holder: "partnerUserAccount" as const })));
}

const fieldsArb = fc
  .record(
    {
      id: idArb,
      customer: idArb,
      partner: idArb,
      type: partnerTypeArb.filter((type) => type !== "gdap"),
      sentBy: idArb,
    },
    { noNullPrototype: true },
  )
  .chain((fields) => slotsOf(fields.type).map((roles) => ({ ...fields, roles })));

export const pendingArb: fc.Arbitrary<PendingInvitation> = fc
  .tuple(fieldsArb, orderedInstants(2))
  .map(([fields, [sentAt, expiresAt]]) => ({
    status: "pending" as const,
    ...fields,
    sentAt: sentAt as number,
    expiresAt: expiresAt as number,
  }));

const acceptedArb: fc.Arbitrary<AcceptedInvitation> = fc
  .tuple(fieldsArb, orderedInstants(3), idArb)
  .filter(([, [, acceptedAt, expiresAt]]) => (acceptedAt as number) < (expiresAt as number))
  .map(([fields, [sentAt, acceptedAt, expiresAt], acceptedBy]) => ({
    status: "accepted" as const,
    ...fields,
    sentAt: sentAt as number,
    expiresAt: expiresAt as number,
    acceptedAt: acceptedAt as number,
    acceptedBy,
  }));

const cancelledArb: fc.Arbitrary<CancelledInvitation> = fc
  .tuple(fieldsArb, orderedInstants(2), instantArb, idArb)
  .map(([fields, [sentAt, cancelledAt], later, cancelledBy]) => ({
    status: "cancelled" as const,
    ...fields,
    sentAt: sentAt as number,
    expiresAt: Math.max(later, sentAt as number),
    cancelledAt: cancelledAt as number,
    cancelledBy,
  }));

const expiredArb: fc.Arbitrary<ExpiredInvitation> = fc
  .tuple(fieldsArb, orderedInstants(3))
  .map(([fields, [sentAt, expiresAt, expiredAt]]) => ({
    status: "expired" as const,
    ...fields,
    sentAt: sentAt as number,
    expiresAt: expiresAt as number,
    expiredAt: expiredAt as number,
  }));

export const invitationArb: fc.Arbitrary<Invitation> = fc.oneof(pendingArb, acceptedArb, cancelledArb, expiredArb);

export const roleGrantArb: fc.Arbitrary<RoleGrant> = fc.record(
  {
    role: roleIdArb,
    holder: holderArb,
    capacity: partnerTypeArb,
    grantedAt: instantArb,
  },
  { noNullPrototype: true },
);

const capacitiesArb = fc.uniqueArray(partnerTypeArb, { minLength: 1, maxLength: PARTNER_TYPE_LIST.length });

const activeArb: fc.Arbitrary<ActiveRelationship> = fc
  .tuple(idArb, idArb, capacitiesArb, orderedInstants(2))
  .chain(([customer, partner, capacities, [since, updatedAt]]) =>
    fc
      .uniqueArray(
        fc.record(
          {
            role: roleIdArb,
            holder: holderArb,
            capacity: fc.constantFrom(...capacities),
            grantedAt: fc.integer({ min: since as number, max: updatedAt as number }),
          },
          { noNullPrototype: true },
        ),
        { maxLength: 5, selector: (grant) => `${grant.role} ${grant.holder}` },
      )
      .map((grants) => ({
        status: "active" as const,
        customer,
        partner,
        capacities,
        grants,
        since: since as number,
        updatedAt: updatedAt as number,
      })),
  );

const endedArb: fc.Arbitrary<EndedRelationship> = fc
  .tuple(
    idArb,
    idArb,
    capacitiesArb,
    orderedInstants(2),
    fc.constantFrom("customer" as const, "partner" as const),
    idArb,
  )
  .map(([customer, partner, capacities, [since, updatedAt], endedBy, endedByUser]) => ({
    status: "ended" as const,
    customer,
    partner,
    capacities,
    grants: [] as const,
    since: since as number,
    updatedAt: updatedAt as number,
    endedBy,
    endedByUser,
  }));

export const relationshipArb: fc.Arbitrary<Relationship> = fc.oneof(activeArb, endedArb);

export const agreementArb: fc.Arbitrary<CustomerAgreement> = fc.oneof(
  fc.record({ status: fc.constant("notAccepted" as const), customer: idArb }, { noNullPrototype: true }),
  fc.record(
    { status: fc.constant("accepted" as const), customer: idArb, acceptedAt: instantArb, acceptedBy: idArb },
    { noNullPrototype: true },
  ),
);

const daysArb = fc.nat({ max: 100_000 });

export const policyArb: fc.Arbitrary<Policy> = fc
  .record(
    {
      edition: fc.string({ maxLength: 30 }),
      invitationLifetimeDays: daysArb,
      customerDeletableCapacities: fc.subarray([...PARTNER_TYPE_LIST]),
      gdap: fc
        .record({
          minDurationDays: daysArb,
          maxDurationDays: daysArb,
          autoExtendDays: daysArb,
          requestLifetimeDays: daysArb,
          displayNameMaxLength: daysArb,
        })
        .map((gdap) => ({
          ...gdap,
          minDurationDays: Math.min(gdap.minDurationDays, gdap.maxDurationDays),
          maxDurationDays: Math.max(gdap.minDurationDays, gdap.maxDurationDays),
        })),
      autopilot: fc.constantFrom("current" as const, "announced" as const),
      listedPartnerTypes: fc.subarray([...PARTNER_TYPE_LIST]),
    },
    {
      noNullPrototype: true,
      requiredKeys: ["edition", "invitationLifetimeDays", "customerDeletableCapacities", "gdap", "autopilot"],
    },
  )
  .map((policy) => policy as Policy);

const nameArb = fc.string({ minLength: 1, maxLength: 20 });

export const basisArb: fc.Arbitrary<Basis> = fc.oneof(
  fc.record(
    { kind: fc.constant("capacity" as const), customer: idArb, partner: idArb, capacity: partnerTypeArb },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constant("roleGrant" as const),
      customer: idArb,
      partner: idArb,
      role: roleIdArb,
      holder: holderArb,
      capacity: partnerTypeArb,
      grantedAt: instantArb,
    },
    { noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant("agreement" as const), customer: idArb, acceptedBy: idArb, acceptedAt: instantArb },
    { noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant("customerRole" as const), customer: idArb, user: idArb, role: roleIdArb },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constant("azureRoleAssignment" as const),
      customer: idArb,
      subscription: nameArb,
      partner: idArb,
      role: nameArb,
      assignedAt: instantArb,
    },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constant("customerSetting" as const),
      customer: idArb,
      setting: nameArb,
      changedBy: idArb,
      changedAt: instantArb,
    },
    { noNullPrototype: true },
  ),
);

const ruleIdsArb = fc.subarray([...RULE_IDS], { maxLength: 4 });
const textsArb = fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 });

export const decisionArb: fc.Arbitrary<Decision> = fc.oneof(
  fc
    .record(
      {
        allowed: fc.constant(true),
        rules: ruleIdsArb,
        reasons: textsArb,
        remedies: fc.constant([]),
        basis: fc.array(basisArb, { maxLength: 3 }),
      },
      { noNullPrototype: true, requiredKeys: ["allowed", "rules", "reasons", "remedies"] },
    )
    .map((decision) => decision as Decision),
  fc.record(
    { allowed: fc.constant(false), rules: ruleIdsArb, reasons: textsArb, remedies: textsArb },
    { noNullPrototype: true },
  ),
);

/**
 * Snapshots the steps could have made (INVAR-7: the parser refuses grants and capacities
 * no accepted invitation backs): the entities of a reachable state, with a policy or not.
 */
export const snapshotArb: fc.Arbitrary<Snapshot> = fc
  .tuple(reachableStateArb, fc.option(policyArb, { nil: undefined }))
  .map(([state, policy]) => {
    const snapshot = {
      invitations: [...state.invitations.values()],
      relationships: allRelationships(state),
      agreements: [...state.agreements.values()],
    };
    return policy === undefined ? snapshot : { ...snapshot, policy };
  });

const atArb = instantArb;

export const coreEventArb: fc.Arbitrary<CoreEvent> = fc.oneof(
  // INVAR-7: an invitation is sent at the event's time and expires after it.
  pendingArb
    .filter((invitation) => invitation.expiresAt > invitation.sentAt)
    .map((invitation): CoreEvent => ({ type: "InvitationSent", at: invitation.sentAt, invitation })),
  fc.record(
    {
      type: fc.constantFrom("InvitationAccepted" as const, "InvitationCancelled" as const),
      at: atArb,
      invitation: idArb,
      customer: idArb,
      partner: idArb,
      by: idArb,
    },
    { noNullPrototype: true },
  ),
  fc.record(
    { type: fc.constant("InvitationExpired" as const), at: atArb, invitation: idArb, customer: idArb, partner: idArb },
    { noNullPrototype: true },
  ),
  fc.record(
    { type: fc.constant("AgreementAccepted" as const), at: atArb, customer: idArb, by: idArb },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      type: fc.constantFrom(
        "AdminRolesRemoved" as const,
        "RelationshipDeleted" as const,
        "RelationshipEndedByPartner" as const,
      ),
      at: atArb,
      customer: idArb,
      partner: idArb,
      by: idArb,
    },
    { noNullPrototype: true },
  ),
);

// ---------------------------------------------------------------------------------------
// GDAP values and facts
// ---------------------------------------------------------------------------------------

const durationFieldArb = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(1_000) });

export const isoDurationArb: fc.Arbitrary<IsoDuration> = fc.record(
  {
    years: durationFieldArb,
    months: durationFieldArb,
    weeks: durationFieldArb,
    days: durationFieldArb,
    hours: durationFieldArb,
    minutes: durationFieldArb,
    seconds: durationFieldArb,
  },
  { noNullPrototype: true },
);

const gdapRolesArb = fc.uniqueArray(roleIdArb, { minLength: 1, maxLength: 4 });

const gdapFieldsArb = fc
  .record(
    {
      id: idArb,
      displayName: fc.string({ minLength: 1, maxLength: 50 }).filter((name) => name.trim() !== ""),
      partner: idArb,
      roles: gdapRolesArb,
      duration: isoDurationArb,
      autoExtendDuration: isoDurationArb,
      createdBy: idArb,
      // GDAP-11: the facts Graph adds, each present or not.
      customerDisplayName: fc.string({ maxLength: 20 }),
      etag: fc.string({ minLength: 1, maxLength: 20 }),
      reseller: fc.record(
        { indirectProviderTenantId: idArb, isPartnerConsentPending: fc.boolean() },
        { noNullPrototype: true },
      ),
    },
    {
      noNullPrototype: true,
      requiredKeys: ["id", "displayName", "partner", "roles", "duration", "autoExtendDuration", "createdBy"],
    },
  )
  .map((fields) =>
    fields.roles.includes(GLOBAL_ADMINISTRATOR) ? { ...fields, autoExtendDuration: ZERO_DURATION } : fields,
  );

/** GDAP relationships in all ten statuses and Graph's unknownFutureValue, keeping the facts the codec checks. */
export const gdapRelationshipArb: fc.Arbitrary<GdapRelationship> = fc
  .tuple(
    gdapFieldsArb,
    orderedInstants(6),
    fc.constantFrom(...GDAP_STATUSES, "unknownFutureValue" as const),
    fc.option(idArb, { nil: undefined }),
    idArb,
    idArb,
    fc.constantFrom("partner" as const, "customer" as const),
    idArb,
    fc.boolean(),
  )
  .filter(([, [, activated, , , , end]]) => (end as number) > (activated as number))
  .map(([fields, times, status, maybeCustomer, customer, approvedBy, side, user, requestExpired]): GdapRelationship => {
    const [created, activated, requested, terminated, lastModified, end] = times as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const base = { ...fields, createdDateTime: created, requestExpiresDateTime: requested };
    const withCustomer = maybeCustomer === undefined ? {} : { customer: maybeCustomer };
    // GDAP-2: an end time within the terms: the activation plus the duration, or at most
    // one extension after the last change.
    const termsEnd = addDuration(activated, fields.duration);
    const extension = nominalDurationMs(fields.autoExtendDuration) || 180 * MS_PER_DAY;
    const activation = {
      ...base,
      customer,
      approvedBy,
      activatedDateTime: activated,
      endDateTime: !(end > termsEnd) || end - extension <= lastModified ? end : termsEnd,
      lastModifiedDateTime: lastModified,
    };
    const termination = {
      ...activation,
      terminationRequestedBy: side,
      terminationRequestedByUser: user,
      terminationRequestedDateTime: requested,
    };
    switch (status) {
      case "created":
      case "approvalPending":
        return { status, ...base, ...withCustomer, lastModifiedDateTime: lastModified };
      case "approved":
      case "activating":
        return { status, ...base, customer, approvedBy, lastModifiedDateTime: lastModified };
      case "active":
      case "expiring":
        return { status, ...activation };
      case "terminationRequested":
      case "terminating":
        return { status, ...termination };
      case "terminated":
        return { status, ...termination, terminatedDateTime: terminated };
      case "unknownFutureValue":
        return {
          status,
          ...base,
          ...withCustomer,
          lastModifiedDateTime: lastModified,
          ...(requestExpired ? { activatedDateTime: activated, endDateTime: end } : { graphStatus: approvedBy }),
        };
      default:
        return requestExpired
          ? {
              status,
              ...base,
              ...withCustomer,
              lastModifiedDateTime: lastModified,
              expiredBecause: "requestNotApproved",
              expiredDateTime: requested,
            }
          : { status, ...activation, expiredBecause: "endDateTimeReached", expiredDateTime: requested };
    }
  });

/** Access assignments in all five statuses and Graph's unknownFutureValue, with or without an etag. */
export const accessAssignmentArb: fc.Arbitrary<AccessAssignment> = fc
  .tuple(
    fc.record(
      { id: idArb, relationship: idArb, partner: idArb, customer: idArb, group: idArb, roles: gdapRolesArb },
      { noNullPrototype: true },
    ),
    orderedInstants(3),
    fc.constantFrom(...ACCESS_ASSIGNMENT_STATUSES, "unknownFutureValue" as const),
    idArb,
    fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
  )
  .map(([fields, [created, deleted, lastModified], status, deletedBy, etag]): AccessAssignment => {
    const base = {
      ...fields,
      createdDateTime: created as number,
      lastModifiedDateTime: lastModified as number,
      ...(etag === undefined ? {} : { etag }),
    };
    return status === "deleted"
      ? { status, ...base, deletedDateTime: deleted as number, deletedBy }
      : status === "unknownFutureValue"
        ? { status, ...base, graphStatus: deletedBy }
        : { status, ...base };
  });

const principalArb: fc.Arbitrary<AzurePrincipal> = fc.oneof(
  fc.record({ kind: fc.constant("partnerAdminAgents" as const), partner: idArb }, { noNullPrototype: true }),
  fc.record({ kind: fc.constant("user" as const), user: idArb }, { noNullPrototype: true }),
);

export const azureSubscriptionArb: fc.Arbitrary<AzureSubscription> = fc
  .tuple(idArb, idArb, fc.option(idArb, { nil: undefined }), instantArb)
  .chain(([id, customer, provisionedBy, updatedAt]) =>
    fc
      .uniqueArray(
        fc.record(
          {
            principal: principalArb,
            role: fc.constantFrom("Owner" as const, "Contributor" as const, "Reader" as const),
            assignedAt: fc.integer({ min: MIN_JSON_INSTANT, max: updatedAt }),
          },
          { noNullPrototype: true },
        ),
        { maxLength: 4, selector: (assignment) => `${assignment.role} ${JSON.stringify(assignment.principal)}` },
      )
      .map(
        (roleAssignments): AzureSubscription => ({
          id,
          customer,
          ...(provisionedBy === undefined ? {} : { provisionedBy }),
          roleAssignments,
          updatedAt,
        }),
      ),
  );

export const autopilotDeviceArb: fc.Arbitrary<AutopilotDevice> = fc.record(
  {
    id: idArb,
    customer: idArb,
    addedBy: fc.oneof(
      fc.record(
        { kind: fc.constantFrom("partner" as const, "oem" as const), partner: idArb },
        { noNullPrototype: true },
      ),
      fc.record(
        {
          kind: fc.constant("customer" as const),
          channel: fc.constantFrom(...(Object.keys(CUSTOMER_DEVICE_CHANNELS) as CustomerDeviceChannel[])),
        },
        { noNullPrototype: true },
      ),
    ),
  },
  { noNullPrototype: true },
);

const changeArb = fc.record({ by: idArb, at: instantArb }, { noNullPrototype: true });

export const mpsaSharingArb: fc.Arbitrary<MpsaPurchaseSharing> = fc.oneof(
  fc.record({ customer: idArb, enabled: fc.constant(true as const), changed: changeArb }, { noNullPrototype: true }),
  fc.record(
    { customer: idArb, enabled: fc.constant(false as const), changed: changeArb },
    { noNullPrototype: true, requiredKeys: ["customer", "enabled"] },
  ),
);

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];
const DOMAIN_KEYS = ["status", "kind", "schemaVersion", "value", "id", "roles", "grants", "allowed", "basis", "sentAt"];

/** Object keys a hostile input uses: any short string, the dangerous keys, the domain's keys. */
export const hostileKeyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...DOMAIN_KEYS) },
);

/**
 * Any value a hostile or broken caller may pass: objects with dangerous keys
 * (`__proto__`, `constructor`) and domain keys, null prototypes, boxed values, maps,
 * sets, sparse arrays, dates, typed arrays, big integers.
 */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.anything({
  key: hostileKeyArb,
  maxDepth: 4,
  withObjectString: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withDate: true,
  withTypedArray: true,
  withBigInt: true,
});

/** A document of every kind but `state` (whose arbitrary, `reachableStateArb`, is the testing kit's). */
export const documentArb: fc.Arbitrary<Document> = fc.oneof(
  actorArb.map((value) => toDocument("actor", value)),
  invitationArb.map((value) => toDocument("invitation", value)),
  relationshipArb.map((value) => toDocument("relationship", value)),
  roleGrantArb.map((value) => toDocument("roleGrant", value)),
  agreementArb.map((value) => toDocument("agreement", value)),
  policyArb.map((value) => toDocument("policy", value)),
  decisionArb.map((value) => toDocument("decision", value)),
  snapshotArb.map((value) => toDocument("snapshot", value)),
  fc.array(coreEventArb, { maxLength: 5 }).map((value) => toDocument("events", value)),
);
