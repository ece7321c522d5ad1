/**
 * A state's content as plain, cloneable values: each collection as a `Map` (the
 * relationships as a `Map` of `Map`s), in the state's order. The state's own maps are
 * persistent maps, which `structuredClone` cannot copy; this is what a test snapshots to
 * check that a call left a state as it was.
 */
import type { DomainState } from "partner-relationships";

/** The state's collections as plain `Map`s, in order. */
export function plainState(state: DomainState): Record<string, Map<string, unknown>> {
  const plain: Record<string, Map<string, unknown>> = {};
  for (const [name, collection] of Object.entries(state) as [string, ReadonlyMap<string, unknown>][])
    plain[name] =
      name === "relationships"
        ? new Map(
            [...collection].map(([customer, byPartner]) => [
              customer,
              new Map(byPartner as ReadonlyMap<string, unknown>),
            ]),
          )
        : new Map(collection);
  return plain;
}

/** A deep copy of the state's content (see {@link plainState}), to compare with later. */
export function snapshotState(state: DomainState): Record<string, Map<string, unknown>> {
  return structuredClone(plainState(state));
}
