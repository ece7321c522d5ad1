/**
 * `npm run bench`: throughput, scale, memory and size, in one run, on the workloads of
 * bench/workloads.ts. Prints a table and writes bench/results.json.
 *
 * Options: `--only=lifecycle,replay,questions,memory,bundle,scale,heap,workers,audit` (a subset; results.json is
 * written only for a full run unless `--write`), `--quick` (fewer rounds, replay up to 10⁶).
 *
 * Runs under `node --expose-gc` (see package.json), so that memory figures and mitata's
 * collections between benchmarks use `global.gc()`.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { bench, do_not_optimize, run, summary } from "mitata";
import {
  type AcceptInvitationInput,
  acceptInvitation,
  type CustomerAgreement,
  canTransact,
  type DomainEvent,
  holdsRole,
  type PendingInvitation,
  type Relationship,
  type RoleId,
  replay,
  sendInvitation,
} from "../src/index.js";
import { auditBenchmark } from "./audit.js";
import {
  type LifecycleOutcome,
  lifecycleCommands,
  lifecycleDecider,
  lifecycleEvents,
  lifecycleOurs,
  lifecycleReducer,
  lifecycleXState,
} from "./baselines.js";
import { costPerElement } from "./costs.js";
import { referenceReplay } from "./floor.js";
import type { ShardResult, ShardTask } from "./replay-worker.js";
import { COMMANDS_PER_CYCLE, commandsAtScale, type ScaleRow } from "./scale.js";
import { ASKED_ROLES, historyArray, historyEvents, lifecycleWorkload, questionPopulation, T0 } from "./workloads.js";

const argv = process.argv.slice(2);
const only = argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const quick = argv.includes("--quick");
const enabled = (section: string): boolean => only === undefined || only.includes(section);
const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error("Run with --expose-gc (npm run bench does).");
  collect();
  collect();
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------

/** One mitata round: registers the benchmarks, runs them, returns ops/s by name (from the median sample). */
async function mitataRound(
  register: () => void,
  print: boolean,
): Promise<Record<string, { opsPerSecond: number; p50ns: number; avgns: number }>> {
  register();
  const { benchmarks } = await run(print ? { format: "mitata", colors: false } : { format: "quiet" });
  const out: Record<string, { opsPerSecond: number; p50ns: number; avgns: number }> = {};
  for (const trial of benchmarks)
    for (const r of trial.runs) {
      if (r.stats === undefined) throw new Error(`benchmark ${r.name} failed: ${String(r.error)}`);
      out[r.name] = { opsPerSecond: 1e9 / r.stats.p50, p50ns: r.stats.p50, avgns: r.stats.avg };
    }
  return out;
}

/** Runs `rounds` mitata rounds; the median per benchmark, and the median of per-round ratios. */
async function mitataRounds(
  rounds: number,
  register: () => void,
  ratios: Record<string, readonly [string, string]>,
): Promise<{ opsPerSecond: Record<string, number>; ratios: Record<string, number>; perRound: unknown[] }> {
  const perRound: Record<string, { opsPerSecond: number; p50ns: number; avgns: number }>[] = [];
  for (let round = 0; round < rounds; round++) {
    log(`  round ${round + 1}/${rounds}`);
    perRound.push(await mitataRound(register, round === 0));
  }
  const names = Object.keys(perRound[0] ?? {});
  const opsPerSecond = Object.fromEntries(
    names.map((name) => [name, median(perRound.map((r) => r[name]?.opsPerSecond ?? Number.NaN))]),
  );
  const ratioMedians = Object.fromEntries(
    Object.entries(ratios).map(([key, [a, b]]) => [
      key,
      median(perRound.map((r) => (r[a]?.opsPerSecond ?? Number.NaN) / (r[b]?.opsPerSecond ?? Number.NaN))),
    ]),
  );
  return { opsPerSecond, ratios: ratioMedians, perRound };
}

// ---------------------------------------------------------------------------------------
// 1. Lifecycle
// ---------------------------------------------------------------------------------------

async function lifecycleSection() {
  log("\n## 1. Lifecycle: invitation → accept → remove admin roles → customer delete");
  const advisor = lifecycleWorkload("advisor");
  const reseller = lifecycleWorkload("resellerAndDelegatedAdministrator");
  const variants = [
    ["advisor", advisor],
    ["reseller", reseller],
  ] as const;
  const prepared = variants.map(([name, w]) => ({
    name,
    w,
    commands: lifecycleCommands(w),
    events: lifecycleEvents(w),
  }));
  // Every implementation must reach the same outcome before anything is timed.
  for (const p of prepared) {
    const outcomes: LifecycleOutcome[] = [
      lifecycleOurs(p.w),
      lifecycleDecider(p.commands),
      lifecycleReducer(p.events),
      lifecycleXState(p.events),
    ];
    if (new Set(outcomes).size !== 1) throw new Error(`lifecycle ${p.name}: outcomes differ: ${outcomes.join(", ")}`);
    log(`  ${p.name}: every implementation ends "${outcomes[0]}"`);
  }
  const register = () => {
    for (const p of prepared)
      summary(() => {
        bench(`ours ${p.name}`, () => do_not_optimize(lifecycleOurs(p.w)));
        bench(`decider ${p.name}`, () => do_not_optimize(lifecycleDecider(p.commands)));
        bench(`reducer ${p.name}`, () => do_not_optimize(lifecycleReducer(p.events)));
        bench(`xstate ${p.name}`, () => do_not_optimize(lifecycleXState(p.events)));
      });
  };
  const measured = await mitataRounds(quick ? 1 : 3, register, {
    oursOverXstate: ["ours advisor", "xstate advisor"],
    oursOverReducer: ["ours advisor", "reducer advisor"],
    deciderOverXstate: ["decider advisor", "xstate advisor"],
    deciderOverReducer: ["decider advisor", "reducer advisor"],
    resellerOursOverXstate: ["ours reseller", "xstate reseller"],
    resellerOursOverReducer: ["ours reseller", "reducer reseller"],
  });
  const o = measured.opsPerSecond;
  return {
    unit: "lifecycles per second (4 steps each; median of the per-round medians)",
    ours: o["ours advisor"] as number,
    xstate: o["xstate advisor"] as number,
    reducer: o["reducer advisor"] as number,
    decider: o["decider advisor"] as number,
    reseller: {
      ours: o["ours reseller"] as number,
      xstate: o["xstate reseller"] as number,
      reducer: o["reducer reseller"] as number,
      decider: o["decider reseller"] as number,
    },
    ratios: measured.ratios,
    rounds: measured.perRound.length,
  };
}

// ---------------------------------------------------------------------------------------
// 2. Replay
// ---------------------------------------------------------------------------------------

/**
 * Streams `source` in chunks of `size`: each chunk is generated (timed into `timer`) and
 * then yielded, so generation and replay are timed apart in one pass, and memory holds one
 * chunk of events at a time, never the whole history.
 */
function* chunked(
  source: Iterable<DomainEvent>,
  size: number,
  timer: { generationMs: number },
): Generator<DomainEvent, void, undefined> {
  const iterator = source[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const chunk: DomainEvent[] = [];
    let done = false;
    while (chunk.length < size) {
      const next = iterator.next();
      if (next.done === true) {
        done = true;
        break;
      }
      chunk.push(next.value);
    }
    timer.generationMs += performance.now() - started;
    for (const event of chunk) yield event;
    if (done) return;
  }
}

interface ReplayRow {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  generationSeconds: number;
  runs: number;
  secondsPerRun: number[];
  heapAfterMiB: number;
}

/** Our replay against the floor, on the same 10⁵ events. */
interface ReplayReference {
  events: number;
  oursEventsPerSecond: number;
  referenceEventsPerSecond: number;
  oursOverReference: number;
}

function replaySection(): { rows: ReplayRow[]; reference: ReplayReference } {
  log("\n## 2. Replay: histories over many customer–partner pairs (streamed in chunks of 100,000)");
  const plan: [number, number][] = quick
    ? [
        [1e4, 5],
        [1e5, 3],
        [1e6, 1],
      ]
    : [
        [1e4, 9],
        [1e5, 5],
        [1e6, 3],
        [1e7, 1],
      ];
  const rows: ReplayRow[] = [];
  for (const [events, runs] of plan) {
    const replaySeconds: number[] = [];
    const generationSeconds: number[] = [];
    let heapAfterMiB = 0;
    for (let r = 0; r < runs; r++) {
      gc();
      const timer = { generationMs: 0 };
      const started = performance.now();
      const state = replay(chunked(historyEvents(events), 100_000, timer));
      const totalMs = performance.now() - started;
      heapAfterMiB = process.memoryUsage().heapUsed / 2 ** 20;
      do_not_optimize(state);
      replaySeconds.push((totalMs - timer.generationMs) / 1000);
      generationSeconds.push(timer.generationMs / 1000);
    }
    const seconds = median(replaySeconds);
    const row: ReplayRow = {
      events,
      seconds,
      eventsPerSecond: events / seconds,
      generationSeconds: median(generationSeconds),
      runs,
      secondsPerRun: replaySeconds,
      heapAfterMiB,
    };
    rows.push(row);
    log(
      `  ${fmt(events).padStart(10)} events: replay ${fmt(seconds, 3)} s (${fmt(row.eventsPerSecond)} events/s), generation ${fmt(row.generationSeconds, 3)} s, median of ${runs}, heap after ${fmt(heapAfterMiB)} MiB`,
    );
  }
  // The same 10⁵ events, as an array, through replay and through a minimal hand-written fold.
  gc();
  const array = historyArray(1e5);
  const ours: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < (quick ? 3 : 7); r++) {
    let started = performance.now();
    do_not_optimize(replay(array));
    ours.push(performance.now() - started);
    started = performance.now();
    do_not_optimize(referenceReplay(array));
    floor.push(performance.now() - started);
  }
  const reference: ReplayReference = {
    events: 1e5,
    oursEventsPerSecond: 1e5 / (median(ours) / 1000),
    referenceEventsPerSecond: 1e5 / (median(floor) / 1000),
    oursOverReference: median(floor.map((f, i) => f / (ours[i] as number))),
  };
  log(
    `  10⁵ events from an array: replay ${fmt(reference.oursEventsPerSecond)} events/s; minimal hand-written fold ${fmt(reference.referenceEventsPerSecond)} events/s (ours = ${fmt(reference.oursOverReference, 2)}× the fold)`,
  );
  return { rows, reference };
}

// ---------------------------------------------------------------------------------------
// 3. Questions
// ---------------------------------------------------------------------------------------

async function questionsSection() {
  const customers = 50_000;
  log(`\n## 3. Access questions: ${fmt(customers)} customers, up to 4 relationships each`);
  const population = questionPopulation(customers, 4);
  const held = population.customers.reduce((sum, c) => sum + c.relationships.length, 0);
  log(`  ${fmt(held)} relationships (${fmt(held / customers, 2)} per customer)`);
  interface RoleAsk {
    readonly relationships: readonly Relationship[];
    readonly query: { readonly partner: string; readonly customer: string; readonly role: RoleId };
  }
  interface TransactAsk {
    readonly relationship: Relationship | undefined;
    readonly agreement: CustomerAgreement;
  }
  const roleAsks: RoleAsk[] = [];
  const transactAsks: TransactAsk[] = [];
  for (const c of population.customers)
    for (const [j, partner] of c.partners.entries()) {
      roleAsks.push({
        relationships: c.relationships,
        query: { partner, customer: c.customer, role: ASKED_ROLES[j % ASKED_ROLES.length] as RoleId },
      });
      transactAsks.push({
        relationship: population.state.relationships.get(c.customer)?.get(partner),
        agreement: c.agreement,
      });
    }
  const allowed = roleAsks.filter((a) => holdsRole(a.relationships, a.query).allowed).length;
  const transact = transactAsks.filter((a) => canTransact(a).allowed).length;
  log(
    `  ${fmt(roleAsks.length)} questions of each kind; holdsRole allowed ${fmt(allowed)}, canTransact allowed ${fmt(transact)}`,
  );
  let i = 0;
  let k = 0;
  let m = 0;
  const register = () => {
    summary(() => {
      bench("holdsRole", () => {
        i = i + 1 === roleAsks.length ? 0 : i + 1;
        const ask = roleAsks[i] as RoleAsk;
        return do_not_optimize(holdsRole(ask.relationships, ask.query));
      });
      bench("canTransact", () => {
        k = k + 1 === transactAsks.length ? 0 : k + 1;
        return do_not_optimize(canTransact(transactAsks[k] as TransactAsk));
      });
      bench("mix (holdsRole, canTransact alternately)", () => {
        m = m + 1 === roleAsks.length ? 0 : m + 1;
        if ((m & 1) === 0) {
          const ask = roleAsks[m] as RoleAsk;
          return do_not_optimize(holdsRole(ask.relationships, ask.query));
        }
        return do_not_optimize(canTransact(transactAsks[m] as TransactAsk));
      });
    });
  };
  const measured = await mitataRounds(quick ? 1 : 3, register, {});
  // Asked over one flat list of every relationship instead of the customer's own: linear in it.
  const everything = population.customers.flatMap((c) => c.relationships);
  const flatAsks = 200;
  const started = performance.now();
  for (let q = 0; q < flatAsks; q++) {
    const ask = roleAsks[(q * 997) % roleAsks.length] as RoleAsk;
    do_not_optimize(holdsRole(everything, ask.query));
  }
  const flatPerSecond = flatAsks / ((performance.now() - started) / 1000);
  log(`  holdsRole over one flat list of all ${fmt(everything.length)} relationships: ${fmt(flatPerSecond)} /s`);
  const o = measured.opsPerSecond;
  return {
    customers,
    relationships: held,
    questionsPerSecond: o["mix (holdsRole, canTransact alternately)"] as number,
    holdsRole: o.holdsRole as number,
    canTransact: o.canTransact as number,
    holdsRoleOverFlatListOfAll: flatPerSecond,
    rounds: measured.perRound.length,
  };
}

// ---------------------------------------------------------------------------------------
// 4. Memory
// ---------------------------------------------------------------------------------------

const HELD_TYPES = ["advisor", "resellerAndDelegatedAdministrator", "reseller", "delegatedAdministrator"] as const;

/**
 * Heap bytes per relationship held: `n` invitations are accepted and only the
 * relationships kept in an array (8 bytes a slot); the figure is the heap used while
 * holding them minus the heap used once they are released, both after `global.gc()`, with
 * every input (IDs, actors, pending invitations) alive in both readings. So it is the
 * retained size of the relationships themselves: objects, arrays, boxed numbers.
 */
function heldBytes(n: number, types: readonly (typeof HELD_TYPES)[number][]): number {
  const pending: PendingInvitation[] = [];
  const inputs: AcceptInvitationInput[] = [];
  for (let i = 0; i < n; i++) {
    const w = lifecycleWorkload(types[i % types.length] as (typeof HELD_TYPES)[number], `c${i}`, `p${i % 1000}`);
    pending.push(sendInvitation(w.send)._unsafeUnwrap());
    inputs.push(w.accept);
  }
  let held: Relationship[] | undefined = new Array(n);
  for (let i = 0; i < n; i++)
    held[i] = acceptInvitation(
      pending[i] as PendingInvitation,
      inputs[i] as AcceptInvitationInput,
    )._unsafeUnwrap().relationship;
  gc();
  const holding = process.memoryUsage().heapUsed;
  if (held[n - 1]?.status !== "active") throw new Error("not held");
  held = undefined;
  gc();
  const released = process.memoryUsage().heapUsed;
  if (pending.length !== n || inputs.length !== n) throw new Error("inputs lost");
  return (holding - released) / n;
}

function memorySection() {
  const n = 100_000;
  log(`\n## 4. Heap per relationship held (${fmt(n)} relationships, global.gc() before each reading)`);
  const perRelationship: number[] = [];
  for (let round = 0; round < (quick ? 1 : 3); round++) perRelationship.push(heldBytes(n, HELD_TYPES));
  const byType: Record<string, number> = {};
  for (const type of HELD_TYPES) byType[type] = heldBytes(n, [type]);
  // A whole replayed state (invitations, relationships, agreements, maps), per relationship held.
  gc();
  const beforeState = process.memoryUsage().heapUsed;
  const state = replay(historyEvents(3e5));
  gc();
  const stateBytes = process.memoryUsage().heapUsed - beforeState;
  let relationships = 0;
  for (const byPartner of state.relationships.values()) relationships += byPartner.size;
  // Pairs: the customer–partner pairs the history touched (a pair whose invitation was
  // cancelled or expired holds no relationship but is in the state).
  const pairs = new Set([...state.invitations.values()].map((i) => `${i.customer}\u0000${i.partner}`)).size;
  const result = {
    relationships: n,
    bytesPerRelationship: median(perRelationship),
    rounds: perRelationship,
    byType,
    replayedState: {
      events: 3e5,
      relationships,
      invitations: state.invitations.size,
      pairs,
      bytes: stateBytes,
      bytesPerRelationship: stateBytes / relationships,
      bytesPerPair: stateBytes / pairs,
    },
  };
  log(
    `  ${fmt(result.bytesPerRelationship)} bytes per relationship (median of ${perRelationship.length}, mixed types); by type: ${Object.entries(
      byType,
    )
      .map(([t, b]) => `${t} ${fmt(b)}`)
      .join(", ")}`,
  );
  log(
    `  a replayed state of 3×10⁵ events: ${fmt(stateBytes / 2 ** 20, 1)} MiB for ${fmt(pairs)} pairs, ${fmt(relationships)} relationships and ${fmt(state.invitations.size)} invitations = ${fmt(result.replayedState.bytesPerPair)} bytes per pair, ${fmt(result.replayedState.bytesPerRelationship)} per relationship`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------
// 5. Bundle
// ---------------------------------------------------------------------------------------

async function bundleSize(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: ["neverthrow", "ts-pattern"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const largest = Object.entries(inputs)
    .map(([file, info]) => ({ file, bytes: info.bytesInOutput }))
    .filter((entry) => entry.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, largest };
}

async function bundleSection() {
  log("\n## 5. Bundle size, min+gzip (level 9), our own code (neverthrow and ts-pattern external)");
  const all = await bundleSize(`export * from "./src/index.ts";`);
  const single = await bundleSize(`export { deleteRelationship } from "./src/index.ts";`);
  log(`  whole API: ${fmt(all.minified)} B minified, ${fmt(all.gzip)} B gzip`);
  log(`  deleteRelationship alone: ${fmt(single.minified)} B minified, ${fmt(single.gzip)} B gzip`);
  log(
    `  deleteRelationship alone pulls in: ${single.largest
      .slice(0, 8)
      .map((e) => `${e.file} ${fmt(e.bytes)}`)
      .join(", ")}`,
  );
  return {
    all: all.gzip,
    single: single.gzip,
    allMinified: all.minified,
    singleMinified: single.minified,
    allLargestInputs: all.largest.slice(0, 12),
    singleInputs: single.largest,
  };
}

// ---------------------------------------------------------------------------------------
// 6. Commands at scale
// ---------------------------------------------------------------------------------------

function scaleSection(): ScaleRow[] {
  const sizes = quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
  log(
    `\n## 6. Commands at scale: decide + evolve of a mix (${COMMANDS_PER_CYCLE} commands a cycle: invitation, acceptance, GDAP create, lock, approve, access assignment) on a book of n pairs built by replay`,
  );
  // Warm-up (JIT), not reported: every command type of the mix, many times.
  commandsAtScale(1e3, 5, 1, 50, gc);
  const rows: ScaleRow[] = [];
  for (const pairs of sizes) {
    gc();
    const row = commandsAtScale(pairs, quick ? 3 : 9, 1, 50, gc);
    rows.push(row);
    log(
      `  ${fmt(pairs).padStart(9)} pairs (${fmt(row.events)} events replayed in ${fmt(row.replaySeconds, 1)} s): ${fmt(row.commandsPerSecond)} commands per CPU second (${fmt(row.commandsPerWallSecond)} per wall second) over ${fmt(row.commands)}, median ${fmt(row.medianMicroseconds, 1)} µs, slowest ${fmt(row.maxMicroseconds)} µs`,
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// 7. Replay of 10⁷ events in Node's default heap (a child process)
// ---------------------------------------------------------------------------------------

function defaultHeapSection(): Record<string, unknown> {
  const events = quick ? 1e6 : 1e7;
  log(`\n## 7. Replay of ${fmt(events)} events in a child process with Node's default heap (no --max-old-space-size)`);
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", fileURLToPath(new URL("./replay-child.ts", import.meta.url)), String(events)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    log(`  the child failed (status ${child.status}): ${child.stderr.slice(-2_000)}`);
    return { events, failed: true, status: child.status, stderr: child.stderr.slice(-2_000) };
  }
  const result = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
  log(
    `  replay ${fmt(result.seconds ?? 0, 1)} s (${fmt(result.eventsPerSecond ?? 0)} events/s); heap after ${fmt(result.heapAfterMiB ?? 0)} MiB of a ${fmt(result.heapLimitMiB ?? 0)} MiB limit (${fmt(100 * (result.heapAfterOverLimit ?? 0), 1)} %)`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------
// 8. Replay sharded by customer tenant on worker threads
// ---------------------------------------------------------------------------------------

function shard(task: ShardTask): Promise<ShardResult> {
  // tsx's loader is registered in the worker before the TypeScript module is imported.
  const entry = new URL("./replay-worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: task });
    worker.once("message", (result: ShardResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

async function workersSection() {
  const events = quick ? 3e5 : 2e6;
  const runs = quick ? 1 : 3;
  log(
    `\n## 8. Replay of ${fmt(events)} events sharded by customer tenant: one worker thread against two (each generates the history and keeps its shard; replay timed apart)`,
  );
  const one: number[] = [];
  const two: number[] = [];
  const walls: { one: number[]; two: number[] } = { one: [], two: [] };
  let split: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    let started = performance.now();
    const [alone] = await Promise.all([shard({ events, shard: 0, shards: 1 })]);
    walls.one.push((performance.now() - started) / 1000);
    one.push(alone?.replaySeconds ?? Number.NaN);
    gc();
    started = performance.now();
    const pair = await Promise.all([shard({ events, shard: 0, shards: 2 }), shard({ events, shard: 1, shards: 2 })]);
    walls.two.push((performance.now() - started) / 1000);
    two.push(Math.max(...pair.map((p) => p.replaySeconds)));
    split = pair.map((p) => p.events);
  }
  const result = {
    events,
    runs,
    oneWorkerReplaySeconds: median(one),
    twoWorkersReplaySeconds: median(two),
    speedup: median(one.map((o, i) => o / (two[i] as number))),
    oneWorkerWallSeconds: median(walls.one),
    twoWorkersWallSeconds: median(walls.two),
    eventsPerShard: split,
    cores: os.cpus().length,
  };
  log(
    `  one worker: replay ${fmt(result.oneWorkerReplaySeconds, 2)} s; two workers: ${fmt(result.twoWorkersReplaySeconds, 2)} s (the slower shard; ${split.map((n) => fmt(n)).join(" + ")} events) = ${fmt(result.speedup, 2)}× (wall, generation included: ${fmt(result.oneWorkerWallSeconds, 2)} s against ${fmt(result.twoWorkersWallSeconds, 2)} s), median of ${runs}`,
  );
  return result;
}

// 9. The audit of a partner's book (issue 16) is measured in bench/audit.ts.

// ---------------------------------------------------------------------------------------

const started = performance.now();
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? "unknown",
  cores: cpus.length,
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
};
log(`# partner-relationships benchmarks${quick ? " (quick)" : ""}`);
log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (V8 ${machine.v8}), load average ${machine.loadAverageAtStart.join(" ")}`,
);
log(`workload start ${new Date(T0).toISOString()}`);

const lifecycle = enabled("lifecycle") ? await lifecycleSection() : undefined;
const questions = enabled("questions") ? await questionsSection() : undefined;
const memory = enabled("memory") ? memorySection() : undefined;
const bundle = enabled("bundle") ? await bundleSection() : undefined;
const replayed = enabled("replay") ? replaySection() : undefined;
const scale = enabled("scale") ? scaleSection() : undefined;
const defaultHeap = enabled("heap") ? defaultHeapSection() : undefined;
const workers = enabled("workers") ? await workersSection() : undefined;
const audited = enabled("audit") ? auditBenchmark({ rounds: quick ? 3 : 7 }) : undefined;

const commandsAt = (pairs: number): number | undefined => scale?.find((row) => row.pairs === pairs)?.commandsPerSecond;
const replayRate = (events: number): number | undefined =>
  replayed?.rows.find((row) => row.events === events)?.eventsPerSecond;

const goals = {
  lifecycleAtLeast20xXState: lifecycle === undefined ? undefined : (lifecycle.ratios.oursOverXstate ?? 0) >= 20,
  lifecycleAtLeastHalfOfReducer: lifecycle === undefined ? undefined : (lifecycle.ratios.oursOverReducer ?? 0) >= 0.5,
  commandsAt1e6AtLeastHalfOf1e3:
    commandsAt(1e6) === undefined ? undefined : (commandsAt(1e6) ?? 0) >= 0.5 * (commandsAt(1e3) ?? Number.NaN),
  replayVsFloorAtLeast0_8: replayed === undefined ? undefined : replayed.reference.oursOverReference >= 0.8,
  replay1e7AtLeast0_7Of1e4:
    replayRate(1e7) === undefined ? undefined : (replayRate(1e7) ?? 0) >= 0.7 * (replayRate(1e4) ?? Number.NaN),
  bytesPerReplayedPairAtMost500: memory === undefined ? undefined : memory.replayedState.bytesPerPair <= 500,
  replay1e7InDefaultHeap: defaultHeap === undefined ? undefined : defaultHeap.failed !== true,
  replayAtLeast2MEventsPerSecond:
    replayed === undefined ? undefined : replayed.rows.every((row) => row.eventsPerSecond >= 2e6),
  replayUnder60sAtEverySize: replayed === undefined ? undefined : replayed.rows.every((row) => row.seconds <= 60),
  atMost500BytesPerRelationship: memory === undefined ? undefined : memory.bytesPerRelationship <= 500,
  wholeApiAtMost6kB: bundle === undefined ? undefined : bundle.all <= 6 * 1024,
  singleRuleAtMost1kB: bundle === undefined ? undefined : bundle.single <= 1024,
};

// Scaling: events/s at each size relative to the smallest.
const scaling = replayed?.rows.map((row) => ({
  events: row.events,
  eventsPerSecondRelativeToSmallest: row.eventsPerSecond / (replayed.rows[0]?.eventsPerSecond ?? Number.NaN),
}));

log("\n## Summary");
const table: [string, string, string, string][] = [["measure", "figure", "goal", "met"]];
const mark = (ok: boolean | undefined): string => (ok === undefined ? "-" : ok ? "yes" : "NO");
if (lifecycle !== undefined) {
  table.push(["lifecycle ours (functions), /s", fmt(lifecycle.ours), "", ""]);
  table.push(["lifecycle ours (decider), /s", fmt(lifecycle.decider), "", ""]);
  table.push(["lifecycle hand-written reducer, /s", fmt(lifecycle.reducer), "", ""]);
  table.push(["lifecycle XState 5 transition(), /s", fmt(lifecycle.xstate), "", ""]);
  table.push([
    "ours / XState",
    `${fmt(lifecycle.ratios.oursOverXstate ?? Number.NaN, 1)}×`,
    ">= 20×",
    mark(goals.lifecycleAtLeast20xXState),
  ]);
  table.push([
    "ours / reducer",
    fmt(lifecycle.ratios.oursOverReducer ?? Number.NaN, 3),
    ">= 0.5",
    mark(goals.lifecycleAtLeastHalfOfReducer),
  ]);
}
if (replayed !== undefined)
  for (const row of replayed.rows)
    table.push([
      `replay ${fmt(row.events)} events`,
      `${fmt(row.seconds, 2)} s, ${fmt(row.eventsPerSecond)} /s`,
      ">= 2,000,000 /s",
      mark(row.eventsPerSecond >= 2e6),
    ]);
if (questions !== undefined) table.push(["access questions (mix), /s", fmt(questions.questionsPerSecond), "", ""]);
if (memory !== undefined)
  table.push([
    "heap per relationship, bytes",
    fmt(memory.bytesPerRelationship),
    "<= 500",
    mark(goals.atMost500BytesPerRelationship),
  ]);
if (scale !== undefined) {
  for (const row of scale) table.push([`commands at ${fmt(row.pairs)} pairs, /s`, fmt(row.commandsPerSecond), "", ""]);
  const ratio = (commandsAt(1e6) ?? Number.NaN) / (commandsAt(1e3) ?? Number.NaN);
  table.push(["commands/s at 10⁶ ÷ at 10³", fmt(ratio, 2), ">= 0.5", mark(goals.commandsAt1e6AtLeastHalfOf1e3)]);
}
if (replayed !== undefined) {
  table.push([
    "replay ÷ hand-written fold (10⁵ events)",
    fmt(replayed.reference.oursOverReference, 2),
    ">= 0.8",
    mark(goals.replayVsFloorAtLeast0_8),
  ]);
  table.push([
    "replay events/s at 10⁷ ÷ at 10⁴",
    fmt((replayRate(1e7) ?? Number.NaN) / (replayRate(1e4) ?? Number.NaN), 2),
    ">= 0.7",
    mark(goals.replay1e7AtLeast0_7Of1e4),
  ]);
}
if (memory !== undefined)
  table.push([
    "heap per replayed pair, bytes",
    fmt(memory.replayedState.bytesPerPair),
    "<= 500",
    mark(goals.bytesPerReplayedPairAtMost500),
  ]);
if (defaultHeap !== undefined)
  table.push([
    "replay 10⁷ in the default heap: heap after / limit",
    `${fmt(Number(defaultHeap.heapAfterMiB ?? Number.NaN))} / ${fmt(Number(defaultHeap.heapLimitMiB ?? Number.NaN))} MiB`,
    "fits",
    mark(goals.replay1e7InDefaultHeap),
  ]);
if (workers !== undefined)
  table.push(["replay on two worker threads ÷ one (speed-up)", `${fmt(workers.speedup, 2)}×`, "", ""]);
if (bundle !== undefined) {
  table.push(["bundle, whole API, min+gzip B", fmt(bundle.all), "<= 6,144", mark(goals.wholeApiAtMost6kB)]);
  table.push([
    "bundle, deleteRelationship, min+gzip B",
    fmt(bundle.single),
    "<= 1,024",
    mark(goals.singleRuleAtMost1kB),
  ]);
}
if (audited !== undefined)
  table.push([
    "audit 30,000 relationships ÷ reading them",
    fmt(audited.vsParse, 3),
    "<= 0.25",
    mark(audited.vsParse <= 0.25),
  ]);
const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((row) => row[c]?.length ?? 0)));
for (const row of table) log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  "));
const seconds = (performance.now() - started) / 1000;
log(
  `\n${fmt(seconds, 1)} s in all; load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);

if (only === undefined || argv.includes("--write")) {
  const results = {
    lifecycle: lifecycle && {
      ...lifecycle,
      ours: Math.round(lifecycle.ours),
      xstate: Math.round(lifecycle.xstate),
      reducer: Math.round(lifecycle.reducer),
      decider: Math.round(lifecycle.decider),
    },
    replay: replayed?.rows.map((row) => ({ ...row, seconds: Math.round(row.seconds * 1000) / 1000 })),
    replayScaling: scaling,
    replayReference: replayed?.reference,
    replayVsFloor: replayed?.reference.oursOverReference,
    commandAtScale: scale?.map((row) => ({ pairs: row.pairs, commandsPerSecond: Math.round(row.commandsPerSecond) })),
    commandAtScaleDetail: scale,
    bytesPerReplayedPair: memory && Math.round(memory.replayedState.bytesPerPair),
    replayInDefaultHeap: defaultHeap,
    replayOnWorkers: workers,
    questionsPerSecond: questions && Math.round(questions.questionsPerSecond),
    questions,
    bytesPerRelationship: memory && Math.round(memory.bytesPerRelationship),
    memory,
    bundle,
    audit: audited,
    costPerElement: costPerElement(),
    goals,
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    quick,
    date: new Date().toISOString(),
    totalSeconds: Math.round(seconds),
  };
  writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  log("wrote bench/results.json");
}
