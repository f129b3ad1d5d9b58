/**
 * The documentation as a static site (docs/site/) that opens from disk (file://, relative links only)
 * and ships in the npm package:
 *
 * - index.html: the README; changelog.html: CHANGELOG.md;
 * - the Markdown under docs/ (guides, vintages, claims, coverage, data format, performance, the
 *   dataset catalogue) as HTML, with the catalogue's charts copied next to their pages;
 * - api/: the TypeDoc API reference as HTML (the Markdown reference in docs/api/ stays, for GitHub-less
 *   reading in the package);
 * - notebooks/: the Deno notebook, as the .ipynb and as a read-only HTML page.
 *
 * Links between Markdown files are rewritten to the HTML pages; links to docs/api/ go to api/.
 * Output is deterministic: the same inputs give the same bytes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { Marked, Renderer } from "marked";
import { Application, TSConfigReader } from "typedoc";

/** The Markdown sources (relative to the root) and where they go in the site. */
function pages(root: string): Map<string, string> {
  const out = new Map<string, string>([
    ["README.md", "index.html"],
    ["CHANGELOG.md", "changelog.html"],
  ]);
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (rel === "docs/api" || rel === "docs/site") continue;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith(".md")) out.set(rel, rel.slice("docs/".length).replace(/(^|\/)README\.md$/, "$1index.md").replace(/\.md$/, ".html"));
    }
  };
  walk("docs");
  return out;
}

/** The site path of a repository path, or undefined when the site has no such page. */
function target(repoPath: string, map: Map<string, string>): string | undefined {
  if (map.has(repoPath)) return map.get(repoPath);
  if (repoPath === "docs/api" || repoPath.startsWith("docs/api/")) return "api/index.html";
  if (repoPath === "docs/notebooks/deno-example.ipynb") return "notebooks/deno-example.html";
  if (repoPath.startsWith("docs/datasets/charts/")) return repoPath.slice("docs/".length);
  if (repoPath === "LICENSE") return "LICENSE.txt";
  // The README links into the built site itself (docs/site/…), so that its links work in the package.
  if (repoPath.startsWith("docs/site/")) return repoPath.slice("docs/site/".length);
  return undefined;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function escape(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

const CSS = `:root { color-scheme: light; --fg: #1b1b1b; --muted: #555; --line: #ddd; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
header { border-bottom: 1px solid var(--line); background: #f7f7f8; }
header nav { max-width: 60rem; margin: 0 auto; padding: .6rem 1rem; display: flex; gap: 1.2rem; flex-wrap: wrap; align-items: baseline; }
header nav a.home { font-weight: 700; color: var(--fg); }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
a { color: var(--accent); }
h1, h2, h3 { line-height: 1.25; }
pre { background: #f5f5f7; border: 1px solid var(--line); padding: .75rem; overflow-x: auto; font-size: 14px; }
code { font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
:not(pre) > code { background: #f1f1f3; padding: 0 .2em; border-radius: 3px; }
table { border-collapse: collapse; margin: 1rem 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; vertical-align: top; }
img { max-width: 100%; height: auto; }
footer { max-width: 60rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: 14px; border-top: 1px solid var(--line); }
.cell { margin: 1.2rem 0; }
.cell .label { color: var(--muted); font-size: 13px; }
`;

/** One page of the site: the navigation, the content, a footer; links relative to `at`. */
function page(at: string, title: string, body: string): string {
  const up = (p: string) => posix.relative(posix.dirname(at), p) || posix.basename(p);
  const nav = [
    ["index.html", "staat-van-migratie", "home"],
    ["datasets/index.html", "Datasets", ""],
    ["guides/index.html", "Guides", ""],
    ["api/index.html", "API", ""],
    ["notebooks/deno-example.html", "Notebook", ""],
    ["changelog.html", "Changelog", ""],
  ]
    .map(([href, text, cls]) => `<a${cls ? ` class="${cls}"` : ""} href="${up(href!)}">${text}</a>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · staat-van-migratie</title>
<link rel="stylesheet" href="${up("style.css")}">
</head>
<body>
<header><nav>
${nav}
</nav></header>
<main>
${body}
</main>
<footer>staat-van-migratie — figures of their publishers (CBS, IND, COA, Rijksoverheid, Eurostat, UNHCR, …), code under the MIT licence. <a href="${up("LICENSE.txt")}">Licence</a> · <a href="https://www.npmjs.com/package/staat-van-migratie">npm</a></footer>
</body>
</html>
`;
}

/** Markdown to HTML, with links to other pages rewritten to their site paths. */
function renderMarkdown(source: string, from: string, at: string, map: Map<string, string>): { html: string; title: string } {
  const renderer = new Renderer();
  const link = (href: string): string => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) return href;
    const [path = "", hash] = href.split("#");
    const repoPath = posix.normalize(posix.join(posix.dirname(from), decodeURI(path)));
    const to = target(repoPath, map);
    if (to === undefined) throw new Error(`${from}: link to ${href} (${repoPath}) has no page in the site`);
    return `${posix.relative(posix.dirname(at), to) || posix.basename(to)}${hash === undefined ? "" : `#${hash}`}`;
  };
  renderer.link = (href, title, text) => `<a href="${escape(link(href))}"${title ? ` title="${escape(title)}"` : ""}>${text}</a>`;
  renderer.image = (href, title, text) => `<img src="${escape(link(href))}" alt="${escape(text)}"${title ? ` title="${escape(title)}"` : ""}>`;
  renderer.heading = (text, level, raw) => `<h${level} id="${slug(raw)}">${text}</h${level}>\n`;
  const marked = new Marked({ gfm: true, renderer, async: false });
  const html = marked.parse(source) as string;
  const title = /^#\s+(.+)$/m.exec(source)?.[1]?.replace(/[`*_]/g, "") ?? posix.basename(at, ".html");
  return { html, title };
}

/** The notebook as a read-only page: Markdown cells rendered, code cells as code. */
function renderNotebook(root: string, map: Map<string, string>): string {
  const from = "docs/notebooks/deno-example.ipynb";
  const at = "notebooks/deno-example.html";
  const nb = JSON.parse(readFileSync(join(root, from), "utf8")) as { cells: { cell_type: string; source: string[] | string }[] };
  let title = "Deno notebook";
  const parts = nb.cells.map((c, i) => {
    const src = Array.isArray(c.source) ? c.source.join("") : c.source;
    if (c.cell_type === "markdown") {
      const r = renderMarkdown(src, from, at, map);
      if (i === 0) title = r.title;
      return `<div class="cell">${r.html}</div>`;
    }
    return `<div class="cell"><div class="label">In [${i}] (TypeScript, Deno kernel)</div><pre><code class="language-ts">${escape(src)}</code></pre></div>`;
  });
  parts.push(`<p><a href="deno-example.ipynb">Download the notebook (.ipynb)</a></p>`);
  return page(at, title, parts.join("\n"));
}

/** The TypeDoc HTML reference into `out`, with the options of typedoc.json minus the Markdown theme's. */
async function apiReference(root: string, out: string): Promise<void> {
  const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as Record<string, unknown>;
  const markdownOnly = ["$schema", "plugin", "out", "outputFileStrategy", "flattenOutputFiles", "useCodeBlocks", "expandObjects", "parametersFormat", "interfacePropertiesFormat", "typeDeclarationFormat", "indexFormat", "sanitizeComments"];
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (!markdownOnly.includes(k)) options[k] = v;
  const app = await Application.bootstrapWithPlugins(
    {
      ...options,
      entryPoints: (config.entryPoints as string[]).map((e) => join(root, e)),
      tsconfig: join(root, "tsconfig.json"),
      plugin: [join(root, "scripts", "docs", "typedoc-plugin.mjs")],
      out,
      name: "staat-van-migratie",
      // Placeholders, made relative to each page below (TypeDoc writes these links verbatim).
      navigationLinks: { Home: `${SITE_ROOT}index.html`, Datasets: `${SITE_ROOT}datasets/index.html`, Guides: `${SITE_ROOT}guides/index.html` },
      cleanOutputDir: true,
    },
    [new TSConfigReader()],
  );
  const project = await app.convert();
  if (project === undefined || app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error("typedoc: the API reference has errors or warnings");
  await app.generateOutputs(project);
  for (const f of siteFiles(out)) {
    if (!f.endsWith(".html")) continue;
    const text = readFileSync(join(out, f), "utf8");
    const up = "../".repeat(f.split("/").length);
    // TypeDoc's icons: its icons.js puts the sprite into every page, but the markup points at
    // assets/icons.svg first, which a browser refuses to load from file:// (a console error each).
    writeFileSync(join(out, f), text.replaceAll(SITE_ROOT, up).replace(/href="(?:\.\.\/)*assets\/icons\.svg#icon-/g, 'href="#icon-'));
  }
}

const SITE_ROOT = "SITE-ROOT-PLACEHOLDER/";

/** Builds the whole site into `out` (replacing it). */
export async function buildSite(root: string, out: string): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const map = pages(root);
  const written: string[] = [];
  const write = (rel: string, text: string | Buffer): void => {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), text);
    written.push(rel);
  };
  write("style.css", CSS);
  for (const [from, at] of map) {
    const { html, title } = renderMarkdown(readFileSync(join(root, from), "utf8"), from, at, map);
    write(at, page(at, title, html));
  }
  const charts = join(root, "docs", "datasets", "charts");
  if (existsSync(charts)) for (const f of readdirSync(charts).sort()) if (f.endsWith(".svg")) write(`datasets/charts/${f}`, readFileSync(join(charts, f)));
  write("notebooks/deno-example.ipynb", readFileSync(join(root, "docs", "notebooks", "deno-example.ipynb")));
  write("notebooks/deno-example.html", renderNotebook(root, map));
  write("LICENSE.txt", readFileSync(join(root, "LICENSE")));
  await apiReference(root, join(out, "api"));
  return written;
}

/** Every file under `dir`, relative to it, sorted. */
export function siteFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? siteFiles(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`]));
}
