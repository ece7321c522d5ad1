/**
 * The JSON form of the decider's state (`DomainState`): one array of entities per
 * collection, in the state's order, with the relationships as one flat array (grouped by
 * customer, as the state holds them). Parser, serialiser and Standard Schema.
 *
 * The maps' keys are not written: each is a field of its entity (`id`, `customer`, or a
 * relationship's customer–partner pair), so the parser rebuilds the maps from the arrays
 * and refuses two entities with the same key, with the path of the second.
 *
 * Order (INVAR-4): each array lists its map in the map's iteration order, which is
 * insertion order (the order in which `evolve`/`replay` first set each entity); the
 * parser sets the entities in the arrays' order, so writing, parsing and writing again
 * gives the same bytes.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { CustomerAgreement } from "../agreement.js";
import { draftOf } from "../decider/writer.js";
import type { AutopilotDevice } from "../facts/autopilot.js";
import type { AzureSubscription } from "../facts/azure.js";
import type { MpsaPurchaseSharing } from "../facts/mpsa.js";
import type { AccessAssignment } from "../gdap/access-assignment.js";
import type { GdapRelationship } from "../gdap/relationship.js";
import type { Invitation } from "../invitation.js";
import type { Relationship } from "../relationship.js";
import { allRelationships, type DomainState, initialState } from "../state.js";
import { type AccessAssignmentJson, accessAssignmentDecoder, accessAssignmentToJson } from "./access-assignment.js";
import { agreementDecoder, agreementToJson, type CustomerAgreementJson } from "./agreement.js";
import { array, type Decoder, decode, map, object, refine, type Violation } from "./decoder.js";
import {
  type AutopilotDeviceJson,
  type AzureSubscriptionJson,
  autopilotDeviceDecoder,
  autopilotDeviceToJson,
  azureSubscriptionDecoder,
  azureSubscriptionToJson,
  type MpsaPurchaseSharingJson,
  mpsaPurchaseSharingDecoder,
  mpsaPurchaseSharingToJson,
} from "./facts.js";
import { type GdapRelationshipJson, gdapRelationshipDecoder, gdapRelationshipToJson } from "./gdap.js";
import { type InvitationJson, invitationDecoder, invitationToJson } from "./invitation.js";
import { describeFound, type ParseError, type PathSegment } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { consentViolations } from "./reachable.js";
import { type RelationshipJson, relationshipDecoder, relationshipToJson } from "./relationship.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toStandardSchema } from "./to-standard-schema.js";

/** A {@link DomainState} in JSON: each collection as an array, in the state's order. */
export interface StateJson {
  /** Every invitation, each ID once. */
  readonly invitations: readonly InvitationJson[];
  /** Every relationship, one per customer–partner pair (REL-1), grouped by customer. */
  readonly relationships: readonly RelationshipJson[];
  /** The customers' Microsoft Customer Agreement states, one per customer; a customer not listed has not accepted. */
  readonly agreements: readonly CustomerAgreementJson[];
  /** Every GDAP relationship, each ID once (a deleted one is gone). */
  readonly gdapRelationships: readonly GdapRelationshipJson[];
  /** Every GDAP access assignment, each ID once. */
  readonly accessAssignments: readonly AccessAssignmentJson[];
  /** Every Azure subscription, each ID once. */
  readonly azureSubscriptions: readonly AzureSubscriptionJson[];
  /** Every Windows Autopilot device, each ID once. */
  readonly autopilotDevices: readonly AutopilotDeviceJson[];
  /** The customers' MPSA purchase-sharing settings, one per customer; a customer not listed has it off. */
  readonly mpsaSharing: readonly MpsaPurchaseSharingJson[];
}

/** The state's entities as arrays, decoded, before the maps are built. */
interface StateLists {
  readonly invitations: readonly Invitation[];
  readonly relationships: readonly Relationship[];
  readonly agreements: readonly CustomerAgreement[];
  readonly gdapRelationships: readonly GdapRelationship[];
  readonly accessAssignments: readonly AccessAssignment[];
  readonly azureSubscriptions: readonly AzureSubscription[];
  readonly autopilotDevices: readonly AutopilotDevice[];
  readonly mpsaSharing: readonly MpsaPurchaseSharing[];
}

function unique<T>(
  violations: Violation[],
  collection: string,
  items: readonly T[],
  key: (item: T) => string,
  at: readonly PathSegment[],
  what: string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      violations.push({
        at: [collection, index, ...at],
        expected: `${what} not already used by ${collection}[${first}]`,
        found: describeFound(value),
      });
  });
}

function keyViolations(lists: StateLists): Violation[] {
  const violations: Violation[] = [];
  const byId = (item: { readonly id: string }) => item.id;
  const byCustomer = (item: { readonly customer: string }) => item.customer;
  unique(violations, "invitations", lists.invitations, byId, ["id"], "an invitation ID");
  unique(
    violations,
    "relationships",
    lists.relationships,
    (relationship) => JSON.stringify([relationship.customer, relationship.partner]),
    [],
    "a customer–partner pair (one relationship per pair, REL-1)",
  );
  unique(violations, "agreements", lists.agreements, byCustomer, ["customer"], "a customer");
  unique(violations, "gdapRelationships", lists.gdapRelationships, byId, ["id"], "a GDAP relationship ID");
  unique(violations, "accessAssignments", lists.accessAssignments, byId, ["id"], "an access assignment ID");
  unique(violations, "azureSubscriptions", lists.azureSubscriptions, byId, ["id"], "a subscription ID");
  unique(violations, "autopilotDevices", lists.autopilotDevices, byId, ["id"], "a device ID");
  unique(violations, "mpsaSharing", lists.mpsaSharing, byCustomer, ["customer"], "a customer");
  return violations;
}

/** Every access assignment is on a GDAP relationship of the state (GDAP-6): none is created on a deleted one. */
function assignmentViolations(lists: StateLists): Violation[] {
  const ids = new Set(lists.gdapRelationships.map((relationship) => relationship.id));
  const violations: Violation[] = [];
  lists.accessAssignments.forEach((assignment, index) => {
    if (!ids.has(assignment.relationship))
      violations.push({
        at: ["accessAssignments", index, "relationship"],
        expected: "the ID of a GDAP relationship of the state (GDAP-6)",
        found: describeFound(assignment.relationship),
      });
  });
  return violations;
}

/**
 * The state of the decoded lists: each entity set in its list's order through the writer
 * `replay` uses, so the maps, their order and the indexes are those `replay` would build.
 */
function toState(lists: StateLists): DomainState {
  const draft = draftOf(initialState);
  for (const invitation of lists.invitations) draft.set("invitations", invitation.id, invitation);
  for (const relationship of lists.relationships) draft.relationship(relationship);
  for (const agreement of lists.agreements) draft.set("agreements", agreement.customer, agreement);
  for (const relationship of lists.gdapRelationships) draft.set("gdapRelationships", relationship.id, relationship);
  for (const assignment of lists.accessAssignments) draft.set("accessAssignments", assignment.id, assignment);
  for (const subscription of lists.azureSubscriptions) draft.set("azureSubscriptions", subscription.id, subscription);
  for (const device of lists.autopilotDevices) draft.set("autopilotDevices", device.id, device);
  for (const setting of lists.mpsaSharing) draft.set("mpsaSharing", setting.customer, setting);
  return draft.finish();
}

/** The decoder of a {@link DomainState}'s JSON form, for composing larger decoders. */
export const stateDecoder: Decoder<DomainState> = /* @__PURE__ */ map(
  /* @__PURE__ */ refine(
    /* @__PURE__ */ object({
      invitations: /* @__PURE__ */ array(invitationDecoder),
      relationships: /* @__PURE__ */ array(relationshipDecoder),
      agreements: /* @__PURE__ */ array(agreementDecoder),
      gdapRelationships: /* @__PURE__ */ array(gdapRelationshipDecoder),
      accessAssignments: /* @__PURE__ */ array(accessAssignmentDecoder),
      azureSubscriptions: /* @__PURE__ */ array(azureSubscriptionDecoder),
      autopilotDevices: /* @__PURE__ */ array(autopilotDeviceDecoder),
      mpsaSharing: /* @__PURE__ */ array(mpsaPurchaseSharingDecoder),
    }),
    (lists) => [
      ...keyViolations(lists),
      ...consentViolations(lists.invitations, lists.relationships, lists.agreements),
      ...assignmentViolations(lists),
    ],
  ),
  toState,
);

/**
 * Parses the decider's state from untrusted input (INVAR-6), such as a stored snapshot
 * of an event-sourced system, to resume `decide` and `evolve` from it.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the state with fresh maps, or every issue with its path (such as `gdapRelationships[2].id`)
 */
export function parseState(input: unknown, options?: ParseOptions): Result<DomainState, ParseError> {
  return decode(stateDecoder, input, options);
}

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
export function stateToJson(state: DomainState): StateJson {
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

/** A Standard Schema v1 validator of decider states (vendor `partner-relationships`). */
export const stateSchema: StandardSchemaV1<unknown, DomainState> = /* @__PURE__ */ toStandardSchema(parseState);
