/**
 * The docs build: the dataset catalogue (docs/datasets/*.md) and its charts (docs/datasets/charts/*.svg),
 * written from the dataset objects the package exports. The API reference (docs/api/) is TypeDoc's:
 * `npm run docs` runs both.
 *
 *   npm run docs:catalogue            write the catalogue
 *   npm run docs:check                compare with the committed files; exit 1 on drift
 *
 * It reads only local files (no network).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as datasets from "../src/datasets/index.ts";
import type { AnyDataset } from "../src/types.ts";
import { renderCatalogue } from "./docs/catalogue.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

/** The files under docs/datasets/ now, relative to the root. */
function existing(): string[] {
  const out: string[] = [];
  for (const dir of ["docs/datasets", "docs/datasets/charts"]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)) if (f.endsWith(".md") || f.endsWith(".svg")) out.push(`${dir}/${f}`);
  }
  return out;
}

const files = renderCatalogue(Object.values(datasets) as AnyDataset[]);
const stale = existing().filter((f) => !files.has(f));
const changed = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text);

if (check) {
  if (changed.length > 0 || stale.length > 0) {
    for (const [path] of changed) console.error(`stale: ${path} differs from what the datasets generate`);
    for (const path of stale) console.error(`stale: ${path} is not generated from any dataset`);
    console.error("Run `npm run docs` and commit the result.");
    process.exit(1);
  }
  console.log(`docs: ${files.size} catalogue files are current.`);
} else {
  for (const [path, text] of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const path of stale) rmSync(join(root, path));
  console.log(`docs: catalogue of ${Object.keys(datasets).length} datasets; wrote ${changed.length} file(s), removed ${stale.length}.`);
}
