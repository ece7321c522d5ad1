import { it } from "@fast-check/vitest";
import {
  canSeeMpsaPurchases,
  type MpsaPurchaseSharing,
  mpsaPartnersOf,
  mpsaPurchaseSharingOff,
  setMpsaPurchaseSharing,
} from "partner-relationships";
import { describe, expect } from "vitest";
import {
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskUser,
  OTHER_PARTNER,
  otherTenantAdmin,
  PARTNER,
  T0,
} from "../support/actors.js";
import { deepFreeze } from "../support/freeze.js";
import { accept } from "./steps.js";
import { CUSTOMERS, PARTNERS, runWorld, stepsArb } from "./world.js";

const THIRD = "litware";

function sharingOn(): MpsaPurchaseSharing {
  return setMpsaPurchaseSharing(mpsaPurchaseSharingOff(CUSTOMER), {
    enabled: true,
    by: billingAdmin,
    at: T0 + 3 * DAY,
  })._unsafeUnwrap();
}

describe("MPSA purchase visibility", () => {
  const relationships = [
    accept("mpsaPartner").relationship,
    accept("mpsaPartner", { partner: OTHER_PARTNER }).relationship,
    accept("reseller", { partner: THIRD }).relationship,
  ];

  it("MPSA-1 a customer with several MPSA partners may let them see purchases made by each other", () => {
    const off = mpsaPurchaseSharingOff(CUSTOMER);
    const refused = canSeeMpsaPurchases({ viewer: PARTNER, purchaser: OTHER_PARTNER, sharing: off, relationships });
    expect(refused).toMatchObject({ allowed: false, rules: ["MPSA-1"] });
    expect(refused.remedies[0]).toContain("must let its MPSA partners see purchases made by each other");
    const on = sharingOn();
    const allowed = canSeeMpsaPurchases({ viewer: PARTNER, purchaser: OTHER_PARTNER, sharing: on, relationships });
    expect(allowed).toMatchObject({ allowed: true, rules: ["MPSA-1"] });
    expect(allowed.basis).toContainEqual({
      kind: "customerSetting",
      customer: CUSTOMER,
      setting: "mpsaPurchaseSharing",
      changedBy: billingAdmin.id,
      changedAt: T0 + 3 * DAY,
    });
  });

  it("MPSA-1 the setting touches only relationships with the MPSA capacity", () => {
    const on = sharingOn();
    expect(mpsaPartnersOf(CUSTOMER, relationships)).toEqual([PARTNER, OTHER_PARTNER]);
    for (const [viewer, purchaser] of [
      [THIRD, PARTNER],
      [PARTNER, THIRD],
    ] as const) {
      const decision = canSeeMpsaPurchases({ viewer, purchaser, sharing: on, relationships });
      expect(decision.allowed).toBe(false);
      expect(decision.reasons[0]).toBe(
        `${THIRD} is not an MPSA partner of ${CUSTOMER}; the MPSA setting touches only MPSA partners.`,
      );
    }
  });

  it("MPSA-1 an MPSA partner sees its own purchases whatever the setting", () => {
    const off = mpsaPurchaseSharingOff(CUSTOMER);
    expect(canSeeMpsaPurchases({ viewer: PARTNER, purchaser: PARTNER, sharing: off, relationships }).allowed).toBe(
      true,
    );
  });

  it("MPSA-1 turning sharing off again takes the visibility back", () => {
    const off = setMpsaPurchaseSharing(sharingOn(), {
      enabled: false,
      by: globalAdmin,
      at: T0 + 4 * DAY,
    })._unsafeUnwrap();
    expect(off).toEqual({ customer: CUSTOMER, enabled: false, changed: { by: globalAdmin.id, at: T0 + 4 * DAY } });
    expect(
      canSeeMpsaPurchases({ viewer: PARTNER, purchaser: OTHER_PARTNER, sharing: off, relationships }).allowed,
    ).toBe(false);
  });

  it("ACT-1 only a customer admin of that tenant changes the MPSA setting", () => {
    const setting = deepFreeze(mpsaPurchaseSharingOff(CUSTOMER));
    for (const by of [helpdeskUser, otherTenantAdmin])
      expect(setMpsaPurchaseSharing(setting, { enabled: true, by, at: T0 })._unsafeUnwrapErr()).toMatchObject({
        code: "not_authorized",
        rule: "ACT-1",
        step: "setMpsaPurchaseSharing",
      });
    const on = sharingOn();
    expect(setMpsaPurchaseSharing(on, { enabled: true, by: globalAdmin, at: T0 + 5 * DAY })._unsafeUnwrap()).toBe(on);
    expect(setMpsaPurchaseSharing(on, { enabled: false, by: globalAdmin, at: T0 })._unsafeUnwrapErr()).toMatchObject({
      path: "at",
    });
  });

  it.prop([stepsArb])("MPSA-1 the setting changes no decision for partners without the MPSA capacity", (steps) => {
    const world = runWorld(steps);
    for (const customer of CUSTOMERS) {
      const mpsa = mpsaPartnersOf(customer, world.relationships);
      const on: MpsaPurchaseSharing = { customer, enabled: true, changed: { by: `ga-${customer}`, at: world.now } };
      const off = mpsaPurchaseSharingOff(customer);
      for (const viewer of PARTNERS)
        for (const purchaser of PARTNERS) {
          const withOn = canSeeMpsaPurchases({ viewer, purchaser, sharing: on, relationships: world.relationships });
          const withOff = canSeeMpsaPurchases({ viewer, purchaser, sharing: off, relationships: world.relationships });
          if (!mpsa.includes(viewer) || !mpsa.includes(purchaser)) {
            expect(withOn.allowed).toBe(false);
            expect(withOff.allowed).toBe(false);
          } else expect(withOn.allowed).toBe(true);
        }
    }
  });
});
