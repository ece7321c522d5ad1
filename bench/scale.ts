/**
 * Commands at scale (`npm run bench`, section `scale`): one `decide` + `evolve` per
 * command, on a state of n customer–partner pairs built by `replay` of
 * {@link bookEvents}, for the mix of {@link scaleCycle} (invitation, acceptance, GDAP
 * create, lock and approve, access assignment).
 *
 * @module
 */
import { type DomainState, decide, evolve, replay } from "../src/index.js";
import { bookEvents, SCALE_CYCLE_LENGTH, scaleCycle } from "./workloads.js";

/** The figures of one size. */
export interface ScaleRow {
  readonly pairs: number;
  /**
   * Commands per second: the median over the rounds of each round's commands ÷ the CPU
   * time the process used in it (user + system, every thread: the collector's work counts;
   * time the scheduler gave to other processes on the shared machine does not).
   */
  readonly commandsPerSecond: number;
  /** Each round's commands per CPU second. */
  readonly perRound: readonly number[];
  /** The same over wall-clock time (the median round), which includes preemption by other processes. */
  readonly commandsPerWallSecond: number;
  /** Commands timed (whole cycles). */
  readonly commands: number;
  /** The median time of one command (decide + evolve), in microseconds. */
  readonly medianMicroseconds: number;
  /** The slowest command, in microseconds. */
  readonly maxMicroseconds: number;
  /** Events replayed to build the state, and how long it took. */
  readonly events: number;
  readonly replaySeconds: number;
}

/**
 * Builds a book of `pairs` pairs by replay, then times rounds of commands on it (the
 * figure is the median round, so that one collector pause or a neighbour's burst on the
 * shared machine moves one round, not the figure): each
 * round starts again from the replayed state (it is immutable) and gives up to
 * `maxCycles` cycles, stopping early once it has taken `secondsPerRound` (at least one
 * cycle), so the book grows by at most `maxCycles` customers while it is measured.
 *
 * @param pairs - the size of the book
 * @param rounds - how many rounds
 * @param secondsPerRound - the time after which a round stops
 * @param maxCycles - the most cycles in a round
 * @param settle - called once the book is built, before timing (bench/run.ts collects the
 *   replay's garbage there, so that the rounds do not pay for building the book)
 */
export function commandsAtScale(
  pairs: number,
  rounds: number,
  secondsPerRound: number,
  maxCycles = 50,
  settle: () => void = () => undefined,
): ScaleRow {
  let events = 0;
  const counted = (function* () {
    for (const event of bookEvents(pairs)) {
      events++;
      yield event;
    }
  })();
  const replayStarted = performance.now();
  const book: DomainState = replay(counted);
  const replaySeconds = (performance.now() - replayStarted) / 1000;
  settle();
  const times: number[] = [];
  const perRound: number[] = [];
  const perRoundWall: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpu = process.cpuUsage();
    let state = book;
    let spent = 0;
    const before = times.length;
    for (let i = 0; i < maxCycles && (i === 0 || spent < secondsPerRound * 1000); i++)
      for (const command of scaleCycle(i)) {
        const started = performance.now();
        const decided = decide(command, state);
        if (decided.isErr()) throw new Error(`${command.type} refused at scale: ${decided.error.message}`);
        for (const event of decided.value) state = evolve(state, event);
        const ms = performance.now() - started;
        times.push(ms);
        spent += ms;
      }
    const used = process.cpuUsage(cpu);
    perRound.push((times.length - before) / ((used.user + used.system) / 1e6));
    perRoundWall.push((times.length - before) / (spent / 1000));
  }
  times.sort((a, b) => a - b);
  const middle = (values: readonly number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return {
    pairs,
    commandsPerSecond: middle(perRound),
    perRound,
    commandsPerWallSecond: middle(perRoundWall),
    commands: times.length,
    medianMicroseconds: (times[Math.floor(times.length / 2)] ?? 0) * 1000,
    maxMicroseconds: (times[times.length - 1] ?? 0) * 1000,
    events,
    replaySeconds,
  };
}

/** The number of commands per cycle, for the report. */
export const COMMANDS_PER_CYCLE = SCALE_CYCLE_LENGTH;
