/**
 * The display names of the partner types (TYPE-1), apart from the full catalogue so that
 * code that only names a type (an error message, a list in catalogue order) does not
 * bundle every description.
 *
 * @module
 */
import type { PartnerType } from "./partner-types.js";

/** Each partner type's display name, as the admin center shows it, in catalogue order. */
export const PARTNER_TYPE_NAMES: { readonly [T in PartnerType]: string } = {
  reseller: "Reseller",
  delegatedAdministrator: "Delegated administrator",
  resellerAndDelegatedAdministrator: "Reseller & delegated administrator",
  partner: "Partner",
  advisor: "Advisor",
  mpsaPartner: "Microsoft Products & Services Agreement (MPSA) partner",
  oem: "OEM PC partner",
  lineOfBusiness: "Line-of-business (LOB) partner",
  isv: "Independent software vendor (ISV)",
  indirectReseller: "Indirect reseller",
  gdap: "Partner with GDAP access",
};

/** A value longer than this is no partner type nor close to one, and is not compared. */
const LONGEST_PARTNER_TYPE = 64;

/** A spelling reduced to its letters and digits, in lower case: `"Reseller & delegated…"` and `"reseller-and-…"` come close. */
function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Edits (insert, delete, replace a character) from `a` to `b`, or more than `most` if that is all it can say. */
function editsBetween(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The partner type a caller most likely meant by a value that is not one: the type whose
 * name or display name it is in another case or spelling (`"Advisor"`, `"reseller-and-
 * delegated-administrator"`), or which it misses by at most two letters (`"advisr"`);
 * `undefined` if none. Its cost does not grow with the value's length.
 *
 * @param value - anything
 * @internal
 */
export function likelyPartnerType(value: unknown): PartnerType | undefined {
  if (typeof value !== "string" || value.length > LONGEST_PARTNER_TYPE) return undefined;
  const given = squeezed(value);
  const entries = Object.entries(PARTNER_TYPE_NAMES) as [PartnerType, string][];
  const same = entries.find(([type, name]) => squeezed(type) === given || squeezed(name) === given);
  if (same !== undefined) return same[0];
  const close = entries.filter(([type]) => editsBetween(given, squeezed(type), 2) <= 2);
  return close.length === 1 ? close[0]?.[0] : undefined;
}

/**
 * What an error expects where a value is not a partner type: every type of the
 * catalogue, and the one the caller most likely meant ({@link likelyPartnerType}), if any.
 *
 * @param value - the value found (none: the list alone)
 * @internal
 *
 * @example
 * ```ts
 * partnerTypeExpected("Advisor");
 * // 'a partner type (reseller, delegatedAdministrator, …, gdap); for Advisor, give "advisor"'
 * ```
 */
export function partnerTypeExpected(value?: unknown): string {
  const list = `a partner type (${Object.keys(PARTNER_TYPE_NAMES).join(", ")})`;
  const meant = likelyPartnerType(value);
  return meant === undefined ? list : `${list}; for ${PARTNER_TYPE_NAMES[meant]}, give "${meant}"`;
}
