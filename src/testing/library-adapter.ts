/**
 * The library itself behind the conformance kit's adapter: every step through `decide`
 * and `evolve` on one state, `holdsRole` over its relationships. The differential test
 * runs the reference model against it; a harness can use it as the reference system.
 *
 * @module
 */
import {
  allRelationships,
  DEFAULT_POLICY,
  type DomainCommand,
  type DomainState,
  decide,
  evolve,
  holdsRole,
  initialState,
  type Policy,
} from "partner-relationships";
import type { SyncPartnerSystemAdapter } from "./conformance.js";
import type { Outcome } from "./model.js";

/** A {@link SyncPartnerSystemAdapter} over the library, with the state it has reached. */
export interface LibraryAdapter extends SyncPartnerSystemAdapter {
  /** The state the steps have reached so far. */
  readonly state: () => DomainState;
}

/**
 * An adapter over this library's decider, starting from `from`.
 *
 * @param policy - the policy (default `DEFAULT_POLICY`)
 * @param from - the state to start from (default `initialState`)
 * @returns the adapter
 *
 * @example
 * ```ts
 * checkConformance(() => libraryAdapter()); // passes: the library conforms to the model
 * ```
 */
export function libraryAdapter(policy: Policy = DEFAULT_POLICY, from: DomainState = initialState): LibraryAdapter {
  let state = from;
  const step = (command: DomainCommand): Outcome =>
    decide(command, state, policy).match(
      (events): Outcome => {
        state = events.reduce(evolve, state);
        return { ok: true };
      },
      (error): Outcome => ({ ok: false, code: error.code }),
    );
  return {
    state: () => state,
    sendInvitation: (input) => step({ type: "SendInvitation", ...input }),
    acceptInvitation: (input) => step({ type: "AcceptInvitation", ...input }),
    cancelInvitation: (input) => step({ type: "CancelInvitation", ...input }),
    expireInvitation: (input) => step({ type: "ExpireInvitation", ...input }),
    acceptAgreement: (input) => step({ type: "AcceptAgreement", ...input }),
    removeAdminRoles: (input) => step({ type: "RemoveAdminRoles", ...input }),
    deleteRelationship: (input) => step({ type: "DeleteRelationship", ...input }),
    endRelationship: (input) => step({ type: "EndRelationship", ...input }),
    holdsRole: ({ customer, partner, role }) => holdsRole(allRelationships(state), { customer, partner, role }).allowed,
  };
}
