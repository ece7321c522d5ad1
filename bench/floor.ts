/**
 * The floor for replay: a minimal hand-written fold of the same events into plain `Map`s
 * (bench/run.ts compares `replay` with it on the same events, in the same run).
 *
 * @module
 */
import type { DomainEvent, PendingInvitation } from "../src/index.js";

/**
 * A hand-written fold over the same events into the same maps (a floor: no rule functions,
 * no writers, no validity checks beyond what the maps need). Objects are built with their
 * fields listed: on Node 20, `{ ...object, newField }` takes a slow path (docs/performance.md).
 */
export function referenceReplay(events: Iterable<DomainEvent>): number {
  const invitations = new Map<string, unknown>();
  interface Held {
    readonly status: string;
    readonly customer: string;
    readonly partner: string;
    readonly grants: readonly unknown[];
    readonly since: number;
  }
  const relationships = new Map<string, Map<string, Held>>();
  const agreements = new Map<string, unknown>();
  for (const event of events) {
    switch (event.type) {
      case "InvitationSent":
        invitations.set(event.invitation.id, event.invitation);
        break;
      case "InvitationAccepted": {
        const invitation = invitations.get(event.invitation) as PendingInvitation;
        invitations.set(event.invitation, {
          status: "accepted",
          id: invitation.id,
          customer: invitation.customer,
          partner: invitation.partner,
          type: invitation.type,
          roles: invitation.roles,
          sentBy: invitation.sentBy,
          sentAt: invitation.sentAt,
          expiresAt: invitation.expiresAt,
          acceptedAt: event.at,
          acceptedBy: event.by,
        });
        let byPartner = relationships.get(event.customer);
        if (byPartner === undefined) {
          byPartner = new Map();
          relationships.set(event.customer, byPartner);
        }
        const grants = invitation.roles.map((slot) => ({
          role: slot.role,
          holder: slot.holder,
          capacity: invitation.type,
          grantedAt: event.at,
        }));
        const held = byPartner.get(event.partner);
        const next: Held =
          held?.status === "active"
            ? { ...held, grants: [...held.grants, ...grants] }
            : { status: "active", customer: event.customer, partner: event.partner, grants, since: event.at };
        byPartner.set(event.partner, next);
        if (!agreements.has(event.customer)) agreements.set(event.customer, { status: "accepted", at: event.at });
        break;
      }
      case "InvitationCancelled":
      case "InvitationExpired":
        invitations.set(event.invitation, { ...(invitations.get(event.invitation) as object), status: "final" });
        break;
      case "AgreementAccepted":
        if (!agreements.has(event.customer)) agreements.set(event.customer, { status: "accepted", at: event.at });
        break;
      case "AdminRolesRemoved":
      case "RelationshipDeleted":
      case "RelationshipEndedByPartner": {
        const byPartner = relationships.get(event.customer);
        const held = byPartner?.get(event.partner);
        if (byPartner !== undefined && held !== undefined)
          byPartner.set(event.partner, {
            ...held,
            grants: [],
            status: event.type === "AdminRolesRemoved" ? "active" : "ended",
          });
        break;
      }
    }
  }
  return invitations.size + relationships.size + agreements.size;
}
