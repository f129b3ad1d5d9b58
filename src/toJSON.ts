import { buildRows, type Row, type RowsQuery } from "./_lib/rows.ts";
import type { AnyDataset, Measure, Text, Unit } from "./types.ts";

/**
 * Options of {@link toJSON}: those of `toRows`, and the indentation.
 * @category Export
 */
export type ToJSONOptions<D extends AnyDataset = AnyDataset> = RowsQuery<D> & {
  /** Spaces of indentation (0–10; default 0: one line). */
  space?: number;
};

/**
 * The document {@link toJSON} writes.
 * @category Export
 */
export interface DatasetJSON {
  /** The dataset id. */
  readonly dataset: string;
  /** The title in English and Dutch. */
  readonly title: Text;
  readonly unit: Unit;
  /** `"flow"` or `"stock"`. */
  readonly measure: Measure;
  /** The rows of `toRows`. */
  readonly rows: readonly Row[];
}

/**
 * A dataset as a JSON document: `{ dataset, title, unit, measure, rows }`, where `rows` are those
 * of `toRows` with the same options (`date` and `qualifier` are `null` when absent).
 *
 * @param dataset - a dataset, such as `immigration`
 * @param options - as for `toRows` (`asOf`, `series`, `from`, `to`, `vintages`), and `space`
 *   (indentation, default 0)
 * @returns the JSON text
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when a series is unknown, a year is outside the dataset's range, `from > to`,
 *   `asOf` is invalid, or `space` is not 0–10
 *
 * @example
 * ```ts
 * import { immigration, toJSON, type DatasetJSON } from "staat-van-migratie";
 *
 * const doc = JSON.parse(toJSON(immigration, { from: 2022, to: 2023 })) as DatasetJSON;
 * doc.unit; //=> "persons"
 * doc.rows.map((r) => r.value); //=> [403108, 335668]
 * ```
 * @category Export
 */
export function toJSON<D extends AnyDataset>(dataset: D, options: ToJSONOptions<D> = {}): string {
  const rows = buildRows("toJSON", dataset, options);
  const space = options.space ?? 0;
  if (typeof space !== "number" || !Number.isInteger(space) || space < 0 || space > 10) {
    throw new RangeError(`toJSON: space must be a whole number from 0 to 10, got ${String(space)}`);
  }
  const doc: DatasetJSON = { dataset: dataset.id, title: dataset.title, unit: dataset.unit, measure: dataset.measure, rows };
  return JSON.stringify(doc, null, space);
}
