/**
 * The conformance kit at work: a deliberately naive in-memory "partner service" is run
 * against the reference model, and fast-check prints the shortest sequence of steps on
 * which it breaks a rule. Then the library itself, through its adapter, passes.
 */
import type { Actor } from "partner-relationships";
import {
  checkConformance,
  libraryAdapter,
  type Outcome,
  type SyncPartnerSystemAdapter,
} from "partner-relationships/testing";
import { heading } from "./print.js";

/**
 * A naive service: it checks who acts, what each partner type requests, and whether the
 * invitation is still pending, but lets the customer delete any relationship (TYPE-2 says
 * only Delegated administrator and Advisor ones), and grants the roles of some cancelled
 * invitations too (INV-3 says no relationship, no roles).
 */
function naiveService(): SyncPartnerSystemAdapter {
  type Invitation = { customer: string; partner: string; roles: string[]; status: string; expiresAt: number };
  const invitations = new Map<string, Invitation>();
  const relationships = new Map<string, { active: boolean; roles: Set<string> }>();
  const ok: Outcome = { ok: true };
  const no = (code: string): Outcome => ({ ok: false, code });
  const key = (customer: string, partner: string) => `${customer}|${partner}`;
  const GA = "62e90394-69f5-4237-9190-012177145e10";
  const BILLING = "b0f54661-2d74-4c50-afa3-1ec803f12efe";
  const HELPDESK = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
  const customerAdmin = (by: Actor, customer: string) =>
    by.kind === "customerUser" && by.tenant === customer && by.roles.some((role) => role === GA || role === BILLING);
  const partnerAgent = (by: Actor, partner: string, roles: readonly string[]) =>
    by.kind === "partnerUser" && by.partner === partner && by.roles.some((role) => roles.includes(role));
  const grant = (found: Invitation) => {
    const current = relationships.get(key(found.customer, found.partner));
    const roles = current?.active ? current.roles : new Set<string>();
    for (const role of found.roles) roles.add(role);
    relationships.set(key(found.customer, found.partner), { active: true, roles });
  };
  const pending = (invitation: string): Invitation | Outcome => {
    const found = invitations.get(invitation);
    if (found === undefined) return no("invalid_input");
    return found.status === "pending" ? found : no("invitation_not_pending");
  };
  const relationshipStep = (customer: string, partner: string, allowed: boolean, end: boolean): Outcome => {
    const found = relationships.get(key(customer, partner));
    if (found === undefined) return no("invalid_input");
    if (!found.active) return no("relationship_ended");
    if (!allowed) return no("not_authorized");
    found.roles.clear();
    if (end) found.active = false;
    return ok;
  };
  return {
    sendInvitation: ({ id, customer, partner, partnerType, roles, by, at }) => {
      if (invitations.has(id)) return no("invalid_input");
      if (!partnerAgent(by, partner, ["adminAgent", "salesAgent"])) return no("not_authorized");
      const dap = ["delegatedAdministrator", "resellerAndDelegatedAdministrator", "advisor"].includes(partnerType);
      if (partnerType === "gdap") return no("invalid_input");
      if (
        partnerType === "partner" ? roles === undefined || roles.length === 0 : roles !== undefined && roles.length > 0
      )
        return no("invalid_input");
      const granted = partnerType === "partner" ? [...(roles ?? [])] : dap ? [GA, HELPDESK] : [];
      invitations.set(id, { customer, partner, roles: granted, status: "pending", expiresAt: at + 90 * 86_400_000 });
      return ok;
    },
    acceptInvitation: ({ invitation, by, at, agreementAcknowledged }) => {
      const found = pending(invitation);
      if ("ok" in found) return found;
      if (!customerAdmin(by, found.customer)) return no("not_authorized");
      if (at >= found.expiresAt) return no("invitation_expired");
      if (!agreementAcknowledged) return no("agreement_not_acknowledged");
      found.status = "accepted";
      grant(found);
      return ok;
    },
    cancelInvitation: ({ invitation, by }) => {
      const found = pending(invitation);
      if ("ok" in found) return found;
      if (!customerAdmin(by, found.customer)) return no("not_authorized");
      found.status = "cancelled";
      // Bug 1: the roles of a cancelled Partner-type invitation are granted all the same.
      if (found.roles.length === 1) grant(found);
      return ok;
    },
    expireInvitation: ({ invitation, at }) => {
      const found = pending(invitation);
      if ("ok" in found) return found;
      if (at < found.expiresAt) return no("invitation_not_expired");
      found.status = "expired";
      return ok;
    },
    acceptAgreement: ({ customer, by, acknowledged }) =>
      !customerAdmin(by, customer) ? no("not_authorized") : acknowledged ? ok : no("agreement_not_acknowledged"),
    removeAdminRoles: ({ customer, partner, by }) =>
      relationshipStep(customer, partner, customerAdmin(by, customer), false),
    // Bug 2: the customer may delete any relationship, whatever its partner types (TYPE-2).
    deleteRelationship: ({ customer, partner, by }) =>
      relationshipStep(customer, partner, customerAdmin(by, customer), true),
    endRelationship: ({ customer, partner, by }) =>
      relationshipStep(customer, partner, partnerAgent(by, partner, ["adminAgent"]), true),
    holdsRole: ({ customer, partner, role }) => relationships.get(key(customer, partner))?.roles.has(role) ?? false,
  };
}

/** Runs the conformance kit against the naive service, then against the library. */
export function conformance(): void {
  heading("Conformance: a naive service against the reference model");
  try {
    checkConformance(naiveService, {}, { numRuns: 200, seed: 42 });
    console.log("The naive service passed (unexpected).");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // fast-check's report: the seed, the shrunk counterexample, and the first failure.
    const lines = message.split("\n").filter((text) => text.trim() !== "");
    const counterexample = lines.find((text) => text.startsWith("Counterexample:")) ?? "";
    // fast-check 4 keeps the failing check's own error as `cause`; 3 puts it in the message.
    const cause =
      error instanceof Error && error.cause instanceof Error
        ? error.cause.message
        : (lines.find((text) => text.includes("the model says")) ?? "");
    console.log(lines[0]);
    console.log("Shrunk counterexample (the steps, in order):");
    for (const step of counterexample
      .replace(/^Counterexample: \[/, "")
      .replace(/\]$/, "")
      .replace(/ \/\*replayPath=.*$/, "")
      .split(/,(?=[A-Z]\w+\()/))
      console.log(`  ${step.trim()}`);
    console.log(`Why: ${cause.trim()}`);
  }
  heading("Conformance: the library through its adapter");
  checkConformance(() => libraryAdapter(), {}, { numRuns: 200, seed: 42 });
  console.log("partner-relationships agrees with the reference model on 200 random sequences.");
}
