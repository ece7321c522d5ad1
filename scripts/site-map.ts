/**
 * How the documentation site is laid out, in one place: the concern (TypeDoc group) of
 * every source file, the order of those groups, and the rules for links written in the
 * guides. `scripts/typedoc-plugin.mjs` applies it while TypeDoc builds the site; the
 * generators (`rules-doc`, `diagrams`) and `test/docs/` read it too.
 *
 * Nothing here imports TypeDoc or TypeScript: the plugin loads this file through tsx in
 * TypeDoc's own process.
 */

/** One row of the mapping table: source files and the group their exports go to. */
export interface GroupRule {
  /**
   * Paths relative to `src/`, without `.ts`: a file (`invitation`, `gdap/reseller`), a
   * folder ending in `/` (`gdap/`: every file below it), or a basename starting with
   * `* /` written without the space (any file of that name, in any folder).
   */
  readonly files: readonly string[];
  /** The group's title on the site. */
  readonly group: string;
}

/**
 * The concern of every source file, in the order the site lists the groups: the main steps
 * and questions first, the vocabulary last. A file matches its most specific row (exact
 * path, then basename, then the deepest folder); a file no row matches is an error, so a
 * new file is placed on purpose rather than silently ungrouped.
 */
export const GROUPS: readonly GroupRule[] = [
  { group: "Invitations", files: ["invitation", "invitation-lifecycle"] },
  { group: "Relationships & agreement", files: ["relationship", "agreement"] },
  { group: "GDAP relationships", files: ["gdap/"] },
  { group: "GDAP access assignments", files: ["gdap/access-assignment", "gdap/effective-access"] },
  { group: "GDAP durations", files: ["gdap/duration"] },
  { group: "GDAP changes from Graph", files: ["gdap/pending", "gdap/graph-records", "gdap/apply-graph-records"] },
  { group: "Questions (access)", files: ["access/", "authorization", "transact", "basis"] },
  { group: "Azure, Autopilot & MPSA", files: ["*/azure", "*/autopilot", "*/mpsa", "facts/"] },
  { group: "Event log (decider)", files: ["decider", "decider/", "commands", "events", "state"] },
  { group: "History", files: ["history", "decider/checked-replay", "invitation-history"] },
  { group: "Audit", files: ["audit/"] },
  { group: "Policy and editions", files: ["policy", "policy-editions"] },
  { group: "Errors", files: ["errors", "describe-value", "total", "validate"] },
  { group: "Vocabulary", files: ["vocabulary/", "_internal/"] },
  // partner-relationships/codec
  {
    group: "Documents, events & commands",
    files: ["codec/document", "codec/state", "codec/event", "codec/command", "codec/reachable"],
  },
  { group: "Values to and from JSON", files: ["codec/"] },
  { group: "Microsoft Graph", files: ["codec/graph/", "codec/graph-writer"] },
  { group: "Standard Schema", files: ["codec/standard-schema", "codec/to-standard-schema"] },
  {
    group: "Decoding toolkit",
    files: ["codec/decoder", "codec/schema", "codec/issues", "codec/limits", "codec/total"],
  },
  // partner-relationships/testing
  { group: "Arbitraries", files: ["testing/arbitraries", "testing/histories"] },
  { group: "Conformance kit", files: ["testing/"] },
];

/** Group titles in the order the site shows them (TypeDoc's `groupOrder`). */
export const GROUP_ORDER: readonly string[] = GROUPS.map((rule) => rule.group);

/**
 * The group of a source file. `file` is relative to `src/` (`gdap/duration.ts` or
 * `gdap/duration`), or the name of the package a re-export comes from (`neverthrow`).
 * `undefined` when no row of {@link GROUPS} matches.
 */
export function groupOf(file: string, rules: readonly GroupRule[] = GROUPS): string | undefined {
  const path = file.replace(/\.(d\.)?[cm]?ts$/, "");
  const basename = path.slice(path.lastIndexOf("/") + 1);
  let best: { readonly group: string; readonly rank: number } | undefined;
  for (const rule of rules)
    for (const pattern of rule.files) {
      const rank =
        pattern === path
          ? Number.MAX_SAFE_INTEGER
          : pattern === `*/${basename}`
            ? Number.MAX_SAFE_INTEGER - 1
            : pattern.endsWith("/") && path.startsWith(pattern)
              ? pattern.length
              : -1;
      if (rank >= 0 && (best === undefined || rank > best.rank)) best = { group: rule.group, rank };
    }
  return best?.group;
}

/**
 * The anchor TypeDoc gives a heading (its `Slugger`, before de-duplication): a link to a
 * source file that names no export points at its group's heading on the module page.
 */
export function headingAnchor(title: string): string {
  const slug = title
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, "")
    .replace(/\s/g, "-")
    .replace(/--+/, "-");
  return (slug || "_").toLocaleLowerCase();
}

/** The guides, in reading order, then the reference pages (TypeDoc's `projectDocuments`). */
export const READING_ORDER: readonly string[] = [
  "docs/concepts.md",
  "docs/lifecycles.md",
  "docs/gdap.md",
  "docs/access-questions.md",
  "docs/audit.md",
  "docs/event-log.md",
  "docs/codec.md",
  "docs/testing-kit.md",
  "docs/architecture.md",
  "docs/performance.md",
  "docs/decisions.md",
  "docs/rules.md",
  "docs/policy-editions.md",
  "docs/quality.md",
];

/** A Markdown link `[text](target)`, as written in a guide. */
export interface MarkdownLink {
  /** The link text, as written (may hold backticks). */
  readonly text: string;
  /** The destination, as written. */
  readonly target: string;
  /** Where the link starts in the text. */
  readonly index: number;
}

/** Every inline Markdown link of `markdown` outside fenced code blocks and code spans. */
export function markdownLinks(markdown: string): readonly MarkdownLink[] {
  const prose = markdown
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => " ".repeat(block.length))
    .replace(/`[^`\n]*`/g, (span) => " ".repeat(span.length));
  return [...prose.matchAll(/\[([^\]\n]+)\]\(([^)\s]+)\)/g)].map((match) => ({
    text: markdown.slice((match.index ?? 0) + 1, (match.index ?? 0) + 1 + (match[1] ?? "").length),
    target: match[2] ?? "",
    index: match.index ?? 0,
  }));
}

/**
 * The exported name a link's text stands for: `acceptInvitation`, `` `acceptInvitation` ``
 * and `acceptInvitation()` all name `acceptInvitation`. `undefined` for other text.
 */
export function symbolOfLinkText(text: string): string | undefined {
  const name = /^`?([A-Za-z_$][\w$]*)(?:\(\))?`?$/.exec(text.trim())?.[1];
  return name;
}

/** The link a guide in `docs/` writes for the export `name` declared in `file` (relative to the root). */
export function sourceLink(name: string, file: string): string {
  return `[${name}](../${file})`;
}
