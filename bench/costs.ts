/**
 * Cost per element (INVAR-8): how the time of one call grows with the size of its input,
 * from 10 to 10⁵ elements. A flat column means linear cost; a column that falls past a
 * limit means the input is refused before it is read. Not a timed test: figures for
 * bench/results.json (`costPerElement`) and docs/performance.md.
 *
 * @module
 */
import { parseCommand } from "../src/codec/index.js";
import { checkGdapDisplayName, createGdapRelationship, describeValue, MAX_ROLES, replay } from "../src/index.js";
import { historyArray } from "./workloads.js";

const SIZES = [10, 100, 1_000, 10_000, 100_000] as const;

/** Nanoseconds per element of one call of `run` on an input of `size` elements: the median of 5 rounds of at least 20 ms. */
function nsPerElement(size: number, run: () => unknown): number {
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < 20);
    rounds.push((elapsed * 1e6) / (calls * size));
  }
  rounds.sort((a, b) => a - b);
  return Math.round((rounds[2] ?? Number.NaN) * 10) / 10;
}

/** `size` distinct role template IDs (GUIDs), the worst case for de-duplication. */
function roleList(size: number): string[] {
  return Array.from({ length: size }, (_, index) => `00000000-0000-0000-0000-${index.toString(16).padStart(12, "0")}`);
}

/** The de-duplication the steps used before issue 14, for the "before" column: `filter` with `indexOf`. */
function quadraticDedup(roles: readonly string[]): string[] {
  const lower = roles.map((role) => role.toLowerCase());
  return lower.filter((role, index) => lower.indexOf(role) === index);
}

const by = { kind: "partnerUser", id: "agent", partner: "fabrikam", roles: ["adminAgent"] } as const;

/**
 * Measures the cost per element of the calls whose input can be large, at 10 to 10⁵
 * elements: a GDAP relationship's role list (steps and codec; refused over
 * {@link MAX_ROLES} before it is read), the old quadratic de-duplication for comparison,
 * a display name and an error's excerpt of a long string (refused or cut without being
 * scanned), and replay (per event).
 */
export function costPerElement(): Record<string, Record<string, number>> {
  const row = (): Record<string, number> => ({});
  const rows = {
    createGdapRelationshipRoles: row(),
    parseCommandRoles: row(),
    quadraticDedupBeforeIssue14: row(),
    checkGdapDisplayNameCharacters: row(),
    describeValueCharacters: row(),
    replayEvents: row(),
  };
  for (const size of [...SIZES, MAX_ROLES].sort((a, b) => a - b)) {
    const roles = roleList(size);
    const create = {
      id: "g",
      partner: "fabrikam",
      displayName: "x",
      duration: "P730D",
      roles,
      by,
      at: 0,
    };
    rows.createGdapRelationshipRoles[size] = nsPerElement(size, () => createGdapRelationship(create));
    const command = {
      type: "CreateGdapRelationship",
      id: "g",
      partner: "fabrikam",
      displayName: "x",
      duration: "P730D",
      roles,
      by,
      at: "2026-01-01T00:00:00Z",
    };
    rows.parseCommandRoles[size] = nsPerElement(size, () => parseCommand(command));
    if (size <= 10_000) rows.quadraticDedupBeforeIssue14[size] = nsPerElement(size, () => quadraticDedup(roles));
    if (size === MAX_ROLES) continue;
    // a flat string, so that the engine does not flatten a rope inside the measured call
    const text = "x"
      .repeat(size * 100)
      .split("")
      .join("");
    rows.checkGdapDisplayNameCharacters[size * 100] = nsPerElement(size * 100, () =>
      checkGdapDisplayName(text, "fabrikam", "g"),
    );
    rows.describeValueCharacters[size * 100] = nsPerElement(size * 100, () => describeValue(text));
    const events = historyArray(size);
    rows.replayEvents[size] = nsPerElement(size, () => replay(events));
  }
  return rows;
}
