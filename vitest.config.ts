import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Exact matches, so that the subpaths resolve to their own entries.
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
    setupFiles: ["test/setup.ts"],
    // Property tests run thousands of cases; on a shared, loaded machine the default 5 s
    // is not a bound on anything meaningful. Speed is measured by `npm run bench`.
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
