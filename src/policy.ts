/**
 * The policy: every figure of the rules that differs between editions of the sources,
 * in one immutable value. Steps that need a figure take the policy as an argument, so a
 * test harness pins the edition it models; nothing is global or mutable.
 * {@link POLICY_EDITIONS} holds one frozen policy per edition of the sources.
 *
 * @module
 */
import type { PartnerType } from "./vocabulary/partner-types.js";

/** The figures of the GDAP rules (GDAP-2, GDAP-3, GDAP-5). */
export interface GdapLimits {
  /** Shortest relationship duration, in days (GDAP-2). Default 1 (`P1D`). */
  readonly minDurationDays: number;
  /** Longest relationship duration, in days (GDAP-2). Default 730 (`P2Y`). */
  readonly maxDurationDays: number;
  /** Days added by one auto-extension (GDAP-2). Default 180 (`P180D`). */
  readonly autoExtendDays: number;
  /** Days an unapproved request lives (GDAP-5). Default 90. */
  readonly requestLifetimeDays: number;
  /** Longest display name, in characters (GDAP-3). Default 50. */
  readonly displayNameMaxLength: number;
}

/**
 * Which Windows Autopilot policy applies (AP-1…AP-3): `current` (002: profiles without
 * DAP while a reseller relationship stands) or `announced` (002's "under consideration":
 * profile changes and removing others' devices need DAP).
 */
export type AutopilotPolicy = "current" | "announced";

/** The immutable policy value. */
export interface Policy {
  /** A name for the edition this policy models, for logs and reports. */
  readonly edition: string;
  /** Days an invitation stays answerable before it expires (INV-4). Default 90. */
  readonly invitationLifetimeDays: number;
  /**
   * The capacities a customer may delete on its own (TYPE-2). A relationship is
   * customer-deletable only if every one of its capacities is listed here.
   * Default: Delegated administrator and Advisor.
   */
  readonly customerDeletableCapacities: readonly PartnerType[];
  /** GDAP figures. */
  readonly gdap: GdapLimits;
  /** Autopilot policy. Default `current`. */
  readonly autopilot: AutopilotPolicy;
  /**
   * The partner types the edition's source lists (TYPE-1), for a UI that offers only
   * those. Absent: the whole catalogue (`PARTNER_TYPE_LIST`), as the default policy.
   * Informational: no step refuses a type that its edition does not list.
   */
  readonly listedPartnerTypes?: readonly PartnerType[];
}

/**
 * The default policy: the figures of the current sources.
 *
 * | figure | default | source |
 * |---|---|---|
 * | invitation lifetime | 90 days | Partner Center, GDAP requests (INV-4, GDAP-5) |
 * | customer-deletable capacities | Delegated administrator, Advisor | 000 (TYPE-2) |
 * | GDAP duration | P1D…P2Y (730 days) | Graph `delegatedAdminRelationship` (GDAP-2) |
 * | GDAP auto-extend | 180 days | Graph (GDAP-2) |
 * | GDAP display name | 50 characters | Graph (GDAP-3) |
 * | Autopilot | current | 002 (AP-1…AP-3) |
 *
 * It is `POLICY_EDITIONS.current`: the figures DOMAIN.md pins, which keep 000's deletion
 * rule (TYPE-2) although the later editions drop it; see {@link POLICY_EDITIONS}.
 *
 * @example
 * ```ts
 * const strict: Policy = { ...DEFAULT_POLICY, edition: "short-lived invitations", invitationLifetimeDays: 30 };
 * ```
 */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ Object.freeze({
  edition: "current",
  invitationLifetimeDays: 90,
  customerDeletableCapacities: /* @__PURE__ */ Object.freeze(["delegatedAdministrator", "advisor"] as const),
  gdap: /* @__PURE__ */ Object.freeze({
    minDurationDays: 1,
    maxDurationDays: 730,
    autoExtendDays: 180,
    requestLifetimeDays: 90,
    displayNameMaxLength: 50,
  }),
  autopilot: "current",
});

/** Freezes a policy built from frozen parts (its lists may be new arrays). */
function frozen<const P extends Policy>(policy: P): P {
  Object.freeze(policy.customerDeletableCapacities);
  if (policy.listedPartnerTypes !== undefined) Object.freeze(policy.listedPartnerTypes);
  return Object.freeze(policy);
}

/** The key of an edition in {@link POLICY_EDITIONS}. */
export type PolicyEditionId = "ja-2020" | "fr-2020" | "zh-2021" | "ja-current" | "current" | "announced-autopilot";

const TYPES_2020: readonly PartnerType[] = /* @__PURE__ */ Object.freeze([
  "reseller",
  "delegatedAdministrator",
  "resellerAndDelegatedAdministrator",
  "partner",
  "advisor",
  "mpsaPartner",
  "oem",
  "lineOfBusiness",
] as const);

/** 004 and 003 list the 2020 types without the OEM. */
const TYPES_2020_WITHOUT_OEM: readonly PartnerType[] = /* @__PURE__ */ Object.freeze([
  "reseller",
  "delegatedAdministrator",
  "resellerAndDelegatedAdministrator",
  "partner",
  "advisor",
  "mpsaPartner",
  "lineOfBusiness",
] as const);

/**
 * The editions of the sources as policies, frozen: a caller (or a test harness) picks
 * one and passes it; nothing is global. Each entry's `edition` is its key.
 *
 * | key | source | customer may delete | partner types listed | Autopilot |
 * |---|---|---|---|---|
 * | `ja-2020` | 000, ja, Feb 2020 | Delegated administrator, Advisor ("Delete partner") | Reseller, DA, Reseller & DA, Partner, Advisor, MPSA, OEM PC, LOB | current |
 * | `fr-2020` | 004, fr, Sep 2020 | none: "contact your partner to end the relationship" | as 000 without OEM | current |
 * | `zh-2021` | 003, zh, Apr 2021 | none, as 004 | as 004 | current |
 * | `ja-current` | 001, ja, current | none, as 004 | Advisor, ISV, Indirect reseller, LOB, MPSA, OEM, Partner, GDAP, Reseller (no DA, no Reseller & DA) | current |
 * | `current` | {@link DEFAULT_POLICY}: DOMAIN.md's defaults | Delegated administrator, Advisor (TYPE-2 keeps 000's rule) | the whole catalogue | current |
 * | `announced-autopilot` | `current` with 002's announced Autopilot policy | as `current` | as `current` | announced |
 *
 * What does not differ: no edition states an invitation lifetime, so every one keeps the
 * 90 days of Partner Center's GDAP requests (INV-4); the GDAP figures come from Microsoft
 * Graph, not from the admin articles, so every edition carries the same ones (P1D…P2Y,
 * 180-day auto-extension, 90-day requests, 50-character names) even where its source does
 * not list GDAP (only 001 does). 002, the only source on Autopilot, gives the current
 * policy and announces the other; the admin articles say nothing about Autopilot.
 *
 * @example
 * ```ts
 * deleteRelationship(advisorRelationship, { by: contosoGlobalAdmin, at }, POLICY_EDITIONS["fr-2020"]);
 * // Err({ code: "contact_partner_to_end", … }): in 004 every relationship is ended by the partner
 * canManageAutopilotProfiles({ … }, POLICY_EDITIONS["announced-autopilot"]);
 * ```
 */
export const POLICY_EDITIONS: {
  readonly [K in PolicyEditionId]: Policy & {
    /** The edition's name: the same as its key. */
    readonly edition: K;
  };
} = /* @__PURE__ */ editions();

function editions(): typeof POLICY_EDITIONS {
  return Object.freeze({
    "ja-2020": /* @__PURE__ */ frozen({
      ...DEFAULT_POLICY,
      edition: "ja-2020",
      customerDeletableCapacities: ["delegatedAdministrator", "advisor"],
      listedPartnerTypes: TYPES_2020,
    }),
    "fr-2020": /* @__PURE__ */ frozen({
      ...DEFAULT_POLICY,
      edition: "fr-2020",
      customerDeletableCapacities: [],
      listedPartnerTypes: TYPES_2020_WITHOUT_OEM,
    }),
    "zh-2021": /* @__PURE__ */ frozen({
      ...DEFAULT_POLICY,
      edition: "zh-2021",
      customerDeletableCapacities: [],
      listedPartnerTypes: TYPES_2020_WITHOUT_OEM,
    }),
    "ja-current": /* @__PURE__ */ frozen({
      ...DEFAULT_POLICY,
      edition: "ja-current",
      customerDeletableCapacities: [],
      listedPartnerTypes: [
        "advisor",
        "isv",
        "indirectReseller",
        "lineOfBusiness",
        "mpsaPartner",
        "oem",
        "partner",
        "gdap",
        "reseller",
      ],
    }),
    current: DEFAULT_POLICY as Policy & { readonly edition: "current" },
    "announced-autopilot": /* @__PURE__ */ frozen({
      ...DEFAULT_POLICY,
      edition: "announced-autopilot",
      autopilot: "announced",
    }),
  });
}
