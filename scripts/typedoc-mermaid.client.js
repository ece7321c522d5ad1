// Runs in the browser on every page of the TypeDoc site (copied to assets/ by
// scripts/typedoc-mermaid.mjs). Draws each ```mermaid block of the page as an SVG with the
// Mermaid bundle copied next to this file: no CDN, the site works offline. Pages without a
// block do not load the bundle. The source stays on the page, shown again if drawing fails.
//
// State for the browser check (scripts/check-site.ts), on <html data-mermaid="…">:
// "none" (no block), "loading", "done" (every block drawn) or "error" (one or more failed;
// each failure is also logged with console.error).
(() => {
  const root = document.documentElement;
  const blocks = [...document.querySelectorAll("pre > code.mermaid")];
  if (blocks.length === 0) {
    root.dataset.mermaid = "none";
    return;
  }
  root.dataset.mermaid = "loading";
  const bundle = new URL("mermaid.min.js", document.currentScript.src).href;

  const style = document.createElement("style");
  style.textContent =
    ".mermaid-diagram{margin:1em 0;overflow-x:auto}.mermaid-diagram svg{display:block;margin:0 auto;height:auto}" +
    ".mermaid-diagram.mermaid-error{color:var(--color-text);border-left:4px solid #d03838;padding:.5em 1em}";
  document.head.append(style);

  const diagrams = blocks.map((code) => {
    const pre = code.parentElement;
    const figure = document.createElement("div");
    figure.className = "mermaid-diagram";
    pre.after(figure);
    return { pre, figure, source: code.textContent ?? "" };
  });

  // TypeDoc's theme: <html data-theme="light|dark|os">; "os" follows the system setting.
  const system = window.matchMedia("(prefers-color-scheme: dark)");
  const theme = () => {
    const chosen = root.dataset.theme;
    return chosen === "dark" || (chosen !== "light" && system.matches) ? "dark" : "default";
  };

  let pass = 0;
  let drawn = "";
  const draw = async () => {
    const mermaid = globalThis.mermaid;
    const wanted = theme();
    if (wanted === drawn) return;
    drawn = wanted;
    pass += 1;
    mermaid.initialize({ startOnLoad: false, theme: wanted, securityLevel: "strict", suppressErrorRendering: true });
    let failed = 0;
    for (const [index, diagram] of diagrams.entries()) {
      try {
        const { svg } = await mermaid.render(`mermaid-${pass}-${index}`, diagram.source);
        diagram.figure.innerHTML = svg;
        // Mermaid shrinks a wide diagram to fit the column, which makes the text of a big
        // one unreadable: shrink to 70% at most, and let the figure scroll beyond that.
        const drawing = diagram.figure.querySelector("svg");
        const natural = Number.parseFloat(drawing?.style.maxWidth ?? "");
        if (drawing && natural > 0) drawing.style.minWidth = `${Math.round(natural * 0.7)}px`;
        diagram.figure.classList.remove("mermaid-error");
        diagram.pre.hidden = true;
      } catch (error) {
        failed += 1;
        const message = error instanceof Error ? error.message : String(error);
        diagram.figure.textContent = `This Mermaid diagram could not be drawn (its source is below): ${message}`;
        diagram.figure.classList.add("mermaid-error");
        diagram.pre.hidden = false;
        console.error(`Mermaid diagram ${index + 1} of ${diagrams.length} could not be drawn: ${message}`);
      }
    }
    root.dataset.mermaid = failed === 0 ? "done" : "error";
  };

  // Mermaid measures text, so it must draw on a displayed page: TypeDoc keeps <body> hidden
  // until its own script has run (or 500 ms have passed).
  const whenShown = () =>
    new Promise((resolve) => {
      if (document.body.style.display !== "none") return resolve();
      const observer = new MutationObserver(() => {
        if (document.body.style.display === "none") return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { attributes: true, attributeFilter: ["style"] });
    });

  // One pass at a time: a theme change while drawing waits for the pass in progress.
  let queue = Promise.resolve();
  const redraw = () => {
    queue = queue.then(draw);
    return queue;
  };

  const script = document.createElement("script");
  script.src = bundle;
  script.onload = async () => {
    await whenShown();
    await redraw();
    new MutationObserver(redraw).observe(root, { attributes: true, attributeFilter: ["data-theme"] });
    system.addEventListener("change", redraw);
  };
  script.onerror = () => {
    root.dataset.mermaid = "error";
    console.error(`The Mermaid bundle did not load from ${bundle}`);
  };
  document.head.append(script);
})();
