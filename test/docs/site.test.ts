import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import * as api from "partner-relationships";
import * as codec from "partner-relationships/codec";
import * as testing from "partner-relationships/testing";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/rules-doc.js";
import {
  GROUP_ORDER,
  GROUPS,
  groupOf,
  headingAnchor,
  markdownLinks,
  READING_ORDER,
  symbolOfLinkText,
} from "../../scripts/site-map.js";
import { declaringFiles, relinkExports, sourceLinker } from "../../scripts/source-links.js";

const guides = readdirSync(join(ROOT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => `docs/${name}`)
  .sort();
const text = (path: string) => readFileSync(join(ROOT, path), "utf8");
const sources = readdirSync(join(ROOT, "src"), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && entry.name !== "index.ts")
  .map((entry) => relative(join(ROOT, "src"), join(entry.parentPath, entry.name)).split("\\").join("/"))
  .sort();
const homes = declaringFiles();
const exported = new Set([...Object.keys(api), ...Object.keys(codec), ...Object.keys(testing)]);

describe("the documentation site's map (scripts/site-map.ts)", () => {
  it("places every source file in a group, so that no export is left ungrouped on the site", () => {
    expect(sources.filter((file) => groupOf(file) === undefined)).toEqual([]);
  });

  it("uses every row of the table, and lists each group once", () => {
    const used = new Set(sources.map((file) => groupOf(file)));
    expect(GROUP_ORDER.filter((group) => !used.has(group))).toEqual([]);
    expect(new Set(GROUP_ORDER).size).toBe(GROUPS.length);
  });

  it("gives every group a heading anchor of its own (a link to a source file lands there), unlike any export's", () => {
    const anchors = GROUP_ORDER.map(headingAnchor);
    expect(headingAnchor("Relationships & agreement")).toBe("relationships-agreement");
    expect(headingAnchor("Questions (access)")).toBe("questions-access");
    expect(new Set(anchors).size).toBe(anchors.length);
    const names = new Set([...exported].map((name) => name.toLowerCase()));
    expect(anchors.filter((anchor) => names.has(anchor))).toEqual([]);
  });

  it("matches a file by its exact path, then its basename, then its deepest folder; an unknown file has no group", () => {
    const rules = [
      { group: "folder", files: ["a/"] },
      { group: "deeper", files: ["a/b/"] },
      { group: "basename", files: ["*/x"] },
      { group: "exact", files: ["a/b/x"] },
    ];
    expect(groupOf("a/y.ts", rules)).toBe("folder");
    expect(groupOf("a/b/y.ts", rules)).toBe("deeper");
    expect(groupOf("a/x.ts", rules)).toBe("basename");
    expect(groupOf("c/x", rules)).toBe("basename");
    expect(groupOf("a/b/x.ts", rules)).toBe("exact");
    expect(groupOf("b/y.ts", rules)).toBeUndefined();
    expect(groupOf("ab/y.ts", rules)).toBeUndefined();
    expect(groupOf("a-new-file.ts")).toBeUndefined();
  });

  it("lists every guide of docs/ in the reading order, concepts first and decisions before the reference pages", () => {
    const listed = READING_ORDER.filter((path) => existsSync(join(ROOT, path)));
    expect([...listed].sort()).toEqual(guides);
    expect(READING_ORDER.slice(0, 3)).toEqual(["docs/concepts.md", "docs/lifecycles.md", "docs/gdap.md"]);
    expect(READING_ORDER.indexOf("docs/decisions.md")).toBeLessThan(READING_ORDER.indexOf("docs/rules.md"));
  });

  it("reads the exported name a link's text stands for", () => {
    expect(symbolOfLinkText("acceptInvitation")).toBe("acceptInvitation");
    expect(symbolOfLinkText("`acceptInvitation`")).toBe("acceptInvitation");
    expect(symbolOfLinkText("acceptInvitation()")).toBe("acceptInvitation");
    expect(symbolOfLinkText("the GDAP guide")).toBeUndefined();
    expect(symbolOfLinkText("`test/setup.ts`")).toBeUndefined();
  });

  it("finds inline links outside code, with their text as written", () => {
    const markdown = [
      "See [`decide`](../src/decider.ts) and [GDAP](gdap.md#roles).",
      "`[not](a-link)` and",
      "```ts",
      "[not](either)",
      "```",
    ].join("\n");
    expect(markdownLinks(markdown).map(({ text, target }) => [text, target])).toEqual([
      ["`decide`", "../src/decider.ts"],
      ["GDAP", "gdap.md#roles"],
    ]);
  });
});

describe("guides that read on a code host and on the site (docs/*.md)", () => {
  it.each(guides)("%s has a title and a group in its front matter", (path) => {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text(path))?.[1] ?? "";
    expect(front).toMatch(/^title: \S/m);
    expect(front).toMatch(/^group: (Guides|Reference)$/m);
  });

  it.each(guides)("%s holds no {@link} token (TypeDoc syntax shows as raw text on a code host)", (path) => {
    expect(text(path)).not.toContain("{@link");
  });

  it.each(guides)("%s links only to files that exist", (path) => {
    const dead = markdownLinks(text(path))
      .filter(({ target }) => !/^[a-z]+:/.test(target) && !target.startsWith("#"))
      .filter(({ target }) => !existsSync(join(ROOT, dirname(path), target.replace(/#.*$/, ""))));
    expect(dead).toEqual([]);
  });

  it.each(guides)("%s links each export it names to the source file declaring it", (path) => {
    const wrong = markdownLinks(text(path))
      .map((link) => ({ ...link, name: symbolOfLinkText(link.text) }))
      .filter(({ name, target }) => name !== undefined && exported.has(name) && target.startsWith("../src/"))
      .filter(({ name, target }) => !(homes.get(name ?? "") ?? []).includes(target.slice("../".length)))
      .map(({ text, target }) => `[${text}](${target})`);
    expect(wrong).toEqual([]);
  });

  it("writes a generated link to the one file that declares the export, and refuses a name it cannot place", () => {
    const link = sourceLinker(
      new Map([
        ["one", ["src/one.ts"]],
        ["twice", ["src/a.ts", "src/b.ts"]],
      ]),
    );
    expect(link("one")).toBe("[one](../src/one.ts)");
    expect(() => link("twice")).toThrow(/twice is declared in src\/a.ts and src\/b.ts/);
    expect(() => link("none")).toThrow(/none is declared in no file/);
  });

  it("points an export's link at the file declaring it now, and leaves alone what it cannot place", () => {
    const moved = new Map([
      ["decide", ["src/decider/decide.ts"]],
      ["twice", ["src/a.ts", "src/b.ts"]],
    ]);
    const guide =
      "[decide](../src/decider.ts), [`decide`](../src/x.ts#L1) [twice](../src/a.ts) [GDAP](gdap.md) [x](../src/y.ts)";
    expect(relinkExports(guide, moved)).toBe(
      "[decide](../src/decider/decide.ts), [`decide`](../src/decider/decide.ts) [twice](../src/a.ts) [GDAP](gdap.md) [x](../src/y.ts)",
    );
    for (const path of guides) expect(relinkExports(text(path), homes), path).toBe(text(path));
  });

  it("takes a name declared in several files from the file the export list takes it from", () => {
    expect(homes.get("describeValue")).toEqual(["src/describe-value.ts"]);
    expect(homes.get("acceptInvitation")).toEqual(["src/invitation.ts"]);
  });
});
