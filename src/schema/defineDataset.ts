import * as z from "zod";
import { DESCRIBED, OBSERVATION_NOTES, deepFreeze, sealDataset } from "../_lib/dataset.ts";
import { figureMetadata } from "../_lib/figureMetadata.ts";
import { factsOf } from "../_lib/sourceFacts.ts";
import { COMPARISON_SETS } from "../_lib/territories.ts";
import type { Dataset, DatasetDescription, DatasetMetadata as Meta, SourceFacts, Measure, Observation as Obs, SeriesMeta, Source as Src } from "../types.ts";
import { DatasetMetadata, Observation, Source } from "./index.ts";

/**
 * What {@link defineDataset} takes: a dataset's metadata (as in `data/datasets/<id>/metadata.yaml`,
 * with the same defaults), its sources (by id, or a list) and its observations.
 *
 * @typeParam S - the series keys
 * @typeParam M - `"flow"` or `"stock"`
 */
export type DatasetDefinition<S extends string, M extends Measure> = Partial<Omit<Meta, "id" | "series" | "measure" | "unit" | "title">> & {
  readonly id: string;
  readonly title: { readonly en: string; readonly nl: string };
  readonly unit: Meta["unit"];
  readonly measure: M;
  readonly series: { readonly [K in S]: SeriesMeta };
  readonly sources: Readonly<Record<string, Src>> | readonly Src[];
  readonly observations: readonly Obs<NoInfer<S>>[];
};

/** The document `toJSON` writes, which {@link defineDataset} also takes (its rows become observations). */
export interface DatasetDocument {
  readonly metadata: Meta;
  readonly sources: Readonly<Record<string, Src>>;
  readonly rows: readonly {
    readonly series: string;
    readonly year: number;
    readonly date: string | null;
    readonly value: number;
    readonly status: Obs["status"];
    readonly precision: number;
    readonly qualifier: Obs["qualifier"] | null;
    readonly source: string;
  }[];
}

const COUNT_UNITS = new Set(["persons", "applications", "decisions", "permits", "dwellings"]);
const META_KEYS = [
  "id", "topic", "title", "description", "unit", "measure", "reference", "referenceDate", "publisherOfRecord", "years",
  "series", "seriesKeys", "signed", "territory", "inhabitants", "comparison", "sums", "breaks", "gaps", "notes",
] as const;

function fail(path: string, message: string): never {
  throw new TypeError(`defineDataset: ${path === "" ? "" : `${path}: `}${message}`);
}

function issue(prefix: string, error: z.ZodError): never {
  const i = error.issues[0]!;
  const path = [prefix, ...i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))].join("").replace(/^\./, "");
  fail(path, i.message);
}

/**
 * Validates your own dataset with the package's schema, freezes it deeply and returns it typed, so
 * that every function of the package works on it with the same guarantees as on the bundled datasets
 * (for example one municipality's figures, or a dataset you filtered or read back from `toJSON`).
 *
 * The rules are those of `npm run data` (docs/data-format.md): bilingual metadata with the same
 * defaults (`territory: "NL"`, `inhabitants: false`, `comparison: null`, …), sources with a
 * publisher, title, URL and access date, observations whose series and source exist, whole numbers
 * for counts, no negative values unless `signed`, years within `years`, stocks with a date, one row
 * per cell and source. The query functions of the root entry accept only datasets sealed this way (or
 * bundled): a hand-made object or a JSON copy is refused with a message that points here.
 *
 * @param definition - metadata, `sources` and `observations`; or the document `toJSON` wrote (parsed)
 * @returns the dataset, deeply frozen, with its series keys as literal types
 * @throws {TypeError} naming the first field at fault, e.g. `defineDataset: observations[3].value: …`
 *
 * @example
 * ```ts
 * import { defineDataset } from "staat-van-migratie/schema";
 * import { value } from "staat-van-migratie";
 *
 * const utrecht = defineDataset({
 *   id: "utrechtImmigration",
 *   topic: "flows",
 *   title: { en: "Immigration to Utrecht", nl: "Immigratie naar Utrecht" },
 *   description: { en: "People who settled in Utrecht from abroad.", nl: "Personen die zich vanuit het buitenland in Utrecht vestigden." },
 *   unit: "persons",
 *   measure: "flow",
 *   reference: { en: "Calendar year.", nl: "Kalenderjaar." },
 *   referenceDate: null,
 *   publisherOfRecord: "Gemeente Utrecht",
 *   years: { from: 2022, to: 2023 },
 *   series: { total: { label: { en: "Total", nl: "Totaal" }, definition: { en: "All immigrants.", nl: "Alle immigranten." } } },
 *   sources: [{ id: "utrecht-2024", publisher: "Gemeente Utrecht", title: "Bevolking", url: "https://example.org/utrecht", published: "2024-03-01", accessed: "2026-12-01", kind: "statisticalTable", language: "nl" }],
 *   observations: [
 *     { series: "total", year: 2022, value: 12000, status: "final", precision: 1, source: "utrecht-2024" },
 *     { series: "total", year: 2023, value: 11000, status: "final", precision: 1, source: "utrecht-2024" },
 *   ],
 * });
 * value(utrecht, { year: 2023 }); //=> 11000
 * ```
 *
 * @category Schema
 */
export function defineDataset<const S extends string, M extends Measure>(definition: DatasetDefinition<S, M>): Dataset<S, M>;
export function defineDataset(document: DatasetDocument): Dataset<string, Measure>;
export function defineDataset(input: unknown): Dataset<string, Measure> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) fail("", `pass a dataset definition or the document toJSON wrote, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`);
  const raw = input as Record<string, unknown>;
  const fromDocument = Object.hasOwn(raw, "rows") && Object.hasOwn(raw, "metadata");
  const metaInput: Record<string, unknown> = {};
  const metaSource = (fromDocument ? raw.metadata : raw) as Record<string, unknown> | null;
  if (typeof metaSource !== "object" || metaSource === null) fail("metadata", "expected an object");
  for (const k of META_KEYS) if (Object.hasOwn(metaSource, k)) metaInput[k] = metaSource[k];
  const DOCUMENT_KEYS = ["dataset", "title", "unit", "measure", "metadata", "sources", "rows"];
  for (const k of Object.keys(raw)) {
    if (fromDocument && !DOCUMENT_KEYS.includes(k)) fail(k, `unknown field of a toJSON document; fields: ${DOCUMENT_KEYS.join(", ")}`);
    if (!fromDocument && !(META_KEYS as readonly string[]).includes(k) && k !== "sources" && k !== "observations") fail(k, `unknown field; fields: ${[...META_KEYS, "sources", "observations"].join(", ")}`);
  }
  const meta = DatasetMetadata.safeParse(metaInput);
  if (!meta.success) issue(fromDocument ? "metadata" : "", meta.error);
  const m = meta.data;
  if (m.years.from > m.years.to) fail("years", `from (${m.years.from}) is after to (${m.years.to})`);
  if (m.years.from < 1900 || m.years.to > 2100) fail("years", `must lie within 1900–2100 (the years an observation may have), got ${m.years.from}–${m.years.to}`);
  if (m.measure === "stock" && m.referenceDate === null) fail("referenceDate", "a stock needs a referenceDate (MM-DD)");
  if (m.measure === "flow" && m.referenceDate !== null) fail("referenceDate", "a flow has no referenceDate; set it to null");
  const declared = (k: string): boolean => Object.hasOwn(m.series, k);
  m.sums.forEach((s, i) => [s.total, ...s.parts].forEach((k) => declared(k) || fail(`sums[${i}]`, `names series "${k}", which is not declared`)));
  m.breaks.forEach((b, i) => declared(b.series) || fail(`breaks[${i}].series`, `"${b.series}" is not a declared series`));
  m.gaps.forEach((g, i) => declared(g.series) || fail(`gaps[${i}].series`, `"${g.series}" is not a declared series`));
  if (m.territory === "seriesKey" && m.seriesKeys !== "iso3166") fail("territory", "seriesKey needs seriesKeys: iso3166 (each key a territory)");
  if (m.inhabitants && m.measure !== "stock") fail("inhabitants", "a dataset of inhabitants is a stock (a population at a reference date)");
  if (m.comparison !== null) {
    const missing = COMPARISON_SETS[m.comparison].filter((c) => !declared(c));
    if (m.territory !== "seriesKey" || missing.length > 0) fail("comparison", `${m.comparison} needs territory: seriesKey and a series for every member; missing: ${missing.join(", ") || "none"}`);
  }

  // Sources: by id or as a list.
  const sources: Record<string, Src> = {};
  const sourceList = Array.isArray(raw.sources) ? (raw.sources as unknown[]) : typeof raw.sources === "object" && raw.sources !== null ? Object.values(raw.sources) : fail("sources", "expected an object of sources by id, or a list");
  sourceList.forEach((s, i) => {
    const parsed = Source.safeParse(s);
    if (!parsed.success) issue(`sources[${i}]`, parsed.error);
    const src = parsed.data;
    if (Object.hasOwn(sources, src.id)) fail(`sources[${i}].id`, `"${src.id}" is listed twice`);
    if (src.published !== undefined && src.published.slice(0, 10) > src.accessed) fail(`sources[${i}].published`, `${src.published} is after accessed (${src.accessed})`);
    sources[src.id] = src;
  });

  // Observations: from the definition, or from toJSON's rows.
  const rowsInput = fromDocument ? raw.rows : raw.observations;
  if (!Array.isArray(rowsInput)) fail(fromDocument ? "rows" : "observations", "expected a list");
  const observations: Obs[] = [];
  const seen = new Set<string>();
  (rowsInput as unknown[]).forEach((r, i) => {
    const path = `${fromDocument ? "rows" : "observations"}[${i}]`;
    let candidate = r;
    if (fromDocument && typeof r === "object" && r !== null) {
      const row = r as Record<string, unknown>;
      candidate = {
        series: row.series, year: row.year, value: row.value, status: row.status, precision: row.precision, source: row.source,
        ...(row.date === null || row.date === undefined ? {} : { date: row.date }),
        ...(row.qualifier === null || row.qualifier === undefined ? {} : { qualifier: row.qualifier }),
      };
    }
    const parsed = Observation.safeParse(candidate);
    if (!parsed.success) issue(path, parsed.error);
    const o = parsed.data;
    if (!Object.hasOwn(m.series, o.series)) fail(`${path}.series`, `"${o.series}" is not a declared series; series: ${Object.keys(m.series).join(", ")}`);
    if (!Object.hasOwn(sources, o.source)) fail(`${path}.source`, `"${o.source}" is not one of the sources`);
    if (o.year < m.years.from || o.year > m.years.to) fail(`${path}.year`, `${o.year} is outside years ${m.years.from}–${m.years.to}`);
    if (COUNT_UNITS.has(m.unit) && !Number.isInteger(o.value)) fail(`${path}.value`, `${o.value} is not a whole number, and ${m.unit} are counted in whole numbers`);
    if (o.value < 0 && !m.signed) fail(`${path}.value`, `${o.value} is negative; set signed: true for a balance`);
    if (m.measure === "stock" && o.date === undefined) fail(`${path}.date`, "a stock's observation needs its reference date");
    if (m.measure === "flow" && o.date !== undefined) fail(`${path}.date`, "a flow's observation has no date");
    if (o.date !== undefined && Number(o.date.slice(0, 4)) !== o.year) fail(`${path}.date`, `${o.date} is not in year ${o.year}`);
    const key = `${o.series}|${o.year}|${o.date ?? ""}|${o.source}`;
    if (seen.has(key)) fail(path, `a second row for ${o.series} ${o.date ?? o.year} from source "${o.source}"`);
    seen.add(key);
    observations.push(o);
  });
  const used = new Set(observations.map((o) => o.source));
  const usedSources: Record<string, Src> = {};
  for (const id of Object.keys(sources).sort()) if (used.has(id)) usedSources[id] = sources[id]!;
  // The figures (what the query functions read) and the description (prose and full source records,
  // what `describeDataset`, `cite`, `toJSON` and the CLI read), as for a bundled dataset.
  const facts: Record<string, SourceFacts> = {};
  for (const [id, src] of Object.entries(usedSources)) facts[id] = factsOf(src);
  const observationNotes: Record<number, string> = {};
  observations.forEach((o, i) => {
    if (o.note !== undefined) observationNotes[i] = o.note;
  });
  const dataset = sealDataset({
    ...figureMetadata(m),
    sources: facts,
    observations: observations.map(({ note: _note, ...o }) => o),
  }) as unknown as Dataset<string, Measure>;
  const description: Record<string, unknown> = {};
  for (const k of META_KEYS) description[k] = m[k];
  description.sources = usedSources;
  DESCRIBED.set(dataset, deepFreeze(description) as unknown as DatasetDescription);
  OBSERVATION_NOTES.set(dataset, deepFreeze(observationNotes));
  return dataset;
}
