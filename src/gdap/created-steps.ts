/**
 * The partner's steps on a GDAP relationship request (GDAP-1…GDAP-5): create it, change
 * it or delete it while `created`, and lock it for the customer's approval. Each needs a
 * user of the partner with Admin agent (ACT-3); the statuses each is allowed from come
 * from the lifecycle table (`GDAP_LIFECYCLE`).
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { authorizePartnerUser, GDAP_REQUEST_ROLES } from "../authorization.js";
import { type DomainError, invalidInput } from "../errors.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { checkId, checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import type { RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import { addDays, type Instant, isInstant } from "../vocabulary/time.js";
import { authorizePartner, checkGdapTerms, unapprovedAt } from "./checks.js";
import { type DurationInput, ZERO_DURATION } from "./duration.js";
import { ensureGdapStepAllowed } from "./lifecycle.js";
import type {
  ApprovalPendingGdap,
  CreatedGdap,
  GdapRelationship,
  GdapRelationshipId,
  GdapStepInput,
} from "./relationship.js";

/** Input of {@link createGdapRelationship}. */
export interface CreateGdapRelationshipInput {
  /** The relationship's ID. */
  readonly id: GdapRelationshipId;
  /** The partner creating it. */
  readonly partner: PartnerId;
  /** The customer it is for; omit it for an open relationship any customer can approve (GDAP-4). */
  readonly customer?: CustomerId | undefined;
  /** Its display name (GDAP-3). */
  readonly displayName: string;
  /** The Entra roles it requests (template IDs). */
  readonly roles: readonly RoleId[];
  /** How long it lasts once active: `P1D`…`P2Y` (GDAP-2). */
  readonly duration: DurationInput;
  /** `PT0S`/`P0D` (none, the default) or `P180D` (GDAP-2). */
  readonly autoExtendDuration?: DurationInput | undefined;
  /** The partner's other relationships, for display-name uniqueness (GDAP-3). */
  readonly existing?: readonly GdapRelationship[] | undefined;
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner creates a GDAP relationship request (GDAP-1 → `created`). Needs a user of
 * that partner with Admin agent (ACT-3). Checks the duration (GDAP-2), that Global
 * Administrator and auto-extension are not combined (GDAP-2), and the display name
 * (GDAP-3). The request expires after the policy's lifetime unless approved (GDAP-5).
 *
 * @param input - what to create, by whom, when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the created relationship, or why not
 *
 * @example
 * ```ts
 * const created = createGdapRelationship({
 *   id: "rel-1",
 *   partner: "fabrikam",
 *   customer: "contoso",
 *   displayName: "Contoso helpdesk",
 *   roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
 *   duration: "P730D",
 *   autoExtendDuration: "P180D",
 *   by: { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] },
 *   at: Date.UTC(2026, 0, 1),
 * });
 * ```
 */
export function createGdapRelationship(
  input: CreateGdapRelationshipInput,
  policy: Policy = DEFAULT_POLICY,
): Result<CreatedGdap, DomainError> {
  const step = "createGdapRelationship";
  return checkTime(input.at, "GDAP-1")
    .andThen(() => checkId(input.id, "id", "GDAP-1"))
    .andThen(() => checkId(input.partner, "partner", "GDAP-1"))
    .andThen(() => (input.customer === undefined ? ok(undefined) : checkId(input.customer, "customer", "GDAP-4")))
    .andThen(() => authorizePartnerUser(input.by, input.partner, step, GDAP_REQUEST_ROLES))
    .andThen((user) =>
      checkGdapTerms(input, { ...input, autoExtendDuration: input.autoExtendDuration ?? ZERO_DURATION }, {}, policy)
        .andThen((terms) => {
          const requestExpiresDateTime = addDays(input.at, policy.gdap.requestLifetimeDays);
          return isInstant(requestExpiresDateTime)
            ? ok({ terms, requestExpiresDateTime })
            : err(invalidInput("GDAP-5", "at", "an instant whose request expiry is an instant too", input.at));
        })
        .map(
          ({ terms, requestExpiresDateTime }): CreatedGdap => ({
            status: "created",
            id: input.id,
            displayName: terms.displayName,
            partner: input.partner,
            ...(input.customer === undefined ? {} : { customer: input.customer }),
            roles: terms.roles,
            duration: terms.duration,
            autoExtendDuration: terms.autoExtendDuration,
            createdDateTime: input.at,
            createdBy: user.id,
            lastModifiedDateTime: input.at,
            requestExpiresDateTime,
          }),
        ),
    );
}

/** Input of {@link updateGdapRelationship}: the fields to change (others stay), who and when. */
export interface UpdateGdapRelationshipInput {
  /** New display name (GDAP-3). */
  readonly displayName?: string | undefined;
  /** New roles. */
  readonly roles?: readonly RoleId[] | undefined;
  /** New duration (GDAP-2). */
  readonly duration?: DurationInput | undefined;
  /** New auto-extend duration (GDAP-2). */
  readonly autoExtendDuration?: DurationInput | undefined;
  /** The partner's other relationships, for display-name uniqueness (GDAP-3). */
  readonly existing?: readonly GdapRelationship[] | undefined;
  /** The partner user: Admin agent (ACT-3). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The partner changes the roles, duration, auto-extend duration or display name of a
 * relationship, only while it is `created` (GDAP-1), with the same checks as creation
 * (GDAP-2, GDAP-3). Removing Global Administrator here is an ordinary edit of the
 * request. Needs Admin agent (ACT-3). Refused after the request expired (GDAP-5).
 *
 * @param relationship - the created relationship
 * @param input - the changes, who and when
 * @param policy - the policy (default {@link DEFAULT_POLICY})
 * @returns the updated relationship, or why not
 *
 * @example
 * ```ts
 * updateGdapRelationship(created, { duration: "P2Y", by: adminAgent, at });
 * ```
 */
export function updateGdapRelationship(
  relationship: CreatedGdap,
  input: UpdateGdapRelationshipInput,
  policy: Policy = DEFAULT_POLICY,
): Result<CreatedGdap, DomainError> {
  return unapprovedAt(relationship, "updateGdapRelationship", input.at)
    .andThen((created) => authorizePartner(created, input.by, "updateGdapRelationship").map(() => created))
    .andThen((created) =>
      checkGdapTerms(created, input, created, policy).map(
        (terms): CreatedGdap => ({ ...created, ...terms, lastModifiedDateTime: input.at }),
      ),
    );
}

/** What deleting a `created` relationship leaves: a receipt (Graph removes the object). */
export interface GdapRelationshipDeletion {
  /** Discriminant. */
  readonly kind: "gdapRelationshipDeleted";
  /** The deleted relationship, as it was. */
  readonly relationship: CreatedGdap;
  /** The partner user who deleted it. */
  readonly deletedBy: UserId;
  /** When. */
  readonly deletedDateTime: Instant;
}

/**
 * The partner deletes a relationship, only while it is `created` (GDAP-1). Needs Admin
 * agent (ACT-3). The result is a receipt, not a status: Graph removes the object, and
 * its display name is free again once the caller drops it from its list.
 *
 * @param relationship - the created relationship
 * @param input - the partner user and when
 * @returns the deletion receipt, or why not
 *
 * @example
 * ```ts
 * deleteGdapRelationship(created, { by: adminAgent, at }).map((receipt) => receipt.deletedDateTime);
 * ```
 */
export function deleteGdapRelationship(
  relationship: CreatedGdap,
  input: GdapStepInput,
): Result<GdapRelationshipDeletion, DomainError> {
  const step = "deleteGdapRelationship";
  return ensureGdapStepAllowed(relationship, step)
    .andThen((created) => checkTime(input.at, "GDAP-1", created.lastModifiedDateTime).map(() => created))
    .andThen((created) =>
      authorizePartner(created, input.by, step).map(
        (user): GdapRelationshipDeletion => ({
          kind: "gdapRelationshipDeleted",
          relationship: created,
          deletedBy: user.id,
          deletedDateTime: input.at,
        }),
      ),
    );
}

/**
 * The partner locks a relationship for the customer's approval (GDAP-1:
 * `created` → `approvalPending`); from then on it cannot be changed. Needs Admin agent
 * (ACT-3). Refused after the request expired (GDAP-5).
 *
 * @param relationship - the created relationship
 * @param input - the partner user and when
 * @returns the relationship waiting for approval, or why not
 *
 * @example
 * ```ts
 * lockGdapForApproval(created, { by: adminAgent, at }); // Ok({ status: "approvalPending", … })
 * ```
 */
export function lockGdapForApproval(
  relationship: CreatedGdap,
  input: GdapStepInput,
): Result<ApprovalPendingGdap, DomainError> {
  const step = "lockGdapForApproval";
  return unapprovedAt(relationship, step, input.at).andThen((created) =>
    authorizePartner(created, input.by, step).map(
      (): ApprovalPendingGdap => ({ ...created, status: "approvalPending", lastModifiedDateTime: input.at }),
    ),
  );
}
