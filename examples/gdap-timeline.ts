/**
 * A GDAP relationship from creation to expiry, printed as a timeline: creation, a refused
 * step, locking, a Billing Administrator's approval refused (ACT-4), approval by the Global
 * Administrator, an access assignment, effective access, an auto-extension, the customer
 * switching auto-extension off (ACT-4), and expiry, after which every assignment is void.
 *
 * Run it with `npx tsx -e 'import("./examples/gdap-timeline.ts").then((m) => m.gdapTimeline())'`
 * or through `npm run example`.
 */
import {
  type ActiveGdap,
  type Actor,
  advanceGdapRelationship,
  approveGdapRelationship,
  BILLING_ADMINISTRATOR,
  type CustomerUser,
  createAccessAssignment,
  createGdapRelationship,
  type DomainError,
  ensureGdapActiveAt,
  formatDuration,
  formatInstant,
  type GdapRelationship,
  GLOBAL_ADMINISTRATOR,
  gdapGroupHoldsRole,
  gdapRolesOfGroup,
  HELPDESK_ADMINISTRATOR,
  lockGdapForApproval,
  type PartnerUser,
  type Result,
  roleName,
  setGdapAutoExtend,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { heading } from "./print.js";

const DAY = 86_400_000;

/** Prints the timeline of one GDAP relationship. */
export function gdapTimeline(): void {
  const ana: PartnerUser = { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] };
  const sam: PartnerUser = { kind: "partnerUser", id: "sam", partner: "fabrikam", roles: ["salesAgent"] };
  const kim: CustomerUser = { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] };
  const lee: CustomerUser = { kind: "customerUser", id: "lee", tenant: "contoso", roles: [BILLING_ADMINISTRATOR] };
  const start = Date.UTC(2026, 0, 5, 9, 0);

  const line = (at: number, step: string, outcome: string): void => {
    console.log(`${formatInstant(at).slice(0, 16).replace("T", " ")}  ${step.padEnd(37)} ${outcome}`);
  };
  const refused = (at: number, step: string, error: DomainError): void => {
    line(at, step, `REFUSED ${error.code} (${error.rule}): ${error.message}`);
  };
  /** Prints a step's outcome and returns its value; stops the timeline on an unexpected refusal. */
  const must = <T>(at: number, step: string, result: Result<T, DomainError>, describe: (value: T) => string): T => {
    if (result.isErr()) {
      refused(at, step, result.error);
      throw new Error(`unexpected refusal of ${step}`);
    }
    line(at, step, describe(result.value));
    return result.value;
  };
  const status = (relationship: GdapRelationship): string => `status ${relationship.status}`;

  heading(
    "A GDAP relationship from request to expiry (GDAP-1…GDAP-7)",
    "Fabrikam asks Contoso for Helpdesk and User Administrator: each step with its status, refusals with their rule.",
  );

  // 1. A Sales agent may not create GDAP requests (ACT-3); a relationship with Global
  //    Administrator may not auto-extend (GDAP-2).
  const request = {
    id: "rel-7f3a",
    partner: "fabrikam",
    customer: "contoso",
    displayName: "Contoso helpdesk",
    roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    duration: "P1Y",
    autoExtendDuration: "P180D",
    at: start,
  };
  const bySales = createGdapRelationship({ ...request, by: sam as Actor });
  if (bySales.isErr()) refused(start, "create (by a Sales agent)", bySales.error);
  const withGlobalAdmin = createGdapRelationship({ ...request, roles: [GLOBAL_ADMINISTRATOR], by: ana });
  if (withGlobalAdmin.isErr()) refused(start, "create (Global Administrator, P180D)", withGlobalAdmin.error);

  // 2. The Admin agent creates it and locks it for approval.
  const created = must(start, "create", createGdapRelationship({ ...request, by: ana }), (r) =>
    [
      status(r),
      `duration ${formatDuration(r.duration)}`,
      `auto-extend ${formatDuration(r.autoExtendDuration)}`,
      `request expires ${formatInstant(r.requestExpiresDateTime).slice(0, 10)}`,
    ].join(", "),
  );
  const locked = must(
    start + 60_000,
    "lock for approval",
    lockGdapForApproval(created, { by: ana, at: start + 60_000 }),
    status,
  );

  // 3. A Billing Administrator may accept a DAP invitation (ACT-1) but not approve GDAP
  //    (ACT-4); the customer's Global Administrator approves: active at once, end = approval + P1Y.
  const approvedAt = start + 3 * DAY;
  const byBilling = approveGdapRelationship(locked, { by: lee, at: approvedAt });
  if (byBilling.isErr()) refused(approvedAt, "approve (contoso Billing Admin)", byBilling.error);
  const active: ActiveGdap = must(
    approvedAt,
    "approve (contoso Global Admin)",
    approveGdapRelationship(locked, { by: kim, at: approvedAt }),
    (r) => `${status(r)}, bound to ${r.customer}, ends ${formatInstant(r.endDateTime)}`,
  );

  // 4. An access assignment gives the helpdesk group one of the relationship's roles.
  const assignedAt = approvedAt + DAY;
  const assignment = must(
    assignedAt,
    "assign Helpdesk Administrator",
    createAccessAssignment(active, {
      id: "assign-helpdesk",
      group: "fabrikam-helpdesk-agents",
      roles: [HELPDESK_ADMINISTRATOR],
      by: ana,
      at: assignedAt,
    }),
    (a) => `assignment ${a.status}, group ${a.group}: ${a.roles.map(roleName).join(", ")}`,
  );
  const outside = createAccessAssignment(active, {
    id: "assign-exchange",
    group: "fabrikam-exchange-admins",
    roles: ["29232cdf-9323-42fd-ade2-1d097af3e4de"],
    by: ana,
    at: assignedAt,
  });
  if (outside.isErr()) refused(assignedAt, "assign Exchange Administrator", outside.error);

  const access = (at: number): string => {
    const roles = gdapRolesOfGroup([relationshipAt(at)], [assignment], {
      customer: "contoso",
      group: "fabrikam-helpdesk-agents",
      at,
    });
    return roles.length === 0 ? "no roles" : roles.map(roleName).join(", ");
  };
  const relationshipAt = (at: number): GdapRelationship => advanceGdapRelationship(active, at).unwrapOr(active);

  line(assignedAt + DAY, "helpdesk group's roles", access(assignedAt + DAY));

  // 5. At the end time the relationship auto-extends by 180 days.
  const extendedAt = active.endDateTime;
  const extended = must(
    extendedAt,
    "end time reached",
    ensureGdapActiveAt(active, extendedAt),
    (r) => `auto-extended: ${status(r)}, now ends ${formatInstant(r.endDateTime)}`,
  );
  line(extendedAt, "helpdesk group's roles", access(extendedAt));

  // 6. The customer switches auto-extension off (the partner or the customer may, ACT-4);
  //    at the new end time it expires.
  const offAt = extendedAt + 30 * DAY;
  const noLongerExtending = must(
    offAt,
    "set auto-extend to PT0S (contoso)",
    setGdapAutoExtend(extended, { autoExtendDuration: "PT0S", by: kim, at: offAt }),
    (r) => `auto-extend ${formatDuration(r.autoExtendDuration)}, ends ${formatInstant(r.endDateTime)}`,
  );
  const expiredAt = noLongerExtending.endDateTime;
  const expired = must(expiredAt, "end time reached", advanceGdapRelationship(noLongerExtending, expiredAt), (r) =>
    r.status === "expired" ? `${status(r)} (${r.expiredBecause}) at ${formatInstant(r.expiredDateTime)}` : status(r),
  );
  const afterExpiry = gdapGroupHoldsRole([expired], [assignment], {
    customer: "contoso",
    group: "fabrikam-helpdesk-agents",
    role: HELPDESK_ADMINISTRATOR,
    at: expiredAt + DAY,
  });
  line(
    expiredAt + DAY,
    "does the group hold Helpdesk Admin?",
    `${afterExpiry.allowed ? "yes" : "no"}: ${afterExpiry.reasons.join(" ")}`,
  );

  // 7. An expired relationship is final: a holder of the union narrows first, and is refused.
  const againAt = expiredAt + 2 * DAY;
  const again = ensureGdapActiveAt(expired, againAt, "setGdapAutoExtend").andThen((stillActive) =>
    setGdapAutoExtend(stillActive, { autoExtendDuration: "P180D", by: ana, at: againAt }),
  );
  if (again.isErr()) refused(againAt, "set auto-extend to P180D", again.error);
}
