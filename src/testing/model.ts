/**
 * A reference model of the core lifecycle, written from DOMAIN.md's tables and not from
 * the library's code: it imports only types and plain constants (role IDs) from the
 * package. Each rule is a table (who may take a step, what a step does from each status,
 * which roles each partner type brings, which capacities the customer may delete), and
 * {@link modelStep} reads them. It answers one question per step: is it accepted, and if
 * not, with which error code; and it says which roles each partner holds afterwards.
 *
 * Covered: invitations (send, accept with the agreement box, cancel, expire), the
 * agreement on its own, remove admin roles, customer delete against partner end, and
 * `holdsRole`. Not covered: GDAP, Azure, Autopilot, MPSA, the questions other than
 * `holdsRole`, the wording of messages, the fields of errors other than `code`.
 *
 * @module
 */
import type {
  Actor,
  CoreCommand,
  CustomerId,
  DomainErrorCode,
  Instant,
  InvitationId,
  PartnerCenterRole,
  PartnerId,
  PartnerType,
  RoleId,
} from "partner-relationships";
import {
  BILLING_ADMINISTRATOR,
  describeValue,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
} from "partner-relationships";

/** The answer of a system to one step: accepted, or refused with an error code. */
export type Outcome =
  | {
      /** Accepted: the step went through. */
      readonly ok: true;
    }
  | {
      /** Refused: the step was turned down, with `code`. */
      readonly ok: false;
      /** The error code, as the library names them (`not_authorized`, `contact_partner_to_end`, …). */
      readonly code: DomainErrorCode | (string & {});
    };

/** An accepted step. */
export const ACCEPTED: Outcome = Object.freeze({ ok: true });

/**
 * A refused step.
 *
 * @param code - the error code
 */
export function refused(code: DomainErrorCode | (string & {})): Outcome {
  return { ok: false, code };
}

/** The figures of the rules the model reads; the defaults are DOMAIN.md's. */
export interface ModelPolicy {
  /** Days an invitation stays answerable (INV-4). Default 90. */
  readonly invitationLifetimeDays: number;
  /** The capacities a customer may delete on its own (TYPE-2). Default Delegated administrator and Advisor. */
  readonly customerDeletableCapacities: readonly PartnerType[];
}

/** DOMAIN.md's figures: 90 days, and TYPE-2's deletion table. */
export const MODEL_DEFAULT_POLICY: ModelPolicy = Object.freeze({
  invitationLifetimeDays: 90,
  customerDeletableCapacities: Object.freeze(["delegatedAdministrator", "advisor"] as PartnerType[]),
});

/** An invitation as the model sees it. */
export interface ModelInvitation {
  /** Who invites whom. */
  readonly customer: CustomerId;
  /** The inviting partner. */
  readonly partner: PartnerId;
  /** The partner type. */
  readonly type: PartnerType;
  /** The roles it grants on acceptance. */
  readonly roles: readonly RoleId[];
  /** Its status (INV-1). */
  readonly status: "pending" | "accepted" | "cancelled" | "expired";
  /** When it was sent. */
  readonly sentAt: Instant;
}

/** A relationship as the model sees it. */
export interface ModelRelationship {
  /** Active or ended. */
  readonly status: "active" | "ended";
  /** Its capacities (partner types). */
  readonly capacities: readonly PartnerType[];
  /** The directory roles the partner holds through it. */
  readonly roles: readonly RoleId[];
}

/** The model's state: plain data, replaced on every step. */
export interface ModelState {
  /** The policy figures. */
  readonly policy: ModelPolicy;
  /** Invitations by ID. */
  readonly invitations: ReadonlyMap<InvitationId, ModelInvitation>;
  /** Relationships by `customer|partner`. */
  readonly relationships: ReadonlyMap<string, ModelRelationship>;
  /** Customers that accepted the Microsoft Customer Agreement. */
  readonly agreements: ReadonlySet<CustomerId>;
}

/**
 * A fresh model.
 *
 * @param policy - the figures (default {@link MODEL_DEFAULT_POLICY})
 */
export function initialModel(policy: ModelPolicy = MODEL_DEFAULT_POLICY): ModelState {
  return { policy, invitations: new Map(), relationships: new Map(), agreements: new Set() };
}

const DAY = 86_400_000;

// TYPE-1: the roles each partner type brings to the customer tenant.
type RoleTable = { readonly kind: "fixed"; readonly roles: readonly RoleId[] } | { readonly kind: "chosen" | "gdap" };
const DAP: RoleTable = { kind: "fixed", roles: [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR] };
const NONE: RoleTable = { kind: "fixed", roles: [] };
const TYPE_ROLES: { readonly [T in PartnerType]: RoleTable } = {
  reseller: NONE,
  delegatedAdministrator: DAP,
  resellerAndDelegatedAdministrator: DAP,
  partner: { kind: "chosen" },
  advisor: DAP,
  mpsaPartner: NONE,
  oem: NONE,
  lineOfBusiness: NONE,
  isv: NONE,
  indirectReseller: NONE,
  gdap: { kind: "gdap" },
};

// ACT-1 and ACT-3: who may take each step.
type Authority =
  | { readonly side: "customer"; readonly anyOf: readonly RoleId[] }
  | { readonly side: "partner"; readonly anyOf: readonly PartnerCenterRole[] }
  | { readonly side: "time" };
const CUSTOMER_ADMIN: Authority = { side: "customer", anyOf: [GLOBAL_ADMINISTRATOR, BILLING_ADMINISTRATOR] };
const AUTHORITY: { readonly [T in CoreCommand["type"]]: Authority } = {
  SendInvitation: { side: "partner", anyOf: ["adminAgent", "salesAgent"] },
  AcceptInvitation: CUSTOMER_ADMIN,
  CancelInvitation: CUSTOMER_ADMIN,
  ExpireInvitation: { side: "time" },
  AcceptAgreement: CUSTOMER_ADMIN,
  RemoveAdminRoles: CUSTOMER_ADMIN,
  DeleteRelationship: CUSTOMER_ADMIN,
  EndRelationship: { side: "partner", anyOf: ["adminAgent"] },
};

// INV-1: (status, step) → next status; a missing entry is `invitation_not_pending`.
type InvitationStep = "AcceptInvitation" | "CancelInvitation" | "ExpireInvitation";
const INVITATION_TABLE: {
  readonly [S in ModelInvitation["status"]]: { readonly [T in InvitationStep]?: ModelInvitation["status"] };
} = {
  pending: { AcceptInvitation: "accepted", CancelInvitation: "cancelled", ExpireInvitation: "expired" },
  accepted: {},
  cancelled: {},
  expired: {},
};

// REL-1, DAP-2, TYPE-2, REL-3: (status, step) → next status; a missing entry is `relationship_ended`.
type RelationshipStep = "RemoveAdminRoles" | "DeleteRelationship" | "EndRelationship";
const RELATIONSHIP_TABLE: {
  readonly [S in ModelRelationship["status"]]: { readonly [T in RelationshipStep]?: ModelRelationship["status"] };
} = {
  active: { RemoveAdminRoles: "active", DeleteRelationship: "ended", EndRelationship: "ended" },
  ended: {},
};

const ROLE_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Identifiers: non-empty, at most 256 characters, no surrounding spaces.
function isId(value: unknown): boolean {
  return typeof value === "string" && value.length > 0 && value.length <= 256 && value.trim() === value;
}

/** The key of a customer–partner pair in {@link ModelState.relationships}. */
export function pairKey(customer: CustomerId, partner: PartnerId): string {
  // Text as given; anything else printed without converting it (INVAR-8).
  const text = (value: unknown): string => (typeof value === "string" ? value : describeValue(value));
  return `${text(customer)}|${text(partner)}`;
}

function authorized(authority: Authority, by: Actor | undefined, customer: CustomerId, partner: PartnerId): boolean {
  if (authority.side === "time") return true;
  if (by === undefined) return false;
  if (authority.side === "customer")
    return (
      by.kind === "customerUser" &&
      by.tenant === customer &&
      // GDAP-11: directory role IDs compare case-insensitively.
      by.roles.some((role) => (authority.anyOf as readonly string[]).includes(role.toLowerCase()))
    );
  return (
    by.kind === "partnerUser" &&
    by.partner === partner &&
    by.roles.some((role) => (authority.anyOf as readonly string[]).includes(role))
  );
}

/** What {@link modelStep} answers: the outcome, and the next state (the same one when refused). */
export interface ModelStepResult {
  /** Accepted or refused with a code. */
  readonly outcome: Outcome;
  /** The next state. */
  readonly next: ModelState;
}

function requestedRoles(type: PartnerType, given: readonly RoleId[] | undefined): readonly RoleId[] | undefined {
  const table = TYPE_ROLES[type];
  if (table.kind === "gdap") return undefined;
  if (table.kind === "fixed") return given === undefined || given.length === 0 ? table.roles : undefined;
  if (given === undefined || given.length === 0 || !given.every((role) => ROLE_PATTERN.test(role))) return undefined;
  return [...new Set(given.map((role) => role.toLowerCase()))];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * The model's answer to one core command: DOMAIN.md's tables, in the order a customer
 * meets them (the entity exists, its status allows the step, the actor may take it, the
 * step's own condition).
 *
 * @param state - the model's state
 * @param command - a core command (times must not go backwards)
 * @returns the outcome and the next state
 *
 * @example
 * ```ts
 * const { outcome } = modelStep(initialModel(), {
 *   type: "DeleteRelationship", customer: "contoso", partner: "fabrikam", by: kim, at,
 * });
 * // { ok: false, code: "invalid_input" }: there is no relationship to delete
 * ```
 */
export function modelStep(state: ModelState, command: CoreCommand): ModelStepResult {
  const no = (code: string): ModelStepResult => ({ outcome: refused(code), next: state });
  const yes = (next: ModelState): ModelStepResult => ({ outcome: ACCEPTED, next });
  const authority = AUTHORITY[command.type];
  switch (command.type) {
    case "SendInvitation": {
      if (state.invitations.has(command.id)) return no("invalid_input");
      if (![command.id, command.customer, command.partner].every(isId)) return no("invalid_input");
      if (!Object.hasOwn(TYPE_ROLES, command.partnerType)) return no("invalid_input");
      if (!authorized(authority, command.by, command.customer, command.partner)) return no("not_authorized");
      const roles = requestedRoles(command.partnerType, command.roles);
      if (roles === undefined) return no("invalid_input");
      const invitations = new Map(state.invitations);
      invitations.set(command.id, {
        customer: command.customer,
        partner: command.partner,
        type: command.partnerType,
        roles,
        status: "pending",
        sentAt: command.at,
      });
      return yes({ ...state, invitations });
    }
    case "AcceptInvitation":
    case "CancelInvitation":
    case "ExpireInvitation": {
      const invitation = state.invitations.get(command.invitation);
      if (invitation === undefined) return no("invalid_input");
      const to = INVITATION_TABLE[invitation.status][command.type];
      if (to === undefined) return no("invitation_not_pending");
      const by = command.type === "ExpireInvitation" ? undefined : command.by;
      if (!authorized(authority, by, invitation.customer, invitation.partner)) return no("not_authorized");
      const expired = command.at >= invitation.sentAt + state.policy.invitationLifetimeDays * DAY;
      if (command.type === "ExpireInvitation" && !expired) return no("invitation_not_expired");
      // INV-4: past its lifetime an invitation can be neither accepted nor cancelled.
      if (command.type !== "ExpireInvitation" && expired) return no("invitation_expired");
      if (command.type === "AcceptInvitation" && command.agreementAcknowledged !== true)
        return no("agreement_not_acknowledged");
      const invitations = new Map(state.invitations);
      invitations.set(command.invitation, { ...invitation, status: to });
      if (command.type !== "AcceptInvitation") return yes({ ...state, invitations });
      const key = pairKey(invitation.customer, invitation.partner);
      const before = state.relationships.get(key);
      const relationships = new Map(state.relationships);
      relationships.set(
        key,
        before === undefined || before.status === "ended"
          ? { status: "active", capacities: [invitation.type], roles: invitation.roles }
          : {
              status: "active",
              capacities: union(before.capacities, [invitation.type]) as PartnerType[],
              roles: union(before.roles, invitation.roles),
            },
      );
      return yes({
        ...state,
        invitations,
        relationships,
        agreements: new Set([...state.agreements, invitation.customer]),
      });
    }
    case "AcceptAgreement": {
      if (!authorized(authority, command.by, command.customer, "")) return no("not_authorized");
      if (command.acknowledged !== true) return no("agreement_not_acknowledged");
      return yes({ ...state, agreements: new Set([...state.agreements, command.customer]) });
    }
    case "RemoveAdminRoles":
    case "DeleteRelationship":
    case "EndRelationship": {
      const key = pairKey(command.customer, command.partner);
      const relationship = state.relationships.get(key);
      if (relationship === undefined) return no("invalid_input");
      const to = RELATIONSHIP_TABLE[relationship.status][command.type];
      if (to === undefined) return no("relationship_ended");
      if (!authorized(authority, command.by, command.customer, command.partner)) return no("not_authorized");
      if (
        command.type === "DeleteRelationship" &&
        !relationship.capacities.every((capacity) => state.policy.customerDeletableCapacities.includes(capacity))
      )
        return no("contact_partner_to_end");
      const relationships = new Map(state.relationships);
      relationships.set(key, { ...relationship, status: to, roles: [] });
      return yes({ ...state, relationships });
    }
  }
}

/**
 * Whether the partner holds the directory role in the customer tenant, as the model
 * says (DAP-1, DAP-2, INVAR-1): through an active relationship whose accepted invitations
 * brought it, and no removal or end since.
 *
 * @param state - the model's state
 * @param customer - the customer tenant
 * @param partner - the partner
 * @param role - the directory role
 */
export function modelHoldsRole(state: ModelState, customer: CustomerId, partner: PartnerId, role: RoleId): boolean {
  const relationship = state.relationships.get(pairKey(customer, partner));
  return relationship?.status === "active" && relationship.roles.includes(role.toLowerCase());
}
