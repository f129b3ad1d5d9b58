import { optionSet } from "./options.ts";
import type { AnyDataset, Observation } from "../types.ts";
import { parseAsOf } from "./asOf.ts";
import { assertYear } from "./checks.ts";
import { cell, editionOption } from "./cells.ts";

/** The option names of a range query (`total`, `mean`). */
export const RANGE_OPTIONS: readonly ("from" | "to" | "series" | "asOf" | "edition" | "lineage")[] = /* @__PURE__ */ optionSet(() => ({
  from: undefined,
  to: undefined,
  series: undefined,
  asOf: undefined,
  edition: undefined,
  lineage: undefined,
}));

/**
 * The chosen observation of every year from `from` to `to` (inclusive).
 * @throws {RangeError} when a year is out of range, `from > to`, or any year has no figure
 */
export function cellsInRange(
  fn: string,
  dataset: AnyDataset,
  series: string,
  fromYear: unknown,
  toYear: unknown,
  asOf: unknown,
  edition?: unknown,
): Observation[] {
  const ed = editionOption(fn, edition, asOf);
  const from = assertYear(fn, dataset, fromYear, "from");
  const to = assertYear(fn, dataset, toYear, "to");
  if (from > to) throw new RangeError(`${fn}: from (${from}) is after to (${to})`);
  const cells: Observation[] = [];
  if (asOf !== undefined) parseAsOf(fn, asOf); // an invalid asOf is refused even before the first cell
  for (let year = from; year <= to; year++) cells.push(cell(fn, dataset, series, year, asOf, ed));
  return cells;
}
