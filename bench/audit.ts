/**
 * The audit benchmark (issue 16): a partner book of 10,000 customers × 3 relationships ×
 * 4 access assignments, as Microsoft Graph's list pages (relationships 300 a page, each
 * relationship's assignments one page), read with the Graph readers, then audited.
 * `vsParse` = audit time ÷ time to read the same pages, in the same run (goal ≤ 0.25).
 *
 * Reading is timed from pages already turned into JavaScript objects (`JSON.parse` is not
 * counted on either side). Each phase starts after a full garbage collection (under
 * `--expose-gc`) so that neither pays for the other's garbage. `seconds`, `parseSeconds`
 * and `vsParse` take the fastest of `rounds` runs of each phase: on a machine shared with
 * other work, interference only ever adds time, so the minimum is the steadiest estimate
 * of each; the medians are recorded beside them.
 *
 * `npm run bench` calls {@link auditBenchmark} and records its result under `audit` in
 * bench/results.json; `node --expose-gc --import tsx bench/audit.ts` runs it alone and
 * writes only that entry.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseGraphAccessAssignments, parseGraphDelegatedAdminRelationships } from "../src/codec/index.js";
import {
  type AccessAssignment,
  auditPartnerBook,
  type GdapRelationship,
  GLOBAL_ADMINISTRATOR,
  GLOBAL_READER,
  HELPDESK_ADMINISTRATOR,
  LICENSE_ADMINISTRATOR,
  MS_PER_DAY,
  PRIVILEGED_ROLE_ADMINISTRATOR,
  USER_ADMINISTRATOR,
} from "../src/index.js";

/** What {@link auditBenchmark} measures. */
export interface AuditBenchmark {
  /** Relationships in the book. */
  readonly relationships: number;
  /** Access assignments in the book. */
  readonly accessAssignments: number;
  /** Seconds of one audit of the whole book (the fastest run). */
  readonly seconds: number;
  /** Seconds to read every page with the Graph readers (the fastest run). */
  readonly parseSeconds: number;
  /** `seconds / parseSeconds` (goal ≤ 0.25). */
  readonly vsParse: number;
  /** The median audit and reading times, and their ratio. */
  readonly median: { readonly seconds: number; readonly parseSeconds: number; readonly vsParse: number };
  /** Findings of one audit. */
  readonly findings: number;
  /** Runs timed. */
  readonly rounds: number;
  /** Each audit's seconds, in run order. */
  readonly secondsPerRound: readonly number[];
  /** Each reading's seconds, in run order. */
  readonly parseSecondsPerRound: readonly number[];
}

/** The audit instant of the workload. */
export const AUDIT_AT = Date.UTC(2026, 11, 1);
const PARTNER = "fabrikam";
const ROOT = "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships";
const ROLES = [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR, GLOBAL_READER, LICENSE_ADMINISTRATOR] as const;

const iso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}.0000000Z`;
const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");
const guid = (kind: number, n: number): string => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;

/** Graph's pages of the workload: deterministic, a mix that gives every audit check work. */
export function auditWorkload(customers = 10_000, perCustomer = 3, perRelationship = 4) {
  const relationshipPages: unknown[] = [];
  const assignmentPages: { relationship: string; customer: string; page: unknown }[] = [];
  let page: unknown[] = [];
  let n = 0;
  for (let c = 0; c < customers; c++) {
    const tenant = guid(1, c);
    for (let r = 0; r < perCustomer; r++, n++) {
      const id = `${guid(2, n)}-${tenant}`;
      const kind = n % 10; // 0: GA, 1: expiring, 2: auto-extend off, 3: PRA; else healthy
      const roles =
        kind === 0
          ? [GLOBAL_ADMINISTRATOR, ...ROLES]
          : kind === 3
            ? [PRIVILEGED_ROLE_ADMINISTRATOR, ...ROLES]
            : [...ROLES];
      const activated = AUDIT_AT - (100 + (n % 500)) * MS_PER_DAY;
      const end = kind === 1 ? AUDIT_AT + (n % 30) * MS_PER_DAY + 3_600_000 : activated + 730 * MS_PER_DAY;
      page.push({
        "@odata.type": "#microsoft.graph.delegatedAdminRelationship",
        "@odata.etag": `W/"${hex(n, 16)}"`,
        id,
        displayName: `${kind === 4 ? "MLT_" : "Fabrikam "}${n}`,
        duration: "P730D",
        customer: { tenantId: tenant, displayName: `Customer ${c}` },
        accessDetails: { unifiedRoles: roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
        status: "active",
        autoExtendDuration: kind === 0 || kind === 1 || kind === 2 ? "PT0S" : "P180D",
        createdDateTime: iso(activated - MS_PER_DAY),
        lastModifiedDateTime: iso(activated),
        activatedDateTime: iso(activated),
        endDateTime: iso(end),
      });
      const assignments = [];
      for (let a = 0; a < perRelationship; a++)
        assignments.push({
          "@odata.type": "#microsoft.graph.delegatedAdminAccessAssignment",
          "@odata.etag": `W/"${hex(n, 12)}${hex(a, 4)}"`,
          id: guid(3, n * perRelationship + a),
          status: kind === 5 ? "deleted" : "active",
          createdDateTime: iso(activated),
          lastModifiedDateTime: iso(activated),
          accessContainer: { accessContainerId: guid(4, a), accessContainerType: "securityGroup" },
          accessDetails: {
            unifiedRoles: [{ roleDefinitionId: (a === 0 ? roles[0] : ROLES[a % ROLES.length]) as string }],
          },
        });
      assignmentPages.push({
        relationship: id,
        customer: tenant,
        page: { "@odata.context": `${ROOT}/$metadata#accessAssignments`, value: assignments },
      });
      if (page.length === 300) {
        relationshipPages.push({
          value: page,
          "@odata.nextLink": `${ROOT}?$skiptoken=${relationshipPages.length + 1}`,
        });
        page = [];
      }
    }
  }
  if (page.length > 0) relationshipPages.push({ value: page });
  return { relationshipPages, assignmentPages, relationships: n, assignments: n * perRelationship };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** The value a reader answers, with or without item-by-item faults. */
function itemsOf<T>(read: { isOk(): boolean; _unsafeUnwrap(): { value: readonly T[] } }): readonly T[] {
  if (!read.isOk()) throw new Error("the workload's pages must read without a fault");
  return read._unsafeUnwrap().value;
}

/**
 * Reads the workload's pages and audits the book, `rounds` times each.
 *
 * @param options - the size of the book and the rounds
 */
export function auditBenchmark({ customers = 10_000, rounds = 7 } = {}): AuditBenchmark {
  const work = auditWorkload(customers);
  const read = (): { relationships: GdapRelationship[]; accessAssignments: AccessAssignment[] } => {
    const relationships: GdapRelationship[] = [];
    const accessAssignments: AccessAssignment[] = [];
    for (const page of work.relationshipPages)
      for (const value of itemsOf(parseGraphDelegatedAdminRelationships(page, { partner: PARTNER })))
        relationships.push(value);
    for (const { relationship, customer, page } of work.assignmentPages)
      for (const value of itemsOf(parseGraphAccessAssignments(page, { relationship, partner: PARTNER, customer })))
        accessAssignments.push(value);
    return { relationships, accessAssignments };
  };
  const parseTimes: number[] = [];
  const auditTimes: number[] = [];
  let findings = 0;
  const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
  for (let round = 0; round < rounds; round++) {
    collect();
    const started = performance.now();
    const book = read();
    parseTimes.push((performance.now() - started) / 1000);
    collect();
    const auditStarted = performance.now();
    const report = auditPartnerBook(book, { at: AUDIT_AT });
    auditTimes.push((performance.now() - auditStarted) / 1000);
    if (report.isErr() || report.value.summary.relationships !== work.relationships)
      throw new Error("the audit must read every relationship of the workload");
    findings = report.value.findings.length;
  }
  const seconds = Math.min(...auditTimes);
  const parseSeconds = Math.min(...parseTimes);
  const medianSeconds = median(auditTimes);
  const medianParse = median(parseTimes);
  return {
    relationships: work.relationships,
    accessAssignments: work.assignments,
    seconds,
    parseSeconds,
    vsParse: seconds / parseSeconds,
    median: { seconds: medianSeconds, parseSeconds: medianParse, vsParse: medianSeconds / medianParse },
    findings,
    rounds,
    secondsPerRound: auditTimes,
    parseSecondsPerRound: parseTimes,
  };
}

if (process.argv[1]?.endsWith("bench/audit.ts")) {
  const result = auditBenchmark();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const path = new URL("./results.json", import.meta.url);
  const results = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  results.audit = result;
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
