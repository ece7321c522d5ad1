import { readFileSync } from "node:fs";
import { RULE_IDS } from "partner-relationships";
import { describe, expect, it } from "vitest";
import { RULES_DOC, renderRulesDoc, ruleRows } from "../../scripts/rules-doc.js";

const committed = readFileSync(RULES_DOC, "utf8");
const rows = ruleRows();

describe("rule catalogue (docs/rules.md)", () => {
  it("the committed catalogue is what the sources say: run `npm run rules-doc` if this fails", () => {
    expect(committed === renderRulesDoc(committed, rows), "docs/rules.md is stale: run `npm run rules-doc`").toBe(true);
  });

  it("has one row per rule ID, in catalogue order", () => {
    expect(rows.map((row) => row.id)).toEqual(RULE_IDS);
    const listed = [...committed.matchAll(/^\| \*\*([A-Z]+-\d+)\*\* +\|/gm)].map((match) => match[1]);
    expect(listed).toEqual(RULE_IDS);
  });

  it("reads implementations from TSDoc of public exports and tests from test names", () => {
    const type2 = rows.find((row) => row.id === "TYPE-2");
    expect(type2?.implementedBy).toEqual(expect.arrayContaining(["deleteRelationship", "nonDeletableCapacities"]));
    expect(type2?.testedIn).toContain("test/relationship.test.ts");
    // a rule ID in an @example does not make RULES an implementation of it
    expect(type2?.implementedBy).not.toContain("RULES");
  });
});
