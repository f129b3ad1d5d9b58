/**
 * The docs build: the dataset catalogue (docs/datasets/*.md) and its charts (docs/datasets/charts/*.svg),
 * written from the dataset objects the package exports. The API reference (docs/api/) is TypeDoc's:
 * `npm run docs` runs both.
 *
 *   npm run docs:catalogue            write the catalogue
 *   npm run docs:check                compare the catalogue and the API reference with the committed
 *                                     files (TypeDoc builds into .tmp/docs-api); exit 1 on drift
 *   tsx scripts/build-docs.ts --check the catalogue only (fast; test/docs-catalogue.test.ts does the same)
 *   npm run docs:site                 the static site (docs/site/: the README, guides, catalogue and
 *                                     notebook as HTML, and TypeDoc's HTML API reference), after the
 *                                     catalogue; it opens from disk and ships in the npm package
 *
 * It reads only local files (no network).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as datasets from "../src/datasets/index.ts";
import type { AnyDataset } from "../src/types.ts";
import { renderCatalogue } from "./docs/catalogue.ts";
import { buildSite } from "./docs/site.ts";

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

/** Every file under `dir`, relative to it. */
function tree(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? tree(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`]));
}

/** Build the API reference into .tmp/docs-api and list the differences with docs/api. */
function apiDrift(): string[] {
  const out = join(root, ".tmp", "docs-api");
  rmSync(out, { recursive: true, force: true });
  const bin = join(root, "node_modules", ".bin", process.platform === "win32" ? "typedoc.cmd" : "typedoc");
  const r = spawnSync(bin, ["--out", out], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) return [`typedoc failed:\n${r.stdout}${r.stderr}`];
  const committed = join(root, "docs", "api");
  const built = tree(out);
  const problems = built.filter((f) => !existsSync(join(committed, f)) || readFileSync(join(committed, f), "utf8") !== readFileSync(join(out, f), "utf8")).map((f) => `stale: docs/api/${f}`);
  for (const f of tree(committed)) if (!built.includes(f)) problems.push(`stale: docs/api/${f} is no longer generated`);
  rmSync(out, { recursive: true, force: true });
  return problems;
}

if (process.argv.includes("--site")) {
  const written = await buildSite(root, join(root, "docs", "site"));
  console.log(`docs: site of ${written.length} pages and files (and the API reference) in docs/site/.`);
  process.exit(0);
}

const files = renderCatalogue(Object.values(datasets) as AnyDataset[]);
const stale = existing().filter((f) => !files.has(f));
const changed = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text);

if (check) {
  const api = process.argv.includes("--api") ? apiDrift() : [];
  if (changed.length > 0 || stale.length > 0 || api.length > 0) {
    for (const [path] of changed) console.error(`stale: ${path} differs from what the datasets generate`);
    for (const path of stale) console.error(`stale: ${path} is not generated from any dataset`);
    for (const line of api) console.error(line);
    console.error("Run `npm run docs` and commit the result.");
    process.exit(1);
  }
  console.log(`docs: ${files.size} catalogue files${process.argv.includes("--api") ? " and the API reference" : ""} are current.`);
} else {
  for (const [path, text] of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const path of stale) rmSync(join(root, path));
  console.log(`docs: catalogue of ${Object.keys(datasets).length} datasets; wrote ${changed.length} file(s), removed ${stale.length}.`);
}
