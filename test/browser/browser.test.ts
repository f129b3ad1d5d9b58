/**
 * The ESM build in a real browser: Debian's headless Chromium, driven by playwright-core, loads
 * `dist/index.js` from a page served on localhost. Bare imports of runtime dependencies resolve
 * through an import map to their own ESM files in node_modules, as a no-bundler user would set up.
 * The browser must start: this test never skips (`.ci/run` installs chromium).
 *
 * Expected figures (sources in data/sources/core.csv):
 * - immigration 2023 = 335,668 (cbs-dossier-how-many-people-immigrate), 332,863 as of the 2024 edition
 *   (rijksoverheid-svm2024-news); 2022 = 403,108 (cbs-statline-37259ned-2023-08-04)
 * - population on 1 January 2023 = 17,811,291 (cbs-statline-85644ned)
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = { ".js": "text/javascript", ".mjs": "text/javascript", ".html": "text/html", ".json": "application/json" };

/**
 * An import map for the package's runtime dependencies: every entry of each dependency's `exports`
 * map (`date-fns/parseISO` …) mapped to its ESM file in node_modules, as Node would resolve it.
 */
async function importMap(): Promise<Record<string, string>> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const imports: Record<string, string> = {};
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const meta = JSON.parse(await readFile(join(root, "node_modules", dep, "package.json"), "utf8")) as {
      exports?: unknown;
      module?: string;
      main?: string;
    };
    const file = (f: string) => `/node_modules/${dep}/${f.replace(/^\.\//, "")}`;
    const exp = meta.exports;
    const subpaths = exp !== null && typeof exp === "object" && Object.keys(exp).some((k) => k.startsWith("."));
    if (subpaths) {
      for (const [key, entry] of Object.entries(exp as Record<string, unknown>)) {
        const esm = pickImport(entry);
        if (esm !== undefined && !key.includes("*")) imports[`${dep}${key.slice(1)}`] = file(esm);
      }
    } else {
      imports[dep] = file(pickImport(exp) ?? meta.module ?? meta.main ?? "index.js");
    }
  }
  return imports;
}

/** The ESM file of an `exports["."]` entry: the "browser", then "import" condition, then "default". */
function pickImport(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry;
  if (entry === null || typeof entry !== "object") return undefined;
  const e = entry as Record<string, unknown>;
  for (const key of ["browser", "import", "default"]) {
    const found = pickImport(e[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`);
  }
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  const map = await importMap();
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>staat-van-migratie in a browser</title>
<script type="importmap">${JSON.stringify({ imports: map })}</script></head><body></body></html>`;
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "content-type": "text/html" }).end(html);
      return;
    }
    if (!path.startsWith("/dist/") && !path.startsWith("/node_modules/")) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(root, path)).then(
      (body) => res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Flags as on this machine's probe: headless, no sandbox (root in CI), no background networking
  // (the network is closed), a fresh profile.
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * Runs `body` in the page as an async function with the module at `url` bound to `m`. The code is
 * passed as a string so that the test runner's transform leaves its dynamic `import()` alone.
 */
async function inPage<T>(url: string, body: string): Promise<T> {
  return (await page.evaluate(`(async () => { const m = await import(${JSON.stringify(url)}); ${body} })()`)) as T;
}

describe("the ESM build in headless Chromium", () => {
  it("runs in a real browser engine", async () => {
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Chrome\/\d+/);
  });

  it("computes values, vintages, changes and per-capita figures from dist/index.js", async () => {
    const result = await inPage<Record<string, unknown>>(
      "/dist/index.js",
      `const c = m.change(m.immigration, { from: 2022, to: 2023, asOf: "svm2024" });
      return {
        latest: m.value(m.immigration, { year: 2023 }),
        svm2024: m.value(m.immigration, { year: 2023, asOf: "svm2024" }),
        relative: c.relative,
        formatted: m.formatChange(c, { lang: "nl" }),
        perCapita: m.perCapita(m.immigration, { year: 2023 }),
        source: m.observation(m.immigration, { year: 2022 }).source.publisher,
        csv: m.toCSV(m.immigration, { from: 2022, to: 2023 }),
        description: m.describeDataset(m.euTemporaryProtection).description.nl,
        cite: m.cite(m.euTemporaryProtection),
      };`,
    );
    expect(result["latest"]).toBe(335668);
    expect(result["svm2024"]).toBe(332863);
    expect(result["relative"]).toBeCloseTo((332863 - 403108) / 403108, 12);
    expect(result["formatted"]).toContain("17% minder");
    expect(result["perCapita"]).toBeCloseTo((335668 / 17811291) * 1000, 9);
    expect(result["source"]).toBe("CBS");
    // toCSV: the hand-written RFC 4180 writer, no runtime dependency
    expect(result["csv"]).toContain("403108");
    expect(result["csv"]).toContain("335668");
    // The prose ships packed (src/datasets/_prose/packed.ts) and is unpacked in the page: the reviewed JSON text.
    const prose = JSON.parse(readFileSync(new URL("../../src/datasets/_prose/euTemporaryProtection.json", import.meta.url), "utf8")) as { description: { nl: string } };
    expect(result["description"]).toBe(prose.description.nl);
    expect(result["description"]).toContain("Oekraïne");
    expect(result["cite"]).toContain("Eurostat");
    expect(pageErrors).toEqual([]);
  });

  it("loads one dataset subpath on its own", async () => {
    const id = await inPage<string>("/dist/datasets/population.js", "return `${m.population.id}:${m.population.measure}`;");
    expect(id).toBe("population:stock");
  });

  it("reports caller mistakes as RangeError in the browser too", async () => {
    const message = await inPage<string>(
      "/dist/index.js",
      `try { m.value(m.immigration, { year: 1850 }); return "no error"; }
      catch (e) { return e.name + ": " + e.message; }`,
    );
    expect(message).toMatch(/^RangeError: value/);
  });
});
