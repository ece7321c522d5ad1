/**
 * `npm run consumers` (part of `npm run test:package`): an app chains the library's
 * `Result`s with its own on every neverthrow major the package claims.
 *
 * neverthrow is a peer dependency (`^7.2.0 || ^8.0.0`, docs/decisions.md): the app's copy
 * is the library's copy, so a `Result` the library returns is one the app's neverthrow
 * made. For each claimed major this script packs the built package (run `npm run build`
 * first), lays out a throw-away app whose `node_modules` holds the tarball's contents, that
 * major of neverthrow (`neverthrow7` is the devDependency alias of 7.2.0) and ts-pattern,
 * and then:
 * - type-checks an app file (strict, `node16` resolution, the libraries' declarations
 *   checked too) that chains the library's steps and the app's own `Result`s both ways,
 *   with `andThen`, `Result.combine` and `ResultAsync`, compiles it and runs it: it asserts
 *   the values, and that the library's results are instances of the app's `Ok`/`Err`;
 * - runs a CommonJS app that asserts the same of `require`.
 *
 * A control shows what the peer dependency prevents: the same app on neverthrow 7 with a
 * second copy (neverthrow 8) nested under the library must FAIL to type-check.
 *
 * No registry is needed: every package comes from this repository's `node_modules`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONSUMER_COMPILER_OPTIONS, pack, root, run, runScript, tsc } from "./packed.js";

/** The neverthrow majors claimed, each with the installed copy that stands for it. */
const MAJORS = [
  { major: 7, from: "neverthrow7" },
  { major: 8, from: "neverthrow" },
] as const;

/** The app: its own Result-returning steps, chained with the library's. */
const app = `import { err, ok, okAsync, Err, Ok, Result, ResultAsync } from "neverthrow";
import {
  acceptInvitation,
  type CustomerUser,
  deleteRelationship,
  type DomainError,
  GLOBAL_ADMINISTRATOR,
  type PartnerType,
  type PartnerUser,
  type PendingInvitation,
  sendInvitation,
} from "partner-relationships";

declare const console: { log(message: string): void }; // no @types/node in this app

interface AppError {
  readonly kind: "app";
  readonly reason: string;
}
type Failure = DomainError | AppError;

const ana: PartnerUser = { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] };
const kim: CustomerUser = { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] };
const day = (n: number): number => Date.UTC(2026, 0, 1) + n * 86_400_000;

// The app's own steps.
function invitationId(n: number): Result<string, AppError> {
  return n > 0 ? ok("inv-" + n) : err({ kind: "app", reason: "no invitation number" });
}
function fetchNumber(n: number): ResultAsync<number, AppError> {
  return ResultAsync.fromSafePromise(Promise.resolve(n));
}
const send = (id: string, type: PartnerType) =>
  sendInvitation({ id, customer: "contoso", partner: "fabrikam", type, by: ana, at: day(0) });

// App -> library -> library -> app, with andThen.
const deleted: Result<string, Failure> = invitationId(1)
  .andThen((id) => send(id, "advisor"))
  .andThen((invitation) => acceptInvitation(invitation, { by: kim, at: day(1), agreementAcknowledged: true }))
  .andThen(({ relationship }) => deleteRelationship(relationship, { by: kim, at: day(2) }))
  .andThen((ended) => (ended.status === "ended" ? ok(ended.endedBy) : err<string, AppError>({ kind: "app", reason: "not ended" })));

// A refusal of the library reaches the app's error handling.
const refused: Result<string, Failure> = invitationId(2)
  .andThen((id) => send(id, "reseller"))
  .andThen((invitation) => acceptInvitation(invitation, { by: kim, at: day(1), agreementAcknowledged: true }))
  .andThen(({ relationship }) => deleteRelationship(relationship, { by: kim, at: day(2) }))
  .map((ended) => ended.status);
const refusal: string = refused.match(
  () => "deleted",
  (failure) => ("code" in failure ? failure.code : failure.reason),
);

// Result.combine over the library's results and the app's.
const both: Result<[PendingInvitation, string], Failure> = Result.combine([send("inv-3", "advisor"), invitationId(4)] as [
  Result<PendingInvitation, Failure>,
  Result<string, Failure>,
]);
const combined: Result<PendingInvitation[], DomainError> = Result.combine([send("inv-5", "advisor"), send("inv-6", "reseller")]);

// ResultAsync: the app's async step, then the library's synchronous one, then the app's.
const later: ResultAsync<string, Failure> = fetchNumber(7)
  .andThen((n) => invitationId(n))
  .andThen((id) => send(id, "delegatedAdministrator"))
  .andThen((invitation) => okAsync<string, Failure>(invitation.status));

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error("consumer: " + what);
}

const sent = send("inv-8", "advisor");
check(sent instanceof Ok && refused instanceof Err, "the library's results are the app's Ok and Err (one copy of neverthrow)");
check(deleted.isOk() && deleted.value === "customer", "an advisor relationship is deleted by the customer: " + JSON.stringify(deleted));
check(refusal === "contact_partner_to_end", "a reseller relationship is refused with contact_partner_to_end: " + refusal);
check(both.isOk() && both.value[0].status === "pending" && both.value[1] === "inv-4", "Result.combine mixes both: " + JSON.stringify(both));
check(combined.isOk() && combined.value.length === 2, "Result.combine of the library's results: " + JSON.stringify(combined));
const settled = await later;
check(settled.isOk() && settled.value === "pending", "ResultAsync chains the library's step: " + JSON.stringify(settled));
console.log("ok: andThen, match, Result.combine, ResultAsync");
`;

const cjsApp = `const { Err, Ok, ok } = require("neverthrow");
const { sendInvitation } = require("partner-relationships");
const ana = { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] };
const sent = sendInvitation({ id: "inv", customer: "contoso", partner: "fabrikam", type: "advisor", by: ana, at: 0 });
const refused = sendInvitation({ id: "inv", customer: "contoso", partner: "fabrikam", type: "Advisor", by: ana, at: 0 });
const chained = ok(1).andThen(() => sent);
if (!(sent instanceof Ok) || !(refused instanceof Err) || !chained.isOk())
  throw new Error("consumer (CommonJS): the library's results are not the app's Ok and Err");
console.log("ok: require");
`;

const tsconfig = JSON.stringify({
  compilerOptions: { ...CONSUMER_COMPILER_OPTIONS, exactOptionalPropertyTypes: true, outDir: "out" },
  files: ["app.ts"],
});

/** The real directory of an installed package of this repository. */
function installed(name: string): string {
  return realpathSync(join(root, "node_modules", name));
}

function majorOf(dir: string): number {
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return Number(version.split(".")[0]);
}

/** A throw-away app on a given neverthrow, with the packed library; returns its directory. */
function makeApp(dir: string, name: string, unpacked: string, neverthrow: string): string {
  const cwd = join(dir, name);
  const modules = join(cwd, "node_modules");
  mkdirSync(modules, { recursive: true });
  cpSync(unpacked, join(modules, "partner-relationships"), { recursive: true });
  cpSync(neverthrow, join(modules, "neverthrow"), { recursive: true });
  cpSync(installed("ts-pattern"), join(modules, "ts-pattern"), { recursive: true });
  writeFileSync(join(cwd, "package.json"), JSON.stringify({ name, private: true, type: "module" }));
  writeFileSync(join(cwd, "tsconfig.json"), tsconfig);
  writeFileSync(join(cwd, "app.ts"), app);
  writeFileSync(join(cwd, "app.cjs"), cjsApp);
  return cwd;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "partner-relationships-consumers-"));
  try {
    const tarball = pack(dir);
    const unpacked = join(dir, "unpacked");
    mkdirSync(unpacked);
    run("tar", ["-xzf", tarball, "-C", unpacked, "--strip-components=1"], dir);
    const manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    if (manifest.dependencies?.neverthrow !== undefined)
      throw new Error("neverthrow is a dependency: an app on another major would get a second copy");
    const range = manifest.peerDependencies?.neverthrow ?? "";
    for (const { major, from } of MAJORS) {
      const neverthrow = installed(from);
      if (majorOf(neverthrow) !== major) throw new Error(`node_modules/${from} is not neverthrow ${major}`);
      if (!range.split("||").some((part) => part.trim().startsWith(`^${major}.`)))
        throw new Error(`the peer range "${range}" does not claim neverthrow ${major}`);
      const cwd = makeApp(dir, `app-neverthrow${major}`, unpacked, neverthrow);
      run(process.execPath, [tsc, "-p", "tsconfig.json"], cwd);
      const esm = run(process.execPath, ["out/app.js"], cwd).trim();
      const cjs = run(process.execPath, ["app.cjs"], cwd).trim();
      console.log(`consumer on neverthrow ${major}: types check; ${esm}; ${cjs}`);
    }
    // The control: a second copy of neverthrow under the library breaks the app's types.
    const cwd = makeApp(dir, "app-two-copies", unpacked, installed("neverthrow7"));
    cpSync(installed("neverthrow"), join(cwd, "node_modules/partner-relationships/node_modules/neverthrow"), {
      recursive: true,
    });
    let errors = "";
    try {
      run(process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit"], cwd);
    } catch (error) {
      errors = String((error as { stdout?: string }).stdout);
    }
    // The errors are the two copies' Results not assignable to each other, and nothing else.
    if (!/is not assignable/.test(errors) || /error TS2307/.test(errors))
      throw new Error(`the control (two copies of neverthrow) did not fail as expected:\n${errors}`);
    const count = errors.match(/error TS/g)?.length ?? 0;
    console.log(`control: a second copy of neverthrow under the library fails the app's type-check (${count} errors)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runScript("consumer test", main);
