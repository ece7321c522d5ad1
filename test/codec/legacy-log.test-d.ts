/**
 * Type tests of issue 15: each schema of commands, events, states and snapshots has the
 * domain type as its value type and the published `*Json` type as its JSON type, and
 * the derived JSON types are the hand-written ones they replace (kept as an oracle in
 * test/support/legacy-encoders/json.ts). A tagged union missing a variant, or a variant
 * missing a field, does not compile.
 */
import type {
  Actor,
  CoreEvent,
  DomainCommand,
  DomainEvent,
  DomainState,
  Instant,
  InvitationSentEvent,
  PartnerType,
  SendInvitationCommand,
} from "partner-relationships";
import * as codec from "partner-relationships/codec";
import { describe, expectTypeOf, it } from "vitest";
import type { commandDecoder } from "../../src/codec/command.js";
import type { snapshotDecoder } from "../../src/codec/document.js";
import type { coreEventDecoder, eventDecoder } from "../../src/codec/event.js";
import { type Infer, type JsonOf, object, type Schema, taggedUnion } from "../../src/codec/schema.js";
import type { stateDecoder } from "../../src/codec/state.js";
import type * as legacy from "../support/legacy-encoders/json.js";

declare const at: Schema<Instant, string>;
declare const id: Schema<string, string>;
declare const actor: Schema<Actor, codec.ActorJson>;
declare const partnerType: Schema<PartnerType, PartnerType>;
declare const invitationSent: Schema<InvitationSentEvent, codec.InvitationSentEventJson>;

/** `A` and `B` accept the same values (each assignable to the other). */
declare function sameValues<A, B>(check: [A] extends [B] ? ([B] extends [A] ? true : false) : false): void;

describe("schemas of commands, events, states and snapshots", () => {
  it("INVAR-5 each schema reads and writes the domain type", () => {
    expectTypeOf<Infer<typeof commandDecoder>>().toEqualTypeOf<DomainCommand>();
    expectTypeOf<Infer<typeof coreEventDecoder>>().toEqualTypeOf<CoreEvent>();
    expectTypeOf<Infer<typeof eventDecoder>>().toEqualTypeOf<DomainEvent>();
    expectTypeOf<Infer<typeof stateDecoder>>().toEqualTypeOf<DomainState>();
    expectTypeOf<Infer<typeof snapshotDecoder>>().toEqualTypeOf<codec.Snapshot>();
  });

  it("INVAR-5 each schema's JSON type is the published *Json type", () => {
    expectTypeOf<JsonOf<typeof commandDecoder>>().toEqualTypeOf<codec.CommandJson>();
    expectTypeOf<JsonOf<typeof coreEventDecoder>>().toEqualTypeOf<codec.CoreEventJson>();
    expectTypeOf<JsonOf<typeof eventDecoder>>().toEqualTypeOf<codec.EventJson>();
    expectTypeOf<JsonOf<typeof stateDecoder>>().toEqualTypeOf<codec.StateJson>();
    expectTypeOf<JsonOf<typeof snapshotDecoder>>().toEqualTypeOf<codec.SnapshotJson>();
    expectTypeOf(codec.commandToJson).returns.toEqualTypeOf<codec.CommandJson>();
    expectTypeOf(codec.eventToJson).returns.toEqualTypeOf<codec.EventJson>();
    expectTypeOf(codec.stateToJson).returns.toEqualTypeOf<codec.StateJson>();
    expectTypeOf(codec.snapshotToJson).returns.toEqualTypeOf<codec.SnapshotJson>();
  });

  it("INVAR-5 the derived JSON types hold the values the hand-written ones held", () => {
    sameValues<codec.CommandJson, legacy.LegacyCommandJson>(true);
    sameValues<codec.SendInvitationCommandJson, legacy.LegacySendInvitationCommandJson>(true);
    sameValues<codec.AcceptInvitationCommandJson, legacy.LegacyAcceptInvitationCommandJson>(true);
    sameValues<codec.CancelInvitationCommandJson, legacy.LegacyCancelInvitationCommandJson>(true);
    sameValues<codec.ExpireInvitationCommandJson, legacy.LegacyExpireInvitationCommandJson>(true);
    sameValues<codec.AcceptAgreementCommandJson, legacy.LegacyAcceptAgreementCommandJson>(true);
    sameValues<codec.RelationshipCommandJson, legacy.LegacyRelationshipCommandJson>(true);
    sameValues<codec.CreateGdapRelationshipCommandJson, legacy.LegacyCreateGdapRelationshipCommandJson>(true);
    sameValues<codec.UpdateGdapRelationshipCommandJson, legacy.LegacyUpdateGdapRelationshipCommandJson>(true);
    sameValues<codec.GdapRelationshipCommandJson, legacy.LegacyGdapRelationshipCommandJson>(true);
    sameValues<codec.SetGdapAutoExtendCommandJson, legacy.LegacySetGdapAutoExtendCommandJson>(true);
    sameValues<codec.AdvanceGdapRelationshipCommandJson, legacy.LegacyAdvanceGdapRelationshipCommandJson>(true);
    sameValues<codec.CreateAccessAssignmentCommandJson, legacy.LegacyCreateAccessAssignmentCommandJson>(true);
    sameValues<codec.UpdateAccessAssignmentCommandJson, legacy.LegacyUpdateAccessAssignmentCommandJson>(true);
    sameValues<codec.DeleteAccessAssignmentCommandJson, legacy.LegacyDeleteAccessAssignmentCommandJson>(true);
    sameValues<codec.RecordGdapRequestCommandJson, legacy.LegacyRecordGdapRequestCommandJson>(true);
    sameValues<codec.RecordGdapOperationCommandJson, legacy.LegacyRecordGdapOperationCommandJson>(true);
    sameValues<codec.RecordAzureSubscriptionCommandJson, legacy.LegacyRecordAzureSubscriptionCommandJson>(true);
    sameValues<codec.ProvisionAzureSubscriptionCommandJson, legacy.LegacyProvisionAzureSubscriptionCommandJson>(true);
    sameValues<codec.AzureRoleCommandJson, legacy.LegacyAzureRoleCommandJson>(true);
    sameValues<codec.RegisterAutopilotDeviceCommandJson, legacy.LegacyRegisterAutopilotDeviceCommandJson>(true);
    sameValues<codec.SetMpsaPurchaseSharingCommandJson, legacy.LegacySetMpsaPurchaseSharingCommandJson>(true);
    sameValues<codec.CoreEventJson, legacy.LegacyCoreEventJson>(true);
    sameValues<codec.EventJson, legacy.LegacyEventJson>(true);
    sameValues<codec.InvitationSentEventJson, legacy.LegacyInvitationSentEventJson>(true);
    sameValues<codec.InvitationAnsweredEventJson, legacy.LegacyInvitationAnsweredEventJson>(true);
    sameValues<codec.InvitationExpiredEventJson, legacy.LegacyInvitationExpiredEventJson>(true);
    sameValues<codec.AgreementAcceptedEventJson, legacy.LegacyAgreementAcceptedEventJson>(true);
    sameValues<codec.RelationshipEventJson, legacy.LegacyRelationshipEventJson>(true);
    sameValues<codec.GdapRelationshipChangedEventJson, legacy.LegacyGdapRelationshipChangedEventJson>(true);
    sameValues<codec.GdapRelationshipDeletedEventJson, legacy.LegacyGdapRelationshipDeletedEventJson>(true);
    sameValues<codec.AccessAssignmentChangedEventJson, legacy.LegacyAccessAssignmentChangedEventJson>(true);
    sameValues<codec.GdapChangeRecordedEventJson, legacy.LegacyGdapChangeRecordedEventJson>(true);
    sameValues<
      codec.AccessAssignmentOperationRecordedEventJson,
      legacy.LegacyAccessAssignmentOperationRecordedEventJson
    >(true);
    sameValues<codec.AzureSubscriptionChangedEventJson, legacy.LegacyAzureSubscriptionChangedEventJson>(true);
    sameValues<codec.AutopilotDeviceRegisteredEventJson, legacy.LegacyAutopilotDeviceRegisteredEventJson>(true);
    sameValues<codec.MpsaPurchaseSharingSetEventJson, legacy.LegacyMpsaPurchaseSharingSetEventJson>(true);
    sameValues<codec.StateJson, legacy.LegacyStateJson>(true);
    sameValues<codec.SnapshotJson, legacy.LegacySnapshotJson>(true);
    // The check itself can fail: a JSON type with a field too many is not the same.
    sameValues<codec.StateJson & { readonly extra: string }, legacy.LegacyStateJson>(false);
  });

  it("INVAR-5 a tagged union missing a variant, or a variant missing a field, does not compile", () => {
    const answered = { at, invitation: id, customer: id, partner: id, by: id };
    const pair = { at, customer: id, partner: id, by: id };
    const all = {
      InvitationSent: invitationSent,
      InvitationAccepted: answered,
      InvitationCancelled: answered,
      InvitationExpired: { at, invitation: id, customer: id, partner: id },
      AgreementAccepted: { at, customer: id, by: id },
      AdminRolesRemoved: pair,
      RelationshipDeleted: pair,
      RelationshipEndedByPartner: pair,
    };
    const { RelationshipEndedByPartner: _, ...withoutOne } = all;
    // The complete union compiles…
    taggedUnion<CoreEvent>()("type", all);
    // …one without RelationshipEndedByPartner does not,
    // @ts-expect-error the variant RelationshipEndedByPartner is missing
    taggedUnion<CoreEvent>()("type", withoutOne);
    // …nor one whose InvitationExpired forgets the partner,
    // @ts-expect-error the field partner is missing
    taggedUnion<CoreEvent>()("type", { ...all, InvitationExpired: { at, invitation: id, customer: id } });
    // …nor an object schema of a command without its optional field roles.
    // @ts-expect-error the optional field roles is missing
    object<Omit<SendInvitationCommand, "type">>()({ at, id, customer: id, partner: id, partnerType, by: actor });
  });
});
