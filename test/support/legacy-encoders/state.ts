/**
 * Test oracle (issue 15): the hand-written state encoder as it was before the codec
 * derived its encoders from schemas, copied verbatim (only the imports and the name
 * changed). The differential property tests (test/codec/legacy-log.test.ts) hold the
 * schema-derived `stateToJson` to the same bytes. Keep it unchanged.
 */
import { allRelationships, type DomainState } from "partner-relationships";
import {
  accessAssignmentToJson,
  agreementToJson,
  autopilotDeviceToJson,
  azureSubscriptionToJson,
  gdapRelationshipToJson,
  invitationToJson,
  mpsaPurchaseSharingToJson,
  relationshipToJson,
  type StateJson,
} from "partner-relationships/codec";

/**
 * Writes the decider's state in its JSON form: each map's values in its order, the
 * relationships flattened customer by customer.
 *
 * @param state - the state
 *
 * @example
 * ```ts
 * const json = stateToJson(replay(events));
 * parseState(json); // Ok(a state equal to replay(events))
 * ```
 */
export function legacyStateToJson(state: DomainState): StateJson {
  return {
    invitations: [...state.invitations.values()].map(invitationToJson),
    relationships: allRelationships(state).map(relationshipToJson),
    agreements: [...state.agreements.values()].map(agreementToJson),
    gdapRelationships: [...state.gdapRelationships.values()].map(gdapRelationshipToJson),
    accessAssignments: [...state.accessAssignments.values()].map(accessAssignmentToJson),
    azureSubscriptions: [...state.azureSubscriptions.values()].map(azureSubscriptionToJson),
    autopilotDevices: [...state.autopilotDevices.values()].map(autopilotDeviceToJson),
    mpsaSharing: [...state.mpsaSharing.values()].map(mpsaPurchaseSharingToJson),
  };
}
