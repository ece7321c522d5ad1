/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with the most
 * self time, and with the most total (inclusive) time, with file and line.
 *
 * Usage: `npx tsx bench/cpuprofile.ts <file.cpuprofile> [top=25]`
 *
 * @module
 */
import { readFileSync } from "node:fs";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One row of the summary. */
export interface ProfileRow {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

function label(frame: CallFrame): string {
  const file = frame.url.replace(/^file:\/\//, "").replace(/^.*\/(src|bench|node_modules)\//, "$1/");
  return `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Self and total time per function (summed over every node of the same function).
 *
 * @param profile - a parsed `.cpuprofile`
 */
export function summarise(profile: Profile): ProfileRow[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    const own = label(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame === undefined) break;
      const name = label(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return [...total.keys()].map((name) => ({ name, selfMs: self.get(name) ?? 0, totalMs: total.get(name) ?? 0 }));
}

const [, , file, top = "25"] = process.argv;
if (file !== undefined) {
  const rows = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile);
  const all = rows.reduce((sum, row) => sum + row.selfMs, 0);
  const show = (title: string, sorted: ProfileRow[], key: "selfMs" | "totalMs"): void => {
    console.log(`\n${title} (of ${all.toFixed(0)} ms sampled)`);
    for (const row of sorted.slice(0, Number(top)))
      console.log(
        `${row[key].toFixed(0).padStart(8)} ms ${((100 * row[key]) / all).toFixed(1).padStart(5)}%  ${row.name}`,
      );
  };
  show(
    "Self time",
    [...rows].sort((a, b) => b.selfMs - a.selfMs),
    "selfMs",
  );
  show(
    "Total time",
    [...rows].sort((a, b) => b.totalMs - a.totalMs),
    "totalMs",
  );
}
