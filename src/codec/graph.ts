/**
 * Readers of Microsoft Graph v1.0 payloads: a `delegatedAdminRelationship` becomes a
 * {@link GdapRelationship}, a `delegatedAdminAccessAssignment` an {@link AccessAssignment},
 * and list responses (`{ "@odata.context", value: [...], "@odata.nextLink"? }`) lists of
 * them. They read Graph's property names (ISO 8601 instants with offsets and up to nine
 * fractional digits, duration strings, `customer.tenantId`,
 * `accessDetails.unifiedRoles[].roleDefinitionId`, `accessContainer.accessContainerId`)
 * and ignore every key they do not model (`@odata.type`, `@odata.etag`,
 * `@odata.context`, `customer.displayName`, a reseller relationship's
 * `indirectProviderTenantId`, …) without reading its value.
 *
 * What Graph does not carry is derived (see docs/codec.md, "Microsoft Graph"):
 * - the partner, and for an assignment its relationship and customer, come from the options;
 * - `requestExpiresDateTime` is `createdDateTime` plus the policy's `requestLifetimeDays` (GDAP-5);
 * - the users Graph does not name (`createdBy`, `approvedBy`, `terminationRequestedByUser`,
 *   `deletedBy`) are {@link GRAPH_UNKNOWN_USER} unless the options name them, and the side
 *   that asked for a termination is the partner unless the options say otherwise;
 * - `terminationRequestedDateTime`, `terminatedDateTime` and an assignment's
 *   `deletedDateTime` are `lastModifiedDateTime`; an expired relationship's
 *   `expiredDateTime` is `endDateTime` (or `lastModifiedDateTime` when Graph has none).
 *
 * `unknownFutureValue` (Graph's placeholder for a value added after this library) is
 * refused with an issue at `status` that says so: the library cannot tell what a status
 * it does not know allows, and guessing could grant access nobody consented to (INVAR-1).
 *
 * The mapped value must pass the same checks as the library's own JSON form (time order,
 * roles each once, …); a violation is reported at the Graph property it comes from.
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  ACCESS_ASSIGNMENT_STATUSES,
  type AccessAssignment,
  type AccessAssignmentFields,
  type AccessAssignmentStatus,
} from "../gdap/access-assignment.js";
import { type IsoDuration, ZERO_DURATION } from "../gdap/duration.js";
import {
  GDAP_STATUSES,
  type GdapRelationship,
  type GdapRelationshipFields,
  type GdapRelationshipId,
  type GdapStatus,
} from "../gdap/relationship.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import { type CustomerId, isIdentifier, type PartnerId, type UserId } from "../vocabulary/ids.js";
import { addDays, type Instant } from "../vocabulary/time.js";
import { accessAssignmentViolations } from "./access-assignment.js";
import {
  array,
  type DecodeContext,
  type Decoder,
  decode,
  decoder,
  FAULT,
  type Fault,
  nullable,
  object,
  optional,
  report,
  string,
  type Violation,
  visit,
} from "./decoder.js";
import { isoDurationDecoder } from "./duration.js";
import { displayNameDecoder, type FieldPath, gdapViolations } from "./gdap.js";
import { describeFound, type ParseError, type PathSegment } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { identifier, instant, roleId } from "./vocabulary.js";

/** The user ID the Graph readers record where Graph does not say who took a step. */
export const GRAPH_UNKNOWN_USER: UserId = "unknown";

/** Options of {@link parseGraphDelegatedAdminRelationship}. */
export interface GraphRelationshipOptions extends ParseOptions {
  /** The partner whose relationship it is (Graph's payload does not name it; it is the caller's tenant). */
  readonly partner: PartnerId;
  /** For `requestExpiresDateTime` (created + `gdap.requestLifetimeDays`). Default `DEFAULT_POLICY`. */
  readonly policy?: Policy;
  /** Who created it. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly createdBy?: UserId;
  /** Who approved it, once approved. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly approvedBy?: UserId;
  /** The side that asked for a termination. Default `"partner"`. */
  readonly terminationRequestedBy?: "partner" | "customer";
  /** The user who asked for a termination. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly terminationRequestedByUser?: UserId;
}

/** Options of {@link parseGraphAccessAssignment}. */
export interface GraphAccessAssignmentOptions extends ParseOptions {
  /** The relationship the assignment belongs to (the `{id}` of `…/delegatedAdminRelationships/{id}/accessAssignments`). */
  readonly relationship: GdapRelationshipId;
  /** The relationship's partner. */
  readonly partner: PartnerId;
  /** The relationship's customer. */
  readonly customer: CustomerId;
  /** Who deleted it, for a deleted assignment. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly deletedBy?: UserId;
}

/** A Graph list response: the items, and the link to the next page when there is one. */
export interface GraphCollection<T> {
  /** The items of this page, in Graph's order. */
  readonly value: readonly T[];
  /** `@odata.nextLink`: the URL of the next page, absent on the last one. */
  readonly nextLink?: string;
}

const IGNORE = { unknownKeys: "ignore" } as const;

/**
 * A Graph enumeration: one of `values`, with a plain issue for `unknownFutureValue`.
 *
 * @param values - the members the library knows
 * @param what - what the enumeration is, for the issue
 */
function graphEnum<const T extends string>(values: readonly T[], what: string): Decoder<T> {
  const known = `one of ${values.map((value) => JSON.stringify(value)).join(", ")}`;
  const future = `${known}: "unknownFutureValue" stands for a ${what} Microsoft Graph added after this version of partner-relationships, which does not know what it allows; upgrade the library (INVAR-1)`;
  return decoder(known, (input, ctx) => {
    if (!visit(ctx)) return FAULT;
    if ((values as readonly unknown[]).includes(input)) return input as T;
    return report(ctx, input === "unknownFutureValue" ? future : known, describeFound(input));
  });
}

const unifiedRoles = /* @__PURE__ */ object(
  {
    unifiedRoles: /* @__PURE__ */ array(/* @__PURE__ */ object({ roleDefinitionId: roleId }, IGNORE), { minLength: 1 }),
  },
  IGNORE,
);

const graphRelationship = /* @__PURE__ */ object(
  {
    id: identifier,
    displayName: displayNameDecoder,
    duration: isoDurationDecoder,
    autoExtendDuration: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(isoDurationDecoder)),
    status: /* @__PURE__ */ graphEnum(GDAP_STATUSES, "relationship status"),
    createdDateTime: instant,
    lastModifiedDateTime: instant,
    activatedDateTime: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(instant)),
    endDateTime: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(instant)),
    customer: /* @__PURE__ */ optional(
      /* @__PURE__ */ nullable(
        /* @__PURE__ */ object(
          {
            tenantId: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(identifier)),
            displayName: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ string())),
          },
          IGNORE,
        ),
      ),
    ),
    accessDetails: unifiedRoles,
  },
  IGNORE,
);

const graphAssignment = /* @__PURE__ */ object(
  {
    id: identifier,
    status: /* @__PURE__ */ graphEnum(ACCESS_ASSIGNMENT_STATUSES, "access assignment status"),
    createdDateTime: instant,
    lastModifiedDateTime: instant,
    accessContainer: /* @__PURE__ */ object(
      {
        accessContainerId: identifier,
        accessContainerType: /* @__PURE__ */ graphEnum(["securityGroup"], "kind of access container"),
      },
      IGNORE,
    ),
    accessDetails: unifiedRoles,
  },
  IGNORE,
);

const ROLE_PATH = ["accessDetails", "unifiedRoles"] as const;

/** A repeated role, at Graph's path of that role. */
const rolePath = (index: number | undefined): readonly PathSegment[] => [...ROLE_PATH, index ?? 0, "roleDefinitionId"];

/**
 * Where a field of the library's relationship comes from in Graph's payload, for the
 * facts a Graph payload can break: the customer and the activation are checked before
 * (`needed`), and the request expiry is derived from `createdDateTime`.
 */
const relationshipPath: FieldPath = (field, index) => {
  switch (field) {
    case "roles":
      return rolePath(index);
    case "terminationRequestedDateTime":
    case "terminatedDateTime":
      return ["lastModifiedDateTime"];
    case "expiredDateTime":
      return ["endDateTime"];
    default:
      return [field];
  }
};

/** Where a field of the library's assignment comes from in Graph's payload. */
const assignmentPath: FieldPath = (field, index) => {
  switch (field) {
    case "roles":
      return rolePath(index);
    case "deletedDateTime":
      return ["lastModifiedDateTime"];
    default:
      return [field];
  }
};

function option(ctx: DecodeContext, name: string, value: unknown): value is string {
  if (isIdentifier(value)) return true;
  report(
    ctx,
    `an identifier in the option ${name} (a non-empty string of at most 256 characters)`,
    describeFound(value),
  );
  return false;
}

/** Reports a field the status needs and Graph left null or out. */
function needed<T>(
  ctx: DecodeContext,
  value: T | null | undefined,
  at: readonly PathSegment[],
  why: string,
): value is T {
  if (value !== null && value !== undefined) return true;
  report(ctx, why, value === null ? "null" : "nothing (the field is missing)", at);
  return false;
}

/**
 * Reports the violations of a mapped value, each once (several library fields map to one
 * Graph field, such as the termination times to `lastModifiedDateTime`); the value when
 * there is none.
 */
function checkedBy<T>(ctx: DecodeContext, value: T, violations: readonly Violation[]): T | Fault {
  const seen = new Set<string>();
  for (const violation of violations) {
    const key = JSON.stringify([violation.at, violation.expected, violation.found]);
    if (!seen.has(key)) report(ctx, violation.expected, violation.found, violation.at);
    seen.add(key);
  }
  return violations.length === 0 ? value : FAULT;
}

/**
 * The decoder of a Graph `delegatedAdminRelationship`, mapped to a {@link GdapRelationship}.
 *
 * @param options - the partner, the policy and the users Graph does not name
 */
function graphRelationshipDecoder(options: GraphRelationshipOptions): Decoder<GdapRelationship> {
  return decoder("a Microsoft Graph delegatedAdminRelationship", (input, ctx) => {
    if (!option(ctx, "partner", options.partner)) return FAULT;
    const graph = graphRelationship.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    const policy = options.policy ?? DEFAULT_POLICY;
    const unknown = GRAPH_UNKNOWN_USER;
    const fields: GdapRelationshipFields = {
      id: graph.id,
      displayName: graph.displayName,
      partner: options.partner,
      roles: graph.accessDetails.unifiedRoles.map((role): RoleId => role.roleDefinitionId),
      duration: graph.duration,
      autoExtendDuration: (graph.autoExtendDuration ?? ZERO_DURATION) as IsoDuration,
      createdDateTime: graph.createdDateTime,
      createdBy: options.createdBy ?? unknown,
      lastModifiedDateTime: graph.lastModifiedDateTime,
      requestExpiresDateTime: addDays(graph.createdDateTime, policy.gdap.requestLifetimeDays),
    };
    // Graph writes null for an absent customer or tenant ID; the issue says which it found.
    const graphCustomer = graph.customer;
    const hasCustomer = graphCustomer !== null && graphCustomer !== undefined;
    const tenantId = hasCustomer ? graphCustomer.tenantId : graphCustomer;
    const customer = tenantId ?? undefined;
    const status: GdapStatus = graph.status;
    const bound = "the customer's tenant ID: a relationship is bound to its customer from approval on (GDAP-4)";
    const activeSince = `an ISO 8601 date-time: a relationship that is ${status} was activated (GDAP-1)`;
    const endsAt = `an ISO 8601 date-time: a relationship that is ${status} has an end time (GDAP-2)`;
    const customerAt = hasCustomer ? ["customer", "tenantId"] : ["customer"];
    let relationship: GdapRelationship;
    switch (status) {
      case "created":
      case "approvalPending":
        relationship = customer === undefined ? { status, ...fields } : { status, ...fields, customer };
        break;
      case "approved":
      case "activating":
        if (!needed(ctx, tenantId, customerAt, bound)) return FAULT;
        relationship = { status, ...fields, customer: tenantId, approvedBy: options.approvedBy ?? unknown };
        break;
      default: {
        const activated = graph.activatedDateTime;
        if (status === "expired" && (activated === null || activated === undefined)) {
          relationship = {
            status,
            ...fields,
            ...(customer === undefined ? {} : { customer }),
            expiredBecause: "requestNotApproved",
            expiredDateTime: graph.endDateTime ?? graph.lastModifiedDateTime,
          };
          break;
        }
        const okCustomer = needed(ctx, tenantId, customerAt, bound);
        const okActivated = needed(ctx, activated, ["activatedDateTime"], activeSince);
        const okEnd = needed(ctx, graph.endDateTime, ["endDateTime"], endsAt);
        if (!okCustomer || !okActivated || !okEnd) return FAULT;
        const activation = {
          ...fields,
          customer: customer as CustomerId,
          approvedBy: options.approvedBy ?? unknown,
          activatedDateTime: activated as Instant,
          endDateTime: graph.endDateTime as Instant,
        };
        const termination = {
          ...activation,
          terminationRequestedBy: options.terminationRequestedBy ?? "partner",
          terminationRequestedByUser: options.terminationRequestedByUser ?? unknown,
          terminationRequestedDateTime: graph.lastModifiedDateTime,
        };
        relationship =
          status === "expired"
            ? {
                status,
                ...activation,
                expiredBecause: "endDateTimeReached",
                expiredDateTime: graph.endDateTime as Instant,
              }
            : status === "terminated"
              ? { status, ...termination, terminatedDateTime: graph.lastModifiedDateTime }
              : status === "terminationRequested" || status === "terminating"
                ? { status, ...termination }
                : { status, ...activation };
      }
    }
    return checkedBy(ctx, relationship, gdapViolations(relationship, relationshipPath));
  });
}

/**
 * The decoder of a Graph `delegatedAdminAccessAssignment`, mapped to an {@link AccessAssignment}.
 *
 * @param options - the relationship, partner and customer, and who deleted it
 */
function graphAssignmentDecoder(options: GraphAccessAssignmentOptions): Decoder<AccessAssignment> {
  return decoder("a Microsoft Graph delegatedAdminAccessAssignment", (input, ctx) => {
    const okOptions = [
      option(ctx, "relationship", options.relationship),
      option(ctx, "partner", options.partner),
      option(ctx, "customer", options.customer),
    ];
    if (okOptions.includes(false)) return FAULT;
    const graph = graphAssignment.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    const fields: AccessAssignmentFields = {
      id: graph.id,
      relationship: options.relationship,
      partner: options.partner,
      customer: options.customer,
      group: graph.accessContainer.accessContainerId,
      roles: graph.accessDetails.unifiedRoles.map((role): RoleId => role.roleDefinitionId),
      createdDateTime: graph.createdDateTime,
      lastModifiedDateTime: graph.lastModifiedDateTime,
    };
    const status: AccessAssignmentStatus = graph.status;
    const assignment: AccessAssignment =
      status === "deleted"
        ? {
            status,
            ...fields,
            deletedDateTime: graph.lastModifiedDateTime,
            deletedBy: options.deletedBy ?? GRAPH_UNKNOWN_USER,
          }
        : { status, ...fields };
    return checkedBy(ctx, assignment, accessAssignmentViolations(assignment, assignmentPath));
  });
}

/**
 * The decoder of a Graph list response: `value` read with `item`, `@odata.nextLink` kept,
 * `@odata.context` and other annotations ignored. Issues inside items have paths such as
 * `value[3].accessDetails.unifiedRoles[1].roleDefinitionId`.
 *
 * @param item - the decoder of one item
 */
export function graphCollection<T>(item: Decoder<T>): Decoder<GraphCollection<T>> {
  const page = object(
    { value: array(item), "@odata.nextLink": optional(string({ minLength: 1 })) },
    { unknownKeys: "ignore" },
  );
  return decoder(page.expected, (input, ctx) => {
    const decoded = page.decode(input, ctx);
    if (decoded === FAULT) return FAULT;
    const next = decoded["@odata.nextLink"];
    return next === undefined ? { value: decoded.value } : { value: decoded.value, nextLink: next };
  });
}

/**
 * Reads a Microsoft Graph `delegatedAdminRelationship` (GET
 * `/tenantRelationships/delegatedAdminRelationships/{id}`) into a GDAP relationship
 * (INVAR-6: never throws; every fault with its Graph path). Unknown keys, `@odata.*`
 * included, are ignored; `unknownFutureValue` is refused (see the module).
 *
 * @param input - the parsed JSON body
 * @param options - the partner (required), the policy and the users Graph does not name, limits
 *
 * @example
 * ```ts
 * import { parseGraphDelegatedAdminRelationship } from "partner-relationships/codec";
 * const relationship = parseGraphDelegatedAdminRelationship(await response.json(), { partner: "fabrikam" });
 * ```
 */
export function parseGraphDelegatedAdminRelationship(
  input: unknown,
  options: GraphRelationshipOptions,
): Result<GdapRelationship, ParseError> {
  return decode(graphRelationshipDecoder(options), input, options);
}

/**
 * Reads a Graph list of relationships (GET `/tenantRelationships/delegatedAdminRelationships`):
 * `{ "@odata.context", value: [...], "@odata.nextLink"? }`.
 *
 * @param input - the parsed JSON body
 * @param options - as {@link parseGraphDelegatedAdminRelationship}, for every item
 */
export function parseGraphDelegatedAdminRelationships(
  input: unknown,
  options: GraphRelationshipOptions,
): Result<GraphCollection<GdapRelationship>, ParseError> {
  return decode(graphCollection(graphRelationshipDecoder(options)), input, options);
}

/**
 * Reads a Microsoft Graph `delegatedAdminAccessAssignment` (GET
 * `…/delegatedAdminRelationships/{id}/accessAssignments/{id}`) into an access assignment
 * (INVAR-6). The relationship, partner and customer come from the options.
 *
 * @param input - the parsed JSON body
 * @param options - the relationship, partner and customer (required), who deleted it, limits
 */
export function parseGraphAccessAssignment(
  input: unknown,
  options: GraphAccessAssignmentOptions,
): Result<AccessAssignment, ParseError> {
  return decode(graphAssignmentDecoder(options), input, options);
}

/**
 * Reads a Graph list of access assignments (GET `…/delegatedAdminRelationships/{id}/accessAssignments`).
 *
 * @param input - the parsed JSON body
 * @param options - as {@link parseGraphAccessAssignment}, for every item
 */
export function parseGraphAccessAssignments(
  input: unknown,
  options: GraphAccessAssignmentOptions,
): Result<GraphCollection<AccessAssignment>, ParseError> {
  return decode(graphCollection(graphAssignmentDecoder(options)), input, options);
}
