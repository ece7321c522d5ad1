import { allow, refuse } from "partner-relationships";
import { decisionSchema, decisionToJson, parseDecision } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { decisionArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, throughJsonText } from "./round-trip.js";

describe("decisions", () => {
  property(
    "INVAR-5 a decision survives decisionToJson → JSON text → parseDecision unchanged",
    [decisionArb],
    (decision) => {
      expect(throughJsonText(decision, decisionToJson, parseDecision)._unsafeUnwrap()).toStrictEqual(decision);
    },
  );

  it("INVAR-5 decisions made by allow and refuse round trip, with instants of their basis as ISO strings", () => {
    const allowed = allow(
      ["MCA-1"],
      ["accepted"],
      [{ kind: "agreement", customer: "contoso", acceptedBy: "kim", acceptedAt: Date.UTC(2026, 0, 6) }],
    );
    expect(decisionToJson(allowed).basis).toEqual([
      { kind: "agreement", customer: "contoso", acceptedBy: "kim", acceptedAt: "2026-01-06T00:00:00.000Z" },
    ]);
    for (const decision of [allowed, allow(["REL-2"], ["listed"]), refuse(["TYPE-2"], ["no"], ["ask the partner"])])
      expect(throughJsonText(decision, decisionToJson, parseDecision)._unsafeUnwrap()).toStrictEqual(decision);
  });

  it("INVAR-5 every kind of basis round trips, its instants as ISO strings", () => {
    const at = Date.UTC(2026, 0, 6);
    const allowed = allow(
      ["AZ-3", "MPSA-1"],
      ["both"],
      [
        { kind: "capacity", customer: "contoso", partner: "fabrikam", capacity: "reseller" },
        {
          kind: "roleGrant",
          customer: "contoso",
          partner: "fabrikam",
          role: "62e90394-69f5-4237-9190-012177145e10",
          holder: "adminAgents",
          capacity: "delegatedAdministrator",
          grantedAt: at,
        },
        { kind: "customerRole", customer: "contoso", user: "kim", role: "62e90394-69f5-4237-9190-012177145e10" },
        {
          kind: "azureRoleAssignment",
          customer: "contoso",
          subscription: "sub-1",
          partner: "fabrikam",
          role: "Owner",
          assignedAt: at,
        },
        {
          kind: "customerSetting",
          customer: "contoso",
          setting: "mpsaPurchaseSharing",
          changedBy: "kim",
          changedAt: at,
        },
      ],
    );
    const json = decisionToJson(allowed);
    expect(json.basis?.slice(3)).toEqual([
      {
        kind: "azureRoleAssignment",
        customer: "contoso",
        subscription: "sub-1",
        partner: "fabrikam",
        role: "Owner",
        assignedAt: "2026-01-06T00:00:00.000Z",
      },
      {
        kind: "customerSetting",
        customer: "contoso",
        setting: "mpsaPurchaseSharing",
        changedBy: "kim",
        changedAt: "2026-01-06T00:00:00.000Z",
      },
    ]);
    expect(throughJsonText(allowed, decisionToJson, parseDecision)._unsafeUnwrap()).toStrictEqual(allowed);
  });

  it("INVAR-6 refuses unknown rules, an allowed decision with remedies and a refused one with a basis", () => {
    expect(issuesOf(parseDecision({ allowed: true, rules: ["MCA-1", "MCA-9"], reasons: [], remedies: [] }))).toEqual([
      { path: "rules[1]", expected: "a rule ID of the catalogue, such as TYPE-2", found: '"MCA-9"' },
    ]);
    expect(issuesOf(parseDecision({ allowed: true, rules: [], reasons: [], remedies: ["x"] }))).toEqual([
      { path: "remedies", expected: "no remedies on an allowed decision", found: "1 remedies" },
    ]);
    expect(
      issuesOf(
        parseDecision({
          allowed: false,
          rules: [],
          reasons: [],
          remedies: [],
          basis: [{ kind: "capacity", customer: "c", partner: "p", capacity: "oem" }],
        }),
      ),
    ).toEqual([{ path: "basis", expected: "no basis on a refused decision", found: "a basis" }]);
    expect(
      issuesOf(
        parseDecision({
          allowed: true,
          rules: [],
          reasons: [],
          remedies: [],
          basis: [{ kind: "capacity" }, { kind: "x" }],
        }),
      ).map((issue) => issue.path),
    ).toEqual(["basis[0].customer", "basis[0].partner", "basis[0].capacity", "basis[1].kind"]);
    expect(decisionSchema["~standard"].version).toBe(1);
  });
});
