// @ts-check
/**
 * TypeDoc plugin (typedoc.json `plugin`): Mermaid diagrams drawn in the site, offline.
 *
 * TypeDoc writes a ```mermaid fence as `<pre><code class="mermaid">` (typedoc.json lists
 * `mermaid` in `ignoredHighlightLanguages`, so the source is left as it is). This plugin
 * copies the `mermaid` package's single-file browser bundle into the site's assets (no CDN)
 * with a small script, scripts/typedoc-mermaid.client.js, loaded at the end of every page,
 * which draws each block as an SVG in the reader's light or dark theme and loads the bundle
 * only on pages that have a block. The fences stay in the Markdown, so a code host that
 * renders Mermaid (GitHub does) shows the same diagrams. `npm run check:site` proves in
 * Chromium that every block of the built site became an SVG.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSX, RendererEvent } from "typedoc";

const require = createRequire(import.meta.url);

/** What is copied into `<out>/assets/`: target name → source file. */
export const MERMAID_ASSETS = {
  "mermaid-render.js": fileURLToPath(new URL("./typedoc-mermaid.client.js", import.meta.url)),
  "mermaid.min.js": require.resolve("mermaid/dist/mermaid.min.js"),
  "mermaid.LICENSE.txt": require.resolve("mermaid/LICENSE"),
};

/**
 * Adds the render script to every page and copies the assets after rendering.
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.renderer.hooks.on("body.end", (context) =>
    JSX.createElement("script", { src: context.relativeURL("assets/mermaid-render.js") }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, "assets");
    mkdirSync(assets, { recursive: true });
    for (const [name, source] of Object.entries(MERMAID_ASSETS)) copyFileSync(source, join(assets, name));
  });
}
