import { assertDataset, assertQuery, resolveSeries } from "./_lib/checks.ts";
import { cellsInRange } from "./_lib/range.ts";
import type { AsOf, Dataset, SeriesOption } from "./types.ts";

/**
 * Options of {@link total} and {@link mean}.
 *
 * @category Measures
 */
export type RangeQuery<D> = {
  /** First year, inclusive. */
  from: number;
  /** Last year, inclusive. */
  to: number;
  /** Only figures published on or before this date count. */
  asOf?: AsOf;
} & SeriesOption<D>;

/**
 * The sum of a flow over the years `from` to `to` (inclusive), each year's best figure.
 *
 * Adding up a stock (people present at a date) has no meaning, so a stock is a type error and, from
 * plain JavaScript, a `TypeError`. A year without a figure is an error, not a zero.
 *
 * @param dataset - a flow dataset, such as `immigration`
 * @param query - `from`, `to`, `series` (defaults to `"total"`) and `asOf`
 * @returns the sum, in the dataset's unit
 * @throws {TypeError} when the dataset is a stock, or an argument has the wrong type
 * @throws {RangeError} when the series or a year is unknown, `from > to`, or a year has no figure
 *
 * @example
 * ```ts
 * import { immigration, total } from "staat-van-migratie";
 *
 * total(immigration, { from: 2022, to: 2023 });
 * //=> 738776 (403,108 + 335,668, CBS final)
 * ```
 *
 * @category Measures
 */
export function total<D extends Dataset<string, "flow">>(dataset: D, query: RangeQuery<D>): number {
  assertDataset("total", dataset);
  assertQuery("total", query, "{ from: 2014, to: 2023 }");
  if (dataset.measure !== "flow") {
    throw new TypeError(`total: ${dataset.id} is a stock (counted at a date), and stocks cannot be added up over years; use mean or value`);
  }
  const series = resolveSeries("total", dataset, query.series);
  let sum = 0;
  for (const o of cellsInRange("total", dataset, series, query.from, query.to, query.asOf)) sum += o.value;
  return sum;
}
