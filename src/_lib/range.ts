import type { AnyDataset, Observation } from "../types.ts";
import { assertYear } from "./checks.ts";
import { cell } from "./select.ts";

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
): Observation[] {
  const from = assertYear(fn, dataset, fromYear, "from");
  const to = assertYear(fn, dataset, toYear, "to");
  if (from > to) throw new RangeError(`${fn}: from (${from}) is after to (${to})`);
  const cells: Observation[] = [];
  for (let year = from; year <= to; year++) cells.push(cell(fn, dataset, series, year, asOf));
  return cells;
}
