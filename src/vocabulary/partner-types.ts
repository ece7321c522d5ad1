/**
 * The partner types (capacities) of TYPE-1: what each partner does for the customer and
 * the roles it holds in the customer's tenant.
 *
 * @module
 */
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, type RoleId } from "./directory-roles.js";
import { PARTNER_TYPE_NAMES } from "./partner-type-names.js";

/**
 * A partner type: the capacity in which a partner works with a customer (TYPE-1).
 * A relationship holds one or more of them.
 */
export type PartnerType =
  | "reseller"
  | "delegatedAdministrator"
  | "resellerAndDelegatedAdministrator"
  | "partner"
  | "advisor"
  | "mpsaPartner"
  | "oem"
  | "lineOfBusiness"
  | "isv"
  | "indirectReseller"
  | "gdap";

/**
 * Who on the partner's side holds a granted role: the partner's Admin Agents or Helpdesk
 * Agents security group (DAP-1), or a user account the customer gives the partner in its
 * own tenant (the "Partner" type).
 */
export type RoleHolder = "adminAgents" | "helpdeskAgents" | "partnerUserAccount";

/** One role a partner type brings, and which partner principal holds it. */
export interface RoleSlot {
  /** The directory role. */
  readonly role: RoleId;
  /** Who holds it. */
  readonly holder: RoleHolder;
}

/**
 * The roles a partner type holds in the customer tenant:
 * - `none`: no role is assigned;
 * - `fixed`: always these roles (Delegated administrator, Advisor);
 * - `chosen`: any Entra role, chosen in the request (`timeLimited` for GDAP);
 * - `notAssignable`: roles are not available for assignment (Line-of-business).
 */
export type RoleProvision =
  | {
      /** No role is assigned. */
      readonly kind: "none";
    }
  | {
      /** Always the same roles. */
      readonly kind: "fixed";
      /** The roles, with the partner principal holding each. */
      readonly slots: readonly RoleSlot[];
    }
  | {
      /** Any Entra role, chosen in the request. */
      readonly kind: "chosen";
      /** Whether the roles are held for a limited time only (GDAP). */
      readonly timeLimited: boolean;
    }
  | {
      /** Roles are not available for assignment. */
      readonly kind: "notAssignable";
    };

/** A partner type's catalogue entry. */
export interface PartnerTypeInfo {
  /** The type. */
  readonly type: PartnerType;
  /** Its display name, as the admin center shows it. */
  readonly displayName: string;
  /** What the partner does. */
  readonly description: string;
  /** The roles it holds in the customer tenant. */
  readonly roles: RoleProvision;
  /** Whether it resells (it can purchase on the customer's behalf, MCA-1). */
  readonly sells: boolean;
}

const DAP_SLOTS: readonly RoleSlot[] = [
  { role: GLOBAL_ADMINISTRATOR, holder: "adminAgents" },
  { role: HELPDESK_ADMINISTRATOR, holder: "helpdeskAgents" },
];

const NONE: RoleProvision = { kind: "none" };

/**
 * The catalogue of partner types (TYPE-1), the union of every edition of the sources.
 *
 * @example
 * ```ts
 * PARTNER_TYPES.advisor.roles;
 * // { kind: "fixed", slots: [{ role: GLOBAL_ADMINISTRATOR, holder: "adminAgents" }, …] }
 * ```
 */
export const PARTNER_TYPES: {
  readonly [T in PartnerType]: PartnerTypeInfo & {
    /** The type: the same as the entry's key. */
    readonly type: T;
  };
} = /* @__PURE__ */ catalogue();

// A function, so that bundlers drop the catalogue (its entries read PARTNER_TYPE_NAMES)
// wherever only the names are used.
function catalogue(): typeof PARTNER_TYPES {
  return {
    reseller: {
      type: "reseller",
      displayName: PARTNER_TYPE_NAMES.reseller,
      description: "Sells Microsoft products to the customer.",
      roles: NONE,
      sells: true,
    },
    delegatedAdministrator: {
      type: "delegatedAdministrator",
      displayName: PARTNER_TYPE_NAMES.delegatedAdministrator,
      description: "Manages products and services for the customer; Global Administrator in the customer's tenant.",
      roles: { kind: "fixed", slots: DAP_SLOTS },
      sells: false,
    },
    resellerAndDelegatedAdministrator: {
      type: "resellerAndDelegatedAdministrator",
      displayName: PARTNER_TYPE_NAMES.resellerAndDelegatedAdministrator,
      description: "Sells and manages Microsoft products and services for the customer.",
      roles: { kind: "fixed", slots: DAP_SLOTS },
      sells: true,
    },
    partner: {
      type: "partner",
      displayName: PARTNER_TYPE_NAMES.partner,
      description:
        "The customer gives the partner a user account in its tenant to work with Microsoft services on its behalf.",
      roles: { kind: "chosen", timeLimited: false },
      sells: false,
    },
    advisor: {
      type: "advisor",
      displayName: PARTNER_TYPE_NAMES.advisor,
      description: "Resets passwords and handles support incidents for the customer.",
      roles: { kind: "fixed", slots: DAP_SLOTS },
      sells: false,
    },
    mpsaPartner: {
      type: "mpsaPartner",
      displayName: PARTNER_TYPE_NAMES.mpsaPartner,
      description: "With several MPSA partners, the customer may let them see purchases made by each other.",
      roles: NONE,
      sells: false,
    },
    oem: {
      type: "oem",
      displayName: PARTNER_TYPE_NAMES.oem,
      description: "Uploads device IDs to Windows Autopilot for the customer; needs no permission in the tenant.",
      roles: NONE,
      sells: false,
    },
    lineOfBusiness: {
      type: "lineOfBusiness",
      displayName: PARTNER_TYPE_NAMES.lineOfBusiness,
      description: "Develops, submits and manages line-of-business apps for the customer.",
      roles: { kind: "notAssignable" },
      sells: false,
    },
    isv: {
      type: "isv",
      displayName: PARTNER_TYPE_NAMES.isv,
      description: "Develops and sells software products.",
      roles: NONE,
      sells: false,
    },
    indirectReseller: {
      type: "indirectReseller",
      displayName: PARTNER_TYPE_NAMES.indirectReseller,
      description: "Sells Microsoft products to the customer through an indirect provider.",
      roles: NONE,
      sells: true,
    },
    gdap: {
      type: "gdap",
      displayName: PARTNER_TYPE_NAMES.gdap,
      description:
        "Holds granular, time-limited admin roles chosen for least privilege (granular delegated admin privileges).",
      roles: { kind: "chosen", timeLimited: true },
      sells: false,
    },
  };
}

/** Every partner type, in catalogue order. */
export const PARTNER_TYPE_LIST: readonly PartnerType[] = /* @__PURE__ */ Object.keys(
  PARTNER_TYPE_NAMES,
) as PartnerType[];

/**
 * Whether a value is a {@link PartnerType}.
 *
 * @param value - anything
 */
export function isPartnerType(value: unknown): value is PartnerType {
  return typeof value === "string" && Object.hasOwn(PARTNER_TYPE_NAMES, value);
}
