import { assertDataset, assertQuery, assertYear, resolveSeries } from "./_lib/checks.ts";
import { cell } from "./_lib/select.ts";
import type { AnyDataset, AsOf, SeriesOption } from "./types.ts";

/** Options of {@link value}. */
export type ValueQuery<D extends AnyDataset> = {
  /** The reference year. For a stock, the figure at the dataset's reference date of that year. */
  year: number;
  /** Only figures published on or before this date count (a vintage query). */
  asOf?: AsOf;
} & SeriesOption<D>;

/**
 * The value of one cell: the best figure of a series in a year.
 *
 * Every cell keeps all its vintages. Among the figures published on or before `asOf` (all of them
 * without `asOf`), the best wins: final before provisional before estimated, then the finer
 * precision (an exact table value beats a press figure rounded to thousands), then the newest
 * publication. See `docs/vintages.md`.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `year`, `series` (defaults to `"total"` where the dataset has one) and `asOf`
 * @returns the value, in the dataset's unit
 * @throws {TypeError} when an argument has the wrong type, or `series` is missing and there is no `total`
 * @throws {RangeError} when the series or year is unknown, no source gives the cell, or none was published by `asOf`
 *
 * @example
 * ```ts
 * import { immigration, value } from "staat-van-migratie";
 *
 * value(immigration, { year: 2023 });
 * //=> 335668 (CBS, final)
 * value(immigration, { year: 2023, asOf: "2024-06-14" });
 * //=> 332863 (as the Staat van Migratie 2024 had it)
 * ```
 */
export function value<D extends AnyDataset>(dataset: D, query: ValueQuery<D>): number {
  assertDataset("value", dataset);
  assertQuery("value", query, "{ year: 2023 }");
  const series = resolveSeries("value", dataset, query.series);
  const year = assertYear("value", dataset, query.year);
  return cell("value", dataset, series, year, query.asOf).value;
}
