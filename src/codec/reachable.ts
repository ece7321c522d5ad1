/**
 * Checks across the entities of a state or snapshot that only the steps' history can
 * explain (INVAR-1, INVAR-7): every role grant of a relationship in force is backed by an
 * accepted invitation of its pair ({@link acceptanceBacksGrant}); every capacity of a
 * relationship by an invitation of that type accepted while it lasted; every accepted
 * invitation by its customer's agreement accepted no later (INV-2, MCA-2). Cost: one pass
 * to index the accepted invitations, then a lookup per grant and a binary search per
 * capacity.
 *
 * @module
 */
import type { CustomerAgreement } from "../agreement.js";
import type { AcceptedInvitation, Invitation } from "../invitation.js";
import { acceptanceBacksGrant } from "../invitation-history.js";
import type { Relationship } from "../relationship.js";
import { formatInstant, type Instant } from "../vocabulary/time.js";
import type { Violation } from "./decoder.js";

function key(...parts: readonly string[]): string {
  return JSON.stringify(parts);
}

/** The first index of a sorted list whose value is not below `bound`. */
function lowerBound(sorted: readonly Instant[], bound: Instant): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Instant) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The violations of consent in a state's or snapshot's entities, at the paths of its
 * JSON form (`relationships[2].grants[0]`, `invitations[1].acceptedAt`).
 *
 * @param invitations - every invitation
 * @param relationships - every relationship
 * @param agreements - every agreement state
 * @internal
 */
export function consentViolations(
  invitations: readonly Invitation[],
  relationships: readonly Relationship[],
  agreements: readonly CustomerAgreement[],
): Violation[] {
  const violations: Violation[] = [];
  const byAcceptance = new Map<string, AcceptedInvitation[]>();
  const acceptedTimes = new Map<string, Instant[]>();
  for (const invitation of invitations) {
    if (invitation.status !== "accepted") continue;
    const exact = key(invitation.customer, invitation.partner, invitation.type, String(invitation.acceptedAt));
    const same = byAcceptance.get(exact);
    if (same === undefined) byAcceptance.set(exact, [invitation]);
    else same.push(invitation);
    const pairType = key(invitation.customer, invitation.partner, invitation.type);
    const times = acceptedTimes.get(pairType);
    if (times === undefined) acceptedTimes.set(pairType, [invitation.acceptedAt]);
    else times.push(invitation.acceptedAt);
  }
  for (const times of acceptedTimes.values()) times.sort((a, b) => a - b);
  relationships.forEach((relationship, index) => {
    relationship.capacities.forEach((capacity, capacityIndex) => {
      const times = acceptedTimes.get(key(relationship.customer, relationship.partner, capacity)) ?? [];
      const first = times[lowerBound(times, relationship.since)];
      if (first === undefined || first > relationship.updatedAt)
        violations.push({
          at: ["relationships", index, "capacities", capacityIndex],
          expected: `a capacity backed by an invitation of that type from ${relationship.partner} accepted by ${relationship.customer} between since and updatedAt (REL-1, INVAR-1)`,
          found: JSON.stringify(capacity),
        });
    });
    if (relationship.status !== "active") return;
    relationship.grants.forEach((grant, grantIndex) => {
      const candidates =
        byAcceptance.get(key(relationship.customer, relationship.partner, grant.capacity, String(grant.grantedAt))) ??
        [];
      if (!candidates.some((invitation) => acceptanceBacksGrant(invitation, relationship, grant)))
        violations.push({
          at: ["relationships", index, "grants", grantIndex],
          expected: `a role granted by an invitation requesting it, accepted at grantedAt (${formatInstant(grant.grantedAt)}) by ${relationship.customer} (INV-2, INVAR-1)`,
          found: `${grant.role} held by ${grant.holder}`,
        });
    });
  });
  const agreedAt = new Map<string, Instant>();
  for (const agreement of agreements)
    if (agreement.status === "accepted") agreedAt.set(agreement.customer, agreement.acceptedAt);
  invitations.forEach((invitation, index) => {
    if (invitation.status !== "accepted") return;
    const agreed = agreedAt.get(invitation.customer);
    if (agreed === undefined || agreed > invitation.acceptedAt)
      violations.push({
        at: ["invitations", index, "acceptedAt"],
        expected: `an acceptance with ${invitation.customer}'s Microsoft Customer Agreement accepted at or before it (INV-2, MCA-2)`,
        found: formatInstant(invitation.acceptedAt),
      });
  });
  return violations;
}
