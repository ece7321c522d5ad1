import { acceptAgreement, agreementNotAccepted } from "partner-relationships";
import { describe, expect, it } from "vitest";
import { adminAgent, billingAdmin, CUSTOMER, DAY, globalAdmin, helpdeskUser, T0 } from "./support/actors.js";

describe("acceptAgreement", () => {
  it("MCA-2 a customer admin accepts the agreement on its own, with the acknowledgement box", () => {
    const accepted = acceptAgreement(agreementNotAccepted(CUSTOMER), { by: billingAdmin, at: T0, acknowledged: true });
    expect(accepted._unsafeUnwrap()).toEqual({
      status: "accepted",
      customer: CUSTOMER,
      acceptedAt: T0,
      acceptedBy: "lee",
    });
  });

  it("MCA-2 accepting it again changes nothing", () => {
    const first = acceptAgreement(agreementNotAccepted(CUSTOMER), {
      by: billingAdmin,
      at: T0,
      acknowledged: true,
    })._unsafeUnwrap();
    const again = acceptAgreement(first, { by: globalAdmin, at: T0 + DAY, acknowledged: true });
    expect(again._unsafeUnwrap()).toBe(first);
  });

  it("MCA-2 without the box ticked it is refused with agreement_not_acknowledged", () => {
    const result = acceptAgreement(agreementNotAccepted(CUSTOMER), { by: globalAdmin, at: T0, acknowledged: false });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: "agreement_not_acknowledged",
      rule: "MCA-2",
      customer: CUSTOMER,
    });
  });

  it("ACT-1 only a Global or Billing Administrator of the tenant may accept the agreement", () => {
    for (const by of [helpdeskUser, adminAgent]) {
      const result = acceptAgreement(agreementNotAccepted(CUSTOMER), { by, at: T0, acknowledged: true });
      expect(result._unsafeUnwrapErr()).toMatchObject({
        code: "not_authorized",
        rule: "ACT-1",
        step: "acceptAgreement",
      });
    }
  });

  it("MCA-2 a time that is not an instant is invalid input", () => {
    const result = acceptAgreement(agreementNotAccepted(CUSTOMER), { by: globalAdmin, at: 1.5, acknowledged: true });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: "invalid_input", path: "at", rule: "MCA-2" });
  });
});
