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
 * name, consumer code, limit in minified bytes: today's size (2026-11-27) + ~20%.
 * - change alone: 10,268 B (4,206 gzip); most of it is date-fns parseISO/formatISO for `asOf`.
 * - ./datasets/immigration: 22,821 B (6,712 gzip), mostly bilingual notes and source metadata.
 * - ./schema: 97,944 B (28,834 gzip), zod 4 classic API through `import * as z`.
 * - the root: 818,537 B (177,655 gzip), all 34 datasets, summary, cite and the exports.
 *   Raised on purpose from 825,000 when the data grew (asylum, flows, international updates):
 *   the root carries every figure; one function or one dataset stays small.
 */
const budgets: [string, string, number][] = [
  ["change alone", 'export { change } from "staat-van-migratie";', 12_000],
  ["one dataset (./datasets/immigration)", 'export { immigration } from "staat-van-migratie/datasets/immigration";', 27_500],
  ["the ./schema entry", 'export * from "staat-van-migratie/schema";', 118_000],
  ["the whole root", 'export * from "staat-van-migratie";', 980_000],
];

describe("bundle budgets (esbuild, minified ESM)", () => {
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
