import {
  type AccessAssignment,
  type ActiveAccessAssignment,
  type ActiveGdap,
  type ApprovalPendingGdap,
  approveGdapRelationship,
  type CreatedGdap,
  createAccessAssignment,
  type DeletedAccessAssignment,
  type DomainError,
  type DomainErrorCode,
  deleteAccessAssignment,
  deleteGdapRelationship,
  type ExpiredGdap,
  ensureGdapStatus,
  type GdapRelationship,
  type GdapRelationshipIn,
  type GdapStatus,
  type GdapStatusNotAllowed,
  type IsoDuration,
  lockGdapForApproval,
  parseDuration,
  type Result,
  removeGlobalAdministrator,
  type TerminatedGdap,
  terminateGdapRelationship,
  updateGdapRelationship,
} from "partner-relationships";
import { describe, expectTypeOf, it } from "vitest";

declare const created: CreatedGdap;
declare const pending: ApprovalPendingGdap;
declare const active: ActiveGdap;
declare const expired: ExpiredGdap;
declare const terminated: TerminatedGdap;
declare const any: GdapRelationship;
declare const deleted: DeletedAccessAssignment;
declare const input: Parameters<typeof approveGdapRelationship>[1];

describe("GDAP typestate", () => {
  it("GDAP-1 steps accept only the statuses they are valid for", () => {
    expectTypeOf(approveGdapRelationship(pending, input)).toEqualTypeOf<Result<ActiveGdap, DomainError>>();
    // @ts-expect-error approving a created (not yet locked) relationship does not compile
    approveGdapRelationship(created, input);
    // @ts-expect-error updating a relationship that waits for approval does not compile
    updateGdapRelationship(pending, input);
    // @ts-expect-error deleting an active relationship does not compile
    deleteGdapRelationship(active, input);
    // @ts-expect-error locking an active relationship does not compile
    lockGdapForApproval(active, input);
    // @ts-expect-error terminating a terminated relationship does not compile
    terminateGdapRelationship(terminated, input);
    // @ts-expect-error an expired relationship cannot be approved (or restored)
    approveGdapRelationship(expired, input);
    // @ts-expect-error Global Administrator is removed only from an active relationship
    removeGlobalAdministrator(created, input);
    // @ts-expect-error a union holder must narrow first
    terminateGdapRelationship(any, input);
  });

  it("GDAP-1 ensureGdapStatus narrows the union to the statuses asked for", () => {
    expectTypeOf(ensureGdapStatus(any, ["active"])).toEqualTypeOf<Result<ActiveGdap, GdapStatusNotAllowed>>();
    expectTypeOf(ensureGdapStatus(any, ["created", "approvalPending"])).toEqualTypeOf<
      Result<CreatedGdap | ApprovalPendingGdap, GdapStatusNotAllowed>
    >();
    expectTypeOf<GdapRelationshipIn<"terminated">>().toEqualTypeOf<TerminatedGdap>();
    // GDAP-11: Graph's unknownFutureValue is a status value too (UnknownStatusGdap).
    expectTypeOf<GdapRelationship["status"]>().toEqualTypeOf<GdapStatus | "unknownFutureValue">();
  });

  it("GDAP-4 only approved relationships always have a customer", () => {
    expectTypeOf(active.customer).toEqualTypeOf<string>();
    expectTypeOf(pending.customer).toEqualTypeOf<string | undefined>();
  });

  it("GDAP-6 assignments are created only on active relationships; deleted ones are final", () => {
    // @ts-expect-error an access assignment needs an active relationship
    createAccessAssignment(pending, {} as Parameters<typeof createAccessAssignment>[1]);
    // @ts-expect-error a deleted assignment cannot be deleted again
    deleteAccessAssignment(deleted, input);
    expectTypeOf<ActiveAccessAssignment>().toExtend<AccessAssignment>();
  });

  it("GDAP-2 durations are typed values", () => {
    expectTypeOf(parseDuration("P2Y")).toEqualTypeOf<
      Result<IsoDuration, Extract<DomainError, { code: "invalid_duration" }>>
    >();
  });

  it("the GDAP error codes are in the DomainError union", () => {
    expectTypeOf<
      | "gdap_status_not_allowed"
      | "invalid_duration"
      | "global_admin_auto_extend"
      | "global_admin_removal_not_active"
      | "display_name_too_long"
      | "display_name_taken"
      | "customer_not_bound"
      | "gdap_request_expired"
      | "roles_outside_relationship"
      | "access_assignment_exists"
      | "access_assignment_status_not_allowed"
    >().toExtend<DomainErrorCode>();
  });
});
