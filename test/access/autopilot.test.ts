import { fc, it } from "@fast-check/vitest";
import {
  type AutopilotDevice,
  canManageAutopilotProfiles,
  canManageDevice,
  canRegisterDevices,
  canRemoveDevice,
  type DeviceSource,
  POLICY_EDITIONS,
} from "partner-relationships";
import { describe, expect } from "vitest";
import { CUSTOMER, OTHER_PARTNER, PARTNER } from "../support/actors.js";
import { accept, withoutAdminRoles } from "./steps.js";

const CURRENT = POLICY_EDITIONS.current;
const ANNOUNCED = POLICY_EDITIONS["announced-autopilot"];
const OEM = "litware";

const device = (addedBy: DeviceSource, id = "device-1"): AutopilotDevice => ({ id, customer: CUSTOMER, addedBy });
const BY_SELF = device({ kind: "partner", partner: PARTNER });
const BY_OTHER = device({ kind: "partner", partner: OTHER_PARTNER });
const BY_OEM = device({ kind: "oem", partner: OEM });
const BY_CUSTOMER: readonly AutopilotDevice[] = [
  device({ kind: "customer", channel: "microsoftStoreForBusiness" }),
  device({ kind: "customer", channel: "microsoftStoreForEducation" }),
  device({ kind: "customer", channel: "intune" }),
];

/** A reseller whose customer removed its admin roles: a reseller relationship without DAP. */
const resellerWithoutDap = () => [withoutAdminRoles(accept("resellerAndDelegatedAdministrator").relationship)];
const resellerWithDap = () => [accept("resellerAndDelegatedAdministrator").relationship];

describe("Autopilot profiles", () => {
  it("AP-1 a partner that keeps a reseller relationship manages Autopilot profiles without DAP (current policy)", () => {
    const decision = canManageAutopilotProfiles({
      partner: PARTNER,
      customer: CUSTOMER,
      relationships: resellerWithoutDap(),
    });
    expect(decision).toMatchObject({ allowed: true, rules: ["AP-1"] });
    expect(decision.basis).toMatchObject([{ kind: "capacity", capacity: "resellerAndDelegatedAdministrator" }]);
  });

  it("AP-1 without a reseller relationship and without DAP there is nothing to manage", () => {
    const decision = canManageAutopilotProfiles({
      partner: PARTNER,
      customer: CUSTOMER,
      relationships: [accept("isv").relationship],
    });
    expect(decision).toMatchObject({ allowed: false, rules: ["AP-1"] });
    expect(decision.remedies).toEqual([`${CUSTOMER} must accept a reseller invitation from ${PARTNER}.`]);
  });

  it("AP-3 under the announced policy, profile changes need DAP", () => {
    const withoutDap = canManageAutopilotProfiles(
      { partner: PARTNER, customer: CUSTOMER, relationships: resellerWithoutDap() },
      ANNOUNCED,
    );
    expect(withoutDap).toMatchObject({ allowed: false, rules: ["AP-3"] });
    expect(withoutDap.remedies[0]).toContain("delegated admin privileges");
    const withDap = canManageAutopilotProfiles(
      { partner: PARTNER, customer: CUSTOMER, relationships: resellerWithDap() },
      ANNOUNCED,
    );
    expect(withDap).toMatchObject({ allowed: true, rules: ["DAP-1", "AP-3"] });
    expect(withDap.basis).toMatchObject([{ kind: "roleGrant", holder: "adminAgents" }]);
  });
});

describe("Autopilot devices", () => {
  it("AP-2 a reseller without DAP manages and removes devices it or another partner added", () => {
    const relationships = resellerWithoutDap();
    for (const d of [BY_SELF, BY_OTHER, BY_OEM]) {
      expect(canManageDevice({ partner: PARTNER, device: d, relationships })).toMatchObject({
        allowed: true,
        rules: ["AP-2"],
      });
      expect(canRemoveDevice({ partner: PARTNER, device: d, relationships })).toMatchObject({
        allowed: true,
        rules: ["AP-2"],
      });
    }
  });

  it("AP-2 it cannot manage devices the customer added through Microsoft Store for Business or Education or Intune", () => {
    const relationships = resellerWithoutDap();
    for (const d of BY_CUSTOMER) {
      const decision = canManageDevice({ partner: PARTNER, device: d, relationships });
      expect(decision).toMatchObject({ allowed: false, rules: ["AP-2"] });
      expect(decision.reasons[0]).toContain("the customer added through");
      expect(canRemoveDevice({ partner: PARTNER, device: d, relationships }).allowed).toBe(false);
    }
  });

  it("AP-3 under the announced policy, without DAP a partner removes only devices it added itself", () => {
    const relationships = resellerWithoutDap();
    expect(canRemoveDevice({ partner: PARTNER, device: BY_SELF, relationships }, ANNOUNCED)).toMatchObject({
      allowed: true,
      rules: ["AP-3"],
    });
    for (const d of [BY_OTHER, BY_OEM, ...BY_CUSTOMER])
      expect(canRemoveDevice({ partner: PARTNER, device: d, relationships }, ANNOUNCED)).toMatchObject({
        allowed: false,
        rules: ["AP-3"],
      });
  });

  it("AP-3 under the announced policy, applying or removing a profile on any device needs DAP", () => {
    for (const d of [BY_SELF, BY_OTHER, BY_OEM, ...BY_CUSTOMER]) {
      expect(
        canManageDevice({ partner: PARTNER, device: d, relationships: resellerWithoutDap() }, ANNOUNCED).allowed,
      ).toBe(false);
      expect(
        canManageDevice({ partner: PARTNER, device: d, relationships: resellerWithDap() }, ANNOUNCED).allowed,
      ).toBe(true);
      expect(
        canRemoveDevice({ partner: PARTNER, device: d, relationships: resellerWithDap() }, ANNOUNCED).allowed,
      ).toBe(true);
    }
  });

  it("AP-2 with DAP the partner, as Global Administrator, manages every device under the current policy too", () => {
    for (const d of BY_CUSTOMER)
      expect(canManageDevice({ partner: PARTNER, device: d, relationships: resellerWithDap() }, CURRENT)).toMatchObject(
        {
          allowed: true,
          rules: ["DAP-1", "AP-2"],
        },
      );
  });

  it("AP-2 a partner without any relationship with the device's customer manages nothing", () => {
    const relationships = [accept("reseller", { customer: "northwind" }).relationship];
    for (const policy of [CURRENT, ANNOUNCED])
      expect(canRemoveDevice({ partner: PARTNER, device: BY_SELF, relationships }, policy).allowed).toBe(false);
  });

  it.prop([fc.constantFrom(CURRENT, ANNOUNCED), fc.constantFrom(BY_SELF, BY_OTHER, BY_OEM, ...BY_CUSTOMER)])(
    "AP-3 the policy edition alone picks the rule: the same facts, the current or the announced answer",
    (policy, d) => {
      const decision = canRemoveDevice({ partner: PARTNER, device: d, relationships: resellerWithoutDap() }, policy);
      expect(decision.rules).toEqual([policy.autopilot === "current" ? "AP-2" : "AP-3"]);
      const expected =
        policy.autopilot === "current"
          ? d.addedBy.kind !== "customer"
          : d.addedBy.kind === "partner" && d.addedBy.partner === PARTNER;
      expect(decision.allowed).toBe(expected);
    },
  );
});

describe("registering devices", () => {
  it("AP-4 an OEM registers devices for a customer without any permission in the tenant", () => {
    const { relationship } = accept("oem", { partner: OEM });
    expect(relationship.grants).toEqual([]);
    const decision = canRegisterDevices({ partner: OEM, customer: CUSTOMER, relationships: [relationship] });
    expect(decision).toMatchObject({ allowed: true, rules: ["AP-4"] });
    expect(decision.basis).toEqual([{ kind: "capacity", customer: CUSTOMER, partner: OEM, capacity: "oem" }]);
  });

  it("AP-4 a partner that is neither an OEM nor a reseller of the customer registers no device", () => {
    const decision = canRegisterDevices({
      partner: PARTNER,
      customer: CUSTOMER,
      relationships: [accept("advisor").relationship],
    });
    expect(decision).toMatchObject({ allowed: false, rules: ["AP-4"] });
  });

  it("AP-2 a reseller adds its customer's devices in Partner Center, with or without DAP", () => {
    expect(
      canRegisterDevices({ partner: PARTNER, customer: CUSTOMER, relationships: resellerWithoutDap() }),
    ).toMatchObject({
      allowed: true,
      rules: ["AP-2"],
    });
  });
});
