/**
 * The conformance kit at work: an in-memory "partner service" with two bugs planted on
 * purpose is run against the reference model, and the kit must catch one: fast-check's
 * failing property, with the shortest sequence of steps on which the service breaks a
 * rule, is what this example shows. Then the library itself, through its adapter, passes.
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
    cancelInvitation: ({ invitation, by, at }) => {
      const found = pending(invitation);
      if ("ok" in found) return found;
      if (!customerAdmin(by, found.customer)) return no("not_authorized");
      if (at >= found.expiresAt) return no("invitation_expired");
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

/** The bugs planted in {@link naiveService}, each with a step of the counterexamples that shows it. */
const PLANTED = [
  { step: "CancelInvitation", bug: "1, a cancelled Partner-type invitation grants its role all the same (INV-3)" },
  { step: "DeleteRelationship", bug: "2, the customer deletes a relationship TYPE-2 keeps (TYPE-2)" },
] as const;

/**
 * Runs the conformance kit against the naive service, whose bugs are planted on purpose:
 * the kit must find one, so the failing property it prints is the point. Then the library
 * itself, through its adapter, passes.
 */
export function conformance(): void {
  heading(
    "Conformance: a service with two planted bugs, against the reference model",
    "The kit must catch a planted bug: the failing property below is the point, shrunk to the fewest steps that show it.",
  );
  console.log(`Planted: bug ${PLANTED.map((planted) => planted.bug).join("; bug ")}.`);
  let caught = false;
  try {
    checkConformance(naiveService, {}, { numRuns: 200, seed: 42 });
  } catch (error) {
    caught = true;
    const message = error instanceof Error ? error.message : String(error);
    // fast-check's report: the seed, the shrunk counterexample, and the first failure.
    const lines = message.split("\n").filter((text) => text.trim() !== "");
    const counterexample = lines.find((text) => text.startsWith("Counterexample:")) ?? "";
    // fast-check 4 keeps the failing check's own error as `cause`; 3 puts it in the message.
    const cause =
      error instanceof Error && error.cause instanceof Error
        ? error.cause.message
        : (lines.find((text) => text.includes("the model says")) ?? "");
    const steps = counterexample
      .replace(/^Counterexample: \[/, "")
      .replace(/\]$/, "")
      .replace(/ \/\*replayPath=.*$/, "")
      .split(/,(?=[A-Z]\w+\()/)
      .map((step) => step.trim());
    console.log(`Caught, as intended. fast-check: ${lines[0]}`);
    console.log("The counterexample, shrunk (the steps, in order):");
    for (const step of steps) console.log(`  ${step}`);
    console.log(`Why it fails: ${cause.trim()}`);
    const found = PLANTED.find((planted) => steps.at(-1)?.startsWith(planted.step));
    console.log(found === undefined ? "Which bug: none of the planted ones." : `Which bug: planted bug ${found.bug}.`);
  }
  if (!caught) throw new Error("the kit missed both planted bugs of the naive service");

  heading(
    "Conformance: the library through its adapter",
    "The same check on partner-relationships itself, which must pass.",
  );
  checkConformance(() => libraryAdapter(), {}, { numRuns: 200, seed: 42 });
  console.log("partner-relationships agrees with the reference model on 200 random sequences.");
}
