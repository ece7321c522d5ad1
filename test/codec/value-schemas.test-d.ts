/**
 * Each value schema's value type is the domain type, and each published JSON type (now
 * derived from the schema) is the hand-written one it replaced (test/support/legacy-encoders).
 */
import { describe, expectTypeOf, it } from "vitest";
import type { CustomerAgreement } from "../../src/agreement.js";
import type * as accessAssignment from "../../src/codec/access-assignment.js";
import type * as actor from "../../src/codec/actor.js";
import type * as agreement from "../../src/codec/agreement.js";
import type * as decision from "../../src/codec/decision.js";
import type * as facts from "../../src/codec/facts.js";
import type * as gdap from "../../src/codec/gdap.js";
import type * as invitation from "../../src/codec/invitation.js";
import type * as pending from "../../src/codec/pending.js";
import type * as policy from "../../src/codec/policy.js";
import type * as relationship from "../../src/codec/relationship.js";
import type { Infer } from "../../src/codec/schema.js";
import type { AutopilotDevice } from "../../src/facts/autopilot.js";
import type { AzureSubscription } from "../../src/facts/azure.js";
import type { MpsaPurchaseSharing } from "../../src/facts/mpsa.js";
import type { AccessAssignment } from "../../src/gdap/access-assignment.js";
import type { PendingGdapChange } from "../../src/gdap/graph-records.js";
import type { GdapChangeReport } from "../../src/gdap/pending.js";
import type { GdapRelationship } from "../../src/gdap/relationship.js";
import type { Invitation, PendingInvitation } from "../../src/invitation.js";
import type { Policy } from "../../src/policy.js";
import type { Relationship, RoleGrant } from "../../src/relationship.js";
import type { Actor } from "../../src/vocabulary/actors.js";
import type { Basis, Decision } from "../../src/vocabulary/decision.js";
import type * as legacyAccessAssignment from "../support/legacy-encoders/access-assignment.js";
import type * as legacyActor from "../support/legacy-encoders/actor.js";
import type * as legacyAgreement from "../support/legacy-encoders/agreement.js";
import type * as legacyDecision from "../support/legacy-encoders/decision.js";
import type * as legacyFacts from "../support/legacy-encoders/facts.js";
import type * as legacyGdap from "../support/legacy-encoders/gdap.js";
import type * as legacyInvitation from "../support/legacy-encoders/invitation.js";
import type * as legacyPending from "../support/legacy-encoders/pending.js";
import type * as legacyPolicy from "../support/legacy-encoders/policy.js";
import type * as legacyRelationship from "../support/legacy-encoders/relationship.js";
import type { Equal, Expect } from "../support/type-equality.js";

/** `A` when `A` and `B` are assignable to each other (the same values), `never` otherwise. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? A : never) : never;

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
        Expect<Equal<Infer<typeof invitation.invitationDecoder>, Invitation>>,
        Expect<Equal<Infer<typeof invitation.pendingInvitationDecoder>, PendingInvitation>>,
        Expect<Equal<Infer<typeof pending.pendingGdapChangeDecoder>, PendingGdapChange>>,
        Expect<Equal<Infer<typeof pending.gdapChangeReportDecoder>, GdapChangeReport>>,
        Expect<Equal<Infer<typeof gdap.gdapRelationshipDecoder>, GdapRelationship>>,
        Expect<Equal<Infer<typeof accessAssignment.accessAssignmentDecoder>, AccessAssignment>>,
        Expect<Equal<Infer<typeof facts.azureSubscriptionDecoder>, AzureSubscription>>,
        Expect<Equal<Infer<typeof facts.autopilotDeviceDecoder>, AutopilotDevice>>,
        Expect<Equal<Infer<typeof facts.mpsaPurchaseSharingDecoder>, MpsaPurchaseSharing>>,
      ]
    >().items.toEqualTypeOf<true>();
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
        Expect<Equal<invitation.InvitationJson, legacyInvitation.InvitationJson>>,
        Expect<Equal<invitation.RoleSlotJson, legacyInvitation.RoleSlotJson>>,
        Expect<Equal<invitation.InvitationFieldsJson, legacyInvitation.InvitationFieldsJson>>,
        Expect<Equal<invitation.PendingInvitationJson, legacyInvitation.PendingInvitationJson>>,
        Expect<Equal<invitation.AcceptedInvitationJson, legacyInvitation.AcceptedInvitationJson>>,
        Expect<Equal<invitation.CancelledInvitationJson, legacyInvitation.CancelledInvitationJson>>,
        Expect<Equal<invitation.ExpiredInvitationJson, legacyInvitation.ExpiredInvitationJson>>,
        Expect<Equal<pending.PendingGdapChangeJson, legacyPending.PendingGdapChangeJson>>,
        Expect<Equal<pending.GdapChangeReportJson, legacyPending.GdapChangeReportJson>>,
        Expect<Equal<gdap.GdapRelationshipFieldsJson, legacyGdap.GdapRelationshipFieldsJson>>,
        Expect<Equal<gdap.TerminatedGdapJson, legacyGdap.TerminatedGdapJson>>,
        Expect<Equal<gdap.ExpiredGdapJson, legacyGdap.ExpiredGdapJson>>,
        Expect<Equal<gdap.UnknownStatusGdapJson, legacyGdap.UnknownStatusGdapJson>>,
        Expect<Equal<accessAssignment.AccessAssignmentFieldsJson, legacyAccessAssignment.AccessAssignmentFieldsJson>>,
        Expect<Equal<accessAssignment.DeletedAccessAssignmentJson, legacyAccessAssignment.DeletedAccessAssignmentJson>>,
        Expect<Equal<facts.AzurePrincipalJson, legacyFacts.AzurePrincipalJson>>,
        Expect<Equal<facts.AzureRoleAssignmentJson, legacyFacts.AzureRoleAssignmentJson>>,
        Expect<Equal<facts.AzureSubscriptionJson, legacyFacts.AzureSubscriptionJson>>,
        Expect<Equal<facts.DeviceSourceJson, legacyFacts.DeviceSourceJson>>,
        Expect<Equal<facts.AutopilotDeviceJson, legacyFacts.AutopilotDeviceJson>>,
        Expect<Equal<facts.SettingChangeJson, legacyFacts.SettingChangeJson>>,
        Expect<Equal<facts.MpsaPurchaseSharingJson, legacyFacts.MpsaPurchaseSharingJson>>,
        Expect<
          Equal<
            accessAssignment.UnknownStatusAccessAssignmentJson,
            legacyAccessAssignment.UnknownStatusAccessAssignmentJson
          >
        >,
      ]
    >().items.toEqualTypeOf<true>();
  });

  it("INVAR-5 the JSON types that group statuses under one status union are, by value, the hand-written ones", () => {
    // One variant per status in the schema, one interface for two or four statuses by hand:
    // the same set of values (each assignable to the other), written differently.
    expectTypeOf<gdap.GdapRelationshipJson>().toEqualTypeOf<
      Same<gdap.GdapRelationshipJson, legacyGdap.GdapRelationshipJson>
    >();
    expectTypeOf<gdap.UnapprovedGdapJson>().toEqualTypeOf<
      Same<gdap.UnapprovedGdapJson, legacyGdap.UnapprovedGdapJson>
    >();
    expectTypeOf<gdap.ApprovedGdapJson>().toEqualTypeOf<Same<gdap.ApprovedGdapJson, legacyGdap.ApprovedGdapJson>>();
    expectTypeOf<gdap.ActiveGdapJson>().toEqualTypeOf<Same<gdap.ActiveGdapJson, legacyGdap.ActiveGdapJson>>();
    expectTypeOf<gdap.TerminationRequestedGdapJson>().toEqualTypeOf<
      Same<gdap.TerminationRequestedGdapJson, legacyGdap.TerminationRequestedGdapJson>
    >();
    expectTypeOf<accessAssignment.AccessAssignmentJson>().toEqualTypeOf<
      Same<accessAssignment.AccessAssignmentJson, legacyAccessAssignment.AccessAssignmentJson>
    >();
    expectTypeOf<accessAssignment.LiveAccessAssignmentJson>().toEqualTypeOf<
      Same<accessAssignment.LiveAccessAssignmentJson, legacyAccessAssignment.LiveAccessAssignmentJson>
    >();
  });
});
