/**
 * The docs build: the dataset catalogue (docs/datasets/*.md) and its charts (docs/datasets/charts/*.svg),
 * written from the dataset objects the package exports, and the vintage rule (src/_lib/vintageRule.ts)
 * written into docs/vintages.md (and README.md, if it has the markers) between
 * `<!-- vintage-rule:start -->` and `<!-- vintage-rule:end -->`. The API reference (docs/api/) is TypeDoc's:
 * `npm run docs` runs both.
 *
 *   npm run docs:catalogue            write the catalogue
 *   npm run docs:check                compare the catalogue, the vintage rule and the API reference with
 *                                     the committed files (TypeDoc builds into .tmp/docs-api); exit 1 on drift
 *   tsx scripts/build-docs.ts --check the catalogue and the vintage rule only (fast;
 *                                     test/docs-catalogue.test.ts does the same for the catalogue)
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
import { VINTAGE_RULE } from "../src/_lib/vintageRule.ts";
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

const RULE_START = "<!-- vintage-rule:start -->";
const RULE_END = "<!-- vintage-rule:end -->";

/** The vintage rule as Markdown: summary, cut-off, numbered steps (one line each, verbatim), edition. */
function vintageRuleMarkdown(): string {
  const { summary, cutOff, steps, edition } = VINTAGE_RULE;
  return [
    "<!-- Written by scripts/build-docs.ts from src/_lib/vintageRule.ts: change the words there, then run `npm run docs:catalogue`. -->",
    summary.en,
    "",
    cutOff.en,
    "",
    ...steps.map((s, i) => `${i + 1}. ${s.en}`),
    "",
    edition.en,
  ].join("\n");
}

/**
 * The files whose vintage rule is stale, with their text rewritten, and the problems: docs/vintages.md
 * must have the markers; README.md is written only when it has them.
 */
function vintageRuleFiles(): { changed: Map<string, string>; problems: string[] } {
  const changed = new Map<string, string>();
  const problems: string[] = [];
  for (const [path, required] of [["docs/vintages.md", true], ["README.md", false]] as const) {
    const text = readFileSync(join(root, path), "utf8");
    const start = text.indexOf(RULE_START);
    const end = text.indexOf(RULE_END);
    if (start === -1 && end === -1 && !required) continue;
    if (start === -1 || end === -1 || end < start || text.indexOf(RULE_START, start + 1) !== -1 || text.indexOf(RULE_END, end + 1) !== -1) {
      problems.push(`${path}: needs one ${RULE_START} and, after it, one ${RULE_END} (the vintage rule is written between them)`);
      continue;
    }
    const fresh = `${text.slice(0, start + RULE_START.length)}\n${vintageRuleMarkdown()}\n${text.slice(end)}`;
    if (fresh !== text) changed.set(path, fresh);
  }
  return { changed, problems };
}

if (process.argv.includes("--site")) {
  const written = await buildSite(root, join(root, "docs", "site"));
  console.log(`docs: site of ${written.length} pages and files (and the API reference) in docs/site/.`);
  process.exit(0);
}

const files = renderCatalogue(Object.values(datasets) as AnyDataset[]);
const stale = existing().filter((f) => !files.has(f));
const changed = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text);
const rule = vintageRuleFiles();
if (rule.problems.length > 0) {
  for (const line of rule.problems) console.error(line);
  process.exit(1);
}

if (check) {
  const api = process.argv.includes("--api") ? apiDrift() : [];
  if (changed.length > 0 || stale.length > 0 || api.length > 0 || rule.changed.size > 0) {
    for (const [path] of changed) console.error(`stale: ${path} differs from what the datasets generate`);
    for (const [path] of rule.changed) console.error(`stale: ${path}: the vintage rule between ${RULE_START} and ${RULE_END} differs from src/_lib/vintageRule.ts`);
    for (const path of stale) console.error(`stale: ${path} is not generated from any dataset`);
    for (const line of api) console.error(line);
    console.error("Run `npm run docs` and commit the result.");
    process.exit(1);
  }
  console.log(`docs: ${files.size} catalogue files${process.argv.includes("--api") ? ", the vintage rule and the API reference" : " and the vintage rule"} are current.`);
} else {
  for (const [path, text] of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const path of stale) rmSync(join(root, path));
  for (const [path, text] of rule.changed) writeFileSync(join(root, path), text);
  console.log(`docs: catalogue of ${Object.keys(datasets).length} datasets; wrote ${changed.length} file(s), removed ${stale.length}; the vintage rule ${rule.changed.size === 0 ? "was current" : `written into ${[...rule.changed.keys()].join(", ")}`}.`);
}
