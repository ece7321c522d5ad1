/**
 * What an audit reads (the book) and the figures it applies (the thresholds), with their
 * documented defaults. The thresholds are in the audit's options, not in the policy: they
 * are what a partner wants to be told about, not rules that differ between editions of
 * the sources. The rule figures the audit also needs (the 90-day request lifetime and the
 * 180-day auto-extension of GDAP-2 and GDAP-5) come from the policy.
 *
 * @module
 */
import type { AccessAssignment } from "../gdap/access-assignment.js";
import type {
  DelegatedAdminCustomer,
  GdapRelationshipOperation,
  GdapRelationshipRequest,
} from "../gdap/graph-records.js";
import type { GdapRelationship } from "../gdap/relationship.js";
import type { Policy } from "../policy.js";
import { GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR, type RoleId } from "../vocabulary/directory-roles.js";
import type { Instant } from "../vocabulary/time.js";

/** Privileged Authentication Administrator's role template ID (AUDIT-4). */
export const PRIVILEGED_AUTHENTICATION_ADMINISTRATOR: RoleId = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";

/**
 * A partner's book at an instant, as the Graph readers parse it from Graph's list pages
 * or as the library's steps and state hold it.
 */
export interface AuditBook {
  /** The partner's GDAP relationships (`delegatedAdminRelationships`). */
  readonly relationships: readonly GdapRelationship[];
  /** Their access assignments (each relationship's `accessAssignments`). */
  readonly accessAssignments: readonly AccessAssignment[];
  /** Requests (GDAP-8), such as a pending `terminate`. */
  readonly requests?: readonly GdapRelationshipRequest[];
  /** Long-running operations (GDAP-9), such as removing Global Administrator. */
  readonly operations?: readonly GdapRelationshipOperation[];
  /** The partner's customers (`delegatedAdminCustomers`), for AUDIT-7 and display names. */
  readonly customers?: readonly DelegatedAdminCustomer[];
  /**
   * Page items a reader could not read (each list reader's `faults`): reported among the
   * skipped items with their message, so that a faulty page never reads as "all well".
   */
  readonly faults?: readonly unknown[];
}

/** The figures an audit applies; every one has a default in {@link DEFAULT_AUDIT_THRESHOLDS}. */
export interface AuditThresholds {
  /**
   * AUDIT-1: the windows, in days, before the end of an active relationship that will not
   * auto-extend. The smallest it falls in sets the severity: the smallest window is
   * `critical`, the next `high`, any other `medium`. Default `[30, 7, 1]` (Partner
   * Center's filters).
   */
  readonly expiringWithinDays: readonly number[];
  /** AUDIT-1: how far back, in days, an expiry is reported. Default 365 (Partner Center's filter). */
  readonly expiredWithinDays: number;
  /** AUDIT-5: days before a request's expiry (GDAP-5) from which it is reported. Default 14. */
  readonly requestExpiryWarningDays: number;
  /** AUDIT-4: the privileged roles. Default Global, Privileged Role and Privileged Authentication Administrator. */
  readonly privilegedRoles: readonly RoleId[];
  /** AUDIT-6: the display-name prefix of Microsoft-led transition relationships. Default `MLT_`. */
  readonly transitionPrefix: string;
}

/**
 * The default thresholds.
 *
 * | figure | default | source |
 * |---|---|---|
 * | expiring within | 30, 7, 1 days | Partner Center, expiring GDAP relationships (AUDIT-1) |
 * | expired within | 365 days | Partner Center (AUDIT-1) |
 * | request expiry warning | 14 days before the 90-day expiry | AUDIT-5, GDAP-5 |
 * | privileged roles | Global, Privileged Role, Privileged Authentication Administrator | AUDIT-4 |
 * | transition prefix | `MLT_` | Microsoft-led transition (AUDIT-6) |
 *
 * @example
 * ```ts
 * auditPartnerBook(book, { at, thresholds: { ...DEFAULT_AUDIT_THRESHOLDS, expiringWithinDays: [60, 14, 3] } });
 * ```
 */
export const DEFAULT_AUDIT_THRESHOLDS: AuditThresholds = /* @__PURE__ */ Object.freeze({
  expiringWithinDays: /* @__PURE__ */ Object.freeze([30, 7, 1]),
  expiredWithinDays: 365,
  requestExpiryWarningDays: 14,
  privilegedRoles: /* @__PURE__ */ Object.freeze([
    GLOBAL_ADMINISTRATOR,
    PRIVILEGED_ROLE_ADMINISTRATOR,
    PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
  ]),
  transitionPrefix: "MLT_",
});

/** Options of {@link auditPartnerBook}. */
export interface AuditOptions {
  /** The instant the audit looks at (the library has no clock). */
  readonly at: Instant;
  /** The rule figures: request lifetime (GDAP-5), auto-extension (GDAP-2). Default `DEFAULT_POLICY`. */
  readonly policy?: Policy;
  /** What to report; any figure left out takes its default from {@link DEFAULT_AUDIT_THRESHOLDS}. */
  readonly thresholds?: Partial<AuditThresholds>;
}
