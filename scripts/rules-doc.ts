/**
 * `npm run rules-doc`: the rule catalogue docs/rules.md, one row per rule ID of
 * {@link RULES}: its one-line summary, the exports implementing it and the test files
 * naming it. Both mappings are read from the sources, not maintained by hand:
 *
 * - an export implements a rule when the TSDoc comment of its declaration in `src/`
 *   names the rule ID (`… (TYPE-2)`) outside a code example, and the package exports it;
 * - a test file names a rule when one of its test names starts with the ID
 *   (`it("TYPE-2 only delegated-administrator …")`; several leading IDs count each).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as api from "partner-relationships";
import { RULE_IDS, RULES, type RuleId } from "partner-relationships";
import ts from "typescript";
import { block, hasBlock, readIfExists, replaceBlock, writeIfChanged } from "./generated-block.js";
import { sourceLinker } from "./source-links.js";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The catalogue's path. */
export const RULES_DOC = join(ROOT, "docs/rules.md");
const KEY = "rules";

/** What implements and tests one rule. */
export interface RuleRow {
  /** The rule. */
  readonly id: RuleId;
  /** Its one-line summary (from `RULES`). */
  readonly summary: string;
  /** Public exports whose TSDoc names the rule: functions first, then other values; each alphabetical. */
  readonly implementedBy: readonly string[];
  /** Test files, relative to the root, with a test whose name starts with the rule ID. */
  readonly testedIn: readonly string[];
}

// Longest first, so that "INVAR-1" is not read as "INV-…" and "GDAP-1" not as "AP-…".
const ID_PATTERN = [...RULE_IDS].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|");
const ID_IN_TEXT = new RegExp(`(?<![\\w-])(${ID_PATTERN})(?![\\w-])`, "g");
const LEADING_IDS = new RegExp(`["'\`]((?:${ID_PATTERN})(?:[ ,]+(?:${ID_PATTERN}))*) `, "g");

/** Every file under `dir` (at any depth) that `keep` accepts, sorted. */
export function filesUnder(dir: string, keep: (path: string) => boolean): readonly string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(keep)
    .sort();
}

function ruleIdsIn(text: string): readonly RuleId[] {
  return [...text.matchAll(ID_IN_TEXT)].map((match) => match[1] as RuleId);
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function docComments(source: ts.SourceFile, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  return ranges
    .map((range) => source.text.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith("/**"))
    .join("\n")
    .replace(/```[\s\S]*?```/g, ""); // an example that shows a rule ID does not implement the rule
}

/**
 * For each exported function or constant declared in the files, the rule IDs its TSDoc
 * names. Overloads and declarations of the same name are merged.
 */
export function ruleMentions(files: readonly string[]): ReadonlyMap<string, ReadonlySet<RuleId>> {
  const mentions = new Map<string, Set<RuleId>>();
  const add = (name: string, ids: readonly RuleId[]) => {
    const set = mentions.get(name) ?? new Set<RuleId>();
    for (const id of ids) set.add(id);
    mentions.set(name, set);
  };
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      const ids = ruleIdsIn(docComments(source, statement));
      if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) add(statement.name.text, ids);
      else if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations)
          if (ts.isIdentifier(declaration.name)) add(declaration.name.text, ids);
    }
  }
  return mentions;
}

/** For each test file (relative to `root`), the rule IDs its test names start with. */
export function testMentions(files: readonly string[], root: string = ROOT): ReadonlyMap<string, ReadonlySet<RuleId>> {
  const mentions = new Map<string, ReadonlySet<RuleId>>();
  for (const file of files) {
    const ids = new Set<RuleId>();
    for (const match of readFileSync(file, "utf8").matchAll(LEADING_IDS))
      for (const id of ruleIdsIn(match[1] ?? "")) ids.add(id);
    if (ids.size > 0) mentions.set(relative(root, file).split("\\").join("/"), ids);
  }
  return mentions;
}

const exported = api as Readonly<Record<string, unknown>>;

/** The catalogue rows, computed from the sources under `root`. */
export function ruleRows(root: string = ROOT): readonly RuleRow[] {
  const sources = filesUnder(join(root, "src"), (path) => path.endsWith(".ts"));
  const tests = filesUnder(join(root, "test"), (path) => /\.test(-d)?\.ts$/.test(path));
  const implementations = [...ruleMentions(sources)].filter(([name]) => name in exported);
  const testFiles = [...testMentions(tests, root)];
  const isFunction = (name: string) => typeof exported[name] === "function";
  return RULE_IDS.map((id) => ({
    id,
    summary: RULES[id],
    implementedBy: implementations
      .filter(([, ids]) => ids.has(id))
      .map(([name]) => name)
      .sort((a, b) => Number(isFunction(b)) - Number(isFunction(a)) || a.localeCompare(b)),
    testedIn: testFiles
      .filter(([, ids]) => ids.has(id))
      .map(([file]) => file)
      .sort(),
  }));
}

const cell = (text: string) => text.replaceAll("|", "\\|");
const linkTo = sourceLinker();

/** The generated table: exports link to their source file, test files to themselves. */
export function renderRulesTable(rows: readonly RuleRow[], link: (name: string) => string = linkTo): string {
  const none = "—";
  return [
    "| rule | the rule in one line | implemented by | tested in |",
    "|---|---|---|---|",
    ...rows.map((row) =>
      [
        "",
        ` **${row.id}** `,
        ` ${cell(row.summary)} `,
        ` ${row.implementedBy.length === 0 ? none : row.implementedBy.map(link).join(", ")} `,
        ` ${row.testedIn.length === 0 ? none : row.testedIn.map((file) => `[\`${file}\`](../${file})`).join(", ")} `,
        "",
      ].join("|"),
    ),
  ].join("\n");
}

const HEADER = `---
title: Rule catalogue
group: Reference
---

# Rule catalogue

Every rule of the specification has an ID; errors and decisions name the rules behind them
with these IDs (${linkTo("RuleId")}, ${linkTo("RULES")}). The table lists, for each rule, its
one-line summary, the exports whose documentation says they implement it, and the test
files with a test named after it. \`npm run rules-doc\` writes it from the sources (the
TSDoc of \`src/\` and the test names of \`test/\`), and a test fails when it is out of
date. A "—" marks what does not exist yet.

`;

/** The catalogue as the sources describe it: `current` with its table rewritten, formatted. */
export function renderRulesDoc(current: string | undefined, rows: readonly RuleRow[] = ruleRows()): string {
  const doc = current !== undefined && hasBlock(current, KEY) ? current : `${HEADER}${block(KEY, "")}\n`;
  return replaceBlock(doc, KEY, renderRulesTable(rows));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changed = writeIfChanged(RULES_DOC, renderRulesDoc(readIfExists(RULES_DOC)));
  console.log(changed ? "docs/rules.md updated" : "docs/rules.md is up to date");
}
