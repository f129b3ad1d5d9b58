import { assertDataset, assertYear, resolveSeries } from "./_lib/checks.ts";
import { lineageOf } from "./_lib/lineage.ts";
import { optionSet, readOptions } from "./_lib/options.ts";
import { cell, editionOption } from "./_lib/cells.ts";
import type { AnyDataset, AsOf, ChangeResult, EditionId, SeriesOption } from "./types.ts";

/** The options of {@link change}. */
const CHANGE_OPTIONS = /* @__PURE__ */ optionSet(() => ({
  from: undefined,
  to: undefined,
  series: undefined,
  asOf: undefined,
  edition: undefined,
}));

/**
 * Options of {@link change}.
 *
 * @category Calculations
 */
export type ChangeQuery<D extends AnyDataset> = {
  /** The base year. */
  from: number;
  /** The year compared with the base year. */
  to: number;
  /** Only figures published on or before this date count. */
  asOf?: AsOf;
  /** Instead of `asOf`: both figures as this report edition printed them (`"svm2024"`). */
  edition?: EditionId;
} & SeriesOption<D>;

/**
 * The change of a series between two years: absolute, and relative as a fraction of the base year.
 *
 * The result keeps the weakest status of its two inputs (a change involving a provisional figure is
 * provisional), the coarser rounding unit, the hedge (`"about"` when either input had one), both
 * source ids, and whether a declared series break lies in between.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `from` (base year), `to`, `series` (defaults to `"total"`) and `asOf`
 * @returns `{ from, to, absolute, relative, status, precision, qualifier, crossesBreak, sources }`; `relative` is a
 *   fraction (−0.174, not −17.4)
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when the series or a year is unknown, a year has no figure, or the base value is
 *   0 (a relative change from zero is undefined; the absolute change is then `value(to)`)
 *
 * @example
 * ```ts
 * import { change, immigration } from "staat-van-migratie";
 *
 * const c = change(immigration, { from: 2022, to: 2023, asOf: "2024-06-14" });
 * c.absolute; //=> -70245 (332,863 − 403,108)
 * Math.round(c.relative * 100); //=> -17
 * c.status; //=> "provisional"
 * ```
 *
 * @category Calculations
 */
export function change<D extends AnyDataset>(dataset: D, query: ChangeQuery<D>): ChangeResult {
  assertDataset("change", dataset);
  const q = readOptions("change", query, CHANGE_OPTIONS, "{ from: 2022, to: 2023 }");
  const edition = editionOption("change", q.edition, q.asOf);
  const series = resolveSeries("change", dataset, q.series);
  const fromYear = assertYear("change", dataset, q.from, "from");
  const toYear = assertYear("change", dataset, q.to, "to");
  const a = cell("change", dataset, series, fromYear, q.asOf, edition);
  const b = cell("change", dataset, series, toYear, q.asOf, edition);
  if (a.value === 0) {
    throw new RangeError(`change: the ${fromYear} value of ${dataset.id} "${series}" is 0, so a relative change is undefined`);
  }
  const lineage = lineageOf(b.value - a.value, [a, b], false);
  const lo = Math.min(fromYear, toYear);
  const hi = Math.max(fromYear, toYear);
  return {
    from: a.value,
    to: b.value,
    absolute: b.value - a.value,
    relative: (b.value - a.value) / Math.abs(a.value),
    status: lineage.status,
    precision: lineage.precision,
    qualifier: lineage.qualifier,
    crossesBreak: dataset.breaks.some((br) => br.series === series && br.year > lo && br.year <= hi),
    sources: [a.source, b.source],
  };
}
