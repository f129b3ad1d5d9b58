import { parseAsOf } from "./_lib/asOf.ts";
import { assertDataset, assertPositive, assertQuery, assertYear, listKeys } from "./_lib/checks.ts";
import { denominatorSeries, populationFor } from "./_lib/population.ts";
import { candidates } from "./_lib/select.ts";
import { best } from "./_lib/vintage.ts";
import type { AnyDataset, AsOf, Dataset, SeriesOf, Status } from "./types.ts";

/**
 * Options of {@link rank}.
 *
 * @category Measures
 */
export interface RankQuery<D extends AnyDataset> {
  year: number;
  /** Rank by the value itself (default) or per inhabitant. */
  by?: "value" | "perCapita";
  /** With `by: "perCapita"`: the population per series (for countries, `euPopulation`). */
  population?: Dataset<string, "stock">;
  /** With `by: "perCapita"`: per how many inhabitants (default 1000). */
  per?: number;
  /** `"desc"` (default: largest first) or `"asc"`. */
  order?: "desc" | "asc";
  /**
   * The series to rank. Default: every series except aggregates (`total`, `EU27`, `EU28` and the
   * totals of declared sums), i.e. the member states of a per-country dataset.
   */
  series?: readonly SeriesOf<D>[];
  /** Only figures published on or before this date count. */
  asOf?: AsOf;
}

/**
 * One entry of a {@link rank} result.
 *
 * @category Measures
 */
export interface RankEntry<S extends string = string> {
  /** 1 for the first; equal values share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly series: S;
  /** The value in the dataset's unit. */
  readonly value: number;
  /** The value per `per` inhabitants, when ranked by it. */
  readonly perCapita?: number;
  readonly status: Status;
  readonly precision: number;
}

/**
 * The series of a dataset in one year, ordered by value or by value per inhabitant, so that "the
 * Netherlands ranks n-th per capita" is one call.
 *
 * Series without a figure for the year (or, per capita, without a population, or with a population
 * of 0) are left out, not ranked last: compare the result's length with the series you expected.
 *
 * @param dataset - a dataset with comparable series, such as `euFirstTimeAsylumApplicants`
 * @param query - `year`, `by`, `population`, `per`, `order`, `series` and `asOf`
 * @returns the entries, first place first
 * @throws {TypeError} when an argument has the wrong type, or per-capita ranking of countries lacks a per-country population
 * @throws {RangeError} when the year or a series is unknown
 *
 * @example
 * ```ts
 * import { euFirstTimeAsylumApplicants, euPopulation, rank } from "staat-van-migratie";
 *
 * const r = rank(euFirstTimeAsylumApplicants, { year: 2024, by: "perCapita", population: euPopulation });
 * r.map((e) => e.series);
 * //=> member states with figures, most applicants per 1,000 inhabitants first
 * r.find((e) => e.series === "GR")?.perCapita?.toFixed(1); //=> "6.6" (Eurostat: 6.6 per 1,000)
 * ```
 *
 * @category Measures
 */
export function rank<D extends AnyDataset>(dataset: D, query: RankQuery<D>): RankEntry<SeriesOf<D>>[] {
  assertDataset("rank", dataset);
  assertQuery("rank", query, '{ year: 2024, by: "perCapita", population: euPopulation }');
  const year = assertYear("rank", dataset, query.year);
  const by = query.by ?? "value";
  if (by !== "value" && by !== "perCapita") throw new RangeError(`rank: by must be "value" or "perCapita", got "${String(by)}"`);
  const order = query.order ?? "desc";
  if (order !== "desc" && order !== "asc") throw new RangeError(`rank: order must be "desc" or "asc", got "${String(order)}"`);
  const keys = Object.keys(dataset.series);
  let series: string[];
  if (query.series === undefined) {
    const totals = new Set<string>(["total", "EU27", "EU28", ...dataset.sums.map((s) => s.total)]);
    series = keys.filter((k) => !totals.has(k));
  } else {
    series = [...query.series];
    for (const s of series) if (!keys.includes(s)) throw new RangeError(`rank: unknown series "${s}" for ${dataset.id}; valid series: ${listKeys(keys)}`);
  }
  const asOf = query.asOf === undefined ? undefined : parseAsOf("rank", query.asOf);
  const per = by === "perCapita" ? (query.per === undefined ? 1000 : assertPositive("rank", query.per, "per")) : 1;
  const pop = by === "perCapita" ? populationFor("rank", dataset, query.population, undefined) : undefined;
  const entries: Omit<RankEntry<SeriesOf<D>>, "rank">[] = [];
  for (const s of series) {
    // A series without a figure (or without a population) is left out, not ranked.
    const o = best(dataset, candidates(dataset, s, year), asOf);
    if (o === undefined) continue;
    const base = { series: s as SeriesOf<D>, value: o.value, status: o.status, precision: o.precision };
    if (pop === undefined) {
      entries.push(base);
      continue;
    }
    const popSeries = denominatorSeries(pop, s, undefined);
    if (!Object.hasOwn(pop.series, popSeries)) continue;
    const d = best(pop, candidates(pop, popSeries, year), asOf);
    if (d === undefined || d.value === 0) continue;
    entries.push({ ...base, perCapita: (o.value / d.value) * per });
  }
  const key = (e: Omit<RankEntry, "rank">): number => (by === "value" ? e.value : e.perCapita!);
  entries.sort((a, b) => (order === "desc" ? key(b) - key(a) : key(a) - key(b)));
  const ranked: RankEntry<SeriesOf<D>>[] = [];
  entries.forEach((e, i) => {
    const prev = ranked[i - 1];
    ranked.push({ rank: prev !== undefined && key(prev) === key(e) ? prev.rank : i + 1, ...e });
  });
  return ranked;
}
