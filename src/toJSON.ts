import { descriptionOf } from "./_lib/description.ts";
import { buildRows, type Row, type RowsQuery } from "./_lib/rows.ts";
import type { AnyDataset, DatasetMetadata, Measure, Source, Text, Unit } from "./types.ts";

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
  /** Everything the dataset's metadata says, so that `defineDataset` can read the document back. */
  readonly metadata: DatasetMetadata;
  /** The sources the rows cite, by id. */
  readonly sources: Readonly<Record<string, Source>>;
  /** The rows of `toRows`. */
  readonly rows: readonly Row[];
}

/**
 * A dataset as a JSON document: `{ dataset, title, unit, measure, metadata, sources, rows }`, where
 * `rows` are those of `toRows` with the same options (`date` and `qualifier` are `null` when absent),
 * `metadata` is the dataset's metadata and `sources` the sources the rows cite. Parsed back, the
 * document is a valid input of `defineDataset` (from `staat-van-migratie/schema`): with
 * `vintages: true` that gives the same answers as the original (observation notes are not carried).
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
export function toJSON<D extends AnyDataset>(dataset: D, options?: ToJSONOptions<D>): string {
  const { rows, options: q } = buildRows("toJSON", dataset, options, ["space"]);
  const space = q.space ?? 0;
  if (typeof space !== "number") throw new TypeError(`toJSON: space must be a whole number from 0 to 10, got ${typeof space}`);
  if (typeof space !== "number" || !Number.isInteger(space) || space < 0 || space > 10) {
    throw new RangeError(`toJSON: space must be a whole number from 0 to 10, got ${typeof space === "number" ? space : typeof space}`);
  }
  const { sources: allSources, ...metadata } = descriptionOf("toJSON", dataset);
  const sources: Record<string, Source> = {};
  for (const r of rows) sources[r.source] = allSources[r.source]!;
  const doc: DatasetJSON = { dataset: dataset.id, title: dataset.title, unit: dataset.unit, measure: dataset.measure, metadata: metadata as unknown as DatasetMetadata, sources, rows };
  return JSON.stringify(doc, null, space);
}
