/**
 * Loads `data/`: parses the CSV and YAML files, validates them with the zod schemas of
 * `src/schema`, and cross-checks them. Every problem is reported with its file and the line of the
 * faulty row (see docs/data-format.md, "Errors the pipeline reports").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type * as z from "zod";
import { DatasetMetadata, Edition, Observation, Source } from "../../src/schema/index.ts";
import { COMPARISON_SETS } from "../../src/_lib/territories.ts";
import { best } from "../../src/_lib/bestFigure.ts";
import { factsOf } from "../../src/_lib/sourceFacts.ts";
import { Claim, CLAIM_COLUMNS } from "./claim-schema.ts";
import { parseCsvText } from "./csv.ts";
import type { AnyDataset } from "../../src/types.ts";

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export interface LoadedObservation extends Observation {
  line: number;
}

export interface LoadedDataset {
  meta: DatasetMetadata;
  observations: LoadedObservation[];
}

export interface Loaded {
  sources: Map<string, Source>;
  editions: Edition[];
  datasets: LoadedDataset[];
  /** The published statements of data/claims.csv (empty when the file is absent). */
  claims: LoadedClaimRow[];
  errors: Problem[];
  warnings: Problem[];
}

const SOURCE_COLUMNS = ["id", "publisher", "title", "url", "published", "accessed", "kind", "language", "edition", "note"];
const EDITION_COLUMNS = ["id", "number", "published", "reportingYear", "titleNl", "titleEn", "ministries", "source", "note"];
const OBSERVATION_COLUMNS = ["series", "year", "date", "value", "status", "precision", "qualifier", "source", "note"];

/** Units that count whole things: their values must be integers. */
const COUNT_UNITS: ReadonlySet<string> = new Set(["persons", "applications", "decisions", "permits", "dwellings"]);

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${path}${issue.message}`;
}

/** Parses a CSV file with a fixed header into records with the line each starts on. */
function readCsv(file: string, root: string, columns: string[], errors: Problem[]): { line: number; record: Record<string, string> }[] {
  const rel = relative(root, file);
  const { records, faults } = parseCsvText(readFileSync(file, "utf8"));
  for (const f of faults) errors.push({ file: rel, line: f.line, message: f.message });
  const [header, ...rows] = records;
  if (header === undefined) {
    if (faults.length === 0) errors.push({ file: rel, line: 1, message: `empty file; the header must be exactly: ${columns.join(",")}` });
    return [];
  }
  if (header.fields.join(",") !== columns.join(",")) {
    errors.push({ file: rel, line: header.line, message: `header must be exactly: ${columns.join(",")} (got ${header.fields.join(",")})` });
    return [];
  }
  const out: { line: number; record: Record<string, string> }[] = [];
  for (const { line, fields } of rows) {
    if (fields.length !== columns.length) {
      errors.push({
        file: rel,
        line,
        message: `row has ${fields.length} fields, the header has ${columns.length}${fields.length > columns.length ? " (a comma in an unquoted field? quote it)" : ""}`,
      });
      continue;
    }
    out.push({ line, record: Object.fromEntries(columns.map((c, k) => [c, fields[k]!])) });
  }
  return out;
}

/** Drops empty cells so that optional fields are absent rather than "". */
function compact(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) if (v.trim() !== "") out[k] = v.trim();
  return out;
}

function toNumber(raw: string | undefined): number | string | undefined {
  if (raw === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}

/**
 * Reads a number cell strictly: digits with an optional minus and decimal point, nothing else.
 * Returns the number, or a message that says what is wrong with the text and how to write it.
 */
export function parseNumberCell(column: string, raw: string | undefined): number | { problem: string } {
  if (raw === undefined || raw.trim() === "") {
    return { problem: `${column}: empty; ${column === "value" ? "a cell without a figure is left out (and listed under gaps in the metadata)" : "a number is required"}` };
  }
  const t = raw.trim();
  const shown = JSON.stringify(t);
  if (/^[+-]?(nan|inf(inity)?)$/i.test(t)) return { problem: `${column}: ${shown} is not a number; write the figure as published, in units` };
  if (/^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(t)) {
    return { problem: `${column}: ${shown} uses exponent notation; write the number out in digits (${String(Number(t))})` };
  }
  if (t.includes(",")) {
    return { problem: `${column}: ${shown} contains a comma; write numbers without thousands separators and with a point for decimals (1234, 12.5)` };
  }
  if (/\s/.test(t)) return { problem: `${column}: ${shown} contains a space; write numbers without thousands separators (1234)` };
  if (t.startsWith("+")) return { problem: `${column}: ${shown} has a plus sign; write positive numbers without one` };
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    return { problem: `${column}: ${shown} is not a number; expected digits with an optional minus and decimal point (1234, -56, 12.5)` };
  }
  if (/^-?0\d/.test(t)) return { problem: `${column}: ${shown} has a leading zero; write ${String(Number(t))}` };
  return Number(t);
}

/** Why `raw` is not a calendar date in one of the allowed forms, or undefined when it is one. */
export function dateProblem(column: string, raw: string, partial: boolean): string | undefined {
  const forms = partial ? "YYYY-MM-DD, YYYY-MM or YYYY" : "YYYY-MM-DD";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  if (m === null || (!partial && m[3] === undefined)) return `${column}: "${raw}" is not a date; expected ${forms}`;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `${column}: ${raw} has no month ${mo}; expected ${forms}`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `${column}: ${raw} is not a calendar date (${y}-${mo} has ${days} days)`;
  }
  return undefined;
}

/** The earliest day a full or partial date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) can mean. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Levenshtein distance, for "nearest valid key" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

/** The valid key closest to `word` (edit distance; first in order on ties). */
export function nearest(word: string, keys: Iterable<string>): string | undefined {
  let bestKey: string | undefined;
  let bestDistance = Infinity;
  for (const k of keys) {
    const d = distance(word, k);
    if (d < bestDistance) {
      bestKey = k;
      bestDistance = d;
    }
  }
  return bestKey;
}

/** `unknown source "x"; nearest known id: "y"; add it to a file in data/sources/ if it is new`. */
function unknownSource(id: string, sources: ReadonlyMap<string, Source>): string {
  const near = nearest(id, sources.keys());
  return `unknown source "${id}"${near === undefined ? "" : `; nearest known id: "${near}"`}; add it to a file in data/sources/ if it is new`;
}

/** Reads and validates every file in data/sources/ (ids unique across files). */
export function loadSources(root: string, errors: Problem[]): Map<string, Source> {
  const dir = join(root, "data", "sources");
  const sources = new Map<string, Source>();
  const where = new Map<string, string>();
  if (!existsSync(dir)) {
    errors.push({ file: "data/sources", message: "folder missing" });
    return sources;
  }
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()) {
    const file = join(dir, name);
    const rel = relative(root, file);
    for (const { line, record } of readCsv(file, root, SOURCE_COLUMNS, errors)) {
      const raw = compact(record);
      // Dates first, with a message that names the impossible day; zod's own date issue is then dropped.
      const badDates = new Set<string>();
      for (const [column, partial] of [["published", true], ["accessed", false]] as const) {
        const problem = raw[column] === undefined ? undefined : dateProblem(column, raw[column]!, partial);
        if (problem !== undefined) {
          errors.push({ file: rel, line, message: problem });
          badDates.add(column);
        }
      }
      const parsed = Source.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (!badDates.has(String(issue.path[0]))) errors.push({ file: rel, line, message: describeIssue(issue) });
        }
        continue;
      }
      if (badDates.size > 0) continue;
      const s = parsed.data;
      if (s.published !== undefined && earliestDay(s.published) > s.accessed) {
        errors.push({
          file: rel,
          line,
          message: `published ${s.published} is after accessed ${s.accessed}: nobody can have seen a page before it was published${s.published.length < 10 ? ` (${s.published} means ${earliestDay(s.published)} at the earliest)` : ""}; check both dates`,
        });
      }
      if (sources.has(s.id)) {
        errors.push({ file: rel, line, message: `duplicate source id "${s.id}" (first in ${where.get(s.id)})` });
        continue;
      }
      sources.set(s.id, s);
      where.set(s.id, `${rel}:${line}`);
    }
  }
  return sources;
}

/** The line of a YAML node by its path (the nearest ancestor that has one), for metadata errors. */
type LineOf = (path: readonly (string | number)[]) => number | undefined;

function loadMetadata(file: string, root: string, errors: Problem[]): { meta: DatasetMetadata; lineOf: LineOf } | undefined {
  const rel = relative(root, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push({ file: rel, line: e.linePos?.[0]?.line, message: e.message.split("\n")[0]! } as Problem);
    return undefined;
  }
  const lineOf: LineOf = (path) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = DatasetMetadata.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const line = lineOf(issue.path as (string | number)[]);
      errors.push({ file: rel, ...(line === undefined ? {} : { line }), message: describeIssue(issue) });
    }
    return undefined;
  }
  return { meta: parsed.data, lineOf };
}

function loadDataset(dir: string, root: string, sources: Map<string, Source>, errors: Problem[], warnings: Problem[]): LoadedDataset | undefined {
  void warnings;
  const id = dir.split("/").pop()!;
  const metaFile = join(dir, "metadata.yaml");
  const obsFile = join(dir, "observations.csv");
  const relMeta = relative(root, metaFile);
  const relObs = relative(root, obsFile);
  for (const f of [metaFile, obsFile]) if (!existsSync(f)) errors.push({ file: relative(root, f), message: "file missing" });
  if (!existsSync(metaFile) || !existsSync(obsFile)) return undefined;
  const loadedMeta = loadMetadata(metaFile, root, errors);
  if (loadedMeta === undefined) return undefined;
  const { meta, lineOf } = loadedMeta;
  const before = errors.length;
  const fail = (message: string, line?: number, file = relMeta): void => {
    errors.push({ file, ...(line === undefined ? {} : { line }), message });
  };

  if (meta.id !== id) fail(`id "${meta.id}" must equal the folder name "${id}"`, lineOf(["id"]));
  if (meta.years.from > meta.years.to) fail(`years.from (${meta.years.from}) is after years.to (${meta.years.to})`, lineOf(["years"]));
  if (meta.measure === "stock" && meta.referenceDate === null) fail("a stock needs a referenceDate (MM-DD) that year queries read", lineOf(["referenceDate"]));
  if (meta.measure === "flow" && meta.referenceDate !== null) fail("a flow has no referenceDate; set it to null", lineOf(["referenceDate"]));
  if (meta.referenceDate !== null && dateProblem("referenceDate", `2024-${meta.referenceDate}`, false) !== undefined) {
    fail(`referenceDate: ${meta.referenceDate} is not a day of the year`, lineOf(["referenceDate"]));
  }
  const declared = new Set(Object.keys(meta.series));
  if (meta.seriesKeys === "named") {
    for (const k of declared) if (!/^[a-z][a-zA-Z0-9]*$/.test(k)) fail(`series key "${k}" must be camelCase (seriesKeys: named)`, lineOf(["series", k]));
  } else {
    for (const k of declared) {
      if (!/^([A-Z]{2}|EU27|EU28)$/.test(k)) fail(`series key "${k}" must be an ISO 3166-1 alpha-2 code, EU27 or EU28 (seriesKeys: iso3166)`, lineOf(["series", k]));
    }
  }
  const unknownSeries = (k: string): string => `unknown series "${k}"; nearest declared key: "${nearest(k, declared)}" (declared: ${[...declared].join(", ")})`;
  const checkSeries = (k: string, what: string, path: (string | number)[]): void => {
    if (!declared.has(k)) fail(`${what} names an ${unknownSeries(k)}`, lineOf(path));
  };
  meta.sums.forEach((s, i) => {
    checkSeries(s.total, "sums", ["sums", i, "total"]);
    s.parts.forEach((k, j) => checkSeries(k, "sums", ["sums", i, "parts", j]));
  });
  meta.breaks.forEach((b, i) => checkSeries(b.series, "breaks", ["breaks", i, "series"]));
  meta.gaps.forEach((g, i) => checkSeries(g.series, "gaps", ["gaps", i, "series"]));
  checkTerritory(meta, (message) => fail(message));

  const counts = COUNT_UNITS.has(meta.unit);
  const observations: LoadedObservation[] = [];
  const seen = new Map<string, number>();
  for (const { line, record } of readCsv(obsFile, root, OBSERVATION_COLUMNS, errors)) {
    const at = (message: string): void => fail(message, line, relObs);
    const raw: Record<string, unknown> = compact(record);
    // Numbers and dates are read strictly first, with messages that say how to write them.
    const bad = new Set<string>();
    for (const column of ["year", "value", "precision"] as const) {
      const n = parseNumberCell(column, raw[column] as string | undefined);
      if (typeof n === "number") raw[column] = n;
      else {
        at(n.problem);
        bad.add(column);
      }
    }
    if (raw.date !== undefined) {
      const problem = dateProblem("date", raw.date as string, false);
      if (problem !== undefined) {
        at(problem);
        bad.add("date");
      }
    }
    const parsed = Observation.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) if (!bad.has(String(issue.path[0]))) at(describeIssue(issue));
      continue;
    }
    if (bad.size > 0) continue;
    const o = parsed.data;
    if (counts && !Number.isInteger(o.value)) {
      const digits = String(raw.value).split(".")[1] ?? "";
      const hint =
        digits.length === 3
          ? `CBS writes thousands with a point: ${String(raw.value)} thousand is ${String(raw.value).replace(".", "").replace(/^(-?)0+(?=\d)/, "$1")}`
          : `a figure published in thousands is written out in units ("230.7 thousand" → 230700, precision 100)`;
      at(`value: ${String(raw.value)} is not a whole number, but the dataset counts ${meta.unit}; ${hint}`);
    }
    if (!declared.has(o.series)) at(unknownSeries(o.series));
    if (o.year < meta.years.from || o.year > meta.years.to) at(`year ${o.year} is outside the declared range ${meta.years.from}–${meta.years.to}`);
    if (meta.measure === "stock" && o.date === undefined) at("a stock observation needs its reference date in `date`");
    if (meta.measure === "flow" && o.date !== undefined) at("a flow observation has no `date` (its period is the year)");
    if (o.date !== undefined && Number(o.date.slice(0, 4)) !== o.year) at(`date ${o.date} is not in year ${o.year}`);
    if (!sources.has(o.source)) at(unknownSource(o.source, sources));
    if (o.value < 0 && !meta.signed) at(`negative value ${o.value} in a dataset that counts (set signed: true for a balance)`);
    const key = `${o.series}|${o.year}|${o.date ?? ""}|${o.source}`;
    if (seen.has(key)) at(`duplicate row for ${o.series} ${o.date ?? o.year} from source "${o.source}" (first on line ${seen.get(key)})`);
    else seen.set(key, line);
    observations.push({ ...o, line });
  }
  if (errors.length > before) return undefined;

  checkSums(meta, observations, sources, relObs, errors);
  checkGaps(meta, observations, relMeta, lineOf, errors);
  return { meta, observations };
}

/** The loaded sources in the shape the package's selection code reads (`dataset.sources`). */
export function sourceTable(sources: Map<string, Source>): AnyDataset {
  return { sources: Object.fromEntries([...sources].map(([id, s]) => [id, factsOf(s)])) } as unknown as AnyDataset;
}

/** Whether an observation counts for its year's cell (stocks: only at the reference date). */
function inCell(meta: DatasetMetadata, o: LoadedObservation): boolean {
  return meta.measure === "flow" || o.date === `${o.year}-${meta.referenceDate}`;
}

/** The best observation per cell, by the package's own rule (src/_lib/bestFigure.ts, no asOf). */
function bestPerCell(meta: DatasetMetadata, observations: LoadedObservation[], sources: Map<string, Source>): Map<string, LoadedObservation> {
  const cells = new Map<string, LoadedObservation[]>();
  for (const o of observations) {
    if (!inCell(meta, o)) continue;
    const key = `${o.series}|${o.year}`;
    cells.set(key, [...(cells.get(key) ?? []), o]);
  }
  const table = sourceTable(sources);
  const bestOf = new Map<string, LoadedObservation>();
  for (const [key, list] of cells) bestOf.set(key, best(table, list, undefined) as LoadedObservation);
  return bestOf;
}

type SumRule = DatasetMetadata["sums"][number];

/** Whether parts add up to the total within half the rounding of every figure plus the rule's tolerance. */
function sumHolds(rule: SumRule, total: LoadedObservation, parts: readonly LoadedObservation[]): { holds: boolean; sum: number; slack: number } {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const slack = (total.precision + parts.reduce((s, p) => s + p.precision, 0)) / 2 + (rule.tolerance ?? 0);
  return { holds: Math.abs(sum - total.value) <= slack, sum, slack };
}

/**
 * Checks each sum rule per year, on the best figures and within each source, and points at the rows
 * that break it: when another source's figures (as fine or finer) for some of the cells make the sum
 * hold, the rows those figures replace are named (the fewest such rows over all sources, if one
 * source gives the fewest); otherwise it is ambiguous, and the total row and every part row are
 * listed with their lines.
 */
function checkSums(meta: DatasetMetadata, observations: LoadedObservation[], sources: Map<string, Source>, relObs: string, errors: Problem[]): void {
  const bestOf = bestPerCell(meta, observations, sources);
  const reported = new Set<string>();
  for (const rule of meta.sums) {
    for (let year = meta.years.from; year <= meta.years.to; year++) {
      const ofYear = observations.filter((o) => o.year === year && inCell(meta, o));
      // 1. The best figures of the year.
      const total = bestOf.get(`${rule.total}|${year}`);
      const parts = rule.parts.map((p) => bestOf.get(`${p}|${year}`));
      if (total !== undefined && parts.every((p) => p !== undefined)) check(rule, total, parts as LoadedObservation[], "best figures", ofYear);
      // 2. Each source that gives the total and all parts for the year.
      const bySource = new Map<string, Map<string, LoadedObservation>>();
      for (const o of ofYear) {
        if (!bySource.has(o.source)) bySource.set(o.source, new Map());
        bySource.get(o.source)!.set(o.series, o);
      }
      for (const [source, cells] of bySource) {
        const t = cells.get(rule.total);
        const ps = rule.parts.map((p) => cells.get(p));
        if (t !== undefined && ps.every((p) => p !== undefined)) check(rule, t, ps as LoadedObservation[], `source "${source}"`, ofYear);
      }
    }
  }

  function check(rule: SumRule, total: LoadedObservation, parts: LoadedObservation[], basis: string, ofYear: LoadedObservation[]): void {
    const { holds, sum, slack } = sumHolds(rule, total, parts);
    if (holds) return;
    const rows = [total, ...parts];
    const key = `${rule.total}|${rule.parts.join("+")}|${rows.map((r) => r.line).join(",")}`;
    if (reported.has(key)) return;
    reported.add(key);
    const head = `${rule.parts.join(" + ")} = ${sum}, but ${rule.total} = ${total.value} in ${total.year} (${basis}); allowed difference ${slack} (rounding${rule.tolerance ? " + tolerance" : ""})`;
    const culprit = findCulprits(rule, rows, ofYear);
    if (culprit !== undefined) {
      const named = culprit.rows.map((r) => `line ${r.line} (${r.series} = ${r.value}, source "${r.source}")`).join(", ");
      const fixes = culprit.replacements.map((r) => `${r.series} = ${r.value} on line ${r.line}`).join(", ");
      errors.push({
        file: relObs,
        line: culprit.rows[0]!.line,
        message: `${head}. The figure${culprit.rows.length > 1 ? "s" : ""} on ${named} break${culprit.rows.length > 1 ? "" : "s"} it: with source "${culprit.source}"'s ${fixes} the sum holds (${rule.total} on line ${total.line})`,
      });
      return;
    }
    errors.push({
      file: relObs,
      line: total.line,
      message: `${head}. Rows: ${rule.total} on line ${total.line}, ${parts.map((p) => `${p.series} on line ${p.line}`).join(", ")}; one or more of them is wrong`,
    });
  }

  /** The fewest rows that, replaced by one other source's figures for the same cells, make the sum hold. */
  function findCulprits(rule: SumRule, rows: LoadedObservation[], ofYear: LoadedObservation[]): { source: string; rows: LoadedObservation[]; replacements: LoadedObservation[] } | undefined {
    let found: { source: string; rows: LoadedObservation[]; replacements: LoadedObservation[] } | undefined;
    let tie = false;
    for (const source of [...new Set(ofYear.map((o) => o.source))]) {
      const replaced: LoadedObservation[] = [];
      const replacements: LoadedObservation[] = [];
      const swapped = rows.map((r) => {
        if (r.source === source) return r;
        const alt = ofYear.find((o) => o.source === source && o.series === r.series);
        // A coarser figure would pass by its wider rounding alone: only as fine or finer ones count.
        if (alt === undefined || alt.value === r.value || alt.precision > r.precision) return r;
        replaced.push(r);
        replacements.push(alt);
        return alt;
      });
      if (replaced.length === 0 || !sumHolds(rule, swapped[0]!, swapped.slice(1)).holds) continue;
      if (found === undefined || replaced.length < found.rows.length) {
        found = { source, rows: replaced, replacements };
        tie = false;
      } else if (replaced.length === found.rows.length && replaced.some((r, k) => r !== found!.rows[k])) tie = true;
    }
    return tie ? undefined : found;
  }
}

function checkGaps(meta: DatasetMetadata, observations: LoadedObservation[], relMeta: string, lineOf: LineOf, errors: Problem[]): void {
  const filled = new Map<string, number>();
  for (const o of observations) if (inCell(meta, o) && !filled.has(`${o.series}|${o.year}`)) filled.set(`${o.series}|${o.year}`, o.line);
  const listed = new Map<string, number | undefined>();
  meta.gaps.forEach((g, i) => g.years.forEach((y, j) => listed.set(`${g.series}|${y}`, lineOf(["gaps", i, "years", j]))));
  for (const [key, line] of listed) {
    if (filled.has(key)) {
      errors.push({
        file: relMeta,
        ...(line === undefined ? {} : { line }),
        message: `gaps lists ${key.replace("|", " ")}, but observations.csv has a figure for it (line ${filled.get(key)}); remove it from gaps`,
      });
    }
  }
  for (const series of Object.keys(meta.series)) {
    const missing: number[] = [];
    for (let y = meta.years.from; y <= meta.years.to; y++) if (!filled.has(`${series}|${y}`) && !listed.has(`${series}|${y}`)) missing.push(y);
    if (missing.length > 0) {
      const line = lineOf(["series", series]);
      errors.push({
        file: relMeta,
        ...(line === undefined ? {} : { line }),
        message: `series "${series}" has no figure for ${missing.join(", ")}; list the years under gaps (with what was searched) or narrow years`,
      });
    }
  }
}

/** data/editions.csv: the report's editions, each tied to a source. */
function loadEditions(root: string, sources: Map<string, Source>, errors: Problem[]): Edition[] {
  const file = join(root, "data", "editions.csv");
  if (!existsSync(file)) return [];
  const rel = relative(root, file);
  const editions: Edition[] = [];
  // Ids of rows that fail validation still count as listed, so that one bad row gives one error.
  const listed = new Set<string>();
  for (const { line, record } of readCsv(file, root, EDITION_COLUMNS, errors)) {
    const r = compact(record);
    if (r.id !== undefined) listed.add(r.id);
    const badDate = r.published === undefined ? undefined : dateProblem("published", r.published, false);
    if (badDate !== undefined) errors.push({ file: rel, line, message: badDate });
    const parsed = Edition.safeParse({
      id: r.id,
      number: toNumber(r.number),
      published: r.published,
      reportingYear: toNumber(r.reportingYear),
      title: { en: r.titleEn, nl: r.titleNl },
      ministries: (r.ministries ?? "").split(";").map((m) => m.trim()).filter((m) => m !== ""),
      source: r.source,
      ...(r.note === undefined ? {} : { note: r.note }),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (badDate === undefined || issue.path[0] !== "published") errors.push({ file: rel, line, message: describeIssue(issue) });
      }
      continue;
    }
    const e = parsed.data;
    const source = sources.get(e.source);
    if (source === undefined) errors.push({ file: rel, line, message: unknownSource(e.source, sources) });
    else if (source.edition !== e.id) errors.push({ file: rel, line, message: `source "${e.source}" must name edition ${e.id} in its edition column` });
    if (editions.some((x) => x.id === e.id)) errors.push({ file: rel, line, message: `duplicate edition "${e.id}"` });
    editions.push(e);
  }
  for (const s of sources.values()) {
    if (s.edition !== undefined && !listed.has(s.edition)) {
      errors.push({ file: "data/sources", message: `source "${s.id}" names edition "${s.edition}", which data/editions.csv does not list` });
    }
  }
  return editions.sort((a, b) => a.number - b.number);
}

/** A published statement of data/claims.csv with its line (see scripts/claims.ts for the checks it feeds). */
export type LoadedClaimRow = Claim & { line: number };

/**
 * Reads and validates data/claims.csv: the exact header, the claim schema per row, unique ids and
 * known sources. A missing file is no error (the claims are optional).
 */
export function readClaims(root: string, sources: ReadonlyMap<string, Source>, errors: Problem[]): LoadedClaimRow[] {
  const file = join(root, "data", "claims.csv");
  if (!existsSync(file)) return [];
  const rel = relative(root, file);
  const claims: LoadedClaimRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, record } of readCsv(file, root, [...CLAIM_COLUMNS], errors)) {
    const parsed = Claim.safeParse(compact(record));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file: rel, line, message: `${record.id ?? "?"}: ${describeIssue(issue)}` });
      continue;
    }
    const claim = parsed.data;
    if (seen.has(claim.id)) errors.push({ file: rel, line, message: `duplicate claim id "${claim.id}" (first on line ${seen.get(claim.id)})` });
    seen.set(claim.id, line);
    if (claim.source !== undefined && !sources.has(claim.source)) {
      errors.push({ file: rel, line, message: `${claim.id}: ${unknownSource(claim.source, sources)}` });
    }
    claims.push({ ...claim, line });
  }
  return claims;
}

/** Loads and checks all of `data/` under `root`. */
export function loadData(root: string): Loaded {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const sources = loadSources(root, errors);
  const editions = loadEditions(root, sources, errors);
  const datasets: LoadedDataset[] = [];
  const dir = join(root, "data", "datasets");
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const name of names) {
    const d = loadDataset(join(dir, name), root, sources, errors, warnings);
    if (d !== undefined) datasets.push(d);
  }
  const used = new Set([...datasets.flatMap((d) => d.observations.map((o) => o.source)), ...editions.map((e) => e.source)]);
  // The published statements in data/claims.csv are validated here too, and their sources count as cited.
  const claims = readClaims(root, sources, errors);
  for (const c of claims) if (c.source !== undefined) used.add(c.source);
  for (const id of sources.keys()) if (!used.has(id)) warnings.push({ file: "data/sources", message: `source "${id}" is not cited by any observation` });
  return { sources, editions, datasets, claims, errors, warnings };
}

/** Formats a problem as `file:line: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line === undefined ? "" : `:${p.line}`}: ${p.message}`;
}


/** Cross-checks of territory, inhabitants and the comparison set. */
function checkTerritory(meta: { territory: string; seriesKeys: string; inhabitants: boolean; measure: string; comparison: string | null; series: object }, fail: (message: string) => void): void {
  if (meta.territory === "seriesKey" && meta.seriesKeys !== "iso3166") fail("territory: seriesKey needs seriesKeys: iso3166 (each key a territory)");
  if (meta.inhabitants && meta.measure !== "stock") fail("inhabitants: true needs a stock (a population at a reference date)");
  if (meta.comparison === "EU27") {
    if (meta.territory !== "seriesKey") fail("comparison: EU27 needs territory: seriesKey");
    const missing = COMPARISON_SETS[meta.comparison].filter((c) => !Object.hasOwn(meta.series, c));
    if (missing.length > 0) fail(`comparison: EU27 needs a series for every member state; missing: ${missing.join(", ")}`);
  }
}
