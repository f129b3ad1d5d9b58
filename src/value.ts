import { assertDataset, resolveSeries } from "./_lib/checks.ts";
import { readOptions } from "./_lib/options.ts";
import { CELL_OPTIONS, cellFor } from "./_lib/cells.ts";
import type { AnyDataset, AsOf, EditionId, SeriesOption } from "./types.ts";

/**
 * Which cell: a `year` (for a stock, the dataset's reference date in that year, e.g. 1 January for
 * `population`), or for a stock a specific reference `date` such as `"2023-10-01"`.
 *
 * @category Query
 */
export type CellQuery = { year: number; date?: undefined } | { date: string; year?: undefined };

/**
 * Options of {@link value}.
 *
 * @category Query
 */
export type ValueQuery<D extends AnyDataset> = CellQuery & {
  /** Only figures published on or before this date count (a vintage query): the best figure known then. */
  asOf?: AsOf;
  /**
   * Instead of `asOf`: the figure exactly as this report edition printed it (`"svm2024"`). A cell the
   * edition did not print is a `RangeError` that lists what it did print for the dataset.
   */
  edition?: EditionId;
} & SeriesOption<D>;

/**
 * The value of one cell: the best figure of a series in a year.
 *
 * Every cell keeps all its vintages. Among the figures known on or before `asOf` (all of them
 * without `asOf`), the vintage rule chooses one: the best status, then the smallest rounding unit
 * (`precision`: an exact table value beats a press figure rounded to thousands), then the newest;
 * the rule in full, step by step, is in `docs/vintages.md`.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `year` (or, for a stock, `date`), `series` (defaults to `"total"` where the dataset has one) and `asOf`
 * @returns the value, in the dataset's unit
 * @throws {TypeError} when an argument has the wrong type, `series` is missing and there is no `total`,
 *   or a flow is queried by `date`
 * @throws {RangeError} when the series or year is unknown, no source gives the cell, or none was published by `asOf`
 *
 * @example
 * ```ts
 * import { immigration, receptionOccupancy, value } from "staat-van-migratie";
 *
 * value(immigration, { year: 2023 });
 * //=> 335668 (CBS, final)
 * value(immigration, { year: 2023, asOf: "2024-06-14" });
 * //=> 332863 (as the Staat van Migratie 2024 had it)
 * value(receptionOccupancy, { date: "2023-09-25" });
 * //=> 57538 (COA residents on that day)
 * ```
 *
 * @category Query
 */
export function value<D extends AnyDataset>(dataset: D, query: ValueQuery<D>): number {
  assertDataset("value", dataset);
  const q = readOptions("value", query, CELL_OPTIONS, "{ year: 2023 }");
  const series = resolveSeries("value", dataset, q.series);
  return cellFor("value", dataset, series, q).value;
}
