/**
 * What the package scripts share (`scripts/smoke.ts`, `scripts/consumers.ts`): running a
 * command, this repository's compiler, and packing the built package the way `npm
 * publish` would.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory. */
export const root: string = fileURLToPath(new URL("..", import.meta.url));

/** This repository's TypeScript compiler, run with `node`. */
export const tsc: string = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * How a consumer's TypeScript reads the packed package: strict, `node16` resolution (the
 * `exports` map, `.d.ts` for ESM and `.d.cts` for CommonJS), ES2022, and the declarations
 * of every package checked (no `skipLibCheck`).
 */
export const CONSUMER_COMPILER_OPTIONS = {
  module: "node16",
  moduleResolution: "node16",
  target: "es2022",
  lib: ["es2022"],
  strict: true,
  types: [],
  skipLibCheck: false,
} as const;

/** The npm command of this platform. */
export const npm: string = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * Runs a command and returns what it printed; throws (with its output) if it fails.
 *
 * @param command - the program
 * @param args - its arguments
 * @param cwd - where to run it
 */
export function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Packs the built package into `dir` (run `npm run build` first) and returns the
 * tarball's path.
 *
 * @param dir - where to write the tarball
 */
export function pack(dir: string): string {
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("no dist/: run `npm run build` first");
  const [packed] = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", dir], root)) as [{ filename: string }];
  return join(dir, packed.filename);
}

/**
 * Runs a script's `main`, printing a failure (with the failed command's output) and
 * setting the exit code instead of throwing.
 *
 * @param name - the script's name, for the message
 * @param main - what the script does
 */
export function runScript(name: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    const failure = error as { message?: string; stdout?: string; stderr?: string };
    console.error(`${name} failed: ${failure.message ?? String(error)}`);
    if (failure.stdout) console.error(failure.stdout);
    if (failure.stderr) console.error(failure.stderr);
    process.exitCode = 1;
  }
}
