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
  readonly value: AccessAssignment & { readonly etag?: string };
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
  readonly customer?: string;
  /** Its roles, lower-cased. */
  readonly roles: readonly RoleId[];
  /** Whether it holds Global Administrator (GDAP-2). */
  readonly globalAdministrator: boolean;
  /** Whether its auto-extend duration is none. */
  readonly autoExtendOff: boolean;
  /** Its access assignments. */
  readonly assignments: AuditAssignment[];
  /** Its requests (GDAP-8). */
  readonly requests: AuditPending[];
  /** Its operations (GDAP-9). */
  readonly operations: AuditPending[];
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

/** Lower-cased role IDs, or a reason. */
function readRoles(roles: unknown): readonly RoleId[] | string {
  if (!Array.isArray(roles)) return "its roles are not a list";
  const out: RoleId[] = [];
  for (const role of roles) {
    if (typeof role !== "string") return "a role is not a role template ID";
    out.push(canonicalRoleId(role));
  }
  return out;
}

/** Reads one relationship, or says why not. */
function readRelationship(value: unknown): Omit<AuditRelationship, "assignments" | "requests" | "operations"> | string {
  if (typeof value !== "object" || value === null) return "not a relationship object";
  const relationship = value as GdapRelationship;
  const status: unknown = relationship.status;
  if (typeof status !== "string" || !STATUSES.has(status))
    return `its status ${JSON.stringify(status)} is not a Graph relationship status (GDAP-1)`;
  if (typeof relationship.displayName !== "string") return "it has no display name (GDAP-3)";
  const roles = readRoles(relationship.roles);
  if (typeof roles === "string") return roles;
  const autoExtend = durationFromInput(relationship.autoExtendDuration ?? "PT0S", "autoExtendDuration");
  if (autoExtend.isErr()) return `its auto-extend duration is not an ISO 8601 duration (GDAP-2)`;
  const customer = (relationship as { customer?: unknown }).customer;
  if (customer !== undefined && typeof customer !== "string") return "its customer is not a tenant ID (GDAP-4)";
  if (ACTIVE_LIKE.has(status)) {
    if (customer === undefined) return `it is ${status} without a customer (GDAP-4: approval binds one)`;
    const activated = (relationship as { activatedDateTime?: unknown }).activatedDateTime;
    const end = (relationship as { endDateTime?: unknown }).endDateTime;
    if (!isInstant(activated) || !isInstant(end)) return `it is ${status} without activation and end times (GDAP-2)`;
  }
  return {
    value: relationship,
    status,
    ...(customer === undefined ? {} : { customer }),
    roles,
    globalAdministrator: roles.includes(GLOBAL_ADMIN),
    autoExtendOff: isZeroDuration(autoExtend.value),
  };
}

/** Runs a reader on one item; a throw (a throwing getter, a revoked proxy) becomes a reason. */
function guarded<T>(read: () => T | string): T | string {
  try {
    return read();
  } catch {
    return "reading it threw (a getter or proxy in the input)";
  }
}

/** The change a value holds as pending (`pending`, GDAP-8, GDAP-9), if it is readable. */
function heldChange(value: unknown): ["requests" | "operations", AuditPending] | undefined {
  const pending = (value as { pending?: { via?: unknown; id?: unknown; action?: unknown; status?: unknown } }).pending;
  if (typeof pending !== "object" || pending === null) return undefined;
  const { via, id, action, status } = pending;
  if (typeof id !== "string" || typeof action !== "string" || typeof status !== "string") return undefined;
  return [via === "operation" ? "operations" : "requests", { id, what: action, status }];
}

/** Describes a reader's fault for the skipped list, without running code of the input. */
function describeFault(fault: unknown): string {
  if (typeof fault === "string") return fault;
  const message = (fault as { message?: unknown } | null)?.message;
  if (typeof message === "string") return message;
  const error = (fault as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof error === "string") return error;
  return "a page item the reader could not read";
}

/** Iterates a collection of the book that may be missing. */
function each(list: readonly unknown[] | undefined, visit: (item: unknown, index: number) => void): void {
  if (list === undefined) return;
  for (let index = 0; index < list.length; index++) visit(list[index], index);
}

/**
 * Reads the book (collections already checked to be arrays or absent).
 *
 * @param book - the book
 */
export function readBook(book: AuditBook): ReadBook {
  const skipped: AuditSkipped[] = [];
  const skip = (source: Source, index: number, id: string | undefined, reason: string): void => {
    skipped.push(id === undefined ? { source, index, reason } : { source, index, id, reason });
  };

  const byId = new Map<string, AuditRelationship>();
  const relationships: AuditRelationship[] = [];
  each(book.relationships, (item, index) => {
    const read = guarded(() => {
      const id = idOf(item);
      if (id === undefined) return "it has no ID";
      if (byId.has(id)) return `duplicate relationship ID ${id}: the first one is audited`;
      return readRelationship(item);
    });
    if (typeof read === "string") return skip("relationships", index, safeId(item), read);
    const relationship: AuditRelationship = { ...read, assignments: [], requests: [], operations: [] };
    // A change the library holds as pending on the value (GDAP-8, GDAP-9) counts as a request or operation.
    const held = guarded(() => heldChange(item));
    if (typeof held !== "string" && held !== undefined) relationship[held[0]].push(held[1]);
    byId.set(read.value.id, relationship);
    relationships.push(relationship);
  });

  const assignmentIds = new Set<string>();
  let assignmentCount = 0;
  each(book.accessAssignments, (item, index) => {
    const read = guarded((): [AuditRelationship, AuditAssignment] | string => {
      const id = idOf(item);
      if (id === undefined) return "it has no ID";
      if (assignmentIds.has(id)) return `duplicate access assignment ID ${id}: the first one is audited`;
      const assignment = item as AccessAssignment;
      const status: unknown = assignment.status;
      if (typeof status !== "string" || !ASSIGNMENT_STATUSES.has(status))
        return `its status ${JSON.stringify(status)} is not a Graph access assignment status (GDAP-6)`;
      const owner = typeof assignment.relationship === "string" ? byId.get(assignment.relationship) : undefined;
      if (owner === undefined)
        return `its relationship ${JSON.stringify(assignment.relationship)} is not in the book (GDAP-6)`;
      if (typeof assignment.group !== "string") return "it has no security group (GDAP-6)";
      const roles = readRoles(assignment.roles);
      if (typeof roles === "string") return roles;
      assignmentIds.add(id);
      return [owner, { value: assignment, status, roles }];
    });
    if (typeof read === "string") return skip("accessAssignments", index, safeId(item), read);
    read[0].assignments.push(read[1]);
    assignmentCount++;
  });

  const pending = (source: "requests" | "operations", what: "action" | "operationType") =>
    each(book[source], (item, index) => {
      const read = guarded((): [AuditRelationship, AuditPending] | string => {
        const id = idOf(item);
        if (id === undefined) return "it has no ID";
        const record = item as { relationship?: unknown; status?: unknown; data?: { roles?: unknown } } & Record<
          string,
          unknown
        >;
        const owner = typeof record.relationship === "string" ? byId.get(record.relationship) : undefined;
        if (owner === undefined) return `its relationship ${JSON.stringify(record.relationship)} is not in the book`;
        const kind = record[what];
        if (typeof kind !== "string" || typeof record.status !== "string") return `it has no ${what} or status`;
        const roles = source === "operations" ? readRoles(record.data?.roles) : undefined;
        return [
          owner,
          {
            id,
            what: kind,
            status: record.status,
            ...(roles === undefined || typeof roles === "string" ? {} : { roles }),
          },
        ];
      });
      if (typeof read === "string") return skip(source, index, safeId(item), read);
      read[0][source].push(read[1]);
    });
  pending("requests", "action");
  pending("operations", "operationType");

  const customerNames = new Map<string, string>();
  const customers: string[] = [];
  const seenCustomers = new Set<string>();
  each(book.customers, (item, index) => {
    const read = guarded((): [string, string | undefined] | string => {
      const id = idOf(item);
      if (id === undefined) return "it has no tenant ID";
      if (seenCustomers.has(id)) return `duplicate customer ${id}: the first one is used`;
      const name = (item as { displayName?: unknown }).displayName;
      return [id, typeof name === "string" ? name : undefined];
    });
    if (typeof read === "string") return skip("customers", index, safeId(item), read);
    seenCustomers.add(read[0]);
    customers.push(read[0]);
    if (read[1] !== undefined) customerNames.set(read[0], read[1]);
  });

  each(book.faults, (fault, index) =>
    skip(
      "faults",
      index,
      undefined,
      guarded(() => describeFault(fault)),
    ),
  );

  return { relationships, customerNames, customers, assignmentCount, skipped };
}
