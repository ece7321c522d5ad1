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
