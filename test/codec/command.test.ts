import { decide, GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, initialState } from "partner-relationships";
import { commandSchema, commandToJson, parseCommand } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { issuesOf, pathsOf } from "./round-trip.js";

const agent = { kind: "partnerUser", id: "agent@fabrikam", partner: "fabrikam", roles: ["adminAgent"] };

const create = {
  type: "CreateGdapRelationship",
  at: "2026-01-01T00:00:00.000Z",
  id: "g-1",
  partner: "fabrikam",
  customer: "contoso",
  displayName: "Contoso helpdesk",
  roles: [HELPDESK_ADMINISTRATOR],
  duration: "P730D",
  autoExtendDuration: "P180D",
  by: agent,
};

describe("commands", () => {
  it("INVAR-5 a parsed command is one decide takes, and it writes back to the same JSON", () => {
    const command = parseCommand(create)._unsafeUnwrap();
    expect(commandToJson(command)).toStrictEqual(create);
    expect(decide(command, initialState)._unsafeUnwrap()[0]).toMatchObject({ type: "GdapRelationshipCreated" });
  });

  it("INVAR-5 a typed duration is written as its ISO 8601 text", () => {
    const command = parseCommand(create)._unsafeUnwrap();
    if (command.type !== "CreateGdapRelationship") throw new Error("wrong type");
    const typed = {
      ...command,
      duration: { years: 2, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 },
    };
    expect(commandToJson(typed)).toMatchObject({ duration: "P2Y" });
  });

  it("GDAP-2 INVAR-6 keeps a duration out of range for decide to refuse, but refuses one that is not ISO 8601", () => {
    const command = parseCommand({ ...create, duration: "P731D" })._unsafeUnwrap();
    expect(decide(command, initialState)._unsafeUnwrapErr()).toMatchObject({ code: "invalid_duration" });
    expect(pathsOf(parseCommand({ ...create, duration: "2 years" }))).toEqual(["duration"]);
  });

  it("INVAR-6 reports faults inside the actor, the roles and the principal at their paths", () => {
    expect(pathsOf(parseCommand({ ...create, by: { ...agent, roles: ["adminAgent", "boss"] } }))).toEqual([
      "by.roles[1]",
    ]);
    expect(pathsOf(parseCommand({ ...create, roles: [GLOBAL_ADMINISTRATOR, "x"] }))).toEqual(["roles[1]"]);
    expect(
      pathsOf(
        parseCommand({
          type: "AssignAzureRole",
          at: "2026-01-01T00:00:00Z",
          subscription: "sub-1",
          principal: { kind: "group", partner: "fabrikam" },
          role: "Owner",
          by: agent,
        }),
      ),
    ).toEqual(["principal.kind"]);
    expect(issuesOf(parseCommand({ type: "Approve", at: "2026-01-01T00:00:00Z" }))[0]?.path).toBe("type");
    expect(pathsOf(parseCommand({ type: "AdvanceGdapRelationship", relationship: "g-1", at: 5 }))).toEqual(["at"]);
    expect(commandSchema["~standard"].validate(create)).toHaveProperty("value.type", "CreateGdapRelationship");
  });
});
