/**
 * The audit's checks (AUDIT-1…AUDIT-6, GDAP-10, GDAP-11), one relationship at a time:
 * each pushes its findings, with reasons and remedies, for the relationship as it stands
 * at the audit instant.
 *
 * @internal
 * @module
 */
import { gdapEndDateTimeAt } from "../gdap/time.js";
import type { Policy } from "../policy.js";
import { GLOBAL_ADMINISTRATOR, type RoleId, roleName } from "../vocabulary/directory-roles.js";
import type { RuleId } from "../vocabulary/rules.js";
import { formatInstant, type Instant, MS_PER_DAY } from "../vocabulary/time.js";
import type { AuditCustomer, AuditFinding, AuditFindingKind, AuditRemedy, AuditSeverity } from "./finding.js";
import type { AuditThresholds } from "./options.js";
import type { AuditAssignment, AuditPending, AuditRelationship } from "./read-book.js";
import {
  createdRemedies,
  describedRemedy,
  dropGlobalAdministratorRemedy,
  removeGlobalAdministratorRemedy,
  removeRoleFromAssignmentRemedy,
  setAutoExtendRemedy,
  terminateRemedy,
} from "./remedies.js";

/** What every check needs. */
export interface CheckContext {
  /** The audit instant. */
  readonly at: Instant;
  /** The rule figures. */
  readonly policy: Policy;
  /** The thresholds, complete. */
  readonly thresholds: AuditThresholds;
  /** The privileged roles, lower-cased. */
  readonly privileged: ReadonlySet<RoleId>;
  /** The expiry windows in ms, ascending. */
  readonly windows: readonly number[];
  /** Where findings go. */
  readonly findings: AuditFinding[];
}

const day = (ms: number): string => formatInstant(ms).slice(0, 10);
const wholeDays = (ms: number): number => Math.floor(ms / MS_PER_DAY);
const NONE: readonly AuditPending[] = [];
const UNFINISHED: ReadonlySet<string> = new Set(["created", "pending", "running", "notStarted"]);

/**
 * Runs every relationship check on one relationship.
 *
 * @param ctx - the context
 * @param relationship - the relationship, read
 * @param customer - its customer as the report names it
 * @returns whether it is active at the instant
 */
export function checkRelationship(
  ctx: CheckContext,
  relationship: AuditRelationship,
  customer: AuditCustomer,
): boolean {
  const value = relationship.value;
  let ref: AuditFinding["relationship"];
  const push: Push = (kind, severity, rules, reasons, remedies, extra) => {
    ref ??= { id: value.id, displayName: value.displayName, status: relationship.status };
    // Built field by field: a spread in the literal would cost a runtime call per finding.
    const finding: { -readonly [K in keyof AuditFinding]: AuditFinding[K] } = {
      kind,
      severity,
      customer,
      relationship: ref,
      rules,
      reasons,
      remedies,
    };
    if (extra !== undefined) {
      if (extra.group !== undefined) finding.group = extra.group;
      if (extra.roles !== undefined) finding.roles = extra.roles;
      if (extra.due !== undefined) finding.due = extra.due;
      if (extra.days !== undefined) finding.days = extra.days;
    }
    ctx.findings.push(finding);
  };

  const reseller = value.reseller;
  if (
    reseller?.isPartnerConsentPending === true &&
    relationship.status !== "expired" &&
    relationship.status !== "terminated"
  )
    push(
      "consentPending",
      "medium",
      ["GDAP-10"],
      [
        `Indirect provider ${reseller.indirectProviderTenantId} created this relationship for an indirect reseller, which has not consented yet (isPartnerConsentPending).`,
      ],
      [describedRemedy("Ask the indirect reseller to approve it (or reject it) in Partner Center (GDAP-8, GDAP-10).")],
    );

  switch (relationship.status) {
    case "unknownFutureValue":
      push(
        "unknownStatus",
        "medium",
        ["GDAP-11", "INVAR-1"],
        [
          "Graph reported the status unknownFutureValue: a status added after this version of the library. The audit decides nothing about it and counts it as granting nothing.",
        ],
        [
          describedRemedy(
            "Check this relationship in Partner Center, or upgrade partner-relationships to a version that knows its status.",
          ),
        ],
      );
      return false;
    case "created":
      checkCreated(ctx, relationship, push);
      return false;
    case "approvalPending":
      checkApprovalPending(ctx, relationship, push);
      return false;
    case "active":
    case "expiring":
      return checkActive(ctx, relationship, push);
    case "expired":
      checkExpired(ctx, relationship, (value as { expiredDateTime?: Instant }).expiredDateTime, push);
      return false;
    default:
      return false;
  }
}

type Push = (
  kind: AuditFindingKind,
  severity: AuditSeverity,
  rules: readonly RuleId[],
  reasons: readonly string[],
  remedies: readonly AuditRemedy[],
  extra?: Partial<Pick<AuditFinding, "group" | "roles" | "due" | "days">>,
) => void;

function checkCreated(ctx: CheckContext, relationship: AuditRelationship, push: Push): void {
  const value = relationship.value;
  const expires = value.requestExpiresDateTime;
  const expired = typeof expires === "number" && expires <= ctx.at;
  const locking = (relationship.pending ?? NONE).find((r) => r.what === "lockForApproval" && UNFINISHED.has(r.status));
  const reasons = [
    `Created ${day(value.createdDateTime)} and never locked for approval: the customer cannot approve it, and it grants nothing (GDAP-1).`,
  ];
  if (expired) reasons.push(`Its request lifetime ended ${day(expires)} (GDAP-5): only deleting it is left.`);
  if (locking !== undefined)
    reasons.push(
      `A lockForApproval request (${locking.id}) is ${locking.status}: it takes effect once it succeeded (GDAP-8).`,
    );
  push(
    "leftInCreated",
    "low",
    ["AUDIT-5", "GDAP-1"],
    reasons,
    locking === undefined ? createdRemedies(value, expired) : [],
    {
      due: expires,
      days: wholeDays(expires - ctx.at),
    },
  );
}

function checkApprovalPending(ctx: CheckContext, relationship: AuditRelationship, push: Push): void {
  const expires = relationship.value.requestExpiresDateTime;
  const left = expires - ctx.at;
  if (left > ctx.thresholds.requestExpiryWarningDays * MS_PER_DAY) return;
  const reasons =
    left <= 0
      ? [
          `The customer did not approve it before its request expired on ${day(expires)} (GDAP-5): it cannot be approved any more.`,
        ]
      : [
          `Waiting for the customer's approval; the request expires on ${day(expires)}, in ${wholeDays(left)} days, ${ctx.policy.gdap.requestLifetimeDays} days after it was created (GDAP-5).`,
        ];
  push(
    "requestNearExpiry",
    left <= 0 ? "high" : "medium",
    ["AUDIT-5", "GDAP-5"],
    reasons,
    [
      describedRemedy(
        left <= 0
          ? "Create a new relationship and send the customer its approval link."
          : "Send the customer's Global Administrator the approval link again (ACT-4); only the customer can approve.",
      ),
    ],
    { due: expires, days: wholeDays(left) },
  );
}

function checkExpired(
  ctx: CheckContext,
  relationship: AuditRelationship,
  expiredAt: Instant | undefined,
  push: Push,
): void {
  const value = relationship.value as { expiredBecause?: string };
  if (value.expiredBecause === "requestNotApproved" || typeof expiredAt !== "number") return;
  reportExpired(ctx, expiredAt, push);
}

function reportExpired(ctx: CheckContext, expiredAt: Instant, push: Push): void {
  const ago = ctx.at - expiredAt;
  if (ago < 0 || ago > ctx.thresholds.expiredWithinDays * MS_PER_DAY) return;
  push(
    "expiredRecently",
    "low",
    ["AUDIT-1", "GDAP-1"],
    [
      `Expired ${day(expiredAt)}, ${wholeDays(ago)} days ago: its access assignments grant nothing (GDAP-7), and an expired relationship cannot be restored (GDAP-1).`,
    ],
    [describedRemedy("If the customer still needs the partner, create a new relationship and send its approval link.")],
    { due: expiredAt, days: -wholeDays(ago) },
  );
}

function checkActive(ctx: CheckContext, relationship: AuditRelationship, push: Push): boolean {
  const value = relationship.value;
  if (value.status !== "active" && value.status !== "expiring") return false;
  const { at, policy } = ctx;
  const extends_ = !relationship.autoExtendOff && !relationship.globalAdministrator;
  const end = extends_ ? (gdapEndDateTimeAt(value, at) ?? value.endDateTime) : value.endDateTime;
  if (at < value.activatedDateTime) return false;
  if (at >= end) {
    // It reached its end time without auto-extension: expired, whatever the status says (GDAP-2).
    reportExpired(ctx, value.endDateTime, push);
    return false;
  }
  const left = end - at;
  const roles = relationship.roles;

  // AUDIT-1
  let expiring = false;
  if (!extends_) {
    const window = ctx.windows.findIndex((ms) => left <= ms);
    expiring = window >= 0;
    if (expiring) {
      const severity: AuditSeverity = window === 0 ? "critical" : window === 1 ? "high" : "medium";
      const why = relationship.globalAdministrator
        ? "it includes Global Administrator, so it cannot auto-extend (GDAP-2)"
        : "auto-extend is off";
      push(
        "expiringSoon",
        severity,
        ["AUDIT-1", "GDAP-2"],
        [`Ends ${day(end)}, in ${wholeDays(left)} days, and will not auto-extend: ${why}.`],
        [
          relationship.globalAdministrator
            ? removeGlobalAdministratorRemedy(value, policy, runningRemoval(relationship))
            : setAutoExtendRemedy(value, policy),
        ],
        { due: end, days: wholeDays(left) },
      );
    }
  }

  // AUDIT-2
  if (relationship.globalAdministrator) {
    const running = runningRemoval(relationship);
    const reasons = [
      "It includes Global Administrator, so it cannot auto-extend (GDAP-2): it expires at its end time.",
    ];
    if (running !== undefined)
      reasons.push(`Operation ${running} removing Global Administrator is under way (GDAP-9).`);
    push(
      "autoExtendBlockedByGlobalAdministrator",
      "high",
      ["AUDIT-2", "GDAP-2", "GDAP-9"],
      reasons,
      [removeGlobalAdministratorRemedy(value, policy, running)],
      { roles: [GLOBAL_ADMIN], due: end, days: wholeDays(left) },
    );
  } else if (relationship.autoExtendOff && !expiring)
    // AUDIT-2's "other" relationships: one already reported as expiring soon says auto-extend is off there.
    push(
      "autoExtendOff",
      "low",
      ["AUDIT-2", "GDAP-2"],
      [`Auto-extend is off: it expires ${day(end)} unless someone acts.`],
      [setAutoExtendRemedy(value, policy)],
      { due: end, days: wholeDays(left) },
    );

  // AUDIT-3 and AUDIT-4
  const active = activeAssignments(relationship);
  if (active.length === 0) {
    const others = relationship.assignments.length;
    push(
      "noActiveAccessAssignment",
      "medium",
      ["AUDIT-3", "GDAP-6", "GDAP-7"],
      [
        `No active access assignment: no partner group holds any of its ${roles.length} roles, so it gives no one access (GDAP-7).${others > 0 ? ` It has ${others} assignment(s) in other statuses.` : ""}`,
      ],
      [
        describedRemedy(
          "Assign a partner security group the roles it needs (POST …/accessAssignments with the group's object ID, GDAP-6), or terminate the relationship if nobody needs it.",
        ),
      ],
    );
  } else {
    const unused = unusedRoles(roles, active);
    if (unused.length > 0)
      push(
        "unusedRoles",
        "low",
        ["AUDIT-3", "GDAP-6"],
        [
          `No active access assignment gives ${unused.map(roleName).join(", ")}: the customer granted roles nobody uses.`,
        ],
        [
          unused.includes(GLOBAL_ADMIN)
            ? runningRemoval(relationship) === undefined
              ? dropGlobalAdministratorRemedy(value)
              : describedRemedy(`Operation ${runningRemoval(relationship)} is removing Global Administrator (GDAP-9).`)
            : describedRemedy(
                "An active relationship's roles cannot change except removing Global Administrator (Graph's update page): leave these roles out of its next relationship.",
              ),
        ],
        { roles: unused },
      );
    for (const assignment of active)
      for (const role of assignment.roles)
        if (ctx.privileged.has(role) && roles.includes(role))
          push(
            "privilegedRole",
            // Global Administrator is the one Microsoft's own guidance keeps out of GDAP; CIPP's
            // recommended roles include the other two, so they ask for a review, not an alarm.
            role === GLOBAL_ADMIN ? "high" : "medium",
            ["AUDIT-4", "GDAP-7"],
            [
              `Group ${assignment.value.group} holds ${roleName(role)} in this customer's tenant through GDAP: a privileged role least privilege keeps for the few tasks that need it.`,
            ],
            [removeRoleFromAssignmentRemedy(assignment, role)],
            { group: assignment.value.group, roles: [role] },
          );
  }

  // AUDIT-6
  if (value.displayName.startsWith(ctx.thresholds.transitionPrefix)) {
    const terminating = (relationship.pending ?? NONE).find((r) => r.what === "terminate" && UNFINISHED.has(r.status));
    push(
      "microsoftLedTransition",
      "medium",
      ["AUDIT-6"],
      [
        `A relationship of Microsoft's transition from DAP (display name beginning ${ctx.thresholds.transitionPrefix}) is still active: it carries the broad roles the transition gave.`,
        ...(terminating === undefined
          ? []
          : [
              `Termination was requested (${terminating.id}, ${terminating.status}): it takes effect once it succeeded (GDAP-8).`,
            ]),
      ],
      terminating === undefined
        ? [
            terminateRemedy(
              value,
              "Once a least-privilege relationship replaces it and its groups are assigned, terminate it (GDAP-8).",
            ),
          ]
        : [
            describedRemedy(
              `Wait for request ${terminating.id} to succeed (GDAP-8): the relationship grants access until then.`,
            ),
          ],
    );
  }
  return true;
}

const GLOBAL_ADMIN = GLOBAL_ADMINISTRATOR;

/** The relationship's active assignments (the list itself when all are). */
function activeAssignments(relationship: AuditRelationship): readonly AuditAssignment[] {
  const all = relationship.assignments;
  let count = 0;
  for (const assignment of all) if (assignment.status === "active") count++;
  return count === all.length ? all : all.filter((assignment) => assignment.status === "active");
}

/** The roles no active assignment gives: scanned for a few assignments, through a set for many (linear). */
function unusedRoles(roles: readonly RoleId[], active: readonly AuditAssignment[]): readonly RoleId[] {
  if (active.length > 8) {
    const used = new Set<RoleId>();
    for (const assignment of active) for (const role of assignment.roles) used.add(role);
    return roles.filter((role) => !used.has(role));
  }
  const unused: RoleId[] = [];
  for (const role of roles) {
    let given = false;
    for (const assignment of active)
      if (assignment.roles.includes(role)) {
        given = true;
        break;
      }
    if (!given) unused.push(role);
  }
  return unused;
}

/** An operation under way that removes Global Administrator, if any (GDAP-9). */
function runningRemoval(relationship: AuditRelationship): string | undefined {
  return (relationship.pending ?? NONE).find(
    (operation) =>
      UNFINISHED.has(operation.status) &&
      (operation.what === "removeGlobalAdministrator" ||
        (operation.what === "delegatedAdminRelationshipUpdate" &&
          operation.roles !== undefined &&
          !operation.roles.includes(GLOBAL_ADMIN))),
  )?.id;
}
