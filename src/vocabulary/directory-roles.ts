/**
 * Microsoft Entra directory roles, identified by their role template IDs.
 *
 * A role is its template ID (the same in every tenant), a GUID. Microsoft compares role
 * IDs case-insensitively and some of its payloads print them in upper case; the library
 * does the same (GDAP-11) by keeping one form: every place where a role ID enters (the
 * steps' inputs, the codec's `roleId` leaf and so the Graph readers, the questions'
 * arguments, an actor's roles when checked) reads it through {@link canonicalRoleId}, so
 * stored role IDs are lower case and compare with `===`. {@link DIRECTORY_ROLES} names
 * the roles the library's rules use; {@link ENTRA_BUILT_IN_ROLES} (module
 * `entra-roles.ts`) is Microsoft's whole published list, which {@link roleName} reads.
 * GDAP relationships may carry any Entra role ID, listed or not.
 *
 * @module
 */
import { ENTRA_BUILT_IN_ROLES } from "./entra-roles.js";

/**
 * A Microsoft Entra role template ID, such as Global Administrator's: a GUID, lower case
 * wherever the library stores one (see {@link canonicalRoleId}).
 */
export type RoleId = string;

/**
 * The longest list of roles a step, an actor or the codec reads (INVAR-8): 500. Microsoft's
 * catalogue of Entra built-in roles holds about 130, so a list of distinct roles is far
 * shorter; a longer list is refused before any of it is read, so that no list costs more
 * than this many checks. Not an edition's figure: every edition of the sources names the
 * same Entra roles.
 */
export const MAX_ROLES = 500;

/** Global Administrator. */
export const GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
/** Billing Administrator. */
export const BILLING_ADMINISTRATOR = "b0f54661-2d74-4c50-afa3-1ec803f12efe";
/** Helpdesk Administrator. */
export const HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
/** Domain Name Administrator. */
export const DOMAIN_NAME_ADMINISTRATOR = "8329153b-31d0-4727-b945-745eb3bc5f31";
/** User Administrator. */
export const USER_ADMINISTRATOR = "fe930be7-5e62-47db-91af-98c3a49a38b1";
/** Global Reader. */
export const GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
/** Service Support Administrator. */
export const SERVICE_SUPPORT_ADMINISTRATOR = "f023fd81-a637-4b56-95fd-791ac0226033";
/** Exchange Administrator. */
export const EXCHANGE_ADMINISTRATOR = "29232cdf-9323-42fd-ade2-1d097af3e4de";
/** Security Administrator. */
export const SECURITY_ADMINISTRATOR = "194ae4cb-b126-40b2-bd5b-6091b380977d";
/** License Administrator. */
export const LICENSE_ADMINISTRATOR = "4d6ac14f-3453-41d0-bef9-a3e0c569773a";
/** Privileged Role Administrator. */
export const PRIVILEGED_ROLE_ADMINISTRATOR = "e8611ab8-c189-46e8-94e1-60213ab1f814";

/**
 * The directory roles the library's rules name, by template ID, with their display names:
 * a small part of {@link ENTRA_BUILT_IN_ROLES}, kept apart so that the steps, whose
 * errors name only these roles, do not carry the whole catalogue.
 *
 * @example
 * ```ts
 * DIRECTORY_ROLES[GLOBAL_ADMINISTRATOR]; // "Global Administrator"
 * ```
 */
export const DIRECTORY_ROLES: Readonly<Record<RoleId, string>> = /* @__PURE__ */ Object.freeze({
  [GLOBAL_ADMINISTRATOR]: "Global Administrator",
  [BILLING_ADMINISTRATOR]: "Billing Administrator",
  [HELPDESK_ADMINISTRATOR]: "Helpdesk Administrator",
  [DOMAIN_NAME_ADMINISTRATOR]: "Domain Name Administrator",
  [USER_ADMINISTRATOR]: "User Administrator",
  [GLOBAL_READER]: "Global Reader",
  [SERVICE_SUPPORT_ADMINISTRATOR]: "Service Support Administrator",
  [EXCHANGE_ADMINISTRATOR]: "Exchange Administrator",
  [SECURITY_ADMINISTRATOR]: "Security Administrator",
  [LICENSE_ADMINISTRATOR]: "License Administrator",
  [PRIVILEGED_ROLE_ADMINISTRATOR]: "Privileged Role Administrator",
});

const ROLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value is shaped like a role template ID: a GUID, in lower or upper case
 * (Microsoft compares role IDs case-insensitively, GDAP-11).
 *
 * @param value - anything
 */
export function isRoleId(value: unknown): value is RoleId {
  return typeof value === "string" && ROLE_ID.test(value);
}

/**
 * The form in which the library keeps a role ID: lower case, so that two spellings of one
 * role compare equal with `===` (GDAP-11). A value that is not a string is returned as
 * it is (it then equals no role).
 *
 * @param role - a role template ID, in any case
 *
 * @example
 * ```ts
 * canonicalRoleId("62E90394-69F5-4237-9190-012177145E10") === GLOBAL_ADMINISTRATOR; // true
 * ```
 */
export function canonicalRoleId(role: RoleId): RoleId {
  return typeof role === "string" ? role.toLowerCase() : role;
}

/**
 * Whether a list of role IDs holds `role`, comparing case-insensitively (GDAP-11).
 *
 * @param roles - role IDs, in any case (an actor's roles, say)
 * @param role - the role looked for, in any case
 *
 * @example
 * ```ts
 * includesRole(["62E90394-69F5-4237-9190-012177145E10"], GLOBAL_ADMINISTRATOR); // true
 * ```
 */
export function includesRole(roles: readonly RoleId[], role: RoleId): boolean {
  const wanted = canonicalRoleId(role);
  return roles.some((held) => held === wanted || canonicalRoleId(held) === wanted);
}

function nameIn(names: Readonly<Record<RoleId, string>>, role: RoleId): string {
  const id = canonicalRoleId(role);
  return typeof id === "string" && Object.hasOwn(names, id) ? (names[id] as string) : role;
}

/**
 * A role's display name as Microsoft publishes it ({@link ENTRA_BUILT_IN_ROLES}), or its
 * template ID for a role not in that list. The ID may be in any case. Code that calls
 * it bundles the catalogue.
 *
 * @param role - a role template ID
 *
 * @example
 * ```ts
 * roleName("5D6B6BB7-DE71-4623-B4AF-96380A352509"); // "Security Reader"
 * roleName("00000000-0000-0000-0000-000000000000"); // "00000000-0000-0000-0000-000000000000"
 * ```
 */
export function roleName(role: RoleId): string {
  return nameIn(ENTRA_BUILT_IN_ROLES, role);
}

/**
 * The display name of a role of {@link DIRECTORY_ROLES}, or its template ID: what
 * authorization errors use, since they name only those roles, so that a step does not
 * bundle the whole catalogue. Internal; {@link roleName} is the public one.
 *
 * @param role - a role template ID
 * @internal
 */
export function libraryRoleName(role: RoleId): string {
  return nameIn(DIRECTORY_ROLES, role);
}

/** What a role template ID is, in an error. @internal */
export const ROLE_ID_EXPECTED = "an Entra role template ID (a GUID)";

/** A role of {@link DIRECTORY_ROLES} found by its display name, with the constant that holds its ID. */
export interface NamedRole {
  /** Its template ID. */
  readonly id: RoleId;
  /** Its display name. */
  readonly name: string;
  /** The exported constant holding the ID, such as `"GLOBAL_ADMINISTRATOR"`. */
  readonly constant: string;
}

/** No display name is longer; a longer value is not compared (nor lower-cased). */
const LONGEST_DISPLAY_NAME = 100;

/**
 * The role of {@link DIRECTORY_ROLES} whose display name a value is, in any case and
 * with surrounding spaces, or `undefined`: for errors to say which ID to give where a
 * display name was given. Its cost does not grow with the value's length.
 *
 * @param value - anything
 * @internal
 *
 * @example
 * ```ts
 * roleByDisplayName("global administrator");
 * // { id: "62e90394-69f5-4237-9190-012177145e10", name: "Global Administrator", constant: "GLOBAL_ADMINISTRATOR" }
 * ```
 */
export function roleByDisplayName(value: unknown): NamedRole | undefined {
  if (typeof value !== "string" || value.length > LONGEST_DISPLAY_NAME) return undefined;
  const key = value.trim().toLowerCase();
  // The constants are named after the display names: GLOBAL_ADMINISTRATOR for "Global Administrator".
  for (const [id, name] of Object.entries(DIRECTORY_ROLES))
    if (name.toLowerCase() === key) return { id, name, constant: name.toUpperCase().replaceAll(" ", "_") };
  return undefined;
}

/**
 * What to give instead of a display name of a role of {@link DIRECTORY_ROLES} given where
 * its template ID is due (`use GLOBAL_ADMINISTRATOR ("62e90394-…") for Global
 * Administrator`), or `undefined` for any other value.
 *
 * @param value - anything
 * @internal
 */
export function displayNameAdvice(value: unknown): string | undefined {
  const role = roleByDisplayName(value);
  return role === undefined ? undefined : `use ${role.constant} ("${role.id}") for ${role.name}`;
}

/**
 * What an error expects where a value is not a role template ID: {@link ROLE_ID_EXPECTED},
 * and for a string, the ID to use instead of a display name
 * (`…, not a display name: use GLOBAL_ADMINISTRATOR ("62e90394-…")`) or where IDs come
 * from.
 *
 * @param value - the value found
 * @internal
 */
export function roleIdExpected(value: unknown): string {
  if (typeof value !== "string") return ROLE_ID_EXPECTED;
  const advice = displayNameAdvice(value);
  return advice === undefined
    ? `${ROLE_ID_EXPECTED}; the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name`
    : `${ROLE_ID_EXPECTED}, not a display name: ${advice}`;
}
