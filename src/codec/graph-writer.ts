/**
 * The Graph writer (GDAP-12): each partner step on GDAP as the Microsoft Graph v1.0
 * request that carries it out, as data — method, path, headers, body — never sent (the
 * library makes no HTTP call). Bodies are exactly what Graph's reference pages document
 * for the call; `If-Match` carries the entity's `@odata.etag` where Graph requires it
 * (update and delete of a relationship or an access assignment), and a request that
 * needs an etag the value does not carry is refused rather than written without it.
 *
 * | step | request |
 * |---|---|
 * | create a relationship | `POST /tenantRelationships/delegatedAdminRelationships` |
 * | update it (`created`; `autoExtendDuration` or removing Global Administrator while `active`) | `PATCH …/{id}` with `If-Match` |
 * | delete it (`created`) | `DELETE …/{id}` with `If-Match` |
 * | lock for approval, terminate | `POST …/{id}/requests` with `{ "action": … }` |
 * | create an access assignment | `POST …/{id}/accessAssignments` |
 * | update, delete it | `PATCH`, `DELETE …/{id}/accessAssignments/{assignmentId}` with `If-Match` |
 * | follow a long-running operation (GDAP-9) | `GET …/{id}/operations` with `Prefer: include-unknown-enum-members` |
 *
 * Paths are relative to {@link GRAPH_V1_ROOT}; IDs are percent-encoded.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { type InvalidInput, invalidInput } from "../errors.js";
import type { AccessAssignment } from "../gdap/access-assignment.js";
import { formatDuration, type IsoDuration } from "../gdap/duration.js";
import type { GdapRelationship, GdapRelationshipId } from "../gdap/relationship.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import { isIdentifier } from "../vocabulary/ids.js";

/** Microsoft Graph v1.0's root: a {@link GraphRequest}'s `path` is relative to it. */
export const GRAPH_V1_ROOT = "https://graph.microsoft.com/v1.0";

/** The collection of a partner's relationships, relative to {@link GRAPH_V1_ROOT}. */
export const GRAPH_RELATIONSHIPS_PATH = "/tenantRelationships/delegatedAdminRelationships";

/** A JSON value, as a request body holds it. */
export type GraphJson = string | number | boolean | null | readonly GraphJson[] | { readonly [key: string]: GraphJson };

/** One Microsoft Graph request as data (GDAP-12): what a caller sends, with its own HTTP client and token. */
export interface GraphRequest {
  /** The HTTP method. */
  readonly method: "GET" | "POST" | "PATCH" | "DELETE";
  /** The path, relative to {@link GRAPH_V1_ROOT}, IDs percent-encoded. */
  readonly path: string;
  /** The headers Graph asks for besides `Authorization`: `Content-Type`, `If-Match`, `Prefer`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, where the call has one. */
  readonly body?: GraphJson;
}

/** The partner's actions Graph carries as a `delegatedAdminRelationshipRequest` (GDAP-8). */
export type GraphPartnerAction = "lockForApproval" | "terminate";

/** The relationship fields a `PATCH` can carry (Graph's update page). */
export type GdapUpdatableField = "displayName" | "duration" | "customer" | "roles" | "autoExtendDuration";

const JSON_CONTENT = { "Content-Type": "application/json" } as const;

/** The path of one relationship. */
function relationshipPath(id: GdapRelationshipId): string {
  return `${GRAPH_RELATIONSHIPS_PATH}/${encodeURIComponent(id)}`;
}

/** `accessDetails` as Graph writes it. */
function accessDetails(roles: readonly RoleId[]): GraphJson {
  return { unifiedRoles: roles.map((role) => ({ roleDefinitionId: role })) };
}

function durationText(duration: IsoDuration): string {
  return formatDuration(duration);
}

/**
 * The headers of a request Graph asks `If-Match` for — with `Content-Type` when it has a
 * body — or the refusal naming what is missing (built as literals: no spread per request).
 */
function ifMatch(etag: unknown, what: string, json = false): Result<Readonly<Record<string, string>>, InvalidInput> {
  return typeof etag === "string" && etag.length > 0
    ? ok(json ? { "If-Match": etag, "Content-Type": "application/json" } : { "If-Match": etag })
    : err(
        invalidInput(
          "GDAP-12",
          "etag",
          `the ${what}'s @odata.etag: Graph requires it as If-Match (read it with a GET or LIST first)`,
          etag,
        ),
      );
}

/**
 * Runs a writer; a value whose reading throws (a getter, a proxy, a field of the wrong
 * type from plain JavaScript) is `invalid_input` at `path`, never a throw (INVAR-8).
 */
function guarded(path: string, write: () => Result<GraphRequest, InvalidInput>): Result<GraphRequest, InvalidInput> {
  try {
    return write();
  } catch {
    return err(invalidInput("GDAP-12", path, `a ${path} value of the library, as its steps make it`, undefined));
  }
}

function statusRefused(what: string, status: unknown, allowed: string): InvalidInput {
  return invalidInput("GDAP-12", "status", `a ${what} that is ${allowed}`, status);
}

/**
 * The request that creates a relationship (`POST /tenantRelationships/delegatedAdminRelationships`,
 * GDAP-12): its display name, duration, customer (tenant ID and display name, where
 * known; none for an open relationship, GDAP-4), roles and auto-extend duration.
 * Graph chooses the ID; the value's own ID is not sent.
 *
 * @param relationship - a relationship the library created (status `created`)
 * @returns the request, or `invalid_input` at `status` for any other status
 *
 * @example
 * ```ts
 * createGdapRelationship(input).andThen(graphCreateRelationshipRequest);
 * // Ok({ method: "POST", path: "/tenantRelationships/delegatedAdminRelationships", body: { displayName, duration: "P730D", … } })
 * ```
 */
export function graphCreateRelationshipRequest(relationship: GdapRelationship): Result<GraphRequest, InvalidInput> {
  return guarded("relationship", () => {
    if (relationship?.status !== "created") return err(statusRefused("relationship", relationship?.status, "created"));
    return ok({
      method: "POST",
      path: GRAPH_RELATIONSHIPS_PATH,
      headers: JSON_CONTENT,
      body: {
        displayName: relationship.displayName,
        duration: durationText(relationship.duration),
        ...customerJson(relationship),
        accessDetails: accessDetails(relationship.roles),
        autoExtendDuration: durationText(relationship.autoExtendDuration),
      },
    });
  });
}

function customerJson(relationship: GdapRelationship): { customer?: GraphJson } {
  const customer = (relationship as { customer?: string }).customer;
  if (customer === undefined) return {};
  const name = relationship.customerDisplayName;
  return { customer: name === undefined ? { tenantId: customer } : { tenantId: customer, displayName: name } };
}

/**
 * The request that updates a relationship (`PATCH …/delegatedAdminRelationships/{id}` with
 * `If-Match`, GDAP-12), carrying the named fields as the value holds them. Graph's update
 * page: any of them while `created`; while `active`, only `autoExtendDuration`, or the
 * roles without Global Administrator (a long-running operation, GDAP-9: Graph answers
 * `202 Accepted` with the operation in `Location`).
 *
 * @param relationship - the relationship as it should be after the update, with its etag
 * @param fields - what to send (default: every updatable field for `created`, the auto-extend duration for `active`)
 * @returns the request, or `invalid_input` (GDAP-12) for a status or field Graph refuses, or a missing etag
 *
 * @example
 * ```ts
 * setGdapAutoExtend(active, { autoExtendDuration: "P180D", by, at })
 *   .andThen((updated) => graphUpdateRelationshipRequest(updated, ["autoExtendDuration"]));
 * // Ok({ method: "PATCH", headers: { "If-Match": etag, … }, body: { autoExtendDuration: "P180D" } })
 * ```
 */
export function graphUpdateRelationshipRequest(
  relationship: GdapRelationship,
  fields?: readonly GdapUpdatableField[],
): Result<GraphRequest, InvalidInput> {
  return guarded("relationship", () => {
    const status = relationship?.status;
    if (status !== "created" && status !== "active")
      return err(statusRefused("relationship", status, "created or active (Graph's update page)"));
    const wanted: readonly GdapUpdatableField[] =
      fields ??
      (status === "created"
        ? ["displayName", "duration", "customer", "roles", "autoExtendDuration"]
        : ["autoExtendDuration"]);
    if (!Array.isArray(wanted) || wanted.length === 0)
      return err(invalidInput("GDAP-12", "fields", "at least one field to update", fields));
    const body: Record<string, GraphJson> = {};
    for (const [index, field] of wanted.entries()) {
      if (status === "active" && field !== "autoExtendDuration" && field !== "roles")
        return err(
          invalidInput(
            "GDAP-12",
            `fields[${index}]`,
            "autoExtendDuration or roles: an active relationship changes nothing else",
            field,
          ),
        );
      switch (field) {
        case "displayName":
          body.displayName = relationship.displayName;
          break;
        case "duration":
          body.duration = durationText(relationship.duration);
          break;
        case "customer": {
          const customer = customerJson(relationship).customer;
          if (customer !== undefined) body.customer = customer;
          break;
        }
        case "roles":
          body.accessDetails = accessDetails(relationship.roles);
          break;
        case "autoExtendDuration":
          body.autoExtendDuration = durationText(relationship.autoExtendDuration);
          break;
        default:
          return err(
            invalidInput(
              "GDAP-12",
              `fields[${index}]`,
              "displayName, duration, customer, roles or autoExtendDuration",
              field,
            ),
          );
      }
    }
    return patchRelationshipRequest(relationship, body);
  });
}

/**
 * A `PATCH` of a relationship with a body already written (GDAP-12), for callers that
 * change one property and need not build the whole value after the change.
 *
 * @param relationship - the relationship as it is now, with its etag
 * @param body - the properties to send, as Graph names them
 * @internal
 */
export function patchRelationshipRequest(
  relationship: Pick<GdapRelationship, "id" | "etag">,
  body: { readonly [key: string]: GraphJson },
): Result<GraphRequest, InvalidInput> {
  return ifMatch(relationship.etag, "relationship", true).map(
    (headers): GraphRequest => ({ method: "PATCH", path: relationshipPath(relationship.id), headers, body }),
  );
}

/** `accessDetails` as Graph writes it, for a caller with roles only (@internal). */
export const accessDetailsJson: (roles: readonly RoleId[]) => GraphJson = accessDetails;

/**
 * The request that deletes a relationship (`DELETE …/delegatedAdminRelationships/{id}` with
 * `If-Match`, GDAP-12); Graph deletes only a `created` one (GDAP-1).
 *
 * @param relationship - the created relationship, with its etag
 * @returns the request, or `invalid_input` (GDAP-12) for another status or a missing etag
 *
 * @example
 * ```ts
 * graphDeleteRelationshipRequest(created); // Ok({ method: "DELETE", path: ".../delegatedAdminRelationships/{id}", headers: { "If-Match": etag } })
 * ```
 */
export function graphDeleteRelationshipRequest(relationship: GdapRelationship): Result<GraphRequest, InvalidInput> {
  return guarded("relationship", () => {
    if (relationship?.status !== "created") return err(statusRefused("relationship", relationship?.status, "created"));
    return ifMatch(relationship.etag, "relationship").map(
      (headers): GraphRequest => ({ method: "DELETE", path: relationshipPath(relationship.id), headers }),
    );
  });
}

/**
 * The request that carries a partner action on a relationship (`POST …/{id}/requests`,
 * GDAP-8, GDAP-12): `lockForApproval` (a `created` relationship) or `terminate` (an
 * `active` one). Graph asks no `If-Match` here. The action is in force only once the
 * request Graph creates `succeeded` (GDAP-8).
 *
 * @param relationship - the relationship
 * @param action - `lockForApproval` or `terminate`
 * @returns the request, or `invalid_input` (GDAP-12) for an action or status Graph refuses
 *
 * @example
 * ```ts
 * graphRelationshipActionRequest(active, "terminate");
 * // Ok({ method: "POST", path: ".../delegatedAdminRelationships/{id}/requests", body: { action: "terminate" } })
 * ```
 */
export function graphRelationshipActionRequest(
  relationship: GdapRelationship,
  action: GraphPartnerAction,
): Result<GraphRequest, InvalidInput> {
  return guarded("relationship", () => {
    const needed = action === "lockForApproval" ? "created" : action === "terminate" ? "active" : undefined;
    if (needed === undefined)
      return err(invalidInput("GDAP-12", "action", "lockForApproval or terminate (a partner's actions)", action));
    if (relationship?.status !== needed)
      return err(statusRefused("relationship", relationship?.status, `${needed} to ${action}`));
    return ok({
      method: "POST",
      path: `${relationshipPath(relationship.id)}/requests`,
      headers: JSON_CONTENT,
      body: { action },
    });
  });
}

/** The path of one relationship's access assignments. */
function assignmentsPath(relationship: GdapRelationshipId): string {
  return `${relationshipPath(relationship)}/accessAssignments`;
}

/**
 * The request that creates an access assignment (`POST …/{id}/accessAssignments`, GDAP-6,
 * GDAP-12): the partner security group (`accessContainerType` `securityGroup`) and its roles.
 *
 * @param assignment - the assignment the library created (any status but `deleted`; its ID is not sent)
 * @returns the request, or `invalid_input` (GDAP-12) for a deleted assignment
 *
 * @example
 * ```ts
 * createAccessAssignment(active, input).andThen(graphCreateAccessAssignmentRequest);
 * ```
 */
export function graphCreateAccessAssignmentRequest(assignment: AccessAssignment): Result<GraphRequest, InvalidInput> {
  return guarded("assignment", () => {
    if (assignment?.status === "deleted" || typeof assignment?.relationship !== "string")
      return err(statusRefused("access assignment", assignment?.status, "not deleted, with its relationship"));
    return ok({
      method: "POST",
      path: assignmentsPath(assignment.relationship),
      headers: JSON_CONTENT,
      body: {
        accessContainer: { accessContainerId: assignment.group, accessContainerType: "securityGroup" },
        accessDetails: accessDetails(assignment.roles),
      },
    });
  });
}

function assignmentPath(assignment: AccessAssignment): string {
  return `${assignmentsPath(assignment.relationship)}/${encodeURIComponent(assignment.id)}`;
}

/**
 * The request that changes an access assignment's roles (`PATCH
 * …/accessAssignments/{assignmentId}` with `If-Match`, GDAP-12): Graph answers `202
 * Accepted` with a long-running operation (GDAP-9); the old roles stay in force until it
 * succeeds.
 *
 * @param assignment - the assignment with its new roles and its etag
 * @returns the request, or `invalid_input` (GDAP-12) if it is not active or has no etag
 *
 * @example
 * ```ts
 * graphUpdateAccessAssignmentRequest({ ...assignment, roles: [HELPDESK_ADMINISTRATOR] });
 * // Ok({ method: "PATCH", headers: { "If-Match": etag, … }, body: { accessDetails: { unifiedRoles: [...] } } })
 * ```
 */
export function graphUpdateAccessAssignmentRequest(assignment: AccessAssignment): Result<GraphRequest, InvalidInput> {
  return guarded("assignment", () => {
    if (assignment?.status !== "active") return err(statusRefused("access assignment", assignment?.status, "active"));
    return ifMatch(assignment.etag, "access assignment", true).map(
      (headers): GraphRequest => ({
        method: "PATCH",
        path: assignmentPath(assignment),
        headers,
        body: { accessDetails: accessDetails(assignment.roles) },
      }),
    );
  });
}

/**
 * The request that deletes an access assignment (`DELETE …/accessAssignments/{assignmentId}`
 * with `If-Match`, GDAP-12), from `pending`, `active` or `error` (GDAP-6).
 *
 * @param assignment - the assignment with its etag
 * @returns the request, or `invalid_input` (GDAP-12) for another status or a missing etag
 *
 * @example
 * ```ts
 * graphDeleteAccessAssignmentRequest(assignment); // Ok({ method: "DELETE", headers: { "If-Match": etag }, … })
 * ```
 */
export function graphDeleteAccessAssignmentRequest(assignment: AccessAssignment): Result<GraphRequest, InvalidInput> {
  return guarded("assignment", () => {
    const status = assignment?.status;
    if (status !== "pending" && status !== "active" && status !== "error")
      return err(statusRefused("access assignment", status, "pending, active or error"));
    return ifMatch(assignment.etag, "access assignment").map(
      (headers): GraphRequest => ({ method: "DELETE", path: assignmentPath(assignment), headers }),
    );
  });
}

/**
 * The request that lists a relationship's long-running operations (`GET …/{id}/operations`,
 * GDAP-9), with `Prefer: include-unknown-enum-members` so that Graph returns
 * `delegatedAdminRelationshipUpdate` (such as removing Global Administrator) rather than
 * `unknownFutureValue`. Poll it until the operation of a change `succeeded`.
 *
 * @param relationship - the relationship's ID
 * @returns the request, or `invalid_input` (GDAP-12) for a value that is not an identifier
 *
 * @example
 * ```ts
 * graphListOperationsRequest("5d027261-…");
 * // Ok({ method: "GET", path: ".../delegatedAdminRelationships/5d027261-…/operations", headers: { Prefer: "include-unknown-enum-members" } })
 * ```
 */
export function graphListOperationsRequest(relationship: GdapRelationshipId): Result<GraphRequest, InvalidInput> {
  return isIdentifier(relationship)
    ? ok(listOperationsRequest(relationship))
    : err(invalidInput("GDAP-12", "relationship", "a relationship ID", relationship));
}

/**
 * {@link graphListOperationsRequest} for an ID the caller already checked (the audit's remedies).
 *
 * @param relationship - a relationship ID
 * @internal
 */
export function listOperationsRequest(relationship: GdapRelationshipId): GraphRequest {
  return {
    method: "GET",
    path: `${relationshipPath(relationship)}/operations`,
    headers: { Prefer: "include-unknown-enum-members" },
  };
}
