/**
 * The report's published statements as checks (`data/claims.csv`).
 *
 * - `computations`: one function per claim id that recomputes the stated number through the
 *   package's public API (`../src/index.ts`), reading the figures a {@link Selection} picks
 *   (`{ asOf }`, `{ edition }` or `{}` for today), passed through to every query function.
 * - `loadClaims`: reads and validates `data/claims.csv` (errors with file:line).
 * - `evaluate`: recomputes a claim at its `asOf` (as known then) and says whether it reproduces within
 *   its tolerance; `evaluateAsPrinted`: from the figures its edition printed (or "not printed", naming
 *   the cells); `evaluateToday`: from today's best figures; `readings`: all three, with the reasons
 *   they differ.
 * - `renderClaimsDoc`: the page `docs/claims.md`.
 *
 * `npm run claims:doc` (`tsx scripts/claims.ts --write`) writes docs/claims.md; `--check` exits 1
 * when the page is out of date (the claims test does the same check).
 */
import { describeDataset } from "../src/describeDataset.ts";
import { defineDataset } from "../src/schema/index.ts";
import { originPublisher } from "../src/_lib/sourceFacts.ts";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as api from "../src/index.ts";
import {
  asylumApplications,
  asylumFirstApplicationsCbs,
  change,
  departures,
  displacedUkrainians,
  emigration,
  emigrationByNationalityGroup,
  euFirstTimeAsylumApplicants,
  familyMigrationBySponsor,
  formatNumber,
  formatPercent,
  globalDisplacement,
  immigration,
  immigrationByMotive,
  immigrationByMotiveEuEfta,
  immigrationByMotiveNonEuEfta,
  immigrationByNationalityGroup,
  knowledgeMigrants,
  netMigration,
  observation,
  share,
  statusHolderHousing,
  total,
  value,
} from "../src/index.ts";
import type { AnyDataset, Dataset } from "../src/index.ts";
import type { Claim } from "./_lib/claim-schema.ts";
import { loadSources, readClaims, type LoadedClaimRow, type Problem } from "./_lib/load.ts";

/**
 * Which figures a computation reads: `{ asOf }` — the best figures known on a date (or an edition's
 * day); `{ edition }` — the figures exactly as that report edition printed them; `{}` — today's best
 * figures. Passed unchanged to every query function (they take `asOf` and `edition`, not both).
 */
export interface Selection {
  readonly asOf?: string;
  readonly edition?: string;
}

/** A recomputation: the claim's number from the datasets, reading the figures `selection` picks. */
export type Computation = (selection?: Selection) => number;

type Flow = Dataset<string, "flow">;
/** The selection as query options: only the keys that are set (the functions reject asOf with edition). */
const pick = (s: Selection = {}): Selection => ({ ...(s.asOf === undefined ? {} : { asOf: s.asOf }), ...(s.edition === undefined ? {} : { edition: s.edition }) });

/** A source whose figures the computations leave out (see {@link evaluateWithout}); none normally. */
let excluded: string | undefined;
const views = new Map<AnyDataset, AnyDataset>();

/** The dataset as the computations see it: without the excluded source's observations, if any. */
function view<D extends AnyDataset>(dataset: D): D {
  if (excluded === undefined) return dataset;
  let w = views.get(dataset);
  if (w === undefined) {
    const source = excluded;
    // A filtered copy goes through defineDataset, like any dataset a user makes: the functions take no other.
    views.set(dataset, (w = defineDataset({ ...describeDataset(dataset), observations: dataset.observations.filter((o) => o.source !== source) } as never) as AnyDataset));
  }
  return w as D;
}

/** One cell a computation reads: a flow's (or a stock's reference-date) year, or a stock's date. */
export interface CellRead {
  readonly dataset: AnyDataset;
  readonly series: string;
  readonly year?: number;
  readonly date?: string;
}

/** The cells read by the computation being traced (see {@link cellsRead}); undefined when not tracing. */
let trace: CellRead[] | undefined;
function read(dataset: AnyDataset, series: string, years: readonly number[]): void {
  if (trace !== undefined) for (const year of years) trace.push({ dataset, series, year });
}
const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The value of a flow cell, or of a stock at its reference date in `year`. */
function v(dataset: AnyDataset, series: string, year: number, s?: Selection): number {
  read(dataset, series, [year]);
  return value(view(dataset), { year, series, ...pick(s) });
}
/** The value of a stock at a reference date. */
function at(dataset: AnyDataset, series: string, date: string, s?: Selection): number {
  if (trace !== undefined) trace.push({ dataset, series, date });
  return value(view(dataset), { date, series, ...pick(s) });
}
/** Relative change (a fraction) of a series between two years. */
function rel(dataset: AnyDataset, series: string, from: number, to: number, s?: Selection): number {
  read(dataset, series, [from, to]);
  return change(view(dataset), { from, to, series, ...pick(s) }).relative;
}
/** Absolute change of a series between two years. */
function diff(dataset: AnyDataset, series: string, from: number, to: number, s?: Selection): number {
  read(dataset, series, [from, to]);
  return change(view(dataset), { from, to, series, ...pick(s) }).absolute;
}
/** Share of a series in another series of the same dataset (default `total`), or in another dataset's `total`. */
function part(dataset: AnyDataset, series: string, year: number, of: string | AnyDataset = "total", s?: Selection): number {
  read(dataset, series, [year]);
  if (typeof of === "string") read(dataset, of, [year]);
  else read(of, "total", [year]);
  return share(view(dataset), { year, series, of: typeof of === "string" ? of : { dataset: view(of) }, ...pick(s) });
}
/** Sum of a flow over years (inclusive). */
function sum(dataset: AnyDataset, series: string, from: number, to: number, s?: Selection): number {
  read(dataset, series, span(from, to));
  return total(view(dataset) as Flow, { from, to, series, ...pick(s) });
}
/** Non-Dutch immigrants: EU/EFTA plus non-EU/EFTA nationals. */
function nonDutch(year: number, s?: Selection): number {
  return v(immigrationByNationalityGroup, "euEfta", year, s) + v(immigrationByNationalityGroup, "nonEuEfta", year, s);
}
/** Non-EU/EFTA immigrants by motive, temporary protection left out (CBS's "overige niet-EU/EFTA-immigranten"). */
function nonEuExclTemporaryProtection(year: number, s?: Selection): number {
  return ["work", "family", "study", "asylum", "other"].reduce((n, m) => n + v(immigrationByMotiveNonEuEfta, m, year, s), 0);
}
/** Asylum migrants (CBS migration motive) as a share of all immigration, pooled over years. */
function asylumShare(from: number, to: number, s?: Selection): number {
  return sum(immigrationByMotiveNonEuEfta, "asylum", from, to, s) / sum(immigration, "total", from, to, s);
}
/** EU/EFTA nationals as a share of all immigration, pooled over years. */
function euShare(from: number, to: number, s?: Selection): number {
  return sum(immigrationByNationalityGroup, "euEfta", from, to, s) / sum(immigration, "total", from, to, s);
}

/**
 * One recomputation per claim id (pending claims have none until their data exists). Each takes a
 * {@link Selection}: the claim's `asOf` from data/claims.csv, its `edition` (as printed), or nothing (today).
 */
export const computations: Readonly<Record<string, Computation>> = {
  // Staat van Migratie 2021 (not re-checked at its source; shown for information)
  "SVM2021-01": (s) => asylumShare(2011, 2020, s),
  "SVM2021-02": (s) => euShare(2011, 2020, s),

  // Staat van Migratie 2022
  "SVM2022-01": (s) => 1 - asylumShare(2012, 2021, s),
  "SVM2022-02": (s) => at(globalDisplacement, "total", "2021-06-30", s),
  "SVM2022-03": (s) => at(globalDisplacement, "refugees", "2021-12-31", s),
  "SVM2022-04": (s) => v(euFirstTimeAsylumApplicants, "EU27", 2021, s),
  "SVM2022-05a": (s) => rel(immigration, "total", 2019, 2021, s),
  "SVM2022-05b": (s) => rel(departures, "forced", 2019, 2021, s),

  // Staat van Migratie 2023
  "SVM2023-01a": (s) => v(immigration, "total", 2022, s),
  "SVM2023-01b": (s) => rel(immigration, "total", 2021, 2022, s),
  "SVM2023-02": (s) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, s),
  "SVM2023-07": (s) => v(statusHolderHousing, "housed", 2022, s),
  "SVM2023-08a": (s) => at(globalDisplacement, "total", "2022-12-31", s),
  "SVM2023-08b": (s) => 1 - at(globalDisplacement, "internallyDisplaced", "2022-12-31", s) / at(globalDisplacement, "total", "2022-12-31", s),
  "SVM2023-09a": (s) => v(immigrationByNationalityGroup, "euEfta", 2022, s),
  "SVM2023-09b": (s) => part(immigrationByNationalityGroup, "euEfta", 2022, "total", s),
  "SVM2023-10": (s) => asylumShare(2013, 2022, s),

  // Staat van Migratie 2024
  "SVM2024-01a": (s) => v(immigration, "total", 2023, s),
  "SVM2024-01b": (s) => rel(immigration, "total", 2022, 2023, s),
  "SVM2024-02a": (s) => diff(immigration, "total", 2022, 2023, s),
  "SVM2024-08a": (s) => v(euFirstTimeAsylumApplicants, "EU27", 2023, s),
  "SVM2024-10a": (s) => v(immigration, "total", 2023, s),
  "SVM2024-10b": (s) => v(emigration, "total", 2023, s),
  "SVM2024-10c": (s) => v(netMigration, "total", 2023, s),
  "SVM2024-11": (s) => asylumShare(2014, 2023, s),

  // Staat van Migratie 2025
  "SVM2025-01a": (s) => v(immigration, "total", 2024, s),
  "SVM2025-01b": (s) => rel(immigration, "total", 2023, 2024, s),
  "SVM2025-02": (s) => rel(asylumApplications, "first", 2023, 2024, s),
  "SVM2025-03": (s) => rel(euFirstTimeAsylumApplicants, "EU27", 2023, 2024, s),
  "SVM2025-06a": (s) => rel(departures, "verified", 2023, 2024, s),

  // CBS releases and the press citing them
  "CBS-2018-01a": (s) => nonDutch(2018, s),
  "CBS-2018-01b": (s) => v(immigrationByNationalityGroup, "euEfta", 2018, s),
  "CBS-2018-01c": (s) => v(immigrationByNationalityGroup, "nonEuEfta", 2018, s),
  "CBS-2018-01d": (s) => part(immigrationByMotiveEuEfta, "work", 2018, "total", s),
  "CBS-2018-02a": (s) => part(immigrationByMotiveNonEuEfta, "family", 2018, "total", s),
  "CBS-2018-02b": (s) => part(immigrationByMotiveNonEuEfta, "work", 2018, "total", s),
  "CBS-2018-02c": (s) => part(immigrationByMotiveNonEuEfta, "study", 2018, "total", s),
  "CBS-2018-02d": (s) => part(immigrationByMotiveNonEuEfta, "asylum", 2018, "total", s),
  "CBS-2020-01a": (s) => nonDutch(2020, s),
  "CBS-2020-01b": (s) => nonDutch(2020, s) - nonDutch(2019, s),
  "CBS-2020-01c": (s) => v(immigrationByNationalityGroup, "dutch", 2020, s),
  "CBS-2020-01d": (s) => -diff(immigrationByNationalityGroup, "dutch", 2019, 2020, s),
  "CBS-2020-03a": (s) => v(emigration, "total", 2020, s),
  "CBS-2020-03b": (s) => diff(emigration, "total", 2019, 2020, s),
  // Emigration of Dutch nationals fell from 2019 to 2020 (non-Dutch emigration rose, so the fall is theirs alone).
  "CBS-2020-03c": (s) => diff(emigrationByNationalityGroup, "dutch", 2019, 2020, s),
  "CBS-2021-01a": (s) => nonDutch(2021, s),
  "CBS-2021-01b": (s) => nonDutch(2021, s) - nonDutch(2020, s),
  "CBS-2021-02a": (s) => v(asylumFirstApplicationsCbs, "total", 2021, s),
  "CBS-2021-02b": (s) => v(asylumFirstApplicationsCbs, "total", 2020, s),
  "CBS-2021-02c": (s) => rel(immigrationByMotiveNonEuEfta, "asylum", 2020, 2021, s),
  "CBS-2021-04a": (s) => diff(immigrationByNationalityGroup, "nonEuEfta", 2020, 2021, s),
  "CBS-2021-04b": (s) => rel(immigrationByNationalityGroup, "nonEuEfta", 2019, 2021, s),
  "CBS-2021-04c": (s) => rel(immigrationByMotiveNonEuEfta, "asylum", 2020, 2021, s),
  "CBS-2022-01a": (s) => v(immigration, "total", 2022, s),
  "CBS-2022-01b": (s) => diff(immigration, "total", 2021, 2022, s),
  "CBS-2022-01c": (s) => diff(immigration, "total", 2019, 2022, s),
  "CBS-2022-02a": (s) => v(immigrationByNationalityGroup, "nonEuEfta", 2022, s),
  "CBS-2022-02b": (s) => diff(immigrationByNationalityGroup, "nonEuEfta", 2021, 2022, s),
  "CBS-2022-02c": (s) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, s),
  "CBS-2022-02d": (s) => part(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, "total", s),
  "CBS-2022-03a": (s) => nonEuExclTemporaryProtection(2022, s) / nonEuExclTemporaryProtection(2021, s) - 1,
  "CBS-2022-04a": (s) => rel(immigrationByMotiveNonEuEfta, "work", 2021, 2022, s),
  "CBS-2022-04b": (s) => rel(immigrationByMotiveNonEuEfta, "family", 2021, 2022, s),
  "CBS-2022-06a": (s) => v(immigration, "total", 2022, s),
  "CBS-2022-06b": (s) => v(emigration, "total", 2022, s),
  "CBS-2022-06c": (s) => v(netMigration, "total", 2022, s),
  "CBS-2022-06d": (s) => v(netMigration, "total", 2022, s),
  "CBS-2022-06e": (s) => v(asylumApplications, "familyReunification", 2022, s),
  "CBS-2022-07c": (s) => v(immigration, "total", 2022, s),
  "CBS-2022-07d": (s) => diff(immigration, "total", 2021, 2022, s),
  "CBS-2022-07e": (s) => v(netMigration, "total", 2022, s),
  "CBS-2022-08a": (s) => v(knowledgeMigrants, "total", 2022, s),
  "CBS-2022-08b": (s) => rel(knowledgeMigrants, "total", 2019, 2022, s),
  "CBS-2022-08c": (s) => part(knowledgeMigrants, "total", 2022, immigration, s),
  "CBS-2022-09a": (s) => v(immigration, "total", 2022, s),
  "CBS-2022-09b": (s) => part(immigrationByNationalityGroup, "euEfta", 2022, "total", s),
  "CBS-2022-09c": (s) => v(immigrationByNationalityGroup, "nonEuEfta", 2022, s),
  "CBS-2022-09d": (s) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, s),
  "CBS-2022-09e": (s) => v(immigrationByMotiveNonEuEfta, "family", 2022, s),
  "CBS-2022-09f": (s) => v(immigrationByMotiveNonEuEfta, "asylum", 2022, s),
  "CBS-2022-10a": (s) => v(immigrationByNationalityGroup, "dutch", 2022, s),
  "CBS-2022-10b": (s) => v(immigrationByMotiveNonEuEfta, "study", 2022, s),
  "CBS-2022-10c": (s) => v(knowledgeMigrants, "total", 2022, s),
  "CBS-2022-10d": (s) => v(immigrationByNationalityGroup, "euEfta", 2022, s),
  "CBS-2022-10e": (s) => v(immigrationByMotiveNonEuEfta, "asylum", 2022, s),
  "CBS-2022-10f": (s) => v(immigrationByMotive, "temporaryProtection", 2022, s),
  "CBS-2022-10g": (s) => v(immigrationByNationalityGroup, "nonEuEfta", 2022, s) - v(immigrationByMotive, "temporaryProtection", 2022, s),
  "CBS-2023-01a": (s) => v(immigration, "total", 2023, s),
  "CBS-2023-01b": (s) => diff(immigration, "total", 2022, 2023, s),
  "CBS-2023-01c": (s) => v(immigrationByNationalityGroup, "euEfta", 2023, s),
  "CBS-2023-02a": (s) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2023, s),
  "CBS-2023-02b": (s) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, s),
  "CBS-2023-05a": (s) => v(immigration, "total", 2023, s),
  "CBS-2023-05b": (s) => part(immigrationByMotive, "work", 2023, immigration, s),
  "CBS-2023-05c": (s) => part(immigrationByMotive, "family", 2023, immigration, s),
  "CBS-2023-05e": (s) => part(immigrationByMotiveNonEuEfta, "asylum", 2023, immigration, s),
  "CBS-2023-06a": (s) => v(immigrationByMotive, "family", 2023, s),
  "CBS-2023-06b": (s) => v(familyMigrationBySponsor, "allLabourMigrant", 2023, s) / 100,
  "CBS-2023-06c": (s) => v(familyMigrationBySponsor, "allStudent", 2023, s) / 100,
  "CBS-2023-06d": (s) => v(familyMigrationBySponsor, "allAsylumMigrant", 2023, s) / 100,
  "CBS-2023-07c": (s) => at(displacedUkrainians, "registered", "2023-10-01", s),
  "CBS-2023-07d": (s) => at(displacedUkrainians, "registered", "2023-07-01", s),
  "RVK2019-02a": (s) => v(statusHolderHousing, "housed", 2019, s),
  "CBS-2024-02a": (s) => part(immigrationByNationalityGroup, "nonEuEfta", 2024, "total", s),
  "CBS-2024-02b": (s) => part(immigrationByNationalityGroup, "euEfta", 2024, "total", s),
  "CBS-2024-02c": (s) => part(immigrationByNationalityGroup, "dutch", 2024, "total", s),
  "CBS-2024-03a": (s) => v(knowledgeMigrants, "total", 2024, s),
  "CBS-2024-03b": (s) => rel(knowledgeMigrants, "total", 2023, 2024, s),
  "CBS-2024-03c": (s) => rel(knowledgeMigrants, "total", 2022, 2024, s),
  "CBS-2024-04b": (s) => v(immigrationByMotive, "work", 2023, s),
  "CBS-COH-01c": (s) => v(immigrationByMotiveNonEuEfta, "asylum", 2011, s),
  "CBS-COH-01d": (s) => v(immigrationByMotiveNonEuEfta, "asylum", 2016, s),
  "CBS-COH-01e": (s) => v(netMigration, "total", 2017, s),
  "DERIV-01": (s) => rel(immigration, "total", 2021, 2022, s),
  "NOS-2022-02b": (s) => part(immigrationByNationalityGroup, "dutch", 2022, "total", s),
  "NOS-2022-02c": (s) => v(emigration, "total", 2022, s),
  "NOS-2022-02d": (s) => v(netMigration, "total", 2022, s),
};

/** A claim with the line it is on in data/claims.csv. */
export type LoadedClaim = LoadedClaimRow;

/** A problem in data/claims.csv (or the sources), with its file and line. */
export type ClaimProblem = Problem;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DOC_FILE = "docs/claims.md";

/**
 * Reads and validates data/claims.csv with the data pipeline's own loader (scripts/_lib/load.ts,
 * which `npm run data` also runs): schema per row, unique ids, known sources.
 */
export function loadClaims(root: string = ROOT): { claims: LoadedClaim[]; errors: ClaimProblem[] } {
  const errors: Problem[] = [];
  const sources = loadSources(root, errors);
  const claims = readClaims(root, sources, errors);
  return { claims, errors };
}

/** The result of recomputing a claim. */
export interface Evaluation {
  /** The recomputed number, when there is a computation and it ran. */
  value?: number;
  /** Why it could not be recomputed (no computation, or the API threw). */
  error?: string;
  /** Whether the recomputed number agrees with the stated one under its qualifier and tolerance. */
  reproduces: boolean;
}

/** Whether `x` agrees with the stated number of a claim. */
export function agrees(claim: Pick<Claim, "stated" | "qualifier" | "tolerance">, x: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(claim.stated));
  const { stated, tolerance } = claim;
  switch (claim.qualifier) {
    case "above":
      return x > stated;
    case "below":
      return x < stated;
    case "atLeast":
      return x >= stated - eps && x <= stated + tolerance + eps;
    case "atMost":
      return x <= stated + eps && x >= stated - tolerance - eps;
    default:
      return Math.abs(x - stated) <= tolerance + eps;
  }
}

/** Runs a claim's computation with a selection; a claim without a computation gives an error. */
function run(claim: Claim, selection: Selection): Evaluation {
  const compute = computations[claim.id];
  if (compute === undefined) return { error: "no computation", reproduces: false };
  try {
    const x = compute(selection);
    return { value: x, reproduces: agrees(claim, x) };
  } catch (e) {
    return { error: (e as Error).message, reproduces: false };
  }
}

/** Recomputes a claim through its computation at the claim's `asOf` (the figures as known then). */
export function evaluate(claim: Claim): Evaluation {
  return run(claim, claim.asOf === undefined ? {} : { asOf: claim.asOf });
}

/** Recomputes a claim from today's best figures (its computation without `asOf`). */
export function evaluateToday(claim: Claim): Evaluation {
  return run(claim, {});
}

/** The as-printed reading of a claim: {@link Evaluation}, plus the cells its edition did not print. */
export interface PrintedEvaluation extends Evaluation {
  /**
   * The cells the computation reads that the claim's edition did not print, named as in `needs`
   * (`immigration.total@2022`, years in ranges); empty when it printed them all.
   */
  notPrinted: string[];
}

/**
 * The cells a claim's computation reads (traced on today's figures), in the order it reads them,
 * without repeats; empty for a claim without a computation.
 */
export function cellsRead(claim: Pick<Claim, "id">): CellRead[] {
  const compute = computations[claim.id];
  if (compute === undefined) return [];
  const cells: CellRead[] = [];
  trace = cells;
  try {
    compute({});
  } catch {
    // the cells read before the failure are kept
  } finally {
    trace = undefined;
  }
  const seen = new Set<string>();
  return cells.filter((c) => {
    const key = `${c.dataset.id}|${c.series}|${c.year ?? c.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cells named as in `needs`: `dataset.series@YYYY`, consecutive years of a series as `@YYYY-YYYY`, stocks `@YYYY-MM-DD`. */
export function cellNames(cells: readonly CellRead[]): string[] {
  const out: string[] = [];
  let run: { name: string; from: number; to: number } | undefined;
  const flush = (): void => {
    if (run !== undefined) out.push(`${run.name}@${run.from === run.to ? run.from : `${run.from}-${run.to}`}`);
    run = undefined;
  };
  for (const c of cells) {
    const name = `${c.dataset.id}.${c.series}`;
    if (c.date !== undefined) {
      flush();
      out.push(`${name}@${c.date}`);
    } else if (run !== undefined && run.name === name && c.year === run.to + 1) run.to = c.year;
    else {
      flush();
      run = { name, from: c.year!, to: c.year! };
    }
  }
  flush();
  return out;
}

function printedCell(c: CellRead, edition: string): boolean {
  try {
    observation(c.dataset, { series: c.series, edition, ...(c.date === undefined ? { year: c.year! } : { date: c.date }) });
    return true;
  } catch (e) {
    if (e instanceof RangeError && / did not print /.test(e.message)) return false;
    throw e;
  }
}

/**
 * Recomputes a claim from the figures exactly as its edition printed them (its computation with
 * `edition` instead of `asOf`). Where the edition did not print a cell the computation needs (the
 * 2022 base of a 2022→2023 change, say), the reading is "not printed": no value, and `notPrinted`
 * names the cells — a legitimate outcome, not a failure.
 * @throws {RangeError} when the claim belongs to no edition
 */
export function evaluateAsPrinted(claim: Claim): PrintedEvaluation {
  if (claim.edition === undefined) throw new RangeError(`evaluateAsPrinted: ${claim.id} belongs to no edition (its edition column is empty)`);
  const edition = claim.edition;
  const ev = run(claim, { edition });
  const notPrinted = cellNames(cellsRead(claim).filter((c) => !printedCell(c, edition)));
  return { ...ev, notPrinted };
}

/**
 * Recomputes a claim as {@link evaluate} does, but without the figures of one source (normally the
 * page that states the claim): whether the claim also reproduces from the other pages. A claim whose
 * only data source is its own page does not, and is marked `independent: no` in data/claims.csv.
 */
export function evaluateWithout(claim: Claim, source: string): Evaluation {
  excluded = source;
  views.clear();
  try {
    return evaluate(claim);
  } finally {
    excluded = undefined;
    views.clear();
  }
}

/**
 * Whether the data a pending claim needs exists: a dataset export, a series of it, or cells
 * (years, or a stock's date). Returns the needs that are still missing.
 */
export function missingNeeds(needs: string): string[] {
  const datasets = api as unknown as Record<string, unknown>;
  return needs
    .split(";")
    .map((s) => s.trim())
    .filter((need) => {
      const m = /^([A-Za-z0-9]+)(?:\.([A-Za-z0-9]+))?(?:@(.+))?$/.exec(need);
      if (m === null) return true;
      const [, id, series, range] = m;
      const ds = datasets[id!] as AnyDataset | undefined;
      if (ds === undefined || typeof ds !== "object" || !("observations" in ds)) return true;
      if (series === undefined) return false;
      if (!(series in ds.series)) return true;
      if (range === undefined) return false;
      const cells: (() => number)[] = [];
      if (/^\d{4}-\d{2}-\d{2}$/.test(range)) cells.push(() => value(ds, { date: range, series }));
      else {
        const [from, to] = range.split("-").map(Number);
        for (let y = from!; y <= (to ?? from!); y++) cells.push(() => value(ds, { year: y, series }));
      }
      return cells.some((c) => {
        try {
          c();
          return false;
        } catch {
          return true;
        }
      });
    });
}

const EDITION_TITLES: Record<string, string> = {
  svm2021: "Staat van Migratie 2021",
  svm2022: "Staat van Migratie 2022",
  svm2023: "Staat van Migratie 2023",
  svm2024: "Staat van Migratie 2024",
  svm2025: "Staat van Migratie 2025",
};

function fmt(claim: Claim, x: number, recomputed: boolean): string {
  if (claim.unit === "fraction") {
    const digits = recomputed ? 1 : claim.tolerance > 0 && claim.tolerance < 0.005 ? 1 : 0;
    return formatPercent(x, { digits });
  }
  return formatNumber(x);
}

const HEDGE: Record<string, string> = { about: "about ", atLeast: "over ", atMost: "almost ", above: "> ", below: "< " };

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Whether two readings of a claim give the same number (or both none). */
function same(a: Evaluation, b: Evaluation): boolean {
  if (a.value === undefined || b.value === undefined) return a.value === b.value;
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}


type Resolved = ReturnType<typeof observation>;

function chosen(c: CellRead, selection: Selection): Resolved | undefined {
  try {
    return observation(c.dataset, { series: c.series, ...pick(selection), ...(c.date === undefined ? { year: c.year! } : { date: c.date }) });
  } catch {
    return undefined;
  }
}

/**
 * Why a cell's figure changed between two readings: "provisional → final", "rounded" (the earlier
 * figure is the later one rounded to its precision), "different source", or "revised".
 */
function why(a: Resolved, b: Resolved): string {
  if (a.status !== "final" && b.status === "final") return `${a.status} → final`;
  if (a.precision > 1 && Math.abs(a.value - b.value) <= a.precision / 2) return "rounded";
  if (originPublisher(a.source.publisher) !== originPublisher(b.source.publisher)) return "different source";
  return "revised";
}

/** The three readings of a claim side by side, and why they differ. */
export interface Readings {
  /** From the figures its edition printed; undefined for a claim of no edition. */
  printed?: PrintedEvaluation;
  /** At the claim's `asOf` (today's figures when it has none): {@link evaluate}. */
  then: Evaluation;
  /** From today's best figures: {@link evaluateToday}. */
  today: Evaluation;
  /**
   * Short automatic reasons where the readings differ: "the edition did not print …", and for each
   * cell whose figure changed, its figures in order and why ("provisional → final", "rounded",
   * "different source", "revised"). Empty when the readings agree.
   */
  reasons: string[];
}

/** Reads a claim as printed (if it belongs to an edition), as known then (`asOf`) and today, with the reasons they differ. */
export function readings(claim: Claim): Readings {
  const printed = claim.edition === undefined || computations[claim.id] === undefined ? undefined : evaluateAsPrinted(claim);
  const then = evaluate(claim);
  const today = evaluateToday(claim);
  const reasons: string[] = [];
  const differ = !same(then, today) || (printed !== undefined && (!same(printed, then) || !same(printed, today)));
  if (!differ) return { ...(printed === undefined ? {} : { printed }), then, today, reasons };
  if (printed !== undefined && printed.notPrinted.length > 0) reasons.push(`the edition did not print ${printed.notPrinted.map((n) => `\`${n}\``).join(", ")}`);
  const cells = cellsRead(claim);
  const names = cells.map((c) => cellNames([c])[0]!);
  cells.forEach((c, i) => {
    const chain: Resolved[] = [];
    if (claim.edition !== undefined) {
      const p = chosen(c, { edition: claim.edition });
      if (p !== undefined) chain.push(p);
    }
    if (claim.asOf !== undefined) {
      const k = chosen(c, { asOf: claim.asOf });
      if (k !== undefined) chain.push(k);
    }
    const t = chosen(c, {});
    if (t !== undefined) chain.push(t);
    const steps = chain.filter((o, j) => j === 0 || o.value !== chain[j - 1]!.value);
    if (steps.length < 2) return;
    const kinds = steps.slice(1).map((o, j) => why(steps[j]!, o));
    reasons.push(`\`${names[i]}\` ${steps.map((o) => formatNumber(o.value)).join(" → ")}: ${[...new Set(kinds)].join(", ")}`);
  });
  return { ...(printed === undefined ? {} : { printed }), then, today, reasons };
}

/** A reading as a table cell: the number, ✓ when it agrees with the stated one, ✗ when not. */
function reading(claim: Claim, ev: Evaluation): string {
  if (ev.value === undefined) return ev.error === "no computation" ? "—" : `error: ${ev.error}`;
  return `${fmt(claim, ev.value, true)} ${ev.reproduces ? "✓" : "✗"}`;
}

/** The markdown page docs/claims.md. */
export function renderClaimsDoc(claims: readonly Claim[], root: string = ROOT): string {
  const sources = loadSources(root, []);
  const counts = { check: 0, differs: 0, pending: 0, unverified: 0 };
  for (const c of claims) counts[c.status]++;
  const ownPageOnly = claims.filter((c) => c.status === "check" && c.independent === "no").length;
  const out: string[] = [
    "<!-- generated by scripts/claims.ts from data/claims.csv — do not edit. Run `npm run claims:doc` to regenerate. -->",
    "# The report's statements, recomputed",
    "",
    "Each row is one figure the Staat van Migratie (or CBS, or the press citing them) published, recomputed",
    "through the package's public API. The computations are in `scripts/claims.ts`; `test/claims.test.ts`",
    "runs every row. Each is read up to three ways, side by side:",
    "",
    "- **as printed** (claims of an edition): from the figures exactly as that edition printed them",
    "  (`edition` instead of `asOf`: its own news item and copies quoting it). Where the edition did not",
    "  print a figure the computation needs (the 2022 base of a 2022→2023 change, say), it reads",
    "  **not printed** and names the cells — an outcome, not a failure;",
    "- **as known then**: at the vintage in `asOf` (a date or an edition's day: the best figures known",
    "  then); a row without `asOf` is read with today's figures here too;",
    "- **today**: from today's best figures.",
    "",
    "✓: the reading agrees with the stated number within the tolerance its rounding implies; ✗: it does",
    "not. Where the readings differ, **why they differ** gives the claim's note and, per figure, its values",
    "in order (as printed → as known then → today) and the kind of change: *provisional → final*,",
    "*rounded* (the earlier figure is the later one rounded), *different source* (another publisher's",
    "count), *revised* (the same publisher changed it).",
    "",
    "The verdict is that of the reading as known then: **reproduces** — within the tolerance its rounding",
    "implies, also without the figures of the page that states it; **own page only** — it matches, but the",
    "page that states it is the only source of a figure it needs, so it shows the dataset holds that figure",
    "and is not counted as reproduced; **differs** — kept, with the reason and the value the data gives",
    "(asserted too); **pending** — the data it needs is not in the package yet; **not re-checked** — the",
    "statement could not be found at its source again, so it is kept but not asserted.",
    "",
    `${claims.length} figures: ${counts.check - ownPageOnly} reproduce, ${ownPageOnly} match their own page only, ${counts.differs} differ, ${counts.pending} pending, ${counts.unverified} not re-checked.`,
  ];
  const printedCount = { reproduce: 0, differ: 0, notPrinted: 0 };
  for (const c of claims) {
    if (c.edition === undefined || computations[c.id] === undefined) continue;
    const p = evaluateAsPrinted(c);
    if (p.notPrinted.length > 0) printedCount.notPrinted++;
    else if (p.reproduces) printedCount.reproduce++;
    else printedCount.differ++;
  }
  out.push(
    `Of the ${printedCount.reproduce + printedCount.differ + printedCount.notPrinted} recomputed figures of an edition, read as printed: ${printedCount.reproduce} reproduce, ${printedCount.differ} differ, ${printedCount.notPrinted} need a figure the edition did not print.`,
  );
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.edition ?? "other";
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const order = [...Object.keys(EDITION_TITLES), "other"].filter((k) => groups.has(k));
  for (const key of order) {
    const edition = key !== "other";
    out.push("", `## ${EDITION_TITLES[key] ?? "Other publications: CBS, the press, the advisory council"}`, "");
    if (edition) out.push("| id | statement | stated | as printed | as known then | today | verdict | why they differ | source |", "|---|---|--:|--:|--:|--:|---|---|---|");
    else out.push("| id | statement | stated | as known then | today | verdict | why they differ | source |", "|---|---|--:|--:|--:|---|---|---|");
    for (const c of groups.get(key)!) {
      const r = readings(c);
      const stated = `${HEDGE[c.qualifier ?? ""] ?? ""}${fmt(c, c.stated, false)}`;
      let printed = "—";
      if (r.printed !== undefined) {
        printed = r.printed.notPrinted.length > 0 ? `not printed: ${r.printed.notPrinted.map((n) => `\`${n}\``).join(", ")}` : reading(c, r.printed);
      }
      const then = r.then.value === undefined ? reading(c, r.then) : `${reading(c, r.then)}<br>${c.asOf === undefined ? "today" : `as of ${c.asOf}`}`;
      let verdict: string;
      if (c.status === "check") verdict = c.independent === "no" ? "own page only: the page that states it is the only source of a figure it needs" : "reproduces";
      else if (c.status === "differs") verdict = `differs: ${c.note}`;
      else if (c.status === "pending") verdict = `pending: needs ${c.needs!.split(";").map((n) => `\`${n.trim()}\``).join(", ")}. ${c.note}`;
      else verdict = c.note!;
      // The note is in the verdict of every row but a check; a check's note explains its readings.
      const reasons = r.reasons.length === 0 ? [] : [...(c.status === "check" && c.note !== undefined ? [c.note] : []), ...r.reasons.map((x) => `${x}.`)];
      const whyCell = reasons.length === 0 ? "—" : reasons.join("<br>");
      const src = c.source === undefined ? "—" : sources.has(c.source) ? `[${c.source}](${sources.get(c.source)!.url})` : c.source;
      const statement = `${c.statement_en}<br>*${c.statement_nl}*`;
      const cols = [c.id, statement, stated, ...(edition ? [printed] : []), then, reading(c, r.today), verdict, whyCell, src];
      out.push(`| ${cols.map(cell).join(" | ")} |`);
    }
  }
  return `${out.join("\n")}\n`;
}

function main(argv: readonly string[]): number {
  const { claims, errors } = loadClaims();
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e.file}${e.line === undefined ? "" : `:${e.line}`}: ${e.message}`);
    return 1;
  }
  const doc = renderClaimsDoc(claims);
  const target = join(ROOT, DOC_FILE);
  if (argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // missing counts as drift
    }
    if (current !== doc) {
      console.error(`${DOC_FILE} is out of date; run \`npm run claims:doc\``);
      return 1;
    }
    return 0;
  }
  if (argv.includes("--write")) {
    writeFileSync(target, doc);
    console.log(`wrote ${DOC_FILE} (${claims.length} claims)`);
    return 0;
  }
  const shown = (ev: Evaluation): string => `${ev.value ?? ev.error} ${ev.reproduces ? "OK" : "--"}`;
  for (const c of claims) {
    const r = readings(c);
    const printed = r.printed === undefined ? "" : ` | as printed ${r.printed.notPrinted.length > 0 ? `not printed: ${r.printed.notPrinted.join(", ")}` : shown(r.printed)}`;
    console.log(`${c.id.padEnd(16)} ${c.status.padEnd(10)} stated ${String(c.stated).padEnd(12)} got ${shown(r.then)} | today ${shown(r.today)}${printed}`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
