/**
 * The state's persistent map (src/_internal/persistent-map.ts) against `Map`: the same
 * answers and the same (insertion) order over random sequences of operations (on its trie
 * layers and on a wrapped base), and no version ever changes once made.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersistentMap, SMALL } from "../../src/_internal/persistent-map.js";

/** Two pairs of keys with the same 32-bit hash (found by search), so the collision nodes are exercised. */
const COLLIDING = ["c693596", "c1170850", "c693597", "c1170851"];

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.nat(60).map((n) => `k${n}`) },
  { weight: 3, arbitrary: fc.nat(3_000).map((n) => `k${n}`) },
  { weight: 1, arbitrary: fc.constantFrom(...COLLIDING) },
);

interface Model {
  map: Map<string, number>;
}
interface Real {
  map: PersistentMap<string, number>;
  /** Versions handed out so far, with the entries each had then. */
  readonly versions: [PersistentMap<string, number>, [string, number][]][];
}

function same(real: ReadonlyMap<string, number>, model: ReadonlyMap<string, number>): void {
  expect(real.size).toBe(model.size);
  expect([...real.entries()]).toEqual([...model.entries()]);
  expect([...real.keys()]).toEqual([...model.keys()]);
  expect([...real.values()]).toEqual([...model.values()]);
  expect([...real]).toEqual([...model]);
  const seen: [string, number][] = [];
  real.forEach((value, key, map) => {
    expect(map).toBe(real);
    seen.push([key, value]);
  });
  expect(seen).toEqual([...model]);
}

/** After each command: the map answers as the model does, and its version is recorded as shared. */
function share(model: Model, real: Real): void {
  same(real.map, model.map);
  real.versions.push([real.map, [...real.map]]);
}

class SetCommand implements fc.Command<Model, Real> {
  constructor(
    readonly key: string,
    readonly value: number,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.map.set(this.key, this.value);
    real.map = real.map.set(this.key, this.value);
    expect(real.map.get(this.key)).toBe(this.value);
    expect(real.map.has(this.key)).toBe(true);
    share(model, real);
  }
  toString = () => `set(${this.key}, ${this.value})`;
}

class DeleteCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.map.delete(this.key);
    real.map = real.map.delete(this.key);
    expect(real.map.get(this.key)).toBeUndefined();
    expect(real.map.has(this.key)).toBe(false);
    share(model, real);
  }
  toString = () => `delete(${this.key})`;
}

/** The map's entries as the base of a new map (the form `replay` builds), later versions layered on it. */
class RebaseCommand implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    real.map = PersistentMap.from(real.map);
    share(model, real);
  }
  toString = () => "rebase";
}

/** Many keys at once, to grow past a vector leaf (32) and a vector level (1,024). */
class BulkCommand implements fc.Command<Model, Real> {
  constructor(
    readonly from: number,
    readonly count: number,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    for (let i = this.from; i < this.from + this.count; i++) {
      model.map.set(`k${i}`, i);
      real.map = real.map.set(`k${i}`, i);
    }
    share(model, real);
  }
  toString = () => `bulk(${this.from}, ${this.count})`;
}

const commandArb = fc.commands(
  [
    fc.tuple(keyArb, fc.integer()).map(([key, value]) => new SetCommand(key, value)),
    keyArb.map((key) => new DeleteCommand(key)),
    fc.constant(new RebaseCommand()),
    fc.tuple(fc.nat(2_000), fc.integer({ min: 1, max: 1_200 })).map(([from, count]) => new BulkCommand(from, count)),
  ],
  { maxCommands: 40 },
);

describe("PersistentMap", () => {
  it("INVAR-4 behaves as Map (same answers, same insertion order) over random sequences of operations", () => {
    fc.assert(
      fc.property(commandArb, (commands) => {
        const model: Model = { map: new Map() };
        const real: Real = { map: PersistentMap.empty(), versions: [] };
        fc.modelRun(() => ({ model, real }), commands);
      }),
      { numRuns: 40 },
    );
  });

  it("INVAR-3 never changes a version after it was shared, whatever is done to later versions", () => {
    fc.assert(
      fc.property(commandArb, (commands) => {
        const model: Model = { map: new Map() };
        const real: Real = { map: PersistentMap.empty(), versions: [] };
        fc.modelRun(() => ({ model, real }), commands);
        for (const [version, entries] of real.versions) {
          expect([...version]).toEqual(entries);
          for (const [key, value] of entries) expect(version.get(key)).toBe(value);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("INVAR-3 a wrapped base is never written: versions layered on it leave it and each other as they were", () => {
    const entries = Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i] as const);
    const base = PersistentMap.wrap(new Map<string, number>(entries));
    let later = base;
    for (let i = 0; i < 2_000; i += 3) later = later.set(`k${i}`, -i);
    const middle = later;
    for (let i = 0; i < 2_000; i += 7) later = later.delete(`k${i}`);
    later = later.set("k0", 1).set("new", 5);
    expect([...base]).toEqual(entries);
    expect(middle.get("k3")).toBe(-3);
    expect(middle.has("k7")).toBe(true);
    expect(later.has("k7")).toBe(false);
    expect([...later.keys()].slice(-2)).toEqual(["k0", "new"]);
  });

  it("INVAR-4 keeps Map's order: a key set again keeps its place, a key deleted and set again goes last", () => {
    for (const size of [3, SMALL + 5, 5_000]) {
      let map = PersistentMap.empty<string, number>();
      const model = new Map<string, number>();
      for (let i = 0; i < size; i++) {
        map = map.set(`k${i}`, i);
        model.set(`k${i}`, i);
      }
      map = map.set("k1", 100).delete("k0").set("k0", 7);
      model.set("k1", 100);
      model.delete("k0");
      model.set("k0", 7);
      expect([...map]).toEqual([...model]);
      // Deleting most keys compacts the holes and keeps the order.
      for (let i = 2; i < size; i++)
        if (i % 5 !== 0) {
          map = map.delete(`k${i}`);
          model.delete(`k${i}`);
        }
      expect([...map]).toEqual([...model]);
      expect(map.size).toBe(model.size);
    }
  });

  it("INVAR-3 answers nothing for keys that are not strings, as Map does for keys it lacks", () => {
    const map = PersistentMap.from<string, number>(Array.from({ length: 40 }, (_, i) => [`k${i}`, i] as const));
    for (const key of [undefined, null, 7, {}] as unknown as string[]) {
      expect(map.get(key)).toBeUndefined();
      expect(map.has(key)).toBe(false);
      expect(map.delete(key)).toBe(map);
    }
    expect(Object.prototype.toString.call(map)).toBe("[object PersistentMap]");
    expect(new Map(map)).toEqual(new Map(Array.from({ length: 40 }, (_, i) => [`k${i}`, i])));
    expect({ ...Object.fromEntries(map) }.k39).toBe(39);
    expect(map.set("k5", 5)).toBe(map);
  });
});
