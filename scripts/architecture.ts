/**
 * `npm run architecture`: the folder-level import graph of `src/`, drawn as a Mermaid
 * flowchart into docs/architecture.md with the table of what each part may import, between
 * `<!-- generated:<key>:start/end -->` markers.
 *
 * The table {@link PARTS} is the one statement of the arrows: the guide renders it and
 * test/docs/architecture.test.ts checks every import of `src/` against it. The files come
 * from the file system: a file in a folder belongs to the part of its folder, a file at the
 * top of `src/` to the part that names it or else to `core`. A folder no part names is
 * reported, so that a new folder is given a place before it is drawn.
 */
import { readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { block, hasBlock, readIfExists, replaceBlock, writeIfChanged } from "./generated-block.js";
import { filesUnder, ROOT } from "./rules-doc.js";

/** The source folder. */
export const SRC = join(ROOT, "src");
/** The guide's path. */
export const ARCHITECTURE_DOC = join(ROOT, "docs/architecture.md");

/** A layer of the library: the parts in it may import the layers below it. */
export type Layer = "vocabulary" | "rules" | "decider" | "codec" | "entries";

/** The layers from the bottom up, with the title of their box in the diagram. */
export const LAYERS: readonly { readonly layer: Layer; readonly title: string }[] = [
  { layer: "vocabulary", title: "vocabulary: words, no rules" },
  { layer: "rules", title: "rules: entities and the steps between their states" },
  { layer: "decider", title: "decider: commands, events, decide / evolve; the guard" },
  { layer: "codec", title: "codec: JSON and Microsoft Graph" },
  { layer: "entries", title: "entries and users of the public API" },
];

/** One node of the graph: a folder of `src/`, or a group of files at its top. */
export interface Part {
  /** The node's name in the diagram and in {@link Part.mayImport}. */
  readonly id: string;
  /** Its layer. */
  readonly layer: Layer;
  /** The folder of `src/` it is, if it is one (every file under it, at any depth). */
  readonly folder?: string;
  /** Files at the top of `src/` that belong to it (`core` takes the others). */
  readonly topFiles?: readonly string[];
  /** What it holds, one line for the guide. */
  readonly holds: string;
  /** The parts its files may import (itself always). */
  readonly mayImport: readonly string[];
  /** Packages its files may import; {@link RUNTIME_PACKAGES} when not given. */
  readonly packages?: readonly string[];
}

/** The runtime dependencies: the only packages `src/` imports, `fast-check` aside. */
export const RUNTIME_PACKAGES: readonly string[] = ["neverthrow", "ts-pattern"];

/** The part of the files at the top of `src/` that no other part names. */
export const DEFAULT_TOP_PART = "core";

const BELOW_RULES = ["vocabulary", "_internal"];

/**
 * Every part and what it may import, from the bottom up. Arrows point down only:
 * vocabulary ← rules (core ← gdap ← facts ← access) ← decider ← codec ← audit and the
 * entries; `testing/` goes through the public entry (and its guard).
 */
export const PARTS: readonly Part[] = [
  {
    id: "_internal",
    layer: "vocabulary",
    folder: "_internal",
    holds: "data structures with no domain meaning (the persistent map of the state); never exported",
    mayImport: [],
  },
  {
    id: "vocabulary",
    layer: "vocabulary",
    folder: "vocabulary",
    holds: "identifiers, instants, directory roles, partner types, actors, rule IDs, decisions, lifecycle types",
    mayImport: ["_internal"],
  },
  {
    id: "core",
    layer: "rules",
    holds:
      "the core rules: invitations, agreements, relationships, authorization, policy, errors, input checks, the capacity basis of a decision, who may transact",
    mayImport: BELOW_RULES,
  },
  {
    id: "gdap",
    layer: "rules",
    folder: "gdap",
    holds: "GDAP relationships, durations, access assignments, Graph's requests and operations",
    mayImport: ["core", ...BELOW_RULES],
  },
  {
    id: "facts",
    layer: "rules",
    folder: "facts",
    holds: "Azure subscriptions, Autopilot devices and MPSA settings: entities with steps of their own",
    mayImport: ["gdap", "core", ...BELOW_RULES],
  },
  {
    id: "access",
    layer: "rules",
    folder: "access",
    holds: "questions with reasons: who holds which role, customer lists, AOBO, support, Azure, Autopilot, MPSA",
    mayImport: ["facts", "gdap", "core", ...BELOW_RULES],
  },
  {
    id: "decider",
    layer: "decider",
    folder: "decider",
    topFiles: ["commands.ts", "events.ts", "state.ts", "decider.ts"],
    holds: "every step as a command and an event; decide, evolve, replay and checked replay over the state",
    mayImport: ["facts", "access", "gdap", "core", ...BELOW_RULES],
  },
  {
    id: "guard",
    layer: "decider",
    topFiles: ["total.ts"],
    holds: "the guard every entry wraps its functions in (INVAR-8), with each function's error value",
    mayImport: ["decider", "core", ...BELOW_RULES],
  },
  {
    id: "codec",
    layer: "codec",
    folder: "codec",
    holds: "the `./codec` entry: schemas, JSON and Standard Schema for every value, Graph payloads",
    mayImport: ["guard", "decider", "facts", "access", "gdap", "core", ...BELOW_RULES],
  },
  {
    id: "audit",
    layer: "entries",
    folder: "audit",
    holds: "the partner-book audit: reads Graph payloads through the codec, applies the rules",
    mayImport: ["codec", "decider", "facts", "access", "gdap", "core", ...BELOW_RULES],
  },
  {
    id: "entry",
    layer: "entries",
    topFiles: ["index.ts"],
    holds: "the main entry: the public names, each function wrapped in the guard",
    mayImport: ["audit", "guard", "decider", "facts", "access", "gdap", "core", ...BELOW_RULES],
  },
  {
    id: "testing",
    layer: "entries",
    folder: "testing",
    holds: "the `./testing` entry: fast-check arbitraries, the reference model, the conformance kit",
    mayImport: ["entry", "guard"],
    packages: [...RUNTIME_PACKAGES, "fast-check"],
  },
];

/**
 * Imports tolerated against the table, each with its reason: the guide lists the ones the
 * code still has; one the code no longer has is simply not drawn.
 */
export const EXCEPTIONS: readonly {
  readonly file: string;
  readonly imports: string;
  readonly why: string;
}[] = [
  {
    file: "gdap/history.ts",
    imports: "events.ts",
    why: "the GDAP checks of a stored history name the two GDAP events they check (INVAR-7)",
  },
];

/** How the package's own entries are imported by name (the testing kit does so). */
const ENTRY_SPECIFIERS: Readonly<Record<string, string>> = {
  "partner-relationships": "index.ts",
  "partner-relationships/codec": "codec/index.ts",
  "partner-relationships/testing": "testing/index.ts",
};

/** One import or re-export statement of a file of `src/`. */
export interface ImportStatement {
  /** The importing file, relative to `src/` with `/` separators. */
  readonly file: string;
  /** Its line, from 1. */
  readonly line: number;
  /** The module as written. */
  readonly specifier: string;
  /** The imported file relative to `src/`, or the package name for a package. */
  readonly target: string;
  /** Whether the target is a package rather than a file of `src/`. */
  readonly isPackage: boolean;
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function resolve(file: string, specifier: string, files: ReadonlySet<string>): string {
  const named = ENTRY_SPECIFIERS[specifier];
  if (named !== undefined) return named;
  const path = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, ".ts");
  if (files.has(path)) return path;
  if (files.has(`${path}.ts`)) return `${path}.ts`;
  return files.has(`${path}/index.ts`) ? `${path}/index.ts` : path;
}

/**
 * Every import, re-export and `import("…")` type of the files, read with the TypeScript
 * parser (comments and examples in TSDoc do not count).
 *
 * @param sources - each file's text, by its path relative to `src/`
 */
export function importsOf(sources: ReadonlyMap<string, string>): readonly ImportStatement[] {
  const files = new Set(sources.keys());
  const found: ImportStatement[] = [];
  for (const [file, text] of sources) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const add = (literal: ts.Expression | undefined) => {
      if (literal === undefined || !ts.isStringLiteral(literal)) return;
      const specifier = literal.text;
      const local = specifier.startsWith(".") || specifier in ENTRY_SPECIFIERS;
      found.push({
        file,
        line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1,
        specifier,
        target: local ? resolve(file, specifier, files) : packageName(specifier),
        isPackage: !local,
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
      else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
        add(node.arguments[0]);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The part a file of `src/` belongs to, or `undefined` for a folder no part names. */
export function partOf(file: string, parts: readonly Part[] = PARTS): Part | undefined {
  const slash = file.indexOf("/");
  if (slash !== -1) return parts.find((part) => part.folder === file.slice(0, slash));
  return parts.find((part) => part.topFiles?.includes(file)) ?? parts.find((part) => part.id === DEFAULT_TOP_PART);
}

/** An import the table does not allow. */
export interface Violation {
  /** The import. */
  readonly statement: ImportStatement;
  /** The importing part. */
  readonly from: string;
  /** The imported part, or the package. */
  readonly to: string;
  /** What the importing part may import. */
  readonly allowed: readonly string[];
}

/** The graph of the sources: parts, arrows between them, and what breaks the table. */
export interface ArchitectureGraph {
  /** Each part that has files, with its files, in {@link PARTS} order. */
  readonly parts: readonly { readonly part: Part; readonly files: readonly string[] }[];
  /** The arrows between parts as `from -> to`, sorted, each with whether the table allows it. */
  readonly arrows: readonly { readonly from: string; readonly to: string; readonly allowed: boolean }[];
  /** Imports that break the table and are not listed in {@link EXCEPTIONS}. */
  readonly violations: readonly Violation[];
  /** The exceptions the code still has. */
  readonly exceptions: typeof EXCEPTIONS;
  /** Folders of `src/` no part names. */
  readonly unplaced: readonly string[];
}

function mayImport(part: Part, target: Part): boolean {
  return target.id === part.id || part.mayImport.includes(target.id);
}

/**
 * The graph of `sources` against `parts`.
 *
 * @param sources - each file's text, by its path relative to `src/`
 * @param parts - the table ({@link PARTS})
 */
export function architectureGraph(
  sources: ReadonlyMap<string, string>,
  parts: readonly Part[] = PARTS,
): ArchitectureGraph {
  const unplaced = new Set<string>();
  const members = new Map<string, string[]>();
  for (const file of [...sources.keys()].sort()) {
    const part = partOf(file, parts);
    if (part === undefined) unplaced.add(file.slice(0, file.indexOf("/")));
    else {
      const files = members.get(part.id) ?? [];
      files.push(file);
      members.set(part.id, files);
    }
  }
  const arrows = new Map<string, { from: string; to: string; allowed: boolean }>();
  const violations: Violation[] = [];
  const excepted = new Set<(typeof EXCEPTIONS)[number]>();
  for (const statement of importsOf(sources)) {
    const from = partOf(statement.file, parts);
    if (from === undefined) continue;
    if (statement.isPackage) {
      const packages = from.packages ?? RUNTIME_PACKAGES;
      if (!packages.includes(statement.target))
        violations.push({ statement, from: from.id, to: statement.target, allowed: packages });
      continue;
    }
    if (statement.target.startsWith("../")) {
      violations.push({ statement, from: from.id, to: "outside src/", allowed: from.mayImport });
      continue;
    }
    const to = partOf(statement.target, parts);
    if (to === undefined || to.id === from.id) continue;
    const allowed = mayImport(from, to);
    arrows.set(`${from.id} -> ${to.id}`, { from: from.id, to: to.id, allowed });
    if (allowed) continue;
    const exception = EXCEPTIONS.find((e) => e.file === statement.file && e.imports === statement.target);
    if (exception !== undefined) excepted.add(exception);
    else violations.push({ statement, from: from.id, to: to.id, allowed: from.mayImport });
  }
  return {
    parts: parts.flatMap((part) => {
      const files = members.get(part.id);
      return files === undefined ? [] : [{ part, files }];
    }),
    arrows: [...arrows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, arrow]) => arrow),
    violations,
    exceptions: EXCEPTIONS.filter((exception) => excepted.has(exception)),
    unplaced: [...unplaced].sort(),
  };
}

/** A violation as a person reads it: the file, the line, the import and the rule it breaks. */
export function describeViolation({ statement, from, to, allowed }: Violation): string {
  const may = allowed.length === 0 ? "nothing" : allowed.join(", ");
  return `src/${statement.file}:${statement.line} imports "${statement.specifier}" (${to}), but ${from} may import only ${may}`;
}

/** Every `.ts` file under `src/`, by its path relative to `src/` with `/` separators. */
export function readSources(src: string = SRC): ReadonlyMap<string, string> {
  return new Map(
    filesUnder(src, (path) => path.endsWith(".ts")).map((path) => [
      relative(src, path).split(sep).join("/"),
      readFileSync(path, "utf8"),
    ]),
  );
}

function nodeId(part: string): string {
  return `part_${part.replace(/\W/g, "_")}`;
}

function nodeLabel(part: Part, files: readonly string[]): string {
  const top = files.filter((file) => !file.includes("/"));
  const where = [part.folder === undefined ? [] : [`${part.folder}/`], top].flat().join(", ");
  return `${part.id}<br/>${where}`;
}

const BOTTOM: Layer = "vocabulary";

function layerOf(graph: ArchitectureGraph, id: string): Layer | undefined {
  return graph.parts.find(({ part }) => part.id === id)?.part.layer;
}

/** Arrows from a part above the vocabulary layer into it: listed under the diagram, not drawn. */
function intoVocabulary(graph: ArchitectureGraph): ArchitectureGraph["arrows"] {
  return graph.arrows.filter(
    ({ from, to, allowed }) => allowed && layerOf(graph, to) === BOTTOM && layerOf(graph, from) !== BOTTOM,
  );
}

/**
 * The diagram: one box per layer (top to bottom), one node per part, one arrow per
 * importing pair. An exception is drawn dotted and declared from its target, so that it
 * does not pull a layer below the one it points into; arrows into the vocabulary layer
 * from above are left to the list under the diagram.
 */
export function renderDiagram(graph: ArchitectureGraph): string {
  const lines = ["flowchart TD"];
  const drawn: string[] = [];
  for (const { layer, title } of [...LAYERS].reverse()) {
    const inLayer = graph.parts.filter(({ part }) => part.layer === layer);
    if (inLayer.length === 0) continue;
    lines.push(`  subgraph layer_${layer}["${title}"]`);
    for (const { part, files } of inLayer) lines.push(`    ${nodeId(part.id)}["${nodeLabel(part, files)}"]`);
    lines.push("  end");
    drawn.push(`layer_${layer}`);
  }
  // Invisible links keep the boxes in layer order, top to bottom.
  if (drawn.length > 1) lines.push(`  ${drawn.join(" ~~~ ")}`);
  const hidden = new Set(intoVocabulary(graph));
  for (const arrow of graph.arrows) {
    if (hidden.has(arrow)) continue;
    const { from, to, allowed } = arrow;
    lines.push(allowed ? `  ${nodeId(from)} --> ${nodeId(to)}` : `  ${nodeId(to)} <-. exception .- ${nodeId(from)}`);
  }
  return lines.join("\n");
}

/**
 * The generated block of the diagram: the flowchart, the arrows into the vocabulary
 * layer, and the exceptions the code still has.
 */
export function renderDiagramBlock(graph: ArchitectureGraph): string {
  const into = new Map<string, string[]>();
  for (const { from, to } of intoVocabulary(graph)) into.set(to, [...(into.get(to) ?? []), from]);
  const vocabulary = [...into].map(
    ([to, froms]) => `\`${to}\` is imported by ${froms.map((f) => `\`${f}\``).join(", ")}`,
  );
  const exceptions =
    graph.exceptions.length === 0
      ? ["No import breaks the table."]
      : [
          "Imports the table does not allow yet, drawn dotted (each one a debt, listed in `scripts/architecture.ts`):",
          "",
          ...graph.exceptions.map((e) => `- \`src/${e.file}\` imports \`src/${e.imports}\`: ${e.why}.`),
        ];
  return [
    "```mermaid",
    renderDiagram(graph),
    "```",
    "",
    ...(vocabulary.length === 0
      ? []
      : [`Not drawn, the arrows into the vocabulary layer: ${vocabulary.join("; ")}.`, ""]),
    ...exceptions,
  ].join("\n");
}

function filesOf(part: Part): string {
  const files = [...(part.folder === undefined ? [] : [`${part.folder}/`]), ...(part.topFiles ?? [])];
  return files.length === 0 ? "the other files at the top of `src/`" : files.map((f) => `\`${f}\``).join(", ");
}

/** The generated table: each part, its files, layer, what it holds and what it may import. */
export function renderAllowedTable(parts: readonly Part[] = PARTS): string {
  const rows = parts.map((part) => {
    const may = part.mayImport.length === 0 ? "nothing" : part.mayImport.map((id) => `\`${id}\``).join(", ");
    const packages = (part.packages ?? RUNTIME_PACKAGES).map((p) => `\`${p}\``).join(", ");
    return `| \`${part.id}\` | ${filesOf(part)} | ${part.layer} | ${part.holds} | ${may} | ${packages} |`;
  });
  return ["| part | files | layer | holds | may import | packages |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

const DIAGRAM_KEY = "architecture";
const TABLE_KEY = "architecture-allowed";

const HEADER = `# Architecture

## The diagram

${block(DIAGRAM_KEY, "")}

## What each folder may import

${block(TABLE_KEY, "")}
`;

/** The guide as the code draws it: `current` with both generated blocks rewritten. */
export function renderArchitectureDoc(
  current: string | undefined,
  graph: ArchitectureGraph = architectureGraph(readSources()),
): string {
  let doc = current !== undefined && hasBlock(current, DIAGRAM_KEY) ? current : HEADER;
  doc = replaceBlock(doc, DIAGRAM_KEY, renderDiagramBlock(graph));
  return replaceBlock(doc, TABLE_KEY, renderAllowedTable());
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const graph = architectureGraph(readSources());
  const changed = writeIfChanged(ARCHITECTURE_DOC, renderArchitectureDoc(readIfExists(ARCHITECTURE_DOC), graph));
  console.log(changed ? "docs/architecture.md updated" : "docs/architecture.md is up to date");
  for (const folder of graph.unplaced) console.error(`src/${folder}/ is in no part: add it to PARTS`);
  for (const violation of graph.violations) console.error(describeViolation(violation));
  if (graph.unplaced.length > 0 || graph.violations.length > 0) process.exitCode = 1;
}
