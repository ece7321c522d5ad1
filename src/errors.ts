/**
 * Domain errors: one union of readonly plain objects discriminated by a snake_case
 * `code`. Every error names the rule that refused the step (`rule`), carries the facts a
 * caller needs to explain it, and a `message` a person can read. Nothing in the library
 * throws for a refused step (INVAR-3); it returns one of these in an `Err`.
 *
 * @module
 */
import { describeValue, label } from "./describe-value.js";
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
 * The actor may not take this step (ACT-1, ACT-2, ACT-3, ACT-4). `anyOf` lists the roles that
 * would do: directory role template IDs for customer users, Partner Center roles for
 * partner users; `anyOfNames` gives their display names.
 */
export interface NotAuthorized extends DomainErrorBase {
  readonly code: "not_authorized";
  readonly rule: "ACT-1" | "ACT-2" | "ACT-3" | "ACT-4";
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

/** A customer–partner pair: what identifies a relationship (REL-1). */
export interface CustomerPartnerPair {
  /** The customer. */
  readonly customer: CustomerId;
  /** The partner. */
  readonly partner: PartnerId;
}

/** The relationship passed in belongs to another customer–partner pair (REL-1). */
export interface RelationshipMismatch extends DomainErrorBase {
  readonly code: "relationship_mismatch";
  readonly rule: "REL-1";
  /** The pair the step is about. */
  readonly expected: CustomerPartnerPair;
  /** The pair of the relationship passed in. */
  readonly found: CustomerPartnerPair;
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

/**
 * A step that an access question governs was refused: the question's decision said no
 * (AP-4 for registering devices, for instance). Carries the decision's reasons and
 * remedies.
 */
export interface NotPermitted extends DomainErrorBase {
  readonly code: "not_permitted";
  /** The step that was refused. */
  readonly step: string;
  /** The rules that refused it. */
  readonly rules: readonly RuleId[];
  /** Why, in sentences a person can read. */
  readonly reasons: readonly string[];
  /** What would make it allowed. */
  readonly remedies: readonly string[];
}

/** Every error a step of the library can return. */
export type DomainError =
  | NotPermitted
  | NotAuthorized
  | AgreementNotAcknowledged
  | InvitationNotPending
  | InvitationExpired
  | InvitationNotExpired
  | ContactPartnerToEnd
  | RelationshipEnded
  | RelationshipMismatch
  | InvalidInput
  | GdapError;

/** The `code` of every {@link DomainError}. */
export type DomainErrorCode = DomainError["code"];

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
  const where = label(path);
  return {
    code: "invalid_input",
    rule,
    path: where,
    expected,
    found,
    message: `${where}: expected ${expected}, found ${found} (${rule}).`,
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
    message: `Invitation ${invitation} is ${status} and never changes again (INV-1).`,
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

// ---------------------------------------------------------------------------------------
// GDAP (GDAP-1…GDAP-7): errors of the granular delegated admin privileges steps.
// The builders live next to the steps in src/gdap/; these are the shapes callers switch on.
// ---------------------------------------------------------------------------------------

/**
 * A GDAP relationship step was asked of a relationship in a status that does not allow
 * it (GDAP-1), such as updating an `approvalPending` one or any step on an `expired` or
 * `terminated` one (final, INVAR-2).
 */
export interface GdapStatusNotAllowed extends DomainErrorBase {
  readonly code: "gdap_status_not_allowed";
  readonly rule: "GDAP-1";
  /** The relationship's ID. */
  readonly relationship: string;
  /** The step that was refused, such as `"updateGdapRelationship"`. */
  readonly step: string;
  /** The relationship's status when the step was asked (after reaching `at`). */
  readonly status: string;
  /** The statuses the step accepts. */
  readonly allowed: readonly string[];
}

/**
 * A duration is malformed, or outside the range the setting allows (GDAP-2): a
 * relationship's duration is `P1D`…`P2Y` (730 days); its auto-extend duration is
 * `PT0S`/`P0D` (none) or `P180D`.
 */
export interface InvalidDuration extends DomainErrorBase {
  readonly code: "invalid_duration";
  readonly rule: "GDAP-2";
  /** Where the duration was given, such as `"duration"` or `"autoExtendDuration"`. */
  readonly path: string;
  /** The input, printed. */
  readonly input: string;
  /** `malformed`: not an ISO 8601 duration of the supported forms; `out_of_range`: well-formed but not allowed here. */
  readonly reason: "malformed" | "out_of_range";
  /** What is allowed, such as `"P1D…P730D (P2Y)"`. */
  readonly allowed: string;
}

/** A relationship that includes Global Administrator cannot auto-extend (GDAP-2). */
export interface GlobalAdminAutoExtend extends DomainErrorBase {
  readonly code: "global_admin_auto_extend";
  readonly rule: "GDAP-2";
  /** The relationship's ID. */
  readonly relationship: string;
  /** The auto-extend duration asked for, ISO 8601. */
  readonly autoExtendDuration: string;
}

/** Global Administrator can be removed from a relationship only while it is `active` (GDAP-2). */
export interface GlobalAdminRemovalNotActive extends DomainErrorBase {
  readonly code: "global_admin_removal_not_active";
  readonly rule: "GDAP-2";
  /** The relationship's ID. */
  readonly relationship: string;
  /** Its status when the removal was asked. */
  readonly status: string;
}

/** The display name is longer than the policy allows (GDAP-3, default 50 characters). */
export interface DisplayNameTooLong extends DomainErrorBase {
  readonly code: "display_name_too_long";
  readonly rule: "GDAP-3";
  /** The name given, as a bounded excerpt (at most {@link MAX_EXCERPT} characters, then `…` and its length). */
  readonly displayName: string;
  /**
   * Its length in characters (Unicode code points); for a name of more than twice the
   * limit in UTF-16 units, refused before it is read, its length in UTF-16 units.
   */
  readonly length: number;
  /** The longest allowed. */
  readonly maxLength: number;
}

/** Another relationship of the partner already has this display name (GDAP-3). */
export interface DisplayNameTaken extends DomainErrorBase {
  readonly code: "display_name_taken";
  readonly rule: "GDAP-3";
  /** The name given. */
  readonly displayName: string;
  /** The partner. */
  readonly partner: PartnerId;
  /** The relationship that has it. */
  readonly takenBy: string;
}

/** Another customer tries to approve a relationship created for, or bound to, a customer (GDAP-4). */
export interface CustomerNotBound extends DomainErrorBase {
  readonly code: "customer_not_bound";
  readonly rule: "GDAP-4";
  /** The relationship's ID. */
  readonly relationship: string;
  /** The customer the relationship is for. */
  readonly boundCustomer: CustomerId;
  /** The customer tenant of the user who tried. */
  readonly customer: CustomerId;
}

/** The request was not approved within the policy's lifetime (GDAP-5, default 90 days). */
export interface GdapRequestExpired extends DomainErrorBase {
  readonly code: "gdap_request_expired";
  readonly rule: "GDAP-5";
  /** The relationship's ID. */
  readonly relationship: string;
  /** When the request expired. */
  readonly requestExpiresDateTime: Instant;
  /** When the step was asked. */
  readonly at: Instant;
}

/** An access assignment asks for roles the relationship does not hold (GDAP-6). */
export interface RolesOutsideRelationship extends DomainErrorBase {
  readonly code: "roles_outside_relationship";
  readonly rule: "GDAP-6";
  /** The relationship's ID. */
  readonly relationship: string;
  /** The roles asked for that the relationship does not hold (template IDs). */
  readonly outside: readonly string[];
  /** Their display names. */
  readonly outsideNames: readonly string[];
  /** The relationship's roles (template IDs). */
  readonly relationshipRoles: readonly string[];
}

/** The security group already has an access assignment on this relationship (GDAP-6). */
export interface AccessAssignmentExists extends DomainErrorBase {
  readonly code: "access_assignment_exists";
  readonly rule: "GDAP-6";
  /** The relationship's ID. */
  readonly relationship: string;
  /** The partner security group. */
  readonly group: string;
  /** The assignment it already has. */
  readonly assignment: string;
}

/** An access assignment step was asked of an assignment in a status that does not allow it (GDAP-6). */
export interface AccessAssignmentStatusNotAllowed extends DomainErrorBase {
  readonly code: "access_assignment_status_not_allowed";
  readonly rule: "GDAP-6";
  /** The assignment's ID. */
  readonly assignment: string;
  /** The step that was refused. */
  readonly step: string;
  /** The assignment's status. */
  readonly status: string;
  /** The statuses the step accepts. */
  readonly allowed: readonly string[];
}

/** Every error a GDAP step can return, besides {@link NotAuthorized}, {@link InvalidInput} and {@link RelationshipMismatch}. */
export type GdapError =
  | GdapStatusNotAllowed
  | InvalidDuration
  | GlobalAdminAutoExtend
  | GlobalAdminRemovalNotActive
  | DisplayNameTooLong
  | DisplayNameTaken
  | CustomerNotBound
  | GdapRequestExpired
  | RolesOutsideRelationship
  | AccessAssignmentExists
  | AccessAssignmentStatusNotAllowed;

/**
 * Builds a {@link NotPermitted} error from a refused decision.
 *
 * @param step - the step refused
 * @param decision - the question's answer: its rules, reasons and remedies
 */
export function notPermitted(
  step: string,
  decision: {
    readonly rules: readonly RuleId[];
    readonly reasons: readonly string[];
    readonly remedies: readonly string[];
  },
): NotPermitted {
  const rule = decision.rules[0] ?? "INVAR-1";
  return {
    code: "not_permitted",
    rule,
    step,
    rules: decision.rules,
    reasons: decision.reasons,
    remedies: decision.remedies,
    message: `${step} is not permitted (${decision.rules.join(", ")}): ${decision.reasons.join(" ")}`,
  };
}
