/** A small partner book for the audit tests, built through the public API. */
import {
  type ActiveAccessAssignment,
  type ActiveGdap,
  type AuditFinding,
  type AuditFindingKind,
  type AuditReport,
  type GdapRelationship,
  HELPDESK_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { active, assignment, created, pending } from "../gdap/fixtures.js";
import { DAY, T0 } from "../support/actors.js";

/** The audit instant: 200 days after T0. */
export const AT = T0 + 200 * DAY;
export const ETAG = 'W/"etag-1"';

/**
 * An active relationship of `customer` that ends `days` after {@link AT}, with its etag.
 *
 * @param id - its ID (and display name unless given)
 * @param customer - the customer's tenant ID
 * @param days - days from AT to its end time
 * @param extra - more fields
 */
export function activeEnding(id: string, customer: string, days: number, extra: Partial<ActiveGdap> = {}): ActiveGdap {
  // approved by the test customer's admin, then moved to `customer` (plain data)
  const base = active({ id, displayName: id, roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR] });
  return { ...base, customer, endDateTime: AT + days * DAY, etag: ETAG, ...extra };
}

/** An assignment of all of a relationship's roles to one group. */
export function assignAll(relationship: ActiveGdap, group = `group-${relationship.id}`): ActiveAccessAssignment {
  return { ...assignment(relationship, group, relationship.roles), etag: ETAG };
}

/** A relationship waiting for approval, created `daysAgo` days before AT. */
export function pendingSince(id: string, customer: string, daysAgo: number): GdapRelationship {
  const value = pending({ id, customer, displayName: id, at: AT - daysAgo * DAY });
  return value;
}

/** A created relationship, never locked, made `daysAgo` days before AT. */
export function createdSince(id: string, customer: string, daysAgo: number): GdapRelationship {
  return { ...created({ id, customer, displayName: id, at: AT - daysAgo * DAY }), etag: ETAG };
}

/** The findings of one kind. */
export function ofKind(report: AuditReport, kind: AuditFindingKind): readonly AuditFinding[] {
  return report.findings.filter((finding) => finding.kind === kind);
}

/** The kinds found for one relationship. */
export function kindsOf(report: AuditReport, relationship: string): readonly AuditFindingKind[] {
  return report.findings.filter((finding) => finding.relationship?.id === relationship).map((finding) => finding.kind);
}
