/**
 * Sealed datasets: deeply frozen and branded. The generated datasets and those made by
 * `defineDataset` are sealed; any other object passed as a dataset is checked in full on every call
 * (and never cached), so a hand-made or JSON-parsed dataset gives a named error, not a crash, and a
 * caller cannot change a later answer by mutating it.
 */
import type { AnyDataset } from "../types.ts";

/** The brand of a sealed dataset: a symbol key, so `JSON.stringify` and `structuredClone` drop it. */
const SEALED: unique symbol = Symbol.for("staat-van-migratie/sealed-dataset") as never;

/** Freezes `value` and everything reachable from it (plain objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
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

/** Whether `dataset` was sealed by {@link sealDataset}. */
export function isSealed(dataset: unknown): boolean {
  return typeof dataset === "object" && dataset !== null && Object.hasOwn(dataset, SEALED);
}

const UNITS = ["persons", "applications", "decisions", "permits", "dwellings", "percent", "perMillion"];
const STATUSES = ["final", "provisional", "estimated", "break"];
const QUALIFIERS = ["about", "atLeast", "atMost"];
const TERRITORY = /^([A-Z]{2}|EU2[78]|EU\+|world)$/;

function kindOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}

/**
 * Checks every field a query reads, with a message that names the culprit
 * (`dataset.observations[3].value must be a finite number, got string`).
 * @throws {TypeError} on the first problem found
 */
export function checkDatasetShape(fn: string, d: unknown, name: string): asserts d is AnyDataset {
  const bad = (path: string, want: string, got: unknown): never => {
    throw new TypeError(`${fn}: ${name}${path} must be ${want}, got ${typeof got === "string" ? JSON.stringify(got) : kindOf(got)}; make datasets with defineDataset from "staat-van-migratie/schema"`);
  };
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    throw new TypeError(`${fn}: ${name} must be a dataset of staat-van-migratie (for example \`immigration\`, or one made with defineDataset), got ${kindOf(d)}`);
  }
  const o = d as Record<string, unknown>;
  const own = (k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
  if (typeof own("id") !== "string") bad(".id", "a string", own("id"));
  if (own("measure") !== "flow" && own("measure") !== "stock") bad(".measure", '"flow" or "stock"', own("measure"));
  if (!UNITS.includes(own("unit") as string)) bad(".unit", `one of ${UNITS.join(", ")}`, own("unit"));
  const years = own("years") as Record<string, unknown> | undefined;
  if (typeof years !== "object" || years === null || !Number.isInteger(years.from) || !Number.isInteger(years.to) || (years.from as number) > (years.to as number)) {
    bad(".years", "{ from, to } with whole years, from ≤ to", years);
  }
  const referenceDate = own("referenceDate");
  if (own("measure") === "stock" ? typeof referenceDate !== "string" || !/^\d{2}-\d{2}$/.test(referenceDate) : referenceDate !== null) {
    bad(".referenceDate", own("measure") === "stock" ? 'an "MM-DD" string for a stock' : "null for a flow", referenceDate);
  }
  const territory = own("territory");
  if (typeof territory !== "string" || (territory !== "seriesKey" && !TERRITORY.test(territory))) {
    bad(".territory", 'an ISO 3166-1 code, "EU27", "EU28", "EU+", "world" or "seriesKey"', territory);
  }
  if (typeof own("signed") !== "boolean") bad(".signed", "true or false", own("signed"));
  if (typeof own("inhabitants") !== "boolean") bad(".inhabitants", "true or false", own("inhabitants"));
  if (own("comparison") !== null && own("comparison") !== "EU27") bad(".comparison", 'null or "EU27"', own("comparison"));
  const series = own("series");
  if (typeof series !== "object" || series === null || Array.isArray(series) || Object.keys(series).length === 0) bad(".series", "an object with at least one series", series);
  for (const [key, meta] of Object.entries(series as Record<string, unknown>)) {
    const m = meta as Record<string, unknown> | null;
    if (typeof m !== "object" || m === null) bad(`.series.${key}`, "{ label, definition }", m);
    const label = m!.label as Record<string, unknown> | null;
    if (typeof label !== "object" || label === null || typeof label.en !== "string" || typeof label.nl !== "string") bad(`.series.${key}.label`, "{ en, nl } strings", label);
    if (m!.territory !== undefined && (typeof m!.territory !== "string" || !TERRITORY.test(m!.territory))) bad(`.series.${key}.territory`, "a territory code", m!.territory);
  }
  for (const list of ["sums", "breaks", "gaps"]) if (!Array.isArray(own(list))) bad(`.${list}`, "an array", own(list));
  for (const [i, b] of (own("breaks") as unknown[]).entries()) {
    const br = b as Record<string, unknown> | null;
    if (typeof br !== "object" || br === null || !Object.hasOwn(series as object, br.series as string) || !Number.isInteger(br.year)) bad(`.breaks[${i}]`, "{ series, year } of a declared series", b);
  }
  const sources = own("sources");
  if (typeof sources !== "object" || sources === null || Array.isArray(sources)) bad(".sources", "an object of sources by id", sources);
  for (const [id, s] of Object.entries(sources as Record<string, unknown>)) {
    const src = s as Record<string, unknown> | null;
    if (typeof src !== "object" || src === null) bad(`.sources.${id}`, "a source", s);
    for (const k of ["publisher", "title", "url", "accessed"]) if (typeof src![k] !== "string") bad(`.sources.${id}.${k}`, "a string", src![k]);
    if (src!.published !== undefined && (typeof src!.published !== "string" || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(src!.published))) {
      bad(`.sources.${id}.published`, "YYYY, YYYY-MM or YYYY-MM-DD", src!.published);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(src!.accessed as string)) bad(`.sources.${id}.accessed`, "YYYY-MM-DD", src!.accessed);
  }
  const observations = own("observations");
  if (!Array.isArray(observations)) bad(".observations", "an array", observations);
  for (const [i, ob] of (observations as unknown[]).entries()) {
    const p = `.observations[${i}]`;
    const x = ob as Record<string, unknown> | null;
    if (typeof x !== "object" || x === null) bad(p, "an observation object", ob);
    if (typeof x!.series !== "string" || !Object.hasOwn(series as object, x!.series)) bad(`${p}.series`, "a declared series key", x!.series);
    if (!Number.isInteger(x!.year)) bad(`${p}.year`, "a whole year", x!.year);
    if (typeof x!.value !== "number" || !Number.isFinite(x!.value)) bad(`${p}.value`, "a finite number", x!.value);
    if ((x!.value as number) < 0 && own("signed") !== true) bad(`${p}.value`, "a count of 0 or more (the dataset is not signed)", x!.value);
    if (!STATUSES.includes(x!.status as string)) bad(`${p}.status`, `one of ${STATUSES.join(", ")}`, x!.status);
    if (typeof x!.precision !== "number" || !(x!.precision > 0) || !Number.isFinite(x!.precision)) bad(`${p}.precision`, "a positive number", x!.precision);
    if (x!.qualifier !== undefined && !QUALIFIERS.includes(x!.qualifier as string)) bad(`${p}.qualifier`, `one of ${QUALIFIERS.join(", ")}`, x!.qualifier);
    if (x!.date !== undefined && (typeof x!.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(x!.date))) bad(`${p}.date`, "YYYY-MM-DD", x!.date);
    if (typeof x!.source !== "string" || !Object.hasOwn(sources as object, x!.source)) bad(`${p}.source`, "the id of one of the dataset's sources", x!.source);
  }
}
