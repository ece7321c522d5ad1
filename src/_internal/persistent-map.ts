/**
 * The persistent maps of the decider's state: every change gives a new version that
 * shares all it did not change with the old one (structural sharing), at O(log₃₂ n) cost,
 * and no version changes after it was made. They implement `ReadonlyMap` and iterate in
 * insertion order, as `Map` does (a key set again keeps its place; a key deleted and set
 * again goes last).
 *
 * {@link TrieMap}: up to {@link SMALL} entries, one array `[k₀, v₀, k₁, v₁, …]` in insertion
 * order; beyond, a hash array mapped trie (HAMT, 32-way, FNV-1a hash) from each key to its
 * insertion number, and a 32-way radix vector from insertion number to `[key, value]` (a
 * deleted key leaves a hole, compacted once holes outnumber the entries). `get` walks both
 * (≤ 7 + ⌈log₃₂ n⌉ steps); setting a known key copies one path of the vector.
 *
 * {@link PersistentMap}, the state's map: a frozen `Map` as `replay` left it, with two
 * `TrieMap` layers for what later versions changed (see there).
 *
 * Internal: not exported from the package.
 *
 * @module
 */

/** Up to this many entries, a {@link TrieMap} is one array scanned linearly. */
export const SMALL = 8;

const BITS = 5;
const MASK = 31;
const LEAF = 32;

/** A 32-bit hash of a string (FNV-1a, then murmur3's finaliser to spread the low bits). */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

// --- the trie: key → insertion number ------------------------------------------------------

/** A trie node: for each bit of `bitmap`, two slots: `[key, seq]` for an entry, or `[null, child]`. */
class TrieNode {
  constructor(
    readonly bitmap: number,
    readonly slots: readonly unknown[],
  ) {}
}

/** Keys whose 32-bit hashes are equal: `[key, seq, key, seq, …]`. */
class Collision {
  constructor(readonly slots: readonly unknown[]) {}
}

type Trie = TrieNode | Collision;

function trieGet(root: Trie, key: string, hash: number): number | undefined {
  let node = root;
  for (let shift = 0; ; shift += BITS) {
    if (node instanceof Collision) {
      const at = node.slots.indexOf(key);
      return at < 0 ? undefined : (node.slots[at + 1] as number);
    }
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((node.bitmap & bit) === 0) return undefined;
    const i = 2 * popcount(node.bitmap & (bit - 1));
    const k = node.slots[i];
    if (k !== null) return k === key ? (node.slots[i + 1] as number) : undefined;
    node = node.slots[i + 1] as Trie;
  }
}

/** A subtrie holding two entries whose hashes agree below `shift`. */
function pair(k1: string, h1: number, s1: number, k2: string, h2: number, s2: number, shift: number): Trie {
  if (shift >= 32) return new Collision([k1, s1, k2, s2]);
  const b1 = (h1 >>> shift) & MASK;
  const b2 = (h2 >>> shift) & MASK;
  if (b1 === b2) return new TrieNode(1 << b1, [null, pair(k1, h1, s1, k2, h2, s2, shift + BITS)]);
  return new TrieNode((1 << b1) | (1 << b2), b1 < b2 ? [k1, s1, k2, s2] : [k2, s2, k1, s1]);
}

/** A copy of `slots` with `count` slots at `i` replaced by `items`. */
function spliced(slots: readonly unknown[], i: number, count: number, ...items: unknown[]): unknown[] {
  const copy = slots.slice();
  copy.splice(i, count, ...items);
  return copy;
}

/** The trie with `key` (which it does not hold) at insertion number `seq`. */
function trieInsert(node: Trie, key: string, hash: number, seq: number, shift: number): Trie {
  if (node instanceof Collision) return new Collision([...node.slots, key, seq]);
  const bit = 1 << ((hash >>> shift) & MASK);
  const i = 2 * popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) return new TrieNode(node.bitmap | bit, spliced(node.slots, i, 0, key, seq));
  const k = node.slots[i] as string | null;
  const v = node.slots[i + 1];
  const child =
    k === null
      ? trieInsert(v as Trie, key, hash, seq, shift + BITS)
      : pair(k, hashOf(k), v as number, key, hash, seq, shift + BITS);
  return new TrieNode(node.bitmap, spliced(node.slots, i, 2, null, child));
}

/** The trie without `key` (which it holds), or `undefined` when it would be empty. */
function trieRemove(node: Trie, key: string, hash: number, shift: number): Trie | undefined {
  if (node instanceof Collision) return new Collision(spliced(node.slots, node.slots.indexOf(key), 2));
  const bit = 1 << ((hash >>> shift) & MASK);
  const i = 2 * popcount(node.bitmap & (bit - 1));
  if (node.slots[i] === null) {
    const child = trieRemove(node.slots[i + 1] as Trie, key, hash, shift + BITS);
    if (child !== undefined) {
      // A subtrie left with one entry is replaced by that entry (the trie stays canonical).
      const only = child.slots.length === 2 && child.slots[0] !== null ? child.slots : [null, child];
      return new TrieNode(node.bitmap, spliced(node.slots, i, 2, only[0], only[1]));
    }
  }
  return node.bitmap === bit ? undefined : new TrieNode(node.bitmap & ~bit, spliced(node.slots, i, 2));
}

// --- the vector: insertion number → key, value ------------------------------------------

/** A vector node: 32 children, or (a leaf) 32 `[key, value]` pairs, a hole where `key` is undefined. */
type VectorNode = readonly unknown[];

function leafOf(root: VectorNode, shift: number, index: number): VectorNode {
  let node = root;
  for (let s = shift; s > 0; s -= BITS) node = node[(index >>> s) & MASK] as VectorNode;
  return node;
}

/** The vector with slot `index` set to `key`, `value`, creating the nodes on its path as needed. */
function vectorSet(
  node: VectorNode | undefined,
  shift: number,
  index: number,
  key: unknown,
  value: unknown,
): VectorNode {
  const copy = node === undefined ? new Array(shift === 0 ? 2 * LEAF : LEAF) : node.slice();
  if (shift === 0) {
    copy[2 * (index & MASK)] = key;
    copy[2 * (index & MASK) + 1] = value;
  } else {
    const at = (index >>> shift) & MASK;
    copy[at] = vectorSet(copy[at] as VectorNode | undefined, shift - BITS, index, key, value);
  }
  return copy;
}

// --- the trie map --------------------------------------------------------------------------

/** The large form (see the module comment). */
interface Large {
  readonly trie: Trie;
  readonly vector: VectorNode;
  /** The vector's height: 0 when its root is a leaf, then 5, 10, … */
  readonly shift: number;
  /** The next insertion number; `next - size` slots are holes. */
  readonly next: number;
}

/** The large form with a new key at the end. */
function append(large: Large, key: string, hash: number, value: unknown): Large {
  const seq = large.next;
  const grow = seq === LEAF << large.shift;
  const shift = grow ? large.shift + BITS : large.shift;
  return {
    trie: trieInsert(large.trie, key, hash, seq, 0),
    vector: vectorSet(grow ? [large.vector] : large.vector, shift, seq, key, value),
    shift,
    next: seq + 1,
  };
}

/**
 * The iteration surface of a `ReadonlyMap`, written once for the two maps of this module:
 * each gives its entries, keys or values in insertion order through {@link InsertionOrdered.parts}.
 *
 * @typeParam K - the keys
 * @typeParam V - the values
 */
abstract class InsertionOrdered<K, V> {
  /** The entries, keys or values, in insertion order. */
  protected abstract parts(what: Part): Generator<unknown, undefined, unknown>;

  /** The entries, in insertion order. */
  entries(): MapIterator<[K, V]> {
    return this.parts("entries") as MapIterator<[K, V]>;
  }

  /** The keys, in insertion order. */
  keys(): MapIterator<K> {
    return this.parts("keys") as MapIterator<K>;
  }

  /** The values, in insertion order. */
  values(): MapIterator<V> {
    return this.parts("values") as MapIterator<V>;
  }

  /** The entries, in insertion order. */
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /**
   * Calls `callback` with each value, key and this map, in insertion order.
   *
   * @param callback - the function to call
   * @param thisArg - its `this`
   */
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this as unknown as ReadonlyMap<K, V>);
  }
}

/**
 * A persistent, insertion-ordered map from strings, all in one trie and vector (see the
 * module comment): the layers of {@link PersistentMap}.
 *
 * @typeParam K - the keys (strings)
 * @typeParam V - the values
 */
export class TrieMap<K extends string, V> extends InsertionOrdered<K, V> implements ReadonlyMap<K, V> {
  readonly #size: number;
  /** The small form, or `undefined` in the large form. */
  readonly #small: readonly unknown[] | undefined;
  readonly #large: Large | undefined;

  private constructor(size: number, small: readonly unknown[] | undefined, large: Large | undefined) {
    super();
    this.#size = size;
    this.#small = small;
    this.#large = large;
  }

  /** The empty map. */
  static empty<K extends string, V>(): TrieMap<K, V> {
    return new TrieMap<K, V>(0, [], undefined);
  }

  /** The number of entries. */
  get size(): number {
    return this.#size;
  }

  /**
   * The value of `key`, if any.
   *
   * @param key - the key
   */
  get(key: K): V | undefined {
    const small = this.#small;
    if (small !== undefined) {
      for (let i = 0; i < small.length; i += 2) if (small[i] === key) return small[i + 1] as V;
      return undefined;
    }
    if (typeof key !== "string") return undefined;
    const large = this.#large as Large;
    const seq = trieGet(large.trie, key, hashOf(key));
    return seq === undefined ? undefined : (leafOf(large.vector, large.shift, seq)[2 * (seq & MASK) + 1] as V);
  }

  /**
   * Whether `key` has a value.
   *
   * @param key - the key
   */
  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * A new version with `key` set to `value` (this one unchanged); this map itself when the
   * key has that value already.
   *
   * @param key - the key
   * @param value - the value
   */
  set(key: K, value: V): TrieMap<K, V> {
    const small = this.#small;
    if (small !== undefined) {
      const at = indexIn(small, key);
      if (at >= 0) return small[at + 1] === value ? this : this.#smallWith(spliced(small, at + 1, 1, value));
      if (this.#size < SMALL) return this.#smallWith([...small, key, value], 1);
      let large: Large = { trie: new TrieNode(0, []), vector: new Array(2 * LEAF), shift: 0, next: 0 };
      for (let i = 0; i < small.length; i += 2)
        large = append(large, small[i] as string, hashOf(small[i] as string), small[i + 1]);
      return new TrieMap<K, V>(this.#size + 1, undefined, append(large, key, hashOf(key), value));
    }
    const large = this.#large as Large;
    const hash = hashOf(key);
    const seq = trieGet(large.trie, key, hash);
    if (seq === undefined) return new TrieMap<K, V>(this.#size + 1, undefined, append(large, key, hash, value));
    if (leafOf(large.vector, large.shift, seq)[2 * (seq & MASK) + 1] === value) return this;
    return new TrieMap<K, V>(this.#size, undefined, {
      ...large,
      vector: vectorSet(large.vector, large.shift, seq, key, value),
    });
  }

  #smallWith(small: readonly unknown[], added = 0): TrieMap<K, V> {
    return new TrieMap<K, V>(this.#size + added, small, undefined);
  }

  /**
   * A new version without `key`; this map itself when it has no value for `key`.
   *
   * @param key - the key
   */
  delete(key: K): TrieMap<K, V> {
    const small = this.#small;
    if (small !== undefined) {
      const at = indexIn(small, key);
      return at >= 0 ? this.#smallWith(spliced(small, at, 2), -1) : this;
    }
    const large = this.#large as Large;
    const hash = typeof key === "string" ? hashOf(key) : 0;
    const seq = typeof key === "string" ? trieGet(large.trie, key, hash) : undefined;
    if (seq === undefined) return this;
    const size = this.#size - 1;
    const next: Large = {
      trie: trieRemove(large.trie, key, hash, 0) ?? new TrieNode(0, []),
      vector: vectorSet(large.vector, large.shift, seq, undefined, undefined),
      shift: large.shift,
      next: large.next,
    };
    // Holes outnumbering entries are compacted: amortised O(1) per deletion.
    if (large.next - size <= Math.max(LEAF, size)) return new TrieMap<K, V>(size, undefined, next);
    let compacted = TrieMap.empty<K, V>();
    for (const [k, v] of iterate(next, "entries") as Iterable<[K, V]>) compacted = compacted.set(k, v);
    return compacted;
  }

  /** `"TrieMap"`. */
  get [Symbol.toStringTag](): string {
    return "TrieMap";
  }

  protected parts(what: Part): Generator<unknown, undefined, unknown> {
    const small = this.#small;
    return small === undefined ? iterate(this.#large as Large, what) : iterateSmall(small, what);
  }
}

type Part = "entries" | "keys" | "values";

/** The slot of `key` in a small form, or -1. */
function indexIn(small: readonly unknown[], key: unknown): number {
  for (let i = 0; i < small.length; i += 2) if (small[i] === key) return i;
  return -1;
}

function pick(what: Part, key: unknown, value: unknown): unknown {
  return what === "entries" ? [key, value] : what === "keys" ? key : value;
}

function* iterateSmall(small: readonly unknown[], what: Part): Generator<unknown, undefined, unknown> {
  for (let i = 0; i < small.length; i += 2) yield pick(what, small[i], small[i + 1]);
  return undefined;
}

function* iterate(large: Large, what: Part): Generator<unknown, undefined, unknown> {
  for (let base = 0; base < large.next; base += LEAF) {
    const slots = leafOf(large.vector, large.shift, base);
    const end = Math.min(LEAF, large.next - base);
    for (let j = 0; j < end; j++) if (slots[2 * j] !== undefined) yield pick(what, slots[2 * j], slots[2 * j + 1]);
  }
  return undefined;
}

// --- the state's map: a frozen base and persistent layers ----------------------------------

/** Marks, in a patch, a key of the base that was deleted. */
const DELETED: unique symbol = Symbol("deleted");

const EMPTY = /* @__PURE__ */ TrieMap.empty<never, never>();

/**
 * A persistent, insertion-ordered map from strings, for the decider's state: a frozen
 * `Map` (the base, as `replay` built it in place: native lookups, no conversion) and two
 * persistent layers written by every later version: `patch` (new values or deletions of
 * base keys, which keep the base's order) and `tail` (keys set since, in insertion order,
 * including a base key deleted and set again, which goes last as in `Map`). A version is
 * never changed: `set` and `delete` return a new one sharing the base and the unchanged
 * parts of the layers, at O(log₃₂ n) cost.
 *
 * Values are never `undefined` (the state holds entities).
 *
 * @typeParam K - the keys (strings)
 * @typeParam V - the values
 */
export class PersistentMap<K extends string, V> extends InsertionOrdered<K, V> implements ReadonlyMap<K, V> {
  readonly #base: ReadonlyMap<K, V> | undefined;
  /** Whether a layer holds anything (else `get` reads the base alone). */
  readonly #layered: boolean;
  readonly #patch: TrieMap<K, V | typeof DELETED>;
  readonly #tail: TrieMap<K, V>;
  readonly #size: number;

  private constructor(
    base: ReadonlyMap<K, V> | undefined,
    patch: TrieMap<K, V | typeof DELETED>,
    tail: TrieMap<K, V>,
    size: number,
  ) {
    super();
    this.#base = base;
    this.#patch = patch;
    this.#tail = tail;
    this.#size = size;
    this.#layered = patch.size !== 0 || tail.size !== 0;
  }

  /** The empty map. */
  static empty<K extends string, V>(): PersistentMap<K, V> {
    return new PersistentMap<K, V>(undefined, EMPTY, EMPTY, 0);
  }

  /**
   * A persistent map of these entries, in their order (a repeated key keeps its first
   * place and its last value, as `new Map(entries)`).
   *
   * @param entries - the entries
   */
  static from<K extends string, V>(entries: Iterable<readonly [K, V]>): PersistentMap<K, V> {
    return PersistentMap.wrap(new Map(entries));
  }

  /**
   * A persistent map whose base is `map` itself, not copied: the caller hands it over and
   * never writes it again (`replay` builds its maps in place, then wraps them).
   *
   * @param map - a map no one will write again
   */
  static wrap<K extends string, V>(map: Map<K, V>): PersistentMap<K, V> {
    return new PersistentMap<K, V>(map, EMPTY, EMPTY, map.size);
  }

  /** The number of entries. */
  get size(): number {
    return this.#size;
  }

  /** `"PersistentMap"`. */
  get [Symbol.toStringTag](): string {
    return "PersistentMap";
  }

  /**
   * The value of `key`, if any.
   *
   * @param key - the key
   */
  get(key: K): V | undefined {
    if (!this.#layered) return this.#base?.get(key);
    if (this.#tail.size !== 0) {
      const value = this.#tail.get(key);
      if (value !== undefined) return value;
    }
    const patched = this.#patch.size === 0 ? undefined : this.#patch.get(key);
    if (patched !== undefined) return patched === DELETED ? undefined : patched;
    return this.#base?.get(key);
  }

  /**
   * Whether `key` has a value.
   *
   * @param key - the key
   */
  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * A new version with `key` set to `value` (this one unchanged); this map itself when the
   * key has that value already.
   *
   * @param key - the key
   * @param value - the value
   */
  set(key: K, value: V): PersistentMap<K, V> {
    const tail = this.#tail;
    if (tail.has(key)) return this.#layers(this.#patch, tail.set(key, value), this.#size);
    const patched = this.#patch.get(key);
    const inBase = patched === undefined ? this.#base?.get(key) : patched;
    if (inBase === value) return this;
    if (inBase !== undefined && inBase !== DELETED) return this.#layers(this.#patch.set(key, value), tail, this.#size);
    return this.#layers(this.#patch, tail.set(key, value), this.#size + 1);
  }

  /**
   * A new version without `key`; this map itself when it has no value for `key`.
   *
   * @param key - the key
   */
  delete(key: K): PersistentMap<K, V> {
    const tail = this.#tail;
    if (tail.has(key)) return this.#layers(this.#patch, tail.delete(key), this.#size - 1);
    const patched = this.#patch.get(key);
    const inBase = patched === undefined ? this.#base?.get(key) : patched;
    if (inBase === undefined || inBase === DELETED) return this;
    return this.#layers(this.#patch.set(key, DELETED), tail, this.#size - 1);
  }

  #layers(patch: TrieMap<K, V | typeof DELETED>, tail: TrieMap<K, V>, size: number): PersistentMap<K, V> {
    return size === 0 ? PersistentMap.empty<K, V>() : new PersistentMap<K, V>(this.#base, patch, tail, size);
  }

  protected *parts(what: Part): Generator<unknown, undefined, unknown> {
    const patch = this.#patch;
    if (this.#base !== undefined)
      for (const [key, value] of this.#base) {
        const patched = patch.size === 0 ? undefined : patch.get(key);
        if (patched !== DELETED) yield pick(what, key, patched ?? value);
      }
    yield* this.#tail[what]();
    return undefined;
  }
}
