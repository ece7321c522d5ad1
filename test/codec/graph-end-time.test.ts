import { readFileSync } from "node:fs";
import { parseGraphDelegatedAdminRelationship } from "partner-relationships/codec";
import { describe, expect, it } from "vitest";
import { pathsOf } from "./round-trip.js";

const get = JSON.parse(
  readFileSync(new URL("../fixtures/graph/microsoft/relationship-get.response.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

/** Microsoft's active P730D relationship, activated at `activated`, ending `afterTerms` ms after activation + 730 days. */
function active(afterTerms: number): Record<string, unknown> {
  const activated = Date.UTC(2022, 1, 10, 11, 26, 44, 994);
  const end = activated + 730 * 86_400_000 + afterTerms;
  return {
    ...get,
    status: "active",
    duration: "P730D",
    autoExtendDuration: "PT0S",
    activatedDateTime: new Date(activated).toISOString(),
    lastModifiedDateTime: new Date(activated).toISOString(),
    endDateTime: new Date(end).toISOString(),
  };
}

describe("GDAP-2 end times as Graph stamps them (INVAR-7)", () => {
  it("GDAP-2 an end time a fraction of a second after activation plus duration is within the terms (Graph's clocks)", () => {
    expect(parseGraphDelegatedAdminRelationship(active(300), { partner: "fabrikam" }).isOk()).toBe(true);
    expect(parseGraphDelegatedAdminRelationship(active(-2_000), { partner: "fabrikam" }).isOk()).toBe(true);
  });

  it("GDAP-2 an end time more than a minute past its terms is refused at endDateTime", () => {
    expect(pathsOf(parseGraphDelegatedAdminRelationship(active(61_000), { partner: "fabrikam" }))).toContain(
      "endDateTime",
    );
    expect(
      pathsOf(parseGraphDelegatedAdminRelationship(active(20 * 365 * 86_400_000), { partner: "fabrikam" })),
    ).toContain("endDateTime");
  });
});
