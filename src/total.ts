import { assertBoolean, assertCount, assertDataset, resolveSeries } from "./_lib/checks.ts";
import { lineageOf } from "./_lib/lineage.ts";
import { readOptions } from "./_lib/options.ts";
import { cellsInRange, RANGE_OPTIONS } from "./_lib/range.ts";
import type { AsOf, Dataset, EditionId, Measured, SeriesOption } from "./types.ts";

/**
 * Options of {@link total} and {@link mean}.
 *
 * @category Calculations
 */
export type RangeQuery<D> = {
  /** First year, inclusive. */
  from: number;
  /** Last year, inclusive. */
  to: number;
  /** Only figures published on or before this date count. */
  asOf?: AsOf;
  /** Instead of `asOf`: the figures as this report edition printed them (`"svm2024"`). */
  edition?: EditionId;
  /** `true`: return the number with its lineage (status, rounding unit, hedge, sources). */
  lineage?: boolean;
} & SeriesOption<D>;

/**
 * The sum of a flow over the years `from` to `to` (inclusive), each year's best figure.
 *
 * Adding up a stock (people present at a date) has no meaning, so a stock is a type error and, from
 * plain JavaScript, a `TypeError`; so is adding up percentages or rates. A year without a figure is
 * an error, not a zero. With `lineage: true` the result is a {@link Measured}: the sum with the
 * weakest status, the coarsest rounding unit, the hedge and the sources of its years.
 *
 * @param dataset - a flow dataset, such as `immigration`
 * @param query - `from`, `to`, `series` (defaults to `"total"`), `asOf` and `lineage`
 * @returns the sum, in the dataset's unit (with `lineage: true`, a {@link Measured})
 * @throws {TypeError} when the dataset is a stock or not a count, an option is unknown, or an argument has the wrong type
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
 * @category Calculations
 */
export function total<D extends Dataset<string, "flow">>(dataset: D, query: RangeQuery<D> & { lineage: true }): Measured;
export function total<D extends Dataset<string, "flow">>(dataset: D, query: RangeQuery<D> & { lineage?: false }): number;
export function total<D extends Dataset<string, "flow">>(dataset: D, query: RangeQuery<D>): number | Measured;
export function total<D extends Dataset<string, "flow">>(dataset: D, query: RangeQuery<D>): number | Measured {
  assertDataset("total", dataset);
  const q = readOptions("total", query, RANGE_OPTIONS, "{ from: 2014, to: 2023 }");
  if (dataset.measure !== "flow") {
    throw new TypeError(`total: ${dataset.id} is a stock (counted at a date), and stocks cannot be added up over years; use mean or value`);
  }
  assertCount("total", dataset, "its years cannot be added up");
  const series = resolveSeries("total", dataset, q.series);
  const lineage = q.lineage === undefined ? false : assertBoolean("total", q.lineage, "lineage");
  const cells = cellsInRange("total", dataset, series, q.from, q.to, q.asOf, q.edition);
  let sum = 0;
  for (const o of cells) sum += o.value;
  return lineage ? lineageOf(sum, cells, true) : sum;
}
