import { assertDataset, assertYear, resolveSeries } from "./_lib/checks.ts";
import { optionSet, readOptionalOptions } from "./_lib/options.ts";
import { candidates, editionOption } from "./_lib/cells.ts";
import { best } from "./_lib/bestFigure.ts";
import { parseAsOf } from "./_lib/asOf.ts";
import type { AnyDataset, AsOf, EditionId, SeriesOption, TimeseriesPoint } from "./types.ts";

/** The options of {@link timeseries}. */
const TIMESERIES_OPTIONS = /* @__PURE__ */ optionSet(() => ({
  series: undefined,
  from: undefined,
  to: undefined,
  asOf: undefined,
  edition: undefined,
}));

/**
 * Options of {@link timeseries}.
 *
 * @category Query
 */
export type TimeseriesQuery<D extends AnyDataset> = {
  /** First year (default: the dataset's first year). */
  from?: number;
  /** Last year (default: the dataset's last year). */
  to?: number;
  /** Only figures published on or before this date count. */
  asOf?: AsOf;
  /** Instead of `asOf`: the years this report edition printed, as it printed them (`"svm2024"`). */
  edition?: EditionId;
} & SeriesOption<D>;

/**
 * A series as `{ year, value, status, precision }` points in year order, each the best figure of
 * its year (the rule of {@link value}).
 *
 * Years that no source gives (gaps, listed in `dataset.gaps`) and years with no figure published by
 * `asOf` are left out, never filled in: check `length` or the years if you need every year.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `series`, `from`, `to` and `asOf`; all optional where the dataset has a `total`
 * @returns the points, in year order
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when the series is unknown, a year is outside the dataset's range, or `from > to`
 *
 * @example
 * ```ts
 * import { immigration, timeseries } from "staat-van-migratie";
 *
 * timeseries(immigration, { from: 2022, to: 2023 }).map((p) => p.value);
 * //=> [403108, 335668]
 * ```
 *
 * @category Query
 */
export function timeseries<D extends AnyDataset>(
  dataset: D,
  query?: TimeseriesQuery<D>,
): TimeseriesPoint[] {
  assertDataset("timeseries", dataset);
  const q = readOptionalOptions("timeseries", query, TIMESERIES_OPTIONS, "{ from: 2010, to: 2024 }");
  const edition = editionOption("timeseries", q.edition, q.asOf);
  const series = resolveSeries("timeseries", dataset, q.series);
  const from = q.from === undefined ? dataset.years.from : assertYear("timeseries", dataset, q.from, "from");
  const to = q.to === undefined ? dataset.years.to : assertYear("timeseries", dataset, q.to, "to");
  if (from > to) throw new RangeError(`timeseries: from (${from}) is after to (${to})`);
  const asOf = q.asOf === undefined ? undefined : parseAsOf("timeseries", q.asOf);
  const points: TimeseriesPoint[] = [];
  for (let year = from; year <= to; year++) {
    const o = best(dataset, candidates(dataset, series, year), asOf, edition);
    if (o !== undefined) {
      points.push({ year, value: o.value, status: o.status, precision: o.precision, qualifier: o.qualifier ?? null, source: o.source });
    }
  }
  return points;
}
