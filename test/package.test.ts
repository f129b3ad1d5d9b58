/**
 * The published package, used the way consumers get it: `npm pack` once, install the tarball into a
 * temporary consumer project (dependencies from the registry or the npm cache), then
 *
 * - publint --strict on the installed package and attw on the tarball (every entry point: each
 *   dataset subpath is listed explicitly in `exports`, so attw checks them all);
 * - Node ESM (`.mjs`) and CJS (`.cjs`) files importing the root, `./schema` and a dataset subpath;
 * - `tsc` on `.mts`, `.cts` and `.ts` consumer files under `nodenext` and under `bundler` resolution,
 *   with `@ts-expect-error` lines that only hold if the package's types resolved (not `any`);
 * - the `staat-van-migratie` bin as installed.
 *
 * Expected figures (sources in data/sources/core.csv):
 * - immigration 2023 = 335,668, CBS final (cbs-dossier-how-many-people-immigrate);
 * - immigration 2023 = 332,863 as the Staat van Migratie 2024 had it on 2024-06-14 (rijksoverheid-svm2024-news);
 * - immigration 2022 = 403,108, CBS final (cbs-statline-37259ned-2023-08-04);
 * - population on 1 January 2023 = 17,811,291 (cbs-statline-85644ned).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string): string => join(root, "node_modules", ".bin", name);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let temp = "";
let consumer = "";
let tarball = "";

/** Runs a command; on a non-zero exit fails with its output. */
function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  temp = mkdtempSync(join(tmpdir(), "svm-pack-"));
  const packed = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", temp], root)) as { filename: string }[];
  tarball = join(temp, packed[0]!.filename);
  consumer = join(temp, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "consumer", private: true, version: "0.0.0" })}\n`);
  run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], consumer);
  for (const [name, text] of Object.entries(consumerFiles)) writeFileSync(join(consumer, name), text);
}, 180_000);

afterAll(() => {
  if (temp !== "") rmSync(temp, { recursive: true, force: true });
}, 60_000);

/** What both consumer files compute once the three entry points are loaded (ESM or CJS). */
const consumerBody = `const c = change(immigration, { from: 2022, to: 2023 });
console.log(JSON.stringify({
  value: value(immigration, { year: 2023 }),
  valueAsOf: value(immigration, { year: 2023, asOf: "2024-06-14" }),
  from: c.from, to: c.to, relative: c.relative,
  perCapita: perCapita(immigration, { year: 2023 }),
  population: value(population, { year: 2023 }),
  parsed: Observation.safeParse({ series: "total", year: 2023, value: 335668, status: "final", precision: 1, source: "x" }).success,
  rejected: Observation.safeParse({ series: "total", year: 2023, value: 1, status: "definitive", precision: 1, source: "x" }).success,
}));
`;

const consumerFiles: Record<string, string> = {
  "esm.mjs": `import { change, perCapita, value, population } from "staat-van-migratie";
import { immigration } from "staat-van-migratie/datasets/immigration";
import { Observation } from "staat-van-migratie/schema";
${consumerBody}`,
  "cjs.cjs": `const { change, perCapita, value, population } = require("staat-van-migratie");
const { immigration } = require("staat-van-migratie/datasets/immigration");
const { Observation } = require("staat-van-migratie/schema");
${consumerBody}`,
};
/** The same typed consumer code as .mts, .cts and .ts (ESM import syntax; tsc maps it per module kind). */
const typedConsumer = `import { change, perCapita, total, value, type ChangeResult, type SeriesOf } from "staat-van-migratie";
import { immigrationByMotive } from "staat-van-migratie/datasets/immigrationByMotive";
import { population } from "staat-van-migratie/datasets/population";
import { Observation, type Source } from "staat-van-migratie/schema";

export const v: number = value(immigrationByMotive, { year: 2023, series: "asylum" });
export const c: ChangeResult = change(immigrationByMotive, { from: 2022, to: 2023, series: "work" });
export const r: number = c.relative;
export const p: number = perCapita(immigrationByMotive, { year: 2023, series: "study" });
export const k: SeriesOf<typeof immigrationByMotive> = "family";
export const o: boolean = Observation.safeParse({}).success;
export const s: Source["kind"] = "newsRelease";
// @ts-expect-error "asylm" is not a series of immigrationByMotive
value(immigrationByMotive, { year: 2023, series: "asylm" });
// @ts-expect-error population is a stock: totalling it over years does not compile
total(population, { from: 2020, to: 2023 });
`;

describe("the packed tarball", () => {
  it("holds only dist/, the documentation site (docs/site/), package.json, README and LICENSE", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    const outside = files.filter((f) => !/^package\/(dist\/|docs\/site\/|package\.json$|README\.md$|LICENSE$)/.test(f));
    expect(outside).toEqual([]);
    expect(files).toContain("package/dist/datasets/immigration.d.cts");
    expect(files).toContain("package/dist/chart/index.js");
  });

  it("holds every file the README links to, so its links work in the installed package", () => {
    const files = new Set(execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n"));
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((u) => !/^[a-z]+:/i.test(u) && !u.startsWith("#"));
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) expect(files.has(`package/${t.split("#")[0]}`), t).toBe(true);
  });

  it("passes publint --strict", () => {
    const out = run(bin("publint"), ["--strict", "--pack", "false", join(consumer, "node_modules/staat-van-migratie")], root);
    expect(out).toContain("All good!");
  });

  it("passes attw for every entry point and resolution mode (node10, node16 CJS/ESM, bundler)", () => {
    const out = run(bin("attw"), [tarball, "--format", "ascii"], root);
    expect(out).toContain("No problems found");
    // every exported subpath was checked, none only as a "(wildcard)"
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    for (const entry of Object.keys(pkg.exports)) expect(out).toContain(`"staat-van-migratie${entry.slice(1)}"`);
    expect(out).not.toContain("wildcard");
  }, 120_000);
});

describe("a consumer project with the tarball installed", () => {
  function expectFigures(stdout: string): void {
    const out = JSON.parse(stdout) as Record<string, number | boolean>;
    expect(out.value).toBe(335668);
    expect(out.valueAsOf).toBe(332863);
    expect(out.from).toBe(403108);
    expect(out.to).toBe(335668);
    expect(out.relative).toBeCloseTo((335668 - 403108) / 403108, 12);
    expect(out.population).toBe(17811291);
    expect(out.perCapita).toBeCloseTo((335668 / 17811291) * 1000, 10);
    expect(out.parsed).toBe(true);
    expect(out.rejected).toBe(false);
  }

  it("runs from Node ESM: root, ./schema and ./datasets/immigration", () => {
    expectFigures(run(process.execPath, ["esm.mjs"], consumer));
  });

  it("runs from Node CJS: root, ./schema and ./datasets/immigration", () => {
    expectFigures(run(process.execPath, ["cjs.cjs"], consumer));
  });

  it("type-checks .mts, .cts and .ts consumers under nodenext and under bundler resolution", () => {
    for (const ext of ["mts", "cts", "ts"]) writeFileSync(join(consumer, `typed.${ext}`), typedConsumer);
    const files = ["typed.mts", "typed.cts", "typed.ts"];
    // skipLibCheck as most projects have it: checking zod's and the DOM's declarations costs ~40 s per run
    // and tests nothing of ours (our .d.ts are compiled by tsup's dts step and resolved by attw above).
    const common = ["--ignoreConfig", "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--lib", "es2022,dom", ...files];
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    run(process.execPath, [tsc, "--module", "nodenext", "--moduleResolution", "nodenext", ...common], consumer);
    run(process.execPath, [tsc, "--module", "esnext", "--moduleResolution", "bundler", ...common], consumer);
  }, 120_000);

  it("runs the installed bin: the 2023 summary in Dutch as the 2024 edition had it", () => {
    const out = run(join(consumer, "node_modules/.bin/staat-van-migratie"), ["summary", "2023", "--lang", "nl", "--as-of", "2024-06-14"], consumer);
    expect(out).toContain("332.863");
    expect(out).toContain("17% minder"); // rijksoverheid-svm2024-news: "17% minder dan in 2022"; 332,863 vs 403,108
    expect(out).toContain("voorlopig");
  });

  it("the bin exits 2 with a message for an unknown command", () => {
    const r = spawnSync(join(consumer, "node_modules/.bin/staat-van-migratie"), ["frobnicate"], { cwd: consumer, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});
