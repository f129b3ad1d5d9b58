import { assertBoolean, assertCount, assertDataset, assertPositive, assertYear, resolveSeries } from "./_lib/checks.ts";
import { lineageOf } from "./_lib/lineage.ts";
import { optionSet, readOptions } from "./_lib/options.ts";
import { denominatorSeries, populationFor } from "./_lib/population.ts";
import { cell, editionOption } from "./_lib/cells.ts";
import type { AnyDataset, AsOf, Dataset, EditionId, Measured, SeriesOption } from "./types.ts";

/** The options of {@link perCapita}. */
const PER_CAPITA_OPTIONS = /* @__PURE__ */ optionSet(() => ({
  year: undefined,
  series: undefined,
  per: undefined,
  population: undefined,
  populationSeries: undefined,
  asOf: undefined,
  edition: undefined,
  lineage: undefined,
}));

/**
 * Options of {@link perCapita}.
 *
 * @category Calculations
 */
export type PerCapitaQuery<D extends AnyDataset> = {
  year: number;
  /** Per how many inhabitants (default 1000). */
  per?: number;
  /**
   * The denominator: a stock of inhabitants. Default: `population`, the population of the
   * Netherlands on 1 January of `year`. Pass another (such as EU member states' populations) to
   * compare countries; its series is matched by code.
   */
  population?: Dataset<string, "stock">;
  /** The denominator's series. Default: the numerator's series when the denominator has it, else `"total"`. */
  populationSeries?: string;
  /** Only figures published on or before this date count (for numerator and denominator). */
  asOf?: AsOf;
  /** Instead of `asOf`: numerator and denominator as this report edition printed them. */
  edition?: EditionId;
  /** `true`: return the number with its lineage (status, rounding unit, hedge, sources). */
  lineage?: boolean;
} & SeriesOption<D>;

/**
 * A value per `per` inhabitants: `value / population × per`.
 *
 * The denominator is read at the population dataset's reference date of the same year (1 January
 * for the bundled `population`). Only a dataset that counts inhabitants (`inhabitants: true`:
 * `population`, `euPopulation`, or one made with `defineDataset`) divides, and only a series of the
 * same territory: the default Dutch population divides only series that count the Netherlands; a
 * member state is divided by its own population in `euPopulation`; an EU or world aggregate without a
 * population of its own is refused, with a message that says which population to pass. A missing
 * denominator is a `RangeError`, never `NaN`. Percentages and rates are refused.
 *
 * With `lineage: true` the result is a {@link Measured}: the rate with the weaker status, the coarser
 * rounding unit, the hedge and the sources of numerator and denominator.
 *
 * Importing this function also bundles the small `population` dataset (the default denominator).
 *
 * @param dataset - a dataset of counts, such as `immigration`
 * @param query - `year`, `series`, `per` (default 1000), `population`, `populationSeries`, `asOf` and `lineage`
 * @returns the value per `per` inhabitants (with `lineage: true`, a {@link Measured})
 * @throws {TypeError} when an option is unknown, an argument has the wrong type, the dataset is not a
 *   count, or the population does not count inhabitants
 * @throws {RangeError} when a series or year is unknown, the territories of numerator and denominator
 *   differ, either has no figure, `per` is not positive, or the denominator is 0
 *
 * @example
 * ```ts
 * import { immigration, perCapita } from "staat-van-migratie";
 *
 * // immigrants in 2023 per 1,000 inhabitants on 1 January 2023
 * perCapita(immigration, { year: 2023 });
 * //=> 18.8…
 * ```
 *
 * @category Calculations
 */
export function perCapita<D extends AnyDataset>(dataset: D, query: PerCapitaQuery<D> & { lineage: true }): Measured;
export function perCapita<D extends AnyDataset>(dataset: D, query: PerCapitaQuery<D> & { lineage?: false }): number;
export function perCapita<D extends AnyDataset>(dataset: D, query: PerCapitaQuery<D>): number | Measured;
export function perCapita<D extends AnyDataset>(dataset: D, query: PerCapitaQuery<D>): number | Measured {
  assertDataset("perCapita", dataset);
  const q = readOptions("perCapita", query, PER_CAPITA_OPTIONS, "{ year: 2023 }");
  const edition = editionOption("perCapita", q.edition, q.asOf);
  assertCount("perCapita", dataset, "it cannot be divided by a population");
  const series = resolveSeries("perCapita", dataset, q.series);
  const year = assertYear("perCapita", dataset, q.year);
  const per = q.per === undefined ? 1000 : assertPositive("perCapita", q.per, "per");
  const lineage = q.lineage === undefined ? false : assertBoolean("perCapita", q.lineage, "lineage");
  const pop = populationFor("perCapita", q.population);
  const popSeries = denominatorSeries("perCapita", dataset, series, pop, q.populationSeries);
  assertYear("perCapita", pop, year);
  const numerator = cell("perCapita", dataset, series, year, q.asOf, edition);
  const denominator = cell("perCapita", pop, popSeries, year, q.asOf, edition);
  if (denominator.value === 0) throw new RangeError(`perCapita: the population (${pop.id} "${popSeries}" ${year}) is 0`);
  const result = (numerator.value / denominator.value) * per;
  return lineage ? lineageOf(result, [numerator, denominator], false) : result;
}
