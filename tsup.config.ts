import { defineConfig } from "tsup";

/**
 * Build: ESM and CJS bundles with real `.d.ts` / `.d.cts` declarations for each format,
 * emitted by tsup itself (no post-build renaming). Target ES2022 keeps Node >= 18 and
 * evergreen browsers, and keeps class private fields (`#x`) native: ES2020 would rewrite
 * each into a module-level `WeakMap` (slow, and a side effect that defeats tree-shaking).
 */
export default defineConfig({
  // One entry per subpath export; each bundles what it uses of the core (no shared chunks,
  // so every entry works alone under both ESM and CJS).
  entry: { index: "src/index.ts", codec: "src/codec/index.ts", testing: "src/testing/index.ts" },
  // The testing entry imports the core as "partner-relationships" (a self-reference that
  // resolves to dist/index.*), so it shares the user's copy of the core instead of
  // bundling its own; fast-check is its optional peer dependency.
  external: ["partner-relationships", "fast-check"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  splitting: false,
});
