/**
 * Generated blocks in hand-written Markdown: the text between
 * `<!-- generated:<key>:start -->` and `<!-- generated:<key>:end -->` belongs to a script;
 * everything around it is prose people edit.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** The start and end markers of the generated block `key`. */
export function markers(key: string): { readonly start: string; readonly end: string } {
  return { start: `<!-- generated:${key}:start -->`, end: `<!-- generated:${key}:end -->` };
}

/** The keys of every generated block in `doc`, in order. */
export function generatedKeys(doc: string): readonly string[] {
  return [...doc.matchAll(/<!-- generated:([\w-]+):start -->/g)].map((match) => match[1] ?? "");
}

/** Whether `doc` holds the block `key`. */
export function hasBlock(doc: string, key: string): boolean {
  const { start, end } = markers(key);
  return doc.includes(start) && doc.includes(end);
}

/**
 * `doc` with the block `key` holding `content`. Throws when the markers are missing,
 * repeated or out of order: a script must not guess where prose ends.
 */
export function replaceBlock(doc: string, key: string, content: string): string {
  const { start, end } = markers(key);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1 || to < from)
    throw new Error(`the markers ${start} … ${end} are missing or out of order`);
  if (doc.indexOf(start, from + 1) !== -1 || doc.indexOf(end, to + 1) !== -1)
    throw new Error(`the markers ${start} … ${end} appear more than once`);
  return `${doc.slice(0, from + start.length)}\n${content.trimEnd()}\n${doc.slice(to)}`;
}

/** A whole block, markers included, holding `content`. */
export function block(key: string, content: string): string {
  const { start, end } = markers(key);
  return `${start}\n${content.trimEnd()}\n${end}`;
}

/** The text of a file, or `undefined` when it does not exist. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Writes `text` to `path` unless it is already there; says whether it wrote. */
export function writeIfChanged(path: string, text: string): boolean {
  if (readIfExists(path) === text) return false;
  writeFileSync(path, text);
  return true;
}
