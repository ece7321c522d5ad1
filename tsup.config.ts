import { defineConfig } from "tsup";

/** The packages the bundles import rather than contain. */
const EXTERNAL = /^(neverthrow|ts-pattern|fast-check|partner-relationships)$/;

/**
 * Build: ESM and CJS bundles with real `.d.ts` / `.d.cts` declarations for each format,
 * emitted by tsup itself (no post-build renaming). Target ES2022 (the runtimes the README
 * claims: Node >= 20, where the package is tested, and browsers with ES2022), which keeps
 * class private fields (`#x`) native: ES2020 would rewrite each into a module-level
 * `WeakMap` (slow, and a side effect that defeats tree-shaking).
 */
export default defineConfig({
  // One entry per subpath export; each bundles what it uses of the core (no shared chunks,
  // so every entry works alone under both ESM and CJS).
  entry: { index: "src/index.ts", codec: "src/codec/index.ts", testing: "src/testing/index.ts" },
  // The testing entry imports the core as "partner-relationships" (a self-reference that
  // resolves to dist/index.*), so it shares the user's copy of the core instead of
  // bundling its own; fast-check is its optional peer dependency.
  // The declarations (rolled up by tsup's dts step) read `external` only. The JavaScript
  // bundles leave these packages to the plugin below instead (`noExternal` makes tsup's
  // own resolver pass them on to it): esbuild keeps every import of an external package in
  // each module it includes, even where the code that used the import was dropped (the
  // codec reads a constant of a module that also uses ts-pattern), as it must assume that
  // loading a package has side effects. None of these has any (`sideEffects: false` in
  // this package, ts-pattern and fast-check; neverthrow's modules only declare), so saying
  // so lets esbuild drop the unused imports: the output imports only what it uses, and the
  // build prints no "imported but never used" warning.
  external: ["partner-relationships", "fast-check"],
  noExternal: [EXTERNAL],
  esbuildPlugins: [
    {
      name: "side-effect-free-externals",
      setup(build) {
        build.onResolve({ filter: EXTERNAL }, (args) => ({ path: args.path, external: true, sideEffects: false }));
      },
    },
  ],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  splitting: false,
});
