/**
 * Mutation testing of `src/`, one area at a time (`npm run mutate`).
 *
 * A single StrykerJS run over the whole of `src/` runs every property suite of every area
 * for each mutant in the shared code and takes over an hour on a two-core machine. Here
 * each area of `src/` is mutated on its own and checked against that area's own suites;
 * the reports are then merged into one, `reports/mutation/mutation.json`, whose score must
 * reach {@link BREAK_AT}.
 *
 * The merged score is a lower bound of a whole-suite run's: a mutant that a subset of the
 * suites kills, the whole suite kills too. Each area keeps an incremental file, so a run
 * after a change re-tests only the mutants whose code or covering tests changed.
 *
 * Usage: `npm run mutate` (every area), `npm run mutate -- gdap codec` (those areas, then
 * the merge of every area's latest report), `npm run mutate -- --merge` (merge only),
 * `npm run mutate -- --force` (ignore the incremental files), `npm run mutate -- --survivors`
 * (list the undetected mutants of every area's latest report, without running anything).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

/** One area of `src/`: the files it mutates and the suites that check them. */
interface MutationArea {
  /** Files, or folders ending in `/`, under `src/`. */
  readonly mutate: readonly string[];
  /** Test globs (vitest `include`). */
  readonly tests: readonly string[];
  /** Test globs to leave out of `tests`. */
  readonly skip?: readonly string[];
}

/** The areas; every file of `src/` that the base config mutates is in exactly one. */
export const MUTATION_AREAS: Readonly<Record<string, MutationArea>> = {
  core: {
    mutate: ["src/invitation.ts", "src/relationship.ts", "src/agreement.ts", "src/authorization.ts", "src/validate.ts"],
    tests: ["test/*.test.ts"],
    skip: ["test/decider-all.test.ts", "test/examples.test.ts"],
  },
  gdap: { mutate: ["src/gdap/"], tests: ["test/gdap/**/*.test.ts"] },
  access: { mutate: ["src/access/", "src/policy-editions.ts"], tests: ["test/access/**/*.test.ts"] },
  decider: {
    mutate: ["src/decider.ts", "src/decider/", "src/state.ts"],
    tests: [
      "test/decider*.test.ts",
      "test/invariants.test.ts",
      "test/untyped-callers.test.ts",
      "test/testing/**/*.test.ts",
    ],
  },
  vocabulary: {
    mutate: ["src/vocabulary/", "src/errors.ts", "src/policy.ts", "src/commands.ts", "src/events.ts"],
    tests: ["test/*.test.ts", "test/gdap/**/*.test.ts", "test/access/**/*.test.ts"],
    skip: ["test/examples.test.ts"],
  },
  codec: { mutate: ["src/codec/"], tests: ["test/codec/**/*.test.ts"] },
};

/** The merged score below which `npm run mutate` fails. */
export const BREAK_AT = 90;

const OUT = "reports/mutation";

/** The parts of the mutation-testing report schema that this script reads. */
interface ReportMutant {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: {
    readonly start: { readonly line: number; readonly column: number };
    readonly end: { readonly line: number; readonly column: number };
  };
}
interface ReportFile {
  readonly source: string;
  readonly mutants: readonly ReportMutant[];
}
interface Report {
  readonly files: Readonly<Record<string, ReportFile>>;
  readonly [key: string]: unknown;
}

/** Killed and timed-out mutants are detected; survivors and uncovered ones are not. */
interface Tally {
  detected: number;
  undetected: number;
  ignored: number;
}

function tally(report: Report): Tally {
  const t: Tally = { detected: 0, undetected: 0, ignored: 0 };
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) {
      if (m.status === "Killed" || m.status === "Timeout") t.detected += 1;
      else if (m.status === "Survived" || m.status === "NoCoverage") t.undetected += 1;
      else t.ignored += 1;
    }
  }
  return t;
}

const score = (t: Tally): number => (100 * t.detected) / Math.max(1, t.detected + t.undetected);

/** The files the base config mutates: `src/**\/*.ts` but the testing entry and the export list. */
function mutatedFiles(): string[] {
  return readdirSync("src", { recursive: true, encoding: "utf8" })
    .map((f) => `src/${f.replaceAll("\\", "/")}`)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("src/testing/") && f !== "src/index.ts");
}

const inArea = (file: string, area: MutationArea): boolean =>
  area.mutate.some((m) => (m.endsWith("/") ? file.startsWith(m) : file === m));

/** Every mutated file in exactly one area, or the list of those that are not. */
function partitionFaults(): string[] {
  const areas = Object.values(MUTATION_AREAS);
  return mutatedFiles().flatMap((f) => {
    const n = areas.filter((a) => inArea(f, a)).length;
    return n === 1 ? [] : [`${f} is in ${n} areas`];
  });
}

function runArea(name: string, area: MutationArea, force: boolean): number {
  const base = JSON.parse(readFileSync("stryker.config.json", "utf8")) as Record<string, unknown>;
  const { _comment: _, ...rest } = base;
  const config = {
    ...rest,
    $schema: "../../node_modules/@stryker-mutator/core/schema/stryker-schema.json",
    mutate: area.mutate.map((m) => (m.endsWith("/") ? `${m}**/*.ts` : m)),
    // The area's score is not the goal; the merged one is.
    thresholds: { ...(base.thresholds as object), break: null },
    reporters: ["progress", "clear-text", "json", "html"],
    jsonReporter: { fileName: `${OUT}/areas/${name}.json` },
    htmlReporter: { fileName: `${OUT}/areas/${name}.html` },
    incremental: true,
    incrementalFile: `${OUT}/areas/${name}.incremental.json`,
    force,
  };
  const file = `${OUT}/stryker.${name}.json`;
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  const started = Date.now();
  const run = spawnSync("npx", ["stryker", "run", file], {
    stdio: "inherit",
    env: {
      ...process.env,
      FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? "5",
      DIFFERENTIAL_RUNS: process.env.DIFFERENTIAL_RUNS ?? "50",
      MUTATE_TESTS: area.tests.join(","),
      MUTATE_EXCLUDE: (area.skip ?? []).join(","),
    },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(`${OUT}/areas/${name}.seconds`, `${seconds}\n`);
  return run.status ?? 1;
}

/** An area's latest report, if it has been run. */
function readReport(name: string): Report | undefined {
  const path = `${OUT}/areas/${name}.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Report) : undefined;
}

function merge(): boolean {
  const rows: string[] = [];
  const files: Record<string, ReportFile> = {};
  let first: Report | undefined;
  let missing = 0;
  for (const name of Object.keys(MUTATION_AREAS)) {
    const report = readReport(name);
    if (report === undefined) {
      rows.push(`${name.padEnd(11)} not run`);
      missing += 1;
      continue;
    }
    first ??= report;
    Object.assign(files, report.files);
    const t = tally(report);
    const secondsFile = `${OUT}/areas/${name}.seconds`;
    const seconds = existsSync(secondsFile) ? Number(readFileSync(secondsFile, "utf8")) : Number.NaN;
    rows.push(
      `${name.padEnd(11)} ${String(t.detected + t.undetected).padStart(5)} mutants  ${String(t.detected).padStart(5)} detected  ${String(t.undetected).padStart(4)} undetected  ${score(t).toFixed(2).padStart(6)} %  ${Math.round(seconds / 60)} min`,
    );
  }
  const merged: Report = { ...(first ?? { schemaVersion: "1" }), files };
  writeFileSync(`${OUT}/mutation.json`, `${JSON.stringify(merged)}\n`);
  const t = tally(merged);
  console.log(`\nMutation score by area (each against its own suites):\n${rows.join("\n")}`);
  console.log(
    `\nsrc/: ${t.detected + t.undetected} mutants, ${t.detected} detected, ${t.undetected} undetected, ${t.ignored} ignored: ${score(t).toFixed(2)} % (break at ${BREAK_AT} %)`,
  );
  console.log(`Merged report: ${OUT}/mutation.json`);
  if (missing > 0) console.log(`${missing} area(s) not run: the score is not over the whole of src/.`);
  return missing === 0 && score(t) >= BREAK_AT;
}

/** Prints each undetected mutant: where, which mutator, the line and its replacement. */
function survivors(): void {
  for (const name of Object.keys(MUTATION_AREAS)) {
    const report = readReport(name);
    if (report === undefined) continue;
    for (const [file, { source, mutants }] of Object.entries(report.files)) {
      const lines = source.split("\n");
      for (const m of mutants) {
        if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
        const { start, end } = m.location;
        const text = lines.slice(start.line - 1, end.line).join("\n");
        const from = start.column - 1;
        const to = text.length - ((lines[end.line - 1] ?? "").length - (end.column - 1));
        const original = text.slice(from, to).replaceAll(/\s+/g, " ").slice(0, 100);
        const replacement = (m.replacement ?? "").replaceAll(/\s+/g, " ").slice(0, 60);
        const line = start.line;
        console.log(`${file}:${line} ${m.mutatorName} ${m.status}: ${original}\n    => ${replacement}`);
      }
    }
  }
}

function main(args: readonly string[]): number {
  if (args.includes("--survivors")) {
    survivors();
    return 0;
  }
  const faults = partitionFaults();
  if (faults.length > 0) {
    console.error(`The mutation areas do not partition src/:\n${faults.join("\n")}`);
    return 2;
  }
  const unknown = args.filter((a) => !a.startsWith("--") && !(a in MUTATION_AREAS));
  if (unknown.length > 0) {
    console.error(`Unknown area(s): ${unknown.join(", ")}. Areas: ${Object.keys(MUTATION_AREAS).join(", ")}`);
    return 2;
  }
  mkdirSync(`${OUT}/areas`, { recursive: true });
  const chosen = args.filter((a) => !a.startsWith("--"));
  if (!args.includes("--merge")) {
    for (const name of chosen.length > 0 ? chosen : Object.keys(MUTATION_AREAS)) {
      const area = MUTATION_AREAS[name];
      if (area === undefined) continue;
      console.log(`\n== mutation area: ${name} ==`);
      if (runArea(name, area, args.includes("--force")) !== 0) return 1;
    }
  }
  return merge() ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
