/**
 * What an audit of a partner's book reports (AUDIT-1…AUDIT-7): findings as plain,
 * readonly data — kind, severity, customer, relationship and group where they apply, the
 * rules behind them, reasons a person reads, and remedies as the Graph requests of
 * GDAP-12 — with the items it could not audit and a summary.
 *
 * @module
 */
import type { GraphRequest } from "../codec/graph-writer.js";
import type { SecurityGroupId } from "../gdap/access-assignment.js";
import type { GdapRelationshipId } from "../gdap/relationship.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId } from "../vocabulary/ids.js";
import type { RuleId } from "../vocabulary/rules.js";
import type { Instant } from "../vocabulary/time.js";

/**
 * Every kind of finding, in the order a report lists kinds of the same severity:
 * - `expiringSoon` (AUDIT-1): active, will not auto-extend, ends within 30, 7 or 1 days;
 * - `expiredRecently` (AUDIT-1): expired at its end time within the last 365 days;
 * - `autoExtendBlockedByGlobalAdministrator` (AUDIT-2, GDAP-2);
 * - `autoExtendOff` (AUDIT-2): active, auto-extend none, no Global Administrator;
 * - `noActiveAccessAssignment` (AUDIT-3): active, no active access assignment;
 * - `unusedRoles` (AUDIT-3): roles of an active relationship no active assignment gives;
 * - `privilegedRole` (AUDIT-4): Global, Privileged Role or Privileged Authentication Administrator;
 * - `requestNearExpiry` (AUDIT-5, GDAP-5): `approvalPending` within 14 days of its request expiry;
 * - `leftInCreated` (AUDIT-5): created and never locked for approval;
 * - `microsoftLedTransition` (AUDIT-6): display name beginning `MLT_`, still active;
 * - `customerWithoutGdap` (AUDIT-7): a customer with no active relationship;
 * - `consentPending` (GDAP-10): an indirect reseller has not consented;
 * - `unknownStatus` (GDAP-11): Graph reported `unknownFutureValue`; listed, never guessed.
 */
export const AUDIT_FINDING_KINDS = [
  "expiringSoon",
  "autoExtendBlockedByGlobalAdministrator",
  "privilegedRole",
  "requestNearExpiry",
  "noActiveAccessAssignment",
  "customerWithoutGdap",
  "consentPending",
  "microsoftLedTransition",
  "unknownStatus",
  "autoExtendOff",
  "unusedRoles",
  "leftInCreated",
  "expiredRecently",
] as const;

/** A kind of finding (see {@link AUDIT_FINDING_KINDS}). */
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

/** Severities, most urgent first: a report sorts by this order. */
export const AUDIT_SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;

/** How urgent a finding is. */
export type AuditSeverity = (typeof AUDIT_SEVERITIES)[number];

/** The customer a finding concerns: its tenant ID and display name, where known. */
export interface AuditCustomer {
  /** The customer's tenant ID; absent for a relationship created without a customer (GDAP-4). */
  readonly id?: CustomerId;
  /** Its display name: from `delegatedAdminCustomers`, else the relationship's `customer.displayName`. */
  readonly displayName?: string;
}

/**
 * One step of a remedy: a Graph request (GDAP-12), and what to wait for before the next
 * step where the order matters.
 */
export interface AuditRemedyStep {
  /** The request to send. */
  readonly request: GraphRequest;
  /**
   * `operationSucceeded`: Graph answers `202 Accepted` with a long-running operation
   * (GDAP-9) in `Location`; wait until it `succeeded` (poll {@link AuditRemedyStep.poll})
   * before the next step.
   */
  readonly waitFor?: "operationSucceeded";
  /** The request that follows the operation, where the step waits for one. */
  readonly poll?: GraphRequest;
  /**
   * `previousStep`: the `If-Match` of this request must be the entity's `@odata.etag` as
   * Graph returns it after the previous step (read it again); the header here holds the
   * etag known at the audit.
   */
  readonly etagFrom?: "previousStep";
}

/** How to fix a finding: what to do, and the Graph requests that do it, in order. */
export interface AuditRemedy {
  /** What the remedy does, for a person. */
  readonly description: string;
  /** The requests, in order; empty where no Graph call of the partner fixes it (the reason says who acts). */
  readonly steps: readonly AuditRemedyStep[];
  /** True when the steps must run one after the other, each waiting for the previous (GDAP-9). */
  readonly ordered: boolean;
  /** Why no request could be written (such as a missing etag), where that is the case. */
  readonly blockedBy?: string;
}

/** One finding of an audit (AUDIT-1…AUDIT-7): plain readonly data. */
export interface AuditFinding {
  /** What was found. */
  readonly kind: AuditFindingKind;
  /** How urgent it is. */
  readonly severity: AuditSeverity;
  /** The customer. */
  readonly customer: AuditCustomer;
  /** The relationship, where the finding concerns one. */
  readonly relationship?: {
    /** Its ID. */
    readonly id: GdapRelationshipId;
    /** Its display name. */
    readonly displayName: string;
    /** Its status as reported. */
    readonly status: string;
  };
  /** The partner security group, where the finding concerns an access assignment. */
  readonly group?: SecurityGroupId;
  /** The roles concerned, where the finding is about roles. */
  readonly roles?: readonly RoleId[];
  /** The instant that matters (end time, request expiry, expiry), where there is one. */
  readonly due?: Instant;
  /** Whole days from the audit instant to `due` (negative when past). */
  readonly days?: number;
  /** The rules behind it. */
  readonly rules: readonly RuleId[];
  /** Why, in sentences a person reads. */
  readonly reasons: readonly string[];
  /** How to fix it; empty when nothing is to be done by the partner. */
  readonly remedies: readonly AuditRemedy[];
}

/** An input item the audit did not use, and why (never a silent drop). */
export interface AuditSkipped {
  /** Which collection of the book it came from. */
  readonly source: "relationships" | "accessAssignments" | "requests" | "operations" | "customers" | "faults";
  /** Its position in that collection. */
  readonly index: number;
  /** Its ID, where it has a readable one. */
  readonly id?: string;
  /** Why it was not used. */
  readonly reason: string;
}

/** Counts of a report. */
export interface AuditSummary {
  /** The audit instant. */
  readonly at: Instant;
  /** Findings in all. */
  readonly findings: number;
  /** Findings per kind (every kind, zero included). */
  readonly byKind: Readonly<Record<AuditFindingKind, number>>;
  /** Findings per severity (every severity, zero included). */
  readonly bySeverity: Readonly<Record<AuditSeverity, number>>;
  /** Relationships audited (skipped ones not counted). */
  readonly relationships: number;
  /** Access assignments audited. */
  readonly accessAssignments: number;
  /** Customers known: from `customers` and from the relationships. */
  readonly customers: number;
  /** Customers with at least one relationship active at the audit instant. */
  readonly customersCovered: number;
  /** Customers with at least one finding. */
  readonly customersWithFindings: number;
  /** Input items skipped (see {@link AuditReport.skipped}). */
  readonly skipped: number;
}

/** What {@link auditPartnerBook} returns. */
export interface AuditReport {
  /** The findings, sorted by severity, then customer (display name, then ID), then kind and relationship. */
  readonly findings: readonly AuditFinding[];
  /** The input items not audited, with the reason. */
  readonly skipped: readonly AuditSkipped[];
  /** The counts. */
  readonly summary: AuditSummary;
}
