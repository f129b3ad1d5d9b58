/**
 * The documentation site (docs/site/, built by `npm run docs`, shipped in the package) as a reader
 * opens it: from disk (file://) in Debian's headless Chromium, driven by playwright-core as in
 * browser.test.ts. Pages load without console errors or failed requests, the charts load, and every
 * internal link of every page (href and src) resolves to a file of the site; anchors into the
 * Markdown pages resolve to an id on the target page. And docs/site is current: a fresh build into
 * .tmp/ gives the same files.
 *
 * Screenshots of the home page and of the immigration page go to $DOCS_SITE_SCREENSHOTS (default
 * /tmp), for a person to look at.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, siteFiles } from "../../scripts/docs/site.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const site = join(root, "docs", "site");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const shots = process.env["DOCS_SITE_SCREENSHOTS"] ?? "/tmp";

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(site, "index.html"))) throw new Error("docs/site/ is missing: run `npm run docs`");
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const html = siteFiles(site).filter((f) => f.endsWith(".html"));

/** The relative links of an HTML file: href and src attributes that are not absolute URLs. */
function links(file: string): string[] {
  const text = readFileSync(join(site, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = m[1]!.replaceAll("&amp;", "&");
    if (url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) continue;
    out.push(url);
  }
  return out;
}

describe("the documentation site on disk", () => {
  it("has the home page, the catalogue, the guides, the notebook and the API reference", () => {
    for (const f of ["index.html", "datasets/index.html", "datasets/immigration.html", "datasets/charts/immigration.svg", "guides/getting-started.html", "notebooks/deno-example.html", "notebooks/deno-example.ipynb", "api/index.html", "api/functions/staat-van-migratie.toCSV.html", "api/functions/staat-van-migratie_chart.lineChart.html", "changelog.html"]) {
      expect(existsSync(join(site, f)), f).toBe(true);
    }
  });

  it("resolves every internal link of every page to a file (and Markdown anchors to an id)", () => {
    expect(html.length).toBeGreaterThan(50);
    const broken: string[] = [];
    let checked = 0;
    for (const file of html) {
      for (const url of links(file)) {
        const [path = "", hash] = url.split("#");
        const target = path === "" ? join(site, file) : normalize(join(dirname(join(site, file)), decodeURI(path.split("?")[0]!)));
        checked++;
        if (relative(site, target).startsWith("..") || !existsSync(target)) {
          broken.push(`${file}: ${url}`);
          continue;
        }
        // anchors into the pages rendered from Markdown (TypeDoc's own anchors are its business)
        if (hash && !file.startsWith("api/") && target.endsWith(".html") && !relative(site, target).startsWith("api")) {
          if (!readFileSync(target, "utf8").includes(`id="${hash}"`)) broken.push(`${file}: ${url} (no id "${hash}")`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it("loads its pages in Chromium from file:// without console errors or failed requests, charts included", async () => {
    const pages = [
      "index.html",
      "datasets/index.html",
      "datasets/immigration.html",
      "guides/getting-started.html",
      "guides/asylum-numbers.html",
      "notebooks/deno-example.html",
      "changelog.html",
      "api/index.html",
      "api/functions/staat-van-migratie.toCSV.html",
      "api/functions/staat-van-migratie_chart.lineChart.html",
    ];
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${String(e)}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    for (const p of pages) {
      const url = pathToFileURL(join(site, p)).href;
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response?.ok() ?? true, p).toBe(true);
      expect(await page.title(), p).toContain("staat-van-migratie");
      if (p === "index.html") await page.screenshot({ path: join(shots, "docs-site-home.png"), fullPage: false });
      if (p === "datasets/immigration.html") {
        // the chart: an <img> of the SVG, loaded and drawn at its size (760 px wide)
        const sizes = await page.$$eval("img", (imgs) => imgs.map((i) => [(i as HTMLImageElement).complete, (i as HTMLImageElement).naturalWidth]));
        expect(sizes.length).toBeGreaterThan(0);
        for (const [complete, width] of sizes) expect([complete, width]).toEqual([true, 760]);
        await page.screenshot({ path: join(shots, "docs-site-dataset.png"), fullPage: false });
      }
    }
    expect(problems).toEqual([]);
    // the navigation of the home page reaches the API reference by clicking, from disk
    await page.goto(pathToFileURL(join(site, "index.html")).href);
    await page.click("header nav >> text=API");
    expect(page.url()).toBe(pathToFileURL(join(site, "api/index.html")).href);
    await page.close();
  }, 120_000);

  it("is what `npm run docs` builds now (run it and commit docs/site when this fails)", async () => {
    const fresh = join(root, ".tmp", "docs-site");
    await buildSite(root, fresh);
    const built = siteFiles(fresh);
    const committed = siteFiles(site);
    expect(committed).toEqual(built);
    const stale = built.filter((f) => !readFileSync(join(site, f)).equals(readFileSync(join(fresh, f))));
    expect(stale).toEqual([]);
  }, 120_000);
});
