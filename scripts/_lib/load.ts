/**
 * Loads `data/`: parses the CSV and YAML files, validates them with the zod schemas of
 * `src/schema`, and cross-checks them. Every problem is reported with its file and line.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { LineCounter, parseDocument } from "yaml";
import type * as z from "zod";
import { DatasetMetadata, Edition, Observation, Source } from "../../src/schema/index.ts";
import { best } from "../../src/_lib/vintage.ts";
import { Claim, CLAIM_COLUMNS } from "./claim-schema.ts";
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

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${path}${issue.message}`;
}

/** Parses a CSV file with a fixed header into records with their line numbers. */
function readCsv(file: string, root: string, columns: string[], errors: Problem[]): { line: number; record: Record<string, string> }[] {
  const rel = relative(root, file);
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(readFileSync(file, "utf8"), {
      columns: (header: string[]) => {
        if (header.join(",") !== columns.join(",")) {
          throw new Error(`header must be exactly: ${columns.join(",")} (got ${header.join(",")})`);
        }
        return header;
      },
      skip_empty_lines: true,
      bom: true,
      info: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    errors.push({ file: rel, ...(err.lines === undefined ? {} : { line: err.lines }), message: err.message });
    return [];
  }
  return rows.map((r) => ({ line: r.info.lines, record: r.record }));
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
      const parsed = Source.safeParse(compact(record));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors.push({ file: rel, line, message: describeIssue(issue) });
        continue;
      }
      const s = parsed.data;
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

function loadMetadata(file: string, root: string, errors: Problem[]): DatasetMetadata | undefined {
  const rel = relative(root, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push({ file: rel, line: e.linePos?.[0]?.line, message: e.message.split("\n")[0]! } as Problem);
    return undefined;
  }
  const parsed = DatasetMetadata.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      let line: number | undefined;
      for (let n = issue.path.length; n > 0 && line === undefined; n--) {
        const node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        if (node?.range) line = lineCounter.linePos(node.range[0]).line;
      }
      errors.push({ file: rel, ...(line === undefined ? {} : { line }), message: describeIssue(issue) });
    }
    return undefined;
  }
  return parsed.data;
}

function loadDataset(dir: string, root: string, sources: Map<string, Source>, errors: Problem[], warnings: Problem[]): LoadedDataset | undefined {
  const id = dir.split("/").pop()!;
  const metaFile = join(dir, "metadata.yaml");
  const obsFile = join(dir, "observations.csv");
  const relMeta = relative(root, metaFile);
  const relObs = relative(root, obsFile);
  for (const f of [metaFile, obsFile]) if (!existsSync(f)) errors.push({ file: relative(root, f), message: "file missing" });
  if (!existsSync(metaFile) || !existsSync(obsFile)) return undefined;
  const meta = loadMetadata(metaFile, root, errors);
  if (meta === undefined) return undefined;
  const before = errors.length;
  const fail = (message: string, line?: number, file = relMeta): void => {
    errors.push({ file, ...(line === undefined ? {} : { line }), message });
  };

  if (meta.id !== id) fail(`id "${meta.id}" must equal the folder name "${id}"`);
  if (meta.years.from > meta.years.to) fail(`years.from (${meta.years.from}) is after years.to (${meta.years.to})`);
  if (meta.measure === "stock" && meta.referenceDate === null) fail("a stock needs a referenceDate (MM-DD) that year queries read");
  if (meta.measure === "flow" && meta.referenceDate !== null) fail("a flow has no referenceDate; set it to null");
  const declared = new Set(Object.keys(meta.series));
  if (meta.seriesKeys === "named") {
    for (const k of declared) if (!/^[a-z][a-zA-Z0-9]*$/.test(k)) fail(`series key "${k}" must be camelCase (seriesKeys: named)`);
  } else {
    for (const k of declared) if (!/^([A-Z]{2}|EU27|EU28)$/.test(k)) fail(`series key "${k}" must be an ISO 3166-1 alpha-2 code, EU27 or EU28 (seriesKeys: iso3166)`);
  }
  const checkSeries = (k: string, what: string): void => {
    if (!declared.has(k)) fail(`${what} names series "${k}", which is not declared under series`);
  };
  for (const s of meta.sums) [s.total, ...s.parts].forEach((k) => checkSeries(k, "sums"));
  for (const b of meta.breaks) checkSeries(b.series, "breaks");
  for (const g of meta.gaps) checkSeries(g.series, "gaps");
  checkTerritory(meta, fail);

  const observations: LoadedObservation[] = [];
  const seen = new Map<string, number>();
  for (const { line, record } of readCsv(obsFile, root, OBSERVATION_COLUMNS, errors)) {
    const raw: Record<string, unknown> = compact(record);
    raw.year = toNumber(raw.year as string | undefined);
    raw.value = toNumber(raw.value as string | undefined);
    raw.precision = toNumber(raw.precision as string | undefined);
    const parsed = Observation.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(describeIssue(issue), line, relObs);
      continue;
    }
    const o = parsed.data;
    const at = (message: string): void => fail(message, line, relObs);
    if (!declared.has(o.series)) at(`unknown series "${o.series}"; declared: ${[...declared].join(", ")}`);
    if (o.year < meta.years.from || o.year > meta.years.to) at(`year ${o.year} is outside the declared range ${meta.years.from}–${meta.years.to}`);
    if (meta.measure === "stock" && o.date === undefined) at("a stock observation needs its reference date in `date`");
    if (meta.measure === "flow" && o.date !== undefined) at("a flow observation has no `date` (its period is the year)");
    if (o.date !== undefined && Number(o.date.slice(0, 4)) !== o.year) at(`date ${o.date} is not in year ${o.year}`);
    if (!sources.has(o.source)) at(`unknown source "${o.source}"; add it to a file in data/sources/`);
    if (o.value < 0 && !meta.signed) at(`negative value ${o.value} in a dataset that counts (set signed: true for a balance)`);
    const key = `${o.series}|${o.year}|${o.date ?? ""}|${o.source}`;
    if (seen.has(key)) at(`duplicate row for ${o.series} ${o.date ?? o.year} from source "${o.source}" (first on line ${seen.get(key)})`);
    else seen.set(key, line);
    observations.push({ ...o, line });
  }
  if (errors.length > before) return undefined;

  checkSums(meta, observations, sources, relObs, errors);
  checkGaps(meta, observations, relMeta, errors);
  return { meta, observations };
}

/** The loaded sources in the shape the package's selection code reads (`dataset.sources`). */
export function sourceTable(sources: Map<string, Source>): AnyDataset {
  return { sources: Object.fromEntries(sources) } as unknown as AnyDataset;
}

/** The best observation per cell, by the package's own rule (src/_lib/select.ts, no asOf). */
function bestPerCell(meta: DatasetMetadata, observations: LoadedObservation[], sources: Map<string, Source>): Map<string, LoadedObservation> {
  const cells = new Map<string, LoadedObservation[]>();
  for (const o of observations) {
    if (meta.measure === "stock" && o.date !== `${o.year}-${meta.referenceDate}`) continue;
    const key = `${o.series}|${o.year}`;
    cells.set(key, [...(cells.get(key) ?? []), o]);
  }
  const table = sourceTable(sources);
  const bestOf = new Map<string, LoadedObservation>();
  for (const [key, list] of cells) bestOf.set(key, best(table, list, undefined) as LoadedObservation);
  return bestOf;
}

function checkSums(meta: DatasetMetadata, observations: LoadedObservation[], sources: Map<string, Source>, relObs: string, errors: Problem[]): void {
  const bestOf = bestPerCell(meta, observations, sources);
  for (const rule of meta.sums) {
    for (let year = meta.years.from; year <= meta.years.to; year++) {
      // 1. The best figures of the year.
      const total = bestOf.get(`${rule.total}|${year}`);
      const parts = rule.parts.map((p) => bestOf.get(`${p}|${year}`));
      if (total !== undefined && parts.every((p) => p !== undefined)) report(rule, total, parts as LoadedObservation[], "best figures");
      // 2. Each source that gives the total and all parts for the year.
      const bySource = new Map<string, Map<string, LoadedObservation>>();
      for (const o of observations) {
        if (o.year !== year || (meta.measure === "stock" && o.date !== `${year}-${meta.referenceDate}`)) continue;
        if (!bySource.has(o.source)) bySource.set(o.source, new Map());
        bySource.get(o.source)!.set(o.series, o);
      }
      for (const [source, cells] of bySource) {
        const t = cells.get(rule.total);
        const ps = rule.parts.map((p) => cells.get(p));
        if (t !== undefined && ps.every((p) => p !== undefined)) report(rule, t, ps as LoadedObservation[], `source "${source}"`);
      }
    }
  }
  function report(rule: DatasetMetadata["sums"][number], total: LoadedObservation, parts: LoadedObservation[], basis: string): void {
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const slack = (total.precision + parts.reduce((s, p) => s + p.precision, 0)) / 2 + (rule.tolerance ?? 0);
    if (Math.abs(sum - total.value) > slack) {
      errors.push({
        file: relObs,
        line: total.line,
        message: `${rule.parts.join(" + ")} = ${sum}, but ${rule.total} = ${total.value} in ${total.year} (${basis}); allowed difference ${slack} (rounding${rule.tolerance ? " + tolerance" : ""})`,
      });
    }
  }
}

function checkGaps(meta: DatasetMetadata, observations: LoadedObservation[], relMeta: string, errors: Problem[]): void {
  const filled = new Set(
    observations
      .filter((o) => meta.measure === "flow" || o.date === `${o.year}-${meta.referenceDate}`)
      .map((o) => `${o.series}|${o.year}`),
  );
  const listed = new Set(meta.gaps.flatMap((g) => g.years.map((y) => `${g.series}|${y}`)));
  for (const key of listed) {
    if (filled.has(key)) errors.push({ file: relMeta, message: `gaps lists ${key.replace("|", " ")}, but observations.csv has a figure for it; remove it from gaps` });
  }
  for (const series of Object.keys(meta.series)) {
    const missing: number[] = [];
    for (let y = meta.years.from; y <= meta.years.to; y++) if (!filled.has(`${series}|${y}`) && !listed.has(`${series}|${y}`)) missing.push(y);
    if (missing.length > 0) {
      errors.push({ file: relMeta, message: `series "${series}" has no figure for ${missing.join(", ")}; list the years under gaps (with what was searched) or narrow years` });
    }
  }
}

/** data/editions.csv: the report's editions, each tied to a source. */
function loadEditions(root: string, sources: Map<string, Source>, errors: Problem[]): Edition[] {
  const file = join(root, "data", "editions.csv");
  if (!existsSync(file)) return [];
  const rel = relative(root, file);
  const editions: Edition[] = [];
  for (const { line, record } of readCsv(file, root, EDITION_COLUMNS, errors)) {
    const r = compact(record);
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
      for (const issue of parsed.error.issues) errors.push({ file: rel, line, message: describeIssue(issue) });
      continue;
    }
    const e = parsed.data;
    const source = sources.get(e.source);
    if (source === undefined) errors.push({ file: rel, line, message: `unknown source "${e.source}"` });
    else if (source.edition !== e.id) errors.push({ file: rel, line, message: `source "${e.source}" must name edition ${e.id} in its edition column` });
    if (editions.some((x) => x.id === e.id)) errors.push({ file: rel, line, message: `duplicate edition "${e.id}"` });
    editions.push(e);
  }
  for (const s of sources.values()) {
    if (s.edition !== undefined && !editions.some((e) => e.id === s.edition)) {
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
      errors.push({ file: rel, line, message: `${claim.id}: unknown source "${claim.source}"; add it to a file in data/sources/` });
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

/** The 27 member states of the EU since 1 February 2020 (Eurostat's EU27_2020), as series keys. */
export const EU27_MEMBERS: readonly string[] = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");

/** Cross-checks of territory, inhabitants and the comparison set. */
function checkTerritory(meta: { territory: string; seriesKeys: string; inhabitants: boolean; measure: string; comparison: string | null; series: object }, fail: (message: string) => void): void {
  if (meta.territory === "seriesKey" && meta.seriesKeys !== "iso3166") fail("territory: seriesKey needs seriesKeys: iso3166 (each key a territory)");
  if (meta.inhabitants && meta.measure !== "stock") fail("inhabitants: true needs a stock (a population at a reference date)");
  if (meta.comparison === "EU27") {
    if (meta.territory !== "seriesKey") fail("comparison: EU27 needs territory: seriesKey");
    const missing = EU27_MEMBERS.filter((c) => !Object.hasOwn(meta.series, c));
    if (missing.length > 0) fail(`comparison: EU27 needs a series for every member state; missing: ${missing.join(", ")}`);
  }
}
