import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ARCHITECTURE_DOC,
  architectureGraph,
  describeViolation,
  importsOf,
  LAYERS,
  PARTS,
  type Part,
  partOf,
  readSources,
  renderArchitectureDoc,
  renderDiagram,
} from "../../scripts/architecture.js";

const committed = readFileSync(ARCHITECTURE_DOC, "utf8");
const sources = readSources();
const graph = architectureGraph(sources);

/** A small `src/` in memory: one file per part the fixtures need. */
function fixture(files: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(files));
}

describe("architecture (docs/architecture.md)", () => {
  it("the committed diagram and table are what the imports of src/ draw: run `npm run architecture` if this fails", () => {
    expect(
      committed === renderArchitectureDoc(committed, graph),
      "docs/architecture.md is stale: run `npm run architecture`",
    ).toBe(true);
  });

  it("every import of src/ points the way the table allows (a failure names the file, the line and the import)", () => {
    expect(graph.violations.map(describeViolation)).toEqual([]);
  });

  it("every folder of src/ has a place in the table", () => {
    expect(graph.unplaced).toEqual([]);
    expect(graph.parts.reduce((n, { files }) => n + files.length, 0)).toBe(sources.size);
  });

  it("reads the files from the file system, each folder's files in the folder's part", () => {
    expect(sources.has("index.ts")).toBe(true);
    for (const { part, files } of graph.parts)
      for (const file of files)
        expect(file.startsWith(`${part.folder}/`) || (part.topFiles ?? []).includes(file) || part.id === "core").toBe(
          true,
        );
    expect(partOf("index.ts")?.id).toBe("entry");
    expect(partOf("total.ts")?.id).toBe("guard");
    expect(partOf("a-new-rule.ts")?.id).toBe("core");
    expect(partOf("gdap/deep/er.ts")?.id).toBe("gdap");
    expect(partOf("nowhere/x.ts")).toBeUndefined();
  });

  it("draws each part in its layer's box and every arrow between parts, listing those into the vocabulary layer", () => {
    const diagram = renderDiagram(graph);
    for (const { layer } of LAYERS.filter(({ layer }) => graph.parts.some(({ part }) => part.layer === layer)))
      expect(diagram).toContain(`subgraph layer_${layer}[`);
    expect(diagram).toContain("part_decider --> part_core");
    expect(diagram).toContain("part_testing --> part_entry");
    const drawn = diagram.split("\n").filter((line) => /^ {2}part_\w+ [-<]/.test(line)).length;
    const intoVocabulary = graph.arrows.filter(
      ({ to, from }) => ["vocabulary", "_internal"].includes(to) && from !== "vocabulary",
    );
    expect(intoVocabulary.length).toBeGreaterThan(0);
    expect(drawn + intoVocabulary.length).toBe(graph.arrows.length);
    const block = renderArchitectureDoc(committed, graph);
    for (const { from, to } of intoVocabulary)
      expect(block).toMatch(new RegExp(`\`${to}\` is imported by [^;]*\`${from}\``));
  });
});

describe("the table of allowed imports", () => {
  const byId = new Map(PARTS.map((part) => [part.id, part]));
  const rank = (part: Part) => LAYERS.findIndex(({ layer }) => layer === part.layer);

  it("names only parts it defines, and each part once", () => {
    expect(byId.size).toBe(PARTS.length);
    for (const part of PARTS) for (const id of part.mayImport) expect(byId.has(id), `${part.id} -> ${id}`).toBe(true);
  });

  it("points one way: no part may import, even through others, a part that may import it", () => {
    const reach = (from: Part, seen = new Set<string>()): Set<string> => {
      for (const id of from.mayImport) {
        if (seen.has(id)) continue;
        seen.add(id);
        const next = byId.get(id);
        if (next !== undefined) reach(next, seen);
      }
      return seen;
    };
    for (const part of PARTS) expect(reach(part).has(part.id), `${part.id} reaches itself`).toBe(false);
  });

  it("vocabulary ← rules ← decider ← codec: a part imports no part of a higher layer", () => {
    for (const part of PARTS)
      for (const id of part.mayImport) {
        const target = byId.get(id);
        if (target !== undefined) expect(rank(target), `${part.id} -> ${id}`).toBeLessThanOrEqual(rank(part));
      }
  });

  it("nothing imports the testing kit, the main entry does not import the codec, and the kit uses the public entry (and its guard) only", () => {
    for (const part of PARTS) expect(part.mayImport).not.toContain("testing");
    expect(byId.get("entry")?.mayImport).not.toContain("codec");
    expect(byId.get("testing")?.mayImport).toEqual(["entry", "guard"]);
    for (const id of ["core", "gdap", "access", "facts", "decider"])
      expect(byId.get(id)?.mayImport, id).not.toContain("codec");
  });
});

describe("the checker", () => {
  it("refuses an import against the table, naming the file, the line and the import", () => {
    const src = fixture({
      "vocabulary/ids.ts": 'export type Id = string;\nimport type { Json } from "../codec/json.js";\n',
      "codec/json.ts": 'import type { Id } from "../vocabulary/ids.js";\nexport type Json = Id;\n',
    });
    const { violations, arrows } = architectureGraph(src);
    expect(violations.map(describeViolation)).toEqual([
      'src/vocabulary/ids.ts:2 imports "../codec/json.js" (codec), but vocabulary may import only _internal',
    ]);
    expect(arrows).toEqual([
      { from: "codec", to: "vocabulary", allowed: true },
      { from: "vocabulary", to: "codec", allowed: false },
    ]);
  });

  it("reads re-exports, import() types and the package's own entry names, not imports written in comments", () => {
    const src = fixture({
      "index.ts": 'export { a } from "./invitation.js";\n',
      "invitation.ts":
        'export const a = 1;\n/** import { b } from "./codec/x.js"; */\nexport type B = import("./state.js").S;\n',
      "state.ts": "export type S = number;\n",
      "testing/kit.ts": 'import { a } from "partner-relationships";\nimport fc from "fast-check";\nexport { a, fc };\n',
    });
    expect(importsOf(src).map(({ file, target }) => `${file} -> ${target}`)).toEqual([
      "index.ts -> invitation.ts",
      "invitation.ts -> state.ts",
      "testing/kit.ts -> index.ts",
      "testing/kit.ts -> fast-check",
    ]);
    expect(architectureGraph(src).violations.map(describeViolation)).toEqual([
      'src/invitation.ts:3 imports "./state.js" (decider), but core may import only vocabulary, _internal',
    ]);
  });

  it("refuses a package the part may not import, such as a Node module or fast-check outside the kit", () => {
    const src = fixture({
      "policy.ts":
        'import { readFileSync } from "node:fs";\nimport fc from "fast-check";\nexport { readFileSync, fc };\n',
      "testing/kit.ts": 'import fc from "fast-check";\nexport { fc };\n',
    });
    expect(architectureGraph(src).violations.map(describeViolation)).toEqual([
      'src/policy.ts:1 imports "node:fs" (node:fs), but core may import only neverthrow, ts-pattern',
      'src/policy.ts:2 imports "fast-check" (fast-check), but core may import only neverthrow, ts-pattern',
    ]);
  });

  it("refuses an import from outside src/", () => {
    const src = fixture({ "policy.ts": 'import { x } from "../scripts/x.js";\nexport { x };\n' });
    expect(architectureGraph(src).violations.map(describeViolation)).toEqual([
      'src/policy.ts:1 imports "../scripts/x.js" (outside src/), but core may import only vocabulary, _internal',
    ]);
  });

  it("reports a folder no part names instead of drawing it", () => {
    const { unplaced, parts } = architectureGraph(fixture({ "plugins/x.ts": "export const x = 1;\n" }));
    expect(unplaced).toEqual(["plugins"]);
    expect(parts).toEqual([]);
  });

  it("tolerates a listed exception, draws it dotted, and lists it in the guide", () => {
    const src = fixture({
      "gdap/history.ts": 'import type { E } from "../events.js";\nexport type H = E;\n',
      "events.ts": "export type E = 1;\n",
    });
    const exceptional = architectureGraph(src);
    expect(exceptional.violations).toEqual([]);
    expect(exceptional.exceptions.map((e) => e.file)).toEqual(["gdap/history.ts"]);
    expect(renderDiagram(exceptional)).toContain("part_decider <-. exception .- part_gdap");
    expect(renderArchitectureDoc(undefined, exceptional)).toContain("`src/gdap/history.ts` imports `src/events.ts`");
  });
});
