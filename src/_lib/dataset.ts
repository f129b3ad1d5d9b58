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
 * {@link deepFreeze} for a fresh tree of plain objects and arrays, such as a generated module's metadata
 * literal: no cycles and no part shared or frozen before, so no WeakSet of what was seen (it is most of
 * the cost of freezing the bundled datasets at import). A part already frozen is left as it is.
 */
function freezeTree(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  if (Object.getPrototypeOf(value) === Object.prototype) Object.setPrototypeOf(value, null);
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeTree((value as Record<string, unknown>)[key]);
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
  if (dataset === lastSealed) return true;
  if (typeof dataset !== "object" || dataset === null) return false;
  if (seen.has(dataset)) return (lastSealed = dataset), true;
  // A frozen object stays frozen: once seen sealed, a dataset is looked up, not checked again.
  const sealed = Object.hasOwn(dataset, SEALED) && Object.isFrozen(dataset);
  if (sealed) seen.add((lastSealed = dataset));
  return sealed;
}

/** The datasets already seen sealed. */
const seen = /* @__PURE__ */ new WeakSet<object>();

/** The dataset last seen sealed: a run of queries on one dataset skips the WeakSet (it keeps that one alive). */
let lastSealed: object | undefined;

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
 * A bundled dataset from its compact generated form: the metadata, and the sources and observations as
 * JSON text. `sources` and `observations` are decoded on first read (then kept): importing a dataset
 * costs almost nothing until a query or the caller reads its figures, and a consumer who imports many
 * datasets pays only for those it uses. The result is sealed; both fields always return the same frozen
 * objects of the {@link Dataset} interface.
 */
export function figures<D extends AnyDataset>(meta: Omit<D, "sources" | "observations">, sourcesText: string, rowsText: string): D {
  // A plain object whose prototype is removed last, with the same two getter functions for every
  // dataset: V8 then keeps its properties in fast mode (a dataset made by Object.create(null), or one
  // with getters of its own, becomes a slower dictionary), and every query reads a few of its fields.
  freezeTree(meta);
  const dataset: object = { ...meta };
  ENCODED.set(dataset, { meta, sourcesText, rowsText, ids: [] });
  Object.defineProperty(dataset, SEALED, { value: true, enumerable: false });
  Object.defineProperty(dataset, "sources", { get: decodedSources, enumerable: true });
  Object.defineProperty(dataset, "observations", { get: decodedObservations, enumerable: true });
  Object.setPrototypeOf(dataset, null);
  return Object.freeze(dataset) as D;
}

/** A generated dataset's figures as JSON text, and what is decoded from them on first read. */
interface Encoded {
  readonly meta: { readonly series: object };
  /** The JSON texts, emptied once decoded (the decoded objects are kept instead). */
  sourcesText: string;
  rowsText: string;
  ids: string[];
  sources?: Readonly<Record<string, SourceFacts>>;
  observations?: readonly Observation[];
}

/** The figures of the datasets made by {@link figures}, by dataset. */
const ENCODED = /* @__PURE__ */ new WeakMap<object, Encoded>();

/** The `sources` getter of a generated dataset: decoded on first read, then the same frozen record. */
function decodedSources(this: unknown): Readonly<Record<string, SourceFacts>> | undefined {
  const e = ENCODED.get(this as object);
  if (e === undefined) return undefined; // read through an object that only inherits the getter
  if (e.sources === undefined) {
    const facts = Object.create(null) as Record<string, SourceFacts>;
    e.ids = (JSON.parse(e.sourcesText) as SourceRow[]).map(([id, knownFrom, firstHand, edition]) => {
      facts[id] = Object.freeze({ id, knownFrom, edition, firstHand: firstHand === 1 });
      return id;
    });
    e.sources = Object.freeze(facts);
    e.sourcesText = "";
  }
  return e.sources;
}

/** The `observations` getter of a generated dataset: decoded on first read, then the same frozen list. */
function decodedObservations(this: unknown): readonly Observation[] | undefined {
  const e = ENCODED.get(this as object);
  if (e === undefined) return undefined;
  if (e.observations === undefined) {
    decodedSources.call(this);
    const keys = Object.keys(e.meta.series);
    const ids = e.ids;
    // Every observation has the same eight own fields (an absent date or hedge is an own `undefined`, so
    // a polluted Object.prototype is never read through it): one shape, frozen as it is made.
    e.observations = Object.freeze(
      (JSON.parse(e.rowsText) as FigureRow[]).map(([s, when, value, status, precision, source, qualifier]): Observation =>
        Object.freeze({
          series: keys[s]!,
          year: typeof when === "number" ? when : +when.slice(0, 4),
          date: typeof when === "string" ? when : undefined,
          value,
          status: STATUS[status]!,
          precision,
          qualifier,
          source: ids[source]!,
        }),
      ),
    );
    e.rowsText = "";
  }
  return e.observations;
}
