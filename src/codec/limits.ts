/**
 * The limits of the parser: how much untrusted input it reads before it refuses with an
 * issue. They bound time and memory for any input, so a hostile or broken document cannot
 * exhaust the stack (deep nesting), the heap or the CPU (huge arrays, strings, trees).
 *
 * @module
 */

/** How much of an input the parser reads. Every figure is a count, checked before the work it bounds. */
export interface ParseLimits {
  /** Deepest nesting of arrays and objects. Default 32: the library's deepest value nests 4 levels. */
  readonly maxDepth: number;
  /** Longest array. Default 100,000: a large event log page; longer inputs should be paged. */
  readonly maxArrayLength: number;
  /** Longest string, in UTF-16 code units. Default 10,000: identifiers are at most 256, reasons a few sentences. */
  readonly maxStringLength: number;
  /** Most values (objects, arrays and leaves) visited in one input. Default 1,000,000. */
  readonly maxNodes: number;
  /** Most issues collected before parsing stops. Default 100. */
  readonly maxIssues: number;
}

/**
 * The default limits.
 *
 * | limit | default | why |
 * |---|---|---|
 * | `maxDepth` | 32 | the deepest value (a snapshot's grants) nests 4 levels; recursion stays far from the stack's end |
 * | `maxArrayLength` | 100,000 | one page of an event log; checked before any item is read |
 * | `maxStringLength` | 10,000 | far above any identifier (256) or reason; a 100 MB string is refused at once |
 * | `maxNodes` | 1,000,000 | bounds the work of one parse to well under a second |
 * | `maxIssues` | 100 | enough to fix a document; a million bad items do not make a million issues |
 */
export const DEFAULT_PARSE_LIMITS: ParseLimits = /* @__PURE__ */ Object.freeze({
  maxDepth: 32,
  maxArrayLength: 100_000,
  maxStringLength: 10_000,
  maxNodes: 1_000_000,
  maxIssues: 100,
});

/** Options of a parse. */
export interface ParseOptions {
  /** Limits to use instead of {@link DEFAULT_PARSE_LIMITS}; missing ones keep their default. */
  readonly limits?: Partial<ParseLimits>;
}

function pick(given: number | undefined, fallback: number): number {
  return Number.isSafeInteger(given) && (given as number) >= 0 ? (given as number) : fallback;
}

/**
 * The limits a parse runs with: the options' figures where they are non-negative safe
 * integers, the defaults otherwise.
 *
 * @param options - the parse options, if any
 */
export function resolveLimits(options: ParseOptions | undefined): ParseLimits {
  const given = options?.limits;
  if (given === undefined) return DEFAULT_PARSE_LIMITS;
  return {
    maxDepth: pick(given.maxDepth, DEFAULT_PARSE_LIMITS.maxDepth),
    maxArrayLength: pick(given.maxArrayLength, DEFAULT_PARSE_LIMITS.maxArrayLength),
    maxStringLength: pick(given.maxStringLength, DEFAULT_PARSE_LIMITS.maxStringLength),
    maxNodes: pick(given.maxNodes, DEFAULT_PARSE_LIMITS.maxNodes),
    maxIssues: Math.max(1, pick(given.maxIssues, DEFAULT_PARSE_LIMITS.maxIssues)),
  };
}
