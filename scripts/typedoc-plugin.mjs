// @ts-check
/**
 * The site's local TypeDoc plugin (loaded by typedoc.json's `plugin`). The layout it
 * applies is written once, in scripts/site-map.ts; this file is the glue to TypeDoc.
 *
 * - Groups: every export of the three entry points gets a `@group` derived from the source
 *   file that declares it (an export written in an `index.ts` as `typeof step` is followed
 *   to `step`'s file). A file the table does not place fails the build.
 * - Links: guides link exports to their source file, `[acceptInvitation](../src/invitation.ts)`,
 *   which works where Markdown is read on a code host. On the site such a link becomes a
 *   link to the export's API page; the build fails when the file does not declare that
 *   export. A link to a source file whose text names no export leads to the file's group on
 *   the module page; a link to a test (or other code) file becomes its plain text.
 * - Pages: guides keep their file names; `{@link pkg!name}` in TSDoc reads `name`.
 */
import { existsSync } from "node:fs";
import { basename, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { Application, Comment, CommentTag, Converter, KindRouter, ReflectionKind, RendererEvent } from "typedoc";
import ts from "typescript";

/** @type {typeof import("./site-map.ts")} */
const siteMap = await tsImport("./site-map.ts", import.meta.url);

/** Folders whose files are code: links to them never point into the site. */
const CODE_FOLDERS = ["src", "test", "examples", "bench", "scripts"];

/** TypeDoc's usual layout, except that a guide keeps its file name (`documents/gdap.html`), not its title's. */
class SiteRouter extends KindRouter {
  /** @param {import("typedoc").Reflection} reflection */
  getIdealBaseName(reflection) {
    const path = reflection.isDocument() ? reflection.project.files.getReflectionPath(reflection) : undefined;
    return path === undefined ? super.getIdealBaseName(reflection) : `documents/${basename(path, ".md")}`;
  }
}

/**
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.renderer.defineRouter("site", SiteRouter);
  /** @type {Map<import("typedoc").DeclarationReflection, string>} */
  const homes = new Map();
  const root = () => fileURLToPath(new URL("..", import.meta.url));

  // The options that follow from the site map, set once the configuration is read.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue("router", "site");
    app.options.setValue("groupOrder", [...siteMap.GROUP_ORDER, "Guides", "Modules", "Reference", "*"]);
    app.options.setValue(
      "projectDocuments",
      siteMap.READING_ORDER.map((path) => join(root(), path)).filter((path) => existsSync(path)),
    );
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent?.kindOf(ReflectionKind.Module)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    homes.set(reflection, symbol === undefined ? "(no symbol)" : homeOf(context.checker, symbol, root()));
  });

  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const errors = [];
      for (const [reflection, home] of homes) {
        if (project.getReflectionById(reflection.id) !== reflection) continue; // removed (excluded) since
        const group = siteMap.groupOf(home.replace(/^src\//, ""));
        if (group === undefined) {
          errors.push(
            `${reflection.getFullName()} is declared in ${home}, which no row of GROUPS (scripts/site-map.ts) places in a group`,
          );
          continue;
        }
        reflection.comment ??= new Comment();
        reflection.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: group }]));
      }
      /** @type {Map<string, import("typedoc").DeclarationReflection[]>} */
      const byName = new Map();
      for (const reflection of homes.keys())
        byName.set(reflection.name, [...(byName.get(reflection.name) ?? []), reflection]);
      const links = { project, root: root(), homes, byName, errors };
      if (project.readme) rewriteLinks(project.readme, "README.md", links);
      for (const reflection of Object.values(project.reflections)) {
        const where = reflection.getFullName();
        if (reflection.isDocument()) rewriteLinks(reflection.content, where, links);
        if (reflection.comment === undefined) continue;
        for (const parts of [reflection.comment.summary, ...reflection.comment.blockTags.map((tag) => tag.content)]) {
          rewriteLinks(parts, where, links);
        }
      }
      for (const error of errors) app.logger.error(error);
    },
    // before TypeDoc's GroupPlugin (-100) reads the @group tags
    100,
  );

  // Once TypeDoc has resolved the links, they read as the name they lead to.
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    for (const reflection of Object.values(event.project.reflections))
      for (const parts of [
        reflection.comment?.summary ?? [],
        ...(reflection.comment?.blockTags ?? []).map((tag) => tag.content),
      ])
        shortenLinkTexts(parts);
  });
}

/**
 * The file that declares `symbol`, relative to `root` (`src/invitation.ts`), or the
 * package it comes from (`neverthrow`). An export written in an `index.ts` as
 * `const name: typeof step = …` is the step's.
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.Symbol} symbol
 * @param {string} root
 * @returns {string}
 */
function homeOf(checker, symbol, root) {
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = resolved.declarations?.[0];
  if (declaration === undefined) return "(no declaration)";
  const file = declaration.getSourceFile().fileName;
  const inPackage = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
  if (inPackage) return (inPackage[1] ?? "").split("\\").join("/");
  const path = relative(root, file).split(sep).join("/");
  if (/(^|\/)index\.ts$/.test(path) && ts.isVariableDeclaration(declaration) && declaration.type !== undefined) {
    const type = declaration.type;
    if (ts.isTypeQueryNode(type)) {
      const step = checker.getSymbolAtLocation(type.exprName);
      if (step !== undefined) return homeOf(checker, step, root);
    }
  }
  return path;
}

/**
 * Rewrites, in place, the links of `parts` that point at a code file.
 *
 * @param {import("typedoc").CommentDisplayPart[]} parts
 * @param {string} where  the page, for messages
 * @param {{ project: import("typedoc").ProjectReflection, root: string, homes: Map<import("typedoc").DeclarationReflection, string>, byName: Map<string, import("typedoc").DeclarationReflection[]>, errors: string[] }} links
 */
function rewriteLinks(parts, where, links) {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part?.kind !== "relative-link" || typeof part.target !== "number") continue;
    const absolute = links.project.files.resolvePath(part.target);
    if (absolute === undefined) continue;
    const file = relative(links.root, absolute).split(sep).join("/");
    if (isAbsolute(file) || file.startsWith("../") || !CODE_FOLDERS.includes(file.split("/")[0] ?? "")) continue;
    const opening = labelStart(parts, i);
    const closing = parts[i + 1];
    if (opening === undefined || closing?.kind !== "text" || !closing.text.startsWith(")")) {
      links.errors.push(`${where}: the link to ${part.text} is not an inline Markdown link [text](path)`);
      continue;
    }
    const [at, offset] = opening;
    const label = /** @type {import("typedoc").CommentDisplayPart[]} */ ([]);
    const head = /** @type {{ kind: "text", text: string }} */ (parts[at]);
    const rest = head.text.slice(offset + 1);
    if (rest !== "") label.push({ kind: "text", text: rest });
    label.push(...parts.slice(at + 1, i));
    const last = label.at(-1);
    if (last?.kind === "text") {
      const text = last.text.replace(/\]\(\s*$/, "");
      if (text === "") label.pop();
      else label[label.length - 1] = { kind: "text", text };
    }
    const text = label.map((p) => p.text).join("");
    const name = siteMap.symbolOfLinkText(text);
    const candidates = name === undefined ? [] : (links.byName.get(name) ?? []);
    /** @type {import("typedoc").CommentDisplayPart[]} */
    let replacement = label;
    if (candidates.length === 0) {
      // A source file, not an export: its group's heading on the page of the module exporting from it.
      const declared = [...links.homes].find(([, home]) => home === file)?.[0];
      const group = siteMap.groupOf(file.replace(/^src\//, ""));
      if (declared?.parent !== undefined && group !== undefined) {
        links.project.files.registerReflectionPath(absolute, declared.parent);
        part.targetAnchor = siteMap.headingAnchor(group);
        continue;
      }
    } else {
      const target = candidates.find((reflection) => links.homes.get(reflection) === file);
      if (target === undefined) {
        const declared = candidates.map((reflection) => links.homes.get(reflection)).join(", ");
        links.errors.push(
          `${where}: [${text}](${part.text}) links ${name} to ${file}, but it is declared in ${declared}`,
        );
      } else {
        replacement = [
          { kind: "inline-tag", tag: text.includes("`") ? "@linkcode" : "@link", text: name ?? text, target },
        ];
      }
    }
    const before = head.text.slice(0, offset);
    const after = { kind: /** @type {const} */ ("text"), text: closing.text.slice(1) };
    parts.splice(at, i + 2 - at, ...(before === "" ? [] : [{ kind: "text", text: before }]), ...replacement, after);
    i = at + replacement.length;
  }
}

/**
 * A TSDoc link written with the package's name, `{@link partner-relationships!replayChecked}`,
 * reads `replayChecked` on the site: the name, not the reference.
 *
 * @param {import("typedoc").CommentDisplayPart[]} parts
 */
function shortenLinkTexts(parts) {
  for (const part of parts)
    if (part.kind === "inline-tag" && part.tag.startsWith("@link") && /^[\w@/.-]+!/.test(part.text))
      part.text = part.text.replace(/^[\w@/.-]+!/, "");
}

/**
 * Where the `[` opening the label of the link at `index` is: the part and the offset in it.
 *
 * @param {import("typedoc").CommentDisplayPart[]} parts
 * @param {number} index
 * @returns {[number, number] | undefined}
 */
function labelStart(parts, index) {
  const previous = parts[index - 1];
  if (previous?.kind !== "text" || !/\]\(\s*$/.test(previous.text)) return undefined;
  let depth = 0;
  for (let at = index - 1; at >= 0; at--) {
    const part = parts[at];
    if (part === undefined) return undefined;
    if (part.kind !== "text") continue;
    const text = at === index - 1 ? part.text.replace(/\]\(\s*$/, "") : part.text;
    for (let offset = text.length - 1; offset >= 0; offset--) {
      if (text[offset] === "]") depth++;
      else if (text[offset] === "[") {
        if (depth === 0) return [at, offset];
        depth--;
      } else if (text[offset] === "\n" && text[offset - 1] === "\n") return undefined;
    }
  }
  return undefined;
}
