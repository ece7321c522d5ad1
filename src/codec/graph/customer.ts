/**
 * The reader of Microsoft Graph's `delegatedAdminCustomer` (GET
 * `/tenantRelationships/delegatedAdminCustomers`) into a {@link DelegatedAdminCustomer}:
 * the customer's tenant ID (Graph's `tenantId`, which its `id` repeats), its display name
 * and `@odata.etag`. One or a list page item by item.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { DelegatedAdminCustomer } from "../../gdap/graph-records.js";
import { type Decoder, decode, decoder, FAULT, object, optional, report, string } from "../decoder.js";
import type { ParseError } from "../issues.js";
import type { ParseOptions } from "../limits.js";
import { identifier } from "../vocabulary.js";
import { etagField, IGNORE } from "./common.js";
import { type GraphCollection, graphCollection } from "./page.js";

const graphCustomer = /* @__PURE__ */ object(
  {
    "@odata.etag": etagField,
    id: /* @__PURE__ */ optional(identifier),
    tenantId: identifier,
    displayName: /* @__PURE__ */ string(),
  },
  IGNORE,
);

/** The decoder of a Graph `delegatedAdminCustomer`. */
export const graphCustomerDecoder: Decoder<DelegatedAdminCustomer> = /* @__PURE__ */ decoder(
  "a Microsoft Graph delegatedAdminCustomer",
  (input, ctx) => {
    const graph = graphCustomer.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    // Graph's id is the tenant ID; two different values leave the customer unknown.
    if (graph.id !== undefined && graph.id !== graph.tenantId)
      return report(
        ctx,
        `the tenant ID again (${JSON.stringify(graph.tenantId)}): Graph's id is the customer's tenant ID`,
        JSON.stringify(graph.id),
        ["id"],
      );
    const etag = graph["@odata.etag"];
    return {
      id: graph.tenantId,
      displayName: graph.displayName,
      ...(etag === null || etag === undefined ? {} : { etag }),
    };
  },
);

/**
 * Reads a Microsoft Graph `delegatedAdminCustomer` (GET
 * `/tenantRelationships/delegatedAdminCustomers/{id}`) into a {@link DelegatedAdminCustomer}
 * (INVAR-6): its tenant ID, display name and etag.
 *
 * @param input - the parsed JSON body
 * @param options - limits, if not the defaults
 *
 * @example
 * ```ts
 * parseGraphDelegatedAdminCustomer(body); // Ok({ id: "4fdbff88-…", displayName: "Contoso Inc", etag: "W/\"…\"" })
 * ```
 */
export function parseGraphDelegatedAdminCustomer(
  input: unknown,
  options?: ParseOptions,
): Result<DelegatedAdminCustomer, ParseError> {
  return decode(graphCustomerDecoder, input, options);
}

/**
 * Reads a Graph list page of customers (GET `/tenantRelationships/delegatedAdminCustomers`)
 * item by item (GDAP-11): the partner's customers, as AUDIT-7 needs them.
 *
 * @param input - the parsed JSON body
 * @param options - limits, if not the defaults
 */
export function parseGraphDelegatedAdminCustomers(
  input: unknown,
  options?: ParseOptions,
): Result<GraphCollection<DelegatedAdminCustomer>, ParseError> {
  return decode(graphCollection(graphCustomerDecoder), input, options);
}
