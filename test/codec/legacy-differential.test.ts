/**
 * The schemas against the hand-written codecs they replaced (issue 15), kept verbatim in
 * test/support/legacy-encoders as the oracle: for every value type, the schema writes
 * byte-identical JSON, reads it back to the same value, and reads any input (valid,
 * damaged or hostile) with the same result and the same issues, paths and messages.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as accessAssignment from "../../src/codec/access-assignment.js";
import * as actor from "../../src/codec/actor.js";
import * as agreement from "../../src/codec/agreement.js";
import * as decision from "../../src/codec/decision.js";
import { type Decoder, decode } from "../../src/codec/decoder.js";
import * as facts from "../../src/codec/facts.js";
import * as gdap from "../../src/codec/gdap.js";
import * as invitation from "../../src/codec/invitation.js";
import * as pending from "../../src/codec/pending.js";
import * as policy from "../../src/codec/policy.js";
import * as relationship from "../../src/codec/relationship.js";
import {
  GDAP_CHANGE_ACTIONS,
  GDAP_OPERATION_STATUSES,
  GDAP_REQUEST_STATUSES,
  GDAP_UNSETTLED_STATUSES,
  type PendingGdapChange,
  UNKNOWN_FUTURE_VALUE,
} from "../../src/gdap/graph-records.js";
import type { GdapChangeReport } from "../../src/gdap/pending.js";
import * as legacyAccessAssignment from "../support/legacy-encoders/access-assignment.js";
import * as legacyActor from "../support/legacy-encoders/actor.js";
import * as legacyAgreement from "../support/legacy-encoders/agreement.js";
import * as legacyDecision from "../support/legacy-encoders/decision.js";
import * as legacyFacts from "../support/legacy-encoders/facts.js";
import * as legacyGdap from "../support/legacy-encoders/gdap.js";
import * as legacyInvitation from "../support/legacy-encoders/invitation.js";
import * as legacyPending from "../support/legacy-encoders/pending.js";
import * as legacyPolicy from "../support/legacy-encoders/policy.js";
import * as legacyRelationship from "../support/legacy-encoders/relationship.js";
import {
  accessAssignmentArb,
  actorArb,
  agreementArb,
  autopilotDeviceArb,
  azureSubscriptionArb,
  basisArb,
  decisionArb,
  gdapRelationshipArb,
  hostileValueArb,
  idArb,
  invitationArb,
  mpsaSharingArb,
  orderedInstants,
  pendingArb,
  policyArb,
  relationshipArb,
  roleGrantArb,
  roleIdArb,
} from "./arbitraries.js";

interface Pair<T> {
  readonly arb: fc.Arbitrary<T>;
  readonly encode: (value: T) => unknown;
  readonly legacyEncode: (value: T) => unknown;
  readonly decoder: Decoder<T>;
  readonly legacyDecoder: Decoder<T>;
}

const pair = <T>(pair: Pair<T>): Pair<unknown> => pair as unknown as Pair<unknown>;

const roleListArb = (minLength: number) => fc.uniqueArray(roleIdArb, { minLength, maxLength: 4 });

/** Changes held as pending (GDAP-8, GDAP-9): roles only on an access assignment's update, the last report not before the request. */
const pendingChangeArb: fc.Arbitrary<PendingGdapChange> = fc
  .tuple(
    fc.constantFrom(...GDAP_CHANGE_ACTIONS),
    fc.constantFrom("request" as const, "operation" as const),
    idArb,
    fc.constantFrom(...GDAP_UNSETTLED_STATUSES),
    actorArb,
    fc.option(roleListArb(1), { nil: undefined }),
    orderedInstants(2),
  )
  .map(([action, via, id, status, by, roles, [requested, modified]]) => {
    const change = { via, id, action, status, by, requestedDateTime: requested as number };
    return roles === undefined || action !== "updateAccessAssignment"
      ? { ...change, lastModifiedDateTime: modified as number }
      : { ...change, roles, lastModifiedDateTime: modified as number };
  });

/** Reports of requests and operations, with a status of their kind. */
const changeReportArb: fc.Arbitrary<GdapChangeReport> = fc
  .tuple(
    fc.constantFrom("request" as const, "operation" as const),
    idArb,
    fc.constantFrom(...GDAP_CHANGE_ACTIONS, UNKNOWN_FUTURE_VALUE),
    fc.nat(),
    fc.option(roleListArb(0), { nil: undefined }),
  )
  .map(([via, id, action, index, roles]) => {
    const statuses = [...(via === "request" ? GDAP_REQUEST_STATUSES : GDAP_OPERATION_STATUSES), UNKNOWN_FUTURE_VALUE];
    const status = statuses[index % statuses.length] as GdapChangeReport["status"];
    return roles === undefined ? { via, id, action, status } : { via, id, action, status, roles };
  });

/** A value with a change held as pending, or as it is. */
const withPending = <T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc
    .tuple(arb, fc.option(pendingChangeArb, { nil: undefined }))
    .map(([value, pending]) => (pending === undefined ? value : { ...value, pending }));

const pairs: Record<string, Pair<unknown>> = {
  actor: pair({
    arb: actorArb,
    encode: actor.actorToJson,
    legacyEncode: legacyActor.actorToJson,
    decoder: actor.actorDecoder,
    legacyDecoder: legacyActor.actorDecoder,
  }),
  agreement: pair({
    arb: agreementArb,
    encode: agreement.agreementToJson,
    legacyEncode: legacyAgreement.agreementToJson,
    decoder: agreement.agreementDecoder,
    legacyDecoder: legacyAgreement.agreementDecoder,
  }),
  basis: pair({
    arb: basisArb,
    encode: decision.basisToJson,
    legacyEncode: legacyDecision.basisToJson,
    decoder: decision.basisDecoder,
    legacyDecoder: legacyDecision.basisDecoder,
  }),
  decision: pair({
    arb: decisionArb,
    encode: decision.decisionToJson,
    legacyEncode: legacyDecision.decisionToJson,
    decoder: decision.decisionDecoder,
    legacyDecoder: legacyDecision.decisionDecoder,
  }),
  "role grant": pair({
    arb: roleGrantArb,
    encode: relationship.roleGrantToJson,
    legacyEncode: legacyRelationship.roleGrantToJson,
    decoder: relationship.roleGrantDecoder,
    legacyDecoder: legacyRelationship.roleGrantDecoder,
  }),
  relationship: pair({
    arb: relationshipArb,
    encode: relationship.relationshipToJson,
    legacyEncode: legacyRelationship.relationshipToJson,
    decoder: relationship.relationshipDecoder,
    legacyDecoder: legacyRelationship.relationshipDecoder,
  }),
  policy: pair({
    arb: policyArb,
    encode: policy.policyToJson,
    legacyEncode: legacyPolicy.policyToJson,
    decoder: policy.policyDecoder,
    legacyDecoder: legacyPolicy.policyDecoder,
  }),
  invitation: pair({
    arb: invitationArb,
    encode: invitation.invitationToJson,
    legacyEncode: legacyInvitation.invitationToJson,
    decoder: invitation.invitationDecoder,
    legacyDecoder: legacyInvitation.invitationDecoder,
  }),
  "pending invitation": pair({
    arb: pendingArb,
    encode: invitation.invitationToJson,
    legacyEncode: legacyInvitation.invitationToJson,
    decoder: invitation.pendingInvitationDecoder,
    legacyDecoder: legacyInvitation.pendingInvitationDecoder,
  }),
  "pending GDAP change": pair({
    arb: pendingChangeArb,
    encode: pending.pendingGdapChangeToJson,
    legacyEncode: legacyPending.pendingGdapChangeToJson,
    decoder: pending.pendingGdapChangeDecoder,
    legacyDecoder: legacyPending.pendingGdapChangeDecoder,
  }),
  "GDAP change report": pair({
    arb: changeReportArb,
    encode: pending.gdapChangeReportToJson,
    legacyEncode: legacyPending.gdapChangeReportToJson,
    decoder: pending.gdapChangeReportDecoder,
    legacyDecoder: legacyPending.gdapChangeReportDecoder,
  }),
  "GDAP relationship": pair({
    arb: withPending(gdapRelationshipArb),
    encode: gdap.gdapRelationshipToJson,
    legacyEncode: legacyGdap.gdapRelationshipToJson,
    decoder: gdap.gdapRelationshipDecoder,
    legacyDecoder: legacyGdap.gdapRelationshipDecoder,
  }),
  "access assignment": pair({
    arb: withPending(accessAssignmentArb),
    encode: accessAssignment.accessAssignmentToJson,
    legacyEncode: legacyAccessAssignment.accessAssignmentToJson,
    decoder: accessAssignment.accessAssignmentDecoder,
    legacyDecoder: legacyAccessAssignment.accessAssignmentDecoder,
  }),
  "Azure subscription": pair({
    arb: azureSubscriptionArb,
    encode: facts.azureSubscriptionToJson,
    legacyEncode: legacyFacts.azureSubscriptionToJson,
    decoder: facts.azureSubscriptionDecoder,
    legacyDecoder: legacyFacts.azureSubscriptionDecoder,
  }),
  "Autopilot device": pair({
    arb: autopilotDeviceArb,
    encode: facts.autopilotDeviceToJson,
    legacyEncode: legacyFacts.autopilotDeviceToJson,
    decoder: facts.autopilotDeviceDecoder,
    legacyDecoder: legacyFacts.autopilotDeviceDecoder,
  }),
  "MPSA purchase sharing": pair({
    arb: mpsaSharingArb,
    encode: facts.mpsaPurchaseSharingToJson,
    legacyEncode: legacyFacts.mpsaPurchaseSharingToJson,
    decoder: facts.mpsaPurchaseSharingDecoder,
    legacyDecoder: legacyFacts.mpsaPurchaseSharingDecoder,
  }),
};

/** A value's legacy JSON with one field (at any depth of the top object) dropped or replaced by a hostile value. */
function damaged(arb: fc.Arbitrary<unknown>, legacyEncode: (value: unknown) => unknown): fc.Arbitrary<unknown> {
  return fc.tuple(arb, fc.nat(), fc.boolean(), hostileValueArb).map(([value, index, drop, bad]) => {
    const json = JSON.parse(JSON.stringify(legacyEncode(value))) as Record<string, unknown>;
    const keys = Object.keys(json);
    const key = keys[index % keys.length] as string;
    if (drop) delete json[key];
    else json[key] = bad;
    return json;
  });
}

describe("schemas against the hand-written codecs they replaced (issue 15)", () => {
  for (const [name, { arb, encode, legacyEncode, decoder, legacyDecoder }] of Object.entries(pairs)) {
    it(`INVAR-5 the ${name} schema writes byte-identical JSON to the hand-written encoder, and reads it back to the same value`, () => {
      fc.assert(
        fc.property(arb, (value) => {
          const text = JSON.stringify(encode(value));
          expect(text).toBe(JSON.stringify(legacyEncode(value)));
          expect(decode(decoder, JSON.parse(text))._unsafeUnwrap()).toStrictEqual(value);
          expect(decode(decoder, encode(value))._unsafeUnwrap()).toStrictEqual(value);
        }),
      );
    });

    it(`INVAR-6 the ${name} schema reads damaged and hostile input with the hand-written decoder's result, issues, paths and messages`, () => {
      fc.assert(
        fc.property(fc.oneof(damaged(arb, legacyEncode), hostileValueArb), (input) => {
          expect(decode(decoder, input)).toStrictEqual(decode(legacyDecoder, input));
        }),
      );
    });
  }
});
