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
