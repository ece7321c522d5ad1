/**
 * Links from guides to the exports they name: `[acceptInvitation](../src/invitation.ts)`,
 * a plain Markdown link that resolves where the repository is read on a code host, and that
 * the site's TypeDoc plugin turns into a link to the export's API page (it also fails the
 * docs build when the file does not declare the export).
 *
 * `npx tsx scripts/source-links.ts` points every such link of docs/*.md at the file that
 * declares the export now (after files moved); it leaves alone what it cannot place.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { markdownLinks, sourceLink, symbolOfLinkText } from "./site-map.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function exportedNames(statement: ts.Statement): readonly string[] {
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
    );
  if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement)) &&
    statement.name !== undefined
  )
    return [statement.name.text];
  return [];
}

/** `name imported or re-exported from file` pairs of an export list (`index.ts`). */
function importedFrom(source: ts.SourceFile, path: string): readonly (readonly [string, string])[] {
  return source.statements.flatMap((statement) => {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) return [];
    const specifier = statement.moduleSpecifier;
    if (specifier === undefined || !ts.isStringLiteral(specifier) || !specifier.text.startsWith(".")) return [];
    const file = join(dirname(path), specifier.text.replace(/\.js$/, ".ts")).split("\\").join("/");
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
    if (bindings === undefined || !(ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) return [];
    return bindings.elements.map((element) => [(element.propertyName ?? element.name).text, file] as const);
  });
}

/**
 * For each name an exported declaration of `src/` declares, the files declaring it,
 * relative to `root`. The `index.ts` export lists are not homes; where several files
 * declare a name, those an export list takes it from are kept.
 */
export function declaringFiles(root: string = ROOT): ReadonlyMap<string, readonly string[]> {
  const homes = new Map<string, string[]>();
  const used = new Set<string>();
  const files = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const path = relative(root, file).split("\\").join("/");
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    if (path.endsWith("/index.ts")) {
      for (const [name, from] of importedFrom(source, path)) used.add(`${name} ${from}`);
      continue;
    }
    for (const statement of source.statements)
      for (const name of exportedNames(statement)) {
        const known = homes.get(name) ?? [];
        if (!known.includes(path)) known.push(path);
        homes.set(name, known);
      }
  }
  for (const [name, known] of homes)
    if (known.length > 1) {
      const public_ = known.filter((path) => used.has(`${name} ${path}`));
      if (public_.length > 0) homes.set(name, public_);
    }
  return homes;
}

/**
 * A function writing, for a guide in `docs/`, the link to the export `name`. Throws when
 * no file or more than one declares it: a generated guide must not link to a guess.
 */
export function sourceLinker(
  homes: ReadonlyMap<string, readonly string[]> = declaringFiles(),
): (name: string) => string {
  return (name) => {
    const files = homes.get(name) ?? [];
    const [file] = files;
    if (file === undefined || files.length > 1)
      throw new Error(`${name} is declared in ${files.length === 0 ? "no file" : files.join(" and ")} of src/`);
    return sourceLink(name, file);
  };
}

/**
 * `markdown` with each link `[name](../src/…)` to an export pointed at the one file that
 * declares `name`; links it cannot place (no file, several files) are left as they are.
 */
export function relinkExports(markdown: string, homes: ReadonlyMap<string, readonly string[]>): string {
  let out = "";
  let from = 0;
  for (const link of markdownLinks(markdown)) {
    const name = symbolOfLinkText(link.text);
    const files = name === undefined ? [] : (homes.get(name) ?? []);
    const [file] = files;
    if (!link.target.startsWith("../src/") || file === undefined || files.length > 1) continue;
    const at = link.index + link.text.length + 3; // after "[text]("
    out += `${markdown.slice(from, at)}../${file}`;
    from = at + link.target.length;
  }
  return out + markdown.slice(from);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const homes = declaringFiles();
  for (const name of readdirSync(join(ROOT, "docs")).filter((file) => file.endsWith(".md"))) {
    const path = join(ROOT, "docs", name);
    const before = readFileSync(path, "utf8");
    const after = relinkExports(before, homes);
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`docs/${name}: links updated`);
    }
  }
}
