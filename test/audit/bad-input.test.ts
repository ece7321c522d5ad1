/**
 * Bad input to the audit (issue 16, INVAR-8): relationships without a customer,
 * assignments of unknown relationships, duplicate IDs, faulty page items and junk are
 * skipped with a reason or refused with an error value, never thrown on, never "all well".
 */
import { fc, test } from "@fast-check/vitest";
import { auditPartnerBook, formatAuditReport } from "partner-relationships";
import { describe, expect, it } from "vitest";
import { assignment } from "../gdap/fixtures.js";
import { AT, activeEnding, assignAll, createdSince, ofKind } from "./book.js";

describe("auditPartnerBook: bad input", () => {
  it("AUDIT-3 an assignment of a relationship not in the book, a duplicate ID and a junk item are skipped with their reason", () => {
    const a = activeEnding("a", "c1", 100);
    const stray = { ...assignAll(a), id: "stray", relationship: "nowhere" };
    const report = auditPartnerBook(
      {
        relationships: [a, { ...a, displayName: "copy" }, null as never, { id: "x", status: "lost" } as never],
        accessAssignments: [assignAll(a), stray, { ...assignAll(a) }],
      },
      { at: AT },
    )._unsafeUnwrap();
    expect(report.skipped.map((s) => [s.source, s.index, s.id, s.reason])).toEqual([
      ["relationships", 1, "a", "duplicate relationship ID a: the first one is audited"],
      ["relationships", 2, undefined, "it has no ID"],
      ["relationships", 3, "x", 'its status "lost" is not a Graph relationship status (GDAP-1)'],
      ["accessAssignments", 1, "stray", 'its relationship "nowhere" is not in the book (GDAP-6)'],
      [
        "accessAssignments",
        2,
        assignAll(a).id,
        `duplicate access assignment ID ${assignAll(a).id}: the first one is audited`,
      ],
    ]);
    expect(report.summary).toMatchObject({ relationships: 1, accessAssignments: 1, skipped: 5 });
  });

  it("AUDIT-3 a duplicate assignment is found within its relationship, however many assignments it has", () => {
    const a = activeEnding("a", "c1", 100);
    const many = Array.from({ length: 20 }, (_, i) => ({ ...assignAll(a), id: `as-${i}` }));
    const report = auditPartnerBook(
      {
        relationships: [a],
        accessAssignments: [...many, { ...assignAll(a), id: "as-17" }, { ...assignAll(a), id: "as-3" }],
      },
      { at: AT },
    )._unsafeUnwrap();
    expect(report.skipped.map((s) => [s.index, s.id])).toEqual([
      [20, "as-17"],
      [21, "as-3"],
    ]);
    expect(report.summary.accessAssignments).toBe(20);
  });

  it("AUDIT-5 a relationship created without a customer (GDAP-4) is audited, under no customer, listed last", () => {
    const open = { ...createdSince("open", "c1", 3) };
    delete (open as { customer?: string }).customer;
    const late = activeEnding("late", "c2", 0.5);
    const report = auditPartnerBook(
      { relationships: [open, late], accessAssignments: [assignAll(late)] },
      { at: AT },
    )._unsafeUnwrap();
    expect(report.findings.map((f) => [f.kind, f.customer])).toEqual([
      ["expiringSoon", { id: "c2" }],
      ["leftInCreated", {}],
    ]);
    expect(formatAuditReport(report)).toContain("(no customer yet)");
    expect(report.skipped).toEqual([]);
  });

  it("AUDIT-7 an active relationship without a customer is skipped, never counted as covering anyone", () => {
    const { customer: _, ...orphan } = activeEnding("orphan", "c1", 100);
    const report = auditPartnerBook(
      { relationships: [orphan as never], accessAssignments: [], customers: [{ id: "c1", displayName: "Contoso" }] },
      { at: AT },
    )._unsafeUnwrap();
    expect(report.skipped[0]?.reason).toMatch(/without a customer \(GDAP-4/);
    expect(ofKind(report, "customerWithoutGdap")).toHaveLength(1);
  });

  it("AUDIT-1 the readers' faults are listed as skipped with their message, and a throwing getter skips only its item", () => {
    const a = activeEnding("a", "c1", 100);
    const trap = {
      get id(): string {
        throw new Error("boom");
      },
    };
    const report = auditPartnerBook(
      {
        relationships: [trap as never, a],
        accessAssignments: [assignment(a, "g", a.roles)],
        faults: [
          { message: "value[3].status: expected one of …" },
          "plain text",
          42,
          { index: 2, issues: [{ path: "value[2].id", expected: "an identifier", found: "null" }, {}] },
        ],
      },
      { at: AT },
    )._unsafeUnwrap();
    expect(report.skipped.map((s) => s.reason)).toEqual([
      "reading it threw (a getter or proxy in the input)",
      "value[3].status: expected one of …",
      "plain text",
      "a page item the reader could not read",
      "page item 2: value[2].id: expected an identifier, found null (and 1 more)",
    ]);
    expect(report.summary.relationships).toBe(1);
  });

  it("AUDIT-1 a bad instant or a book that is not one is an error value", () => {
    const book = { relationships: [], accessAssignments: [] };
    expect(auditPartnerBook(book, { at: Number.NaN })._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      path: "at",
    });
    expect(auditPartnerBook(null as never, { at: AT })._unsafeUnwrapErr()).toMatchObject({ path: "book" });
    expect(auditPartnerBook({ relationships: {} } as never, { at: AT })._unsafeUnwrapErr()).toMatchObject({
      path: "book.relationships",
    });
    expect(auditPartnerBook({ relationships: [] } as never, { at: AT })._unsafeUnwrapErr()).toMatchObject({
      path: "book.accessAssignments",
    });
    expect(auditPartnerBook(book, undefined as never).isErr()).toBe(true);
    const throwing = new Proxy(book, {
      get() {
        throw new Error("no");
      },
    });
    expect(auditPartnerBook(throwing, { at: AT })._unsafeUnwrapErr()).toMatchObject({ path: "book" });
  });

  const junk = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 });
  test.prop([fc.array(junk, { maxLength: 6 }), fc.array(junk, { maxLength: 6 }), fc.array(junk, { maxLength: 4 })])(
    "AUDIT-1 any junk in the book answers a report, never a throw, and every item is either audited or skipped",
    (relationships, accessAssignments, customers) => {
      const result = auditPartnerBook({ relationships, accessAssignments, customers } as never, { at: AT });
      const report = result._unsafeUnwrap();
      const skipped = (source: string) => report.skipped.filter((s) => s.source === source).length;
      expect(report.summary.relationships + skipped("relationships")).toBe(relationships.length);
      expect(report.summary.accessAssignments + skipped("accessAssignments")).toBe(accessAssignments.length);
    },
  );
});
