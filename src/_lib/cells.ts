import type { AnyDataset, Observation } from "../types.ts";
import { editionList, parseAsOf } from "./asOf.ts";
import { assertYear } from "./checks.ts";
import { EDITION_DATES } from "./editionDates.ts";
import { isSealed } from "./dataset.ts";
import { best } from "./bestFigure.ts";
import { optionSet } from "./options.ts";

/**
 * A dataset's observations by series, then by year (a flow's year, a stock's year at its reference
 * date) or by date (stocks): every lookup reads only the observations of the cell asked for.
 */
interface Index {
  readonly byYear: Map<string, Map<number, Observation[]>>;
  readonly byDate: Map<string, Map<string, Observation[]>>;
  /** The chosen figure of a year cell without `asOf` or `edition` (`null`: none), by series and year, filled as cells are asked for. */
  readonly chosen: Map<string, Map<number, Observation | null>>;
}

/**
 * Built lazily, on the first query of a dataset (one pass over its observations, O(n)); never at
 * import. Keyed weakly by the dataset object, so an index lives exactly as long as its dataset. Only
 * sealed (deeply frozen) datasets are cached: the index of any other object is built anew for each
 * call, so mutating such an object can never leave a stale answer behind.
 */
const indexes = new WeakMap<AnyDataset, Index>();

const NONE: readonly Observation[] = Object.freeze([]);

function push<K>(bySeries: Map<string, Map<K, Observation[]>>, series: string, key: K, o: Observation): void {
  let cells = bySeries.get(series);
  if (cells === undefined) bySeries.set(series, (cells = new Map()));
  const list = cells.get(key);
  if (list === undefined) cells.set(key, [o]);
  else list.push(o);
}

/**
 * The dataset of the last lookup and its index: a run of queries on one dataset skips the WeakMap. (It
 * keeps that one dataset and its index alive until another sealed dataset is queried: bounded, not a leak.)
 */
let lastDataset: AnyDataset | undefined;
let lastIndex: Index | undefined;

function indexOf(dataset: AnyDataset): Index {
  if (dataset === lastDataset) return lastIndex!;
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = { byYear: new Map(), byDate: new Map(), chosen: new Map() };
    const flow = dataset.measure === "flow";
    const reference = `-${dataset.referenceDate}`;
    for (const o of dataset.observations) {
      if (o.date !== undefined) push(index.byDate, o.series, o.date, o);
      // A stock's plain year query reads its reference date; a flow's reads the year.
      if (flow || o.date === `${o.year}${reference}`) push(index.byYear, o.series, o.year, o);
    }
    if (!isSealed(dataset)) return index;
    indexes.set(dataset, index);
  }
  lastDataset = dataset;
  lastIndex = index;
  lastSeries = undefined;
  return index;
}

/**
 * The last valid `asOf` parsed by {@link cell} (a string, or a Date by its time value) and its day:
 * ranges (total, mean) and runs of queries parse it once, not per cell. Only valid values are kept,
 * so a refusal always names the function that was called.
 */
let lastAsOf: string | number | undefined;
let lastCutOff = "";

function cutOffFor(fn: string, asOf: unknown): string | undefined {
  if (asOf === undefined) return undefined;
  const key = typeof asOf === "string" ? asOf : asOf instanceof Date ? asOf.getTime() : undefined;
  if (key !== undefined && key === lastAsOf) return lastCutOff;
  const parsed = parseAsOf(fn, asOf);
  lastAsOf = key;
  lastCutOff = parsed;
  return parsed;
}

/**
 * Checks the `edition` option: a known edition id, and not together with `asOf` (an edition's figures
 * are what it printed; `asOf` is what was known on a day — one or the other).
 * @throws {TypeError} when it is not a string, or `asOf` is given too
 * @throws {RangeError} when it is not a known edition
 */
export function editionOption(fn: string, edition: unknown, asOf: unknown): string | undefined {
  if (edition === undefined) return undefined;
  if (typeof edition === "string" && Object.hasOwn(EDITION_DATES, edition) && asOf === undefined) return edition;
  return refuseEdition(fn, edition);
}

/** The error of {@link editionOption}. */
function refuseEdition(fn: string, edition: unknown): never {
  if (typeof edition !== "string") throw new TypeError(`${fn}: edition must be an edition id such as "svm2024", got ${edition === null ? "null" : typeof edition}`);
  if (!Object.hasOwn(EDITION_DATES, edition)) throw new RangeError(`${fn}: unknown edition ${JSON.stringify(edition)}; editions: ${editionList()}`);
  throw new TypeError(`${fn}: pass either edition (the figure as that edition printed it) or asOf (the best figure known on a date), not both`);
}

/** What an edition printed for a dataset, for messages: `"total" 2023, "first" 2023` (or "nothing"). */
export function printedBy(dataset: AnyDataset, edition: string): string {
  const cells = new Set<string>();
  for (const o of dataset.observations) if (Object.hasOwn(dataset.sources, o.source) && dataset.sources[o.source]!.edition === edition) cells.add(`"${o.series}" ${o.date ?? o.year}`);
  const list = [...cells];
  if (list.length === 0) return "nothing";
  return list.length > 12 ? `${list.slice(0, 12).join(", ")}, … (${list.length} in all)` : list.join(", ");
}

/** All observations of a cell (every vintage), in file order. */
export function candidates(dataset: AnyDataset, series: string, year: number): readonly Observation[] {
  return indexOf(dataset).byYear.get(series)?.get(year) ?? NONE;
}

/**
 * The chosen observation of a cell, or a RangeError that says why there is none.
 * @throws {RangeError} when no figure exists (a gap) or none was published by `asOf`
 */
export function cell(fn: string, dataset: AnyDataset, series: string, year: number, asOf: unknown, edition?: string): Observation {
  if (asOf === undefined && edition === undefined) {
    // The latest figure of a cell never changes (the dataset is frozen): choose it once.
    const known = latest(dataset, series, year);
    if (known !== null) return known;
  }
  const cutOff = cutOffFor(fn, asOf);
  const list = candidates(dataset, series, year);
  return best(dataset, list, cutOff, edition) ?? noCell(fn, dataset, series, year, list, cutOff, edition);
}

/** The latest figure of a year cell (the vintage rule without `asOf`), or `null` when it has none; cached. */
function latest(dataset: AnyDataset, series: string, year: number): Observation | null {
  const years = dataset === lastDataset && series === lastSeries ? lastChosen! : chosenOf(dataset, series);
  let known = years.get(year);
  if (known === undefined) years.set(year, (known = best(dataset, candidates(dataset, series, year), undefined) ?? null));
  return known;
}

/** The series of the last {@link latest} lookup in {@link lastDataset}, and its chosen figures by year. */
let lastSeries: string | undefined;
let lastChosen: Map<number, Observation | null> | undefined;

function chosenOf(dataset: AnyDataset, series: string): Map<number, Observation | null> {
  const index = indexOf(dataset);
  let years = index.chosen.get(series);
  if (years === undefined) index.chosen.set(series, (years = new Map()));
  if (dataset === lastDataset) {
    lastSeries = series;
    lastChosen = years;
  }
  return years;
}

/** The RangeError of {@link cell}: why a year cell has no figure. */
function noCell(fn: string, dataset: AnyDataset, series: string, year: number, list: readonly Observation[], cutOff: string | undefined, edition: string | undefined): never {
  const what = `${dataset.id} "${series}" ${year}`;
  if (edition !== undefined) {
    throw new RangeError(`${fn}: ${edition} did not print ${what}; for ${dataset.id} it printed ${printedBy(dataset, edition)}`);
  }
  if (list.length === 0) {
    const gap = dataset.gaps.some((g) => g.series === series && g.years.includes(year));
    const why = gap ? ` (a known gap: describeDataset(${dataset.id}).gaps says why)` : "";
    throw new RangeError(`${fn}: no source gives ${what}${why}; years with figures: ${yearsWithData(dataset, series)}`);
  }
  const first = list.map((o) => dataset.sources[o.source]!.knownFrom).sort()[0];
  throw new RangeError(`${fn}: no figure for ${what} was published on or before ${cutOff}; the first appeared on ${first}`);
}

/**
 * The chosen observation of a stock at a specific reference date, or a RangeError.
 * @throws {TypeError} when the dataset is a flow or the date is not a string
 * @throws {RangeError} when the date is invalid or no figure exists at that date (by `asOf`)
 */
export function cellAtDate(fn: string, dataset: AnyDataset, series: string, date: unknown, asOf: unknown, edition?: string): Observation {
  if (dataset.measure !== "stock") {
    throw new TypeError(`${fn}: ${dataset.id} is a flow (counted over a year); query it by year, not by date`);
  }
  if (typeof date !== "string") throw new TypeError(`${fn}: date must be an ISO date string such as "2023-12-31", got ${date === null ? "null" : typeof date}`);
  const day = parseAsOf(fn, date, "date", false);
  if (day !== date) throw new RangeError(`${fn}: date ${JSON.stringify(date)} must be a plain ISO date such as "2023-12-31"`);
  const cutOff = asOf === undefined ? undefined : parseAsOf(fn, asOf);
  const list = indexOf(dataset).byDate.get(series)?.get(date) ?? NONE;
  const chosen = best(dataset, list, cutOff, edition);
  if (chosen !== undefined) return chosen;
  const what = `${dataset.id} "${series}" on ${date}`;
  if (edition !== undefined) {
    throw new RangeError(`${fn}: ${edition} did not print ${what}; for ${dataset.id} it printed ${printedBy(dataset, edition)}`);
  }
  if (list.length === 0) {
    const dates = [...(indexOf(dataset).byDate.get(series)?.keys() ?? [])].sort();
    throw new RangeError(`${fn}: no source gives ${what}; dates with figures: ${dates.join(", ") || "none"}`);
  }
  throw new RangeError(`${fn}: no figure for ${what} was published on or before ${cutOff}`);
}

/** The option names of a one-cell query (`value`, `observation`). */
export const CELL_OPTIONS: readonly ("year" | "date" | "series" | "asOf" | "edition")[] = /* @__PURE__ */ optionSet(() => ({
  year: undefined,
  date: undefined,
  series: undefined,
  asOf: undefined,
  edition: undefined,
}));

/**
 * The chosen observation for a query that names either a `year` or (stocks) a `date`.
 * @throws {TypeError} when both or neither are given, or a type is wrong
 * @throws {RangeError} as {@link cell} and {@link cellAtDate}
 */
export function cellFor(fn: string, dataset: AnyDataset, series: string, query: { year?: unknown; date?: unknown; asOf?: unknown; edition?: unknown }): Observation {
  const edition = editionOption(fn, query.edition, query.asOf);
  if (query.date === undefined) return cell(fn, dataset, series, assertYear(fn, dataset, query.year), query.asOf, edition);
  if (query.year !== undefined) throw new TypeError(`${fn}: pass either year or date, not both`);
  return cellAtDate(fn, dataset, series, query.date, query.asOf, edition);
}

/** A compact list of the years a series has figures for: `2010–2014, 2016, 2018–2024`. */
export function yearsWithData(dataset: AnyDataset, series: string): string {
  const years: number[] = [];
  for (let y = dataset.years.from; y <= dataset.years.to; y++) if (candidates(dataset, series, y).length > 0) years.push(y);
  if (years.length === 0) return "none";
  const runs: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    runs.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return runs.join(", ");
}
