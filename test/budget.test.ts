/**
 * Size budgets: what a consumer's bundler (esbuild, minified ESM, from the built `dist/` through the
 * package's own `exports`) ships for one measure function, one dataset, the `./schema` entry and the
 * whole root. The limits are today's sizes plus about 20%; raise them on purpose, not by accident.
 *
 * And tree-shaking: a function-only bundle holds no dataset value, no source URL and no zod.
 * Figures looked for: immigration 2023 = 335,668 (cbs-dossier-how-many-people-immigrate), 332,863
 * (rijksoverheid-svm2024-news), 2022 = 403,108 (cbs-statline-37259ned-2023-08-04), population on
 * 1 January 2023 = 17,811,291 (cbs-statline-85644ned).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
});

/** Bundles `code` as a consumer would (the package resolves by name, through `exports`). */
async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: root, loader: "js", sourcefile: "consumer.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

const bytes = (text: string): number => Buffer.byteLength(text, "utf8");
const zodMarkers = /ZodError|\$ZodType|_zod/;
const datasetMarkers = ["335668", "332863", "403108", "17811291", "cbs.nl", "https://"];

/**
 * name, consumer code, limit in minified bytes. These are guards, not yet the goals of the lean data
 * layout (issue 15: `change` alone ≤ 3,000 B, `{ value, immigration }` ≤ 8,000 B, a dataset's figures
 * ≤ 3× their CSV), which need figures and prose in separate modules.
 * - change alone: 8,530 B (3,440 gzip) on 2026-12-06, without date-fns (removed), with the strict option
 *   reader and named messages.
 * - ./datasets/immigration: 33,925 B (9,755 gzip), mostly bilingual notes and source metadata; raised on
 *   purpose from 27,500 when the source audit and the 2025 figures added dated sources and notes.
 * - ./schema: 103,660 B (30,692 gzip), zod 4 classic API through `import * as z`, and defineDataset.
 * - the root: all datasets, summary, cite and the exports. It carries every figure, so its budget is per
 *   observation bundled (1,272,998 B for 2,785 observations on 2026-12-06: 457 B each, figures,
 *   sources and prose together); one function or one dataset stays small.
 */
const budgets: [string, string, number][] = [
  ["change alone", 'export { change } from "staat-van-migratie";', 12_000],
  ["one dataset (./datasets/immigration)", 'export { immigration } from "staat-van-migratie/datasets/immigration";', 36_000],
  ["the ./schema entry", 'export * from "staat-van-migratie/schema";', 118_000],
];

/** Observations bundled in the root, counted from the generated modules' data. */
async function observationCount(): Promise<number> {
  const api = (await import("../src/index.ts")) as Record<string, unknown>;
  let n = 0;
  for (const x of Object.values(api)) if (typeof x === "object" && x !== null && "observations" in x) n += (x as { observations: unknown[] }).observations.length;
  return n;
}

describe("bundle budgets (esbuild, minified ESM)", () => {
  it("the whole root stays under 520 B per bundled observation", async () => {
    const text = await bundle('export * from "staat-van-migratie";');
    const n = await observationCount();
    console.log(`budget: the whole root: ${bytes(text)} B minified for ${n} observations (${Math.round(bytes(text) / n)} B each)`);
    expect(n).toBeGreaterThan(2000);
    expect(bytes(text) / n).toBeLessThanOrEqual(520);
  });

  for (const [name, code, limit] of budgets) {
    it(`${name} stays under ${limit.toLocaleString("en")} B`, async () => {
      const text = await bundle(code);
      const size = bytes(text);
      console.log(`budget: ${name}: ${size} B minified, ${gzipSync(text).length} B gzip (limit ${limit} B)`);
      expect(size).toBeLessThanOrEqual(limit);
      expect(size).toBeGreaterThan(0);
    });
  }
});

describe("tree-shaking", () => {
  it("a bundle of `change` alone holds no dataset value, no source URL and no zod", async () => {
    const text = await bundle('import { change } from "staat-van-migratie"; console.log(change);');
    for (const marker of datasetMarkers) expect(text, marker).not.toContain(marker);
    expect(text).not.toMatch(zodMarkers);
  });

  it("a bundle of all functions (no dataset imported) holds no dataset value and no zod", async () => {
    const text = await bundle(
      'import { change, formatChange, formatNumber, formatPercent, mean, observation, perCapita, rank, revisions, share, timeseries, total, value } from "staat-van-migratie";\n' +
        "console.log(change, formatChange, formatNumber, formatPercent, mean, observation, perCapita, rank, revisions, share, timeseries, total, value);",
    );
    // perCapita's default denominator is the bundled population dataset, so it may carry that one.
    for (const marker of ["335668", "332863", "403108"]) expect(text, marker).not.toContain(marker);
    expect(text).not.toMatch(zodMarkers);
  });

  it("the whole root holds no zod (zod is only in ./schema)", async () => {
    expect(await bundle('export * from "staat-van-migratie";')).not.toMatch(zodMarkers);
  });

  it("one dataset holds that dataset's figures and not another's", async () => {
    const text = await bundle('import { immigration } from "staat-van-migratie/datasets/immigration"; console.log(immigration);');
    expect(text).toContain("335668");
    expect(text).not.toContain("17811291"); // population, another dataset
    expect(text).not.toMatch(zodMarkers);
  });

  it("the ./schema entry holds zod and no dataset value", async () => {
    const text = await bundle('export * from "staat-van-migratie/schema";');
    expect(text).toMatch(zodMarkers);
    for (const marker of datasetMarkers.slice(0, 4)) expect(text, marker).not.toContain(marker);
  });
});
