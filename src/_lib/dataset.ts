/**
 * Sealed datasets: deeply frozen and branded. The generated datasets and those made by
 * `defineDataset` (which validates them first) are sealed; the query functions refuse any other
 * object, so a hand-made or JSON-parsed dataset gives a named error, not a crash, and no caller can
 * change a later answer by mutating a dataset.
 */
import type { AnyDataset, DatasetDescription, Observation, Qualifier, SourceFacts, Status } from "../types.ts";

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

/** Descriptions (prose and full source records) of datasets made by `defineDataset`, by dataset. */
export const DESCRIBED: WeakMap<object, DatasetDescription> = /* @__PURE__ */ new WeakMap();

/** Notes on single observations of datasets made by `defineDataset`, by index in `observations`. */
export const OBSERVATION_NOTES: WeakMap<object, Readonly<Record<number, string>>> = /* @__PURE__ */ new WeakMap();

/** The status codes of generated figure rows. */
const STATUS: Readonly<Record<string, Status>> = { f: "final", p: "provisional", e: "estimated", b: "break" };

/** A source in a generated module: id, known-from date, first-hand (1) or a copy (0), and the edition it belongs to. */
export type SourceRow = readonly [id: string, knownFrom: string, firstHand: 0 | 1, edition?: string];

/**
 * An observation in a generated module: series (index into the dataset's series), year (a flow) or
 * reference date (a stock), value, status (`f`inal, `p`rovisional, `e`stimated, `b`reak), rounding unit,
 * source (index into the module's sources), and the published hedge if any.
 */
export type FigureRow = readonly [series: number, when: number | string, value: number, status: string, precision: number, source: number, qualifier?: Qualifier];

/**
 * A bundled dataset from its compact generated form: the observations and source facts become the
 * objects of the {@link Dataset} interface, and the whole is sealed. Runs once per dataset module, when
 * the module is first imported (a consumer who never imports a dataset never runs it).
 */
export function figures<D extends AnyDataset>(meta: Omit<D, "sources" | "observations">, sources: readonly SourceRow[], rows: readonly FigureRow[]): D {
  const keys = Object.keys(meta.series);
  const facts: Record<string, SourceFacts> = {};
  const ids = sources.map(([id, knownFrom, firstHand, edition]) => {
    facts[id] = edition === undefined ? { id, knownFrom, firstHand: firstHand === 1 } : { id, knownFrom, edition, firstHand: firstHand === 1 };
    return id;
  });
  const observations = rows.map(([s, when, value, status, precision, source, qualifier]): Observation => {
    const o: { -readonly [K in keyof Observation]: Observation[K] } = { series: keys[s]!, year: typeof when === "number" ? when : +when.slice(0, 4), value, status: STATUS[status]!, precision, source: ids[source]! };
    if (typeof when === "string") o.date = when;
    if (qualifier !== undefined) o.qualifier = qualifier;
    return o;
  });
  return sealDataset({ ...meta, sources: facts, observations } as unknown as D);
}
