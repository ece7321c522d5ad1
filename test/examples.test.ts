import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decide, evolve, initialState, replay } from "partner-relationships";
import { documentToJson, parseDocument, parseState, stateToJson } from "partner-relationships/codec";
import { describe, expect, it, vi } from "vitest";
import { accessQuestions } from "../examples/access-questions.js";
import { auditExample } from "../examples/audit.js";
import { conformance } from "../examples/conformance.js";
import { coreLifecycle } from "../examples/core-lifecycle.js";
import { gdapTimeline } from "../examples/gdap-timeline.js";
import { graphPage } from "../examples/graph-page.js";
import { replayHistory } from "../examples/replay-history.js";

const history: unknown = JSON.parse(readFileSync(new URL("../examples/history.json", import.meta.url), "utf8"));

describe("the example history (examples/history.json)", () => {
  it("INVAR-6 parses as a version-1 event log without a fault, and writes back to the same JSON", () => {
    const parsed = parseDocument(history)._unsafeUnwrap();
    expect(parsed.kind).toBe("events");
    expect(documentToJson(parsed)).toEqual(history);
  });

  it("INVAR-5 replays into a state that round-trips through the codec, and the decider could have produced it", () => {
    const parsed = parseDocument(history)._unsafeUnwrap();
    if (parsed.kind !== "events") throw new Error("not an event log");
    const state = replay(parsed.value);
    expect(parseState(JSON.parse(JSON.stringify(stateToJson(state))))._unsafeUnwrap()).toEqual(state);
    expect(state.gdapRelationships.get("gdap-contoso-helpdesk")?.status).toBe("active");
    expect(state.invitations.get("inv-2")?.status).toBe("expired");
    // every event applies to the state before it, as evolve does one at a time
    expect(parsed.value.reduce(evolve, initialState)).toEqual(state);
    expect(decide({ type: "ExpireInvitation", invitation: "inv-2", at: Date.UTC(2027, 0, 1) }, state).isErr()).toBe(
      true,
    );
  });
});

describe("npm run example (examples/run-all.ts)", () => {
  /** The lines every story prints, in the order run-all.ts runs them. */
  function printed(): string[] {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(...args.map(String).join(" ").split("\n"));
    });
    try {
      for (const story of [
        coreLifecycle,
        gdapTimeline,
        accessQuestions,
        replayHistory,
        graphPage,
        auditExample,
        conformance,
      ])
        story();
    } finally {
      log.mockRestore();
    }
    return lines;
  }
  const lines = printed();

  it("every section opens with a title line and a one-line purpose", () => {
    const titles = lines.flatMap((text, index) => (/^=== .+ ===$/.test(text) ? [index] : []));
    expect(titles.length).toBeGreaterThanOrEqual(14);
    for (const index of titles) {
      const purpose = lines[index + 1] ?? "";
      expect(purpose.trim(), lines[index]).not.toBe("");
      expect(purpose, lines[index]).not.toMatch(/^===/);
    }
  });

  it("TYPE-2 the conformance example says it plants bugs, and shows the failing property and counterexample it finds", () => {
    const text = lines.join("\n");
    const start = text.indexOf("=== Conformance: a service with two planted bugs");
    expect(start).toBeGreaterThan(0);
    const section = text.slice(start);
    expect(section).toContain("the failing property below is the point");
    expect(section).toMatch(/Planted: bug 1, .* \(INV-3\); bug 2, .* \(TYPE-2\)\./);
    expect(section).toMatch(/Caught, as intended\. fast-check: Property failed after \d+ tests/);
    expect(section).toMatch(/The counterexample, shrunk \(the steps, in order\):\n {2}SendInvitation\(/);
    expect(section).toMatch(
      /Why it fails: .*the model says refused with contact_partner_to_end, the system answered accepted/,
    );
    expect(section).toContain("Which bug: planted bug 2");
    expect(section).toContain("partner-relationships agrees with the reference model on 200 random sequences.");
  });
});

describe("the README's example", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

  it("TYPE-2 runs as printed (about 20 lines) and prints the refusal its comment shows", async () => {
    const code = block.split("\n").filter((text) => !text.startsWith("//") && text.trim() !== "");
    expect(code.length).toBeGreaterThan(10);
    expect(code.length).toBeLessThanOrEqual(20);
    const shown = block
      .split("\n")
      .filter((text) => text.startsWith("// "))
      .map((text) => text.slice(3))
      .join(" ");
    // Run the block as a module of its own, as a user would paste it.
    const dir = mkdtempSync(join(tmpdir(), "readme-example-"));
    const file = join(dir, "example.ts");
    writeFileSync(file, block);
    const printed: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
    });
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(printed).toEqual([shown]);
  });
});
