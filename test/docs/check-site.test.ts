import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_ARGS,
  type CheckReport,
  checkSite,
  formatReport,
  internalLink,
  listPages,
  mermaidFences,
  serveSite,
} from "../../scripts/check-site.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

describe("mermaidFences", () => {
  it("finds each ```mermaid block with the line it opens on, and no other block", () => {
    const markdown = [
      "# Title", //  1
      "```ts", //  2
      "const a = 1;", //  3
      "```", //  4
      "```mermaid", //  5
      "flowchart LR", //  6
      "  a --> b", //  7
      "```", //  8
      "~~~~ mermaid", //  9
      "stateDiagram-v2", // 10
      "~~~~", // 11
    ].join("\n");
    expect(mermaidFences("docs/x.md", markdown)).toEqual([
      { file: "docs/x.md", line: 5, source: "flowchart LR\n  a --> b" },
      { file: "docs/x.md", line: 9, source: "stateDiagram-v2" },
    ]);
  });

  it("reads an unclosed block to the end of the file, as CommonMark does", () => {
    expect(mermaidFences("a.md", "```mermaid\nflowchart LR\n  a --> b")).toEqual([
      { file: "a.md", line: 1, source: "flowchart LR\n  a --> b" },
    ]);
  });
});

describe("internalLink", () => {
  const origin = "http://127.0.0.1:4000";

  it("names the file and the decoded anchor of a link on the site", () => {
    expect(internalLink(`${origin}/functions/a.html#ab%20c`, origin)).toEqual({
      path: "functions/a.html",
      anchor: "ab c",
    });
    expect(internalLink(`${origin}/documents/`, origin)).toEqual({ path: "documents/index.html", anchor: undefined });
    expect(internalLink(`${origin}/index.html#`, origin)).toEqual({ path: "index.html", anchor: undefined });
    expect(internalLink(`${origin}/%E0%A4%A.html#%E0`, origin)).toEqual({ path: "%E0%A4%A.html", anchor: "%E0" });
  });

  it("leaves links off the site alone", () => {
    expect(internalLink("https://github.com/x/y#readme", origin)).toBeUndefined();
    expect(internalLink("http://127.0.0.1:4001/index.html", origin)).toBeUndefined();
    expect(internalLink("mailto:someone@example.com", origin)).toBeUndefined();
    expect(internalLink("not a url", origin)).toBeUndefined();
  });
});

function get(origin: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const url = new URL(origin);
    const call = request({ host: url.hostname, port: url.port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () =>
        done({ status: response.statusCode ?? 0, type: String(response.headers["content-type"]), body }),
      );
    });
    call.on("error", fail);
    call.end();
  });
}

describe("serveSite", () => {
  it("serves the site's files, a directory's index.html, and nothing outside the site", async () => {
    const dir = mkdtempSync(join(tmpdir(), "serve-site-"));
    mkdirSync(join(dir, "site", "docs"), { recursive: true });
    writeFileSync(join(dir, "site", "docs", "index.html"), "<p>docs</p>");
    writeFileSync(join(dir, "site", "a.css"), "p{}");
    writeFileSync(join(dir, "secret.txt"), "secret");
    const server = await serveSite(join(dir, "site"));
    try {
      expect(await get(server.origin, "/docs/")).toEqual({
        status: 200,
        type: "text/html; charset=utf-8",
        body: "<p>docs</p>",
      });
      expect(await get(server.origin, "/a.css")).toMatchObject({ status: 200, type: "text/css; charset=utf-8" });
      expect(await get(server.origin, "/missing.html")).toMatchObject({ status: 404 });
      expect(await get(server.origin, "/..%2fsecret.txt")).toMatchObject({ status: 404 });
      expect(await get(server.origin, "/favicon.ico")).toMatchObject({ status: 204 });
      expect(await get(server.origin, "/%E0%A4%A.html")).toMatchObject({ status: 400 });
      expect(await get(server.origin, "/a.css")).toMatchObject({ status: 200 });
      expect(listPages(join(dir, "site"))).toEqual(["docs/index.html"]);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A small site built the way the TypeDoc plugin builds ours: Mermaid blocks as
// <pre><code class="mermaid">, the render script and the Mermaid bundle in assets/.
function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>${title}</title></head><body>${body}<script src="assets/mermaid-render.js"></script></body></html>`;
}

function buildFixture(dir: string): void {
  const repo = fileURLToPath(new URL("../..", import.meta.url));
  const mermaid = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");
  mkdirSync(join(dir, "assets"), { recursive: true });
  copyFileSync(join(repo, "scripts", "typedoc-mermaid.client.js"), join(dir, "assets", "mermaid-render.js"));
  copyFileSync(mermaid, join(dir, "assets", "mermaid.min.js"));
  writeFileSync(
    join(dir, "index.html"),
    page(
      "Index",
      `<h1>Index</h1><pre><code class="mermaid">stateDiagram-v2
  pending --&gt; accepted : acceptInvitation (customer)
</code></pre><a href="guide.html#steps">the steps</a> <a href="https://example.com/">away</a>`,
    ),
  );
  writeFileSync(join(dir, "guide.html"), page("Guide", `<h2 id="steps">Steps</h2><a href="index.html">back</a>`));
  writeFileSync(
    join(dir, "bare.html"),
    `<!DOCTYPE html><html lang="en"><head><title>Bare</title></head><body><pre><code class="mermaid">flowchart LR
  a --&gt; b</code></pre></body></html>`,
  );
  writeFileSync(
    join(dir, "broken.html"),
    page(
      "Broken",
      `<pre><code class="mermaid">stateDiagram-v2
  a --&gt; : nowhere
</code></pre>
<a href="missing.html">gone</a> <a href="guide.html#nope">no anchor</a>
<img src="missing.png" alt="">
<script>console.error("boom in the console")</script>
<script>setTimeout(() => { throw new Error("uncaught boom") })</script>
<script src="https://cdn.invalid/lib.js"></script>`,
    ),
  );
}

describe("checkSite, in Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "check-site-"));
  const site = join(dir, "site");
  let report: CheckReport;

  beforeAll(async () => {
    buildFixture(site);
    report = await checkSite({
      root: site,
      pageTimeout: 20_000,
      chromium: CHROMIUM,
      tabs: 2,
      fences: [
        { file: "docs/good.md", line: 3, source: "flowchart LR\n  a --> b" },
        { file: "docs/bad.md", line: 7, source: "flowchart LR\n  a -->" },
      ],
      screenshotDir: join(dir, "shots"),
      screenshots: [
        { name: "index", page: /^index\.html$/ },
        { name: "dark", page: /^index\.html$/, dark: true, fullPage: true },
        { name: "absent", page: /^functions\/nothing\.html$/ },
      ],
    });
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const on = (where: string) => report.problems.filter((problem) => problem.where.includes(where));

  it("draws a valid block as an SVG and finds nothing wrong on sound pages", () => {
    expect(report.pages).toBe(4);
    expect(report.diagrams).toBe(1);
    expect(on("index.html")).toEqual([]);
    expect(on("guide.html")).toEqual([]);
    expect(report.externalLinks).toBe(1);
  });

  it("names a block left as source on a page without the render script, at once", () => {
    expect(on("bare.html")).toEqual([
      { kind: "diagram", where: "bare.html", detail: "1 block(s) left as source (no Mermaid script on the page)" },
    ]);
  });

  it("names a block Mermaid cannot draw, and a source block that does not parse", () => {
    expect(
      on("broken.html")
        .filter((p) => p.kind === "diagram")
        .map((p) => p.detail),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^diagram 1: This Mermaid diagram could not be drawn/)]));
    expect(on("docs/bad.md:7")).toEqual([
      { kind: "diagram", where: "docs/bad.md:7", detail: expect.stringMatching(/^does not parse: /) },
    ]);
    expect(on("docs/good.md")).toEqual([]);
    expect(on("site")).toEqual([
      { kind: "diagram", where: "site", detail: "1 diagrams drawn, but the Markdown sources hold 2 ```mermaid blocks" },
    ]);
  });

  it("names a dead link and a dead anchor with the page they are on", () => {
    expect(report.problems).toContainEqual({
      kind: "link",
      where: "broken.html",
      detail: "missing.html does not exist",
    });
    expect(report.problems).toContainEqual({
      kind: "anchor",
      where: "broken.html",
      detail: "guide.html#nope: no element has this id",
    });
  });

  it("names console errors, uncaught errors, failed requests and requests off the site", () => {
    const kinds = (kind: string) =>
      on("broken.html")
        .filter((p) => p.kind === kind)
        .map((p) => p.detail);
    expect(kinds("console")).toContain("boom in the console");
    expect(kinds("page error")).toEqual([expect.stringContaining("uncaught boom")]);
    expect(kinds("request")).toContainEqual(expect.stringMatching(/\/missing\.png: HTTP 404$/));
    expect(kinds("offline")).toEqual(["requests https://cdn.invalid/lib.js"]);
  });

  it("saves the screenshots asked for, and names a target no page matches", () => {
    expect(report.screenshots).toEqual([join(dir, "shots", "index.png"), join(dir, "shots", "dark.png")]);
    for (const file of report.screenshots) expect(existsSync(file)).toBe(true);
    expect(report.problems).toContainEqual({
      kind: "screenshot",
      where: "absent",
      detail: "no page matches /^functions\\/nothing\\.html$/",
    });
  });

  it("prints every problem under its kind", () => {
    const text = formatReport(report);
    expect(text).toContain(`check:site FAILED: ${report.problems.length} problem(s)`);
    for (const problem of report.problems)
      expect(text).toContain(`    ${problem.where}: ${problem.detail.replaceAll("\n", "\n      ")}`);
  });
});

it("the render script redraws the diagrams in the theme the reader picks, light or dark", async () => {
  const dir = mkdtempSync(join(tmpdir(), "check-site-theme-"));
  buildFixture(dir);
  const server = await serveSite(dir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: join(dir, "profile"),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const tab = await browser.newPage();
    await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
    await tab.goto(`${server.origin}/index.html`, { waitUntil: "load" });
    const drawnAs = async (): Promise<unknown> => {
      await tab.waitForFunction(`document.documentElement.dataset.mermaid === "done"`, { polling: "mutation" });
      return tab.evaluate(`getComputedStyle(document.querySelector(".mermaid-diagram svg g.node rect")).fill`);
    };
    const light = await drawnAs();
    await tab.evaluate(`document.documentElement.dataset.theme = "dark"`); // TypeDoc's theme menu
    await tab.waitForFunction(`document.querySelector(".mermaid-diagram svg").id !== "mermaid-1-0"`);
    const dark = await drawnAs();
    expect([light, dark]).toEqual(["rgb(236, 236, 255)", "rgb(31, 32, 32)"]);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it("visits a page that stalls a second time, and names it when it stalls again", async () => {
  const dir = mkdtempSync(join(tmpdir(), "check-site-stall-"));
  try {
    mkdirSync(join(dir, "assets"));
    // A render script that never finishes: the page never settles.
    writeFileSync(join(dir, "assets", "mermaid-render.js"), 'document.documentElement.dataset.mermaid = "loading";');
    writeFileSync(join(dir, "stuck.html"), page("Stuck", "<p>never done</p>"));
    const report = await checkSite({
      root: dir,
      chromium: CHROMIUM,
      tabs: 1,
      pageTimeout: 1_500,
      fences: [],
      screenshotDir: join(dir, "shots"),
      screenshots: [],
    });
    expect(report.retried).toEqual([
      expect.stringMatching(/^stuck\.html \(did not load and settle in 1\.5 s \(diagrams: loading\)/),
    ]);
    expect(report.problems).toEqual([
      {
        kind: "page",
        where: "stuck.html",
        detail: expect.stringMatching(/^did not load and settle in 1\.5 s \(diagrams: loading\)/),
      },
    ]);
    expect(formatReport(report)).toContain("visited twice, having stalled once: stuck.html");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it("fails, saying how to install it, when Chromium is missing", async () => {
  await expect(
    checkSite({
      root: tmpdir(),
      chromium: "/nonexistent/chromium",
      tabs: 1,
      fences: [],
      screenshotDir: tmpdir(),
      screenshots: [],
    }),
  ).rejects.toThrow(/Chromium was not found at \/nonexistent\/chromium.*apt-get install -y chromium/);
});
