/**
 * `npm run check:site` (after `npm run docs`; part of `npm test`): the built TypeDoc site,
 * opened in a real browser, works.
 *
 * Serves docs/api on a localhost port (node:http), drives Debian's Chromium with
 * puppeteer-core, visits every HTML page of the site (a few tabs at a time) and fails,
 * naming each broken thing, when
 * - a Mermaid block of a page was not drawn as an SVG (or Mermaid reported an error), or a
 *   ```mermaid block of README.md or docs/*.md does not parse, or the site shows fewer
 *   diagrams than those files hold;
 * - an internal link (a page or file of the site, and its `#anchor` when it points into a
 *   page) does not resolve;
 * - a page logs a console error or an uncaught error, a request fails or answers ≥ 400,
 *   or a page requests anything off the site (the site must work offline);
 * - a screenshot target is missing.
 * It saves screenshots of the index, one function page and the lifecycle guide (light and
 * dark) to reports/site/. Chromium: `CHROMIUM_PATH`, else /usr/bin/chromium; if it is
 * missing the check fails and says how to install it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** What went wrong, where. */
export interface SiteProblem {
  /** The kind of failure, the heading it is listed under. */
  readonly kind:
    | "diagram"
    | "link"
    | "anchor"
    | "console"
    | "page error"
    | "request"
    | "offline"
    | "page"
    | "screenshot";
  /** The page (path in the site) or source file it was found on. */
  readonly where: string;
  /** What is broken, in words. */
  readonly detail: string;
}

/** A ```mermaid block of a Markdown file. */
export interface MermaidFence {
  /** The file, relative to the repository. */
  readonly file: string;
  /** The line of the opening fence, from 1. */
  readonly line: number;
  /** The diagram's source. */
  readonly source: string;
}

/** A page to photograph: the first page whose site path matches `page`. */
export interface ScreenshotTarget {
  /** File name in the screenshot directory, without `.png`. */
  readonly name: string;
  /** Matches the site path of the page (e.g. `functions/acceptInvitation.html`). */
  readonly page: RegExp;
  /** Photograph the whole page rather than the first screen. */
  readonly fullPage?: boolean;
  /** Ask for the dark theme (the site follows `prefers-color-scheme`). */
  readonly dark?: boolean;
}

/** How to check a site. */
export interface CheckOptions {
  /** The built site's directory. */
  readonly root: string;
  /** The Chromium binary. */
  readonly chromium: string;
  /** Pages checked at once (one tab each). */
  readonly tabs: number;
  /** The ```mermaid blocks of the Markdown sources: each must parse, and the site must show at least as many. */
  readonly fences: readonly MermaidFence[];
  /** Where screenshots go. */
  readonly screenshotDir: string;
  /** The pages to photograph. */
  readonly screenshots: readonly ScreenshotTarget[];
  /** Milliseconds a page may take to load and draw its diagrams. */
  readonly pageTimeout?: number;
}

/** What a check found. */
export interface CheckReport {
  /** Everything found broken; empty when the site passes. */
  readonly problems: readonly SiteProblem[];
  /** HTML pages visited. */
  readonly pages: number;
  /** Tabs used. */
  readonly tabs: number;
  /** Pages that stalled once and were visited again, with what they were waiting for. */
  readonly retried: readonly string[];
  /** Diagrams drawn as SVG. */
  readonly diagrams: number;
  /** Distinct internal link targets checked. */
  readonly internalLinks: number;
  /** How many of them point at an anchor of a page. */
  readonly anchors: number;
  /** Distinct links off the site (not followed). */
  readonly externalLinks: number;
  /** Screenshot files written. */
  readonly screenshots: readonly string[];
  /** Wall-clock time of the check. */
  readonly seconds: number;
}

/** The screenshots of the project's site. */
export const SITE_SCREENSHOTS: readonly ScreenshotTarget[] = [
  { name: "index", page: /^index\.html$/ },
  { name: "acceptInvitation", page: /^functions\/([^/]*\.)?acceptInvitation\.html$/ },
  { name: "lifecycles-light", page: /^documents\/[^/]*lifecycles[^/]*\.html$/i, fullPage: true },
  { name: "lifecycles-dark", page: /^documents\/[^/]*lifecycles[^/]*\.html$/i, fullPage: true, dark: true },
];

/**
 * The Chromium flags this machine kind needs (docs/decisions.md): headless without a GPU or
 * sandbox (CI runs as root), and none of the browser's own network traffic, which a closed
 * network refuses.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The ```mermaid fenced blocks of a Markdown text, with the line each starts on; an
 * unclosed block runs to the end, as in CommonMark.
 */
export function mermaidFences(file: string, markdown: string): MermaidFence[] {
  const fences: MermaidFence[] = [];
  const lines = markdown.split(/\r?\n/);
  let open: { line: number; fence: string; body: string[] } | undefined;
  for (const [index, text] of lines.entries()) {
    if (open === undefined) {
      const start = /^ {0,3}(`{3,}|~{3,})\s*mermaid\s*$/.exec(text);
      if (start?.[1] !== undefined) open = { line: index + 1, fence: start[1], body: [] };
    } else if (text.trim().startsWith(open.fence) && text.trim().replace(/[`~]/g, "") === "") {
      fences.push({ file, line: open.line, source: open.body.join("\n") });
      open = undefined;
    } else {
      open.body.push(text);
    }
  }
  if (open !== undefined) fences.push({ file, line: open.line, source: open.body.join("\n") });
  return fences;
}

/** Every `.html` file under `root`, as site paths (`/`-separated, relative), sorted. */
export function listPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) pages.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return pages.sort();
}

/** `decodeURIComponent`, or `undefined` for a malformed escape. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A running static server for a directory. */
export interface SiteServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves the files under `root` on a free localhost port: 400 for a malformed path, 404 for anything
 * missing or outside `root` (but 204 for a missing /favicon.ico), a directory answers with
 * its index.html.
 */
export async function serveSite(root: string): Promise<SiteServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const pathname = decoded(new URL(request.url ?? "/", "http://localhost").pathname);
    if (pathname === undefined) {
      response.writeHead(400, { "content-type": "text/plain" }).end("malformed path");
      return;
    }
    let file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) file = "";
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const missing = file === "" || !existsSync(file) || !statSync(file).isFile();
    // Browsers ask for /favicon.ico on their own; the site does not link one.
    if (missing && pathname === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    if (missing) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "cache-control": "max-age=3600" });
    response.end(request.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** An internal link: the file it names in the site (a site path) and its anchor, if any. */
export interface InternalLink {
  readonly path: string;
  readonly anchor: string | undefined;
}

/**
 * Where an absolute link of a page leads in the site: `undefined` for a link off the site
 * (another origin or scheme). A path ending in `/` names its index.html.
 */
export function internalLink(href: string, origin: string): InternalLink | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  // A malformed escape stays as written, so that the link is named as not existing.
  let path = (decoded(url.pathname) ?? url.pathname).replace(/^\/+/, "");
  if (path === "" || path.endsWith("/")) path += "index.html";
  const anchor = url.hash.length > 1 ? (decoded(url.hash.slice(1)) ?? url.hash.slice(1)) : undefined;
  return { path, anchor };
}

/** What one visit found on a page, besides the events logged while it loaded. */
interface PageFacts {
  readonly state: string;
  readonly diagrams: readonly { readonly drawn: boolean; readonly error: string }[];
  readonly undrawn: number;
  readonly links: readonly string[];
  readonly ids: readonly string[];
}

// In-page code is written as JavaScript text: the project's TypeScript has no DOM types
// (src/ must not use them), and a serialised function could carry a bundler's helpers.

/** In the page: the diagrams, links and element ids it shows. */
const READ_PAGE = `(() => {
  const diagrams = [...document.querySelectorAll(".mermaid-diagram")].map((figure) => {
    const svg = figure.querySelector("svg");
    const failed = figure.classList.contains("mermaid-error") || svg === null;
    const said = svg === null ? "" : svg.textContent || "";
    const error = failed
      ? (figure.textContent || "").trim().slice(0, 300) || "no SVG"
      : /syntax error|parse error/i.test(said) ? said.trim().slice(0, 300) : "";
    return { drawn: error === "", error };
  });
  const undrawn = [...document.querySelectorAll("pre > code.mermaid")].filter((code) => !code.parentElement.hidden).length;
  const links = [...document.querySelectorAll("a[href]")].map((a) => a.href);
  const ids = [...document.querySelectorAll("[id], a[name]")].map((e) => e.id || e.getAttribute("name") || "");
  return { state: document.documentElement.dataset.mermaid || "", diagrams, undrawn, links, ids };
})()`;

/**
 * In the page: settled, once TypeDoc shows <body> (its navigation is built) and the Mermaid
 * script has finished, has nothing to do, or is not on the page (its blocks then count as
 * left undrawn).
 */
const SETTLED = `document.body.style.display !== "none" && (["none", "done", "error"].includes(document.documentElement.dataset.mermaid) || !document.querySelector('script[src$="mermaid-render.js"]'))`;

/** In the page: the Mermaid state, or "no script". */
const MERMAID_STATE = `document.documentElement.dataset.mermaid || "no script"`;

/** In the page, with `mermaid.min.js` loaded: the parse error of each source ("" when it parses). */
const parseAll = (sources: readonly string[]): string => `(async () => {
  const sources = ${JSON.stringify(sources)};
  if (globalThis.mermaid === undefined) return sources.map(() => "the site has no assets/mermaid.min.js");
  const said = [];
  for (const source of sources)
    said.push(await globalThis.mermaid.parse(source).then(() => "", (e) => String(e && e.message || e).split("\\n").slice(0, 4).join(" ")));
  return said;
})()`;

/** Finds the site's problems; see the module comment. */
export async function checkSite(options: CheckOptions): Promise<CheckReport> {
  if (!existsSync(options.chromium)) {
    throw new Error(
      `Chromium was not found at ${options.chromium}. The browser check needs Debian's Chromium: ` +
        "`sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium or Chrome binary).",
    );
  }
  const started = performance.now();
  const timeout = options.pageTimeout ?? 30_000;
  const tabs = Math.max(1, Math.floor(options.tabs));
  const problems: SiteProblem[] = [];
  const pages = listPages(options.root);
  const pageSet = new Set(pages);
  const ids = new Map<string, ReadonlySet<string>>();
  const linkedFrom = new Map<string, Set<string>>(); // absolute href → pages linking to it
  let diagrams = 0;
  const retried: string[] = [];

  const server = await serveSite(options.root);
  const profile = mkdtempSync(join(tmpdir(), "check-site-"));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      executablePath: options.chromium,
      headless: true,
      userDataDir: profile,
      args: [...CHROMIUM_ARGS],
    });
    const { origin } = server;
    // One visit: the page's facts, or why it did not load and settle in time (a stall).
    type Hear = (kind: SiteProblem["kind"], detail: string) => void;
    const visit = async (tab: Page, path: string, hear: Hear): Promise<PageFacts | { stall: string }> => {
      try {
        const response = await tab.goto(`${origin}/${path}`, { waitUntil: "load", timeout });
        if (response !== null && response.status() >= 400) hear("page", `HTTP ${response.status()}`);
        await tab.waitForFunction(SETTLED, { timeout, polling: "mutation" });
      } catch (error) {
        const state = await tab.evaluate(MERMAID_STATE).catch(() => "unknown");
        return {
          stall: `did not load and settle in ${timeout / 1000} s (diagrams: ${String(state)}): ${String(error)}`,
        };
      }
      return (await tab.evaluate(READ_PAGE)) as PageFacts;
    };

    const record = (path: string, facts: PageFacts): void => {
      ids.set(path, new Set(facts.ids));
      if (facts.state === "error" || facts.undrawn > 0) {
        const why = facts.state === "" ? "no Mermaid script on the page" : `state: ${facts.state}`;
        problems.push({ kind: "diagram", where: path, detail: `${facts.undrawn} block(s) left as source (${why})` });
      }
      for (const [index, diagram] of facts.diagrams.entries()) {
        if (diagram.drawn) diagrams += 1;
        else problems.push({ kind: "diagram", where: path, detail: `diagram ${index + 1}: ${diagram.error}` });
      }
      for (const href of facts.links) {
        const from = linkedFrom.get(href) ?? new Set<string>();
        linkedFrom.set(href, from.add(path));
      }
    };

    const queue = [...pages];
    const tab = async (): Promise<void> => {
      const chromium = browser;
      if (chromium === undefined) return;
      // What the page in hand logs; what arrives between visits (aborted loads) is dropped.
      let current: string | undefined;
      let heard: SiteProblem[] = [];
      const pending = new Set<string>();
      const hear: Hear = (kind, detail) => {
        if (current !== undefined) heard.push({ kind, where: current, detail });
      };
      const open = async (): Promise<Page> => {
        const opened = await chromium.newPage();
        await opened.setViewport({ width: 1280, height: 900 });
        opened.on("console", (message) => {
          if (message.type() === "error") hear("console", message.text());
        });
        opened.on("pageerror", (error) => hear("page error", String(error)));
        opened.on("request", (request) => {
          const url = request.url();
          pending.add(url);
          if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) hear("offline", `requests ${url}`);
        });
        opened.on("requestfinished", (request) => pending.delete(request.url()));
        opened.on("requestfailed", (request) => {
          pending.delete(request.url());
          hear("request", `${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
        });
        opened.on("response", (response) => {
          if (response.status() >= 400) hear("request", `${response.url()}: HTTP ${response.status()}`);
        });
        return opened;
      };
      let page = await open();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        // A page that stalls (seen now and then on a machine loaded far beyond its cores)
        // gets a second visit in a fresh tab; the report lists it either way, and a second
        // stall is a problem.
        for (let attempt = 1; ; attempt += 1) {
          current = path;
          heard = [];
          pending.clear();
          const outcome = await visit(page, path, hear);
          current = undefined;
          if ("stall" in outcome) {
            const waiting = [...pending].map((url) => url.replace(origin, "")).join(", ");
            const detail = `${outcome.stall}${waiting === "" ? "" : `; still loading: ${waiting}`}`;
            if (attempt === 1) {
              retried.push(`${path} (${detail})`);
              await page.close().catch(() => undefined);
              page = await open();
              continue;
            }
            problems.push(...heard, { kind: "page", where: path, detail });
            break;
          }
          problems.push(...heard);
          record(path, outcome);
          break;
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: tabs }, tab));

    // Links: every internal target must exist; an anchor into a page must name an element of it.
    let internalLinks = 0;
    let anchors = 0;
    let externalLinks = 0;
    for (const [href, from] of linkedFrom) {
      const link = internalLink(href, origin);
      if (link === undefined) {
        if (/^https?:/.test(href)) externalLinks += 1;
        continue;
      }
      internalLinks += 1;
      const where = [...from].slice(0, 3).join(", ") + (from.size > 3 ? ` and ${from.size - 3} more` : "");
      const target = join(options.root, ...link.path.split("/"));
      if (!pageSet.has(link.path) && !(existsSync(target) && statSync(target).isFile())) {
        problems.push({ kind: "link", where, detail: `${link.path} does not exist` });
        continue;
      }
      if (link.anchor === undefined || !pageSet.has(link.path)) continue;
      anchors += 1;
      if (!(ids.get(link.path)?.has(link.anchor) ?? false))
        problems.push({ kind: "anchor", where, detail: `${link.path}#${link.anchor}: no element has this id` });
    }

    // The sources' blocks parse, and none of them is missing from the site.
    if (options.fences.length > 0) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${pages[0] ?? ""}`, { waitUntil: "load", timeout });
      await page.addScriptTag({ url: `${origin}/assets/mermaid.min.js` }).catch(() => undefined);
      const errors = (await page.evaluate(parseAll(options.fences.map((fence) => fence.source)))) as string[];
      for (const [index, fence] of options.fences.entries()) {
        const error = errors[index];
        if (error)
          problems.push({ kind: "diagram", where: `${fence.file}:${fence.line}`, detail: `does not parse: ${error}` });
      }
      if (diagrams < options.fences.length)
        problems.push({
          kind: "diagram",
          where: "site",
          detail: `${diagrams} diagrams drawn, but the Markdown sources hold ${options.fences.length} \`\`\`mermaid blocks`,
        });
      await page.close();
    }

    // Screenshots.
    mkdirSync(options.screenshotDir, { recursive: true });
    const screenshots: string[] = [];
    for (const target of options.screenshots) {
      const path = pages.find((page) => target.page.test(page));
      if (path === undefined) {
        problems.push({ kind: "screenshot", where: target.name, detail: `no page matches ${String(target.page)}` });
        continue;
      }
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.emulateMediaFeatures([
        { name: "prefers-color-scheme", value: target.dark === true ? "dark" : "light" },
      ]);
      await page.goto(`${origin}/${path}`, { waitUntil: "load", timeout });
      await page.waitForFunction(SETTLED, { timeout, polling: "mutation" }).catch(() => undefined);
      const file = join(options.screenshotDir, `${target.name}.png`);
      await page.screenshot({ path: file as `${string}.png`, fullPage: target.fullPage === true });
      screenshots.push(file);
      await page.close();
    }

    return {
      problems,
      pages: pages.length,
      tabs,
      retried,
      diagrams,
      internalLinks,
      anchors,
      externalLinks,
      screenshots,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await browser?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The report as text: a summary line, then each problem under its kind. */
export function formatReport(report: CheckReport): string {
  const lines = [
    `check:site: ${report.pages} pages in ${report.seconds.toFixed(1)} s (${report.tabs} tabs): ${report.diagrams} diagrams drawn, ` +
      `${report.internalLinks} internal links (${report.anchors} with an anchor) resolved, ` +
      `${report.externalLinks} external links not followed; screenshots: ${report.screenshots.join(", ") || "none"}`,
  ];
  if (report.retried.length > 0) lines.push(`  visited twice, having stalled once: ${report.retried.join("; ")}`);
  if (report.problems.length === 0) return lines.join("\n");
  lines.push(`check:site FAILED: ${report.problems.length} problem(s)`);
  const kinds = [...new Set(report.problems.map((problem) => problem.kind))];
  for (const kind of kinds) {
    lines.push(`  ${kind}:`);
    for (const problem of report.problems)
      if (problem.kind === kind) lines.push(`    ${problem.where}: ${problem.detail.replaceAll("\n", "\n      ")}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const repo = fileURLToPath(new URL("..", import.meta.url));
  const root = join(repo, "docs", "api");
  if (!existsSync(join(root, "index.html")))
    throw new Error(`${root}/index.html is missing: run \`npm run docs\` first`);
  const markdown = [
    "README.md",
    ...readdirSync(join(repo, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const fences = markdown.flatMap((file) => mermaidFences(file, readFileSync(join(repo, file), "utf8")));
  const asked = Number(process.env.CHECK_SITE_TABS);
  const tabs = Number.isInteger(asked) && asked > 0 ? asked : Math.min(4, availableParallelism());
  const report = await checkSite({
    root,
    chromium: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    tabs,
    fences,
    screenshotDir: join(repo, "reports", "site"),
    screenshots: SITE_SCREENSHOTS,
  });
  console.log(formatReport(report));
  if (report.problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`check:site FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
