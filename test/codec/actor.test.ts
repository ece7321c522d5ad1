import { GLOBAL_ADMINISTRATOR } from "partner-relationships";
import { actorSchema, actorToJson, parseActor } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { actorArb } from "./arbitraries.js";
import { property } from "./property.js";
import { issuesOf, throughJsonText } from "./round-trip.js";

describe("actors", () => {
  property("INVAR-5 an actor survives actorToJson → JSON text → parseActor unchanged", [actorArb], (actor) => {
    expect(throughJsonText(actor, actorToJson, parseActor)._unsafeUnwrap()).toStrictEqual(actor);
  });

  it("INVAR-6 refuses a wrong kind, a role of the other side and unknown fields, with their paths", () => {
    expect(
      issuesOf(
        parseActor({ kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR, "adminAgent"] }),
      ),
    ).toEqual([
      {
        path: "roles[1]",
        expected:
          "an Entra role template ID (a GUID); the role constants (GLOBAL_ADMINISTRATOR, …) and ENTRA_BUILT_IN_ROLES give the IDs by name",
        found: '"adminAgent"',
      },
    ]);
    expect(
      issuesOf(parseActor({ kind: "partnerUser", id: "ana", partner: "fabrikam", roles: [], tenant: "x" })),
    ).toEqual([
      { path: "tenant", expected: "no field other than kind, id, partner, roles", found: "an unknown field" },
    ]);
    expect(issuesOf(parseActor({ kind: "robot" }))[0]?.path).toBe("kind");
  });

  it("has a Standard Schema", () => {
    expect(actorSchema["~standard"].vendor).toBe("partner-relationships");
  });
});
