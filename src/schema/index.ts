/**
 * Zod schemas for everything in `data/`: sources, dataset metadata and observations.
 *
 * These schemas are the single source of truth for the package's data shapes: the data build
 * (`npm run data`) validates `data/` with them, and the types the root entry exports are inferred
 * from them (`import type` only, so the root entry never loads zod at run time).
 *
 * Import them from the subpath: `import { Observation } from "staat-van-migratie/schema"`.
 *
 * @module staat-van-migratie/schema
 */
import * as z from "zod";

/** A text in English and Dutch. */
export const Text = z.strictObject({
  en: z.string().trim().min(1),
  nl: z.string().trim().min(1),
});
/** A text in English and Dutch. */
export type Text = z.infer<typeof Text>;

/** A language code: `en` or `nl`. */
export const Language = z.enum(["en", "nl"]);
/** A language code: `en` or `nl`. */
export type Language = z.infer<typeof Language>;

/** A calendar date `YYYY-MM-DD` that exists (no 31 April). */
export const IsoDate = z.iso.date();

/** A publication date as far as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialDate = z.union([
  z.iso.date(),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM"),
  z.string().regex(/^\d{4}$/, "expected YYYY"),
]);

/** Report editions of the Staat van Migratie: `svm2021` … */
export const EditionId = z.string().regex(/^svm20\d\d$/, "expected an edition id such as svm2024");
/** Report editions of the Staat van Migratie: `svm2021` … */
export type EditionId = z.infer<typeof EditionId>;

/** What kind of publication a source is. */
export const SourceKind = z.enum([
  "statisticalTable",
  "newsRelease",
  "reportEdition",
  "governmentNews",
  "parliamentaryPaper",
  "dashboard",
  "newsArticle",
  "repost",
  "other",
]);
/** What kind of publication a source is. */
export type SourceKind = z.infer<typeof SourceKind>;

/** The language of a source: an ISO 639-1 code such as `nl`, `en` or `de`. */
export const SourceLanguage = z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 language code such as nl");

/** A publication a figure was seen in. */
export const Source = z.strictObject({
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
export type Source = z.infer<typeof Source>;

/**
 * Status of an observation, after SDMX `OBS_STATUS`: `final` (A, normal value), `provisional` (P),
 * `estimated` (E) and `break` (B: a final value that starts a break in the series).
 */
export const Status = z.enum(["final", "provisional", "estimated", "break"]);
/** Status of an observation; see {@link Status}. */
export type Status = z.infer<typeof Status>;

/** The hedge a figure was published with: about ("ongeveer"), at least ("ruim"), at most ("bijna"). */
export const Qualifier = z.enum(["about", "atLeast", "atMost"]);
/** The hedge a figure was published with. */
export type Qualifier = z.infer<typeof Qualifier>;

/** One figure for one cell (series, year[, date]) from one source. */
export const Observation = z.strictObject({
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
export type Observation = z.infer<typeof Observation>;

/** What a dataset counts. */
export const Unit = z.enum([
  "persons",
  "applications",
  "decisions",
  "permits",
  "dwellings",
  "percent",
  "perMillion",
]);
/** What a dataset counts. */
export type Unit = z.infer<typeof Unit>;

/** `flow`: counted over a period; `stock`: counted at a reference date. */
export const Measure = z.enum(["flow", "stock"]);
/** `flow`: counted over a period; `stock`: counted at a reference date. */
export type Measure = z.infer<typeof Measure>;

/** The report chapter a dataset belongs to. */
export const Topic = z.enum([
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
export type Topic = z.infer<typeof Topic>;

/** A series: its labels and definition. */
export const SeriesMeta = z.strictObject({ label: Text, definition: Text });
/** A series: its labels and definition. */
export type SeriesMeta = z.infer<typeof SeriesMeta>;

/** Parts that add up to a total, checked by the data build within the published precision. */
export const SumRule = z.strictObject({
  total: z.string(),
  parts: z.array(z.string()).min(2),
  /** Extra absolute slack beyond rounding, with the reason in `note`. */
  tolerance: z.number().nonnegative().optional(),
  note: z.string().optional(),
});
/** Parts that add up to a total. */
export type SumRule = z.infer<typeof SumRule>;

/** A break in a series: values before `year` are not comparable with values from `year` on. */
export const Break = z.strictObject({ series: z.string(), year: z.int(), note: Text });
/** A break in a series. */
export type Break = z.infer<typeof Break>;

/** Cells no public source was found for. */
export const Gap = z.strictObject({
  series: z.string(),
  years: z.array(z.int()).min(1),
  note: Text,
});
/** Cells no public source was found for. */
export type Gap = z.infer<typeof Gap>;

const seriesKey = z.string().regex(/^([a-z][a-zA-Z0-9]*|[A-Z]{2}|EU2[78])$/, "expected a camelCase key or a country code");

/** Everything `data/datasets/<id>/metadata.yaml` says about a dataset. */
export const DatasetMetadata = z.strictObject({
  /** camelCase id, equal to the folder name. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "expected a camelCase id"),
  topic: Topic,
  title: Text,
  description: Text,
  unit: Unit,
  measure: Measure,
  /** The period a flow covers, or the reference-date rule of a stock. */
  reference: Text,
  /** Stocks: the `MM-DD` a plain year query reads (e.g. `01-01`); `null` for flows. */
  referenceDate: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected MM-DD").nullable(),
  publisherOfRecord: z.string().min(1),
  years: z.strictObject({ from: z.int(), to: z.int() }),
  series: z.record(seriesKey, SeriesMeta).refine((s) => Object.keys(s).length > 0, "declare at least one series"),
  /** `named` (camelCase keys) or `iso3166` (ISO 3166-1 alpha-2 codes, plus EU27 and EU28). */
  seriesKeys: z.enum(["named", "iso3166"]).default("named"),
  /** Whether values may be negative (a balance such as net migration). */
  signed: z.boolean().default(false),
  sums: z.array(SumRule).default([]),
  breaks: z.array(Break).default([]),
  gaps: z.array(Gap).default([]),
  notes: z.array(Text).default([]),
});
/** Everything `metadata.yaml` says about a dataset (after defaults). */
export type DatasetMetadata = z.infer<typeof DatasetMetadata>;

/** An edition of the Staat van Migratie report. */
export const Edition = z.strictObject({
  /** `svm2021` … */
  id: EditionId,
  /** 1 for the first edition (2021). */
  number: z.int().positive(),
  /** The day the edition became public (its news item); `asOf: id` reads figures as of this day. */
  published: IsoDate,
  /** The year the edition reports on. */
  reportingYear: z.int(),
  title: Text,
  /** The ministries that produced or sent it (Dutch abbreviations: J&V, SZW, BZ, AenM, …). */
  ministries: z.array(z.string().min(1)).min(1),
  /** The source id of the edition's own publication (news item or document page). */
  source: z.string().min(1),
  note: z.string().optional(),
});
/** An edition of the Staat van Migratie report. */
export type Edition = z.infer<typeof Edition>;
export { Claim, ClaimNeed, ClaimQualifier, ClaimStatus, ClaimUnit } from "./claim.ts";
