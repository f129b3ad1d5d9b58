import { assertDataset, assertPositive, assertQuery, assertYear, resolveSeries } from "./_lib/checks.ts";
import { cell } from "./_lib/select.ts";
import { denominatorSeries, populationFor } from "./_lib/population.ts";
import type { AnyDataset, AsOf, Dataset, SeriesOption } from "./types.ts";

/**
 * Options of {@link perCapita}.
 *
 * @category Measures
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
} & SeriesOption<D>;

/**
 * A value per `per` inhabitants: `value / population × per`.
 *
 * The denominator is read at the population dataset's reference date of the same year (1 January
 * for the bundled `population`). It is matched by series code, so per-country datasets divide by the
 * same country's population; a missing denominator is a `RangeError`, never `NaN`.
 *
 * Importing this function also bundles the small `population` dataset (the default denominator).
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `year`, `series`, `per` (default 1000), `population`, `populationSeries` and `asOf`
 * @returns the value per `per` inhabitants
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when a series or year is unknown, the numerator or denominator has no figure,
 *   `per` is not positive, or the denominator is 0
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
 * @category Measures
 */
export function perCapita<D extends AnyDataset>(dataset: D, query: PerCapitaQuery<D>): number {
  assertDataset("perCapita", dataset);
  assertQuery("perCapita", query, "{ year: 2023 }");
  const series = resolveSeries("perCapita", dataset, query.series);
  const year = assertYear("perCapita", dataset, query.year);
  const per = query.per === undefined ? 1000 : assertPositive("perCapita", query.per, "per");
  const pop = populationFor("perCapita", dataset, query.population, query.populationSeries);
  const popSeries = resolveSeries("perCapita", pop, denominatorSeries(pop, series, query.populationSeries));
  assertYear("perCapita", pop, year);
  const numerator = cell("perCapita", dataset, series, year, query.asOf).value;
  const denominator = cell("perCapita", pop, popSeries, year, query.asOf).value;
  if (denominator === 0) throw new RangeError(`perCapita: the population (${pop.id} "${popSeries}" ${year}) is 0`);
  return (numerator / denominator) * per;
}
