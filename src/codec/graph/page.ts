/**
 * Graph list pages read item by item (GDAP-11): `{ "@odata.context", value: [...],
 * "@odata.nextLink"? }` gives the items that parse, a fault for each item that does not
 * (its index and its issues, with paths such as `value[3].status`), and the next page's
 * link. Only a payload that is not a collection (not an object, no `value` array, a
 * `value` over the limits, an `@odata.nextLink` that is not a non-empty string) is an `Err`.
 *
 * @module
 */
import { type Decoder, decoder, FAULT, itemByItem, object, optional, string } from "../decoder.js";
import type { ParseIssue } from "../issues.js";
import { IGNORE } from "./common.js";

/** An item of a Graph page that could not be read: its index in `value` and its issues, with their paths. */
export interface GraphItemFault {
  /** The item's index in `value`. */
  readonly index: number;
  /** Every issue of the item, each with its path from the payload's root, such as `value[3].status`. */
  readonly issues: readonly ParseIssue[];
}

/** A Graph list page, read item by item. */
export interface GraphCollection<T> {
  /** The items that parse, in Graph's order. */
  readonly value: readonly T[];
  /** One fault per item that does not parse, in Graph's order; empty when every item parsed. */
  readonly faults: readonly GraphItemFault[];
  /** `@odata.nextLink`: the URL of the next page, absent on the last one. */
  readonly nextLink?: string;
}

/**
 * The decoder of a Graph list page: `value` read item by item with `item`,
 * `@odata.nextLink` kept, `@odata.context` and other annotations ignored.
 *
 * @param item - the decoder of one item
 */
export function graphCollection<T>(item: Decoder<T>): Decoder<GraphCollection<T>> {
  const page = object({ value: itemByItem(item), "@odata.nextLink": optional(string({ minLength: 1 })) }, IGNORE);
  return decoder(
    `a Microsoft Graph collection: an object with an array value and an optional @odata.nextLink`,
    (input, ctx) => {
      const decoded = page.decode(input, ctx);
      if (decoded === FAULT) return FAULT;
      const next = decoded["@odata.nextLink"];
      const read = { value: decoded.value.value, faults: decoded.value.faults };
      return next === undefined ? read : { ...read, nextLink: next };
    },
  );
}
