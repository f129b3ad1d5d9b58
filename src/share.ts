import { assertBoolean, assertCount, assertDataset, assertYear, listKeys, resolveSeries, territoryOf } from "./_lib/checks.ts";
import { lineageOf } from "./_lib/lineage.ts";
import { optionSet, readOptions } from "./_lib/options.ts";
import { cell, editionOption } from "./_lib/cells.ts";
import { within } from "./_lib/territories.ts";
import type { AnyDataset, AsOf, EditionId, Measured, SeriesOf } from "./types.ts";

/** The options of {@link share}. */
const SHARE_OPTIONS = /* @__PURE__ */ optionSet(() => ({
  year: undefined,
  series: undefined,
  of: undefined,
  asOf: undefined,
  edition: undefined,
  lineage: undefined,
}));

/**
 * A denominator from another dataset: `{ dataset: immigration }` or `{ dataset, series }`.
 *
 * @category Calculations
 */
export interface ShareOf<E extends AnyDataset> {
  dataset: E;
  /** Defaults to `"total"`. */
  series?: SeriesOf<E>;
}

/**
 * Options of {@link share}.
 *
 * @category Calculations
 */
export interface ShareQuery<D extends AnyDataset, E extends AnyDataset> {
  year: number;
  /** The part. */
  series: SeriesOf<D>;
  /** The whole: a series of the same dataset (default `"total"`), or a series of another dataset. */
  of?: SeriesOf<D> | ShareOf<E>;
  /** Only figures published on or before this date count (for both part and whole). */
  asOf?: AsOf;
  /** Instead of `asOf`: part and whole as this report edition printed them (`"svm2024"`). */
  edition?: EditionId;
  /** `true`: return the fraction with its lineage (status, rounding unit, hedge, sources). */
  lineage?: boolean;
}

/**
 * The share of a part in a whole in one year, as a fraction (0.1 is 10%).
 *
 * The whole is another series of the same dataset (`of: "total"` by default) or a series of another
 * dataset (`of: { dataset: immigration }`). The part must be able to be a part of the whole: both are
 * counts (not percentages) of the same unit and the same kind (two flows or two stocks), the part's
 * territory lies within the whole's (the Netherlands within the EU27), and the result is at most 1.
 * Otherwise the call is refused. For a rate per inhabitant use `perCapita`. Mind the definitions when
 * you mix datasets: a share is only meaningful when the part is counted the same way as the whole.
 *
 * With `lineage: true` the result is a {@link Measured} with the weaker status, the coarser rounding
 * unit, the hedge and the sources of part and whole.
 *
 * @param dataset - the dataset of the part
 * @param query - `year`, `series` (the part), `of` (the whole), `asOf` and `lineage`
 * @returns part / whole, a fraction from 0 to 1 (with `lineage: true`, a {@link Measured})
 * @throws {TypeError} when an option is unknown, an argument has the wrong type, either is not a
 *   count, or part and whole differ in unit or kind (flow, stock)
 * @throws {RangeError} when a series or year is unknown, a cell has no figure, the part's territory is
 *   not within the whole's, the whole is 0, or the part is larger than the whole
 *
 * @example
 * ```ts
 * import { immigrationByMotive, share } from "staat-van-migratie";
 *
 * // asylum-motive immigrants in 2023 as a fraction of all immigrants (CBS: 36.9 thousand of 336 thousand)
 * Math.round(share(immigrationByMotive, { year: 2023, series: "asylum" }) * 100); //=> 11
 * share(immigrationByMotive, { year: 2023, series: "asylum", lineage: true }).status; //=> "final"
 * ```
 *
 * @category Calculations
 */
export function share<D extends AnyDataset, E extends AnyDataset = D>(dataset: D, query: ShareQuery<D, E> & { lineage: true }): Measured;
export function share<D extends AnyDataset, E extends AnyDataset = D>(dataset: D, query: ShareQuery<D, E> & { lineage?: false }): number;
export function share<D extends AnyDataset, E extends AnyDataset = D>(dataset: D, query: ShareQuery<D, E>): number | Measured;
export function share<D extends AnyDataset, E extends AnyDataset = D>(dataset: D, query: ShareQuery<D, E>): number | Measured {
  assertDataset("share", dataset);
  const q = readOptions("share", query, SHARE_OPTIONS, '{ year: 2023, series: "asylum" }');
  const edition = editionOption("share", q.edition, q.asOf);
  if (q.series === undefined) {
    throw new TypeError(`share: pass the part as \`series\`; valid series of ${dataset.id}: ${listKeys(Object.keys(dataset.series))}`);
  }
  const part = resolveSeries("share", dataset, q.series);
  const year = assertYear("share", dataset, q.year);
  const lineage = q.lineage === undefined ? false : assertBoolean("share", q.lineage, "lineage");
  let wholeDataset: AnyDataset = dataset;
  let wholeSeries: unknown = q.of;
  if (typeof q.of === "object" && q.of !== null) {
    const of = readOptions("share", q.of, ["dataset", "series"], "{ dataset: immigration }");
    assertDataset("share", of.dataset, "of.dataset");
    wholeDataset = of.dataset;
    wholeSeries = of.series;
  } else if (q.of !== undefined && typeof q.of !== "string") {
    throw new TypeError(`share: of must be a series key of ${dataset.id} or { dataset, series }, got ${q.of === null ? "null" : typeof q.of}`);
  }
  const whole = resolveSeries("share", wholeDataset, wholeSeries, wholeDataset === dataset ? "of" : "of.series");
  assertYear("share", wholeDataset, year);
  assertCount("share", dataset, "a share of it has no meaning (a share is a part of a count)");
  assertCount("share", wholeDataset, "a share of it has no meaning (a share is a part of a count)");
  const partName = `${dataset.id} "${part}"`;
  const wholeName = `${wholeDataset.id} "${whole}"`;
  if (dataset.unit !== wholeDataset.unit) {
    throw new TypeError(`share: ${partName} counts ${dataset.unit} and ${wholeName} counts ${wholeDataset.unit}, so one cannot be a part of the other`);
  }
  if (dataset.measure !== wholeDataset.measure) {
    throw new TypeError(
      `share: ${partName} is a ${dataset.measure} and ${wholeName} a ${wholeDataset.measure}; a ${dataset.measure} cannot be a part of a ${wholeDataset.measure} (for a rate per inhabitant use perCapita)`,
    );
  }
  if (wholeDataset === dataset) {
    for (const rule of dataset.sums) {
      if (rule.parts.includes(part) && rule.parts.includes(whole) && part !== whole) {
        throw new RangeError(`share: "${part}" and "${whole}" are both parts of ${dataset.id} "${rule.total}", so one is not a part of the other; use of: "${rule.total}"`);
      }
      if (part === rule.total && rule.parts.includes(whole)) {
        throw new RangeError(`share: "${part}" is the total of ${dataset.id}'s parts, "${whole}" among them, so it is not a part of "${whole}"`);
      }
    }
  }
  const partTerritory = territoryOf(dataset, part);
  const wholeTerritory = territoryOf(wholeDataset, whole);
  if (!within(partTerritory, wholeTerritory)) {
    throw new RangeError(`share: ${partName} counts ${partTerritory}, which is not part of ${wholeTerritory} (${wholeName})`);
  }
  const numerator = cell("share", dataset, part, year, q.asOf, edition);
  const denominator = cell("share", wholeDataset, whole, year, q.asOf, edition);
  if (denominator.value <= 0) throw new RangeError(`share: the whole (${wholeName} ${year}) is ${denominator.value}, so a share is undefined`);
  if (numerator.value < 0) throw new RangeError(`share: the part (${partName} ${year}) is negative (${numerator.value}), so it is not a part of a whole`);
  const result = numerator.value / denominator.value;
  if (result > 1) {
    throw new RangeError(`share: the part (${partName} ${year}: ${numerator.value}) is larger than the whole (${wholeName} ${year}: ${denominator.value}), so it cannot be a part of it`);
  }
  return lineage ? lineageOf(result, [numerator, denominator], false) : result;
}
