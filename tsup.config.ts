import { defineConfig } from "tsup";

/**
 * Build: ESM and CJS bundles with real `.d.ts` / `.d.cts` declarations for each format,
 * emitted by tsup itself (no post-build renaming). Target ES2020 keeps Node >= 18 and
 * evergreen browsers.
 */
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2020",
  treeshake: true,
  splitting: false,
});
