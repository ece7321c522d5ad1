/**
 * Reads a book item by item into the audit's working records, once (linear): each
 * relationship with its assignments, requests and operations indexed by relationship
 * ID, the customers by tenant ID. An item that cannot be audited (not an object, no ID,
 * a duplicate ID, an unknown status, an assignment for a relationship not in the book,
 * a throwing getter) is skipped with its reason, never thrown on and never dropped in
 * silence.
 *
 * @internal
 * @module
 */
import type { AccessAssignment } from "../gdap/access-assignment.js";
import { durationFromInput, isZeroDuration } from "../gdap/duration.js";
import { UNKNOWN_FUTURE_VALUE } from "../gdap/graph-records.js";
import { GDAP_STATUSES, type GdapRelationship } from "../gdap/relationship.js";
import { canonicalRoleId, GLOBAL_ADMINISTRATOR, type RoleId } from "../vocabulary/directory-roles.js";
import { isInstant } from "../vocabulary/time.js";
import type { AuditSkipped } from "./finding.js";
import type { AuditBook } from "./options.js";

/** An access assignment as the audit reads it. */
export interface AuditAssignment {
  /** The value as given. */
  readonly value: AccessAssignment;
  /** Its status as reported (Graph's `unknownFutureValue` included). */
  readonly status: string;
  /** Its roles, lower-cased (role IDs compare case-insensitively, GDAP-11). */
  readonly roles: readonly RoleId[];
}

/** A request or operation of a relationship, as the audit reads it. */
export interface AuditPending {
  /** Its ID. */
  readonly id: string;
  /** Its action or operation type. */
  readonly what: string;
  /** Its status. */
  readonly status: string;
  /** For an operation: the roles its `data` sets, lower-cased, where it says. */
  readonly roles?: readonly RoleId[];
}

/** A relationship as the audit reads it, with what hangs off it. */
export interface AuditRelationship {
  /** The value as given. */
  readonly value: GdapRelationship;
  /** Its status as reported (Graph's `unknownFutureValue` included). */
  readonly status: string;
  /** Its customer's tenant ID, where it has one. */
  readonly customer: string | undefined;
  /** Its roles, lower-cased. */
  readonly roles: readonly RoleId[];
  /** Whether it holds Global Administrator (GDAP-2). */
  readonly globalAdministrator: boolean;
  /** Whether its auto-extend duration is none. */
  readonly autoExtendOff: boolean;
  /** Its access assignments. */
  readonly assignments: AuditAssignment[];
  /** Its requests (GDAP-8) and operations (GDAP-9), where it has any. */
  pending: AuditPending[] | undefined;
  /** Its assignments' IDs, once it has many (a short list is scanned instead). */
  ids?: Set<string>;
}

/** The book, read. */
export interface ReadBook {
  /** The relationships kept, in input order. */
  readonly relationships: readonly AuditRelationship[];
  /** Display names by customer tenant ID, from `customers`. */
  readonly customerNames: ReadonlyMap<string, string>;
  /** The customers of `customers`, in input order, each once. */
  readonly customers: readonly string[];
  /** Access assignments kept. */
  readonly assignmentCount: number;
  /** What was skipped. */
  readonly skipped: readonly AuditSkipped[];
}

const STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([...GDAP_STATUSES, UNKNOWN_FUTURE_VALUE]);
const ASSIGNMENT_STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "pending",
  "active",
  "deleting",
  "deleted",
  "error",
  UNKNOWN_FUTURE_VALUE,
]);
const ACTIVE_LIKE: ReadonlySet<string> = /* @__PURE__ */ new Set(["active", "expiring"]);
const GLOBAL_ADMIN = canonicalRoleId(GLOBAL_ADMINISTRATOR);

type Source = AuditSkipped["source"];

/** A string ID, or undefined. */
function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

/** {@link idOf}, where reading the ID throws too. */
function safeId(value: unknown): string | undefined {
  try {
    return idOf(value);
  } catch {
    return undefined;
  }
}

/** Whether a text has an upper-case ASCII letter (role IDs are GUIDs: ASCII), read without making a new string. */
function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** Lower-cased role IDs, or a reason. */
function readRoles(roles: unknown): readonly RoleId[] | string {
  if (!Array.isArray(roles)) return "its roles are not a list";
  let canonical = true;
  for (const role of roles) {
    if (typeof role !== "string") return "a role is not a role template ID";
    if (canonical && hasUpperCase(role)) canonical = false;
  }
  // Most role IDs come lower-case already: the list is kept as it is (it is not changed).
  return canonical ? (roles as RoleId[]) : roles.map((role: RoleId) => canonicalRoleId(role));
}

const NOT_A_DURATION = "its auto-extend duration is not an ISO 8601 duration (GDAP-2)";
const DURATION_FIELDS = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"] as const;
const THREW = "reading it threw (a getter or proxy in the input)";

/** Whether an auto-extend duration is none, or a reason when it is not a duration. */
function autoExtendIsOff(value: unknown): boolean | string {
  if (value === undefined || value === null) return true;
  if (typeof value === "object") {
    // An IsoDuration: every field a non-negative safe integer (as isIsoDuration), read without a closure.
    let total = 0;
    for (const field of DURATION_FIELDS) {
      const n = (value as Record<string, unknown>)[field];
      if (!Number.isSafeInteger(n) || (n as number) < 0) return NOT_A_DURATION;
      total += n as number;
    }
    return total === 0;
  }
  const parsed = durationFromInput(value, "autoExtendDuration");
  return parsed.isOk() ? isZeroDuration(parsed.value) : NOT_A_DURATION;
}

/** The change a value holds as pending (`pending`, GDAP-8, GDAP-9), if it is readable. */
function heldChange(relationship: AuditRelationship, value: { pending?: unknown }): void {
  const pending = value.pending as { id?: unknown; action?: unknown; status?: unknown } | undefined;
  if (typeof pending !== "object" || pending === null) return;
  const { id, action, status } = pending;
  if (typeof id !== "string" || typeof action !== "string" || typeof status !== "string") return;
  addPending(relationship, { id, what: action, status });
}

/** Reads one relationship, or says why not. */
function readRelationship(value: unknown, byId: ReadonlyMap<string, AuditRelationship>): AuditRelationship | string {
  const id = idOf(value);
  if (id === undefined) return "it has no ID";
  if (byId.has(id)) return `duplicate relationship ID ${id}: the first one is audited`;
  const relationship = value as GdapRelationship;
  const status: unknown = relationship.status;
  if (typeof status !== "string" || !STATUSES.has(status))
    return `its status ${JSON.stringify(status)} is not a Graph relationship status (GDAP-1)`;
  if (typeof relationship.displayName !== "string") return "it has no display name (GDAP-3)";
  const roles = readRoles(relationship.roles);
  if (typeof roles === "string") return roles;
  const autoExtendOff = autoExtendIsOff(relationship.autoExtendDuration);
  if (typeof autoExtendOff === "string") return autoExtendOff;
  const customer = (relationship as { customer?: unknown }).customer;
  if (customer !== undefined && typeof customer !== "string") return "its customer is not a tenant ID (GDAP-4)";
  if (ACTIVE_LIKE.has(status)) {
    if (customer === undefined) return `it is ${status} without a customer (GDAP-4: approval binds one)`;
    const activated = (relationship as { activatedDateTime?: unknown }).activatedDateTime;
    const end = (relationship as { endDateTime?: unknown }).endDateTime;
    if (!isInstant(activated) || !isInstant(end)) return `it is ${status} without activation and end times (GDAP-2)`;
  }
  const read: AuditRelationship = {
    value: relationship,
    status,
    customer,
    roles,
    globalAdministrator: roles.includes(GLOBAL_ADMIN),
    autoExtendOff,
    assignments: [],
    pending: undefined,
  };
  // A change the library holds as pending on the value (GDAP-8, GDAP-9) counts as a request or operation.
  heldChange(read, relationship);
  return read;
}

/** Reads one access assignment and files it under its relationship, or says why not. */
function readAssignment(value: unknown, byId: ReadonlyMap<string, AuditRelationship>): AuditRelationship | string {
  const id = idOf(value);
  if (id === undefined) return "it has no ID";
  const assignment = value as AccessAssignment;
  const status: unknown = assignment.status;
  if (typeof status !== "string" || !ASSIGNMENT_STATUSES.has(status))
    return `its status ${JSON.stringify(status)} is not a Graph access assignment status (GDAP-6)`;
  const owner = typeof assignment.relationship === "string" ? byId.get(assignment.relationship) : undefined;
  if (owner === undefined)
    return `its relationship ${JSON.stringify(assignment.relationship)} is not in the book (GDAP-6)`;
  if (typeof assignment.group !== "string") return "it has no security group (GDAP-6)";
  const roles = readRoles(assignment.roles);
  if (typeof roles === "string") return roles;
  if (isKnown(owner, id)) return `duplicate access assignment ID ${id}: the first one is audited`;
  owner.assignments.push({ value: assignment, status, roles });
  return owner;
}

const SCAN_UP_TO = 16;

/**
 * Whether the relationship already has an assignment with this ID (an assignment is
 * identified within its relationship, as Graph's path `…/{id}/accessAssignments/{id}`
 * says); records the ID otherwise. Short lists are scanned, long ones get a set: linear.
 */
function isKnown(owner: AuditRelationship, id: string): boolean {
  const list = owner.assignments;
  if (owner.ids === undefined) {
    for (const each of list) if (each.value.id === id) return true;
    if (list.length < SCAN_UP_TO) return false;
    owner.ids = new Set(list.map((each) => each.value.id));
  }
  if (owner.ids.has(id)) return true;
  owner.ids.add(id);
  return false;
}

function addPending(relationship: AuditRelationship, pending: AuditPending): void {
  if (relationship.pending === undefined) relationship.pending = [pending];
  else relationship.pending.push(pending);
}

/** Reads one request or operation and files it under its relationship, or says why not. */
function readPending(
  value: unknown,
  byId: ReadonlyMap<string, AuditRelationship>,
  source: "requests" | "operations",
): AuditRelationship | string {
  const id = idOf(value);
  if (id === undefined) return "it has no ID";
  const record = value as { relationship?: unknown; status?: unknown; data?: { roles?: unknown } } & Record<
    string,
    unknown
  >;
  const owner = typeof record.relationship === "string" ? byId.get(record.relationship) : undefined;
  if (owner === undefined) return `its relationship ${JSON.stringify(record.relationship)} is not in the book`;
  const what = source === "requests" ? "action" : "operationType";
  const kind = record[what];
  if (typeof kind !== "string" || typeof record.status !== "string") return `it has no ${what} or status`;
  const roles = source === "operations" ? readRoles(record.data?.roles) : undefined;
  addPending(
    owner,
    roles === undefined || typeof roles === "string"
      ? { id, what: kind, status: record.status }
      : { id, what: kind, status: record.status, roles },
  );
  return owner;
}

/** Describes a reader's fault for the skipped list, without running code of the input. */
function describeFault(fault: unknown): string {
  if (typeof fault === "string") return fault;
  const record = fault as {
    message?: unknown;
    error?: { message?: unknown };
    index?: unknown;
    issues?: unknown;
  } | null;
  if (typeof record?.message === "string") return record.message;
  if (typeof record?.error?.message === "string") return record.error.message;
  // A list reader's fault (GDAP-11): { index, issues: [{ path, expected, found }] }.
  const issues = record?.issues;
  if (Array.isArray(issues) && issues.length > 0) {
    const first = issues[0] as { path?: unknown; expected?: unknown; found?: unknown };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    return `page item ${String(record?.index)}: ${String(first.path)}: expected ${String(first.expected)}, found ${String(first.found)}${more}`;
  }
  return "a page item the reader could not read";
}

/**
 * Reads the book (collections already checked to be arrays or absent), item by item, each
 * in its own guard: one unreadable item is skipped, the others are read.
 *
 * @param book - the book
 */
export function readBook(book: AuditBook): ReadBook {
  const skipped: AuditSkipped[] = [];
  const skip = (source: Source, index: number, item: unknown, reason: string): void => {
    const id = safeId(item);
    skipped.push(id === undefined ? { source, index, reason } : { source, index, id, reason });
  };
  const byId = new Map<string, AuditRelationship>();
  const relationships: AuditRelationship[] = [];
  const list = book.relationships;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    let read: AuditRelationship | string;
    try {
      read = readRelationship(item, byId);
    } catch {
      read = THREW;
    }
    if (typeof read === "string") skip("relationships", index, item, read);
    else {
      byId.set(read.value.id, read);
      relationships.push(read);
    }
  }

  let assignmentCount = 0;
  const assignments = book.accessAssignments;
  for (let index = 0; index < assignments.length; index++) {
    const item: unknown = assignments[index];
    let read: AuditRelationship | string;
    try {
      read = readAssignment(item, byId);
    } catch {
      read = THREW;
    }
    if (typeof read === "string") skip("accessAssignments", index, item, read);
    else assignmentCount++;
  }

  for (const source of ["requests", "operations"] as const) {
    const pending: readonly unknown[] = book[source] ?? [];
    for (let index = 0; index < pending.length; index++) {
      const item = pending[index];
      let read: AuditRelationship | string;
      try {
        read = readPending(item, byId, source);
      } catch {
        read = THREW;
      }
      if (typeof read === "string") skip(source, index, item, read);
    }
  }

  const customerNames = new Map<string, string>();
  const customers: string[] = [];
  const seenCustomers = new Set<string>();
  const given: readonly unknown[] = book.customers ?? [];
  for (let index = 0; index < given.length; index++) {
    const item = given[index];
    let reason: string | undefined;
    try {
      const id = idOf(item);
      if (id === undefined) reason = "it has no tenant ID";
      else if (seenCustomers.has(id)) reason = `duplicate customer ${id}: the first one is used`;
      else {
        seenCustomers.add(id);
        customers.push(id);
        const name = (item as { displayName?: unknown }).displayName;
        if (typeof name === "string") customerNames.set(id, name);
      }
    } catch {
      reason = THREW;
    }
    if (reason !== undefined) skip("customers", index, item, reason);
  }

  const faults: readonly unknown[] = book.faults ?? [];
  for (let index = 0; index < faults.length; index++) {
    let reason: string;
    try {
      reason = describeFault(faults[index]);
    } catch {
      reason = THREW;
    }
    skipped.push({ source: "faults", index, reason });
  }

  return { relationships, customerNames, customers, assignmentCount, skipped };
}
