import { parseAsOf } from "./_lib/asOf.ts";
import { assertDataset } from "./_lib/checks.ts";
import { readOptions } from "./_lib/options.ts";
import { candidates } from "./_lib/cells.ts";
import { best } from "./_lib/bestFigure.ts";
import type { AnyDataset, AsOf, SeriesOf, Status } from "./types.ts";

/**
 * Options of {@link revisions}.
 *
 * @category Query
 */
export interface RevisionsQuery {
  /** The earlier vintage: a date, a `Date` or an edition id such as `"svm2024"`. */
  from: AsOf;
  /** The later vintage (default: all figures, the latest). */
  to?: AsOf;
}

/**
 * One side of a {@link Revision}.
 *
 * @category Query
 */
export interface RevisionSide {
  readonly value: number;
  readonly status: Status;
  readonly precision: number;
  /** The source id. */
  readonly source: string;
}

/**
 * A cell whose value changed between two vintages.
 *
 * @category Query
 */
export interface Revision<S extends string = string> {
  readonly series: S;
  readonly year: number;
  readonly from: RevisionSide;
  readonly to: RevisionSide;
  /** `to.value − from.value`. */
  readonly difference: number;
}

/**
 * The cells of a dataset whose value changed between two vintages, with old and new value and both
 * sources: what a later release or edition revised. A change within the rounding of the two figures
 * (a rounded "221 thousand" followed by the exact 220,853) is not a revision, and cells that had no
 * figure at `from` are additions, not revisions; neither is listed.
 *
 * @param dataset - a dataset, such as `immigration`
 * @param query - `from` and optionally `to`: ISO dates, `Date`s or edition ids
 * @returns the revised cells, by series (in the dataset's order) and year
 * @throws {TypeError} when an argument has the wrong type
 * @throws {RangeError} when a date or edition is invalid, or `from` is after `to`
 *
 * @example
 * ```ts
 * import { immigration, revisions } from "staat-van-migratie";
 *
 * const r = revisions(immigration, { from: "svm2024" }).find((r) => r.year === 2023);
 * r?.from.value; //=> 332863 (the Staat van Migratie 2024)
 * r?.to.value; //=> 335668 (CBS, final)
 * r?.difference; //=> 2805
 * ```
 *
 * @category Query
 */
export function revisions<D extends AnyDataset>(dataset: D, query: RevisionsQuery): Revision<SeriesOf<D>>[] {
  assertDataset("revisions", dataset);
  const q = readOptions("revisions", query, ["from", "to"], '{ from: "svm2024" }');
  if (q.from === undefined) throw new TypeError('revisions: pass the earlier vintage as `from`, e.g. "svm2024" or "2024-06-14"');
  const from = parseAsOf("revisions", q.from, "from");
  const to = q.to === undefined ? undefined : parseAsOf("revisions", q.to, "to");
  if (to !== undefined && from > to) throw new RangeError(`revisions: from (${from}) is after to (${to})`);
  const out: Revision<SeriesOf<D>>[] = [];
  for (const series of Object.keys(dataset.series)) {
    for (let year = dataset.years.from; year <= dataset.years.to; year++) {
      const list = candidates(dataset, series, year);
      if (list.length < 2) continue;
      const a = best(dataset, list, from);
      const b = best(dataset, list, to);
      // A finer figure within the rounding of the earlier one (221 thousand → 220,853) is no revision.
      if (a === undefined || b === undefined || Math.abs(b.value - a.value) <= (a.precision + b.precision) / 2) continue;
      const side = (o: typeof a): RevisionSide => ({ value: o.value, status: o.status, precision: o.precision, source: o.source });
      out.push({ series: series as SeriesOf<D>, year, from: side(a), to: side(b), difference: b.value - a.value });
    }
  }
  return out;
}
