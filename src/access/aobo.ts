/**
 * Admin on behalf of (AOBO): what a partner acting on behalf of its customer sees in the
 * Microsoft 365 admin center's Billing menu (AOBO-1), and who may manage the customer's
 * domain subscriptions (AOBO-2).
 *
 * @module
 */

import { grantBasis, inForce } from "../basis.js";
import { describeValue, label } from "../describe-value.js";
import type { Relationship } from "../relationship.js";
import type { Actor } from "../vocabulary/actors.js";
import { allow, type Basis, type Decision, refuse } from "../vocabulary/decision.js";
import {
  BILLING_ADMINISTRATOR,
  DOMAIN_NAME_ADMINISTRATOR,
  GLOBAL_ADMINISTRATOR,
  includesRole,
  type RoleId,
  roleName,
} from "../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId } from "../vocabulary/ids.js";

/** A page of the admin center's Billing menu. */
export type BillingPage = "purchaseServices" | "products" | "billingAndPayments" | "licenses" | "billingNotifications";

/** A Billing page's display name and whether a partner acting on behalf of the customer gets it (AOBO-1). */
export interface BillingPageInfo {
  /** Its name in the admin center. */
  readonly displayName: string;
  /** Whether a partner acting on behalf of the customer sees it. */
  readonly onBehalf: boolean;
}

/**
 * The Billing pages of the admin center (001): a partner acting on behalf of the customer
 * no longer gets Purchase services, Products (Your products) or Billing & payments; it
 * still sees Licenses and Billing notifications.
 */
export const BILLING_PAGES: { readonly [Page in BillingPage]: BillingPageInfo } = {
  purchaseServices: { displayName: "Purchase services", onBehalf: false },
  products: { displayName: "Products (Your products)", onBehalf: false },
  billingAndPayments: { displayName: "Billing & payments", onBehalf: false },
  licenses: { displayName: "Licenses", onBehalf: true },
  billingNotifications: { displayName: "Billing notifications", onBehalf: true },
};

/**
 * Directory roles that open the Billing menu to a partner acting on behalf: Global
 * Administrator (what DAP grants, DAP-1) or Billing Administrator.
 */
export const ON_BEHALF_BILLING_ROLES: readonly RoleId[] = [GLOBAL_ADMINISTRATOR, BILLING_ADMINISTRATOR];

/**
 * The roles a customer account needs, both of them, to manage the customer's domain
 * subscriptions (AOBO-2).
 */
export const DOMAIN_SUBSCRIPTION_ROLES: readonly RoleId[] = [DOMAIN_NAME_ADMINISTRATOR, BILLING_ADMINISTRATOR];

/** What {@link canSeeBillingPage} looks at. */
export interface BillingPageQuery {
  /** The partner acting on behalf of the customer. */
  readonly partner: PartnerId;
  /** The customer tenant. */
  readonly customer: CustomerId;
  /** The page. */
  readonly page: BillingPage;
  /** Relationships of any customers and partners. */
  readonly relationships: readonly Relationship[];
}

/**
 * Whether a partner acting on behalf of the customer in the admin center sees a Billing
 * page (AOBO-1). Acting on behalf needs a delegated role that opens the Billing menu
 * (Global Administrator or Billing Administrator held by the partner's Admin Agents or
 * Helpdesk Agents); then Licenses and Billing notifications are shown and Purchase
 * services, Products and Billing & payments are not: the partner buys and manages the
 * customer's subscriptions in Partner Center instead.
 *
 * @param query - partner, customer, page and relationships
 *
 * @example
 * ```ts
 * canSeeBillingPage({ partner: "fabrikam", customer: "contoso", page: "purchaseServices", relationships }).remedies;
 * // ["fabrikam buys and manages contoso's subscriptions in Partner Center."]
 * ```
 */
export function canSeeBillingPage(query: BillingPageQuery): Decision {
  const { partner, customer, page } = query;
  if (!Object.hasOwn(BILLING_PAGES, page))
    return refuse(
      ["AOBO-1"],
      [`${describeValue(page)} is not a page of the admin center's Billing menu.`],
      [`Ask about one of ${Object.keys(BILLING_PAGES).join(", ")}.`],
    );
  const info = BILLING_PAGES[page];
  const relationship = inForce(query.relationships, customer, partner);
  const grant = relationship?.grants.find(
    (held) => held.holder !== "partnerUserAccount" && ON_BEHALF_BILLING_ROLES.includes(held.role),
  );
  if (relationship === undefined || grant === undefined) {
    return refuse(
      ["AOBO-1", "INVAR-1"],
      [
        `${partner} holds no delegated role in ${customer} that opens the Billing menu (Global Administrator or Billing Administrator), so it cannot act there on ${customer}'s behalf.`,
      ],
      [`${customer} must grant ${partner} delegated admin privileges.`],
    );
  }
  if (!info.onBehalf) {
    return refuse(
      ["AOBO-1"],
      [`A partner acting on behalf of the customer does not get the ${info.displayName} page of the Billing menu.`],
      [
        `${partner} buys and manages ${customer}'s subscriptions in Partner Center.`,
        `A Billing Administrator of ${customer} signed in with their own account sees ${info.displayName}.`,
      ],
    );
  }
  return allow(
    ["AOBO-1"],
    [
      `${partner} acts on behalf of ${customer} as ${roleName(grant.role)}; the ${info.displayName} page stays visible to partners acting on behalf.`,
    ],
    [grantBasis(relationship, grant)],
  );
}

/**
 * Whether an account may manage the customer's domain subscriptions (AOBO-2): only a
 * user of that customer's tenant holding **both** Domain Name Administrator and Billing
 * Administrator. A partner acting on behalf never may; it asks the customer to sign in
 * with such an account. The source names exactly these two roles, so Global Administrator
 * alone does not count here.
 *
 * @param account - who would manage them
 * @param customer - the customer tenant
 *
 * @example
 * ```ts
 * canManageDomainSubscriptions(fabrikamAdminAgent, "contoso").remedies;
 * // ["Ask contoso to sign in with an account holding both Domain Name Administrator and Billing Administrator."]
 * ```
 */
export function canManageDomainSubscriptions(account: Actor, customer: CustomerId): Decision {
  // Plain-JavaScript callers: the IDs the answer names must be text (INVAR-8).
  const named = account?.kind === "partnerUser" ? account.partner : account?.tenant;
  if (typeof customer !== "string" || typeof account?.id !== "string" || typeof named !== "string")
    return refuse(
      ["AOBO-2", "INVAR-8"],
      [`Asked about ${label(customer)} for ${describeValue(account)}: expected an actor and a customer ID.`],
      ["Ask with an actor (customer or partner user) and a customer ID."],
    );
  const both = DOMAIN_SUBSCRIPTION_ROLES.map(roleName).join(" and ");
  const ask = `Ask ${label(customer)} to sign in with an account holding both ${both}.`;
  if (account.kind === "partnerUser")
    return refuse(
      ["AOBO-2"],
      [`${account.id} is a user of partner ${account.partner}; acting on behalf does not reach domain subscriptions.`],
      [ask],
    );
  if (account.tenant !== customer) return refuse(["AOBO-2"], [`${account.id} is not a user of ${customer}.`], [ask]);
  const missing = DOMAIN_SUBSCRIPTION_ROLES.filter((role) => !includesRole(account.roles, role));
  if (missing.length > 0)
    return refuse(
      ["AOBO-2"],
      [`${account.id} lacks ${missing.map(roleName).join(" and ")}; managing domain subscriptions needs both ${both}.`],
      [`A Global Administrator of ${customer} must give ${account.id} ${missing.map(roleName).join(" and ")}.`, ask],
    );
  return allow(
    ["AOBO-2"],
    [`${account.id} is a user of ${customer} holding both ${both}.`],
    DOMAIN_SUBSCRIPTION_ROLES.map((role): Basis => ({ kind: "customerRole", customer, user: account.id, role })),
  );
}
