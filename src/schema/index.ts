/**
 * Zod schemas for everything in `data/`: sources, dataset metadata and observations.
 *
 * The data build (`npm run data`) validates `data/` with them. Each schema is annotated with the
 * hand-written interface the root entry exports (`src/types.ts`), and the end of this file checks at
 * compile time that every schema's inferred output and its interface are mutually assignable.
 *
 * Import them from the subpath: `import { Observation } from "staat-van-migratie/schema"`.
 *
 * @module staat-van-migratie/schema
 */
import * as z from "zod";
import type * as T from "../types.ts";

export { defineDataset, type DatasetDefinition, type DatasetDocument } from "./defineDataset.ts";

/** A text in English and Dutch. */
const textSchema = z.strictObject({
  en: z.string().trim().min(1),
  nl: z.string().trim().min(1),
});
/** A text in English and Dutch. */
export const Text: z.ZodType<T.Text> = textSchema;
/** What {@link Text} parses to: the interface the root entry exports. */
export type Text = T.Text;

/** A language code: `en` or `nl`. */
export const Language: z.ZodEnum<{ en: "en"; nl: "nl" }> = z.enum(["en", "nl"]);
/** A language code: `en` or `nl`. */
export type Language = T.Language;

/** A calendar date `YYYY-MM-DD` that exists (no 31 April). */
export const IsoDate: z.ZodISODate = z.iso.date();

/** A publication date as far as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialDate: z.ZodUnion<[z.ZodISODate, z.ZodString, z.ZodString]> = z.union([
  z.iso.date(),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM"),
  z.string().regex(/^\d{4}$/, "expected YYYY"),
]);

/** Report editions of the Staat van Migratie: `svm2021` … */
export const EditionId: z.ZodString = z.string().regex(/^svm20\d\d$/, "expected an edition id such as svm2024");
/** Report editions of the Staat van Migratie: `svm2021` … */
export type EditionId = T.EditionId;

/** What kind of publication a source is. */
export const SourceKind: z.ZodEnum<{ statisticalTable: "statisticalTable"; newsRelease: "newsRelease"; reportEdition: "reportEdition"; governmentNews: "governmentNews"; parliamentaryPaper: "parliamentaryPaper"; dashboard: "dashboard"; newsArticle: "newsArticle"; repost: "repost"; dataCopy: "dataCopy"; other: "other" }> = z.enum([
  "statisticalTable",
  "newsRelease",
  "reportEdition",
  "governmentNews",
  "parliamentaryPaper",
  "dashboard",
  "newsArticle",
  "repost",
  "dataCopy",
  "other",
]);
/** What kind of publication a source is. */
export type SourceKind = T.SourceKind;

/** The language of a source: an ISO 639-1 code such as `nl`, `en` or `de`. */
export const SourceLanguage: z.ZodString = z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 language code such as nl");

/** A publication a figure was seen in. */
const sourceSchema = z.strictObject({
  /** kebab-case id, unique across `data/sources/`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  /** Who published the page, e.g. `CBS`, or `NOS citing CBS` for a second-hand copy. */
  publisher: z.string().trim().min(1),
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication or table-version date, as precise as known. */
  published: PartialDate.optional(),
  /** The day someone saw the figure at `url`. */
  accessed: IsoDate,
  kind: SourceKind,
  language: SourceLanguage,
  /** The report edition this source belongs to or quotes. */
  edition: EditionId.optional(),
  note: z.string().trim().min(1).optional(),
});
/** A publication a figure was seen in. */
export const Source: z.ZodType<T.Source> = sourceSchema;
/** What {@link Source} parses to: the interface the root entry exports. */
export type Source = T.Source;

/**
 * Status of an observation, after SDMX `OBS_STATUS`: `final` (A, normal value), `provisional` (P),
 * `estimated` (E) and `break` (B: a final value that starts a break in the series).
 */
export const Status: z.ZodEnum<{ final: "final"; provisional: "provisional"; estimated: "estimated"; break: "break" }> = z.enum(["final", "provisional", "estimated", "break"]);
/** Status of an observation; see {@link Status}. */
export type Status = T.Status;

/** The hedge a figure was published with: about ("ongeveer"), at least ("ruim"), at most ("bijna"). */
export const Qualifier: z.ZodEnum<{ about: "about"; atLeast: "atLeast"; atMost: "atMost" }> = z.enum(["about", "atLeast", "atMost"]);
/** The hedge a figure was published with. */
export type Qualifier = T.Qualifier;

/** One figure for one cell (series, year[, date]) from one source. */
const observationSchema = z.strictObject({
  series: z.string().min(1),
  /** Reference year: the calendar year of a flow, the year of the reference date of a stock. */
  year: z.int().min(1900).max(2100),
  /** Stocks only: the reference date as published. */
  date: IsoDate.optional(),
  /** The value as published, in units (thousands written out). */
  value: z.number().refine(Number.isFinite, "expected a finite number"),
  status: Status,
  /** The rounding unit as published: 1 exact, 1000 for "29 thousand". */
  precision: z.number().positive(),
  qualifier: Qualifier.optional(),
  /** A source id. */
  source: z.string().min(1),
  note: z.string().trim().min(1).optional(),
});
/** One figure for one cell from one source. */
export const Observation: z.ZodType<T.Observation> = observationSchema;
/** What {@link Observation} parses to: the interface the root entry exports. */
export type Observation = T.Observation;

/** What a dataset counts. */
export const Unit: z.ZodEnum<{ persons: "persons"; applications: "applications"; decisions: "decisions"; permits: "permits"; dwellings: "dwellings"; percent: "percent"; perMillion: "perMillion" }> = z.enum([
  "persons",
  "applications",
  "decisions",
  "permits",
  "dwellings",
  "percent",
  "perMillion",
]);
/** What a dataset counts. */
export type Unit = T.Unit;

/** `flow`: counted over a period; `stock`: counted at a reference date. */
export const Measure: z.ZodEnum<{ flow: "flow"; stock: "stock" }> = z.enum(["flow", "stock"]);
/** `flow`: counted over a period; `stock`: counted at a reference date. */
export type Measure = T.Measure;

/** The report chapter a dataset belongs to. */
export const Topic: z.ZodEnum<{ population: "population"; flows: "flows"; asylum: "asylum"; ukraine: "ukraine"; reception: "reception"; housing: "housing"; integration: "integration"; naturalisation: "naturalisation"; return: "return"; europe: "europe"; world: "world" }> = z.enum([
  "population",
  "flows",
  "asylum",
  "ukraine",
  "reception",
  "housing",
  "integration",
  "naturalisation",
  "return",
  "europe",
  "world",
]);
/** The report chapter a dataset belongs to. */
export type Topic = T.Topic;

/** Where a series counts: an ISO 3166-1 alpha-2 code, `EU27`, `EU28`, `EU+` or `world`. */
export const Territory: z.ZodString = z.string().regex(/^([A-Z]{2}|EU2[78]|EU\+|world)$/, "expected an ISO 3166-1 alpha-2 code, EU27, EU28, EU+ or world");
/** Where a series counts. */
export type Territory = T.Territory;

/** A series: its labels and definition. */
const seriesMetaSchema = z.strictObject({ label: textSchema, definition: textSchema, territory: Territory.optional() });
/** A series: its labels and definition. */
export const SeriesMeta: z.ZodType<T.SeriesMeta> = seriesMetaSchema;
/** What {@link SeriesMeta} parses to: the interface the root entry exports. */
export type SeriesMeta = T.SeriesMeta;

/** Parts that add up to a total, checked by the data build within the published precision. */
const sumRuleSchema = z.strictObject({
  total: z.string(),
  parts: z.array(z.string()).min(2),
  /** Extra absolute slack beyond rounding, with the reason in `note`. */
  tolerance: z.number().nonnegative().optional(),
  note: z.string().optional(),
});
/** Parts that add up to a total. */
export const SumRule: z.ZodType<T.SumRule> = sumRuleSchema;
/** What {@link SumRule} parses to: the interface the root entry exports. */
export type SumRule = T.SumRule;

/** A break in a series: values before `year` are not comparable with values from `year` on. */
const breakSchema = z.strictObject({ series: z.string(), year: z.int(), note: textSchema });
/** A break in a series. */
export const Break: z.ZodType<T.Break> = breakSchema;
/** What {@link Break} parses to: the interface the root entry exports. */
export type Break = T.Break;

/** Cells no public source was found for. */
const gapSchema = z.strictObject({
  series: z.string(),
  years: z.array(z.int()).min(1),
  note: textSchema,
});
/** Cells no public source was found for. */
export const Gap: z.ZodType<T.Gap> = gapSchema;
/** What {@link Gap} parses to: the interface the root entry exports. */
export type Gap = T.Gap;

const seriesKey = z.string().regex(/^([a-z][a-zA-Z0-9]*|[A-Z]{2}|EU2[78])$/, "expected a camelCase key or a country code");

/** Everything `data/datasets/<id>/metadata.yaml` says about a dataset. */
const datasetMetadataSchema = z.strictObject({
  /** camelCase id, equal to the folder name. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "expected a camelCase id"),
  topic: Topic,
  title: textSchema,
  description: textSchema,
  unit: Unit,
  measure: Measure,
  /** The period a flow covers, or the reference-date rule of a stock. */
  reference: textSchema,
  /** Stocks: the `MM-DD` a plain year query reads (e.g. `01-01`); `null` for flows. */
  referenceDate: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected MM-DD").nullable(),
  publisherOfRecord: z.string().min(1),
  years: z.strictObject({ from: z.int(), to: z.int() }),
  series: z.record(seriesKey, seriesMetaSchema).refine((s) => Object.keys(s).length > 0, "declare at least one series"),
  /** `named` (camelCase keys) or `iso3166` (ISO 3166-1 alpha-2 codes, plus EU27 and EU28). */
  seriesKeys: z.enum(["named", "iso3166"]).default("named"),
  /** Whether values may be negative (a balance such as net migration). */
  signed: z.boolean().default(false),
  /** Where the series count (default the Netherlands), or `seriesKey` when each key is a territory. */
  territory: z.union([Territory, z.literal("seriesKey")]).default("NL"),
  /** Whether the dataset counts inhabitants, so that it can divide a per-capita measure. */
  inhabitants: z.boolean().default(false),
  /** The set `rank` compares by default. */
  comparison: z.literal("EU27").nullable().default(null),
  sums: z.array(sumRuleSchema).default([]),
  breaks: z.array(breakSchema).default([]),
  gaps: z.array(gapSchema).default([]),
  notes: z.array(textSchema).default([]),
});
/** Everything `metadata.yaml` says about a dataset (after defaults). */
export const DatasetMetadata: z.ZodType<T.DatasetMetadata> = datasetMetadataSchema;
/** What {@link DatasetMetadata} parses to: the interface the root entry exports. */
export type DatasetMetadata = T.DatasetMetadata;

/** An edition of the Staat van Migratie report. */
const editionSchema = z.strictObject({
  /** `svm2021` … */
  id: EditionId,
  /** 1 for the first edition (2021). */
  number: z.int().positive(),
  /** The day the edition became public (its news item); `asOf: id` reads figures as of this day. */
  published: IsoDate,
  /** The year the edition reports on. */
  reportingYear: z.int(),
  title: textSchema,
  /** The ministries that produced or sent it (Dutch abbreviations: J&V, SZW, BZ, AenM, …). */
  ministries: z.array(z.string().min(1)).min(1),
  /** The source id of the edition's own publication (news item or document page). */
  source: z.string().min(1),
  note: z.string().optional(),
});
/** An edition of the Staat van Migratie report. */
export const Edition: z.ZodType<T.Edition> = editionSchema;
/** What {@link Edition} parses to: the interface the root entry exports. */
export type Edition = T.Edition;

// Compile-time proof that the hand-written interfaces (src/types.ts) and the schemas agree: each
// schema's inferred output and its interface must be assignable to each other and have the same keys
// (mutual assignability alone would let an optional field go missing on one side), or `tsc` fails here.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
type Assert<T extends true> = T;
type _Checks = [
  Assert<Same<z.infer<typeof textSchema>, T.Text>>,
  Assert<Same<z.infer<typeof Language>, T.Language>>,
  Assert<Same<z.infer<typeof EditionId>, T.EditionId>>,
  Assert<Same<z.infer<typeof SourceKind>, T.SourceKind>>,
  Assert<Same<z.infer<typeof sourceSchema>, T.Source>>,
  Assert<Same<z.infer<typeof Status>, T.Status>>,
  Assert<Same<z.infer<typeof Qualifier>, T.Qualifier>>,
  Assert<Same<z.infer<typeof observationSchema>, T.Observation>>,
  Assert<Same<z.infer<typeof Unit>, T.Unit>>,
  Assert<Same<z.infer<typeof Measure>, T.Measure>>,
  Assert<Same<z.infer<typeof Topic>, T.Topic>>,
  Assert<Same<z.infer<typeof Territory>, T.Territory>>,
  Assert<Same<z.infer<typeof seriesMetaSchema>, T.SeriesMeta>>,
  Assert<Same<z.infer<typeof sumRuleSchema>, T.SumRule>>,
  Assert<Same<z.infer<typeof breakSchema>, T.Break>>,
  Assert<Same<z.infer<typeof gapSchema>, T.Gap>>,
  Assert<Same<z.infer<typeof datasetMetadataSchema>, T.DatasetMetadata>>,
  Assert<Same<z.infer<typeof editionSchema>, T.Edition>>,
];
