/**
 * The reader of Microsoft Graph's `delegatedAdminRelationshipRequest` (GDAP-8) into a
 * {@link GdapRelationshipRequest}, one or a list page item by item. `action` and `status`
 * keep `unknownFutureValue` (and read a member Graph added after this version as
 * `unknownFutureValue`, GDAP-11); `running`, which Graph's own examples show, is read as
 * not yet succeeded. The relationship comes from the options (the `{id}` of
 * `…/delegatedAdminRelationships/{id}/requests`); `@odata.etag` is kept as `etag`.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { GDAP_REQUEST_ACTIONS, GDAP_REQUEST_STATUSES, type GdapRelationshipRequest } from "../../gdap/graph-records.js";
import type { GdapRelationshipId } from "../../gdap/relationship.js";
import { type Decoder, decode, decoder, FAULT, object } from "../decoder.js";
import type { ParseError } from "../issues.js";
import type { ParseOptions } from "../limits.js";
import { identifier, notBefore } from "../vocabulary.js";
import { checkedBy, etagField, graphEnum, graphInstant, IGNORE, option, optionsOf } from "./common.js";
import { type GraphCollection, graphCollection } from "./page.js";

/** Options of {@link parseGraphRelationshipRequest}. */
export interface GraphRelationshipChildOptions extends ParseOptions {
  /** The relationship it belongs to (the `{id}` of `…/delegatedAdminRelationships/{id}/…`). */
  readonly relationship: GdapRelationshipId;
}

const graphRequest = /* @__PURE__ */ object(
  {
    "@odata.etag": etagField,
    id: identifier,
    action: /* @__PURE__ */ graphEnum(GDAP_REQUEST_ACTIONS),
    status: /* @__PURE__ */ graphEnum(GDAP_REQUEST_STATUSES),
    createdDateTime: graphInstant,
    lastModifiedDateTime: graphInstant,
  },
  IGNORE,
);

/**
 * The decoder of a Graph `delegatedAdminRelationshipRequest`.
 *
 * @param options - the relationship
 */
export function graphRequestDecoder(options: GraphRelationshipChildOptions): Decoder<GdapRelationshipRequest> {
  return decoder("a Microsoft Graph delegatedAdminRelationshipRequest", (input, ctx) => {
    const relationship = optionsOf(options).relationship;
    if (!option(ctx, "relationship", relationship)) return FAULT;
    const graph = graphRequest.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    const etag = graph["@odata.etag"];
    const request: GdapRelationshipRequest = {
      id: graph.id,
      relationship,
      action: graph.action,
      status: graph.status,
      createdDateTime: graph.createdDateTime,
      lastModifiedDateTime: graph.lastModifiedDateTime,
      ...(etag === null || etag === undefined ? {} : { etag }),
    };
    const order = notBefore(
      ["lastModifiedDateTime"],
      request.lastModifiedDateTime,
      request.createdDateTime,
      "createdDateTime",
    );
    return checkedBy(ctx, request, order);
  });
}

/**
 * Reads a Microsoft Graph `delegatedAdminRelationshipRequest` (GET or POST
 * `…/delegatedAdminRelationships/{id}/requests`) into a {@link GdapRelationshipRequest}
 * (GDAP-8, INVAR-6). Its action is in force only once its status is `succeeded`.
 *
 * @param input - the parsed JSON body
 * @param options - the relationship (required), limits
 *
 * @example
 * ```ts
 * const request = parseGraphRelationshipRequest(body, { relationship: relationshipId });
 * if (request.isOk() && request.value.status === "succeeded") console.log(`${request.value.action} is in force`);
 * ```
 */
export function parseGraphRelationshipRequest(
  input: unknown,
  options: GraphRelationshipChildOptions,
): Result<GdapRelationshipRequest, ParseError> {
  return decode(graphRequestDecoder(options), input, options);
}

/**
 * Reads a Graph list page of requests (GET `…/delegatedAdminRelationships/{id}/requests`)
 * item by item (GDAP-8, GDAP-11).
 *
 * @param input - the parsed JSON body
 * @param options - the relationship (required), limits
 */
export function parseGraphRelationshipRequests(
  input: unknown,
  options: GraphRelationshipChildOptions,
): Result<GraphCollection<GdapRelationshipRequest>, ParseError> {
  return decode(graphCollection(graphRequestDecoder(options)), input, options);
}
