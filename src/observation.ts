import { assertDataset, resolveSeries } from "./_lib/checks.ts";
import { readOptions } from "./_lib/options.ts";
import { CELL_OPTIONS, cellFor } from "./_lib/cells.ts";
import { descriptionOf, noteOf } from "./_lib/description.ts";
import type { AnyDataset, ResolvedObservation, SeriesOf } from "./types.ts";
import type { ValueQuery } from "./value.ts";

/**
 * The chosen observation of one cell, with its status, precision, qualifier, note and resolved
 * source: what {@link value} returns the number of.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `year` (or, for a stock, `date`), `series` (defaults to `"total"` where the dataset has one) and `asOf`
 * @returns the observation, with `source` resolved to the full source record and its `vintage` date
 * @throws {TypeError} when an argument has the wrong type, or `series` is missing and there is no `total`
 * @throws {RangeError} when the series or year is unknown, no source gives the cell, or none was published by `asOf`
 *
 * @example
 * ```ts
 * import { immigration, observation } from "staat-van-migratie";
 *
 * const o = observation(immigration, { year: 2023, asOf: "2024-06-14" });
 * o.value; //=> 332863
 * o.status; //=> "provisional"
 * o.source.publisher; //=> "Rijksoverheid"
 * ```
 *
 * @category Query
 */
export function observation<D extends AnyDataset>(dataset: D, query: ValueQuery<D>): ResolvedObservation<SeriesOf<D>> {
  assertDataset("observation", dataset);
  const q = readOptions("observation", query, CELL_OPTIONS, "{ year: 2023 }");
  const series = resolveSeries("observation", dataset, q.series);
  const o = cellFor("observation", dataset, series, q);
  const described = descriptionOf("observation", dataset);
  const source = described.sources[o.source]!;
  const note = noteOf("observation", dataset, o);
  const knownFrom = dataset.sources[o.source]!.knownFrom;
  // The optional fields are own properties even when absent, so that an inherited `qualifier` or `date`
  // (a polluted Object.prototype) can never be read from the result.
  return { ...o, date: o.date, qualifier: o.qualifier, note, series: o.series as SeriesOf<D>, dataset: dataset.id, source, knownFrom, vintage: knownFrom };
}
