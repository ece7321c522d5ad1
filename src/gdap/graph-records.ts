/**
 * What Microsoft Graph v1.0 carries about GDAP besides relationships and access
 * assignments: the requests that carry partner and customer actions
 * (`delegatedAdminRelationshipRequest`, GDAP-8), the long-running operations that carry
 * some updates (`delegatedAdminRelationshipOperation`, GDAP-9), the partner's customers
 * (`delegatedAdminCustomer`), and the facts Graph adds to a relationship that the rules do
 * not decide but users need (the customer's display name, the etag Graph asks for as
 * `If-Match`, the indirect-reseller fields of GDAP-10).
 *
 * Every enumeration keeps Graph's `unknownFutureValue` (and, for evolvable enumerations,
 * members added after this version) as a value: the library treats such a value
 * conservatively (it grants nothing and decides nothing) and says so in its reasons
 * (GDAP-11).
 *
 * @module
 */
import type { Actor } from "../vocabulary/actors.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId } from "../vocabulary/ids.js";
import type { Instant } from "../vocabulary/time.js";
import type { AccessAssignmentId, AccessAssignmentStatus, SecurityGroupId } from "./access-assignment.js";
import type { IsoDuration } from "./duration.js";
import type { GdapRelationshipId } from "./relationship.js";

/** Graph's placeholder for an enumeration member added after this version of the library (GDAP-11). */
export const UNKNOWN_FUTURE_VALUE = "unknownFutureValue";

/** {@link UNKNOWN_FUTURE_VALUE} as a type. */
export type UnknownFutureValue = typeof UNKNOWN_FUTURE_VALUE;

/** The actions a `delegatedAdminRelationshipRequest` carries (GDAP-8). */
export const GDAP_REQUEST_ACTIONS = ["lockForApproval", "approve", "terminate", "reject"] as const;

/** A request's action (GDAP-8), or a member Graph added later. */
export type GdapRequestAction = (typeof GDAP_REQUEST_ACTIONS)[number] | UnknownFutureValue;

/**
 * A request's statuses (GDAP-8). Graph's reference lists `created`, `pending`, `succeeded`
 * and `failed`; its own examples also show `running`, read here as not yet succeeded.
 */
export const GDAP_REQUEST_STATUSES = ["created", "pending", "running", "succeeded", "failed"] as const;

/** A request's status (GDAP-8), or a member Graph added later. */
export type GdapRequestStatus = (typeof GDAP_REQUEST_STATUSES)[number] | UnknownFutureValue;

/**
 * A partner's or customer's action on a GDAP relationship as Graph records it
 * (`delegatedAdminRelationshipRequest`, GDAP-8). The action is in force only once the
 * request `succeeded`.
 */
export interface GdapRelationshipRequest {
  /** The request's ID. */
  readonly id: string;
  /** The relationship it acts on (the `{id}` of `…/delegatedAdminRelationships/{id}/requests`). */
  readonly relationship: GdapRelationshipId;
  /** What it asks for. */
  readonly action: GdapRequestAction;
  /** How far Graph got. */
  readonly status: GdapRequestStatus;
  /** When it was made. */
  readonly createdDateTime: Instant;
  /** When its status last changed. */
  readonly lastModifiedDateTime: Instant;
  /** Graph's `@odata.etag`, when Graph sent one. */
  readonly etag?: string;
}

/**
 * The kinds of long-running operation (GDAP-9). `delegatedAdminRelationshipUpdate` is an
 * evolvable-enum member Graph returns only with `Prefer: include-unknown-enum-members`.
 */
export const GDAP_OPERATION_TYPES = [
  "delegatedAdminAccessAssignmentUpdate",
  "delegatedAdminRelationshipUpdate",
] as const;

/** An operation's kind (GDAP-9), or a member Graph added later. */
export type GdapOperationType = (typeof GDAP_OPERATION_TYPES)[number] | UnknownFutureValue;

/** An operation's statuses (GDAP-9). */
export const GDAP_OPERATION_STATUSES = ["notStarted", "running", "succeeded", "failed"] as const;

/** An operation's status (GDAP-9), or a member Graph added later. */
export type GdapOperationStatus = (typeof GDAP_OPERATION_STATUSES)[number] | UnknownFutureValue;

/**
 * The entity an operation changes, read from Graph's `data` (a JSON string holding the
 * changed entity, often only the changed properties). `unread` keeps the text of a `data`
 * whose operation type the library does not know.
 */
export type GdapOperationData =
  | {
      /** An access assignment's update (`delegatedAdminAccessAssignmentUpdate`). */
      readonly kind: "accessAssignment";
      /** The assignment's ID, where `data` names it. */
      readonly id?: AccessAssignmentId;
      /** Its security group, where `data` names it. */
      readonly group?: SecurityGroupId;
      /** The roles it will hold once the operation succeeds. */
      readonly roles?: readonly RoleId[];
      /** The status `data` shows. */
      readonly status?: AccessAssignmentStatus | UnknownFutureValue;
    }
  | {
      /** A relationship's update (`delegatedAdminRelationshipUpdate`), such as removing Global Administrator. */
      readonly kind: "relationship";
      /** The roles it will hold once the operation succeeds. */
      readonly roles?: readonly RoleId[];
      /** The auto-extend duration it will have. */
      readonly autoExtendDuration?: IsoDuration;
    }
  | {
      /** `data` of an operation type this version does not know, kept as Graph sent it. */
      readonly kind: "unread";
      /** Graph's `data` string. */
      readonly json: string;
    };

/**
 * A change Graph carries out over time (`delegatedAdminRelationshipOperation`, GDAP-9):
 * the old roles stay in force until it succeeds, and nothing changes if it fails.
 */
export interface GdapRelationshipOperation {
  /** The operation's ID. */
  readonly id: string;
  /** The relationship it belongs to (the `{id}` of `…/delegatedAdminRelationships/{id}/operations`). */
  readonly relationship: GdapRelationshipId;
  /** What kind of change it is. */
  readonly operationType: GdapOperationType;
  /** The changed entity, parsed from Graph's `data`. */
  readonly data: GdapOperationData;
  /** How far Graph got. */
  readonly status: GdapOperationStatus;
  /** When it was started. */
  readonly createdDateTime: Instant;
  /** When its status last changed. */
  readonly lastModifiedDateTime: Instant;
  /** Graph's `@odata.etag`, when Graph sent one. */
  readonly etag?: string;
}

/** Graph's customer of a delegated admin relationship (`delegatedAdminCustomer`). */
export interface DelegatedAdminCustomer {
  /** The customer's tenant ID (Graph's `tenantId`; its `id` is the same value). */
  readonly id: CustomerId;
  /** The customer's display name as Graph shows it. */
  readonly displayName: string;
  /** Graph's `@odata.etag`, when Graph sent one. */
  readonly etag?: string;
}

/**
 * GDAP-10: a `resellerDelegatedAdminRelationship`, created by an indirect provider for an
 * indirect reseller.
 */
export interface ResellerFields {
  /** The indirect provider's tenant ID. */
  readonly indirectProviderTenantId: string;
  /** True while the indirect reseller has not consented; it may approve or reject. */
  readonly isPartnerConsentPending: boolean;
}

/**
 * What Graph adds to a relationship that the rules do not decide but users need; the
 * readers keep it, the library's JSON carries it, and no step changes it except where said.
 */
export interface GdapGraphFacts {
  /** The customer's display name (Graph's `customer.displayName`), where known. */
  readonly customerDisplayName?: string;
  /** `@odata.etag`, which Graph requires as `If-Match` to update or delete (GDAP-12). */
  readonly etag?: string;
  /** Present on a reseller relationship (GDAP-10). */
  readonly reseller?: ResellerFields;
}

// ---------------------------------------------------------------------------------------
// Changes held as pending until their request or operation succeeds (GDAP-8, GDAP-9)
// ---------------------------------------------------------------------------------------

/**
 * The GDAP changes Graph carries out as a request (GDAP-8: `lockForApproval`, `approve`,
 * `terminate`, `reject`) or as a long-running operation (GDAP-9: removing Global
 * Administrator from an active relationship, updating an access assignment).
 */
export const GDAP_CHANGE_ACTIONS = [
  "lockForApproval",
  "approve",
  "terminate",
  "reject",
  "removeGlobalAdministrator",
  "updateAccessAssignment",
] as const;

/** A change Graph carries out as a request or an operation (GDAP-8, GDAP-9). */
export type GdapChangeAction = (typeof GDAP_CHANGE_ACTIONS)[number];

/**
 * The statuses of a request or an operation that has not succeeded yet: Graph's
 * `created`, `pending`, `running`, `notStarted`, and `unknownFutureValue`, which decides
 * nothing (GDAP-8, GDAP-9, GDAP-11).
 */
export const GDAP_UNSETTLED_STATUSES = ["created", "pending", "running", "notStarted", UNKNOWN_FUTURE_VALUE] as const;

/** A status of a request or operation not yet succeeded nor failed. */
export type GdapUnsettledStatus = (typeof GDAP_UNSETTLED_STATUSES)[number];

/**
 * A change asked for and not yet succeeded (GDAP-8, GDAP-9), held on the relationship or
 * access assignment it changes. Until it succeeds the value keeps its old status and
 * roles, and every effective-access question answers with them; if it fails, only this
 * record goes.
 */
export interface PendingGdapChange {
  /** Whether Graph carries it as a `delegatedAdminRelationshipRequest` or a `delegatedAdminRelationshipOperation`. */
  readonly via: "request" | "operation";
  /** The request's or operation's ID. */
  readonly id: string;
  /** The change. */
  readonly action: GdapChangeAction;
  /** How far Graph got. */
  readonly status: GdapUnsettledStatus;
  /** Who asked for it: the step runs with this actor once it succeeds. */
  readonly by: Actor;
  /** For `updateAccessAssignment`: the roles the assignment will hold once it succeeds. */
  readonly roles?: readonly RoleId[];
  /** When it was asked for. */
  readonly requestedDateTime: Instant;
  /** When its status was last reported. */
  readonly lastModifiedDateTime: Instant;
}

/** The field that holds a {@link PendingGdapChange} on a relationship or an access assignment. */
export interface GdapPendingChangeField {
  /** The change asked for and not yet succeeded, if any (GDAP-8, GDAP-9). */
  readonly pending?: PendingGdapChange;
}
