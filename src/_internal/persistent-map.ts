/**
 * A persistent map from strings: every change gives a new version that shares all it did
 * not change with the old one (structural sharing), at O(log₃₂ n) cost, and no version
 * changes after it was made. It implements `ReadonlyMap`, and iterates in insertion order,
 * as `Map` does (a key set again keeps its place; a key deleted and set again goes last).
 *
 * Representation. Up to {@link SMALL} entries: one array `[k₀, v₀, k₁, v₁, …]` in insertion
 * order. Beyond: a hash array mapped trie (HAMT, 32-way, FNV-1a hash) from each key to its
 * insertion number, and a 32-way radix vector from insertion number to `[key, value]`
 * (a deleted key leaves a hole, compacted once holes outnumber the entries). So `get`
 * walks both (≤ 7 + ⌈log₃₂ n⌉ steps), setting a known key copies one path of the vector,
 * and iteration walks the vector in order.
 *
 * Transient writes. A map made by {@link TrieMap.transient} with an open {@link Edit}
 * changes in place the nodes made under that edit, and returns itself from `set` and
 * `delete`; nodes it did not make are copied first, so a shared version never changes.
 * {@link Edit.close} ends the edit: from then on every map and node made under it is
 * persistent (`replay` builds the state this way and closes the edit before returning it).
 *
 * Internal: not exported from the package.
 *
 * @module
 */

/** A write session: maps and nodes made under an open edit may be changed in place. */
export class Edit {
  /** Whether maps and nodes made under this edit may still change in place. */
  open = true;

  /** Ends the edit: every map and node made under it is persistent from now on. */
  close(): void {
    this.open = false;
  }
}

/** Up to this many entries, a map is one array scanned linearly. */
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
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

// --- the trie: key → insertion number ------------------------------------------------------

/**
 * A trie node: for each bit of `bitmap`, two slots: `[key, seq]` for an entry, or
 * `[null, child]` for a subtrie.
 */
class TrieNode {
  constructor(
    public bitmap: number,
    public slots: unknown[],
    public edit: Edit | undefined,
  ) {}
}

/** Keys whose 32-bit hashes are equal: `[key, seq, key, seq, …]`. */
class Collision {
  constructor(
    public slots: unknown[],
    public edit: Edit | undefined,
  ) {}
}

type Trie = TrieNode | Collision;

function owned(node: { edit: Edit | undefined }, edit: Edit | undefined): boolean {
  return edit !== undefined && node.edit === edit;
}

function trieGet(root: Trie | undefined, key: string, hash: number): number | undefined {
  let node = root;
  let shift = 0;
  while (node !== undefined) {
    if (node instanceof Collision) {
      const slots = node.slots;
      for (let i = 0; i < slots.length; i += 2) if (slots[i] === key) return slots[i + 1] as number;
      return undefined;
    }
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((node.bitmap & bit) === 0) return undefined;
    const i = 2 * popcount(node.bitmap & (bit - 1));
    const k = node.slots[i];
    if (k === null) {
      node = node.slots[i + 1] as Trie;
      shift += BITS;
      continue;
    }
    return k === key ? (node.slots[i + 1] as number) : undefined;
  }
  return undefined;
}

/** A subtrie holding two entries whose hashes agree below `shift`. */
function pair(
  k1: string,
  h1: number,
  s1: number,
  k2: string,
  h2: number,
  s2: number,
  shift: number,
  edit?: Edit,
): Trie {
  if (shift >= 32) return new Collision([k1, s1, k2, s2], edit);
  const b1 = (h1 >>> shift) & MASK;
  const b2 = (h2 >>> shift) & MASK;
  if (b1 === b2) return new TrieNode(1 << b1, [null, pair(k1, h1, s1, k2, h2, s2, shift + BITS, edit)], edit);
  return new TrieNode((1 << b1) | (1 << b2), b1 < b2 ? [k1, s1, k2, s2] : [k2, s2, k1, s1], edit);
}

/** Replaces slots `i`, `i + 1` of a node: in place when owned, else in a copy. */
function withSlots<N extends Trie>(node: N, i: number, a: unknown, b: unknown, edit: Edit | undefined): N {
  if (owned(node, edit)) {
    node.slots[i] = a;
    node.slots[i + 1] = b;
    return node;
  }
  const slots = node.slots.slice();
  slots[i] = a;
  slots[i + 1] = b;
  return (node instanceof TrieNode ? new TrieNode(node.bitmap, slots, edit) : new Collision(slots, edit)) as N;
}

/** Set by {@link trieUpsert}: the insertion number of the key found, or -1 when it was inserted. */
let found = -1;

/**
 * The trie with `key` inserted at insertion number `seq` (in place where owned), or the
 * same trie when it holds `key` already, its number then left in {@link found}.
 */
function trieUpsert(node: Trie, key: string, hash: number, seq: number, shift: number, edit?: Edit): Trie {
  found = -1;
  if (node instanceof Collision) {
    const slots = node.slots;
    for (let i = 0; i < slots.length; i += 2)
      if (slots[i] === key) {
        found = slots[i + 1] as number;
        return node;
      }
    if (owned(node, edit)) {
      slots.push(key, seq);
      return node;
    }
    return new Collision([...slots, key, seq], edit);
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const i = 2 * popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    if (owned(node, edit)) {
      node.slots.splice(i, 0, key, seq);
      node.bitmap |= bit;
      return node;
    }
    const slots = node.slots.slice(0, i);
    slots.push(key, seq);
    for (let j = i; j < node.slots.length; j++) slots.push(node.slots[j]);
    return new TrieNode(node.bitmap | bit, slots, edit);
  }
  const k = node.slots[i] as string | null;
  const v = node.slots[i + 1];
  if (k === null) {
    const child = trieUpsert(v as Trie, key, hash, seq, shift + BITS, edit);
    return found >= 0 || child === v ? node : withSlots(node, i, null, child, edit);
  }
  if (k === key) {
    found = v as number;
    return node;
  }
  return withSlots(node, i, null, pair(k, hashOf(k), v as number, key, hash, seq, shift + BITS, edit), edit);
}

/** The trie without `key` (which it holds), or `undefined` when it would be empty. */
function trieRemove(node: Trie, key: string, hash: number, shift: number, edit?: Edit): Trie | undefined {
  if (node instanceof Collision) {
    const at = node.slots.indexOf(key);
    if (node.slots.length === 4) return new Collision(at === 0 ? node.slots.slice(2) : node.slots.slice(0, 2), edit);
    const slots = node.slots.slice();
    slots.splice(at, 2);
    return new Collision(slots, edit);
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const i = 2 * popcount(node.bitmap & (bit - 1));
  const k = node.slots[i];
  if (k === null) {
    const child = trieRemove(node.slots[i + 1] as Trie, key, hash, shift + BITS, edit);
    const single = child === undefined ? undefined : onlyEntry(child);
    if (single !== undefined) return withSlots(node, i, single[0], single[1], edit);
    if (child !== undefined) return withSlots(node, i, null, child, edit);
  }
  // Remove the entry (or the emptied subtrie) at i.
  if (node.bitmap === bit) return undefined;
  const slots = node.slots.slice();
  slots.splice(i, 2);
  return new TrieNode(node.bitmap & ~bit, slots, edit);
}

/** The one entry of a subtrie that holds only that (so its parent can hold it directly). */
function onlyEntry(node: Trie): readonly [string, number] | undefined {
  if (node instanceof Collision)
    return node.slots.length === 2 ? [node.slots[0] as string, node.slots[1] as number] : undefined;
  return node.slots.length === 2 && node.slots[0] !== null
    ? [node.slots[0] as string, node.slots[1] as number]
    : undefined;
}

// --- the vector: insertion number → key, value ------------------------------------------

/** A vector node: 32 children, or (a leaf) 32 `[key, value]` pairs, a hole where `key` is undefined. */
class VectorNode {
  constructor(
    public slots: unknown[],
    public edit: Edit | undefined,
  ) {}
}

function leafOf(root: VectorNode, shift: number, index: number): VectorNode {
  let node = root;
  for (let s = shift; s > 0; s -= BITS) node = node.slots[(index >>> s) & MASK] as VectorNode;
  return node;
}

/** The vector with slot `index` set to `key`, `value`, creating the nodes on its path as needed. */
function vectorSet(
  node: VectorNode | undefined,
  shift: number,
  index: number,
  key: string | undefined,
  value: unknown,
  edit?: Edit,
): VectorNode {
  let target: VectorNode;
  if (node === undefined) target = new VectorNode(new Array(shift === 0 ? 2 * LEAF : LEAF), edit);
  else if (owned(node, edit)) target = node;
  else target = new VectorNode(node.slots.slice(), edit);
  if (shift === 0) {
    const slot = 2 * (index & MASK);
    target.slots[slot] = key;
    target.slots[slot + 1] = value;
  } else {
    const at = (index >>> shift) & MASK;
    target.slots[at] = vectorSet(target.slots[at] as VectorNode | undefined, shift - BITS, index, key, value, edit);
  }
  return target;
}

// --- the map -----------------------------------------------------------------------------

/** The large form's parts (see the module comment); changed in place only under its open edit. */
class Large {
  constructor(
    public trie: Trie,
    public vector: VectorNode,
    /** The vector's height: 0 when its root is a leaf, then 5, 10, … */
    public shift: number,
    /** The next insertion number; `next - size` slots are holes. */
    public next: number,
    public edit: Edit | undefined,
  ) {}
}

/** The large form to write: itself when owned by the edit, else a copy owned by it. */
function own(large: Large, edit: Edit | undefined): Large {
  return owned(large, edit) ? large : new Large(large.trie, large.vector, large.shift, large.next, edit);
}

/**
 * A persistent, insertion-ordered map from strings, all in one trie and vector (see the
 * module comment): the delta layers of {@link PersistentMap}.
 *
 * @typeParam K - the keys (strings)
 * @typeParam V - the values
 */
export class TrieMap<K extends string, V> implements ReadonlyMap<K, V> {
  #size: number;
  /** The small form, or `undefined` in the large form. */
  #small: unknown[] | undefined;
  #large: Large | undefined;
  /** The edit under which this map changes in place, while it is open. */
  #edit: Edit | undefined;

  private constructor(size: number, small: unknown[] | undefined, large: Large | undefined, edit: Edit | undefined) {
    this.#size = size;
    this.#small = small;
    this.#large = large;
    this.#edit = edit;
  }

  /**
   * The empty map.
   *
   * @param edit - an open edit, for a transient map (default: a persistent one)
   */
  static empty<K extends string, V>(edit?: Edit): TrieMap<K, V> {
    return new TrieMap<K, V>(0, [], undefined, edit);
  }

  /**
   * A persistent map of these entries, in their order (a repeated key keeps its first
   * place and its last value, as `new Map(entries)`).
   *
   * @param entries - the entries
   */
  static from<K extends string, V>(entries: Iterable<readonly [K, V]>): TrieMap<K, V> {
    const edit = new Edit();
    let map = TrieMap.empty<K, V>(edit);
    for (const [key, value] of entries) map = map.set(key, value);
    edit.close();
    return map;
  }

  /** The number of entries. */
  get size(): number {
    return this.#size;
  }

  /** Whether `set` and `delete` change this map in place (under an open edit). */
  get isTransient(): boolean {
    return this.#edit?.open === true;
  }

  /**
   * A map with the same entries that changes in place under `edit` while it is open; this
   * map is not changed by it.
   *
   * @param edit - an open edit
   */
  transient(edit: Edit): TrieMap<K, V> {
    if (this.#edit === edit) return this;
    return new TrieMap<K, V>(this.#size, this.#small?.slice(), this.#large, edit);
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
    return seq === undefined ? undefined : (leafOf(large.vector, large.shift, seq).slots[2 * (seq & MASK) + 1] as V);
  }

  /**
   * Whether `key` has a value.
   *
   * @param key - the key
   */
  has(key: K): boolean {
    const small = this.#small;
    if (small !== undefined) {
      for (let i = 0; i < small.length; i += 2) if (small[i] === key) return true;
      return false;
    }
    return typeof key === "string" && trieGet((this.#large as Large).trie, key, hashOf(key)) !== undefined;
  }

  #editing(): Edit | undefined {
    const edit = this.#edit;
    return edit?.open === true ? edit : undefined;
  }

  #with(size: number, small: unknown[] | undefined, large: Large | undefined, edit: Edit | undefined): this {
    if (edit !== undefined) {
      this.#size = size;
      this.#small = small;
      this.#large = large;
      return this;
    }
    return new TrieMap<K, V>(size, small, large, undefined) as this;
  }

  /**
   * The map with `key` set to `value`: this map itself, changed, when transient; a new
   * version otherwise (this one unchanged). Setting the value a key already has gives this map.
   *
   * @param key - the key
   * @param value - the value
   */
  set(key: K, value: V): TrieMap<K, V> {
    const edit = this.#editing();
    const small = this.#small;
    if (small !== undefined) {
      for (let i = 0; i < small.length; i += 2)
        if (small[i] === key) {
          if (small[i + 1] === value) return this;
          const next = edit === undefined ? small.slice() : small;
          next[i + 1] = value;
          return this.#with(this.#size, next, undefined, edit);
        }
      if (this.#size < SMALL) {
        const next = edit === undefined ? small.slice() : small;
        next.push(key, value);
        return this.#with(this.#size + 1, next, undefined, edit);
      }
      return this.#with(this.#size + 1, undefined, promote(small, key, value, edit), edit);
    }
    const large = this.#large as Large;
    const hash = hashOf(key);
    const seq = trieGet(large.trie, key, hash);
    if (seq !== undefined) {
      const leaf = leafOf(large.vector, large.shift, seq);
      const slot = 2 * (seq & MASK) + 1;
      if (leaf.slots[slot] === value) return this;
      if (owned(leaf, edit)) {
        leaf.slots[slot] = value;
        return this;
      }
      const next = own(large, edit);
      next.vector = vectorSet(large.vector, large.shift, seq, key, value, edit);
      return this.#with(this.#size, undefined, next, edit);
    }
    const next = own(large, edit);
    next.trie = trieUpsert(large.trie, key, hash, large.next, 0, edit);
    append(next, key, value, edit);
    return this.#with(this.#size + 1, undefined, next, edit);
  }

  /**
   * The map without `key`: this map itself, changed, when transient; a new version
   * otherwise. Deleting a key that has no value gives this map.
   *
   * @param key - the key
   */
  delete(key: K): TrieMap<K, V> {
    const edit = this.#editing();
    const small = this.#small;
    if (small !== undefined) {
      for (let i = 0; i < small.length; i += 2) if (small[i] === key) return this.#deleteSmall(i, edit);
      return this;
    }
    if (typeof key !== "string") return this;
    const large = this.#large as Large;
    const hash = hashOf(key);
    const seq = trieGet(large.trie, key, hash);
    if (seq === undefined) return this;
    const size = this.#size - 1;
    if (size === 0) return this.#with(0, [], undefined, edit);
    const trie = trieRemove(large.trie, key, hash, 0, edit) as Trie;
    const vector = vectorSet(large.vector, large.shift, seq, undefined, undefined, edit);
    const next = own(large, edit);
    next.trie = trie;
    next.vector = vector;
    // Compact once holes outnumber entries: amortised O(1) per deletion.
    if (large.next - size > Math.max(LEAF, size)) {
      const rebuilt = TrieMap.from<K, V>(iterate<K, V>(next, "entries") as Iterable<[K, V]>);
      return this.#with(size, rebuilt.#small, rebuilt.#large, edit);
    }
    return this.#with(size, undefined, next, edit);
  }

  #deleteSmall(at: number, edit: Edit | undefined): this {
    const small = this.#small as unknown[];
    const next = edit === undefined ? small.slice() : small;
    next.splice(at, 2);
    return this.#with(this.#size - 1, next, undefined, edit);
  }

  /** The entries, in insertion order. */
  entries(): MapIterator<[K, V]> {
    return this.#iterate("entries") as MapIterator<[K, V]>;
  }

  /** The keys, in insertion order. */
  keys(): MapIterator<K> {
    return this.#iterate("keys") as MapIterator<K>;
  }

  /** The values, in insertion order. */
  values(): MapIterator<V> {
    return this.#iterate("values") as MapIterator<V>;
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
    for (const [key, value] of this.#iterate("entries") as Iterable<[K, V]>) callback.call(thisArg, value, key, this);
  }

  /** `"TrieMap"`. */
  get [Symbol.toStringTag](): string {
    return "TrieMap";
  }

  #iterate(what: "entries" | "keys" | "values"): Generator<unknown, undefined, unknown> {
    const small = this.#small;
    if (small === undefined) return iterate<K, V>(this.#large as Large, what);
    // A transient map's array changes in place: iterate over the entries as they are now.
    return iterateSmall(this.isTransient ? small.slice() : small, what);
  }
}

function* iterateSmall(small: readonly unknown[], what: "entries" | "keys" | "values") {
  for (let i = 0; i < small.length; i += 2)
    yield what === "entries" ? [small[i], small[i + 1]] : what === "keys" ? small[i] : small[i + 1];
  return undefined;
}

function* iterate<K, V>(large: Large, what: "entries" | "keys" | "values"): Generator<unknown, undefined, unknown> {
  for (let base = 0; base < large.next; base += LEAF) {
    const slots = leafOf(large.vector, large.shift, base).slots;
    const end = Math.min(LEAF, large.next - base);
    for (let j = 0; j < end; j++) {
      const key = slots[2 * j] as K | undefined;
      if (key === undefined) continue;
      const value = slots[2 * j + 1] as V;
      yield what === "entries" ? [key, value] : what === "keys" ? key : value;
    }
  }
  return undefined;
}

/** The large form of a full small map plus one more entry. */
function promote(small: readonly unknown[], key: string, value: unknown, edit: Edit | undefined): Large {
  const building = edit ?? new Edit();
  const first = small[0] as string;
  const large = new Large(
    new TrieNode(1 << (hashOf(first) & MASK), [first, 0], building),
    vectorSet(undefined, 0, 0, first, small[1], building),
    0,
    1,
    building,
  );
  for (let i = 2; i < small.length; i += 2) {
    const k = small[i] as string;
    large.trie = trieUpsert(large.trie, k, hashOf(k), large.next, 0, building);
    append(large, k, small[i + 1], building);
  }
  large.trie = trieUpsert(large.trie, key, hashOf(key), large.next, 0, building);
  append(large, key, value, building);
  if (edit === undefined) building.close();
  return large;
}

/** Puts a new key (already in the trie at `large.next`) at the end of the vector of a large form the caller owns. */
function append(large: Large, key: string, value: unknown, edit: Edit | undefined): void {
  const seq = large.next;
  if (seq === LEAF << large.shift) {
    large.vector = new VectorNode([large.vector], edit);
    large.shift += BITS;
  }
  large.vector = vectorSet(large.vector, large.shift, seq, key, value, edit);
  large.next = seq + 1;
}

// --- the state's map: a frozen base and persistent layers ----------------------------------

/** Marks, in a patch, a key of the base that was deleted. */
const DELETED: unique symbol = Symbol("deleted");

/**
 * A persistent, insertion-ordered map from strings, for the decider's state: a frozen
 * `Map` (the base, as `replay` left it: native lookups, no conversion) and two persistent
 * layers written by every later version: `patch` (new values or deletions of base keys,
 * which keep the base's order) and `tail` (keys set since, in insertion order, including
 * a base key deleted and set again, which goes last as in `Map`). A version is never
 * changed: `set` and `delete` return a new one sharing the base and the unchanged parts of
 * the layers, at O(log₃₂ n) cost.
 *
 * A transient map ({@link PersistentMap.transient}, for `replay`) writes into a base `Map`
 * of its own while its {@link Edit} is open; closing the edit freezes it (the base is
 * never written again).
 *
 * Values are never `undefined` (the state holds entities).
 *
 * @typeParam K - the keys (strings)
 * @typeParam V - the values
 */
export class PersistentMap<K extends string, V> implements ReadonlyMap<K, V> {
  #base: Map<K, V> | undefined;
  #patch: TrieMap<K, V | typeof DELETED>;
  #tail: TrieMap<K, V>;
  #size: number;
  /** The edit under which the base is written in place, while it is open. */
  #edit: Edit | undefined;

  private constructor(
    base: Map<K, V> | undefined,
    patch: TrieMap<K, V | typeof DELETED>,
    tail: TrieMap<K, V>,
    size: number,
    edit: Edit | undefined,
  ) {
    this.#base = base;
    this.#patch = patch;
    this.#tail = tail;
    this.#size = size;
    this.#edit = edit;
  }

  /**
   * The empty map.
   *
   * @param edit - an open edit, for a transient map (default: a persistent one)
   */
  static empty<K extends string, V>(edit?: Edit): PersistentMap<K, V> {
    return new PersistentMap<K, V>(edit === undefined ? undefined : new Map(), EMPTY, EMPTY, 0, edit);
  }

  /**
   * A persistent map of these entries, in their order (a repeated key keeps its first
   * place and its last value, as `new Map(entries)`).
   *
   * @param entries - the entries
   */
  static from<K extends string, V>(entries: Iterable<readonly [K, V]>): PersistentMap<K, V> {
    const base = new Map(entries);
    return new PersistentMap<K, V>(base, EMPTY, EMPTY, base.size, undefined);
  }

  /** The number of entries. */
  get size(): number {
    return this.#size;
  }

  /** `"PersistentMap"`. */
  get [Symbol.toStringTag](): string {
    return "PersistentMap";
  }

  /** Whether `set` and `delete` change this map in place (under an open edit). */
  get isTransient(): boolean {
    return this.#edit?.open === true;
  }

  /**
   * A map with the same entries that changes in place under `edit` while it is open (its
   * base is a copy of this map's entries; this map is not changed by it).
   *
   * @param edit - an open edit
   */
  transient(edit: Edit): PersistentMap<K, V> {
    if (this.#edit === edit) return this;
    const base = this.#size === 0 ? new Map<K, V>() : new Map(this);
    return new PersistentMap<K, V>(base, EMPTY, EMPTY, base.size, edit);
  }

  /**
   * The value of `key`, if any.
   *
   * @param key - the key
   */
  get(key: K): V | undefined {
    if (this.#tail.size !== 0) {
      const value = this.#tail.get(key);
      if (value !== undefined) return value;
    }
    if (this.#patch.size !== 0) {
      const patched = this.#patch.get(key);
      if (patched !== undefined) return patched === DELETED ? undefined : patched;
    }
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
   * The map with `key` set to `value`: this map itself, changed, when transient; a new
   * version otherwise (this one unchanged). Setting the value a key already has gives this map.
   *
   * @param key - the key
   * @param value - the value
   */
  set(key: K, value: V): PersistentMap<K, V> {
    if (this.#edit?.open === true) {
      this.#size = (this.#base as Map<K, V>).set(key, value).size;
      return this;
    }
    const tail = this.#tail;
    if (tail.has(key)) return this.#layers(this.#patch, tail.set(key, value), this.#size);
    const patched = this.#patch.get(key);
    const inBase = patched === undefined ? this.#base?.get(key) : patched;
    if (inBase === value) return this;
    if (inBase !== undefined && inBase !== DELETED) return this.#layers(this.#patch.set(key, value), tail, this.#size);
    return this.#layers(this.#patch, tail.set(key, value), this.#size + 1);
  }

  /**
   * The map without `key`: this map itself, changed, when transient; a new version
   * otherwise. Deleting a key that has no value gives this map.
   *
   * @param key - the key
   */
  delete(key: K): PersistentMap<K, V> {
    if (this.#edit?.open === true) {
      const base = this.#base as Map<K, V>;
      base.delete(key);
      this.#size = base.size;
      return this;
    }
    const tail = this.#tail;
    if (tail.has(key)) return this.#layers(this.#patch, tail.delete(key), this.#size - 1);
    const patched = this.#patch.get(key);
    const inBase = patched === undefined ? this.#base?.get(key) : patched;
    if (inBase === undefined || inBase === DELETED) return this;
    return this.#layers(this.#patch.set(key, DELETED), tail, this.#size - 1);
  }

  #layers(patch: TrieMap<K, V | typeof DELETED>, tail: TrieMap<K, V>, size: number): PersistentMap<K, V> {
    return size === 0 ? PersistentMap.empty<K, V>() : new PersistentMap<K, V>(this.#base, patch, tail, size, undefined);
  }

  /** The entries, in insertion order. */
  entries(): MapIterator<[K, V]> {
    return this.#iterate("entries") as MapIterator<[K, V]>;
  }

  /** The keys, in insertion order. */
  keys(): MapIterator<K> {
    return this.#iterate("keys") as MapIterator<K>;
  }

  /** The values, in insertion order. */
  values(): MapIterator<V> {
    return this.#iterate("values") as MapIterator<V>;
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
    for (const [key, value] of this.#iterate("entries") as Iterable<[K, V]>) callback.call(thisArg, value, key, this);
  }

  *#iterate(what: "entries" | "keys" | "values"): Generator<unknown, undefined, unknown> {
    const base = this.#base;
    const patch = this.#patch;
    if (base !== undefined)
      if (this.#edit?.open === true)
        // A transient map's base changes in place: iterate over its entries as they are now.
        yield* [...(what === "entries" ? base.entries() : what === "keys" ? base.keys() : base.values())];
      else
        for (const [key, value] of base) {
          const patched = patch.size === 0 ? undefined : patch.get(key);
          if (patched === DELETED) continue;
          const current = patched ?? value;
          yield what === "entries" ? [key, current] : what === "keys" ? key : current;
        }
    if (this.#edit?.open !== true) yield* this.#tail[what]();
    return undefined;
  }
}

const EMPTY = /* @__PURE__ */ TrieMap.empty<never, never>();
