/**
 * The state's persistent map (src/_internal/persistent-map.ts) against `Map`: the same
 * answers and the same (insertion) order over random sequences of operations, and no
 * version ever changes once made, whatever is done to later versions or transients.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Edit, PersistentMap, SMALL } from "../../src/_internal/persistent-map.js";

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

/** Many writes through a transient, then the edit closed. */
class TransientCommand implements fc.Command<Model, Real> {
  constructor(readonly writes: readonly (readonly [string, number | undefined])[]) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const edit = new Edit();
    const transient = real.map.transient(edit);
    expect(transient.isTransient).toBe(true);
    for (const [key, value] of this.writes) {
      if (value === undefined) {
        model.map.delete(key);
        expect(transient.delete(key)).toBe(transient);
      } else {
        model.map.set(key, value);
        expect(transient.set(key, value)).toBe(transient);
      }
      expect(transient.get(key)).toBe(value);
    }
    same(transient, model.map);
    edit.close();
    expect(transient.isTransient).toBe(false);
    real.map = transient;
    share(model, real);
  }
  toString = () => `transient(${JSON.stringify(this.writes)})`;
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
    fc
      .array(fc.tuple(keyArb, fc.option(fc.integer(), { nil: undefined })), { maxLength: 40 })
      .map((writes) => new TransientCommand(writes)),
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

  it("INVAR-3 never changes a version after it was shared, whatever is done to later versions and transients", () => {
    fc.assert(
      fc.property(commandArb, (commands) => {
        const model: Model = { map: new Map() };
        const real: Real = { map: PersistentMap.empty(), versions: [] };
        fc.modelRun(() => ({ model, real }), commands);
        for (const [version, entries] of real.versions) {
          expect(version.isTransient).toBe(false);
          expect([...version]).toEqual(entries);
          for (const [key, value] of entries) expect(version.get(key)).toBe(value);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("INVAR-3 a transient copies what it shares: the map it came from keeps its entries", () => {
    const base = PersistentMap.from<string, number>(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i] as const));
    const small = PersistentMap.from<string, number>([["a", 1]]);
    const edit = new Edit();
    const big = base.transient(edit);
    const little = small.transient(edit);
    for (let i = 0; i < 2_000; i += 3) big.set(`k${i}`, -i);
    for (let i = 0; i < 2_000; i += 7) big.delete(`k${i}`);
    little.set("a", 2);
    little.set("b", 3);
    edit.close();
    expect([...base]).toEqual(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]));
    expect([...small]).toEqual([["a", 1]]);
    expect(big.get("k3")).toBe(-3);
    expect(big.has("k7")).toBe(false);
    // After the edit is closed, writes give new versions again.
    expect(big.set("k1", 0)).not.toBe(big);
    expect(big.get("k1")).toBe(1);
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
