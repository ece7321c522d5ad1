import fc from "fast-check";
import { PARTNER_TYPES } from "partner-relationships";
import {
  coreEventSchema,
  coreEventToJson,
  documentToJson,
  parseCoreEvent,
  parseDocument,
  toDocument,
} from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { coreEventArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, pathsOf, throughJsonText } from "./round-trip.js";

const sent = {
  type: "InvitationSent",
  at: "2026-01-01T00:00:00.000Z",
  invitation: {
    status: "pending",
    id: "inv-1",
    customer: "contoso",
    partner: "fabrikam",
    type: "advisor",
    // TYPE-1: an advisor invitation requests the catalogue's two DAP roles (INVAR-7).
    roles: PARTNER_TYPES.advisor.roles.kind === "fixed" ? PARTNER_TYPES.advisor.roles.slots : [],
    sentBy: "ana",
    sentAt: "2026-01-01T00:00:00.000Z",
    expiresAt: "2026-04-01T00:00:00.000Z",
  },
};

describe("core events", () => {
  property(
    "INVAR-5 a core event survives coreEventToJson → JSON text → parseCoreEvent unchanged",
    [coreEventArb],
    (event) => {
      expect(throughJsonText(event, coreEventToJson, parseCoreEvent)._unsafeUnwrap()).toStrictEqual(event);
    },
  );

  property(
    "INVAR-5 an event log page of core events survives as an events document",
    [fc.array(coreEventArb, { maxLength: 20 })],
    (events) => {
      const document = toDocument("events", events);
      expect(throughJsonText(document, documentToJson, parseDocument)._unsafeUnwrap()).toStrictEqual(document);
    },
  );

  it("INVAR-6 reports faults with their paths, inside the invitation an InvitationSent carries too", () => {
    expect(parseCoreEvent(sent).isOk()).toBe(true);
    const bad = { ...sent, invitation: { ...sent.invitation, roles: [{ role: "x", holder: "adminAgents" }] } };
    expect(pathsOf(parseCoreEvent(bad))).toEqual(["invitation.roles[0].role"]);
    expect(pathsOf(parseCoreEvent({ ...sent, invitation: { ...sent.invitation, status: "accepted" } }))).toEqual([
      "invitation.status",
    ]);
    expect(issuesOf(parseCoreEvent({ type: "InvitationDeleted", at: sent.at }))[0]?.path).toBe("type");
    expect(pathsOf(parseCoreEvent({ type: "AgreementAccepted", at: 0, customer: "contoso" }))).toEqual(["at", "by"]);
    const log = toDocument("events", []);
    expect(pathsOf(parseDocument({ ...documentToJson(log), value: [sent, { ...sent, at: "later" }] }))).toEqual([
      "value[1].at",
    ]);
    expect(coreEventSchema["~standard"].validate(sent)).toHaveProperty("value.type", "InvitationSent");
  });
});
