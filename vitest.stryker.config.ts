/**
 * Vitest for mutation testing (`npm run mutate`): the main config without the type tests
 * (each mutant would pay for a `tsc` run) and with the slow long-run suites left out.
 * The docs and bench suites test scripts, not src/. `FC_NUM_RUNS` (read by test/setup.ts) is lowered by `npm run mutate`.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^partner-relationships$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      {
        find: /^partner-relationships\/codec$/,
        replacement: fileURLToPath(new URL("./src/codec/index.ts", import.meta.url)),
      },
      {
        find: /^partner-relationships\/testing$/,
        replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // test/codec/invariants.test.ts asserts that no global changes, and Stryker's own
    // `__stryker__` global does: it would fail every run (see docs/quality.md).
    // MUTATE_EXCLUDE (comma-separated globs) leaves out more, e.g. a suite under rework.
    exclude: [
      "test/bench/**",
      "test/docs/**",
      "test/codec/invariants.test.ts",
      "**/node_modules/**",
      ...(process.env.MUTATE_EXCLUDE?.split(",") ?? []),
    ],
    setupFiles: ["test/setup.ts"],
    typecheck: { enabled: false },
    // Instrumented code (coverage per test) runs slower than the plain build.
    testTimeout: 60_000,
  },
});
