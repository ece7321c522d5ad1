/**
 * Invitations (INV-1…INV-4): a partner invites a customer into a relationship of one
 * partner type; the customer accepts (with the Microsoft Customer Agreement) or cancels;
 * an unanswered invitation expires.
 *
 * Each state has its own type, and each step takes only the state it is valid for, so
 * accepting a cancelled invitation does not compile. Values of the {@link Invitation}
 * union narrow with {@link ensurePending}, which returns `invitation_not_pending` for a
 * final state (INV-1); every step checks the status at run time too.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import {
  type AgreementAccepted,
  agreementNotAccepted,
  agreementNotAcknowledged,
  type CustomerAgreement,
  recordAgreement,
} from "./agreement.js";
import { authorizeCustomerAdmin, authorizePartnerUser, RELATIONSHIP_REQUEST_ROLES } from "./authorization.js";
import {
  type DomainError,
  type InvitationExpired,
  type InvitationNotExpired,
  invalidInput,
  type RelationshipMismatch,
} from "./errors.js";
import { ensureInvitationStepAllowed, type InvitationStep } from "./invitation-lifecycle.js";
import { DEFAULT_POLICY, type Policy } from "./policy.js";
import { type ActiveRelationship, establishRelationship, type Relationship } from "./relationship.js";
import { checkId, checkRoleIds, checkTime } from "./validate.js";
import type { Actor } from "./vocabulary/actors.js";
import { canonicalRoleId, isRoleId, type RoleId } from "./vocabulary/directory-roles.js";
import type { CustomerId, InvitationId, PartnerId, UserId } from "./vocabulary/ids.js";
import { partnerTypeExpected } from "./vocabulary/partner-type-names.js";
import { isPartnerType, PARTNER_TYPES, type PartnerType, type RoleSlot } from "./vocabulary/partner-types.js";
import { addDays, formatInstant, type Instant, isInstant } from "./vocabulary/time.js";

/** What every invitation records, whatever its state. */
export interface InvitationFields {
  /** The invitation's ID (chosen by the caller). */
  readonly id: InvitationId;
  /** The invited customer tenant. */
  readonly customer: CustomerId;
  /** The inviting partner. */
  readonly partner: PartnerId;
  /** The partner type it invites the customer into. */
  readonly type: PartnerType;
  /** The roles it requests, all granted on acceptance (INV-2). */
  readonly roles: readonly RoleSlot[];
  /** The partner user who sent it. */
  readonly sentBy: UserId;
  /** When it was sent. */
  readonly sentAt: Instant;
  /** When it expires unless answered (INV-4), fixed when sent from the policy. */
  readonly expiresAt: Instant;
}

/** An invitation waiting for the customer's answer. */
export interface PendingInvitation extends InvitationFields {
  /** Discriminant. */
  readonly status: "pending";
}

/** An accepted invitation (final). */
export interface AcceptedInvitation extends InvitationFields {
  /** Discriminant. */
  readonly status: "accepted";
  /** When the customer accepted it. */
  readonly acceptedAt: Instant;
  /** The customer admin who accepted it. */
  readonly acceptedBy: UserId;
}

/** A cancelled invitation (final). */
export interface CancelledInvitation extends InvitationFields {
  /** Discriminant. */
  readonly status: "cancelled";
  /** When the customer cancelled it. */
  readonly cancelledAt: Instant;
  /** The customer admin who cancelled it. */
  readonly cancelledBy: UserId;
}

/** An expired invitation (final). */
export interface ExpiredInvitation extends InvitationFields {
  /** Discriminant. */
  readonly status: "expired";
  /** When it was recorded as expired. */
  readonly expiredAt: Instant;
}

/** An invitation in any state. */
export type Invitation = PendingInvitation | AcceptedInvitation | CancelledInvitation | ExpiredInvitation;

/** An invitation in a final state. */
export type FinalInvitation = AcceptedInvitation | CancelledInvitation | ExpiredInvitation;

/** The status of an invitation. */
export type InvitationStatus = Invitation["status"];

/** Input of {@link sendInvitation}. */
export interface SendInvitationInput {
  /** The invitation's ID. */
  readonly id: InvitationId;
  /** The customer tenant to invite. */
  readonly customer: CustomerId;
  /** The inviting partner. */
  readonly partner: PartnerId;
  /** The partner type. GDAP is requested with the GDAP functions, not by invitation. */
  readonly type: PartnerType;
  /**
   * For the "Partner" type only: the Entra roles the partner's user account asks for.
   * Other types bring the roles of their catalogue entry (TYPE-1) and take none here.
   */
  readonly roles?: readonly RoleId[] | undefined;
  /** The partner user sending it: Admin agent or Sales agent (ACT-3). */
  readonly by: Actor;
  /** When it is sent. */
  readonly at: Instant;
}

function requestedRoles(input: SendInvitationInput): Result<readonly RoleSlot[], DomainError> {
  const provision = PARTNER_TYPES[input.type].roles;
  const given = input.roles;
  switch (provision.kind) {
    case "fixed":
    case "none":
    case "notAssignable": {
      if (given !== undefined && given.length > 0)
        return err(
          invalidInput(
            "TYPE-1",
            "roles",
            `no roles: the ${PARTNER_TYPES[input.type].displayName} type brings its own`,
            given,
          ),
        );
      return ok(provision.kind === "fixed" ? provision.slots : []);
    }
    case "chosen": {
      if (provision.timeLimited)
        return err(
          invalidInput(
            "GDAP-1",
            "type",
            "a partner type other than gdap: GDAP relationships are created with createGdapRelationship",
            input.type,
          ),
        );
      return checkRoleIds(given, "TYPE-1", "at least one Entra role template ID for the Partner type").map((roles) =>
        roles.map((role) => ({ role, holder: "partnerUserAccount" as const })),
      );
    }
  }
}

/** The invitation's expiry (INV-4): `at` plus the lifetime, itself a valid instant. */
function expiryOf(at: Instant, lifetimeDays: number): Result<Instant, DomainError> {
  const expiresAt = addDays(at, lifetimeDays);
  return isInstant(expiresAt)
    ? ok(expiresAt)
    : err(invalidInput("INV-4", "at", `an instant whose expiry, ${lifetimeDays} days later, is an instant too`, at));
}

/**
 * A partner sends a customer an invitation for one partner type, with the roles that
 * type requests (INV-1, TYPE-1). Needs a user of that partner with Admin agent or
 * Sales agent (ACT-3). The invitation expires after the policy's lifetime (INV-4).
 *
 * @param input - what to send, by whom, when
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 90 days)
 * @returns the pending invitation, or why not
 *
 * @example
 * ```ts
 * const sent = sendInvitation({
 *   id: "inv-1",
 *   customer: "contoso",
 *   partner: "fabrikam",
 *   type: "resellerAndDelegatedAdministrator",
 *   by: { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] },
 *   at: Date.UTC(2026, 0, 1),
 * });
 * ```
 */
export function sendInvitation(
  input: SendInvitationInput,
  policy: Policy = DEFAULT_POLICY,
): Result<PendingInvitation, DomainError> {
  return checkTime(input.at, "INV-1")
    .andThen(() => checkId(input.id, "id", "INV-1"))
    .andThen(() => checkId(input.customer, "customer", "INV-1"))
    .andThen(() => checkId(input.partner, "partner", "INV-1"))
    .andThen(() =>
      isPartnerType(input.type)
        ? ok(input.type)
        : err(invalidInput("TYPE-1", "type", partnerTypeExpected(input.type), input.type)),
    )
    .andThen(() => authorizePartnerUser(input.by, input.partner, "sendInvitation", RELATIONSHIP_REQUEST_ROLES))
    .andThen((user) => expiryOf(input.at, policy.invitationLifetimeDays).map((expiresAt) => ({ user, expiresAt })))
    .andThen(({ user, expiresAt }) =>
      requestedRoles(input).map(
        (roles): PendingInvitation => ({
          status: "pending",
          id: input.id,
          customer: input.customer,
          partner: input.partner,
          type: input.type,
          roles,
          sentBy: user.id,
          sentAt: input.at,
          expiresAt,
        }),
      ),
    );
}

/** Input of {@link acceptInvitation}. */
export interface AcceptInvitationInput {
  /** The customer admin accepting: Global or Billing Administrator of the invited tenant (ACT-1). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
  /** Whether the box "I have read the Microsoft Customer Agreement" is ticked (INV-2). */
  readonly agreementAcknowledged: boolean;
  /** The customer–partner pair's current relationship, if any; it is extended (REL-1). */
  readonly relationship?: Relationship | undefined;
  /** The customer's agreement state, if known; its first acceptance stands (MCA-2). */
  readonly agreement?: CustomerAgreement | undefined;
}

/** What accepting an invitation produces. */
export interface InvitationAcceptance {
  /** The accepted invitation. */
  readonly invitation: AcceptedInvitation;
  /** The relationship, created or extended, with every requested role granted. */
  readonly relationship: ActiveRelationship;
  /** The customer's agreement, accepted. */
  readonly agreement: AgreementAccepted;
}

function invitationExpired(invitation: PendingInvitation, at: Instant): InvitationExpired {
  return {
    code: "invitation_expired",
    rule: "INV-4",
    invitation: invitation.id,
    expiresAt: invitation.expiresAt,
    at,
    message: `Invitation ${invitation.id} expired at ${formatInstant(invitation.expiresAt)}; ask ${invitation.partner} for a new one (INV-4).`,
  };
}

function relationshipMismatch(invitation: PendingInvitation, found: Relationship): RelationshipMismatch {
  return {
    code: "relationship_mismatch",
    rule: "REL-1",
    expected: { customer: invitation.customer, partner: invitation.partner },
    found: { customer: found.customer, partner: found.partner },
    message: `The relationship given is between ${found.customer} and ${found.partner}, not between ${invitation.customer} and ${invitation.partner} (REL-1).`,
  };
}

/**
 * The fields every invitation state shares, listed one by one. A final state is built
 * from them rather than by spreading the pending invitation and adding fields it lacks:
 * on V8 that changes the object's shape and costs microseconds per step (measured in
 * docs/performance.md); a literal with a fixed set of fields costs nanoseconds.
 */
function invitationFields(invitation: InvitationFields): InvitationFields {
  return {
    id: invitation.id,
    customer: invitation.customer,
    partner: invitation.partner,
    type: invitation.type,
    roles: invitation.roles,
    sentBy: invitation.sentBy,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * What accepting does once every check passed: the invitation accepted, the relationship
 * created or extended with every requested role (INV-2, REL-1), the agreement recorded
 * (MCA-2). Shared by {@link acceptInvitation} and the decider's `evolve`, so the rule is
 * written once.
 *
 * @internal
 */
export function applyAcceptance(
  pending: PendingInvitation,
  relationship: Relationship | undefined,
  agreement: CustomerAgreement | undefined,
  by: UserId,
  at: Instant,
): InvitationAcceptance {
  return {
    invitation: { status: "accepted", ...invitationFields(pending), acceptedAt: at, acceptedBy: by },
    relationship: establishRelationship(relationship, {
      customer: pending.customer,
      partner: pending.partner,
      capacity: pending.type,
      slots: pending.roles,
      at,
    }),
    agreement: recordAgreement(agreement ?? agreementNotAccepted(pending.customer), by, at),
  };
}

/**
 * What cancelling does once every check passed (INV-3). Shared with the decider.
 *
 * @internal
 */
export function applyCancellation(pending: PendingInvitation, by: UserId, at: Instant): CancelledInvitation {
  return { status: "cancelled", ...invitationFields(pending), cancelledAt: at, cancelledBy: by };
}

/**
 * What expiring does once every check passed (INV-4). Shared with the decider.
 *
 * @internal
 */
export function applyExpiry(pending: PendingInvitation, at: Instant): ExpiredInvitation {
  return { status: "expired", ...invitationFields(pending), expiredAt: at };
}

/**
 * Checks shared by accept and cancel: still pending, a valid time, a customer admin, and
 * not expired (INV-4: an invitation past its lifetime can only be recorded as expired).
 */
function answerable(
  invitation: PendingInvitation,
  by: Actor,
  at: Instant,
  step: InvitationStep,
): Result<{ readonly pending: PendingInvitation; readonly admin: UserId }, DomainError> {
  return ensureInvitationStepAllowed(invitation, step)
    .andThen((pending) => checkTime(at, "INV-1", pending.sentAt).map(() => pending))
    .andThen((pending) =>
      authorizeCustomerAdmin(by, pending.customer, step).map((admin) => ({ pending, admin: admin.id })),
    )
    .andThen((answer) =>
      isInvitationExpiredAt(answer.pending, at) ? err(invitationExpired(answer.pending, at)) : ok(answer),
    );
}

/**
 * Whether an invitation has expired at `at` (INV-4): `at` is at or after its `expiresAt`.
 * The one test of expiry used by the steps, by `evolve` and by the codec.
 *
 * @param invitation - an invitation in any state
 * @param at - the instant
 */
export function isInvitationExpiredAt(invitation: InvitationFields, at: Instant): boolean {
  return at >= invitation.expiresAt;
}

/**
 * Whether an invitation's requested roles are the ones its partner type brings (INV-1,
 * TYPE-1): the catalogue's roles for a type with fixed roles, none for a type without,
 * and for the Partner type at least one Entra role, each once, held by the partner's user
 * account. GDAP is never requested by invitation. The one test used by `sendInvitation`'s
 * result, by `evolve` and by the codec.
 *
 * @param type - the invitation's partner type
 * @param roles - the roles it requests
 */
export function invitationRolesFit(type: PartnerType, roles: readonly RoleSlot[]): boolean {
  if (!isPartnerType(type)) return false;
  const provision = PARTNER_TYPES[type].roles;
  switch (provision.kind) {
    case "fixed":
      return (
        roles.length === provision.slots.length &&
        roles.every(
          (slot, index) => slot.role === provision.slots[index]?.role && slot.holder === provision.slots[index]?.holder,
        )
      );
    case "none":
    case "notAssignable":
      return roles.length === 0;
    case "chosen": {
      if (provision.timeLimited || roles.length === 0) return false;
      const seen = new Set<string>();
      for (const slot of roles) {
        if (slot.holder !== "partnerUserAccount" || !isRoleId(slot.role) || slot.role !== canonicalRoleId(slot.role))
          return false;
        if (seen.has(slot.role)) return false;
        seen.add(slot.role);
      }
      return true;
    }
  }
}

/**
 * The customer accepts an invitation ("Accept & Authorize", INV-2): needs ACT-1, an
 * invitation not expired (INV-4) and the agreement box ticked. It records the agreement
 * and creates or extends the relationship (REL-1) with **every** requested role: there is
 * no partial acceptance.
 *
 * @param invitation - the pending invitation
 * @param input - who, when, the agreement box, and the pair's relationship if any
 * @returns the accepted invitation, the relationship and the agreement, or why not
 *
 * @example
 * ```ts
 * const accepted = acceptInvitation(pending, {
 *   by: { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] },
 *   at: Date.UTC(2026, 0, 3),
 *   agreementAcknowledged: true,
 * });
 * accepted.map(({ relationship }) => relationship.grants.map((grant) => roleName(grant.role)));
 * // Ok(["Global Administrator", "Helpdesk Administrator"])
 * ```
 */
export function acceptInvitation(
  invitation: PendingInvitation,
  input: AcceptInvitationInput,
): Result<InvitationAcceptance, DomainError> {
  return answerable(invitation, input.by, input.at, "acceptInvitation").andThen(
    ({ pending, admin }): Result<InvitationAcceptance, DomainError> => {
      if (input.agreementAcknowledged !== true) return err(agreementNotAcknowledged(pending.customer, "INV-2"));
      const existing = input.relationship;
      if (existing !== undefined && (existing.customer !== pending.customer || existing.partner !== pending.partner))
        return err(relationshipMismatch(pending, existing));
      // The relationship's history runs one way: an acceptance dated before its last change
      // would grant roles "before" a removal that came after them (INVAR-1).
      const order = existing === undefined ? ok(input.at) : checkTime(input.at, "REL-1", existing.updatedAt);
      if (order.isErr()) return err(order.error);
      const agreement = input.agreement;
      if (agreement !== undefined && agreement.customer !== pending.customer)
        return err(
          invalidInput("INV-2", "agreement.customer", `the agreement of ${pending.customer}`, agreement.customer),
        );
      // Nor before the agreement it records was accepted (MCA-2; evolve: agreementTimeRefusal).
      const agreed = agreement?.status === "accepted" ? checkTime(input.at, "MCA-2", agreement.acceptedAt) : order;
      if (agreed.isErr()) return err(agreed.error);
      return ok(applyAcceptance(pending, existing, agreement, admin, input.at));
    },
  );
}

/** Who and when, for cancelling an invitation. */
export interface CancelInvitationInput {
  /** The customer admin cancelling (ACT-1). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * The customer cancels an invitation (INV-3): needs ACT-1; no relationship, no roles.
 *
 * @param invitation - the pending invitation
 * @param input - who and when
 * @returns the cancelled invitation, or why not
 */
export function cancelInvitation(
  invitation: PendingInvitation,
  input: CancelInvitationInput,
): Result<CancelledInvitation, DomainError> {
  return answerable(invitation, input.by, input.at, "cancelInvitation").map(({ pending, admin }) =>
    applyCancellation(pending, admin, input.at),
  );
}

/**
 * Records that an unanswered invitation expired (INV-4). Refused with
 * `invitation_not_expired` before its expiry time.
 *
 * @param invitation - the pending invitation
 * @param at - now, as the caller knows it
 * @returns the expired invitation, or why not
 */
export function expireInvitation(invitation: PendingInvitation, at: Instant): Result<ExpiredInvitation, DomainError> {
  return ensureInvitationStepAllowed(invitation, "expireInvitation")
    .andThen((pending) => checkTime(at, "INV-4", pending.sentAt).map(() => pending))
    .andThen((pending): Result<ExpiredInvitation, DomainError> => {
      if (!isInvitationExpiredAt(pending, at)) {
        const early: InvitationNotExpired = {
          code: "invitation_not_expired",
          rule: "INV-4",
          invitation: pending.id,
          expiresAt: pending.expiresAt,
          at,
          message: `Invitation ${pending.id} is answerable until ${formatInstant(pending.expiresAt)} (INV-4).`,
        };
        return err(early);
      }
      return ok(applyExpiry(pending, at));
    });
}
