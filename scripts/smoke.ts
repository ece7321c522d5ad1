/**
 * `npm run smoke` (part of `npm run test:package`): the packed tarball, installed the way
 * a user installs it, works from an ES module and from CommonJS, and its types check
 * under `node16` module resolution in both.
 *
 * Packs the built `dist/` (run `npm run build` first), installs the tarball into two
 * throw-away consumers in a temporary directory (one `"type": "module"`, one
 * `"type": "commonjs"`), runs a story in each that asserts real behaviour, and type-checks
 * a TypeScript consumer of each with this repository's compiler.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONSUMER_COMPILER_OPTIONS, npm, pack, run, runScript, tsc } from "./packed.js";

// The story both consumers tell: a Reseller relationship cannot be deleted by the
// customer (TYPE-2), an Advisor one can.
const story = (load: string) => `${load}

const ana = { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] };
const kim = { kind: "customerUser", id: "kim", tenant: "contoso", roles: [GLOBAL_ADMINISTRATOR] };
const day = (n) => Date.UTC(2026, 0, 1) + n * 86_400_000;

function deleteAfterAccepting(type) {
  return sendInvitation({ id: "inv-" + type, customer: "contoso", partner: "fabrikam", type, by: ana, at: day(0) })
    .andThen((invitation) => acceptInvitation(invitation, { by: kim, at: day(1), agreementAcknowledged: true }))
    .andThen(({ relationship }) => deleteRelationship(relationship, { by: kim, at: day(2) }));
}

const refused = deleteAfterAccepting("reseller");
if (!refused.isErr() || refused.error.code !== "contact_partner_to_end" || refused.error.rule !== "TYPE-2")
  throw new Error("a reseller relationship should be refused with contact_partner_to_end: " + JSON.stringify(refused));
const deleted = deleteAfterAccepting("advisor");
if (!deleted.isOk() || deleted.value.status !== "ended" || deleted.value.endedBy !== "customer")
  throw new Error("an advisor relationship should be deleted by the customer: " + JSON.stringify(deleted));
if (!(refused instanceof Err) || !(deleted instanceof Ok)) throw new Error("the re-exported Ok and Err are not neverthrow's");
const stored = JSON.parse(JSON.stringify(relationshipToJson(deleted.value)));
const parsed = parseRelationship(stored);
if (!parsed.isOk() || parsed.value.status !== "ended" || parsed.value.since !== deleted.value.since)
  throw new Error("the codec subpath should read back what it wrote: " + JSON.stringify(parsed));
const bad = parseRelationship({ status: "active" });
if (!bad.isErr() || bad.error.issues.length === 0) throw new Error("the codec should refuse a malformed relationship");
console.log("ok:", refused.error.code, "/", deleted.value.status, "/ codec", bad.error.issues.length, "issues");
`;

const names = "acceptInvitation, deleteRelationship, Err, GLOBAL_ADMINISTRATOR, Ok, sendInvitation";
const codecNames = "parseRelationship, relationshipToJson";

// Type-checked against the packed .d.ts (ESM) or .d.cts (CommonJS).
const typed = `import { acceptInvitation, type DomainError, type PartnerUser, type Result, sendInvitation } from "partner-relationships";

const ana: PartnerUser = { kind: "partnerUser", id: "ana", partner: "fabrikam", roles: ["adminAgent"] };
const sent = sendInvitation({ id: "inv", customer: "contoso", partner: "fabrikam", type: "advisor", by: ana, at: 0 });
const code: Result<string, DomainError> = sent.map((invitation) => invitation.status);
export const accept: typeof acceptInvitation = acceptInvitation;
export const out: string = code.match((status) => status, (error) => error.code);
// @ts-expect-error: "gdap-ish" is no partner type
sendInvitation({ id: "inv", customer: "contoso", partner: "fabrikam", type: "gdap-ish", by: ana, at: 0 });
`;

const tsconfig = JSON.stringify({ compilerOptions: { ...CONSUMER_COMPILER_OPTIONS, noEmit: true } });

const consumers = [
  {
    type: "module",
    program: [
      "index.js",
      story(
        `import { ${names} } from "partner-relationships";\nimport { ${codecNames} } from "partner-relationships/codec";`,
      ),
    ],
    types: ["index.ts", typed],
  },
  {
    type: "commonjs",
    program: [
      "index.js",
      story(
        `const { ${names} } = require("partner-relationships");\nconst { ${codecNames} } = require("partner-relationships/codec");`,
      ),
    ],
    types: ["index.ts", typed],
  },
] as const;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "partner-relationships-smoke-"));
  try {
    const tarball = pack(dir);
    for (const consumer of consumers) {
      const cwd = join(dir, consumer.type);
      mkdirSync(cwd);
      writeFileSync(
        join(cwd, "package.json"),
        JSON.stringify({ name: `smoke-${consumer.type}`, private: true, type: consumer.type }),
      );
      run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball], cwd);
      writeFileSync(join(cwd, consumer.program[0]), consumer.program[1]);
      writeFileSync(join(cwd, consumer.types[0]), consumer.types[1]);
      writeFileSync(join(cwd, "tsconfig.json"), tsconfig);
      const output = run(process.execPath, [consumer.program[0]], cwd).trim();
      run(process.execPath, [tsc, "-p", "tsconfig.json"], cwd);
      console.log(`smoke (${consumer.type}): ${output}; types check under node16`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runScript("smoke test", main);
