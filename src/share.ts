import { assertDataset, assertQuery, assertYear, listKeys, resolveSeries } from "./_lib/checks.ts";
import { cell } from "./_lib/select.ts";
import type { AnyDataset, AsOf, SeriesOf } from "./types.ts";

/**
 * A denominator from another dataset: `{ dataset: immigration }` or `{ dataset, series }`.
 *
 * @category Measures
 */
export interface ShareOf<E extends AnyDataset> {
  dataset: E;
  /** Defaults to `"total"`. */
  series?: SeriesOf<E>;
}

/**
 * Options of {@link share}.
 *
 * @category Measures
 */
export interface ShareQuery<D extends AnyDataset, E extends AnyDataset> {
  year: number;
  /** The part. */
  series: SeriesOf<D>;
  /** The whole: a series of the same dataset (default `"total"`), or a series of another dataset. */
  of?: SeriesOf<D> | ShareOf<E>;
  /** Only figures published on or before this date count (for both part and whole). */
  asOf?: AsOf;
}

/**
 * The share of a part in a whole in one year, as a fraction (0.1 is 10%).
 *
 * The whole is another series of the same dataset (`of: "total"` by default) or a series of another
 * dataset (`of: { dataset: immigration }`). Mind the definitions when you mix datasets: a share is
 * only meaningful when the part is counted the same way as the whole.
 *
 * @param dataset - the dataset of the part
 * @param query - `year`, `series` (the part), `of` (the whole) and `asOf`
 * @returns part / whole, a fraction
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when a series or year is unknown, a cell has no figure, or the whole is 0
 *
 * @example
 * ```ts
 * import { immigration, population, share } from "staat-van-migratie";
 *
 * // immigration in 2023 as a fraction of the population on 1 January 2023
 * share(immigration, { year: 2023, series: "total", of: { dataset: population } });
 * //=> 0.0188…
 * ```
 *
 * @category Measures
 */
export function share<D extends AnyDataset, E extends AnyDataset = D>(dataset: D, query: ShareQuery<D, E>): number {
  assertDataset("share", dataset);
  assertQuery("share", query, '{ year: 2023, series: "asylum" }');
  if (query.series === undefined) {
    throw new TypeError(`share: pass the part as \`series\`; valid series of ${dataset.id}: ${listKeys(Object.keys(dataset.series))}`);
  }
  const part = resolveSeries("share", dataset, query.series);
  const year = assertYear("share", dataset, query.year);
  let wholeDataset: AnyDataset = dataset;
  let wholeSeries: unknown = query.of;
  if (typeof query.of === "object" && query.of !== null) {
    assertDataset("share", query.of.dataset, "of.dataset");
    wholeDataset = query.of.dataset;
    wholeSeries = query.of.series;
  }
  const whole = resolveSeries("share", wholeDataset, wholeSeries);
  assertYear("share", wholeDataset, year);
  const numerator = cell("share", dataset, part, year, query.asOf).value;
  const denominator = cell("share", wholeDataset, whole, year, query.asOf).value;
  if (denominator === 0) throw new RangeError(`share: the whole (${wholeDataset.id} "${whole}" ${year}) is 0, so a share is undefined`);
  return numerator / denominator;
}
