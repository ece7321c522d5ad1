/**
 * Relationships between a customer and a partner (REL-1…REL-3, DAP-1, DAP-2, TYPE-2):
 * one per customer–partner pair, holding its capacities (partner types), its role grants
 * and when it began. The customer removes admin roles or, for deletable capacities,
 * deletes it; the partner can end it whatever its type.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { authorizeCustomerAdmin, authorizePartnerUser } from "./authorization.js";
import { type ContactPartnerToEnd, type DomainError, type RelationshipEnded, relationshipEnded } from "./errors.js";
import { describeInstant, type EventRefusal, refusal } from "./history.js";
import { DEFAULT_POLICY, type Policy } from "./policy.js";
import { checkTime } from "./validate.js";
import type { Actor, PartnerCenterRole } from "./vocabulary/actors.js";
import type { RoleId } from "./vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "./vocabulary/ids.js";
import { PARTNER_TYPE_NAMES } from "./vocabulary/partner-type-names.js";
import { PARTNER_TYPE_LIST, type PartnerType, type RoleHolder, type RoleSlot } from "./vocabulary/partner-types.js";
import type { RuleId } from "./vocabulary/rules.js";
import { formatInstant, type Instant, isInstant } from "./vocabulary/time.js";
import { allowedStatusesByStep, type Lifecycle } from "./vocabulary/transition.js";

/** A role the partner holds in the customer tenant, the capacity that brought it, and since when. */
export interface RoleGrant {
  /** The directory role. */
  readonly role: RoleId;
  /** Which partner principal holds it (DAP-1). */
  readonly holder: RoleHolder;
  /** The capacity whose acceptance granted it. */
  readonly capacity: PartnerType;
  /** When the customer granted it. */
  readonly grantedAt: Instant;
}

/** A relationship in force. */
export interface ActiveRelationship {
  /** Discriminant. */
  readonly status: "active";
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** Its capacities, in catalogue order, each once (REL-1). */
  readonly capacities: readonly PartnerType[];
  /** The roles the partner holds in the customer tenant. */
  readonly grants: readonly RoleGrant[];
  /** When it began. */
  readonly since: Instant;
  /** When it last changed; no later step may come before it. */
  readonly updatedAt: Instant;
}

/** An ended relationship: final, with no role grants (INVAR-1, INVAR-2). */
export interface EndedRelationship {
  /** Discriminant. */
  readonly status: "ended";
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** The capacities it had when it ended. */
  readonly capacities: readonly PartnerType[];
  /** Always empty: an ended relationship grants nothing. */
  readonly grants: readonly [];
  /** When it began. */
  readonly since: Instant;
  /** When it ended. */
  readonly updatedAt: Instant;
  /** Who ended it: the customer by deleting it (TYPE-2), or the partner (REL-3). */
  readonly endedBy: "customer" | "partner";
  /** The user who ended it. */
  readonly endedByUser: UserId;
}

/** A relationship, in force or ended. */
export type Relationship = ActiveRelationship | EndedRelationship;

/** The status of a relationship. */
export type RelationshipStatus = Relationship["status"];

/**
 * The relationship lifecycle as data: created or extended by an accepted invitation
 * (REL-1), admin roles removed (DAP-2), ended by the customer (TYPE-2) or the partner
 * (REL-3). Documentation diagrams are generated from it, and tests check the steps
 * against it.
 */
export const RELATIONSHIP_LIFECYCLE: Lifecycle<RelationshipStatus> = {
  name: "Relationship",
  statuses: ["active", "ended"],
  initial: { status: "active", step: "acceptInvitation", by: "customer" },
  final: ["ended"],
  transitions: [
    { from: "active", to: "active", step: "acceptInvitation", by: "customer", rules: ["REL-1", "INV-2"] },
    { from: "active", to: "active", step: "removeAdminRoles", by: "customer", rules: ["DAP-2", "ACT-1"] },
    { from: "active", to: "ended", step: "deleteRelationship", by: "customer", rules: ["TYPE-2", "ACT-1"] },
    { from: "active", to: "ended", step: "endRelationship", by: "partner", rules: ["REL-3", "ACT-3"] },
  ],
};

/** A step of {@link RELATIONSHIP_LIFECYCLE} taken on an existing relationship. */
export type RelationshipStep = "removeAdminRoles" | "deleteRelationship" | "endRelationship";

const ALLOWED = /* @__PURE__ */ allowedStatusesByStep(RELATIONSHIP_LIFECYCLE);

/**
 * Narrows a relationship to the statuses {@link RELATIONSHIP_LIFECYCLE} allows `step` from
 * (active, for every step), or returns {@link RelationshipEnded}. The steps and the
 * decider check through it, so the table is the one place that says where a step may start.
 *
 * @param relationship - any relationship
 * @param step - the step about to be taken
 */
export function ensureRelationshipStepAllowed(
  relationship: Relationship,
  step: RelationshipStep,
): Result<ActiveRelationship, RelationshipEnded> {
  return relationship.status !== "active" || !(ALLOWED.get(step) ?? []).includes(relationship.status)
    ? err(relationshipEnded(relationship.customer, relationship.partner, relationship.updatedAt))
    : ok(relationship);
}

/** What an accepted request adds to a relationship (REL-1). */
export interface RelationshipGrant {
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** The capacity the request was for. */
  readonly capacity: PartnerType;
  /** The roles it requested, all of which are granted (INV-2). */
  readonly slots: readonly RoleSlot[];
  /** When it was accepted. */
  readonly at: Instant;
}

/** Partner Center roles that may end a relationship for the partner (REL-3). */
export const RELATIONSHIP_END_ROLES: readonly PartnerCenterRole[] = ["adminAgent"];

/**
 * One shared, frozen one-capacity list per partner type: most relationships have one
 * capacity, and sharing the list saves an array per relationship (docs/performance.md).
 * Built once, never changed.
 */
const SINGLE_CAPACITIES: { readonly [T in PartnerType]: readonly PartnerType[] } = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(PARTNER_TYPE_LIST.map((type) => [type, Object.freeze([type])])) as {
    readonly [T in PartnerType]: readonly PartnerType[];
  },
);

function withCapacity(capacities: readonly PartnerType[], capacity: PartnerType): readonly PartnerType[] {
  if (capacities.includes(capacity)) return capacities;
  return PARTNER_TYPE_LIST.filter((type) => type === capacity || capacities.includes(type));
}

function withGrants(grants: readonly RoleGrant[], grant: RelationshipGrant): readonly RoleGrant[] {
  const added = grant.slots
    .filter((slot) => !grants.some((held) => held.role === slot.role && held.holder === slot.holder))
    .map((slot) => ({ role: slot.role, holder: slot.holder, capacity: grant.capacity, grantedAt: grant.at }));
  return added.length === 0 ? grants : [...grants, ...added];
}

/**
 * Starts a relationship, or extends the pair's relationship in force with a further
 * capacity and its roles (REL-1). An ended relationship is not revived: a new one starts.
 * Used by invitation acceptance; exported for callers that keep relationships elsewhere.
 *
 * @param existing - the pair's current relationship, if any
 * @param grant - what the accepted request adds
 * @returns the relationship in force
 */
export function establishRelationship(
  existing: Relationship | undefined,
  grant: RelationshipGrant,
): ActiveRelationship {
  if (existing === undefined || existing.status === "ended") {
    return {
      status: "active",
      customer: grant.customer,
      partner: grant.partner,
      capacities: SINGLE_CAPACITIES[grant.capacity],
      grants: withGrants([], grant),
      since: grant.at,
      updatedAt: grant.at,
    };
  }
  return {
    ...existing,
    capacities: withCapacity(existing.capacities, grant.capacity),
    grants: withGrants(existing.grants, grant),
    updatedAt: grant.at,
  };
}

/**
 * Narrows a relationship to one in force, or returns {@link RelationshipEnded}.
 *
 * @param relationship - any relationship
 */
export function ensureActive(relationship: Relationship): Result<ActiveRelationship, RelationshipEnded> {
  return relationship.status === "active"
    ? ok(relationship)
    : err(relationshipEnded(relationship.customer, relationship.partner, relationship.updatedAt));
}

/**
 * The capacities that keep a customer from deleting a relationship (TYPE-2): those not in
 * the policy's deletable list. Empty means the customer may delete it.
 *
 * @param capacities - the relationship's capacities
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 *
 * @example
 * ```ts
 * nonDeletableCapacities(["advisor"]);                           // []
 * nonDeletableCapacities(["resellerAndDelegatedAdministrator"]); // ["resellerAndDelegatedAdministrator"]
 * ```
 */
export function nonDeletableCapacities(
  capacities: readonly PartnerType[],
  policy: Policy = DEFAULT_POLICY,
): readonly PartnerType[] {
  return capacities.filter((capacity) => !policy.customerDeletableCapacities.includes(capacity));
}

/** Who and when, for a step on a relationship. */
export interface RelationshipStepInput {
  /** Who takes the step. */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

function activeAt(
  relationship: ActiveRelationship,
  at: Instant,
  step: RelationshipStep,
  rule: "DAP-2" | "TYPE-2" | "REL-3",
): Result<ActiveRelationship, DomainError> {
  return ensureRelationshipStepAllowed(relationship, step).andThen((active) =>
    checkTime(at, rule, active.updatedAt).map(() => active),
  );
}

/**
 * The customer removes the partner's admin roles (DAP-2): every role grant goes; the
 * relationship and its capacities stay, so a reseller keeps selling. Needs ACT-1.
 * Removing roles from a relationship that has none returns it unchanged.
 *
 * @param relationship - the relationship in force
 * @param input - the customer admin and when
 * @returns the relationship without role grants, or why not
 *
 * @example
 * ```ts
 * removeAdminRoles(relationship, { by: contosoGlobalAdmin, at });
 * // Ok({ status: "active", capacities: ["resellerAndDelegatedAdministrator"], grants: [], … })
 * ```
 */
export function removeAdminRoles(
  relationship: ActiveRelationship,
  input: RelationshipStepInput,
): Result<ActiveRelationship, DomainError> {
  return activeAt(relationship, input.at, "removeAdminRoles", "DAP-2")
    .andThen((active) => authorizeCustomerAdmin(input.by, active.customer, "removeAdminRoles").map(() => active))
    .map((active) => applyRolesRemoved(active, input.at));
}

/**
 * What removing admin roles does once every check passed (DAP-2): no grants, capacities
 * kept; unchanged when there were none. Shared with the decider.
 *
 * @internal
 */
export function applyRolesRemoved(relationship: ActiveRelationship, at: Instant): ActiveRelationship {
  return relationship.grants.length === 0 ? relationship : { ...relationship, grants: [], updatedAt: at };
}

/**
 * What ending does once every check passed (TYPE-2, REL-3): the relationship ended,
 * without roles. Shared with the decider.
 *
 * @internal
 */
export function applyEnd(
  relationship: ActiveRelationship,
  endedBy: EndedRelationship["endedBy"],
  user: UserId,
  at: Instant,
): EndedRelationship {
  return {
    status: "ended",
    customer: relationship.customer,
    partner: relationship.partner,
    capacities: relationship.capacities,
    grants: [],
    since: relationship.since,
    updatedAt: at,
    endedBy,
    endedByUser: user,
  };
}

function contactPartnerToEnd(
  relationship: ActiveRelationship,
  notDeletable: readonly PartnerType[],
): ContactPartnerToEnd {
  const names = notDeletable.map((type) => PARTNER_TYPE_NAMES[type]).join(", ");
  return {
    code: "contact_partner_to_end",
    rule: "TYPE-2",
    customer: relationship.customer,
    partner: relationship.partner,
    capacities: relationship.capacities,
    notDeletable,
    message: `The customer cannot delete a relationship in which the partner is ${names}; contact partner ${relationship.partner} to end it, or remove its admin roles instead (TYPE-2).`,
  };
}

/**
 * The customer deletes the relationship (TYPE-2): allowed only when every capacity is
 * customer-deletable under the policy (Delegated administrator, Advisor); otherwise
 * `contact_partner_to_end`. Needs ACT-1.
 *
 * @param relationship - the relationship in force
 * @param input - the customer admin and when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the ended relationship, or why not
 *
 * @example
 * ```ts
 * deleteRelationship(resellerRelationship, { by: contosoGlobalAdmin, at });
 * // Err({ code: "contact_partner_to_end", rule: "TYPE-2", notDeletable: ["reseller"], … })
 * ```
 */
export function deleteRelationship(
  relationship: ActiveRelationship,
  input: RelationshipStepInput,
  policy: Policy = DEFAULT_POLICY,
): Result<EndedRelationship, DomainError> {
  return activeAt(relationship, input.at, "deleteRelationship", "TYPE-2")
    .andThen((active) => authorizeCustomerAdmin(input.by, active.customer, "deleteRelationship"))
    .andThen((admin) => {
      const notDeletable = nonDeletableCapacities(relationship.capacities, policy);
      return notDeletable.length > 0
        ? err(contactPartnerToEnd(relationship, notDeletable))
        : ok(applyEnd(relationship, "customer", admin.id, input.at));
    });
}

/**
 * The partner ends the relationship, whatever its capacities (REL-3). Needs a user of
 * that partner with the Partner Center role Admin agent.
 *
 * @param relationship - the relationship in force
 * @param input - the partner user and when
 * @returns the ended relationship, or why not
 */
export function endRelationship(
  relationship: ActiveRelationship,
  input: RelationshipStepInput,
): Result<EndedRelationship, DomainError> {
  return activeAt(relationship, input.at, "endRelationship", "REL-3")
    .andThen((active) => authorizePartnerUser(input.by, active.partner, "endRelationship", RELATIONSHIP_END_ROLES))
    .map((user) => applyEnd(relationship, "partner", user.id, input.at));
}

/**
 * Why a change to a relationship dated `at` could not have come from the steps, or
 * `undefined` when it could (INVAR-7): a relationship in force changes only at or after
 * its last change (the time order every step checks). An ended relationship is not
 * changed but replaced, so it sets no bound.
 *
 * @param relationship - the pair's relationship, if any
 * @param at - the change's time
 * @param rule - the rule of the step that changes it
 * @internal
 */
export function relationshipTimeRefusal(
  relationship: Relationship | undefined,
  at: Instant,
  rule: RuleId,
): EventRefusal | undefined {
  if (relationship?.status !== "active" || (isInstant(at) && at >= relationship.updatedAt)) return undefined;
  return refusal(
    rule,
    `The relationship between ${relationship.customer} and ${relationship.partner} last changed at ${formatInstant(relationship.updatedAt)}; a change dated ${describeInstant(at)} comes before it.`,
  );
}

/**
 * Why removing admin roles (DAP-2), a customer's deletion (TYPE-2) or a partner's end
 * (REL-3) dated `at` could not have come from the steps, or `undefined` when it could
 * (INVAR-7): the relationship exists and is in force, the change is not before its last
 * change, a deletion needs capacities the policy lets the customer delete, and removing
 * roles needs roles to remove (the step makes no event otherwise). The same tests as
 * {@link removeAdminRoles}, {@link deleteRelationship} and {@link endRelationship}.
 *
 * @param relationship - the pair's relationship, if any
 * @param change - the step the event records
 * @param at - the event's time
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @internal
 */
export function relationshipChangeRefusal(
  relationship: Relationship | undefined,
  change: "removeAdminRoles" | "deleteRelationship" | "endRelationship",
  at: Instant,
  policy: Policy = DEFAULT_POLICY,
): EventRefusal | undefined {
  const rule = change === "removeAdminRoles" ? "DAP-2" : change === "deleteRelationship" ? "TYPE-2" : "REL-3";
  if (relationship === undefined) return refusal(rule, "The event names a customer–partner pair with no relationship.");
  if (relationship.status !== "active")
    return refusal(
      "INVAR-2",
      `The relationship between ${relationship.customer} and ${relationship.partner} ended at ${formatInstant(relationship.updatedAt)}; it never changes again.`,
    );
  const order = relationshipTimeRefusal(relationship, at, rule);
  if (order !== undefined) return order;
  if (change === "removeAdminRoles" && relationship.grants.length === 0)
    return refusal(
      rule,
      `The relationship between ${relationship.customer} and ${relationship.partner} holds no admin roles to remove.`,
    );
  if (change === "deleteRelationship" && nonDeletableCapacities(relationship.capacities, policy).length > 0)
    return refusal(
      rule,
      `The customer cannot delete a relationship with the capacities ${relationship.capacities.join(", ")} (TYPE-2).`,
    );
  return undefined;
}
