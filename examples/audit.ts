/**
 * Auditing a partner's whole book (AUDIT-1…AUDIT-7) from a Graph export: Fabrikam Cloud
 * Partners, a fictional partner with 40 customers, as Microsoft Graph's list pages in
 * examples/graph-export/ (customers and relationships paged with `@odata.nextLink`, each
 * relationship's access assignments, and the requests and operations of the
 * relationships that have some). The pages are read with the Graph readers item by item
 * (a faulty item is reported, never hiding the others), the book is audited at one
 * instant, and the report is printed: the text table, one remedy in full as the Graph
 * requests of GDAP-12, and the head of the CSV.
 *
 * Run it with `npx tsx -e 'import("./examples/audit.ts").then((m) => m.auditExample())'`
 * or through `npm run example`.
 */
import { existsSync, readFileSync } from "node:fs";
import {
  type AccessAssignment,
  type AuditReport,
  auditPartnerBook,
  auditReportToCsv,
  type DelegatedAdminCustomer,
  formatAuditReport,
  type GdapRelationship,
  type GdapRelationshipOperation,
  type GdapRelationshipRequest,
  type Result,
} from "partner-relationships";
import {
  GRAPH_V1_ROOT,
  type GraphCollection,
  type GraphItemFault,
  type ParseError,
  parseGraphAccessAssignments,
  parseGraphDelegatedAdminCustomers,
  parseGraphDelegatedAdminRelationships,
  parseGraphRelationshipOperations,
  parseGraphRelationshipRequests,
} from "partner-relationships/codec";
import { heading } from "./print.js";

/** The partner's tenant (Graph's pages do not name it: it is the caller's own). */
const PARTNER = "fabrikam-cloud-partners";
/** The instant of the audit. */
export const AUDIT_EXAMPLE_AT: number = Date.UTC(2026, 11, 1);
const EXPORT = new URL("./graph-export/", import.meta.url);
const TENANT_RELATIONSHIPS = `${GRAPH_V1_ROOT}/tenantRelationships/`;

/**
 * The export's file for a Graph URL: the path under `tenantRelationships/`, then
 * `.pageN` for a `$skiptoken=pageN`, then `.json`. Stands in for an HTTP GET.
 */
function fileOf(url: string): URL {
  const parsed = new URL(url);
  const path = decodeURIComponent(parsed.href.slice(TENANT_RELATIONSHIPS.length).split("?")[0] ?? "");
  const token = parsed.searchParams.get("$skiptoken");
  return new URL(`${path}${token === null ? "" : `.${token}`}.json`, EXPORT);
}

/** Reads every page of a list, following `@odata.nextLink`; faults are kept with the page they came from. */
function readAll<T>(
  url: string,
  read: (page: unknown) => Result<GraphCollection<T>, ParseError>,
  faults: string[],
): T[] {
  const items: T[] = [];
  let next: string | undefined = url;
  while (next !== undefined) {
    const file = fileOf(next);
    if (!existsSync(file)) return items; // the export holds requests and operations only where there are some
    const page = read(JSON.parse(readFileSync(file, "utf8")) as unknown);
    if (page.isErr()) {
      faults.push(`${next}: ${page.error.message}`);
      return items;
    }
    items.push(...page.value.value);
    for (const fault of page.value.faults) faults.push(describe(next, fault));
    next = page.value.nextLink;
  }
  return items;
}

function describe(url: string, fault: GraphItemFault): string {
  const first = fault.issues[0];
  const where = url.slice(TENANT_RELATIONSHIPS.length);
  return `${where} value[${fault.index}] not read: ${first === undefined ? "" : `${first.path}: expected ${first.expected}, found ${first.found}`}`;
}

/** Reads the export into a book, as a tool would from Graph. */
export function readExport(): {
  relationships: GdapRelationship[];
  accessAssignments: AccessAssignment[];
  requests: GdapRelationshipRequest[];
  operations: GdapRelationshipOperation[];
  customers: DelegatedAdminCustomer[];
  faults: string[];
} {
  const faults: string[] = [];
  const customers = readAll(
    `${TENANT_RELATIONSHIPS}delegatedAdminCustomers`,
    parseGraphDelegatedAdminCustomers,
    faults,
  );
  const relationships = readAll(
    `${TENANT_RELATIONSHIPS}delegatedAdminRelationships`,
    (page) => parseGraphDelegatedAdminRelationships(page, { partner: PARTNER }),
    faults,
  );
  const accessAssignments: AccessAssignment[] = [];
  const requests: GdapRelationshipRequest[] = [];
  const operations: GdapRelationshipOperation[] = [];
  for (const relationship of relationships) {
    const base = `${TENANT_RELATIONSHIPS}delegatedAdminRelationships/${relationship.id}`;
    const customer = relationship.customer;
    if (customer !== undefined)
      accessAssignments.push(
        ...readAll(
          `${base}/accessAssignments`,
          (page) => parseGraphAccessAssignments(page, { relationship: relationship.id, partner: PARTNER, customer }),
          faults,
        ),
      );
    const child = { relationship: relationship.id };
    requests.push(...readAll(`${base}/requests`, (page) => parseGraphRelationshipRequests(page, child), faults));
    operations.push(...readAll(`${base}/operations`, (page) => parseGraphRelationshipOperations(page, child), faults));
  }
  return { relationships, accessAssignments, requests, operations, customers, faults };
}

/**
 * Reads the export, audits it and prints the report.
 *
 * @param print - where the lines go (default `console.log`)
 * @returns the report
 */
export function auditExample(print: (line: string) => void = console.log): AuditReport {
  heading(
    "Auditing a partner's book from a Graph export (AUDIT-1…AUDIT-7)",
    "What a partner must see across all its customers at one instant: findings by severity, each with its remedy.",
    print,
  );
  const book = readExport();
  print(
    `Read ${book.customers.length} customers, ${book.relationships.length} relationships, ${book.accessAssignments.length} access assignments, ${book.requests.length} requests, ${book.operations.length} operations; ${book.faults.length} page items not read.\n`,
  );
  const result = auditPartnerBook(book, { at: AUDIT_EXAMPLE_AT });
  if (result.isErr()) throw new Error(result.error.message);
  const report = result.value;
  print(formatAuditReport(report));

  const blocked = report.findings.find(
    (finding) =>
      finding.kind === "autoExtendBlockedByGlobalAdministrator" &&
      finding.remedies[0]?.steps[0]?.request.method === "PATCH",
  );
  if (blocked !== undefined) {
    const remedy = blocked.remedies[0];
    print(`\nThe remedy for ${blocked.customer.displayName}, in full (GDAP-12): ${remedy?.description}`);
    remedy?.steps.forEach((step, index) => {
      const { method, path, headers, body } = step.request;
      print(`  ${index + 1}. ${method} ${GRAPH_V1_ROOT}${path}`);
      for (const [name, value] of Object.entries(headers)) print(`     ${name}: ${value}`);
      if (body !== undefined) print(`     ${JSON.stringify(body)}`);
      if (step.waitFor === "operationSucceeded" && step.poll !== undefined)
        print(`     then poll ${step.poll.method} ${step.poll.path} until the operation succeeded`);
      if (step.etagFrom === "previousStep") print("     with If-Match: the relationship's etag after step 1");
    });
  }
  const csv = auditReportToCsv(report).split("\r\n");
  print(`\nCSV (${csv.length - 2} rows), first lines:`);
  for (const line of csv.slice(0, 3)) print(`  ${line}`);
  return report;
}
