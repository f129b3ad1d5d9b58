import { assertBoolean, assertDataset, resolveSeries } from "./_lib/checks.ts";
import { lineageOf } from "./_lib/lineage.ts";
import { readOptions } from "./_lib/options.ts";
import { cellsInRange, RANGE_OPTIONS } from "./_lib/range.ts";
import type { AnyDataset, Measured } from "./types.ts";
import type { RangeQuery } from "./total.ts";

/**
 * The arithmetic mean of a series over the years `from` to `to` (inclusive), each year's best
 * figure. Works for flows (mean per year) and stocks (mean of the reference-date values), and for
 * percentages (the unweighted mean of yearly rates). With `lineage: true` the result is a
 * {@link Measured} with the weakest status, coarsest rounding unit, hedge and sources of its years.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `from`, `to`, `series` (defaults to `"total"`), `asOf` and `lineage`
 * @returns the mean, in the dataset's unit (with `lineage: true`, a {@link Measured})
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when the series or a year is unknown, `from > to`, or a year has no figure
 *
 * @example
 * ```ts
 * import { immigration, mean } from "staat-van-migratie";
 *
 * mean(immigration, { from: 2022, to: 2023 });
 * //=> 369388 ((403,108 + 335,668) / 2)
 * ```
 *
 * @category Calculations
 */
export function mean<D extends AnyDataset>(dataset: D, query: RangeQuery<D> & { lineage: true }): Measured;
export function mean<D extends AnyDataset>(dataset: D, query: RangeQuery<D> & { lineage?: false }): number;
export function mean<D extends AnyDataset>(dataset: D, query: RangeQuery<D>): number | Measured;
export function mean<D extends AnyDataset>(dataset: D, query: RangeQuery<D>): number | Measured {
  assertDataset("mean", dataset);
  const q = readOptions("mean", query, RANGE_OPTIONS, "{ from: 2014, to: 2023 }");
  const series = resolveSeries("mean", dataset, q.series);
  const lineage = q.lineage === undefined ? false : assertBoolean("mean", q.lineage, "lineage");
  const cells = cellsInRange("mean", dataset, series, q.from, q.to, q.asOf, q.edition);
  let sum = 0;
  for (const o of cells) sum += o.value;
  const result = sum / cells.length;
  return lineage ? lineageOf(result, cells, true) : result;
}
