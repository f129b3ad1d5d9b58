import { assertDataset, assertQuery, resolveSeries } from "./_lib/checks.ts";
import { cellsInRange } from "./_lib/range.ts";
import type { AnyDataset } from "./types.ts";
import type { RangeQuery } from "./total.ts";

/**
 * The arithmetic mean of a series over the years `from` to `to` (inclusive), each year's best
 * figure. Works for flows (mean per year) and stocks (mean of the reference-date values).
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `from`, `to`, `series` (defaults to `"total"`) and `asOf`
 * @returns the mean, in the dataset's unit
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
 * @category Measures
 */
export function mean<D extends AnyDataset>(dataset: D, query: RangeQuery<D>): number {
  assertDataset("mean", dataset);
  assertQuery("mean", query, "{ from: 2014, to: 2023 }");
  const series = resolveSeries("mean", dataset, query.series);
  const cells = cellsInRange("mean", dataset, series, query.from, query.to, query.asOf);
  let sum = 0;
  for (const o of cells) sum += o.value;
  return sum / cells.length;
}
