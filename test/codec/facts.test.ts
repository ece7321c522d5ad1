import {
  autopilotDeviceSchema,
  autopilotDeviceToJson,
  azureSubscriptionSchema,
  azureSubscriptionToJson,
  mpsaPurchaseSharingSchema,
  mpsaPurchaseSharingToJson,
  parseAutopilotDevice,
  parseAzureSubscription,
  parseMpsaPurchaseSharing,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { autopilotDeviceArb, azureSubscriptionArb, mpsaSharingArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, pathsOf, throughJsonText } from "./round-trip.js";

const subscription = {
  id: "sub-1",
  customer: "contoso",
  provisionedBy: "fabrikam",
  roleAssignments: [
    {
      principal: { kind: "partnerAdminAgents", partner: "fabrikam" },
      role: "Owner",
      assignedAt: "2026-01-10T00:00:00.000Z",
    },
  ],
  updatedAt: "2026-01-10T00:00:00.000Z",
};

describe("Azure subscriptions, Autopilot devices, MPSA sharing", () => {
  property(
    "INVAR-5 an Azure subscription survives azureSubscriptionToJson → JSON text → parseAzureSubscription unchanged",
    [azureSubscriptionArb],
    (value) => {
      expect(throughJsonText(value, azureSubscriptionToJson, parseAzureSubscription)._unsafeUnwrap()).toStrictEqual(
        value,
      );
    },
  );

  property(
    "INVAR-5 an Autopilot device survives autopilotDeviceToJson → JSON text → parseAutopilotDevice unchanged",
    [autopilotDeviceArb],
    (value) => {
      expect(throughJsonText(value, autopilotDeviceToJson, parseAutopilotDevice)._unsafeUnwrap()).toStrictEqual(value);
    },
  );

  property(
    "INVAR-5 an MPSA sharing setting survives mpsaPurchaseSharingToJson → JSON text → parseMpsaPurchaseSharing unchanged",
    [mpsaSharingArb],
    (value) => {
      expect(throughJsonText(value, mpsaPurchaseSharingToJson, parseMpsaPurchaseSharing)._unsafeUnwrap()).toStrictEqual(
        value,
      );
    },
  );

  it("AZ-3 INVAR-6 refuses a role assignment made after the last change, or held twice", () => {
    expect(parseAzureSubscription(subscription).isOk()).toBe(true);
    const [owner] = subscription.roleAssignments;
    expect(
      issuesOf(parseAzureSubscription({ ...subscription, roleAssignments: [owner, owner] })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "a principal and role not already assigned (roleAssignments[0]) (AZ-3)",
          "found": "Owner held by partner fabrikam",
          "path": "roleAssignments[1]",
        },
      ]
    `);
    expect(
      issuesOf(
        parseAzureSubscription({
          ...subscription,
          roleAssignments: [{ ...owner, assignedAt: "2026-02-01T00:00:00Z" }],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "an instant not after updatedAt (2026-01-10T00:00:00.000Z)",
          "found": "2026-02-01T00:00:00.000Z",
          "path": "roleAssignments[0].assignedAt",
        },
      ]
    `);
    expect(
      issuesOf(parseAzureSubscription({ ...subscription, roleAssignments: [{ ...owner, role: "Admin" }] })),
    ).toMatchInlineSnapshot(`
      [
        {
          "expected": "one of "Owner", "Contributor", "Reader"",
          "found": ""Admin"",
          "path": "roleAssignments[0].role",
        },
      ]
    `);
    expect(azureSubscriptionSchema["~standard"].validate(subscription)).toHaveProperty("value.id", "sub-1");
  });

  it("AP-2 INVAR-6 a customer adds devices only through its channels", () => {
    const device = { id: "pc-1", customer: "contoso", addedBy: { kind: "customer", channel: "intune" } };
    expect(parseAutopilotDevice(device).isOk()).toBe(true);
    expect(pathsOf(parseAutopilotDevice({ ...device, addedBy: { kind: "customer", channel: "usb" } }))).toEqual([
      "addedBy.channel",
    ]);
    expect(pathsOf(parseAutopilotDevice({ ...device, addedBy: { kind: "oem" } }))).toEqual(["addedBy.partner"]);
    expect(autopilotDeviceSchema["~standard"].validate(device)).toHaveProperty("value.id", "pc-1");
  });

  it("MPSA-1 INVAR-6 sharing turned on says who turned it on", () => {
    expect(parseMpsaPurchaseSharing({ customer: "contoso", enabled: false }).isOk()).toBe(true);
    expect(issuesOf(parseMpsaPurchaseSharing({ customer: "contoso", enabled: true }))).toEqual([
      {
        path: "changed",
        expected: "who turned sharing on and when ({ by, at }) (MPSA-1)",
        found: "nothing (the field is missing)",
      },
    ]);
    expect(pathsOf(parseMpsaPurchaseSharing({ customer: "contoso", enabled: "yes" }))).toEqual(["enabled"]);
    expect(mpsaPurchaseSharingSchema["~standard"].validate({ customer: "c", enabled: false })).toHaveProperty(
      "value.enabled",
      false,
    );
  });
});
