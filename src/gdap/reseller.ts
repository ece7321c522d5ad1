/**
 * Indirect resellers (GDAP-10): a `resellerDelegatedAdminRelationship` is created by an
 * indirect provider (`reseller.indirectProviderTenantId`) for an indirect reseller, the
 * relationship's `partner`. While `reseller.isPartnerConsentPending` is true the reseller
 * has not consented: the relationship grants it nothing, whatever its status, and the
 * reseller may approve (consent) or reject it, as Graph's requests `approve` and `reject`
 * (GDAP-8) do.
 *
 * Decisions (Graph documents the consent flag and the two actions, not what follows them;
 * see docs/decisions.md): the reseller consents while the relationship waits for the
 * customer's approval or once it is active (the customer's approval does not wait for the
 * reseller, but grants nothing until it consents); it rejects only while the relationship
 * waits for approval, and a rejected relationship ends as a request that was not approved
 * (`expired`, `expiredBecause: "requestNotApproved"`, at the rejection): final, like every
 * request that will never be approved.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { authorizePartnerUser, GDAP_REQUEST_ROLES } from "../authorization.js";
import { type DomainError, invalidInput } from "../errors.js";
import type { ResellerFields } from "./graph-records.js";
import {
  type ActiveGdap,
  type ApprovalPendingGdap,
  type ExpiredGdap,
  ensureGdapStatus,
  type GdapRelationship,
  type GdapRelationshipFields,
  type GdapStepInput,
} from "./relationship.js";
import { advanceGdapRelationship } from "./time.js";

/**
 * Whether a relationship is a reseller relationship whose indirect reseller has not
 * consented yet (GDAP-10): such a relationship grants nothing.
 *
 * @param relationship - any relationship
 *
 * @example
 * ```ts
 * awaitsResellerConsent({ ...active, reseller: { indirectProviderTenantId: "litware", isPartnerConsentPending: true } }); // true
 * awaitsResellerConsent(active); // false: not a reseller relationship
 * ```
 */
export function awaitsResellerConsent(relationship: GdapRelationshipFields): boolean {
  return relationship.reseller?.isPartnerConsentPending === true;
}

/** The reseller facts of a relationship that awaits its reseller's consent, or why not (GDAP-10). */
function consentPending(relationship: GdapRelationshipFields): Result<ResellerFields, DomainError> {
  const reseller = relationship.reseller;
  return reseller !== undefined && reseller.isPartnerConsentPending === true
    ? ok(reseller)
    : err(
        invalidInput(
          "GDAP-10",
          "reseller",
          `a reseller relationship whose indirect reseller has not consented yet (${relationship.id} ${reseller === undefined ? "is not a reseller relationship" : "was already consented to or rejected"})`,
          reseller,
        ),
      );
}

/** The relationship brought to `at`, in one of the statuses, awaiting consent, and the reseller's admin agent. */
function resellerStep<const S extends "approvalPending" | "active">(
  relationship: GdapRelationship,
  allowed: readonly S[],
  input: GdapStepInput,
  step: string,
): Result<{ readonly current: ApprovalPendingGdap | ActiveGdap; readonly reseller: ResellerFields }, DomainError> {
  if (typeof relationship !== "object" || relationship === null)
    return err(invalidInput("GDAP-10", "relationship", "a GDAP relationship", relationship));
  if (typeof input !== "object" || input === null)
    return err(invalidInput("GDAP-10", "input", "who and when: { by, at }", input));
  return advanceGdapRelationship(relationship, input.at)
    .andThen((advanced) => ensureGdapStatus(advanced, allowed, step))
    .andThen((narrowed) => {
      const current = narrowed as ApprovalPendingGdap | ActiveGdap;
      return consentPending(current).andThen((reseller) =>
        authorizePartnerUser(input.by, current.partner, step, GDAP_REQUEST_ROLES).map(() => ({ current, reseller })),
      );
    });
}

/**
 * The indirect reseller consents to a reseller relationship (GDAP-10, Graph's request
 * `approve` by the reseller, GDAP-8): `isPartnerConsentPending` becomes false, and from
 * then on the relationship grants what its status and assignments grant. Needs the
 * reseller's (the relationship's partner's) Admin agent (ACT-3). Allowed while the
 * relationship waits for the customer's approval or is active; the status does not change.
 *
 * @param relationship - a reseller relationship awaiting consent
 * @param input - the reseller's admin agent and when
 * @returns the relationship consented to, or why not
 *
 * @example
 * ```ts
 * consentToResellerGdap(pendingResellerRelationship, { by: resellerAdminAgent, at });
 * // Ok({ status: "approvalPending", reseller: { indirectProviderTenantId: "litware", isPartnerConsentPending: false }, … })
 * ```
 */
export function consentToResellerGdap(
  relationship: GdapRelationship,
  input: GdapStepInput,
): Result<ApprovalPendingGdap | ActiveGdap, DomainError> {
  return resellerStep(relationship, ["approvalPending", "active"], input, "consentToResellerGdap").map(
    ({ current, reseller }): ApprovalPendingGdap | ActiveGdap => ({
      ...current,
      reseller: { ...reseller, isPartnerConsentPending: false },
      lastModifiedDateTime: input.at,
    }),
  );
}

/**
 * The indirect reseller rejects a reseller relationship waiting for approval (GDAP-10,
 * Graph's request `reject`, GDAP-8): it ends as a request that was not approved
 * (`expired`, `expiredBecause: "requestNotApproved"`, `expiredDateTime` the rejection),
 * final, and never grants anything. Needs the reseller's Admin agent (ACT-3).
 *
 * @param relationship - a reseller relationship awaiting consent, `approvalPending`
 * @param input - the reseller's admin agent and when
 * @returns the ended relationship, or why not
 *
 * @example
 * ```ts
 * rejectResellerGdap(pendingResellerRelationship, { by: resellerAdminAgent, at });
 * // Ok({ status: "expired", expiredBecause: "requestNotApproved", expiredDateTime: at, … })
 * ```
 */
export function rejectResellerGdap(
  relationship: GdapRelationship,
  input: GdapStepInput,
): Result<ExpiredGdap, DomainError> {
  return resellerStep(relationship, ["approvalPending"], input, "rejectResellerGdap").map(
    ({ current, reseller }): ExpiredGdap => ({
      ...(current as ApprovalPendingGdap),
      status: "expired",
      expiredBecause: "requestNotApproved",
      expiredDateTime: input.at,
      reseller: { ...reseller, isPartnerConsentPending: false },
      lastModifiedDateTime: input.at,
    }),
  );
}
