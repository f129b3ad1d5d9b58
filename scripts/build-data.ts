/**
 * The data build: validates `data/` (zod schemas + cross-checks) and writes `src/datasets/*.ts`, plus
 * the dataset entry points in package.json (`exports`, `typesVersions`) and jsr.json.
 *
 *   npm run data            validate and write
 *   npm run data -- --check validate and compare with the committed files; exit 1 on drift
 *
 * Any data error stops it with file, line and the problem; nothing is written then.
 * It reads only local files (no network).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, loadData } from "./_lib/load.ts";
import { render, renderManifests } from "./_lib/render.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const loaded = loadData(root);
for (const w of loaded.warnings) console.warn(`warning: ${formatProblem(w)}`);
if (loaded.errors.length > 0) {
  for (const e of loaded.errors) console.error(`error: ${formatProblem(e)}`);
  console.error(`\n${loaded.errors.length} data error(s); nothing written.`);
  process.exit(1);
}

const files = render(loaded);
// package.json's exports/typesVersions and jsr.json list every dataset subpath: generated here too.
for (const [path, text] of renderManifests(loaded, readFileSync(join(root, "package.json"), "utf8"))) files.set(path, text);
const outDir = join(root, "src", "datasets");
const existing = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith(".ts")).map((f) => `src/datasets/${f}`) : [];
const stale = existing.filter((f) => !files.has(f));
const changed = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text);

if (check) {
  if (changed.length > 0 || stale.length > 0) {
    for (const [path] of changed) console.error(`stale: ${path} differs from what data/ generates`);
    for (const path of stale) console.error(`stale: ${path} is not generated from data/`);
    console.error("Run `npm run data` and commit the result.");
    process.exit(1);
  }
  console.log(`data: ${loaded.datasets.length} datasets, ${loaded.sources.size} sources; generated files are current.`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [path, text] of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const path of stale) rmSync(join(root, path));
  const n = loaded.datasets.reduce((s, d) => s + d.observations.length, 0);
  console.log(`data: ${loaded.datasets.length} datasets, ${n} observations, ${loaded.sources.size} sources; wrote ${changed.length} file(s), removed ${stale.length}.`);
}
