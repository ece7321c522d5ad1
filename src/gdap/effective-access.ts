/**
 * Effective GDAP access at an instant (GDAP-7, INVAR-1): which roles a partner security
 * group holds in a customer tenant at `t`, and which groups hold a role at `t`.
 *
 * An access assignment counts at `t` only if
 * - its status is `active` and it was created at or before `t`;
 * - its relationship (found by ID among those given) is for the same customer and
 *   partner and active at `t`: status `active`, activated at or before `t`, and `t`
 *   before its end time counting auto-extension;
 * - and only for roles the relationship still holds (Global Administrator removed from
 *   an active relationship is no longer granted by its assignments, GDAP-2).
 *
 * A change held as pending (GDAP-8, GDAP-9: a request or operation not yet succeeded)
 * changes nothing here: the relationship and assignment answer with their old status
 * and roles until it succeeds. A reseller relationship whose indirect reseller has not
 * consented grants nothing (GDAP-10).
 *
 * After expiry or termination every assignment is void. An assignment or relationship in
 * Graph's `unknownFutureValue` grants nothing, and the refusal says its status is unknown
 * to this version (GDAP-11). The questions project the
 * values given forward to `t`; they are not a history: a deleted assignment or a
 * terminated relationship grants nothing at any `t`.
 *
 * @module
 */
import { describeValue } from "../describe-value.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import { canonicalRoleId, type RoleId, roleName } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";
import type { RuleId } from "../vocabulary/rules.js";
import { formatInstant, type Instant, isInstant } from "../vocabulary/time.js";
import type { AccessAssignment, AccessAssignmentId, SecurityGroupId } from "./access-assignment.js";
import { type PendingGdapChange, UNKNOWN_FUTURE_VALUE } from "./graph-records.js";
import { type GdapRelationship, type GdapRelationshipId, unknownGdapStatusReason } from "./relationship.js";
import { awaitsResellerConsent } from "./reseller.js";
import { gdapEndDateTimeAt, isGdapActiveAt } from "./time.js";

/** One role held through one assignment at an instant. */
export interface GdapRoleHolding {
  /** The partner. */
  readonly partner: PartnerId;
  /** The partner security group. */
  readonly group: SecurityGroupId;
  /** The role. */
  readonly role: RoleId;
  /** The relationship. */
  readonly relationship: GdapRelationshipId;
  /** The assignment. */
  readonly assignment: AccessAssignmentId;
  /** Until when, as the relationship stands at the instant (its end time counting auto-extension). */
  readonly until: Instant;
}

function indexRelationships(relationships: readonly GdapRelationship[]): ReadonlyMap<string, GdapRelationship> {
  const byId = new Map<string, GdapRelationship>();
  for (const relationship of relationships) byId.set(relationship.id, relationship);
  return byId;
}

/** Every role holding in `customer` at `at`, in the order of the assignments given. */
function holdings(
  relationships: readonly GdapRelationship[],
  assignments: readonly AccessAssignment[],
  customer: CustomerId,
  at: Instant,
): readonly GdapRoleHolding[] {
  // A time that is not an instant finds no relationship active (isGdapActiveAt), so no holding.
  const byId = indexRelationships(relationships);
  // Stryker disable next-line ArrayDeclaration: equivalent, every caller keeps only the holdings of one group or role
  const held: GdapRoleHolding[] = [];
  for (const assignment of assignments) {
    if (assignment.status !== "active" || assignment.customer !== customer || assignment.createdDateTime > at) continue;
    const relationship = byId.get(assignment.relationship);
    if (relationship === undefined || !isGdapActiveAt(relationship, at)) continue;
    if (awaitsResellerConsent(relationship)) continue;
    if (relationship.customer !== customer || relationship.partner !== assignment.partner) continue;
    const until = gdapEndDateTimeAt(relationship, at) ?? at;
    for (const role of assignment.roles) {
      if (!relationship.roles.includes(role)) continue;
      held.push({
        partner: assignment.partner,
        group: assignment.group,
        role,
        relationship: relationship.id,
        assignment: assignment.id,
        until,
      });
    }
  }
  return held;
}

/** The question of {@link gdapRolesOfGroup}. */
export interface GdapGroupQuery {
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The partner security group. */
  readonly group: SecurityGroupId;
  /** The instant `t`. */
  readonly at: Instant;
}

/**
 * The roles a partner security group holds in a customer tenant at `t` (GDAP-7): the
 * roles of its active assignments whose relationships are active at `t`, each once, in
 * the order first found.
 *
 * @param relationships - the GDAP relationships known
 * @param assignments - the access assignments known
 * @param query - customer, group and instant
 *
 * @example
 * ```ts
 * gdapRolesOfGroup([active], [assignment], { customer: "contoso", group: "helpdesk-agents", at });
 * // [HELPDESK_ADMINISTRATOR]; [] once the relationship expired or was terminated
 * ```
 */
export function gdapRolesOfGroup(
  relationships: readonly GdapRelationship[],
  assignments: readonly AccessAssignment[],
  query: GdapGroupQuery,
): readonly RoleId[] {
  // A Set keeps the first of each role in one pass (linear, INVAR-8).
  const roles = new Set<RoleId>();
  for (const holding of holdings(relationships, assignments, query.customer, query.at))
    if (holding.group === query.group) roles.add(holding.role);
  return [...roles];
}

/** The question of {@link gdapHoldersOfRole}. */
export interface GdapRoleQuery {
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The directory role. */
  readonly role: RoleId;
  /** The instant `t`. */
  readonly at: Instant;
}

/**
 * The partner groups that hold a role in a customer tenant at `t` (GDAP-7), one entry per
 * assignment that grants it, with the partner, relationship and end time behind it.
 *
 * @param relationships - the GDAP relationships known
 * @param assignments - the access assignments known
 * @param query - customer, role and instant
 *
 * @example
 * ```ts
 * gdapHoldersOfRole([active], [assignment], { customer: "contoso", role: HELPDESK_ADMINISTRATOR, at })
 *   .map((holding) => holding.group); // ["helpdesk-agents"]
 * ```
 */
export function gdapHoldersOfRole(
  relationships: readonly GdapRelationship[],
  assignments: readonly AccessAssignment[],
  query: GdapRoleQuery,
): readonly GdapRoleHolding[] {
  const role = canonicalRoleId(query.role);
  return holdings(relationships, assignments, query.customer, query.at).filter((holding) => holding.role === role);
}

/** The question of {@link gdapGroupHoldsRole}. */
export interface GdapGroupRoleQuery extends GdapGroupQuery {
  /** The directory role. */
  readonly role: RoleId;
}

function whyNot(
  assignment: AccessAssignment,
  relationship: GdapRelationship | undefined,
  query: GdapGroupRoleQuery,
): string {
  const at = formatInstant(query.at);
  const name = roleName(query.role);
  if (assignment.status === UNKNOWN_FUTURE_VALUE)
    return `Access assignment ${assignment.id} is ${UNKNOWN_FUTURE_VALUE}: Microsoft Graph reports a status this version of partner-relationships does not know, so it grants nothing until the library is upgraded (GDAP-11).`;
  if (assignment.status !== "active") return `Access assignment ${assignment.id} is ${assignment.status}.`;
  if (assignment.createdDateTime > query.at)
    return `Access assignment ${assignment.id} was created at ${formatInstant(assignment.createdDateTime)}, after ${at}.`;
  if (relationship === undefined)
    return `GDAP relationship ${assignment.relationship} of assignment ${assignment.id} is not known.`;
  if (relationship.customer !== query.customer || relationship.partner !== assignment.partner)
    return `GDAP relationship ${relationship.id} is not between ${assignment.partner} and ${query.customer}.`;
  if (relationship.status === UNKNOWN_FUTURE_VALUE) return unknownGdapStatusReason(relationship.id);
  if (relationship.status !== "active" && relationship.status !== "expiring")
    return `GDAP relationship ${relationship.id} is ${relationship.status}, so its assignments grant nothing.`;
  if (query.at < relationship.activatedDateTime)
    return `GDAP relationship ${relationship.id} became active at ${formatInstant(relationship.activatedDateTime)}, after ${at}.`;
  if (!isGdapActiveAt(relationship, query.at))
    return `GDAP relationship ${relationship.id} ended at ${formatInstant(gdapEndDateTimeAt(relationship, query.at) ?? query.at)} without auto-extension.`;
  if (awaitsResellerConsent(relationship)) return resellerConsentReason(relationship);
  return `GDAP relationship ${relationship.id} no longer holds ${name}.`;
}

/**
 * GDAP-8, GDAP-9: the changes pending on the relationship and assignment behind a
 * holding, which change nothing until they succeed.
 */
function pendingNotes(
  held: GdapRoleHolding,
  relationships: readonly GdapRelationship[],
  assignments: readonly AccessAssignment[],
): { readonly rules: readonly RuleId[]; readonly reasons: readonly string[] } {
  const rules: RuleId[] = [];
  const reasons: string[] = [];
  const note = (what: string, pending: PendingGdapChange | undefined): void => {
    if (pending === undefined) return;
    const rule: RuleId = pending.via === "request" ? "GDAP-8" : "GDAP-9";
    if (!rules.includes(rule)) rules.push(rule);
    reasons.push(
      `${pending.via === "request" ? "Request" : "Operation"} ${pending.id} (${pending.action}) on ${what} is ${pending.status}: it changes nothing until it succeeds (${rule}).`,
    );
  };
  note(
    `GDAP relationship ${held.relationship}`,
    relationships.find((relationship) => relationship.id === held.relationship)?.pending,
  );
  note(
    `access assignment ${held.assignment}`,
    assignments.find((assignment) => assignment.id === held.assignment)?.pending,
  );
  return { rules, reasons };
}

/** GDAP-10: why a reseller relationship awaiting its reseller's consent grants nothing. */
function resellerConsentReason(relationship: GdapRelationship): string {
  return `GDAP relationship ${relationship.id} is a reseller relationship whose indirect reseller ${relationship.partner} has not consented yet, so it grants nothing (GDAP-10).`;
}

/**
 * Whether a partner security group holds a role in a customer tenant at `t` (GDAP-7,
 * INVAR-1), as a decision with the assignment behind it, or why not and what would do.
 *
 * @param relationships - the GDAP relationships known
 * @param assignments - the access assignments known
 * @param query - customer, group, role and instant
 *
 * @example
 * ```ts
 * gdapGroupHoldsRole([expired], [assignment], { customer: "contoso", group: "helpdesk-agents", role: HELPDESK_ADMINISTRATOR, at });
 * // { allowed: false, rules: ["GDAP-7", "INVAR-1"], reasons: ["GDAP relationship rel-1 is expired, so its assignments grant nothing."], … }
 * ```
 */
export function gdapGroupHoldsRole(
  relationships: readonly GdapRelationship[],
  assignments: readonly AccessAssignment[],
  query: GdapGroupRoleQuery,
): Decision {
  const name = roleName(query.role);
  if (!isInstant(query.at))
    return refuse(
      ["GDAP-7"],
      [`${describeValue(query.at)} is not an instant: effective access is asked about an instant.`],
      ["Ask about an instant (integer milliseconds since the epoch)."],
    );
  const held = gdapHoldersOfRole(relationships, assignments, query).find((holding) => holding.group === query.group);
  if (held !== undefined) {
    const notes = pendingNotes(held, relationships, assignments);
    return allow(
      ["GDAP-7", "GDAP-6", ...notes.rules],
      [
        `Access assignment ${held.assignment} gives group ${query.group} ${name} in ${query.customer} through GDAP relationship ${held.relationship}, active until ${formatInstant(held.until)}.`,
        ...notes.reasons,
      ],
    );
  }
  const byId = indexRelationships(relationships);
  const candidates = assignments.filter(
    (assignment) =>
      assignment.group === query.group &&
      assignment.customer === query.customer &&
      assignment.roles.includes(canonicalRoleId(query.role)),
  );
  const remedy = `The partner must hold ${name} in an active GDAP relationship approved by ${query.customer} and assign it to group ${query.group}.`;
  if (candidates.length === 0)
    return refuse(
      ["GDAP-7", "GDAP-6", "INVAR-1"],
      [`No access assignment gives group ${query.group} ${name} in ${query.customer}.`],
      [remedy],
    );
  return refuse(
    ["GDAP-7", "INVAR-1"],
    candidates.map((assignment) => whyNot(assignment, byId.get(assignment.relationship), query)),
    [remedy],
  );
}
