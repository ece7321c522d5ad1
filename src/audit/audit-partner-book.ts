/**
 * The audit of a partner's whole book at an instant (AUDIT-1…AUDIT-7): what Partner
 * Center's expiring-relationships filters, its GDAP analytics and CIPP's GDAP checks show
 * across every customer, with the Graph requests that fix each finding (GDAP-12).
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type InvalidInput, invalidInput } from "../errors.js";
import { DEFAULT_POLICY } from "../policy.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import { isInstant, MS_PER_DAY } from "../vocabulary/time.js";
import { type CheckContext, checkRelationship } from "./checks.js";
import {
  AUDIT_FINDING_KINDS,
  AUDIT_SEVERITIES,
  type AuditCustomer,
  type AuditFinding,
  type AuditFindingKind,
  type AuditReport,
  type AuditSeverity,
} from "./finding.js";
import { type AuditBook, type AuditOptions, type AuditThresholds, DEFAULT_AUDIT_THRESHOLDS } from "./options.js";
import { readBook } from "./read-book.js";
import { describedRemedy } from "./remedies.js";

const SEVERITY_ORDER: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(AUDIT_SEVERITIES.map((s, i) => [s, i]));
const KIND_ORDER: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(AUDIT_FINDING_KINDS.map((k, i) => [k, i]));
const COLLECTIONS = ["accessAssignments", "requests", "operations", "customers", "faults"] as const;

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** A finding with its sort key computed once (lower-casing names in the comparison would cost n log n strings). */
interface Keyed {
  readonly finding: AuditFinding;
  readonly severity: number;
  readonly name: string | undefined;
  readonly kind: number;
}

function keyed(finding: AuditFinding): Keyed {
  return {
    finding,
    severity: SEVERITY_ORDER.get(finding.severity) ?? 0,
    name: finding.customer.displayName?.toLowerCase(),
    kind: KIND_ORDER.get(finding.kind) ?? 0,
  };
}

/** Severity, then customer (display name, then ID; none last), then kind, relationship, group, roles. */
function compareFindings(a: Keyed, b: Keyed): number {
  return (
    a.severity - b.severity ||
    compareText(a.name, b.name) ||
    compareText(a.finding.customer.id, b.finding.customer.id) ||
    a.kind - b.kind ||
    compareText(a.finding.relationship?.id, b.finding.relationship?.id) ||
    compareText(a.finding.group, b.finding.group) ||
    compareText(a.finding.roles?.join(), b.finding.roles?.join())
  );
}

/** The findings in report order. */
function sorted(findings: readonly AuditFinding[]): AuditFinding[] {
  return findings
    .map(keyed)
    .sort(compareFindings)
    .map((entry) => entry.finding);
}

/** The thresholds with defaults filled in, or the fault. */
function thresholdsOf(given: Partial<AuditThresholds> | undefined): Result<AuditThresholds, InvalidInput> {
  const t = { ...DEFAULT_AUDIT_THRESHOLDS, ...(given ?? {}) };
  const days = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value) && value >= 0;
  if (!Array.isArray(t.expiringWithinDays) || t.expiringWithinDays.length === 0 || !t.expiringWithinDays.every(days))
    return err(
      invalidInput("AUDIT-1", "thresholds.expiringWithinDays", "a non-empty list of day counts", t.expiringWithinDays),
    );
  if (!days(t.expiredWithinDays))
    return err(invalidInput("AUDIT-1", "thresholds.expiredWithinDays", "a day count", t.expiredWithinDays));
  if (!days(t.requestExpiryWarningDays))
    return err(
      invalidInput("AUDIT-5", "thresholds.requestExpiryWarningDays", "a day count", t.requestExpiryWarningDays),
    );
  if (!Array.isArray(t.privilegedRoles) || !t.privilegedRoles.every((role) => typeof role === "string"))
    return err(invalidInput("AUDIT-4", "thresholds.privilegedRoles", "a list of role template IDs", t.privilegedRoles));
  if (typeof t.transitionPrefix !== "string" || t.transitionPrefix === "")
    return err(invalidInput("AUDIT-6", "thresholds.transitionPrefix", "a non-empty prefix", t.transitionPrefix));
  return ok(t);
}

/** Checks the book's shape (collections are arrays) before anything is read. */
function checkBook(book: unknown): Result<AuditBook, InvalidInput> {
  if (typeof book !== "object" || book === null)
    return err(invalidInput("AUDIT-1", "book", "a book { relationships, accessAssignments, … }", book));
  const given = book as Record<string, unknown>;
  if (!Array.isArray(given.relationships))
    return err(invalidInput("AUDIT-1", "book.relationships", "a list of GDAP relationships", given.relationships));
  for (const key of COLLECTIONS) {
    const list = given[key];
    if (list === undefined && key !== "accessAssignments") continue;
    if (!Array.isArray(list)) return err(invalidInput("AUDIT-1", `book.${key}`, "a list", list));
  }
  return ok(book as AuditBook);
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}

/**
 * Audits a partner's whole book of GDAP relationships at the instant `at` (AUDIT-1…AUDIT-7,
 * GDAP-10, GDAP-11) and returns the findings, sorted by severity then customer, with a
 * remedy for each as the Graph requests that apply it (GDAP-12), the input items it could
 * not audit (each with its reason), and a summary. Pure: no clock, no I/O; the cost is
 * linear in the book (assignments, requests and operations are indexed by relationship
 * once), plus sorting the findings.
 *
 * What it reports, per relationship as it stands at `at` (see {@link AUDIT_FINDING_KINDS}):
 * relationships ending within 30, 7 or 1 days that will not auto-extend and ones expired
 * within 365 days (AUDIT-1); Global Administrator blocking auto-extend, with the two
 * ordered calls that fix it, and auto-extend off (AUDIT-2); no active access assignment,
 * and roles no assignment uses (AUDIT-3); Global, Privileged Role and Privileged
 * Authentication Administrator held by a group (AUDIT-4); requests within 14 days of
 * their 90-day expiry and relationships left in `created` (AUDIT-5); `MLT_` relationships
 * still active (AUDIT-6); customers without an active relationship (AUDIT-7); indirect
 * resellers whose consent is pending (GDAP-10); and statuses Graph reported as
 * `unknownFutureValue`, listed as such and counted as granting nothing (GDAP-11).
 *
 * Bad input never throws and never reads as "all well": relationships or assignments
 * that cannot be audited (no ID, duplicate ID, unknown status, an active relationship
 * without a customer, an assignment of a relationship not in the book, a throwing getter)
 * and the readers' faults are listed in `skipped` with the reason.
 *
 * @param book - the relationships, access assignments, requests, operations, customers and reader faults
 * @param options - the instant, the policy (rule figures) and the thresholds (defaults in {@link DEFAULT_AUDIT_THRESHOLDS})
 * @returns the report, or `invalid_input` for a bad instant, book shape or threshold
 *
 * @example
 * ```ts
 * const report = auditPartnerBook(
 *   { relationships, accessAssignments, customers },
 *   { at: Date.UTC(2026, 10, 30) },
 * )._unsafeUnwrap();
 * report.summary.byKind.expiringSoon; // 3
 * report.findings[0]; // { kind: "expiringSoon", severity: "critical", customer: { id, displayName }, remedies: [...] }
 * ```
 */
export function auditPartnerBook(book: AuditBook, options: AuditOptions): Result<AuditReport, InvalidInput> {
  const at = (options as AuditOptions | undefined)?.at;
  if (!isInstant(at)) return err(invalidInput("AUDIT-1", "at", "the audit instant (epoch milliseconds)", at));
  const policy = options.policy ?? DEFAULT_POLICY;
  return checkBook(book).andThen((checked) =>
    thresholdsOf(options.thresholds).map((thresholds): AuditReport => {
      const read = readBook(checked);
      const findings: AuditFinding[] = [];
      const ctx: CheckContext = {
        at,
        policy,
        thresholds,
        privileged: new Set<RoleId>(thresholds.privilegedRoles.map((role) => role.toLowerCase())),
        windows: [...thresholds.expiringWithinDays].sort((a, b) => a - b).map((days) => days * MS_PER_DAY),
        findings,
      };
      const customerOf = new Map<string, AuditCustomer>();
      const customer = (id: string | undefined, fallback: string | undefined): AuditCustomer => {
        if (id === undefined) return fallback === undefined ? {} : { displayName: fallback };
        const known = customerOf.get(id);
        if (known !== undefined) return known;
        const name = read.customerNames.get(id) ?? fallback;
        const made: AuditCustomer = name === undefined ? { id } : { id, displayName: name };
        customerOf.set(id, made);
        return made;
      };
      for (const id of read.customers) customer(id, undefined);
      const covered = new Set<string>();
      const pending = new Map<string, string>();
      for (const relationship of read.relationships) {
        const who = customer(relationship.customer, relationship.value.customerDisplayName);
        const active = checkRelationship(ctx, relationship, who);
        if (relationship.customer === undefined) continue;
        if (active) covered.add(relationship.customer);
        else if (relationship.status === "approvalPending" || relationship.status === "created")
          pending.set(relationship.customer, relationship.value.displayName);
      }
      // AUDIT-7
      for (const id of read.customers) {
        if (covered.has(id)) continue;
        const waiting = pending.get(id);
        findings.push({
          kind: "customerWithoutGdap",
          severity: waiting === undefined ? "medium" : "low",
          customer: customer(id, undefined),
          rules: ["AUDIT-7"],
          reasons: [
            waiting === undefined
              ? "A customer of the partner (delegatedAdminCustomers) with no GDAP relationship active now: the partner cannot administer its tenant."
              : `A customer of the partner with no GDAP relationship active now; ${JSON.stringify(waiting)} waits for approval.`,
          ],
          remedies: [
            describedRemedy(
              "Create a least-privilege GDAP relationship for it and send its Global Administrator the approval link (ACT-4), or end the customer relationship if it is over.",
            ),
          ],
        });
      }
      const ordered = sorted(findings);
      const byKind = zeroCounts<AuditFindingKind>(AUDIT_FINDING_KINDS);
      const bySeverity = zeroCounts<AuditSeverity>(AUDIT_SEVERITIES);
      const withFindings = new Set<string>();
      for (const finding of findings) {
        byKind[finding.kind]++;
        bySeverity[finding.severity]++;
        if (finding.customer.id !== undefined) withFindings.add(finding.customer.id);
      }
      return {
        findings: ordered,
        skipped: read.skipped,
        summary: {
          at,
          findings: findings.length,
          byKind,
          bySeverity,
          relationships: read.relationships.length,
          accessAssignments: read.assignmentCount,
          customers: customerOf.size,
          customersCovered: covered.size,
          customersWithFindings: withFindings.size,
          skipped: read.skipped.length,
        },
      };
    }),
  );
}

/**
 * The answer of {@link auditPartnerBook} at the entry's guard (INVAR-8) when the book or
 * the options cannot be read: only their own getters and proxies can throw, since the items
 * are read one by one, each guarded.
 *
 * @internal
 */
export function unreadableBook(): Result<never, InvalidInput> {
  const expected = "a book and options that can be read without throwing";
  const found = "a value whose getter or proxy threw";
  return err({
    ...invalidInput("AUDIT-1", "book", expected, undefined),
    found,
    message: `book: expected ${expected}, found ${found} (AUDIT-1).`,
  });
}
