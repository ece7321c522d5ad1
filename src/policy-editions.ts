/**
 * The editions of the sources as policy values (TYPE-2, INV-4, AP-1…AP-3, GDAP limits):
 * a caller, or a test harness, picks one and passes it to the steps. Kept apart from
 * {@link DEFAULT_POLICY} so that code using only the default does not bundle them.
 *
 * @module
 */
import { DEFAULT_POLICY, type Policy } from "./policy.js";
import type { PartnerType } from "./vocabulary/partner-types.js";

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
