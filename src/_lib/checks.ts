import type { AnyDataset, Territory } from "../types.ts";
import { isSealed } from "./dataset.ts";

/** Lists keys for an error message: `"a", "b", "c"`. */
export function listKeys(keys: readonly string[], max = 12): string {
  const shown = keys.slice(0, max).map((k) => `"${k}"`).join(", ");
  return keys.length > max ? `${shown}, … (${keys.length} in all)` : shown;
}

/**
 * Checks that `dataset` is a sealed dataset: bundled, or made by `defineDataset`, which validated
 * and deeply froze it. Any other object (hand-made, a spread copy, JSON parsed back) is refused, so a
 * query never reads a malformed or mutable dataset.
 * @throws {TypeError} otherwise, saying how to make one
 */
export function assertDataset(fn: string, dataset: unknown, name = "dataset"): asserts dataset is AnyDataset {
  if (!isSealed(dataset)) refuseDataset(fn, dataset, name);
}

/** The TypeError of {@link assertDataset} (a cold path of its own, so the check stays small). */
function refuseDataset(fn: string, dataset: unknown, name: string): never {
  if (typeof dataset !== "object" || dataset === null || Array.isArray(dataset)) {
    throw new TypeError(`${fn}: ${name} must be a dataset of staat-van-migratie (for example \`immigration\`), got ${dataset === null ? "null" : Array.isArray(dataset) ? "an array" : typeof dataset}`);
  }
  throw new TypeError(
    `${fn}: ${name} is not a sealed dataset (a hand-made object, a copy or parsed JSON); pass it through defineDataset from "staat-van-migratie/schema", which checks, freezes and seals it`,
  );
}

/** The series keys of a dataset, for a message (no closure on the valid path: it costs ~0.3 µs). */
function seriesList(dataset: AnyDataset): string {
  return listKeys(Object.keys(dataset.series));
}

/**
 * Resolves the `series` option: the given key, or `total` where the dataset has one.
 * @throws {TypeError} when no series is given and the dataset has no `total`, or it is not a string
 * @throws {RangeError} when the key is not a series of the dataset
 */
export function resolveSeries(fn: string, dataset: AnyDataset, series: unknown, name = "series"): string {
  // The keys are listed only in errors: a valid query costs O(1), however many series there are.
  const key = series === undefined ? "total" : series;
  return typeof key === "string" && Object.hasOwn(dataset.series, key) ? key : refuseSeries(fn, dataset, series, name);
}

/** The error of {@link resolveSeries}. */
function refuseSeries(fn: string, dataset: AnyDataset, series: unknown, name: string): never {
  if (series === undefined) {
    throw new TypeError(`${fn}: ${dataset.id} has no "total" series, so pass \`${name}\`; valid series: ${seriesList(dataset)}`);
  }
  if (typeof series !== "string") {
    throw new TypeError(`${fn}: ${name} must be a string, got ${Array.isArray(series) ? "an array" : series === null ? "null" : typeof series}; valid series of ${dataset.id}: ${seriesList(dataset)}`);
  }
  throw new RangeError(`${fn}: unknown ${name} ${JSON.stringify(series)} for ${dataset.id}; valid series: ${seriesList(dataset)}`);
}

/**
 * Checks a year option: an integer within the dataset's declared range.
 * @throws {TypeError} when it is not a number
 * @throws {RangeError} when it is not an integer or outside the range
 */
export function assertYear(fn: string, dataset: AnyDataset, year: unknown, name = "year"): number {
  return Number.isInteger(year) && (year as number) >= dataset.years.from && (year as number) <= dataset.years.to ? (year as number) : refuseYear(fn, dataset, year, name);
}

/** The error of {@link assertYear}. */
function refuseYear(fn: string, dataset: AnyDataset, year: unknown, name: string): never {
  if (typeof year !== "number") {
    throw new TypeError(`${fn}: ${name} must be a number such as ${dataset.years.to}, got ${year === null ? "null" : typeof year}`);
  }
  if (!Number.isInteger(year)) {
    throw new RangeError(`${fn}: ${name} must be a whole year, got ${year}; ${dataset.id} covers ${dataset.years.from}–${dataset.years.to}`);
  }
  throw new RangeError(`${fn}: ${name} ${year} is outside ${dataset.id}'s range ${dataset.years.from}–${dataset.years.to}`);
}

/**
 * Checks a positive finite number option (such as `per`).
 * @throws {TypeError} when it is not a number
 * @throws {RangeError} when it is not finite or not positive
 */
export function assertPositive(fn: string, value: unknown, name: string): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number, got ${value === null ? "null" : typeof value}`);
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${fn}: ${name} must be a positive finite number, got ${value}`);
  }
  return value;
}

/**
 * Checks a boolean option.
 * @throws {TypeError} when it is neither `true` nor `false`
 */
export function assertBoolean(fn: string, value: unknown, name: string): boolean {
  if (typeof value !== "boolean") throw new TypeError(`${fn}: ${name} must be true or false, got ${value === null ? "null" : typeof value}`);
  return value;
}

/**
 * Checks an option that is one of a few strings.
 * @throws {TypeError} when it is not a string
 * @throws {RangeError} when it is not one of `allowed`
 */
export function assertOneOf<T extends string>(fn: string, value: unknown, allowed: readonly T[], name: string): T {
  const list = allowed.map((a) => `"${a}"`).join(", ");
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be one of ${list}, got ${value === null ? "null" : typeof value}`);
  if (!(allowed as readonly string[]).includes(value)) throw new RangeError(`${fn}: ${name} must be one of ${list}, got "${value}"`);
  return value as T;
}

/** Where a series of a dataset counts. */
export function territoryOf(dataset: AnyDataset, series: string): Territory {
  const own = dataset.series[series]?.territory;
  if (own !== undefined) return own;
  return dataset.territory === "seriesKey" ? series : dataset.territory;
}

/** Whether the dataset's figures are counts (persons, applications, …), not percentages or rates. */
export function isCount(dataset: AnyDataset): boolean {
  return dataset.unit !== "percent" && dataset.unit !== "perMillion";
}

/**
 * Refuses a percentage or rate where a count is needed (adding two grant rates is not a total).
 * @throws {TypeError} when the dataset's unit is `percent` or `perMillion`
 */
export function assertCount(fn: string, dataset: AnyDataset, what: string): void {
  if (!isCount(dataset)) {
    throw new TypeError(`${fn}: ${dataset.id} is in ${dataset.unit === "percent" ? "percent" : "per million inhabitants"}, not a count, so ${what}`);
  }
}
