/**
 * The core lifecycle, told as a story: a partner invites a customer, the customer
 * accepts with the Microsoft Customer Agreement, later removes the partner's admin roles,
 * and tries to delete the relationship: refused for a Reseller, allowed for an Advisor.
 * Refused steps along the way show their error and rule.
 */
import {
  type ActiveRelationship,
  acceptInvitation,
  type CustomerUser,
  cancelInvitation,
  deleteRelationship,
  ensurePending,
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  PARTNER_TYPES,
  type PartnerUser,
  type PendingInvitation,
  removeAdminRoles,
  roleName,
  sendInvitation,
} from "partner-relationships";
import { heading, line, outcome } from "./print.js";

const day = (n: number): number => Date.UTC(2026, 0, 1) + n * 86_400_000;

const ana: PartnerUser = { kind: "partnerUser", id: "ana@fabrikam", partner: "fabrikam", roles: ["adminAgent"] };
const hal: PartnerUser = { kind: "partnerUser", id: "hal@fabrikam", partner: "fabrikam", roles: ["helpdeskAgent"] };
const kim: CustomerUser = { kind: "customerUser", id: "kim@contoso", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] };
const max: CustomerUser = {
  kind: "customerUser",
  id: "max@contoso",
  tenant: "contoso",
  roles: [HELPDESK_ADMINISTRATOR],
};

function capacitiesOf(relationship: { readonly capacities: readonly (keyof typeof PARTNER_TYPES)[] }): string {
  return relationship.capacities.map((type) => PARTNER_TYPES[type].displayName).join(" + ");
}

function rolesOf(relationship: ActiveRelationship): string {
  return relationship.grants.length === 0
    ? "no admin roles"
    : relationship.grants.map((grant) => `${roleName(grant.role)} (${grant.holder})`).join(", ");
}

function invite(id: string, type: "resellerAndDelegatedAdministrator" | "reseller" | "advisor", at: number) {
  return outcome(
    at,
    `Fabrikam invites Contoso as ${PARTNER_TYPES[type].displayName}`,
    sendInvitation({ id, customer: "contoso", partner: "fabrikam", type, by: ana, at }),
    (invitation) =>
      `invitation ${invitation.id} is ${invitation.status}, expires ${new Date(invitation.expiresAt).toISOString().slice(0, 10)}`,
  );
}

function resellerStory(): void {
  heading(
    "Reseller & delegated administrator: roles removed, deletion refused",
    "Who may invite and accept (ACT-1, ACT-3, INV-2), then why the customer cannot delete this relationship (TYPE-2).",
  );
  outcome(
    day(0),
    "Hal (Helpdesk agent) tries to invite",
    sendInvitation({ id: "x", customer: "contoso", partner: "fabrikam", type: "reseller", by: hal, at: day(0) }),
    () => "sent",
  );
  const sent = invite("inv-1", "resellerAndDelegatedAdministrator", day(0));
  if (sent.isErr()) return;
  const invitation: PendingInvitation = sent.value;

  outcome(
    day(2),
    "Max (Helpdesk Administrator) tries to accept",
    acceptInvitation(invitation, { by: max, at: day(2), agreementAcknowledged: true }),
    () => "accepted",
  );
  outcome(
    day(2),
    "Kim accepts without ticking the agreement box",
    acceptInvitation(invitation, { by: kim, at: day(2), agreementAcknowledged: false }),
    () => "accepted",
  );
  const accepted = outcome(
    day(2),
    "Kim (Global Administrator) ticks the box and selects Accept & Authorize",
    acceptInvitation(invitation, { by: kim, at: day(2), agreementAcknowledged: true }),
    ({ relationship, agreement }) =>
      `relationship as ${capacitiesOf(relationship)} with ${rolesOf(relationship)}; agreement ${agreement.status}`,
  );
  if (accepted.isErr()) return;
  // Values are immutable: `invitation` still holds the pending value; the accepted one is in the result.
  outcome(
    day(3),
    "Kim tries to cancel the invitation she accepted",
    ensurePending(accepted.value.invitation).andThen((pending) => cancelInvitation(pending, { by: kim, at: day(3) })),
    () => "cancelled",
  );

  const { relationship } = accepted.value;
  const ga = holdsRole([relationship], { partner: "fabrikam", customer: "contoso", role: GLOBAL_ADMINISTRATOR });
  line(
    day(3),
    `QUESTION does Fabrikam hold Global Administrator? ${ga.allowed ? "yes" : "no"}: ${ga.reasons.join(" ")}`,
  );

  const removed = outcome(
    day(40),
    "Kim removes Fabrikam's admin roles",
    removeAdminRoles(relationship, { by: kim, at: day(40) }),
    (r) => `relationship ${r.status} as ${capacitiesOf(r)} with ${rolesOf(r)}`,
  );
  if (removed.isErr()) return;
  const after = holdsRole([removed.value], { partner: "fabrikam", customer: "contoso", role: GLOBAL_ADMINISTRATOR });
  line(
    day(40),
    `QUESTION does Fabrikam hold Global Administrator? ${after.allowed ? "yes" : "no"}: ${after.reasons.join(" ")}`,
  );
  outcome(
    day(41),
    "Kim tries to delete the relationship",
    deleteRelationship(removed.value, { by: kim, at: day(41) }),
    () => "deleted",
  );
}

function advisorStory(): void {
  heading(
    "Advisor: the customer deletes the relationship",
    "An unanswered invitation expires (INV-4); an Advisor relationship is one the customer may delete (TYPE-2).",
  );
  const sent = invite("inv-2", "advisor", day(100));
  if (sent.isErr()) return;
  line(day(100), "Contoso does not answer...");
  outcome(
    day(195),
    "Kim accepts after 95 days",
    acceptInvitation(sent.value, { by: kim, at: day(195), agreementAcknowledged: true }),
    () => "accepted",
  );
  const again = invite("inv-3", "advisor", day(200));
  if (again.isErr()) return;
  const accepted = outcome(
    day(201),
    "Kim accepts the new invitation",
    acceptInvitation(again.value, { by: kim, at: day(201), agreementAcknowledged: true }),
    ({ relationship }) => `relationship as ${capacitiesOf(relationship)} with ${rolesOf(relationship)}`,
  );
  if (accepted.isErr()) return;
  outcome(
    day(230),
    "Kim deletes the relationship",
    deleteRelationship(accepted.value.relationship, { by: kim, at: day(230) }),
    (ended) => `relationship ${ended.status}, ended by the ${ended.endedBy}, ${ended.grants.length} roles left`,
  );
}

/** Prints the core lifecycle stories. */
export function coreLifecycle(): void {
  resellerStory();
  advisorStory();
}
