import {
  AUDIT_CSV_COLUMNS,
  auditPartnerBook,
  auditReportToCsv,
  formatAuditReport,
  GLOBAL_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { AT, activeEnding, assignAll, pendingSince } from "./book.js";

function sample() {
  const critical = activeEnding("helpdesk", "c1", 0.5);
  const ga = activeEnding("full, admin", "c2", 100, { roles: [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] });
  return auditPartnerBook(
    {
      relationships: [critical, ga, pendingSince("waiting", "c3", 85)],
      accessAssignments: [assignAll(critical), assignAll(ga)],
      customers: [
        { id: "c1", displayName: "Contoso" },
        { id: "c2", displayName: '=HYPERLINK("http://evil")' },
        { id: "c4", displayName: "Adatum" },
      ],
      faults: [{ message: "value[0].status: bad" }],
    },
    { at: AT },
  )._unsafeUnwrap();
}

describe("formatAuditReport and auditReportToCsv", () => {
  it("AUDIT-2 the text report groups findings by severity, one line each with its remedy beside it, then the skipped items", () => {
    const report = sample();
    const text = formatAuditReport(report);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^Audit at \d{4}-\d{2}-\d{2}: 4 customers, 2 covered by an active relationship; /);
    const headers = lines.filter((line) => /^[A-Z]+ \(\d+\)$/.test(line));
    const bySeverity = Object.entries(report.summary.bySeverity).filter(([, count]) => count > 0);
    expect(headers).toEqual(bySeverity.map(([severity, count]) => `${severity.toUpperCase()} (${count})`));
    expect(headers[0]).toBe("CRITICAL (1)");
    expect(lines).toContain("SKIPPED INPUT (1)");
    const findingLines = lines.filter((line) => line.startsWith("  ") && !line.includes("faults["));
    expect(findingLines).toHaveLength(report.findings.length);
    const critical = findingLines[0] ?? "";
    expect(critical).toContain("Contoso");
    expect(critical).toContain("expiringSoon");
    expect(critical).toContain('PATCH relationship {autoExtendDuration: "P180D"}');
    const blocked = findingLines.find((line) => line.includes("autoExtendBlockedByGlobalAdministrator")) ?? "";
    expect(blocked).toMatch(/PATCH relationship \{accessDetails\}, wait for its operation, then PATCH relationship/);
    expect(text).toContain("faults[0]: value[0].status: bad");
  });

  it("AUDIT-2 the CSV has a header row, one row per finding, RFC 4180 quoting and no formula a spreadsheet would run", () => {
    const report = sample();
    const csv = auditReportToCsv(report);
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe(AUDIT_CSV_COLUMNS.join(","));
    expect(rows.at(-1)).toBe("");
    expect(rows).toHaveLength(report.findings.length + 2);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).toContain('"full, admin"');
    // the CSV keeps every request in full, in order
    expect(csv).toContain(
      "PATCH /tenantRelationships/delegatedAdminRelationships/full%2C%20admin then PATCH /tenantRelationships/delegatedAdminRelationships/full%2C%20admin",
    );
    expect(rows[1]?.startsWith("critical,expiringSoon,c1,Contoso,helpdesk,helpdesk,active,")).toBe(true);
  });

  it("AUDIT-1 a value that is not a report prints as one line saying so, never as an empty report", () => {
    for (const junk of [null, undefined, 42, { findings: "x" }, { summary: null }]) {
      expect(formatAuditReport(junk as never)).toMatch(/^Not an audit report/);
      expect(auditReportToCsv(junk as never)).toMatch(/^Not an audit report/);
    }
  });
});
