/**
 * `npm run bench`: benchmarks of the built package (dist/, imported by its own name as a user
 * would) against the code a user would otherwise write (the same figures as CSV text, parsed with
 * d3-dsv and queried with d3-array), and how costs grow with the number of observations. Writes
 * docs/performance.md, which opens with the targets of issue 15 (bundle sizes, source addresses,
 * cold import, warm calls: measured, against a baseline or the target, pass or fail); the targets
 * table is printed to stdout too, progress to stderr. Not part of `npm test`: timings depend on the
 * machine; test/complexity.test.ts guards the complexity instead.
 *
 * Usage: `npm run bench` (builds first), or `tsx bench/run.ts [--quick]` on an existing build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ascending, filter, rollup } from "d3-array";
import { autoType, csvParse } from "d3-dsv";
import { Bench } from "tinybench";
import type { AnyDataset, Dataset } from "../src/types.ts";
import { bundle, bytes, bytesByModule, gzipBytes, sourceRecordIds, urlCounts } from "./_sizes.ts";
import { PACKED_PROSE, PACKED_SOURCES } from "../src/datasets/_prose/packed.ts";
import { EDITION_SOURCES } from "../src/datasets/_prose/editionSources.ts";
import { unpack } from "../src/_lib/unpack.ts";
import { toCSV as srcToCSV } from "../src/toCSV.ts";
import { FIRST_YEAR, sealSynthetic, seriesKey, syntheticOfSize } from "./synthetic.ts";
// The query functions take only sealed datasets. A user's own dataset is sealed by defineDataset
// (which validates every row first); the synthetic ones are made valid, so they are sealed directly
// (sealSynthetic). The brand is a shared symbol, so the built package recognises them.

type Package = typeof import("../src/index.ts");

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const COLD_REPEATS = quick ? 3 : 11;
/** Runs per variant of the cold-import target (interleaved, so that load drifts hit every variant alike). */
const TARGET_COLD_REPEATS = quick ? 7 : 31;
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000];
const TASK_TIME = quick ? 50 : 250;

// The package as a user gets it: by name, through package.json "exports", from dist/.
const specifier = "staat-van-migratie";
const pkg = (await import(specifier)) as Package;

// ---------------------------------------------------------------- helpers

/**
 * CPU time of this process in ms (user + system, all threads). The machine is shared, so wall-clock
 * time mostly measures how long the process waited for a core; CPU time measures its own work.
 */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A duration in ms, written with a unit that keeps 3 significant digits. */
function fmt(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toPrecision(3)} µs`;
  return `${(ms * 1e6).toPrecision(3)} ns`;
}

function ratio(baseline: number, ours: number): string {
  const r = baseline / ours;
  return r >= 10 ? `${Math.round(r).toLocaleString("en-US")}×` : `${r.toPrecision(2)}×`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/**
 * Time per operation (median latency of tinybench samples ÷ batch size, in ms). Each sample runs
 * `batch` calls over varying inputs, so that fast operations are not dominated by the timer.
 */
async function perOp(tasks: Record<string, { batch: number; fn: () => void }>): Promise<Record<string, number>> {
  const bench = new Bench({ now: cpuNow, time: TASK_TIME, iterations: 10, warmupTime: Math.min(TASK_TIME, 100), warmupIterations: 3, throws: true });
  for (const [name, t] of Object.entries(tasks)) bench.add(name, t.fn);
  await bench.run();
  const out: Record<string, number> = {};
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`bench task ${task.name}: ${r.state}`);
    out[task.name] = r.latency.p50 / tasks[task.name]!.batch;
  }
  return out;
}

/** Calls `fn(i)` for i = 0 … batch−1: a batch of varied queries. */
function batchOf(batch: number, fn: (i: number) => unknown): { batch: number; fn: () => void } {
  let sink: unknown;
  return {
    batch,
    fn: () => {
      for (let i = 0; i < batch; i++) sink = fn(i);
      if (sink === Symbol.for("never")) console.log(sink);
    },
  };
}

interface Row {
  series: string;
  year: number;
  value: number;
}

/**
 * The figures a user would otherwise download, as CSV text: the package's own CSV export (the
 * chosen figure of every cell, with label, status, precision and source columns).
 */
function csvOf(dataset: AnyDataset): string {
  // A synthetic dataset's description (its source records) is registered with the source modules
  // (sealSynthetic), so its CSV is written by the same function from src/, not from dist/.
  return Object.hasOwn(pkg, dataset.id) ? pkg.toCSV(dataset) : srcToCSV(dataset);
}

const parse = (text: string): Row[] => csvParse(text, autoType) as unknown as Row[];
const find = (rows: readonly Row[], series: string, year: number): number => filter(rows, (d) => d.series === series && d.year === year)[0]!.value;
const indexRows = (rows: readonly Row[]): Map<string, Map<number, number>> =>
  rollup(
    rows,
    (v) => v[0]!.value,
    (d) => d.series,
    (d) => d.year,
  );

// ---------------------------------------------------------------- 1. cold import

interface Cold {
  label: string;
  importMs: number;
  firstQueryMs: number;
  wallMs: number;
  cpuMs: number;
}

function coldRun(label: string, code: string): Cold {
  const imports: number[] = [];
  const queries: number[] = [];
  const walls: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < COLD_REPEATS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
    walls.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim()) as { importMs: number; firstQueryMs: number; cpuMs: number };
    cpu.push(m.cpuMs);
    imports.push(m.importMs);
    queries.push(m.firstQueryMs);
  }
  return { label, importMs: median(imports), firstQueryMs: median(queries), wallMs: median(walls), cpuMs: median(cpu) };
}

function coldImports(csvFile: string, popFile: string): Cold[] {
  const out = (q: string): string => `const t2 = performance.now(); ${q}; const t3 = performance.now();
const u = process.cpuUsage();
console.log(JSON.stringify({ importMs: t1 - t0, firstQueryMs: t3 - t0, cpuMs: (u.user + u.system) / 1000 }));`;
  return [
    coldRun("empty Node process", `const t0 = performance.now(), t1 = t0; ${out("0")}`),
    coldRun(
      "root entry `staat-van-migratie`",
      `const t0 = performance.now(); const m = await import("staat-van-migratie"); const t1 = performance.now();
${out("m.perCapita(m.immigration, { year: 2023 })")}`,
    ),
    coldRun(
      "dataset subpath `staat-van-migratie/datasets/immigration`",
      `const t0 = performance.now(); const d = await import("staat-van-migratie/datasets/immigration"); const t1 = performance.now();
${out("Object.keys(d.immigration).length")}`,
    ),
    coldRun(
      "baseline: read CSV files + d3-dsv + d3-array",
      `import { readFileSync } from "node:fs";
const t0 = performance.now(); const [dsv, array] = await Promise.all([import("d3-dsv"), import("d3-array")]);
const rows = dsv.csvParse(readFileSync(${JSON.stringify(csvFile)}, "utf8"), dsv.autoType);
const pop = dsv.csvParse(readFileSync(${JSON.stringify(popFile)}, "utf8"), dsv.autoType);
const t1 = performance.now();
${out(`array.filter(rows, (d) => d.year === 2023)[0].value / array.filter(pop, (d) => d.year === 2023)[0].value * 1000`)}`,
    ),
  ];
}

// ---------------------------------------------------------------- 2. bundled datasets

async function bundled(): Promise<{ rows: string[][]; parseMs: number; indexMs: number; ops: Record<string, number> }> {
  const { immigration, immigrationByMotiveNonEuEfta: motive, population } = pkg;
  const years = pkg.timeseries(immigration).map((p) => p.year);
  const texts = { immigration: csvOf(immigration), motive: csvOf(motive), population: csvOf(population) };
  const rows = { immigration: parse(texts.immigration), motive: parse(texts.motive), population: parse(texts.population) };
  const idx = { immigration: indexRows(rows.immigration), motive: indexRows(rows.motive), population: indexRows(rows.population) };
  const y = (i: number): number => years[i % years.length]!;
  const prev = (i: number): number => years[Math.max(0, (i % years.length) - 1)]!;
  const popYears = new Set(pkg.timeseries(population).map((p) => p.year));
  const pcYears = years.filter((yr) => popYears.has(yr));
  const pc = (i: number): number => pcYears[i % pcYears.length]!;
  const my = (i: number): number => 2010 + (i % 14);
  const B = 1000;
  const ops = await perOp({
    "value · package": batchOf(B, (i) => pkg.value(immigration, { year: y(i) })),
    "value · d3 filter": batchOf(B, (i) => find(rows.immigration, "total", y(i))),
    "value · d3 rollup": batchOf(B, (i) => idx.immigration.get("total")!.get(y(i))),
    "change · package": batchOf(B, (i) => pkg.change(immigration, { from: prev(i), to: y(i) })),
    "change · d3 filter": batchOf(B, (i) => {
      const a = find(rows.immigration, "total", prev(i));
      return (find(rows.immigration, "total", y(i)) - a) / Math.abs(a);
    }),
    "change · d3 rollup": batchOf(B, (i) => {
      const s = idx.immigration.get("total")!;
      const a = s.get(prev(i))!;
      return (s.get(y(i))! - a) / Math.abs(a);
    }),
    "share · package": batchOf(B, (i) => pkg.share(motive, { year: my(i), series: "asylum" })),
    "share · d3 filter": batchOf(B, (i) => find(rows.motive, "asylum", my(i)) / find(rows.motive, "total", my(i))),
    "share · d3 rollup": batchOf(B, (i) => idx.motive.get("asylum")!.get(my(i))! / idx.motive.get("total")!.get(my(i))!),
    "perCapita · package": batchOf(B, (i) => pkg.perCapita(immigration, { year: pc(i) })),
    "perCapita · d3 filter": batchOf(B, (i) => (find(rows.immigration, "total", pc(i)) / find(rows.population, "total", pc(i))) * 1000),
    "perCapita · d3 rollup": batchOf(B, (i) => (idx.immigration.get("total")!.get(pc(i))! / idx.population.get("total")!.get(pc(i))!) * 1000),
    "timeseries · package": batchOf(100, () => pkg.timeseries(immigration)),
    "timeseries · d3 filter": batchOf(100, () =>
      filter(rows.immigration, (d) => d.series === "total")
        .sort((a, b) => ascending(a.year, b.year))
        .map((d) => ({ year: d.year, value: d.value })),
    ),
    "timeseries · d3 rollup": batchOf(100, () =>
      [...idx.immigration.get("total")!].sort((a, b) => ascending(a[0], b[0])).map(([year, value]) => ({ year, value })),
    ),
  });
  const parseTimes: number[] = [];
  const indexTimes: number[] = [];
  for (let i = 0; i < 51; i++) {
    const t0 = cpuNow();
    const r = [parse(texts.immigration), parse(texts.motive), parse(texts.population)];
    const t1 = cpuNow();
    r.map(indexRows);
    indexTimes.push(cpuNow() - t1);
    parseTimes.push(t1 - t0);
  }
  const out: string[][] = [];
  for (const op of ["value", "change", "share", "perCapita", "timeseries"]) {
    const ours = ops[`${op} · package`]!;
    const f = ops[`${op} · d3 filter`]!;
    const r = ops[`${op} · d3 rollup`]!;
    out.push([`\`${op}\``, fmt(ours), fmt(f), ratio(f, ours), fmt(r), ratio(r, ours)]);
  }
  return { rows: out, parseMs: median(parseTimes), indexMs: median(indexTimes), ops };
}

// ---------------------------------------------------------------- 3. scaling

interface Scale {
  n: number;
  series: number;
  first: number;
  value: number;
  change: number;
  share: number;
  perCapita: number;
  timeseries: number;
  total: number;
  csvRows: number;
  parse: number;
  d3Filter: number;
  d3Rollup: number;
  d3Lookup: number;
}

async function scaling(n: number): Promise<Scale> {
  const dataset = sealSynthetic(syntheticOfSize(n));
  const population = sealSynthetic(syntheticOfSize(n, "stock")) as Dataset<string, "stock">;
  const flow = dataset as Dataset<string, "flow">;
  const nSeries = Object.keys(dataset.series).length;
  // Keys made once, like the string literals of code that names a series (a key built per call,
  // such as `s${i}`, would add its own hashing and allocation to every call).
  const keys = Array.from({ length: nSeries }, (_, i) => seriesKey(i));
  const s = (i: number): string => keys[(i * 7919) % nSeries]!;
  const yr = (i: number): number => FIRST_YEAR + ((i * 13) % 25);

  // First call on a fresh dataset object: builds the index (one pass over n observations).
  const firsts: number[] = [];
  for (let r = 0; r < (n >= 1_000_000 ? 5 : 11); r++) {
    const fresh = sealSynthetic({ ...dataset });
    const t0 = cpuNow();
    pkg.value(fresh, { year: FIRST_YEAR + 12, series: s(r) } as never);
    firsts.push(cpuNow() - t0);
  }
  pkg.value(dataset, { year: FIRST_YEAR } as never);
  pkg.value(population, { year: FIRST_YEAR } as never);

  const text = csvOf(dataset);
  const parses: number[] = [];
  const rollups: number[] = [];
  let rows: Row[] = [];
  let idx = new Map<string, Map<number, number>>();
  for (let r = 0; r < (n >= 1_000_000 ? 3 : 7); r++) {
    const t0 = cpuNow();
    rows = parse(text);
    const t1 = cpuNow();
    idx = indexRows(rows);
    rollups.push(cpuNow() - t1);
    parses.push(t1 - t0);
  }
  const csvRows = rows.length;
  const B = 1000;
  const scanBatch = Math.max(1, Math.round(100_000 / csvRows));
  const ops = await perOp({
    value: batchOf(B, (i) => pkg.value(dataset, { series: s(i), year: yr(i) } as never)),
    change: batchOf(B, (i) => pkg.change(dataset, { series: s(i), from: yr(i), to: yr(i + 1) } as never)),
    share: batchOf(B, (i) => pkg.share(dataset, { series: s(i), year: yr(i) } as never)),
    perCapita: batchOf(B, (i) => pkg.perCapita(dataset, { series: s(i), year: yr(i), population } as never)),
    timeseries: batchOf(100, (i) => pkg.timeseries(dataset, { series: s(i) } as never)),
    total: batchOf(100, (i) => pkg.total(flow, { series: s(i), from: FIRST_YEAR, to: FIRST_YEAR + 24 } as never)),
    d3Filter: batchOf(scanBatch, (i) => find(rows, s(i), yr(i))),
    d3Lookup: batchOf(B, (i) => idx.get(s(i))!.get(yr(i))),
  });
  return {
    n: dataset.observations.length,
    series: nSeries,
    first: median(firsts),
    value: ops["value"]!,
    change: ops["change"]!,
    share: ops["share"]!,
    perCapita: ops["perCapita"]!,
    timeseries: ops["timeseries"]!,
    total: ops["total"]!,
    csvRows,
    parse: median(parses),
    d3Filter: ops["d3Filter"]!,
    d3Rollup: median(rollups),
    d3Lookup: ops["d3Lookup"]!,
  };
}

// ---------------------------------------------------------------- 4. targets (issue 15)

interface Target {
  what: string;
  measured: string;
  baseline: string;
  ratio: string;
  target: string;
  /** "pass", "fail", or a longer verdict (the stretch goal). */
  result: string;
}

const verdict = (ok: boolean): string => (ok ? "pass" : "**fail**");
const num = (n: number): string => n.toLocaleString("en-US");
const times = (r: number): string => (Number.isFinite(r) ? `${r.toPrecision(2)}×` : "–");
const plusMs = (ms: number): string => `${ms >= 0 ? "+" : "−"}${Math.abs(ms).toPrecision(3)} ms`;

interface ColdTarget {
  emptyCjs: number;
  emptyEsm: number;
  root: number;
  /** A dataset subpath: every dataset's figures (one shared chunk), no query function, no prose. */
  figures: number;
  baseline: number;
}

/**
 * Median wall time of whole `node` processes, a new one per run: `node -e 0`, the root entry
 * imported (and nothing else), and the CSV + d3 baseline (import d3-dsv and d3-array, read and parse
 * the CSV files, index them with rollup). The variants take turns, run after run.
 */
function coldTarget(csvFile: string, popFile: string): ColdTarget {
  const variants: Record<keyof ColdTarget, string[]> = {
    emptyCjs: ["-e", "0"],
    emptyEsm: ["--input-type=module", "-e", "0"],
    root: ["--input-type=module", "-e", 'import * as m from "staat-van-migratie"; if (typeof m.value !== "function") process.exit(1);'],
    figures: ["--input-type=module", "-e", 'import { immigration } from "staat-van-migratie/datasets/immigration"; if (typeof immigration.id !== "string") process.exit(1);'],
    baseline: [
      "--input-type=module",
      "-e",
      `import { readFileSync } from "node:fs"; import { autoType, csvParse } from "d3-dsv"; import { rollup } from "d3-array";
for (const f of ${JSON.stringify([csvFile, popFile])}) rollup(csvParse(readFileSync(f, "utf8"), autoType), (v) => v[0].value, (d) => d.series, (d) => d.year);`,
    ],
  };
  const walls: Record<keyof ColdTarget, number[]> = { emptyCjs: [], emptyEsm: [], root: [], figures: [], baseline: [] };
  const names = Object.keys(variants) as (keyof ColdTarget)[];
  // One unrecorded round first: the file system cache.
  for (let r = -1; r < TARGET_COLD_REPEATS; r++) {
    for (const name of names) {
      const t0 = performance.now();
      const p = spawnSync(process.execPath, variants[name], { cwd: root, encoding: "utf8" });
      const ms = performance.now() - t0;
      if (p.status !== 0) throw new Error(`cold target ${name}: ${p.stderr}`);
      if (r >= 0) walls[name].push(ms);
    }
  }
  return {
    emptyCjs: median(walls.emptyCjs),
    emptyEsm: median(walls.emptyEsm),
    root: median(walls.root),
    figures: median(walls.figures),
    baseline: median(walls.baseline),
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

async function targets(cold: ColdTarget, bundledOps: Record<string, number>): Promise<{ rows: Target[]; notes: string[] }> {
  const rows: Target[] = [];
  const notes: string[] = [];

  // Sizes: esbuild bundles of a consumer module, as test/budget.test.ts builds them.
  // The code a CSV user ships instead: d3-dsv's parser and d3-array's rollup.
  const d3Text = await bundle(root, 'export { autoType, csvParse } from "d3-dsv"; export { rollup } from "d3-array";');
  const d3Code = bytes(d3Text);
  const d3Gz = gzipBytes(d3Text);
  const changeText = await bundle(root, 'export { change } from "staat-van-migratie";');
  const change = bytes(changeText);
  const changeGz = gzipBytes(changeText);
  rows.push({
    what: "`change` alone, minified",
    measured: `${num(change)} B`,
    baseline: `${num(d3Code)} B (d3 code)`,
    ratio: `${times(change / 3000)} target`,
    target: "≤ 3,000 B",
    result: verdict(change <= 3000),
  });
  rows.push({
    what: "`change` alone, gzip",
    measured: `${num(changeGz)} B`,
    baseline: `${num(d3Gz)} B (d3 code)`,
    ratio: `${times(changeGz / 1300)} target`,
    target: "≤ 1,300 B",
    result: verdict(changeGz <= 1300),
  });
  const valueImmText = await bundle(root, 'export { value, immigration } from "staat-van-migratie";');
  const valueImm = bytes(valueImmText);
  rows.push({
    what: "`{ value, immigration }` from the root, minified",
    measured: `${num(valueImm)} B (${num(gzipBytes(valueImmText))} B gzip)`,
    baseline: `${num(d3Code)} B (d3 code)`,
    ratio: `${times(valueImm / 8000)} target`,
    target: "≤ 8,000 B",
    result: verdict(valueImm <= 8000),
  });
  // Where the bytes of `change` go: the same bundle made from src/, with esbuild's metafile.
  const parts = await bytesByModule(root, 'export { change } from "./src/index.ts";');
  const strict = ["src/_lib/options.ts", "src/_lib/distance.ts", "src/_lib/checks.ts", "src/_lib/asOf.ts", "src/_lib/editionDates.ts"];
  const strictBytes = parts.filter(([f]) => strict.includes(f)).reduce((a, [, n]) => a + n, 0);
  notes.push(
    `Where the bytes of \`change\` go (the same bundle made from \`src/\`, esbuild's metafile): ${parts.map(([f, n]) => `${f.replace(/^src\//, "")} ${num(n)} B`).join(", ")}. ` +
      `The strict answers of issue 13 and the editions of issue 16 alone (the option reader with "did you mean", the named checks, \`asOf\` as an ISO date, date-time, \`Date\` or edition id) are ${num(strictBytes)} B of them; ` +
      "the lookup with the vintage rule, its refusals (a gap, a figure not yet published, a cell an edition did not print) and the lineage make up most of the rest.",
  );
  const subpathText = await bundle(root, 'export { immigration } from "staat-van-migratie/datasets/immigration";');
  const subpath = bytes(subpathText);
  const csvAll = bytes(pkg.toCSV(pkg.immigration, { vintages: true }));
  rows.push({
    what: "`staat-van-migratie/datasets/immigration` bundle vs the CSV of its figures (all vintages)",
    measured: `${num(subpath)} B (${num(gzipBytes(subpathText))} B gzip)`,
    baseline: `${num(csvAll)} B CSV`,
    ratio: `${times(subpath / csvAll)} CSV`,
    target: "≤ 3× CSV",
    result: verdict(subpath <= 3 * csvAll),
  });
  const rootText = await bundle(root, 'export * from "staat-van-migratie";');
  const urls = urlCounts(rootText);
  const occurrences = [...urls.values()].reduce((a, n) => a + n, 0);
  // Source records: every record has an id followed by its publisher (in any quoting the bundler chose).
  const recordIds = sourceRecordIds(rootText);
  const uniqueRecords = new Set(recordIds).size;
  rows.push({
    what: "source records in the whole root bundle: records vs distinct sources",
    measured: `${num(recordIds.length)} records`,
    baseline: `${num(uniqueRecords)} distinct`,
    ratio: `${times(recordIds.length / Math.max(1, uniqueRecords))} distinct`,
    target: "each source once (1.0×)",
    result: verdict(recordIds.length === uniqueRecords && uniqueRecords > 0),
  });
  notes.push(
    `\`https://\` addresses in the whole root bundle: ${num(occurrences)} occurrences of ${num(urls.size)} distinct addresses (an address also appears in notes that mention it, and a few sources share a page).`,
  );
  const repeated = [...urls].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]);
  notes.push(
    `Whole root bundle: ${num(bytes(rootText))} B minified (${num(gzipBytes(rootText))} B gzip); ${num(repeated.length)} of ${num(urls.size)} addresses occur more than once` +
      (repeated.length === 0 ? "." : `, most often ${repeated.slice(0, 3).map(([u, n]) => `<${u}> (${n}×)`).join(", ")}.`),
  );

  // Cold import: whole processes, wall time. The prose the root loads: packed JSON text (and the editions' sources as objects).
  const packs = [...Object.values(PACKED_PROSE), ...Object.values(PACKED_SOURCES)];
  const proseBytes =
    packs.reduce((a, p) => a + bytes(unpack(p)), 0) + bytes(JSON.stringify(EDITION_SOURCES));
  const packedBytes = packs.reduce((a, p) => a + p.slice(1).join("").length, 0);
  const added = cold.root - cold.emptyCjs;
  const baselineAdded = cold.baseline - cold.emptyCjs;
  rows.push({
    what: "root cold import: added wall time over `node -e 0`",
    measured: plusMs(added),
    baseline: `${plusMs(baselineAdded)} (CSV + d3)`,
    ratio: `${times(added / baselineAdded)} CSV + d3`,
    target: "≤ +15 ms",
    result: verdict(added <= 15),
  });
  rows.push({
    what: "root cold import: process wall time ÷ `node -e 0`",
    measured: `${fmt(cold.root)} ÷ ${fmt(cold.emptyCjs)}`,
    baseline: `${times(cold.baseline / cold.emptyCjs)} (CSV + d3)`,
    ratio: times(cold.root / cold.emptyCjs),
    target: "≤ 1.3×",
    result: verdict(cold.root / cold.emptyCjs <= 1.3),
  });
  notes.push(
    `Cold processes (median wall time of ${TARGET_COLD_REPEATS} runs each, taking turns): \`node -e 0\` ${fmt(cold.emptyCjs)}, an empty ES module (\`node --input-type=module -e 0\`) ${fmt(cold.emptyEsm)}, the root entry ${fmt(cold.root)}, the CSV + d3 baseline ${fmt(cold.baseline)}.`,
  );
  notes.push(
    `Where the root's import time goes: a dataset subpath (\`staat-van-migratie/datasets/immigration\`: every dataset's figures, no query function, no prose) takes ${fmt(cold.figures)}, ${plusMs(cold.figures - cold.emptyCjs)} over \`node -e 0\`; the root adds ${plusMs(cold.root - cold.figures)} to that for the functions and the prose (${num(proseBytes)} B of descriptions, notes and source records that \`summary\`, \`cite\`, \`describeDataset\` and the CLI read; the root loads them packed, as ${num(packedBytes)} characters of compressed base64, and a text-writing function unpacks what it needs on first use).`,
  );

  // Warm `value`: from the "Operations on bundled datasets" run above.
  const vPkg = bundledOps["value · package"]!;
  const vD3 = bundledOps["value · d3 rollup"]!;
  const vRatio = vD3 / vPkg;
  rows.push({
    what: "warm `value` per call vs a d3 `rollup` index lookup (d3 ÷ package)",
    measured: fmt(vPkg),
    baseline: `${fmt(vD3)} (d3 rollup)`,
    ratio: times(vRatio),
    target: "≥ 0.5× (stretch 1×)",
    result: vRatio >= 1 ? "pass (stretch met)" : vRatio >= 0.5 ? "pass (stretch not met)" : "**fail**",
  });

  // asOf as a Date vs as an ISO string, formatNumber vs Intl, rank's cost per member.
  const { immigration, euFirstTimeAsylumApplicants: eu } = pkg;
  const cells: { year: number; iso: string; date: Date }[] = [];
  for (const { year } of pkg.timeseries(immigration)) {
    for (let y = year; y <= year + 3; y++) {
      for (const md of ["01-01", "06-14", "12-31"]) {
        const iso = `${y}-${md}`;
        try {
          pkg.value(immigration, { year, asOf: iso });
          cells.push({ year, iso, date: new Date(`${iso}T00:00:00Z`) });
        } catch {
          // not yet published by that date
        }
      }
    }
  }
  if (cells.length === 0) throw new Error("targets: no immigration figure has an asOf date that gives a value");
  const numbers = Array.from({ length: 1000 }, ((r) => () => Math.round(r() * 1e9) / 100)(lcg(15)));
  const nf = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
  // Years in which every member of the dataset's comparison set has a figure.
  const complete: number[] = [];
  let members: readonly string[] = [];
  for (let year = 1990; year <= new Date().getUTCFullYear(); year++) {
    try {
      members = pkg.rank(eu, { year }).members;
      complete.push(year);
    } catch {
      // outside the range, or members without a figure
    }
  }
  if (complete.length === 0 || members.length < 6) throw new Error("targets: euFirstTimeAsylumApplicants has no year in which its whole comparison set has figures");
  const k = members.length;
  const many = members as never[];
  const five = members.slice(0, 5) as never[];
  const yr = (i: number): number => complete[i % complete.length]!;
  const cell = (i: number) => cells[(i * 7) % cells.length]!;
  const ops = await perOp({
    asOfString: batchOf(1000, (i) => pkg.value(immigration, { year: cell(i).year, asOf: cell(i).iso })),
    asOfDate: batchOf(1000, (i) => pkg.value(immigration, { year: cell(i).year, asOf: cell(i).date })),
    formatNumber: batchOf(1000, (i) => pkg.formatNumber(numbers[i]!)),
    intl: batchOf(1000, (i) => nf.format(numbers[i]!)),
    rankMany: batchOf(100, (i) => pkg.rank(eu, { year: yr(i), series: many })),
    rankFive: batchOf(100, (i) => pkg.rank(eu, { year: yr(i), series: five })),
  });
  const dateRatio = ops["asOfDate"]! / ops["asOfString"]!;
  rows.push({
    what: "`value` with `asOf` as a `Date` vs as an ISO string",
    measured: fmt(ops["asOfDate"]!),
    baseline: `${fmt(ops["asOfString"]!)} (string)`,
    ratio: times(dateRatio),
    target: "within 1.5×",
    result: verdict(dateRatio <= 1.5 && dateRatio >= 1 / 1.5),
  });
  const fmtRatio = ops["formatNumber"]! / ops["intl"]!;
  rows.push({
    what: "`formatNumber` per call vs a cached `Intl.NumberFormat` `format`",
    measured: fmt(ops["formatNumber"]!),
    baseline: `${fmt(ops["intl"]!)} (Intl)`,
    ratio: times(fmtRatio),
    target: "within 2×",
    result: verdict(fmtRatio <= 2),
  });
  const perMany = ops["rankMany"]! / k;
  const perFive = ops["rankFive"]! / 5;
  rows.push({
    what: `\`rank\` with \`series\` of ${k} members vs 5: time per member`,
    measured: `${fmt(perMany)} (k = ${k})`,
    baseline: `${fmt(perFive)} (k = 5)`,
    ratio: times(perMany / perFive),
    target: "≤ 2× (O(k))",
    result: verdict(perMany / perFive <= 2),
  });
  notes.push(
    `\`rank\` per call: ${fmt(ops["rankMany"]!)} for ${k} members, ${fmt(ops["rankFive"]!)} for 5, over the years with figures for every member (${complete.join(", ")}).`,
  );
  return { rows, notes };
}

// ---------------------------------------------------------------- report

function machine(): string[] {
  const cpu = cpus();
  let os = `${type()} ${release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (pretty) os = `${pretty[1]} (${os})`;
  } catch {
    // not Linux
  }
  const gib = (b: number): string => `${(b / 2 ** 30).toFixed(1)} GiB`;
  return [
    `- CPU: ${cpu[0]?.model.trim() ?? "unknown"}, ${cpu.length} logical cores`,
    `- RAM: ${gib(totalmem())} (${gib(freemem())} free at start)`,
    `- OS: ${os}`,
    `- Node.js ${process.version} (${process.arch}), V8 ${process.versions.v8}`,
    `- Load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`,
  ];
}

const started = new Date();
const header = machine();
console.error(header.join("\n"));

const tmp = mkdtempSync(join(tmpdir(), "svm-bench-"));
let cold: Cold[];
let coldT: ColdTarget;
try {
  const csvFile = join(tmp, "immigration.csv");
  const popFile = join(tmp, "population.csv");
  writeFileSync(csvFile, csvOf(pkg.immigration));
  writeFileSync(popFile, csvOf(pkg.population));
  console.error("cold imports …");
  cold = coldImports(csvFile, popFile);
  console.error("cold imports (targets) …");
  coldT = coldTarget(csvFile, popFile);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.error("bundled datasets …");
const b = await bundled();
console.error("targets …");
const t = await targets(coldT, b.ops);
const targetTable = table(
  ["what", "measured", "baseline (same run)", "ratio", "target", "result"],
  t.rows.map((r) => [r.what, r.measured, r.baseline, r.ratio, r.target, r.result]),
);
console.log(`Targets (issue 15)${quick ? " — quick run" : ""}\n\n${targetTable}\n\n${t.notes.map((n) => `- ${n}`).join("\n")}`);
const scales: Scale[] = [];
for (const n of SIZES) {
  console.error(`scaling n = ${n} …`);
  scales.push(await scaling(n));
}

const md = `# Performance

<!-- generated by \`npm run bench\` (bench/run.ts) — do not edit by hand. -->

Run on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC${quick ? " (quick run: fewer repeats and sizes)" : ""}.

${header.join("\n")}

## Targets (issue 15)

${targetTable}

${t.notes.map((n) => `- ${n}`).join("\n")}

What the rows that fail would take (the notes above give this run's numbers):

- **\`change\` ≤ 3,000 B, \`{ value, immigration }\` ≤ 8,000 B.** The strict answers of issue 13 (an
  unknown option refused with the nearest valid one, a named error for every wrong type, range or
  gap, listing the valid choices) and the editions and \`asOf\` forms of issue 16 are, by the byte
  count above, more than 3,000 B before the lookup itself. Meeting the targets means dropping some
  of them (the "did you mean", the lists of valid series and years in messages, \`asOf\` as a
  date-time or \`Date\`), or moving the messages into a module that a failing call would have to
  load asynchronously — both make a wrong call harder to understand, which the package ranks above
  size. A CSV user's d3 code (parse and index, no checks) is the baseline row.
- **Root cold import ≤ +15 ms.** The prose (about a megabyte of descriptions, notes and source
  records) ships packed, a third of its size, and is unpacked a dataset at a time by the functions
  that write text: the root now adds only a few milliseconds to a dataset subpath. What remains is
  the subpath itself, every dataset's figures: compiling them (about 200 KB of metadata literals
  and JSON text), and freezing about a thousand metadata objects (labels, series, gaps), which
  costs the engine a new hidden class per object. Going further would mean making the datasets'
  metadata on first use instead of at import: getters on the path of every query (the warm
  \`value\` row) or metadata that is not frozen until read — against the frozen, fast datasets that
  the package ranks above import time. The CSV + d3 row reads two small files and builds no frozen
  objects.

How each row is measured (all in this run):

- **Sizes**: esbuild's JS API, as \`test/budget.test.ts\` builds its bundles: a consumer module on
  stdin resolved from the repository root (so the package resolves by name through the
  \`exports\` of package.json, to \`dist/\`), bundled, minified, ESM, platform neutral, main
  fields module/main; gzip with zlib's default level. The consumers are
  \`export { change } from "staat-van-migratie"\`,
  \`export { value, immigration } from "staat-van-migratie"\`,
  \`export { immigration } from "staat-van-migratie/datasets/immigration"\` and
  \`export * from "staat-van-migratie"\`. "d3 code" is the same bundle of what a CSV user ships
  instead (\`csvParse\` and \`autoType\` of d3-dsv, \`rollup\` of d3-array), for reference; the
  ratio of these rows is to the target. The CSV of the immigration figures is
  \`toCSV(immigration, { vintages: true })\` (every published figure, 12 columns), in UTF-8 bytes.
- **Addresses**: every \`https://\` address in the whole root bundle's text, whether a string of
  its own or inside a longer one; an address ends at white space, a quote, a backslash or a
  bracket. "Each once" means as many occurrences as different addresses.
- **Cold import**: whole \`node\` processes, a new one per run, median wall time of
  ${TARGET_COLD_REPEATS} runs each, the variants taking turns: \`node -e 0\`; the root entry
  (\`node --input-type=module -e 'import * as m from "staat-van-migratie"'\`); and the CSV + d3
  baseline (import d3-dsv and d3-array, read and parse the immigration and population CSV files
  of the "Cold import" section below, index them with \`rollup\`). "Added" is the wall time over
  \`node -e 0\`. A fourth variant imports a dataset subpath only
  (\`import { immigration } from "staat-van-migratie/datasets/immigration"\`), to tell the figures'
  share of the root's time from that of the functions and the prose.
- **Bytes by module**: \`export { change } from "./src/index.ts"\` bundled from the sources with
  the options above and esbuild's metafile, which counts the minified bytes each module adds.
- **Warm \`value\`**: the \`value\` row of "Operations on bundled datasets" below (the package
  against a \`d3.rollup\` index lookup, d3 time ÷ package time).
- **\`asOf\`**: \`value(immigration, { year, asOf })\` over (year, date) pairs that have a figure,
  the same pairs as an ISO string (\`"2024-06-14"\`) and as a \`Date\` at 00:00 UTC; the ratio is
  Date time ÷ string time.
- **\`formatNumber\`**: \`formatNumber(x)\` over 1000 different numbers, against
  \`format(x)\` of one \`new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 })\` made once
  (the locale and rounding \`formatNumber\` uses for English); ratio formatNumber ÷ Intl.
- **\`rank\`**: \`rank(euFirstTimeAsylumApplicants, { year, series })\` with the dataset's whole
  comparison set (as \`rank\` returns it in \`members\`) and with its first 5 members, over the
  years in which every member has a figure; time per call ÷ members, ratio k members ÷ 5.
- Operations use tinybench and the CPU-time clock described under "Method"; cold imports use wall
  time.

## Method

- The built package (\`dist/\`) is imported by its own name, \`staat-van-migratie\`, through the
  \`exports\` of package.json, as an application would.
- **Cold import**: a new \`node\` process per run; the time from before \`import()\` to after it
  (and to the first query), measured inside the process, and the whole process's wall time
  (Node start-up included), as the median of ${COLD_REPEATS} runs.
- **Operations**: [tinybench](https://github.com/tinylibs/tinybench) 6.2.5; each sample runs a
  batch of calls over varying cells (1000 for lookups, 100 for time series and totals), and the
  table shows the median sample ÷ batch size. Times are per call.
- **Baseline**: what a user would otherwise write: the same figures as CSV text (the package's
  \`toCSV\` export: the chosen figure of every cell, 12 columns), parsed with \`d3-dsv\` 3.0.2
  (\`csvParse\` + \`autoType\`), queried with \`d3-array\` 3.2.5 — either by filtering the rows
  per query (\`d3.filter\`), or by indexing them once with \`d3.rollup\` (series → year → value)
  and reading the index. Measured in the same run.
  A ratio above 1× means the package is faster.
- **Scaling**: synthetic datasets (\`bench/synthetic.ts\`) of 25 years × 2 vintages (a
  provisional and a final figure per cell) × n/50 series; queries cycle pseudo-randomly through
  the series and years (the series keys are made once, like string literals in code). The first
  call on a dataset builds its index (one pass, O(n)); later lookups read only the cell's figures
  (O(1)). \`npm test\` checks this by counting observations touched
  (\`test/complexity.test.ts\`), not by timing.
- **Clock**: CPU time of the benchmarking process (\`process.cpuUsage()\`, user + system, all
  threads, so garbage collection counts), not wall-clock time: the machine is shared, and wall
  time mostly measures how long the process waited for a core. Cold imports also give wall times.
  Absolute times still vary between runs; ratios measured in the same run are the more robust
  figures.

## Cold import

| | import (wall) | import + first query (wall) | process CPU time | process wall time |
| --- | ---: | ---: | ---: | ---: |
${cold.map((c, i) => `| ${c.label} | ${i === 0 ? "–" : fmt(c.importMs)} | ${i === 0 ? "–" : fmt(c.firstQueryMs)} | ${fmt(c.cpuMs)} | ${fmt(c.wallMs)} |`).join("\n")}

The first query is \`perCapita(immigration, { year: 2023 })\` for the root entry (it reads the
population dataset too), listing the dataset object's keys for the subpath (which exports only
the dataset), and the same per-capita figure computed from the parsed CSV rows for the baseline.

Reading: the root entry loads every bundled dataset (${fmt(cold[1]!.importMs - cold[2]!.importMs)} more
than one dataset subpath in this run). An application that needs a few datasets can import them by
subpath (\`staat-van-migratie/datasets/…\`) at about the cost of reading and parsing a CSV file
with d3, and then has typed, sourced figures with no file or network access.

## Operations on bundled datasets

\`immigration\` (flow), \`immigrationByMotiveNonEuEfta\` (the share of asylum, 2010–2023) and
\`population\` (stock, for per-capita figures); each batch cycles through the years with figures.

${table(["operation", "package", "d3 filter", "d3 filter ÷ package", "d3 rollup index", "d3 rollup ÷ package"], b.rows)}

Before those queries, the baseline parses the three CSV texts (${fmt(b.parseMs)}) and, for the
rollup variant, indexes them (${fmt(b.indexMs)}); the package's data are already typed objects.

Reading: on datasets of tens of figures every approach answers in well under a few microseconds.
A package call does more than a hand-made lookup: it checks its arguments, applies the vintage
rule (choosing among every published figure of a cell, by status, precision and date) and carries
status and precision into the result; an index built with \`d3.rollup\` over one already-chosen
figure per cell skips all of that, and is faster per call once the CSV has been parsed and
indexed.

## Scaling

Time per call against the number of observations n. "first call" is a \`value()\` on a new
dataset object, so it includes building the index; the other columns are later calls.

${table(
  ["n", "series", "first call (index build)", "value", "change", "share", "perCapita", "timeseries (25 y)", "total (25 y)"],
  scales.map((s) => [s.n.toLocaleString("en-US"), s.series.toLocaleString("en-US"), fmt(s.first), fmt(s.value), fmt(s.change), fmt(s.share), fmt(s.perCapita), fmt(s.timeseries), fmt(s.total)]),
)}

### Against the CSV + d3 baseline

The CSV holds the chosen figure of every cell (n/2 rows).

${table(
  ["n", "CSV rows", "d3-dsv parse", "d3 rollup index", "package first call", "value: d3 filter", "d3 filter ÷ package", "value: d3 rollup lookup", "d3 rollup ÷ package"],
  scales.map((s) => [
    s.n.toLocaleString("en-US"),
    s.csvRows.toLocaleString("en-US"),
    fmt(s.parse),
    fmt(s.d3Rollup),
    fmt(s.first),
    fmt(s.d3Filter),
    ratio(s.d3Filter, s.value),
    fmt(s.d3Lookup),
    ratio(s.d3Lookup, s.value),
  ]),
)}

Reading: filtering the rows per query grows linearly with n; a package lookup reads only the
cell's figures at every n (counted in \`test/complexity.test.ts\`: 2 observations per lookup). What
growth remains in the package's later calls, and in the \`d3.rollup\` lookups, is the memory
hierarchy, not scanning: queries hop between thousands of series, whose figures no longer fit in
the CPU caches. Indexing with \`d3.rollup\` gives a cheaper lookup (a plain Map read, with none of
the package's argument checks or vintage rule), after parsing and indexing the CSV once.
`;

writeFileSync(join(root, "docs", "performance.md"), md);
console.error(`wrote docs/performance.md in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`);
