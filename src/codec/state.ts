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
import { accessAssignmentDecoder } from "./access-assignment.js";
import { agreementDecoder } from "./agreement.js";
import type { Violation } from "./decoder.js";
import { autopilotDeviceDecoder, azureSubscriptionDecoder, mpsaPurchaseSharingDecoder } from "./facts.js";
import { gdapRelationshipDecoder } from "./gdap.js";
import { invitationDecoder } from "./invitation.js";
import { describeFound, type ParseError, type PathSegment } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { consentViolations } from "./reachable.js";
import { relationshipDecoder } from "./relationship.js";
import { array, type JsonOf, map, object, parserOf, refine, standardSchemaOf } from "./schema.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

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

/** The state's entities as lists, in the state's order: what `toState` reads and `stateToJson` writes. */
function toLists(state: DomainState): StateLists {
  return {
    invitations: [...state.invitations.values()],
    relationships: allRelationships(state),
    agreements: [...state.agreements.values()],
    gdapRelationships: [...state.gdapRelationships.values()],
    accessAssignments: [...state.accessAssignments.values()],
    azureSubscriptions: [...state.azureSubscriptions.values()],
    autopilotDevices: [...state.autopilotDevices.values()],
    mpsaSharing: [...state.mpsaSharing.values()],
  };
}

/**
 * The schema of a {@link DomainState}: each collection as an array of its entities in
 * the state's order, the relationships flattened customer by customer; read back into
 * fresh maps, refusing repeated keys and entities no step could have left.
 */
export const stateDecoder = /* @__PURE__ */ map(
  /* @__PURE__ */ refine(
    /* @__PURE__ */ object<StateLists>()({
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
  toLists,
);

/** A {@link DomainState} in JSON: each collection as an array, in the state's order. */
export type StateJson = JsonOf<typeof stateDecoder>;

/**
 * Parses the decider's state from untrusted input (INVAR-6), such as a stored snapshot
 * of an event-sourced system, to resume `decide` and `evolve` from it.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the state with fresh maps, or every issue with its path (such as `gdapRelationships[2].id`)
 */
export const parseState: (input: unknown, options?: ParseOptions) => Result<DomainState, ParseError> =
  /* @__PURE__ */ parserOf(stateDecoder);

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
export const stateToJson: (state: DomainState) => StateJson = stateDecoder.encode;

/** A Standard Schema v1 validator of decider states (vendor `partner-relationships`). */
export const stateSchema: StandardSchemaV1<unknown, DomainState> = /* @__PURE__ */ standardSchemaOf(stateDecoder);
