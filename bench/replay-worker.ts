/**
 * One shard of a replay on worker threads (bench/run.ts, section `workers`): generates the
 * history of `events` events, keeps the events of the customers of its shard (a hash of
 * the customer tenant, modulo `shards`), and replays them; posts the replay time
 * (generation timed apart) and the state's size.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { type DomainEvent, replay } from "../src/index.js";
import { historyEvents } from "./workloads.js";

/** What the main thread asks of a worker. */
export interface ShardTask {
  readonly events: number;
  readonly shard: number;
  readonly shards: number;
}

/** What a worker answers. */
export interface ShardResult {
  readonly shard: number;
  readonly events: number;
  readonly replaySeconds: number;
  readonly generationSeconds: number;
  readonly relationships: number;
}

/** The customer tenant an event belongs to (every event of the generated history names one). */
export function customerOf(event: DomainEvent): string {
  const e = event as unknown as Readonly<Record<string, { readonly customer?: string } | string | undefined>>;
  if (typeof e.customer === "string") return e.customer;
  for (const field of ["invitation", "relationship", "assignment", "subscription", "device", "setting"]) {
    const carried = e[field];
    if (typeof carried === "object" && typeof carried.customer === "string") return carried.customer;
  }
  return "";
}

/** The shard of a customer: FNV-1a of its ID, modulo `shards`. */
export function shardOf(customer: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < customer.length; i++) h = Math.imul(h ^ customer.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

if (parentPort !== null && workerData !== null && typeof workerData === "object") {
  const task = workerData as ShardTask;
  let generationMs = 0;
  let kept = 0;
  const mine = (function* () {
    const source = historyEvents(task.events)[Symbol.iterator]();
    for (;;) {
      const started = performance.now();
      const chunk: DomainEvent[] = [];
      let done = false;
      while (chunk.length < 100_000) {
        const next = source.next();
        if (next.done === true) {
          done = true;
          break;
        }
        if (shardOf(customerOf(next.value), task.shards) === task.shard) chunk.push(next.value);
      }
      generationMs += performance.now() - started;
      kept += chunk.length;
      yield* chunk;
      if (done) return;
    }
  })();
  const started = performance.now();
  const state = replay(mine);
  const totalMs = performance.now() - started;
  let relationships = 0;
  for (const byPartner of state.relationships.values()) relationships += byPartner.size;
  const result: ShardResult = {
    shard: task.shard,
    events: kept,
    replaySeconds: (totalMs - generationMs) / 1000,
    generationSeconds: generationMs / 1000,
    relationships,
  };
  parentPort.postMessage(result);
}
