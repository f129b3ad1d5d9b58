import { descriptionOf } from "./_lib/description.ts";
import type { AnyDataset, DatasetDescription } from "./types.ts";

/**
 * Everything known about a dataset beyond its figures: the description, the period a figure covers,
 * each series' definition, the notes (why a break is one, why a gap is empty, how vintages differ),
 * notes on single figures, and the full record of every source (publisher, title, URL, publication and
 * access dates).
 *
 * A dataset value holds only what computing needs, so that a consumer who only computes never loads
 * the prose; this function loads the prose of the bundled datasets.
 *
 * @param dataset - a dataset, such as `immigration`, or one made by `defineDataset`
 * @returns the description, deeply frozen (the same object on every call)
 * @throws {TypeError} when `dataset` is not a dataset of this package
 *
 * @example
 * ```ts
 * import { describeDataset, immigration } from "staat-van-migratie";
 *
 * const d = describeDataset(immigration);
 * d.description.en.startsWith("People who settled in the Netherlands"); //=> true
 * d.sources["cbs-statline-37259ned-2023-08-04"]?.publisher; //=> "CBS"
 * ```
 *
 * @category Metadata
 */
export function describeDataset<D extends AnyDataset>(dataset: D): DatasetDescription {
  return descriptionOf("describeDataset", dataset);
}
