import { DEFAULT_POLICY, POLICY_EDITIONS } from "partner-relationships";
import { describe, expect, it } from "vitest";
import { parsePolicy, policySchema, policyToJson } from "../../src/codec/policy.js";
import { policyArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, throughJsonText } from "./round-trip.js";

describe("policies", () => {
  property("INVAR-5 a policy survives policyToJson → JSON text → parsePolicy unchanged", [policyArb], (policy) => {
    expect(throughJsonText(policy, policyToJson, parsePolicy)._unsafeUnwrap()).toStrictEqual(policy);
  });

  it("INVAR-5 the default policy and every edition round trip (equal, though no longer frozen)", () => {
    for (const policy of [DEFAULT_POLICY, ...Object.values(POLICY_EDITIONS)]) {
      const parsed = throughJsonText(policy, policyToJson, parsePolicy)._unsafeUnwrap();
      expect(parsed).toEqual(policy);
      expect(Object.isFrozen(parsed)).toBe(false);
    }
  });

  it("INVAR-6 refuses negative or fractional figures, a maximum below the minimum, and unknown editions' fields", () => {
    const json = policyToJson(DEFAULT_POLICY);
    expect(
      issuesOf(
        parsePolicy({ ...json, invitationLifetimeDays: -1, gdap: { ...json.gdap, minDurationDays: 2.5 }, extra: true }),
      ).map((issue) => issue.path),
    ).toEqual(["invitationLifetimeDays", "gdap.minDurationDays", "extra"]);
    expect(issuesOf(parsePolicy({ ...json, gdap: { ...json.gdap, minDurationDays: 800 } }))).toEqual([
      { path: "gdap.maxDurationDays", expected: "at least minDurationDays (800)", found: "730" },
    ]);
    // a single allowed duration is a range too
    expect(issuesOf(parsePolicy({ ...json, gdap: { ...json.gdap, minDurationDays: 730 } }))).toEqual([]);
    expect(issuesOf(parsePolicy({ ...json, customerDeletableCapacities: ["advisor", "dap"] }))[0]?.path).toBe(
      "customerDeletableCapacities[1]",
    );
    expect(policySchema["~standard"].validate(json)).toHaveProperty("value");
  });
});
