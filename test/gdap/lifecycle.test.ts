import {
  ACCESS_ASSIGNMENT_LIFECYCLE,
  type AccessAssignment,
  advanceGdapRelationship,
  approveGdapRelationship,
  completeGdapTermination,
  type DomainError,
  deleteAccessAssignment,
  deleteGdapRelationship,
  GDAP_LIFECYCLE,
  GDAP_TRANSIENT_STATUSES,
  type GdapRelationship,
  type GdapStatus,
  HELPDESK_ADMINISTRATOR,
  lockGdapForApproval,
  type Result,
  removeGlobalAdministrator,
  requestGdapTermination,
  setGdapAutoExtend,
  terminateGdapRelationship,
  updateAccessAssignment,
  updateGdapRelationship,
} from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, DAY, globalAdmin } from "../support/actors.js";
import { active, assignment, created, pending, unwrap } from "./fixtures.js";

// Steps are called with relationships of any status, as a plain-JavaScript caller could.
type AnyStep = (relationship: never, at: number) => Result<unknown, DomainError>;

const steps: Record<string, AnyStep> = {
  updateGdapRelationship: (r, at) => updateGdapRelationship(r, { displayName: "Renamed", by: adminAgent, at }),
  lockGdapForApproval: (r, at) => lockGdapForApproval(r, { by: adminAgent, at }),
  approveGdapRelationship: (r, at) => approveGdapRelationship(r, { by: globalAdmin, at }),
  setGdapAutoExtend: (r, at) => setGdapAutoExtend(r, { autoExtendDuration: "P180D", by: adminAgent, at }),
  removeGlobalAdministrator: (r, at) => removeGlobalAdministrator(r, { by: globalAdmin, at }),
  requestGdapTermination: (r, at) => requestGdapTermination(r, { by: globalAdmin, at }),
  terminateGdapRelationship: (r, at) => terminateGdapRelationship(r, { by: globalAdmin, at }),
  completeGdapTermination: (r, at) => completeGdapTermination(r, at),
  deleteGdapRelationship: (r, at) => deleteGdapRelationship(r, { by: adminAgent, at }),
};

function inStatus(status: GdapStatus): GdapRelationship {
  const base = active();
  switch (status) {
    case "created":
      return created();
    case "approvalPending":
      return pending();
    case "active":
      return base;
    case "terminationRequested":
      return unwrap(requestGdapTermination(base, { by: globalAdmin, at: base.activatedDateTime + DAY }));
    case "terminated":
      return unwrap(terminateGdapRelationship(base, { by: globalAdmin, at: base.activatedDateTime + DAY }));
    case "expired":
      return unwrap(advanceGdapRelationship(base, base.endDateTime + DAY));
    default:
      // Transient statuses: representable, never produced by a step.
      return { ...base, status } as GdapRelationship;
  }
}

describe("GDAP transition table", () => {
  it("GDAP-1 every GDAP step does what GDAP_LIFECYCLE says from every status, and nothing leaves expired or terminated", () => {
    for (const from of GDAP_LIFECYCLE.statuses) {
      for (const [step, run] of Object.entries(steps)) {
        const relationship = inStatus(from);
        const targets = GDAP_LIFECYCLE.transitions.filter((t) => t.from === from && t.step === step).map((t) => t.to);
        const result = run(relationship as never, relationship.lastModifiedDateTime + DAY);
        if (targets.length === 0) {
          // deleting a created relationship removes it: a receipt, not a status
          if (from === "created" && step === "deleteGdapRelationship") expect(result.isOk()).toBe(true);
          else expect(result.isErr(), `${step} from ${from}`).toBe(true);
        } else {
          expect(targets, `${step} from ${from}`).toContain((result._unsafeUnwrap() as { status?: string }).status);
        }
      }
      const later = advanceGdapRelationship(inStatus(from), inStatus(from).lastModifiedDateTime + 1000 * DAY);
      const advanced = later._unsafeUnwrap().status;
      const edges = GDAP_LIFECYCLE.transitions.filter((t) => t.from === from && t.step === "advanceGdapRelationship");
      if (edges.length === 0) expect(advanced, `advance from ${from}`).toBe(from);
      else expect(edges.map((t) => t.to)).toContain(advanced);
    }
  });

  it("GDAP-1 a step refused for its status names exactly the statuses GDAP_LIFECYCLE allows it from, in table order", () => {
    const moves = [...GDAP_LIFECYCLE.transitions, ...(GDAP_LIFECYCLE.removals ?? [])];
    for (const [step, run] of Object.entries(steps)) {
      const allowed = [...new Set(moves.filter((t) => t.step === step).map((t) => t.from))];
      expect(allowed.length, step).toBeGreaterThan(0);
      for (const from of GDAP_LIFECYCLE.statuses.filter((status) => !allowed.includes(status))) {
        const relationship = inStatus(from);
        const result = run(relationship as never, relationship.lastModifiedDateTime + DAY);
        const error = result._unsafeUnwrapErr();
        if (error.code === "gdap_status_not_allowed") expect(error.allowed, `${step} from ${from}`).toEqual(allowed);
        else expect(error.code, `${step} from ${from}`).toBe("global_admin_removal_not_active");
      }
    }
  });

  it("GDAP-1 deleting a created relationship is the table's one removal: it leaves no status", () => {
    expect(GDAP_LIFECYCLE.removals).toEqual([
      { from: "created", step: "deleteGdapRelationship", by: "partner", rules: ["GDAP-1", "ACT-3"] },
    ]);
    const result = deleteGdapRelationship(created(), { by: adminAgent, at: created().lastModifiedDateTime + DAY });
    expect(result._unsafeUnwrap().kind).toBe("gdapRelationshipDeleted");
  });

  it("GDAP-1 the table lists every status, produces no transient one, and has no edge out of a final status", () => {
    const produced = new Set(GDAP_LIFECYCLE.transitions.map((t) => t.to));
    for (const transient of GDAP_TRANSIENT_STATUSES) expect(produced.has(transient)).toBe(false);
    for (const final of GDAP_LIFECYCLE.final)
      expect(GDAP_LIFECYCLE.transitions.some((t) => t.from === final)).toBe(false);
  });

  it("GDAP-6 assignment steps do what ACCESS_ASSIGNMENT_LIFECYCLE says", () => {
    const relationship = active();
    const live = assignment(relationship);
    const at = live.lastModifiedDateTime + DAY;
    const inStatusA = (status: AccessAssignment["status"]): AccessAssignment =>
      status === "deleted"
        ? unwrap(deleteAccessAssignment(live, { by: adminAgent, at }))
        : ({ ...live, status } as AccessAssignment);
    for (const from of ACCESS_ASSIGNMENT_LIFECYCLE.statuses) {
      const deleted = deleteAccessAssignment(inStatusA(from) as never, { by: adminAgent, at: at + DAY });
      const updated = updateAccessAssignment(inStatusA(from) as never, relationship, {
        roles: [HELPDESK_ADMINISTRATOR],
        by: adminAgent,
        at: at + DAY,
      });
      for (const [step, result] of [
        ["deleteAccessAssignment", deleted],
        ["updateAccessAssignment", updated],
      ] as const) {
        const edge = ACCESS_ASSIGNMENT_LIFECYCLE.transitions.find((t) => t.from === from && t.step === step);
        if (edge === undefined) expect(result.isErr(), `${step} from ${from}`).toBe(true);
        else expect(result._unsafeUnwrap().status, `${step} from ${from}`).toBe(edge.to);
      }
    }
  });
});
