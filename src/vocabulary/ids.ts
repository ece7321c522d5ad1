/**
 * Identifiers. The library never makes identifiers (INVAR-4): callers pass them in, as
 * the strings their own systems use (tenant GUIDs, Partner Center IDs, object IDs).
 *
 * @module
 */

/** A customer's Microsoft Entra tenant ID (usually a GUID). */
export type CustomerId = string;

/** A partner's ID (its Partner Center / tenant ID). */
export type PartnerId = string;

/** A user's object ID, in the customer's or the partner's tenant. */
export type UserId = string;

/** An invitation's ID, chosen by the caller. */
export type InvitationId = string;

/**
 * Whether a value can serve as an identifier: a non-empty string of at most 256
 * characters without surrounding white space.
 *
 * @param value - anything
 */
export function isIdentifier(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 256 && value.trim() === value;
}
