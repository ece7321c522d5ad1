/**
 * `npm run diagrams`: draws every lifecycle table of the library as a Mermaid state
 * diagram into docs/lifecycles.md, between `<!-- generated:<key>:start/end -->` markers.
 *
 * To add a lifecycle, export its table from the package and add one entry to
 * {@link LIFECYCLES}; the next run appends a section for it (heading, the entry's intro,
 * the generated block) to the guide. After that the prose around the block is the
 * guide's, to edit there; only the block is rewritten.
 */
import { fileURLToPath } from "node:url";
import * as api from "partner-relationships";
import {
  ACCESS_ASSIGNMENT_LIFECYCLE,
  GDAP_LIFECYCLE,
  INVITATION_LIFECYCLE,
  type Lifecycle,
  RELATIONSHIP_LIFECYCLE,
} from "partner-relationships";
import { block, generatedKeys, hasBlock, readIfExists, replaceBlock, writeIfChanged } from "./generated-block.js";
import { edgeLabel, lifecycleToMermaid } from "./mermaid.js";
import { sourceLinker } from "./source-links.js";

/** One diagram of the guide. */
export interface DiagramEntry {
  /** The marker key, e.g. `invitation` for `<!-- generated:invitation:start -->`. */
  readonly key: string;
  /** The table, as exported by the package. */
  readonly lifecycle: Lifecycle<string>;
  /** A short human introduction, written once when the section is first added. */
  readonly intro: string;
}

/** Every lifecycle drawn in docs/lifecycles.md, in the guide's order. */
export const LIFECYCLES: readonly DiagramEntry[] = [
  {
    key: "invitation",
    lifecycle: INVITATION_LIFECYCLE,
    intro:
      "A partner sends an invitation for one partner type; it stays pending until the customer accepts or " +
      "cancels it, or until the policy's lifetime runs out. Every other status is final (INV-1).",
  },
  {
    key: "relationship",
    lifecycle: RELATIONSHIP_LIFECYCLE,
    intro:
      "Accepting an invitation starts the customer–partner relationship, or adds a capacity to the one in force " +
      "(REL-1). Removing admin roles keeps it active (DAP-2); it ends when the customer deletes it, which only some " +
      "capacities allow (TYPE-2), or when the partner ends it (REL-3).",
  },
  {
    key: "gdap",
    lifecycle: GDAP_LIFECYCLE,
    intro:
      "A GDAP relationship uses Microsoft Graph's statuses (GDAP-1). The partner creates it and may change it while " +
      "`created`, then locks it for approval; the customer approves it and it is active until its end time, when it " +
      "auto-extends or expires (GDAP-2). A request not approved in time expires (GDAP-5); either side may terminate " +
      "it. Graph's transient statuses (approved, activating, expiring, terminating) are representable but no step " +
      "produces them; deleting a `created` relationship removes it altogether.",
  },
  {
    key: "access-assignment",
    lifecycle: ACCESS_ASSIGNMENT_LIFECYCLE,
    intro:
      "An access assignment gives a partner security group some of an active relationship's roles (GDAP-6). " +
      "Creation is effective at once; Graph's pending, deleting and error statuses are representable.",
  },
];

/** The guide's path. */
export const LIFECYCLES_DOC = fileURLToPath(new URL("../docs/lifecycles.md", import.meta.url));

const linkTo = sourceLinker();

const HEADER = `---
title: Lifecycles
group: Guides
---

# Lifecycles

Each entity of the library moves through a small set of statuses. The diagrams below are
drawn by \`npm run diagrams\` from the transition tables the package exports
(${linkTo("Lifecycle")}), the same tables the tests check every step against, so they cannot
drift from the code. An edge reads \`step (who takes it) [rules]\`; \`[*]\` marks where an
entity starts and which statuses are final (INVAR-2).
`;

const exported = api as Readonly<Record<string, unknown>>;

function stepRef(step: string): string {
  return typeof exported[step] === "function" ? linkTo(step) : `\`${step}\``;
}

/** The generated block of one lifecycle: the diagram, then its table of steps. */
export function renderDiagramBlock(lifecycle: Lifecycle<string>): string {
  const rows = lifecycle.transitions.map(
    (t) => `| \`${t.from}\` | ${stepRef(t.step)} | \`${t.to}\` | ${t.by} | ${t.rules.join(", ")} |`,
  );
  return [
    "```mermaid",
    lifecycleToMermaid(lifecycle),
    "```",
    "",
    `Starts as \`${lifecycle.initial.status}\` by ${stepRef(lifecycle.initial.step)} (${lifecycle.initial.by}). ` +
      (lifecycle.final.length === 0
        ? "No status is final."
        : `Final: ${lifecycle.final.map((status) => `\`${status}\``).join(", ")}.`),
    "",
    "| from | step | to | by | rules |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/**
 * The guide as the code draws it: `current` with every block rewritten, a section added
 * for each lifecycle that has none yet, formatted as `npm run lint` wants it. Throws on a
 * block no lifecycle owns any more.
 */
export function renderLifecyclesDoc(
  current: string | undefined,
  entries: readonly DiagramEntry[] = LIFECYCLES,
): string {
  let doc = current ?? HEADER;
  const known = new Set(entries.map((entry) => entry.key));
  const stale = generatedKeys(doc).filter((key) => !known.has(key));
  if (stale.length > 0)
    throw new Error(
      `docs/lifecycles.md has blocks for no listed lifecycle: ${stale.join(", ")}; remove their sections`,
    );
  for (const { key, lifecycle, intro } of entries) {
    if (!hasBlock(doc, key)) doc = `${doc.trimEnd()}\n\n## ${lifecycle.name}\n\n${intro}\n\n${block(key, "")}\n`;
    doc = replaceBlock(doc, key, renderDiagramBlock(lifecycle));
  }
  return doc;
}

/** Every edge label of a lifecycle, for checks. */
export function edgeLabels(lifecycle: Lifecycle<string>): readonly string[] {
  return lifecycle.transitions.map(edgeLabel);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changed = writeIfChanged(LIFECYCLES_DOC, renderLifecyclesDoc(readIfExists(LIFECYCLES_DOC)));
  console.log(changed ? "docs/lifecycles.md updated" : "docs/lifecycles.md is up to date");
}
