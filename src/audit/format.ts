/**
 * An audit report for people: a text table for a terminal, grouped by severity, one line
 * per finding with its remedy beside it, and CSV for a spreadsheet. English wording, built
 * from the findings' data in this one module.
 *
 * @module
 */
import type { GraphRequest } from "../codec/graph-writer.js";
import { roleName } from "../vocabulary/directory-roles.js";
import { formatInstant } from "../vocabulary/time.js";
import { AUDIT_SEVERITIES, type AuditFinding, type AuditRemedy, type AuditReport } from "./finding.js";

const day = (at: number | undefined): string => (at === undefined ? "" : formatInstant(at).slice(0, 10));

/** A request in full: method and path (for the CSV). */
function requestText(request: GraphRequest): string {
  return `${request.method} ${request.path}`;
}

/**
 * A request in a few words for the table: the method, what it acts on (the last kind of
 * entity in its path) and the properties of its body, such as
 * `PATCH relationship {autoExtendDuration: "P180D"}`.
 */
function requestPhrase(request: GraphRequest): string {
  const parts = request.path.split("/");
  const entity = ENTITY_OF.find(([segment]) => parts.at(-1) === segment || parts.at(-2) === segment);
  const what = entity === undefined ? request.path : entity[parts.at(-1) === entity[0] ? 1 : 2];
  const body = request.body;
  const shown =
    typeof body === "object" && body !== null && !Array.isArray(body)
      ? ` {${Object.entries(body)
          .map(([key, value]) => (typeof value === "string" ? `${key}: ${JSON.stringify(value)}` : key))
          .join(", ")}}`
      : "";
  return `${request.method} ${what}${shown}`;
}

/** Path segment → [the collection's name, one item's name]. */
const ENTITY_OF: readonly (readonly [string, string, string])[] = [
  ["accessAssignments", "accessAssignments", "accessAssignment"],
  ["requests", "requests", "request"],
  ["operations", "operations", "operation"],
  ["delegatedAdminRelationships", "relationships", "relationship"],
];

/** A remedy in one phrase: its requests in order, or its description. */
function remedyText(remedy: AuditRemedy | undefined): string {
  if (remedy === undefined) return "";
  if (remedy.steps.length === 0)
    return remedy.blockedBy === undefined ? remedy.description : `${remedy.description} [blocked: ${remedy.blockedBy}]`;
  return remedy.steps
    .map(
      (step) =>
        `${requestPhrase(step.request)}${step.waitFor === "operationSucceeded" ? ", wait for its operation" : ""}`,
    )
    .join(remedy.ordered ? ", then " : "; ");
}

function customerText(finding: AuditFinding): string {
  const { id, displayName } = finding.customer;
  return displayName ?? id ?? "(no customer yet)";
}

function subjectText(finding: AuditFinding): string {
  const parts: string[] = [];
  if (finding.relationship !== undefined) parts.push(finding.relationship.displayName);
  if (finding.group !== undefined) parts.push(`group ${finding.group}`);
  return parts.join(", ");
}

function detailText(finding: AuditFinding): string {
  const parts: string[] = [];
  if (finding.roles !== undefined && finding.roles.length > 0) parts.push(finding.roles.map(roleName).join(", "));
  if (finding.due !== undefined) parts.push(`${day(finding.due)} (${finding.days ?? 0} d)`);
  return parts.join("; ");
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * Prints a report as a text table for a terminal (AUDIT-1…AUDIT-7): a summary line, then
 * per severity (most urgent first) one line per finding — customer, kind, relationship
 * and group, roles and due date, and the remedy beside it (its Graph requests in order,
 * or what to do where no request applies) — then the skipped input items.
 *
 * @param report - an audit report
 * @returns the text, lines separated by `\n`; for a value that is not a report, one line saying so
 *
 * @example
 * ```ts
 * console.log(formatAuditReport(auditPartnerBook(book, { at })._unsafeUnwrap()));
 * // Audit at 2026-11-30: 41 customers, 36 covered by an active relationship; 62 findings (2 critical, …)
 * // CRITICAL (2)
 * //   Adatum Corporation  expiringSoon  Adatum helpdesk  2026-12-01 (0 d)  PATCH /tenantRelationships/…
 * ```
 */
export function formatAuditReport(report: AuditReport): string {
  return formatReport(report);
}

/**
 * What the printers answer, at the entry's guard (INVAR-8), for a value that is not an
 * {@link AuditReport}: never an empty report.
 *
 * @internal
 */
export const notAReport = (): string =>
  "Not an audit report: expected { findings, skipped, summary } as auditPartnerBook returns it (AUDIT-1).";

function formatReport(report: AuditReport): string {
  const { summary } = report;
  const counts = AUDIT_SEVERITIES.filter((s) => summary.bySeverity[s] > 0)
    .map((s) => `${summary.bySeverity[s]} ${s}`)
    .join(", ");
  const lines = [
    `Audit at ${day(summary.at)}: ${summary.customers} customers, ${summary.customersCovered} covered by an active relationship; ${summary.relationships} relationships, ${summary.accessAssignments} access assignments; ${summary.findings} findings${counts === "" ? "" : ` (${counts})`}; ${summary.skipped} input items skipped.`,
  ];
  const rows = report.findings.map((finding) => ({
    severity: finding.severity,
    cells: [
      cut(customerText(finding), 28),
      finding.kind,
      cut(subjectText(finding), 36),
      cut(detailText(finding), 40),
      remedyText(finding.remedies[0]),
    ],
  }));
  const widths = [0, 1, 2, 3].map((c) => Math.max(0, ...rows.map((row) => (row.cells[c] as string).length)));
  for (const severity of AUDIT_SEVERITIES) {
    const group = rows.filter((row) => row.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${severity.toUpperCase()} (${group.length})`);
    for (const { cells } of group)
      lines.push(`  ${cells.map((text, c) => (c < 4 ? text.padEnd(widths[c] ?? 0) : text)).join("  ")}`.trimEnd());
  }
  if (report.skipped.length > 0) {
    lines.push("", `SKIPPED INPUT (${report.skipped.length})`);
    for (const item of report.skipped)
      lines.push(`  ${item.source}[${item.index}]${item.id === undefined ? "" : ` ${item.id}`}: ${item.reason}`);
  }
  return lines.join("\n");
}

/** The CSV columns of {@link auditReportToCsv}, in order. */
export const AUDIT_CSV_COLUMNS = [
  "severity",
  "kind",
  "customerId",
  "customerName",
  "relationshipId",
  "relationshipName",
  "relationshipStatus",
  "group",
  "roles",
  "due",
  "days",
  "rules",
  "reasons",
  "remedy",
  "requests",
] as const;

/** One CSV cell (RFC 4180), with a leading `'` before `=`, `+`, `-`, `@` so that no spreadsheet runs it as a formula. */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Writes a report as CSV for a spreadsheet (RFC 4180, `\r\n` line ends, a header row of
 * {@link AUDIT_CSV_COLUMNS}): one row per finding, in the report's order; roles by name;
 * the first remedy's description and every request of it (`METHOD path`, in order).
 * Text that a spreadsheet would read as a formula gets a leading `'`.
 *
 * @param report - an audit report
 * @returns the CSV text; for a value that is not a report, one line saying so (never a CSV without rows)
 *
 * @example
 * ```ts
 * writeFileSync("audit.csv", auditReportToCsv(report)); // in the caller's code: the library does no I/O
 * ```
 */
export function auditReportToCsv(report: AuditReport): string {
  return toCsv(report);
}

function toCsv(report: AuditReport): string {
  const rows = [AUDIT_CSV_COLUMNS.join(",")];
  for (const finding of report.findings) {
    const remedy = finding.remedies[0];
    const values = [
      finding.severity,
      finding.kind,
      finding.customer.id ?? "",
      finding.customer.displayName ?? "",
      finding.relationship?.id ?? "",
      finding.relationship?.displayName ?? "",
      finding.relationship?.status ?? "",
      finding.group ?? "",
      (finding.roles ?? []).map(roleName).join("; "),
      day(finding.due),
      finding.days === undefined ? "" : String(finding.days),
      finding.rules.join(" "),
      finding.reasons.join(" "),
      remedy === undefined ? "" : remedy.description,
      remedy === undefined ? "" : remedy.steps.map((step) => requestText(step.request)).join(" then "),
    ];
    rows.push(values.map(cell).join(","));
  }
  return `${rows.join("\r\n")}\r\n`;
}
