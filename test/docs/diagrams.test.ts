import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIFECYCLES, LIFECYCLES_DOC, renderLifecyclesDoc } from "../../scripts/diagrams.js";
import { edgeLabel, lifecycleToMermaid } from "../../scripts/mermaid.js";

const committed = readFileSync(LIFECYCLES_DOC, "utf8");

describe("lifecycle diagrams (docs/lifecycles.md)", () => {
  it("the committed guide is what the transition tables draw: run `npm run diagrams` if this fails", () => {
    expect(committed === renderLifecyclesDoc(committed), "docs/lifecycles.md is stale: run `npm run diagrams`").toBe(
      true,
    );
  });

  describe.each(LIFECYCLES.map((entry) => [entry.lifecycle.name, entry] as const))("%s", (_, { key, lifecycle }) => {
    const mermaid = lifecycleToMermaid(lifecycle);
    const lines = mermaid.split("\n").map((line) => line.trim());

    it("draws every transition of the table as one labelled edge, and nothing else", () => {
      const edges = lines.filter((line) => line.includes("-->") && !line.includes("[*]"));
      expect(edges).toEqual(lifecycle.transitions.map((t) => `${t.from} --> ${t.to} : ${edgeLabel(t)}`));
      for (const t of lifecycle.transitions) {
        expect(edgeLabel(t)).toBe(`${t.step} (${t.by}) [${t.rules.join(", ")}]`);
      }
    });

    it("starts from [*] with the creating step, ends every final status in [*], and declares every status", () => {
      const { initial } = lifecycle;
      expect(lines[0]).toBe("stateDiagram-v2");
      expect(lines).toContain(`[*] --> ${initial.status} : ${initial.step} (${initial.by})`);
      expect(lines.filter((line) => line.endsWith("--> [*]"))).toEqual(lifecycle.final.map((s) => `${s} --> [*]`));
      for (const status of lifecycle.statuses) expect(lines).toContain(status);
    });

    it("is in the guide between its markers", () => {
      const start = committed.indexOf(`<!-- generated:${key}:start -->`);
      const end = committed.indexOf(`<!-- generated:${key}:end -->`);
      expect(start).toBeGreaterThan(-1);
      expect(committed.slice(start, end)).toContain(mermaid);
    });
  });

  it("refuses a table Mermaid would misread", () => {
    const broken = {
      name: "Broken",
      statuses: ["a b"],
      initial: { status: "a b", step: "make", by: "partner" },
      final: [],
      transitions: [],
    } as const;
    expect(() => lifecycleToMermaid(broken)).toThrow(/not a Mermaid state ID/);
    const semicolon = {
      ...broken,
      statuses: ["a"],
      initial: { status: "a", step: "make; now", by: "partner" },
    } as const;
    expect(() => lifecycleToMermaid(semicolon)).toThrow(/Mermaid misreads/);
  });

  it("adds a section for a lifecycle the guide does not show yet, and refuses a block no lifecycle owns", () => {
    const [first] = LIFECYCLES;
    if (first === undefined) throw new Error("no lifecycle listed");
    const extra = { key: "extra", lifecycle: { ...first.lifecycle, name: "Extra" }, intro: "An extra one." };
    const grown = renderLifecyclesDoc(committed, [...LIFECYCLES, extra]);
    expect(grown.startsWith(committed.trimEnd())).toBe(true);
    expect(grown).toContain("## Extra\n\nAn extra one.\n\n<!-- generated:extra:start -->");
    expect(() => renderLifecyclesDoc(grown)).toThrow(/no listed lifecycle: extra/);
  });
});
