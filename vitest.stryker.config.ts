/**
 * Vitest for mutation testing (`npm run mutate`): the main config (its aliases and
 * setup) without the type tests, which would cost every mutant a `tsc` run, and with the
 * suites that do not test src/ left out. `FC_NUM_RUNS` (read by test/setup.ts) is lowered
 * by `npm run mutate`.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // The codec's random-input suite runs 100,000+ inputs whatever FC_NUM_RUNS says: it
      // would make every codec mutant cost seconds; the round-trip and path tests remain.
      // MUTATE_EXCLUDE (comma-separated globs) leaves out more, e.g. a suite under rework.
      exclude: [
        "test/bench/**",
        "test/docs/**",
        "test/codec/invariants.test.ts",
        "**/node_modules/**",
        ...(process.env.MUTATE_EXCLUDE?.split(",") ?? []),
      ],
      typecheck: { enabled: false },
    },
  }),
);
