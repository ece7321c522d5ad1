/**
 * Vitest for mutation testing (`npm run mutate`): the main config (its aliases and
 * setup) without the type tests, which would cost every mutant a `tsc` run, and with the
 * suites that do not test src/ left out. `FC_NUM_RUNS` (read by test/setup.ts) is lowered
 * by `npm run mutate`.
 *
 * `scripts/mutate.ts` runs one area of `src/` at a time against that area's suites: it
 * passes them as `MUTATE_TESTS` (comma-separated include globs) and `MUTATE_EXCLUDE`
 * (comma-separated exclude globs).
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

const globs = (name: string): string[] => process.env[name]?.split(",").filter((g) => g !== "") ?? [];
const include = globs("MUTATE_TESTS");

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["test/bench/**", "test/docs/**", "**/node_modules/**", ...globs("MUTATE_EXCLUDE")],
      typecheck: { enabled: false },
    },
  }),
);

// mergeConfig concatenates arrays: replace the include list rather than extend it.
if (include.length > 0 && config.test !== undefined) config.test.include = include;

export default config;
