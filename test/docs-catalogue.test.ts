/**
 * The generated docs are current and complete: every dataset has a catalogue page and a chart, the
 * committed pages are what scripts/build-docs.ts writes (`npm run docs`), and every public function has
 * the TSDoc the API reference needs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderCatalogue } from "../scripts/docs/catalogue.ts";
import * as datasets from "../src/datasets/index.ts";
import * as api from "../src/index.ts";
import type { AnyDataset } from "../src/types.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const all = Object.values(datasets) as AnyDataset[];
const files = renderCatalogue(all);

describe("dataset catalogue", () => {
  it("has a page and a chart for every dataset", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      const page = files.get(`docs/datasets/${d.id}.md`);
      expect(page, d.id).toBeDefined();
      expect(page).toContain(`](charts/${d.id}.svg)`);
      const svg = files.get(`docs/datasets/charts/${d.id}.svg`);
      expect(svg, d.id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      // a chart with marks: a line or bars
      expect(svg).toMatch(/aria-label="(line|bar)"/);
      expect(files.get("docs/datasets/README.md")).toContain(`](${d.id}.md)`);
    }
  });

  it("states the definition in English and Dutch, the unit and the publisher of record", () => {
    // immigration: CBS, persons, flow (data/datasets/immigration/metadata.yaml)
    const page = files.get("docs/datasets/immigration.md")!;
    expect(page).toContain("# Immigration");
    expect(page).toContain("*Immigratie*");
    expect(page).toContain("**en** People who settled in the Netherlands");
    expect(page).toContain("**nl** Personen die zich");
    expect(page).toContain("| unit | persons |");
    expect(page).toContain("| publisher of record | CBS |");
    expect(page).toContain("https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/staat-van-migratie-2024-in-2023-stappen-gezet-naar-grip-op-migratie");
    // population is a stock at 1 January
    expect(files.get("docs/datasets/population.md")).toContain("| reference date | 1 January (`01-01`)");
  });

  it("marks cells as docs/coverage.md does", () => {
    // immigration 2023: CBS's exact final 335,668 (cbs-dossier-how-many-people-immigrate) → E
    const coverage = readFileSync(join(root, "docs", "coverage.md"), "utf8");
    const row = (text: string, id: string, series: string) => {
      const section = text.slice(text.indexOf(`## ${id}`));
      return section.split("\n").find((l) => l.startsWith(`| \`${series}\` |`));
    };
    for (const d of all) {
      const page = files.get(`docs/datasets/${d.id}.md`)!;
      for (const series of Object.keys(d.series)) {
        const mine = row(page.slice(page.indexOf("## Coverage") - 3), "Coverage", series);
        expect(mine, `${d.id} ${series}`).toBeDefined();
        expect(mine, `${d.id} ${series}`).toBe(row(coverage, d.id, series));
      }
    }
  });

  it("is current: the committed files are what `npm run docs` writes", () => {
    const stale = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text).map(([p]) => p);
    expect(stale, "run `npm run docs` and commit docs/datasets/").toEqual([]);
  });
});

describe("API reference", () => {
  const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as Record<string, unknown>;

  it("builds from the three entry points (root, ./schema, ./chart) with warnings as errors", () => {
    expect(config.entryPoints).toEqual(["src/index.ts", "src/schema/index.ts", "src/chart/index.ts"]);
    expect(config.treatWarningsAsErrors).toBe(true);
  });

  it("builds with TypeDoc (no warnings) into exactly the committed docs/api", () => {
    // `npm run docs:check`: TypeDoc into .tmp/docs-api, then compared file by file with docs/api.
    const r = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/build-docs.ts", "--check", "--api"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(`${r.stdout}${r.stderr}`, "run `npm run docs` and commit docs/").toContain("are current");
    expect(r.status).toBe(0);
  }, 120_000);

  it("every exported function has a summary, @param, @returns, @throws, @example and @category", () => {
    const index = readFileSync(join(root, "src", "index.ts"), "utf8");
    const functions = Object.entries(api).filter(([, v]) => typeof v === "function").map(([k]) => k);
    expect(functions).toContain("value");
    const missing: string[] = [];
    for (const fn of functions) {
      const from = new RegExp(`export \\{[^}]*\\b${fn}\\b[^}]*\\} from "\\./([^"]+)"`).exec(index)?.[1];
      expect(from, `${fn}: re-exported from a file`).toBeDefined();
      const source = readFileSync(join(root, "src", from!), "utf8");
      const at = source.search(new RegExp(`export (async )?function ${fn}\\b`));
      expect(at, `${fn} in src/${from}`).toBeGreaterThan(0);
      const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(source.slice(0, at))?.[1] ?? "";
      const summary = doc.split("\n").map((l) => l.replace(/^\s*\*\s?/, "")).find((l) => l.trim() !== "");
      if (!summary || summary.startsWith("@")) missing.push(`${fn}: summary`);
      for (const tag of ["@param", "@returns", "@throws", "@example", "@category"]) if (!doc.includes(tag)) missing.push(`${fn}: ${tag}`);
    }
    expect(missing).toEqual([]);
  });
});
