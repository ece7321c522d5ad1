/**
 * Domain errors: one union of readonly plain objects discriminated by a snake_case
 * `code`. Every error names the rule that refused the step (`rule`), carries the facts a
 * caller needs to explain it, and a `message` a person can read. Nothing in the library
 * throws for a refused step (INVAR-3); it returns one of these in an `Err`.
 *
 * @module
 */
import type { CustomerId, InvitationId, PartnerId, UserId } from "./vocabulary/ids.js";
import type { PartnerType } from "./vocabulary/partner-types.js";
import type { RuleId } from "./vocabulary/rules.js";
import { formatInstant, type Instant } from "./vocabulary/time.js";

/** What every domain error has. */
export interface DomainErrorBase {
  /** What went wrong, as a stable snake_case code to switch on. */
  readonly code: string;
  /** The rule that refused the step. */
  readonly rule: RuleId;
  /** A sentence a person can read. Wording may change between versions; switch on `code`. */
  readonly message: string;
}

/** Why an actor was refused. */
export type NotAuthorizedReason =
  | "missing_role"
  | "other_tenant"
  | "other_partner"
  | "not_a_customer_user"
  | "not_a_partner_user";

/**
 * The actor may not take this step (ACT-1, ACT-2, ACT-3). `anyOf` lists the roles that
 * would do: directory role template IDs for customer users, Partner Center roles for
 * partner users; `anyOfNames` gives their display names.
 */
export interface NotAuthorized extends DomainErrorBase {
  readonly code: "not_authorized";
  readonly rule: "ACT-1" | "ACT-2" | "ACT-3";
  /** The step that was refused, such as `"acceptInvitation"`. */
  readonly step: string;
  /** The actor's user ID. */
  readonly actor: UserId;
  /** Why the actor was refused. */
  readonly reason: NotAuthorizedReason;
  /** Roles any one of which would do. */
  readonly anyOf: readonly string[];
  /** Display names of {@link NotAuthorized.anyOf}. */
  readonly anyOfNames: readonly string[];
}

/** The Microsoft Customer Agreement box was not ticked (INV-2, MCA-2). */
export interface AgreementNotAcknowledged extends DomainErrorBase {
  readonly code: "agreement_not_acknowledged";
  readonly rule: "INV-2" | "MCA-2";
  /** The customer whose admin did not acknowledge it. */
  readonly customer: CustomerId;
}

/** The invitation is no longer pending: its state is final (INV-1, INVAR-2). */
export interface InvitationNotPending extends DomainErrorBase {
  readonly code: "invitation_not_pending";
  readonly rule: "INV-1";
  /** The invitation. */
  readonly invitation: InvitationId;
  /** Its current, final status. */
  readonly status: "accepted" | "cancelled" | "expired";
}

/** The invitation was answered after it expired (INV-4). */
export interface InvitationExpired extends DomainErrorBase {
  readonly code: "invitation_expired";
  readonly rule: "INV-4";
  /** The invitation. */
  readonly invitation: InvitationId;
  /** When it expired. */
  readonly expiresAt: Instant;
  /** When the answer came. */
  readonly at: Instant;
}

/** The invitation cannot be expired yet: its lifetime has not run out (INV-4). */
export interface InvitationNotExpired extends DomainErrorBase {
  readonly code: "invitation_not_expired";
  readonly rule: "INV-4";
  /** The invitation. */
  readonly invitation: InvitationId;
  /** When it will expire. */
  readonly expiresAt: Instant;
  /** When expiry was asked for. */
  readonly at: Instant;
}

/** The customer may not delete this relationship; the partner must end it (TYPE-2). */
export interface ContactPartnerToEnd extends DomainErrorBase {
  readonly code: "contact_partner_to_end";
  readonly rule: "TYPE-2";
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner to contact. */
  readonly partner: PartnerId;
  /** Every capacity of the relationship. */
  readonly capacities: readonly PartnerType[];
  /** The capacities that make it not customer-deletable. */
  readonly notDeletable: readonly PartnerType[];
}

/** The relationship has ended; an ended relationship never changes again (INVAR-2). */
export interface RelationshipEnded extends DomainErrorBase {
  readonly code: "relationship_ended";
  readonly rule: "INVAR-2";
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
  /** When it ended. */
  readonly endedAt: Instant;
}

/** The relationship passed in belongs to another customer–partner pair (REL-1). */
export interface RelationshipMismatch extends DomainErrorBase {
  readonly code: "relationship_mismatch";
  readonly rule: "REL-1";
  /** The pair the step is about. */
  readonly expected: { readonly customer: CustomerId; readonly partner: PartnerId };
  /** The pair of the relationship passed in. */
  readonly found: { readonly customer: CustomerId; readonly partner: PartnerId };
}

/** An argument is malformed: what was wrong, where, and under which rule. */
export interface InvalidInput extends DomainErrorBase {
  readonly code: "invalid_input";
  /** Where the fault is, such as `"at"` or `"roles[2]"`. */
  readonly path: string;
  /** What was expected. */
  readonly expected: string;
  /** What was found, printed. */
  readonly found: string;
}

/** Every error a step of the library can return. */
export type DomainError =
  | NotAuthorized
  | AgreementNotAcknowledged
  | InvitationNotPending
  | InvitationExpired
  | InvitationNotExpired
  | ContactPartnerToEnd
  | RelationshipEnded
  | RelationshipMismatch
  | InvalidInput;

/** The `code` of every {@link DomainError}. */
export type DomainErrorCode = DomainError["code"];

/**
 * Prints a value for an error's `found` field: JSON where possible, cut at 80 characters.
 *
 * @param value - anything
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Builds an {@link InvalidInput} error.
 *
 * @param rule - the rule the input is checked for
 * @param path - where the fault is
 * @param expected - what was expected
 * @param value - what was found
 */
export function invalidInput(rule: RuleId, path: string, expected: string, value: unknown): InvalidInput {
  const found = describeValue(value);
  return {
    code: "invalid_input",
    rule,
    path,
    expected,
    found,
    message: `${path}: expected ${expected}, found ${found} (${rule}).`,
  };
}

/**
 * Builds an {@link InvitationNotPending} error.
 *
 * @param invitation - the invitation's ID
 * @param status - its final status
 */
export function invitationNotPending(
  invitation: InvitationId,
  status: InvitationNotPending["status"],
): InvitationNotPending {
  return {
    code: "invitation_not_pending",
    rule: "INV-1",
    invitation,
    status,
    message: `Invitation ${invitation} is ${status}; a ${status} invitation never changes again (INV-1).`,
  };
}

/**
 * Builds a {@link RelationshipEnded} error.
 *
 * @param customer - the customer
 * @param partner - the partner
 * @param endedAt - when the relationship ended
 */
export function relationshipEnded(customer: CustomerId, partner: PartnerId, endedAt: Instant): RelationshipEnded {
  return {
    code: "relationship_ended",
    rule: "INVAR-2",
    customer,
    partner,
    endedAt,
    message: `The relationship between ${customer} and ${partner} ended at ${formatInstant(endedAt)}; an ended relationship never changes again (INVAR-2).`,
  };
}
