/**
 * The report's published statements as checks (`data/claims.csv`).
 *
 * - `computations`: one function per claim id that recomputes the stated number through the
 *   package's public API (`../src/index.ts`), at the claim's `asOf` vintage.
 * - `loadClaims`: reads and validates `data/claims.csv` (errors with file:line).
 * - `evaluate`: recomputes a claim and says whether it reproduces within its tolerance.
 * - `renderClaimsDoc`: the page `docs/claims.md`.
 *
 * `npm run claims:doc` (`tsx scripts/claims.ts --write`) writes docs/claims.md; `--check` exits 1
 * when the page is out of date (the claims test does the same check).
 */
import { defineDataset } from "../src/schema/index.ts";
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
  share,
  statusHolderHousing,
  total,
  value,
} from "../src/index.ts";
import type { AnyDataset, Dataset } from "../src/index.ts";
import type { Claim } from "./_lib/claim-schema.ts";
import { loadSources, readClaims, type LoadedClaimRow, type Problem } from "./_lib/load.ts";

/** A recomputation: the claim's number from the datasets, at the claim's vintage (`asOf`, if any). */
export type Computation = (asOf?: string) => number;

type Flow = Dataset<string, "flow">;
const vintage = (asOf?: string): { asOf?: string } => (asOf === undefined ? {} : { asOf });

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
    views.set(dataset, (w = defineDataset({ ...dataset, observations: dataset.observations.filter((o) => o.source !== source) } as never) as AnyDataset));
  }
  return w as D;
}

/** The value of a flow cell, or of a stock at its reference date in `year`. */
function v(dataset: AnyDataset, series: string, year: number, asOf?: string): number {
  return value(view(dataset), { year, series, ...vintage(asOf) });
}
/** The value of a stock at a reference date. */
function at(dataset: AnyDataset, series: string, date: string, asOf?: string): number {
  return value(view(dataset), { date, series, ...vintage(asOf) });
}
/** Relative change (a fraction) of a series between two years. */
function rel(dataset: AnyDataset, series: string, from: number, to: number, asOf?: string): number {
  return change(view(dataset), { from, to, series, ...vintage(asOf) }).relative;
}
/** Absolute change of a series between two years. */
function diff(dataset: AnyDataset, series: string, from: number, to: number, asOf?: string): number {
  return change(view(dataset), { from, to, series, ...vintage(asOf) }).absolute;
}
/** Share of a series in another series of the same dataset (default `total`), or in another dataset's `total`. */
function part(dataset: AnyDataset, series: string, year: number, of: string | AnyDataset = "total", asOf?: string): number {
  return share(view(dataset), { year, series, of: typeof of === "string" ? of : { dataset: view(of) }, ...vintage(asOf) });
}
/** Sum of a flow over years (inclusive). */
function sum(dataset: AnyDataset, series: string, from: number, to: number, asOf?: string): number {
  return total(view(dataset) as Flow, { from, to, series, ...vintage(asOf) });
}
/** Non-Dutch immigrants: EU/EFTA plus non-EU/EFTA nationals. */
function nonDutch(year: number, asOf?: string): number {
  return v(immigrationByNationalityGroup, "euEfta", year, asOf) + v(immigrationByNationalityGroup, "nonEuEfta", year, asOf);
}
/** Non-EU/EFTA immigrants by motive, temporary protection left out (CBS's "overige niet-EU/EFTA-immigranten"). */
function nonEuExclTemporaryProtection(year: number, asOf?: string): number {
  return ["work", "family", "study", "asylum", "other"].reduce((s, m) => s + v(immigrationByMotiveNonEuEfta, m, year, asOf), 0);
}
/** Asylum migrants (CBS migration motive) as a share of all immigration, pooled over years. */
function asylumShare(from: number, to: number, asOf?: string): number {
  return sum(immigrationByMotiveNonEuEfta, "asylum", from, to, asOf) / sum(immigration, "total", from, to, asOf);
}
/** EU/EFTA nationals as a share of all immigration, pooled over years. */
function euShare(from: number, to: number, asOf?: string): number {
  return sum(immigrationByNationalityGroup, "euEfta", from, to, asOf) / sum(immigration, "total", from, to, asOf);
}

/**
 * One recomputation per claim id (pending claims have none until their data exists). Each takes
 * the claim's `asOf` from data/claims.csv.
 */
export const computations: Readonly<Record<string, Computation>> = {
  // Staat van Migratie 2021 (not re-checked at its source; shown for information)
  "SVM2021-01": (a) => asylumShare(2011, 2020, a),
  "SVM2021-02": (a) => euShare(2011, 2020, a),

  // Staat van Migratie 2022
  "SVM2022-01": (a) => 1 - asylumShare(2012, 2021, a),
  "SVM2022-02": (a) => at(globalDisplacement, "total", "2021-06-30", a),
  "SVM2022-03": (a) => at(globalDisplacement, "refugees", "2021-12-31", a),
  "SVM2022-04": (a) => v(euFirstTimeAsylumApplicants, "EU27", 2021, a),
  "SVM2022-05a": (a) => rel(immigration, "total", 2019, 2021, a),
  "SVM2022-05b": (a) => rel(departures, "forced", 2019, 2021, a),

  // Staat van Migratie 2023
  "SVM2023-01a": (a) => v(immigration, "total", 2022, a),
  "SVM2023-01b": (a) => rel(immigration, "total", 2021, 2022, a),
  "SVM2023-02": (a) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, a),
  "SVM2023-07": (a) => v(statusHolderHousing, "housed", 2022, a),
  "SVM2023-08a": (a) => at(globalDisplacement, "total", "2022-12-31", a),
  "SVM2023-08b": (a) => 1 - at(globalDisplacement, "internallyDisplaced", "2022-12-31", a) / at(globalDisplacement, "total", "2022-12-31", a),
  "SVM2023-09a": (a) => v(immigrationByNationalityGroup, "euEfta", 2022, a),
  "SVM2023-09b": (a) => part(immigrationByNationalityGroup, "euEfta", 2022, "total", a),
  "SVM2023-10": (a) => asylumShare(2013, 2022, a),

  // Staat van Migratie 2024
  "SVM2024-01a": (a) => v(immigration, "total", 2023, a),
  "SVM2024-01b": (a) => rel(immigration, "total", 2022, 2023, a),
  "SVM2024-02a": (a) => diff(immigration, "total", 2022, 2023, a),
  "SVM2024-08a": (a) => v(euFirstTimeAsylumApplicants, "EU27", 2023, a),
  "SVM2024-10a": (a) => v(immigration, "total", 2023, a),
  "SVM2024-10b": (a) => v(emigration, "total", 2023, a),
  "SVM2024-10c": (a) => v(netMigration, "total", 2023, a),
  "SVM2024-11": (a) => asylumShare(2014, 2023, a),

  // Staat van Migratie 2025
  "SVM2025-01a": (a) => v(immigration, "total", 2024, a),
  "SVM2025-01b": (a) => rel(immigration, "total", 2023, 2024, a),
  "SVM2025-02": (a) => rel(asylumApplications, "first", 2023, 2024, a),
  "SVM2025-03": (a) => rel(euFirstTimeAsylumApplicants, "EU27", 2023, 2024, a),
  "SVM2025-06a": (a) => rel(departures, "verified", 2023, 2024, a),

  // CBS releases and the press citing them
  "CBS-2018-01a": (a) => nonDutch(2018, a),
  "CBS-2018-01b": (a) => v(immigrationByNationalityGroup, "euEfta", 2018, a),
  "CBS-2018-01c": (a) => v(immigrationByNationalityGroup, "nonEuEfta", 2018, a),
  "CBS-2018-01d": (a) => part(immigrationByMotiveEuEfta, "work", 2018, "total", a),
  "CBS-2018-02a": (a) => part(immigrationByMotiveNonEuEfta, "family", 2018, "total", a),
  "CBS-2018-02b": (a) => part(immigrationByMotiveNonEuEfta, "work", 2018, "total", a),
  "CBS-2018-02c": (a) => part(immigrationByMotiveNonEuEfta, "study", 2018, "total", a),
  "CBS-2018-02d": (a) => part(immigrationByMotiveNonEuEfta, "asylum", 2018, "total", a),
  "CBS-2020-01a": (a) => nonDutch(2020, a),
  "CBS-2020-01b": (a) => nonDutch(2020, a) - nonDutch(2019, a),
  "CBS-2020-01c": (a) => v(immigrationByNationalityGroup, "dutch", 2020, a),
  "CBS-2020-01d": (a) => -diff(immigrationByNationalityGroup, "dutch", 2019, 2020, a),
  "CBS-2020-03a": (a) => v(emigration, "total", 2020, a),
  "CBS-2020-03b": (a) => diff(emigration, "total", 2019, 2020, a),
  // Emigration of Dutch nationals fell from 2019 to 2020 (non-Dutch emigration rose, so the fall is theirs alone).
  "CBS-2020-03c": (a) => diff(emigrationByNationalityGroup, "dutch", 2019, 2020, a),
  "CBS-2021-01a": (a) => nonDutch(2021, a),
  "CBS-2021-01b": (a) => nonDutch(2021, a) - nonDutch(2020, a),
  "CBS-2021-02a": (a) => v(asylumFirstApplicationsCbs, "total", 2021, a),
  "CBS-2021-02b": (a) => v(asylumFirstApplicationsCbs, "total", 2020, a),
  "CBS-2021-02c": (a) => rel(immigrationByMotiveNonEuEfta, "asylum", 2020, 2021, a),
  "CBS-2021-04a": (a) => diff(immigrationByNationalityGroup, "nonEuEfta", 2020, 2021, a),
  "CBS-2021-04b": (a) => rel(immigrationByNationalityGroup, "nonEuEfta", 2019, 2021, a),
  "CBS-2021-04c": (a) => rel(immigrationByMotiveNonEuEfta, "asylum", 2020, 2021, a),
  "CBS-2022-01a": (a) => v(immigration, "total", 2022, a),
  "CBS-2022-01b": (a) => diff(immigration, "total", 2021, 2022, a),
  "CBS-2022-01c": (a) => diff(immigration, "total", 2019, 2022, a),
  "CBS-2022-02a": (a) => v(immigrationByNationalityGroup, "nonEuEfta", 2022, a),
  "CBS-2022-02b": (a) => diff(immigrationByNationalityGroup, "nonEuEfta", 2021, 2022, a),
  "CBS-2022-02c": (a) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, a),
  "CBS-2022-02d": (a) => part(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, "total", a),
  "CBS-2022-03a": (a) => nonEuExclTemporaryProtection(2022, a) / nonEuExclTemporaryProtection(2021, a) - 1,
  "CBS-2022-04a": (a) => rel(immigrationByMotiveNonEuEfta, "work", 2021, 2022, a),
  "CBS-2022-04b": (a) => rel(immigrationByMotiveNonEuEfta, "family", 2021, 2022, a),
  "CBS-2022-06a": (a) => v(immigration, "total", 2022, a),
  "CBS-2022-06b": (a) => v(emigration, "total", 2022, a),
  "CBS-2022-06c": (a) => v(netMigration, "total", 2022, a),
  "CBS-2022-06d": (a) => v(netMigration, "total", 2022, a),
  "CBS-2022-06e": (a) => v(asylumApplications, "familyReunification", 2022, a),
  "CBS-2022-07c": (a) => v(immigration, "total", 2022, a),
  "CBS-2022-07d": (a) => diff(immigration, "total", 2021, 2022, a),
  "CBS-2022-07e": (a) => v(netMigration, "total", 2022, a),
  "CBS-2022-08a": (a) => v(knowledgeMigrants, "total", 2022, a),
  "CBS-2022-08b": (a) => rel(knowledgeMigrants, "total", 2019, 2022, a),
  "CBS-2022-08c": (a) => part(knowledgeMigrants, "total", 2022, immigration, a),
  "CBS-2022-09a": (a) => v(immigration, "total", 2022, a),
  "CBS-2022-09b": (a) => part(immigrationByNationalityGroup, "euEfta", 2022, "total", a),
  "CBS-2022-09c": (a) => v(immigrationByNationalityGroup, "nonEuEfta", 2022, a),
  "CBS-2022-09d": (a) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, a),
  "CBS-2022-09e": (a) => v(immigrationByMotiveNonEuEfta, "family", 2022, a),
  "CBS-2022-09f": (a) => v(immigrationByMotiveNonEuEfta, "asylum", 2022, a),
  "CBS-2022-10a": (a) => v(immigrationByNationalityGroup, "dutch", 2022, a),
  "CBS-2022-10b": (a) => v(immigrationByMotiveNonEuEfta, "study", 2022, a),
  "CBS-2022-10c": (a) => v(knowledgeMigrants, "total", 2022, a),
  "CBS-2022-10d": (a) => v(immigrationByNationalityGroup, "euEfta", 2022, a),
  "CBS-2022-10e": (a) => v(immigrationByMotiveNonEuEfta, "asylum", 2022, a),
  "CBS-2022-10f": (a) => v(immigrationByMotive, "temporaryProtection", 2022, a),
  "CBS-2022-10g": (a) => v(immigrationByNationalityGroup, "nonEuEfta", 2022, a) - v(immigrationByMotive, "temporaryProtection", 2022, a),
  "CBS-2023-01a": (a) => v(immigration, "total", 2023, a),
  "CBS-2023-01b": (a) => diff(immigration, "total", 2022, 2023, a),
  "CBS-2023-01c": (a) => v(immigrationByNationalityGroup, "euEfta", 2023, a),
  "CBS-2023-02a": (a) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2023, a),
  "CBS-2023-02b": (a) => v(immigrationByMotiveNonEuEfta, "temporaryProtection", 2022, a),
  "CBS-2023-05a": (a) => v(immigration, "total", 2023, a),
  "CBS-2023-05b": (a) => part(immigrationByMotive, "work", 2023, immigration, a),
  "CBS-2023-05c": (a) => part(immigrationByMotive, "family", 2023, immigration, a),
  "CBS-2023-05e": (a) => part(immigrationByMotiveNonEuEfta, "asylum", 2023, immigration, a),
  "CBS-2023-06a": (a) => v(immigrationByMotive, "family", 2023, a),
  "CBS-2023-06b": (a) => v(familyMigrationBySponsor, "allLabourMigrant", 2023, a) / 100,
  "CBS-2023-06c": (a) => v(familyMigrationBySponsor, "allStudent", 2023, a) / 100,
  "CBS-2023-06d": (a) => v(familyMigrationBySponsor, "allAsylumMigrant", 2023, a) / 100,
  "CBS-2023-07c": (a) => at(displacedUkrainians, "registered", "2023-10-01", a),
  "CBS-2023-07d": (a) => at(displacedUkrainians, "registered", "2023-07-01", a),
  "RVK2019-02a": (a) => v(statusHolderHousing, "housed", 2019, a),
  "CBS-2024-02a": (a) => part(immigrationByNationalityGroup, "nonEuEfta", 2024, "total", a),
  "CBS-2024-02b": (a) => part(immigrationByNationalityGroup, "euEfta", 2024, "total", a),
  "CBS-2024-02c": (a) => part(immigrationByNationalityGroup, "dutch", 2024, "total", a),
  "CBS-2024-03a": (a) => v(knowledgeMigrants, "total", 2024, a),
  "CBS-2024-03b": (a) => rel(knowledgeMigrants, "total", 2023, 2024, a),
  "CBS-2024-03c": (a) => rel(knowledgeMigrants, "total", 2022, 2024, a),
  "CBS-2024-04b": (a) => v(immigrationByMotive, "work", 2023, a),
  "CBS-COH-01c": (a) => v(immigrationByMotiveNonEuEfta, "asylum", 2011, a),
  "CBS-COH-01d": (a) => v(immigrationByMotiveNonEuEfta, "asylum", 2016, a),
  "CBS-COH-01e": (a) => v(netMigration, "total", 2017, a),
  "DERIV-01": (a) => rel(immigration, "total", 2021, 2022, a),
  "NOS-2022-02b": (a) => part(immigrationByNationalityGroup, "dutch", 2022, "total", a),
  "NOS-2022-02c": (a) => v(emigration, "total", 2022, a),
  "NOS-2022-02d": (a) => v(netMigration, "total", 2022, a),
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

/** Recomputes a claim through its computation at the claim's `asOf`. */
export function evaluate(claim: Claim): Evaluation {
  const compute = computations[claim.id];
  if (compute === undefined) return { error: "no computation", reproduces: false };
  try {
    const x = compute(claim.asOf);
    return { value: x, reproduces: agrees(claim, x) };
  } catch (e) {
    return { error: (e as Error).message, reproduces: false };
  }
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
    "through the package's public API at the vintage in `asOf` (the figures as they were known then; empty:",
    "today's figures). The computations are in `scripts/claims.ts`; `test/claims.test.ts` runs every row.",
    "",
    "Verdicts: **reproduces** — within the tolerance its rounding implies, also without the figures of the",
    "page that states it; **own page only** — it matches, but the page that states it is the only source of",
    "a figure it needs, so it shows the dataset holds that figure and is not counted as reproduced;",
    "**differs** — kept, with the reason and the value the data gives (asserted too); **pending** — the data",
    "it needs is not in the package yet; **not re-checked** — the statement could not be found at its source",
    "again, so it is kept but not asserted.",
    "",
    `${claims.length} figures: ${counts.check - ownPageOnly} reproduce, ${ownPageOnly} match their own page only, ${counts.differs} differ, ${counts.pending} pending, ${counts.unverified} not re-checked.`,
  ];
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.edition ?? "other";
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const order = [...Object.keys(EDITION_TITLES), "other"].filter((k) => groups.has(k));
  for (const key of order) {
    out.push("", `## ${EDITION_TITLES[key] ?? "Other publications: CBS, the press, the advisory council"}`, "");
    out.push("| id | statement | stated | recomputed | as of | verdict | source |", "|---|---|--:|--:|---|---|---|");
    for (const c of groups.get(key)!) {
      const ev = evaluate(c);
      const stated = `${HEDGE[c.qualifier ?? ""] ?? ""}${fmt(c, c.stated, false)}`;
      const recomputed = ev.value === undefined ? "—" : fmt(c, ev.value, true);
      let verdict: string;
      if (c.status === "check") verdict = c.independent === "no" ? "own page only: the page that states it is the only source of a figure it needs" : "reproduces";
      else if (c.status === "differs") verdict = `differs: ${c.note}`;
      else if (c.status === "pending") verdict = `pending: needs ${c.needs!.split(";").map((n) => `\`${n.trim()}\``).join(", ")}. ${c.note}`;
      else verdict = c.note!;
      const src = c.source === undefined ? "—" : sources.has(c.source) ? `[${c.source}](${sources.get(c.source)!.url})` : c.source;
      const statement = `${c.statement_en}<br>*${c.statement_nl}*`;
      out.push(`| ${c.id} | ${cell(statement)} | ${cell(stated)} | ${cell(recomputed)} | ${c.asOf ?? "today"} | ${cell(verdict)} | ${cell(src)} |`);
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
  for (const c of claims) {
    const ev = evaluate(c);
    console.log(`${c.id.padEnd(16)} ${c.status.padEnd(10)} stated ${String(c.stated).padEnd(12)} got ${ev.value ?? ev.error} ${ev.reproduces ? "OK" : "--"}`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
