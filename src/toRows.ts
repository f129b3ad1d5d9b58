import { buildRows, type Row, type RowsQuery } from "./_lib/rows.ts";
import type { AnyDataset } from "./types.ts";

export type { Row, RowsQuery } from "./_lib/rows.ts";

/**
 * A dataset as tidy rows, one figure per row with its status, precision and source: ready for
 * Observable Plot, Arquero, DuckDB or a spreadsheet.
 *
 * By default each cell (series and year; for a stock, series and reference date) gives its best
 * figure, chosen by the rule of `value` (respecting `asOf`); cells without a figure are left out,
 * never filled in. With `vintages: true` every observation published by `asOf` is a row, so
 * revisions can be analysed. Rows come in a fixed order: series as declared, then year, date and
 * (with vintages) publication date.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param options - `asOf`, `series` (one key or a list), `from`, `to` and `vintages`
 * @returns the rows: `{ dataset, series, label, year, date, value, status, precision, qualifier,
 *   source, sourceUrl, publisher }`; `date` and `qualifier` are `null` when absent
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when a series is unknown, a year is outside the dataset's range, `from > to`,
 *   or `asOf` is not a valid date or edition
 *
 * @example
 * ```ts
 * import { immigration, toRows } from "staat-van-migratie";
 *
 * toRows(immigration, { from: 2022, to: 2023 }).map((r) => [r.year, r.value, r.status]);
 * //=> [[2022, 403108, "final"], [2023, 335668, "final"]]
 * toRows(immigration, { from: 2023, to: 2023, asOf: "svm2024" })[0]?.value;
 * //=> 332863 (as the Staat van Migratie 2024 had it)
 * ```
 * @category Export
 */
export function toRows<D extends AnyDataset>(dataset: D, options?: RowsQuery<D>): Row[] {
  return buildRows("toRows", dataset, options).rows;
}
