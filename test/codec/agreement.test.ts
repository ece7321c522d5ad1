import { acceptAgreement, agreementNotAccepted, GLOBAL_ADMINISTRATOR } from "partner-relationships";
import { agreementSchema, agreementToJson, parseAgreement } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { agreementArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, throughJsonText } from "./round-trip.js";

describe("agreements", () => {
  property(
    "INVAR-5 an agreement state survives agreementToJson → JSON text → parse unchanged",
    [agreementArb],
    (agreement) => {
      expect(throughJsonText(agreement, agreementToJson, parseAgreement)._unsafeUnwrap()).toStrictEqual(agreement);
    },
  );

  it("INVAR-5 an agreement accepted through the public step round trips", () => {
    const accepted = acceptAgreement(agreementNotAccepted("contoso"), {
      by: { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] },
      at: Date.UTC(2026, 0, 15),
      acknowledged: true,
    })._unsafeUnwrap();
    expect(agreementToJson(accepted)).toEqual({
      status: "accepted",
      customer: "contoso",
      acceptedAt: "2026-01-15T00:00:00.000Z",
      acceptedBy: "kim",
    });
    expect(throughJsonText(accepted, agreementToJson, parseAgreement)._unsafeUnwrap()).toStrictEqual(accepted);
  });

  it("INVAR-6 an accepted agreement needs its time and admin; a not-accepted one has none", () => {
    expect(issuesOf(parseAgreement({ status: "accepted", customer: "contoso", acceptedAt: 5 }))).toEqual([
      {
        path: "acceptedAt",
        expected: "an ISO 8601 date-time with an offset, such as 2026-01-15T09:30:00Z",
        found: "5",
      },
      {
        path: "acceptedBy",
        expected: "an identifier (a non-empty string of at most 256 characters without surrounding white space)",
        found: "nothing (the field is missing)",
      },
    ]);
    expect(issuesOf(parseAgreement({ status: "notAccepted", customer: "contoso", acceptedBy: "kim" }))[0]?.path).toBe(
      "acceptedBy",
    );
    expect(agreementSchema["~standard"].validate({ status: "notAccepted", customer: "contoso" })).toEqual({
      value: { status: "notAccepted", customer: "contoso" },
    });
  });
});
