// CSV quoting by d3-dsv (ISC): a runtime dependency, kept external so that bundlers drop it when toCSV is unused.
import { csvFormatRow } from "d3-dsv";
import { buildRows, ROW_COLUMNS, type RowsQuery } from "./_lib/rows.ts";
import type { AnyDataset } from "./types.ts";

/**
 * A dataset as CSV text (RFC 4180): a header row, then the rows of `toRows` with the same options,
 * CRLF line endings, fields quoted only where needed. Empty `date` and `qualifier` are empty fields.
 *
 * Columns: `dataset,series,label,year,date,value,status,precision,qualifier,source,sourceUrl,publisher`.
 * Values are written in units without separators, as stored (`335668`), so any CSV reader (DuckDB,
 * pandas, R, a spreadsheet) reads them as numbers.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param options - as for `toRows`: `asOf`, `series`, `from`, `to` and `vintages`
 * @returns the CSV text, ending with a line break
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when a series is unknown, a year is outside the dataset's range, `from > to`,
 *   or `asOf` is invalid
 *
 * @example
 * ```ts
 * import { immigration, toCSV } from "staat-van-migratie";
 *
 * toCSV(immigration, { from: 2023, to: 2023 }).split("\r\n")[1];
 * //=> "immigration,total,Total immigration,2023,,335668,final,1,,cbs-dossier-how-many-people-immigrate,https://…,CBS"
 * ```
 * @category Export
 */
export function toCSV<D extends AnyDataset>(dataset: D, options?: RowsQuery<D>): string {
  const { rows } = buildRows("toCSV", dataset, options);
  const lines = [csvFormatRow([...ROW_COLUMNS])];
  for (const r of rows) lines.push(csvFormatRow(ROW_COLUMNS.map((c) => (r[c] === null ? "" : String(r[c])))));
  return `${lines.join("\r\n")}\r\n`;
}
