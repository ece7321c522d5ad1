/**
 * The checks the GDAP relationship steps share: the request's expiry (GDAP-5), who may
 * take a step (ACT-3, ACT-4, ACT-1), and the terms a relationship is created or changed
 * with (roles, duration and auto-extension, display name: GDAP-1, GDAP-2, GDAP-3),
 * checked in one order by {@link checkGdapTerms}.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import {
  authorizeCustomerAdmin,
  authorizePartnerUser,
  GDAP_APPROVAL_ROLES,
  GDAP_REQUEST_ROLES,
} from "../authorization.js";
import { cutPrint } from "../describe-value.js";
import type {
  DisplayNameTaken,
  DisplayNameTooLong,
  DomainError,
  GdapRequestExpired,
  GlobalAdminAutoExtend,
  InvalidInput,
  NotAuthorized,
} from "../errors.js";
import { invalidInput } from "../errors.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { checkRoleIds, checkTime } from "../validate.js";
import type { Actor, CustomerUser, PartnerUser } from "../vocabulary/actors.js";
import { GLOBAL_ADMINISTRATOR, type RoleId } from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import { formatInstant, type Instant } from "../vocabulary/time.js";
import {
  checkAutoExtendDuration,
  checkRelationshipDuration,
  formatDuration,
  type IsoDuration,
  isZeroDuration,
} from "./duration.js";
import { ensureGdapStepAllowed, type GdapStepFrom } from "./lifecycle.js";
import type {
  GdapApprovalFields,
  GdapRelationship,
  GdapRelationshipFields,
  GdapRelationshipId,
  GdapRelationshipIn,
} from "./relationship.js";

function requestExpired(relationship: GdapRelationshipFields, at: Instant): GdapRequestExpired {
  return {
    code: "gdap_request_expired",
    rule: "GDAP-5",
    relationship: relationship.id,
    requestExpiresDateTime: relationship.requestExpiresDateTime,
    at,
    message: `The request for GDAP relationship ${relationship.id} expired at ${formatInstant(relationship.requestExpiresDateTime)} without approval; the partner must create a new one (GDAP-5).`,
  };
}

/** The steps on a relationship not approved yet, which its request's expiry stops (GDAP-5). */
export type UnapprovedStep = "updateGdapRelationship" | "lockGdapForApproval" | "approveGdapRelationship";

/**
 * The status the lifecycle table allows a step from, a time not before the last change,
 * and an unexpired request (GDAP-1, GDAP-5).
 *
 * @param relationship - a relationship in any status
 * @param step - the step about to be taken
 * @param at - when
 */
export function unapprovedAt<const Step extends UnapprovedStep>(
  relationship: GdapRelationship,
  step: Step,
  at: Instant,
): Result<GdapRelationshipIn<GdapStepFrom<Step>>, DomainError> {
  return ensureGdapStepAllowed(relationship, step).andThen((current) => {
    const fields: GdapRelationshipFields = current as GdapRelationship;
    return checkTime(at, "GDAP-1", fields.lastModifiedDateTime).andThen(() =>
      at >= fields.requestExpiresDateTime ? err(requestExpired(fields, at)) : ok(current),
    );
  });
}

/**
 * ACT-3: a user of the relationship's partner with Admin agent.
 *
 * @param relationship - the relationship
 * @param by - who takes the step
 * @param step - the step, for the error
 */
export function authorizePartner(
  relationship: GdapRelationshipFields,
  by: Actor,
  step: string,
): Result<PartnerUser, NotAuthorized | InvalidInput> {
  return authorizePartnerUser(by, relationship.partner, step, GDAP_REQUEST_ROLES);
}

/**
 * The partner (Admin agent, ACT-3) or the customer (ACT-1): which side, and who.
 *
 * @param relationship - the approved relationship
 * @param by - who takes the step
 * @param step - the step, for the error
 */
export function authorizeEitherSide(
  relationship: GdapApprovalFields,
  by: Actor,
  step: string,
): Result<{ side: "partner" | "customer"; user: UserId }, NotAuthorized | InvalidInput> {
  return by?.kind === "partnerUser"
    ? authorizePartner(relationship, by, step).map((user) => ({ side: "partner" as const, user: user.id }))
    : authorizeCustomerAdmin(by, relationship.customer, step).map((user) => ({
        side: "customer" as const,
        user: user.id,
      }));
}

/**
 * ACT-4: approving GDAP needs a Global Administrator of the customer.
 *
 * @param by - who approves
 * @param customer - the customer
 * @param step - the step, for the error
 */
export function authorizeApprover(
  by: Actor,
  customer: CustomerId,
  step: string,
): Result<CustomerUser, NotAuthorized | InvalidInput> {
  return authorizeCustomerAdmin(by, customer, step, GDAP_APPROVAL_ROLES, "ACT-4");
}

function checkRoles(value: unknown): Result<readonly RoleId[], InvalidInput> {
  return checkRoleIds(value, "GDAP-1", "at least one Entra role template ID");
}

/** Characters of a display name, as Unicode code points. */
function nameLength(name: string): number {
  let length = 0;
  for (const _ of name) length++;
  return length;
}

/**
 * The form in which display names are compared (GDAP-3): trimmed, lower case.
 *
 * @param name - a display name
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Checks a display name (GDAP-3): a non-blank string of at most the policy's length
 * (50 characters, counted as Unicode code points), not the name of another of the
 * partner's relationships among `existing` (compared trimmed and case-insensitively;
 * relationships of any status count, the one with the same ID does not).
 *
 * @param displayName - the name
 * @param partner - the partner
 * @param self - the relationship's own ID
 * @param existing - the partner's relationships known to the caller
 * @param policy - the policy (default {@link DEFAULT_POLICY}: 50 characters)
 *
 * @example
 * ```ts
 * checkGdapDisplayName("Contoso helpdesk", "fabrikam", "rel-2", [relationshipNamedContosoHelpdesk]);
 * // Err({ code: "display_name_taken", rule: "GDAP-3", takenBy: "rel-1", … })
 * ```
 */
export function checkGdapDisplayName(
  displayName: unknown,
  partner: PartnerId,
  self: GdapRelationshipId,
  existing: readonly GdapRelationship[] = [],
  policy: Policy = DEFAULT_POLICY,
): Result<string, InvalidInput | DisplayNameTooLong | DisplayNameTaken> {
  const maxLength = policy.gdap.displayNameMaxLength;
  // The limit before any scan (INVAR-8): more than two UTF-16 units per allowed character
  // is too long whatever the text, so a 50 MB name is refused without being read; the
  // error carries a bounded excerpt of it, never the whole.
  const tooLong = typeof displayName === "string" && displayName.length > 2 * maxLength;
  if (typeof displayName !== "string" || (!tooLong && displayName.trim() === ""))
    return err(invalidInput("GDAP-3", "displayName", "a non-blank display name", displayName));
  const length = tooLong ? displayName.length : nameLength(displayName);
  if (length > maxLength)
    return err({
      code: "display_name_too_long",
      rule: "GDAP-3",
      displayName: cutPrint(displayName),
      length,
      maxLength,
      message: `The display name has ${length} characters; a GDAP relationship's display name has at most ${maxLength} (GDAP-3).`,
    });
  const key = nameKey(displayName);
  const clash = existing.find(
    (other) => other.partner === partner && other.id !== self && nameKey(other.displayName) === key,
  );
  if (clash !== undefined)
    return err({
      code: "display_name_taken",
      rule: "GDAP-3",
      displayName,
      partner,
      takenBy: clash.id,
      message: `Partner ${partner} already has a GDAP relationship named ${JSON.stringify(clash.displayName)} (${clash.id}); display names are unique among a partner's relationships (GDAP-3).`,
    });
  return ok(displayName);
}

function globalAdminAutoExtend(id: GdapRelationshipId, autoExtend: IsoDuration): GlobalAdminAutoExtend {
  const text = formatDuration(autoExtend);
  return {
    code: "global_admin_auto_extend",
    rule: "GDAP-2",
    relationship: id,
    autoExtendDuration: text,
    message: `GDAP relationship ${id} includes Global Administrator, so it cannot auto-extend (${text}); use PT0S or remove Global Administrator (GDAP-2).`,
  };
}

/** GDAP-2: Global Administrator and auto-extension never go together. */
function checkGlobalAdminAutoExtend(
  id: GdapRelationshipId,
  roles: readonly RoleId[],
  autoExtend: IsoDuration,
): Result<IsoDuration, GlobalAdminAutoExtend> {
  return roles.includes(GLOBAL_ADMINISTRATOR) && !isZeroDuration(autoExtend)
    ? err(globalAdminAutoExtend(id, autoExtend))
    : ok(autoExtend);
}

/** The terms a relationship is created with and may change while `created`. */
export interface GdapTerms {
  /** Its roles (GDAP-1). */
  readonly roles: readonly RoleId[];
  /** How long it lasts once active (GDAP-2). */
  readonly duration: IsoDuration;
  /** What it extends by at its end time (GDAP-2). */
  readonly autoExtendDuration: IsoDuration;
  /** Its display name (GDAP-3). */
  readonly displayName: string;
}

/** Terms as a caller gives them, unchecked, with the partner's other relationships (GDAP-3). */
export interface GdapTermsInput {
  /** Roles, unchecked. */
  readonly roles?: unknown;
  /** Duration, unchecked. */
  readonly duration?: unknown;
  /** Auto-extend duration, unchecked. */
  readonly autoExtendDuration?: unknown;
  /** Display name, unchecked. */
  readonly displayName?: unknown;
  /** The partner's other relationships, for display-name uniqueness (GDAP-3). */
  readonly existing?: readonly GdapRelationship[] | undefined;
}

/**
 * Checks the terms a step sets, in the one order every step uses: roles (GDAP-1),
 * duration and auto-extension (GDAP-2), Global Administrator with auto-extension
 * (GDAP-2), display name (GDAP-3). A term given is checked; a term not given keeps its
 * value from `kept`, and is checked (and refused) when `kept` has none.
 *
 * @param relationship - the relationship's ID and partner
 * @param input - the terms given
 * @param kept - the terms that stay when not given
 * @param policy - the policy
 * @returns the terms, or the first fault
 */
export function checkGdapTerms(
  relationship: { readonly id: GdapRelationshipId; readonly partner: PartnerId },
  input: GdapTermsInput,
  kept: Partial<GdapTerms>,
  policy: Policy,
): Result<GdapTerms, DomainError> {
  const roles = term(input.roles, kept.roles, checkRoles);
  if (roles.isErr()) return err(roles.error);
  const duration = term(input.duration, kept.duration, (value) => checkRelationshipDuration(value, policy));
  if (duration.isErr()) return err(duration.error);
  const autoExtendDuration = term(input.autoExtendDuration, kept.autoExtendDuration, (value) =>
    checkAutoExtendDuration(value, policy),
  ).andThen((autoExtend) => checkGlobalAdminAutoExtend(relationship.id, roles.value, autoExtend));
  if (autoExtendDuration.isErr()) return err(autoExtendDuration.error);
  const displayName = term(input.displayName, kept.displayName, (value) =>
    checkGdapDisplayName(value, relationship.partner, relationship.id, input.existing, policy),
  );
  if (displayName.isErr()) return err(displayName.error);
  return ok({
    roles: roles.value,
    duration: duration.value,
    autoExtendDuration: autoExtendDuration.value,
    displayName: displayName.value,
  });
}

/** A term given is checked; one not given keeps its value, or is checked when it has none. */
function term<T, E>(given: unknown, kept: T | undefined, check: (value: unknown) => Result<T, E>): Result<T, E> {
  return given === undefined && kept !== undefined ? ok(kept) : check(given);
}
