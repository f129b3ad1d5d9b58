/**
 * Sealed datasets: deeply frozen and branded. The generated datasets and those made by
 * `defineDataset` (which validates them first) are sealed; the query functions refuse any other
 * object, so a hand-made or JSON-parsed dataset gives a named error, not a crash, and no caller can
 * change a later answer by mutating a dataset.
 */

/** The brand of a sealed dataset: a symbol key, so `JSON.stringify` and `structuredClone` drop it. */
const SEALED: unique symbol = Symbol.for("staat-van-migratie/sealed-dataset") as never;

/** Freezes `value` and everything reachable from it (plain objects and arrays). */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === "object" && value !== null && !seen.has(value)) {
    seen.add(value);
    if (!Object.isFrozen(value)) {
      // Plain objects lose their prototype: an absent optional field (a qualifier, a date, a publication
      // date, a series' territory) then reads as undefined even when Object.prototype is polluted.
      if (Object.getPrototypeOf(value) === Object.prototype) Object.setPrototypeOf(value, null);
      Object.freeze(value);
    }
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  }
  return value;
}

/**
 * Brands and deeply freezes a checked dataset. For the generator and `defineDataset` only: the data
 * must already be valid.
 */
export function sealDataset<D>(dataset: D): D {
  Object.defineProperty(dataset, SEALED, { value: true, enumerable: false });
  return deepFreeze(dataset);
}

/**
 * Whether `dataset` was sealed by {@link sealDataset}: branded and frozen. (The brand is a shared
 * symbol so that the ESM and CommonJS builds recognise each other's datasets; it marks, it does not
 * guard against deliberate forgery.)
 */
export function isSealed(dataset: unknown): boolean {
  return typeof dataset === "object" && dataset !== null && Object.hasOwn(dataset, SEALED) && Object.isFrozen(dataset);
}
