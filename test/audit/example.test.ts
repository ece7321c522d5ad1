/** The audit example (examples/audit.ts) on its checked-in Graph export. */
import { AUDIT_FINDING_KINDS } from "partner-relationships";
import { describe, expect, it } from "vitest";
import { auditExample, readExport } from "../../examples/audit.js";

describe("the audit example (examples/graph-export)", () => {
  it("AUDIT-7 reads 40 customers through @odata.nextLink paging, every page item either read or reported as a fault", () => {
    const book = readExport();
    expect(book.customers).toHaveLength(40);
    expect(book.relationships.length).toBeGreaterThan(40);
    expect(book.relationships.some((relationship) => relationship.status === "unknownFutureValue")).toBe(true);
    expect(book.faults).toHaveLength(2);
    expect(book.faults.join("\n")).toMatch(/value\[1\]\.duration/);
  });

  it("AUDIT-1 AUDIT-2 AUDIT-3 AUDIT-4 AUDIT-5 AUDIT-6 AUDIT-7 the report has every finding kind at least once and prints", () => {
    const lines: string[] = [];
    const report = auditExample((line) => lines.push(line));
    for (const kind of AUDIT_FINDING_KINDS) expect(report.summary.byKind[kind], kind).toBeGreaterThan(0);
    expect(report.summary.skipped).toBe(2);
    const text = lines.join("\n");
    expect(text).toContain("CRITICAL (1)");
    expect(text).toMatch(/PATCH relationship \{accessDetails\}, wait for its operation, then PATCH relationship/);
    expect(text).toContain("If-Match: W/");
  });
});
