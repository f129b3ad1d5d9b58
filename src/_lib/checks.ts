import type { AnyDataset } from "../types.ts";

/** Lists keys for an error message: `"a", "b", "c"`. */
export function listKeys(keys: readonly string[], max = 12): string {
  const shown = keys.slice(0, max).map((k) => `"${k}"`).join(", ");
  return keys.length > max ? `${shown}, … (${keys.length} in all)` : shown;
}

/**
 * Checks that `dataset` looks like a dataset of this package.
 * @throws {TypeError} otherwise
 */
export function assertDataset(fn: string, dataset: unknown, name = "dataset"): asserts dataset is AnyDataset {
  const d = dataset as Partial<AnyDataset> | null;
  if (typeof d !== "object" || d === null || !Array.isArray(d.observations) || typeof d.series !== "object") {
    throw new TypeError(`${fn}: ${name} must be a dataset of staat-van-migratie (for example \`immigration\`), got ${d === null ? "null" : typeof d}`);
  }
}

/**
 * Resolves the `series` option: the given key, or `total` where the dataset has one.
 * @throws {TypeError} when no series is given and the dataset has no `total`
 * @throws {RangeError} when the key is not a series of the dataset
 */
export function resolveSeries(fn: string, dataset: AnyDataset, series: unknown): string {
  // The keys are listed only in errors: a valid query costs O(1), however many series there are.
  const keys = (): string => listKeys(Object.keys(dataset.series));
  if (series === undefined) {
    if ("total" in dataset.series) return "total";
    throw new TypeError(`${fn}: ${dataset.id} has no "total" series, so pass \`series\`; valid series: ${keys()}`);
  }
  if (typeof series !== "string") {
    throw new TypeError(`${fn}: series must be a string; valid series of ${dataset.id}: ${keys()}`);
  }
  if (!Object.hasOwn(dataset.series, series)) {
    throw new RangeError(`${fn}: unknown series "${series}" for ${dataset.id}; valid series: ${keys()}`);
  }
  return series;
}

/**
 * Checks a year option: an integer within the dataset's declared range.
 * @throws {TypeError} when it is not a number
 * @throws {RangeError} when it is not an integer or outside the range
 */
export function assertYear(fn: string, dataset: AnyDataset, year: unknown, name = "year"): number {
  if (typeof year !== "number") {
    throw new TypeError(`${fn}: ${name} must be a number such as ${dataset.years.to}, got ${typeof year}`);
  }
  if (!Number.isInteger(year)) {
    throw new RangeError(`${fn}: ${name} must be a whole year, got ${year}; ${dataset.id} covers ${dataset.years.from}–${dataset.years.to}`);
  }
  if (year < dataset.years.from || year > dataset.years.to) {
    throw new RangeError(`${fn}: ${name} ${year} is outside ${dataset.id}'s range ${dataset.years.from}–${dataset.years.to}`);
  }
  return year;
}

/**
 * Checks a positive finite number option (such as `per`).
 * @throws {TypeError} when it is not a number
 * @throws {RangeError} when it is not finite or not positive
 */
export function assertPositive(fn: string, value: unknown, name: string): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number, got ${typeof value}`);
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${fn}: ${name} must be a positive finite number, got ${value}`);
  }
  return value;
}

/**
 * Checks that a query argument is an object.
 * @throws {TypeError} otherwise
 */
export function assertQuery(fn: string, query: unknown, example: string): asserts query is Record<string, unknown> {
  if (typeof query !== "object" || query === null) {
    throw new TypeError(`${fn}: pass a query object such as ${example}`);
  }
}
