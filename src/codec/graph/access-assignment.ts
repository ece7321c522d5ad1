/**
 * The reader of Microsoft Graph's `delegatedAdminAccessAssignment` into an
 * {@link AccessAssignment}, one or a list page item by item. The group is
 * `accessContainer.accessContainerId` (a security group, the only container type the
 * library models); the relationship, partner and customer come from the options (Graph's
 * payload does not carry them); `@odata.etag` is kept as `etag`; a deleted assignment
 * was deleted at its `lastModifiedDateTime`. A status Graph added after this version is
 * an {@link partner-relationships!UnknownStatusAccessAssignment} (GDAP-11).
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  ACCESS_ASSIGNMENT_STATUSES,
  type AccessAssignment,
  type AccessAssignmentFields,
} from "../../gdap/access-assignment.js";
import type { GdapRelationshipId } from "../../gdap/relationship.js";
import type { RoleId } from "../../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../../vocabulary/ids.js";
import { accessAssignmentViolations } from "../access-assignment.js";
import { type Decoder, decode, decoder, FAULT, literal, object } from "../decoder.js";
import type { FieldPath } from "../gdap.js";
import type { ParseError } from "../issues.js";
import type { ParseOptions } from "../limits.js";
import { identifier } from "../vocabulary.js";
import {
  checkedBy,
  etagField,
  GRAPH_UNKNOWN_USER,
  graphInstant,
  graphMember,
  IGNORE,
  option,
  optionalOption,
  optionsOf,
  rolePath,
  unifiedRoles,
} from "./common.js";
import { type GraphCollection, graphCollection } from "./page.js";

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

const graphAssignment = /* @__PURE__ */ object(
  {
    "@odata.etag": etagField,
    id: identifier,
    status: /* @__PURE__ */ graphMember(ACCESS_ASSIGNMENT_STATUSES),
    createdDateTime: graphInstant,
    lastModifiedDateTime: graphInstant,
    accessContainer: /* @__PURE__ */ object(
      {
        accessContainerId: identifier,
        // The library models security groups only: another container type says nothing it can act on.
        accessContainerType: /* @__PURE__ */ literal(["securityGroup"]),
      },
      IGNORE,
    ),
    accessDetails: unifiedRoles,
  },
  IGNORE,
);

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

/**
 * The decoder of a Graph `delegatedAdminAccessAssignment`, mapped to an {@link AccessAssignment}.
 *
 * @param options - the relationship, partner and customer, and who deleted it
 */
export function graphAssignmentDecoder(options: GraphAccessAssignmentOptions): Decoder<AccessAssignment> {
  return decoder("a Microsoft Graph delegatedAdminAccessAssignment", (input, ctx) => {
    const given = optionsOf(options);
    const okOptions = [
      option(ctx, "relationship", given.relationship),
      option(ctx, "partner", given.partner),
      option(ctx, "customer", given.customer),
      optionalOption(ctx, "deletedBy", given.deletedBy),
    ];
    if (okOptions.includes(false)) return FAULT;
    const graph = graphAssignment.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    const etag = graph["@odata.etag"];
    const fields: AccessAssignmentFields = {
      id: graph.id,
      relationship: given.relationship as GdapRelationshipId,
      partner: given.partner as PartnerId,
      customer: given.customer as CustomerId,
      group: graph.accessContainer.accessContainerId,
      roles: graph.accessDetails.unifiedRoles.map((role): RoleId => role.roleDefinitionId),
      createdDateTime: graph.createdDateTime,
      lastModifiedDateTime: graph.lastModifiedDateTime,
      ...(etag === null || etag === undefined ? {} : { etag }),
    };
    const status = graph.status.value;
    const sent = graph.status.sent;
    const assignment: AccessAssignment =
      status === "deleted"
        ? {
            status,
            ...fields,
            deletedDateTime: graph.lastModifiedDateTime,
            deletedBy: given.deletedBy ?? GRAPH_UNKNOWN_USER,
          }
        : status === "unknownFutureValue" && sent !== undefined
          ? { status, ...fields, graphStatus: sent }
          : { status, ...fields };
    return checkedBy(ctx, assignment, accessAssignmentViolations(assignment, assignmentPath));
  });
}

/**
 * Reads a Microsoft Graph `delegatedAdminAccessAssignment` (GET
 * `…/delegatedAdminRelationships/{id}/accessAssignments/{id}`, or a create response)
 * into an access assignment (INVAR-6). The relationship, partner and customer come from
 * the options; the etag is kept; a status this version does not know gives an
 * {@link partner-relationships!UnknownStatusAccessAssignment} (GDAP-11).
 *
 * @param input - the parsed JSON body
 * @param options - the relationship, partner and customer (required), who deleted it, limits
 *
 * @example
 * ```ts
 * const assignment = parseGraphAccessAssignment(body, { relationship: id, partner: "fabrikam", customer: tenantId });
 * ```
 */
export function parseGraphAccessAssignment(
  input: unknown,
  options: GraphAccessAssignmentOptions,
): Result<AccessAssignment, ParseError> {
  return decode(graphAssignmentDecoder(options), input, options);
}

/**
 * Reads a Graph list page of access assignments (GET
 * `…/delegatedAdminRelationships/{id}/accessAssignments`) item by item (GDAP-11): the
 * assignments that parse, a fault per item that does not, and `@odata.nextLink`.
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
