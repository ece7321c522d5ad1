import { it } from "@fast-check/vitest";
import {
  DEFAULT_POLICY,
  deleteRelationship,
  PARTNER_TYPE_LIST,
  POLICY_EDITIONS,
  type PolicyEditionId,
} from "partner-relationships";
import { describe, expect } from "vitest";
import { DAY, globalAdmin, T0 } from "../support/actors.js";
import { accept } from "./steps.js";

const KEYS = Object.keys(POLICY_EDITIONS) as PolicyEditionId[];

describe("POLICY_EDITIONS", () => {
  it("TYPE-2 the default policy is the current edition, with its figures unchanged", () => {
    expect(POLICY_EDITIONS.current).toBe(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toEqual({
      edition: "current",
      invitationLifetimeDays: 90,
      customerDeletableCapacities: ["delegatedAdministrator", "advisor"],
      gdap: {
        minDurationDays: 1,
        maxDurationDays: 730,
        autoExtendDays: 180,
        requestLifetimeDays: 90,
        displayNameMaxLength: 50,
      },
      autopilot: "current",
    });
  });

  it("INVAR-4 every edition is a frozen, complete policy named by its key", () => {
    expect(Object.isFrozen(POLICY_EDITIONS)).toBe(true);
    for (const key of KEYS) {
      const policy = POLICY_EDITIONS[key];
      expect(policy.edition).toBe(key);
      expect(Object.isFrozen(policy)).toBe(true);
      expect(Object.isFrozen(policy.gdap)).toBe(true);
      expect(Object.isFrozen(policy.customerDeletableCapacities)).toBe(true);
      if (policy.listedPartnerTypes !== undefined) {
        expect(Object.isFrozen(policy.listedPartnerTypes)).toBe(true);
        for (const type of policy.listedPartnerTypes) expect(PARTNER_TYPE_LIST).toContain(type);
      }
    }
  });

  it("TYPE-2 only the 2020 Japanese edition (000) and the default let the customer delete a relationship", () => {
    const advisor = accept("advisor").relationship;
    const deletable = KEYS.filter((key) =>
      deleteRelationship(advisor, { by: globalAdmin, at: T0 + 2 * DAY }, POLICY_EDITIONS[key]).isOk(),
    );
    expect(deletable).toEqual(["ja-2020", "current", "announced-autopilot"]);
    const error = deleteRelationship(advisor, { by: globalAdmin, at: T0 + 2 * DAY }, POLICY_EDITIONS["fr-2020"]);
    expect(error._unsafeUnwrapErr()).toMatchObject({ code: "contact_partner_to_end", notDeletable: ["advisor"] });
  });

  it("TYPE-1 only the current Japanese edition (001) lists GDAP; OEM is missing from 004 and 003", () => {
    const listing = (type: string) =>
      KEYS.filter((key) => POLICY_EDITIONS[key].listedPartnerTypes?.includes(type as never) ?? true);
    expect(listing("gdap")).toEqual(["ja-current", "current", "announced-autopilot"]);
    expect(listing("oem")).toEqual(["ja-2020", "ja-current", "current", "announced-autopilot"]);
    expect(listing("delegatedAdministrator")).toEqual([
      "ja-2020",
      "fr-2020",
      "zh-2021",
      "current",
      "announced-autopilot",
    ]);
  });

  it("AP-3 only the announced-autopilot edition selects the announced Autopilot policy", () => {
    expect(KEYS.filter((key) => POLICY_EDITIONS[key].autopilot === "announced")).toEqual(["announced-autopilot"]);
  });

  it("INV-4 the editions do not differ in invitation lifetime or GDAP figures", () => {
    for (const key of KEYS) {
      expect(POLICY_EDITIONS[key].invitationLifetimeDays).toBe(90);
      expect(POLICY_EDITIONS[key].gdap).toEqual(DEFAULT_POLICY.gdap);
    }
  });
});
