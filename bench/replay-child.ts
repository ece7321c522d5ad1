/**
 * Replays a generated history of `argv[2]` events in this process and prints one line of
 * JSON: time, heap after (after `global.gc()`), and V8's heap limit. bench/run.ts starts it
 * as a child process WITHOUT `--max-old-space-size`, to show that the replay fits Node's
 * default heap (and by how much).
 *
 * Usage: `node --expose-gc --import tsx bench/replay-child.ts 10000000`
 *
 * @module
 */
import { getHeapStatistics } from "node:v8";
import { replay } from "../src/index.js";
import { historyEvents } from "./workloads.js";

const events = Number(process.argv[2] ?? 1e7);
const collect = (globalThis as { gc?: () => void }).gc;
let generationMs = 0;
let peakHeap = 0;
function* timed(): Generator<import("../src/index.js").DomainEvent, void, undefined> {
  const source = historyEvents(events)[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const chunk = [];
    for (let i = 0; i < 100_000; i++) {
      const next = source.next();
      if (next.done === true) break;
      chunk.push(next.value);
    }
    generationMs += performance.now() - started;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (chunk.length === 0) return;
    yield* chunk;
  }
}
const started = performance.now();
const state = replay(timed());
const totalMs = performance.now() - started;
collect?.();
collect?.();
const heapAfter = process.memoryUsage().heapUsed;
const limit = getHeapStatistics().heap_size_limit;
process.stdout.write(
  `${JSON.stringify({
    events,
    seconds: (totalMs - generationMs) / 1000,
    eventsPerSecond: events / ((totalMs - generationMs) / 1000),
    generationSeconds: generationMs / 1000,
    invitations: state.invitations.size,
    heapAfterMiB: heapAfter / 2 ** 20,
    peakHeapSeenMiB: Math.max(peakHeap, heapAfter) / 2 ** 20,
    heapLimitMiB: limit / 2 ** 20,
    heapAfterOverLimit: heapAfter / limit,
    execArgv: process.execArgv,
  })}\n`,
);
