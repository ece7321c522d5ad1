/**
 * Each value schema's value type is the domain type, and each published JSON type (now
 * derived from the schema) is the hand-written one it replaced (test/support/legacy-encoders).
 */
import { describe, expectTypeOf, it } from "vitest";
import type { CustomerAgreement } from "../../src/agreement.js";
import type * as actor from "../../src/codec/actor.js";
import type * as agreement from "../../src/codec/agreement.js";
import type * as decision from "../../src/codec/decision.js";
import type * as policy from "../../src/codec/policy.js";
import type * as relationship from "../../src/codec/relationship.js";
import type { Infer } from "../../src/codec/schema.js";
import type { Policy } from "../../src/policy.js";
import type { Relationship, RoleGrant } from "../../src/relationship.js";
import type { Actor } from "../../src/vocabulary/actors.js";
import type { Basis, Decision } from "../../src/vocabulary/decision.js";
import type * as legacyActor from "../support/legacy-encoders/actor.js";
import type * as legacyAgreement from "../support/legacy-encoders/agreement.js";
import type * as legacyDecision from "../support/legacy-encoders/decision.js";
import type * as legacyPolicy from "../support/legacy-encoders/policy.js";
import type * as legacyRelationship from "../support/legacy-encoders/relationship.js";
import type { Equal, Expect } from "../support/type-equality.js";

describe("value schemas", () => {
  it("INVAR-5 each schema decodes to its domain type", () => {
    expectTypeOf<
      [
        Expect<Equal<Infer<typeof actor.actorDecoder>, Actor>>,
        Expect<Equal<Infer<typeof agreement.agreementDecoder>, CustomerAgreement>>,
        Expect<Equal<Infer<typeof decision.basisDecoder>, Basis>>,
        Expect<Equal<Infer<typeof decision.decisionDecoder>, Decision>>,
        Expect<Equal<Infer<typeof policy.policyDecoder>, Policy>>,
        Expect<Equal<Infer<typeof relationship.roleGrantDecoder>, RoleGrant>>,
        Expect<Equal<Infer<typeof relationship.relationshipDecoder>, Relationship>>,
      ]
    >().toEqualTypeOf<[true, true, true, true, true, true, true]>();
  });

  it("INVAR-5 each published JSON type, derived from its schema, is the hand-written one it replaced", () => {
    expectTypeOf<
      [
        Expect<Equal<actor.ActorJson, legacyActor.ActorJson>>,
        Expect<Equal<actor.CustomerUserJson, legacyActor.CustomerUserJson>>,
        Expect<Equal<actor.PartnerUserJson, legacyActor.PartnerUserJson>>,
        Expect<Equal<agreement.CustomerAgreementJson, legacyAgreement.CustomerAgreementJson>>,
        Expect<Equal<agreement.AgreementAcceptedJson, legacyAgreement.AgreementAcceptedJson>>,
        Expect<Equal<agreement.AgreementNotAcceptedJson, legacyAgreement.AgreementNotAcceptedJson>>,
        Expect<Equal<decision.BasisJson, legacyDecision.BasisJson>>,
        Expect<Equal<decision.DecisionJson, legacyDecision.DecisionJson>>,
        Expect<Equal<policy.PolicyJson, legacyPolicy.PolicyJson>>,
        Expect<Equal<policy.GdapLimitsJson, legacyPolicy.GdapLimitsJson>>,
        Expect<Equal<relationship.RoleGrantJson, legacyRelationship.RoleGrantJson>>,
        Expect<Equal<relationship.RelationshipJson, legacyRelationship.RelationshipJson>>,
        Expect<Equal<relationship.ActiveRelationshipJson, legacyRelationship.ActiveRelationshipJson>>,
        Expect<Equal<relationship.EndedRelationshipJson, legacyRelationship.EndedRelationshipJson>>,
      ]
    >().toEqualTypeOf<[true, true, true, true, true, true, true, true, true, true, true, true, true, true]>();
  });
});
