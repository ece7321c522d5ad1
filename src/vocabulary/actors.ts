/**
 * Actors: who takes a step. Customer-side steps are taken by a user of the customer
 * tenant with directory roles; partner-side steps by a partner user with Partner Center
 * roles.
 *
 * @module
 */

import type { RoleId } from "./directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "./ids.js";

/** A Partner Center role of a partner user. */
export type PartnerCenterRole =
  | "globalAdmin"
  | "userManagementAdmin"
  | "adminAgent"
  | "salesAgent"
  | "helpdeskAgent"
  | "billingAdmin";

/** Display names of the Partner Center roles. */
export const PARTNER_CENTER_ROLES: { readonly [R in PartnerCenterRole]: string } = {
  globalAdmin: "Global admin",
  userManagementAdmin: "User management admin",
  adminAgent: "Admin agent",
  salesAgent: "Sales agent",
  helpdeskAgent: "Helpdesk agent",
  billingAdmin: "Billing admin",
};

/** A user of a customer tenant, with the directory roles they hold there. */
export interface CustomerUser {
  /** Discriminant. */
  readonly kind: "customerUser";
  /** The user's object ID. */
  readonly id: UserId;
  /** The tenant the user belongs to. */
  readonly tenant: CustomerId;
  /** The directory roles the user holds in that tenant. */
  readonly roles: readonly RoleId[];
}

/** A user of a partner organisation, with their Partner Center roles. */
export interface PartnerUser {
  /** Discriminant. */
  readonly kind: "partnerUser";
  /** The user's object ID. */
  readonly id: UserId;
  /** The partner the user works for. */
  readonly partner: PartnerId;
  /** The user's Partner Center roles. */
  readonly roles: readonly PartnerCenterRole[];
}

/** Anyone who takes a step. */
export type Actor = CustomerUser | PartnerUser;
