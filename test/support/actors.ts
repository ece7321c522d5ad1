/** Shared actors and instants for the tests. */
import {
  BILLING_ADMINISTRATOR,
  type CustomerUser,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  type PartnerUser,
} from "partner-relationships";

export const CUSTOMER = "contoso";
export const OTHER_CUSTOMER = "northwind";
export const PARTNER = "fabrikam";
export const OTHER_PARTNER = "adatum";

export const T0 = Date.UTC(2026, 0, 1);
export const DAY = 86_400_000;

export const globalAdmin: CustomerUser = {
  kind: "customerUser",
  id: "kim",
  tenant: CUSTOMER,
  roles: [GLOBAL_ADMINISTRATOR],
};
export const billingAdmin: CustomerUser = {
  kind: "customerUser",
  id: "lee",
  tenant: CUSTOMER,
  roles: [BILLING_ADMINISTRATOR],
};
export const helpdeskUser: CustomerUser = {
  kind: "customerUser",
  id: "max",
  tenant: CUSTOMER,
  roles: [HELPDESK_ADMINISTRATOR],
};
export const otherTenantAdmin: CustomerUser = {
  kind: "customerUser",
  id: "nia",
  tenant: OTHER_CUSTOMER,
  roles: [GLOBAL_ADMINISTRATOR],
};

export const adminAgent: PartnerUser = { kind: "partnerUser", id: "ana", partner: PARTNER, roles: ["adminAgent"] };
export const salesAgent: PartnerUser = { kind: "partnerUser", id: "sam", partner: PARTNER, roles: ["salesAgent"] };
export const helpdeskAgent: PartnerUser = {
  kind: "partnerUser",
  id: "hal",
  partner: PARTNER,
  roles: ["helpdeskAgent"],
};
export const otherPartnerAgent: PartnerUser = {
  kind: "partnerUser",
  id: "oz",
  partner: OTHER_PARTNER,
  roles: ["adminAgent"],
};
