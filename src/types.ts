/**
 * The types of datasets, observations and query results.
 *
 * Hand-written, so that the public API has explicit types (JSR's "no slow types" rule and
 * `isolatedDeclarations`) and the root entry needs no zod, not even for types. The zod schemas in
 * `./schema` are annotated with these interfaces, and `src/schema/index.ts` checks at compile time
 * that each schema's inferred output and its interface are mutually assignable, so they cannot drift.
 *
 * Optional fields are `?: T | undefined` because that is what the schemas produce.
 *
 * @module
 */

/** A text in English and Dutch. */
export interface Text {
  readonly en: string;
  readonly nl: string;
}

/** A language code: `en` or `nl`. */
export type Language = "en" | "nl";

/** Report editions of the Staat van Migratie: `svm2021` … (checked by the schema, not the type). */
export type EditionId = string;

/** What kind of publication a source is. */
export type SourceKind =
  | "statisticalTable"
  | "newsRelease"
  | "reportEdition"
  | "governmentNews"
  | "parliamentaryPaper"
  | "dashboard"
  | "newsArticle"
  | "repost"
  /** A verbatim copy of a publisher's data table committed to a public repository (see docs/data-format.md). */
  | "dataCopy"
  | "other";

/** A publication a figure was seen in. */
export interface Source {
  /** kebab-case id, unique across `data/sources/`. */
  readonly id: string;
  /** Who published the page, e.g. `CBS`, or `NOS citing CBS` for a second-hand copy. */
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
  /** Publication or table-version date, as precise as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly published?: string | undefined;
  /** The day someone saw the figure at `url` (`YYYY-MM-DD`). */
  readonly accessed: string;
  readonly kind: SourceKind;
  /** The language of the source: an ISO 639-1 code such as `nl`, `en` or `de`. */
  readonly language: string;
  /** The report edition this source belongs to or quotes. */
  readonly edition?: EditionId | undefined;
  readonly note?: string | undefined;
}

/**
 * Status of an observation, after SDMX `OBS_STATUS`: `final` (A, normal value), `provisional` (P),
 * `estimated` (E) and `break` (B: a final value that starts a break in the series).
 */
export type Status = "final" | "provisional" | "estimated" | "break";

/** The hedge a figure was published with: about ("ongeveer"), at least ("ruim"), at most ("bijna"). */
export type Qualifier = "about" | "atLeast" | "atMost";

/**
 * One figure for one cell (series, year[, date]) from one source.
 *
 * @typeParam S - the series key, a string literal in a typed dataset
 */
export interface Observation<S extends string = string> {
  readonly series: S;
  /** Reference year: the calendar year of a flow, the year of the reference date of a stock. */
  readonly year: number;
  /** Stocks only: the reference date as published (`YYYY-MM-DD`). */
  readonly date?: string | undefined;
  /** The value as published, in units (thousands written out). */
  readonly value: number;
  readonly status: Status;
  /**
   * The rounding unit as published: 1 exact, 1000 for "29 thousand". A unit, not a degree of
   * precision: the smaller it is, the finer the figure.
   */
  readonly precision: number;
  readonly qualifier?: Qualifier | undefined;
  /** A source id. */
  readonly source: string;
  /** A note on this figure. Only in input (`defineDataset`, data files): a dataset's observations carry none; see `describeDataset`. */
  readonly note?: string | undefined;
}

/** What a dataset counts. */
export type Unit = "persons" | "applications" | "decisions" | "permits" | "dwellings" | "percent" | "perMillion";

/** `flow`: counted over a period; `stock`: counted at a reference date. */
export type Measure = "flow" | "stock";

/** The report chapter a dataset belongs to. */
export type Topic =
  | "population"
  | "flows"
  | "asylum"
  | "ukraine"
  | "reception"
  | "housing"
  | "integration"
  | "naturalisation"
  | "return"
  | "europe"
  | "world";

/**
 * Where a series counts: an ISO 3166-1 alpha-2 code (`"NL"`, `"DE"`; Greece is `"GR"`), an EU
 * aggregate (`"EU27"` in its 2020 composition, `"EU28"`, `"EU+"` = EU27 + Norway and Switzerland,
 * before 2020 also the United Kingdom), or `"world"`.
 */
export type Territory = string;

/** A series: its labels and definition. */
export interface SeriesMeta {
  readonly label: Text;
  readonly definition: Text;
  /** Where this series counts, when it differs from the dataset's `territory`. */
  readonly territory?: Territory | undefined;
}

/** Parts that add up to a total, checked by the data build within the published precision. */
export interface SumRule {
  readonly total: string;
  readonly parts: string[];
  /** Extra absolute slack beyond rounding, with the reason in `note`. */
  readonly tolerance?: number | undefined;
  readonly note?: string | undefined;
}

/** A break in a series: values before `year` are not comparable with values from `year` on. */
export interface Break {
  readonly series: string;
  readonly year: number;
  readonly note: Text;
}

/** Cells no public source was found for. */
export interface Gap {
  readonly series: string;
  readonly years: number[];
  readonly note: Text;
}

/** Everything `data/datasets/<id>/metadata.yaml` says about a dataset (after defaults). */
export interface DatasetMetadata {
  /** camelCase id, equal to the folder name. */
  readonly id: string;
  readonly topic: Topic;
  readonly title: Text;
  readonly description: Text;
  readonly unit: Unit;
  readonly measure: Measure;
  /** The period a flow covers, or the reference-date rule of a stock. */
  readonly reference: Text;
  /** Stocks: the `MM-DD` a plain year query reads (e.g. `01-01`); `null` for flows. */
  readonly referenceDate: string | null;
  readonly publisherOfRecord: string;
  readonly years: { readonly from: number; readonly to: number };
  readonly series: Record<string, SeriesMeta>;
  /** `named` (camelCase keys) or `iso3166` (ISO 3166-1 alpha-2 codes, plus EU27 and EU28). */
  readonly seriesKeys: "named" | "iso3166";
  /** Whether values may be negative (a balance such as net migration). */
  readonly signed: boolean;
  /**
   * Where the series count: one {@link Territory} for all series (a series may override it), or
   * `"seriesKey"` when each series key is the territory (a per-country dataset such as
   * `euPopulation`). Keys of a per-nationality dataset are nationalities, not territories.
   */
  readonly territory: Territory | "seriesKey";
  /**
   * Whether the dataset counts the inhabitants of its territories (a population register), so that
   * it can be the denominator of a per-capita measure. Other stocks (displaced people, students,
   * people in reception) are not populations.
   */
  readonly inhabitants: boolean;
  /**
   * The set that `rank` compares by default: `"EU27"` (the 27 member states of the EU since 1 February
   * 2020, Eurostat's EU27_2020, for every year), or `null` when the dataset declares none (then `rank`
   * needs an explicit `series` list).
   */
  readonly comparison: "EU27" | null;
  readonly sums: SumRule[];
  readonly breaks: Break[];
  readonly gaps: Gap[];
  readonly notes: Text[];
}

/** An edition of the Staat van Migratie report. */
export interface Edition {
  /** `svm2021` … */
  readonly id: EditionId;
  /** 1 for the first edition (2021). */
  readonly number: number;
  /** The day the edition became public (its news item); `asOf: id` reads figures as of this day. */
  readonly published: string;
  /** The year the edition reports on. */
  readonly reportingYear: number;
  readonly title: Text;
  /** The ministries that produced or sent it (Dutch abbreviations: J&V, SZW, BZ, AenM, …). */
  readonly ministries: string[];
  /** The source id of the edition's own publication (news item or document page). */
  readonly source: string;
  readonly note?: string | undefined;
}

/**
 * What the vintage rule needs to know of a source, computed when the data were built: its id, the day
 * its figures count as known from, the report edition it belongs to, and whether it is the
 * publisher's own. The full record (publisher, title, URL, dates, note) is in {@link describeDataset}.
 */
export interface SourceFacts {
  readonly id: string;
  /**
   * The day the source's figures count as known from: `published` when it is a full date, the last
   * day of the month or year when only `YYYY-MM` or `YYYY` is known, else the access date.
   */
  readonly knownFrom: string;
  /** The report edition the source belongs to or quotes. */
  readonly edition?: EditionId | undefined;
  /** The publisher's own publication (a table, release, report or verbatim data copy), not a press copy or repost. */
  readonly firstHand: boolean;
}

/** A series of a dataset as the figures carry it: its short label, and where it counts. */
export interface SeriesLabel {
  readonly label: Text;
  /** Where this series counts, when it differs from the dataset's `territory`. */
  readonly territory?: Territory | undefined;
}

/**
 * A dataset's figures: every observation (vintages included), what the vintage rule needs of their
 * sources, and the metadata the query functions read (unit, flow or stock, years, series labels,
 * sums, breaks, gaps). The prose (description, definitions, notes, full source records) is not part
 * of the value, so that a consumer who only computes never loads it: {@link describeDataset} returns it,
 * and `cite`, `summary`, `toJSON` and the CLI read it.
 *
 * @typeParam S - the dataset's series keys, a union of string literals
 * @typeParam M - `"flow"` or `"stock"`
 */
export interface Dataset<S extends string = string, M extends Measure = Measure> {
  /** camelCase id. */
  readonly id: string;
  readonly topic: Topic;
  /** The dataset's title in English and Dutch (short, for labels and messages). */
  readonly title: Text;
  readonly unit: Unit;
  /** `"flow"` (counted over a period) or `"stock"` (counted at a reference date). */
  readonly measure: M;
  /** Stocks: the `MM-DD` a plain year query reads (e.g. `01-01`); `null` for flows. */
  readonly referenceDate: string | null;
  readonly publisherOfRecord: string;
  readonly years: { readonly from: number; readonly to: number };
  readonly series: Readonly<Record<S, SeriesLabel>>;
  /** `named` (camelCase keys) or `iso3166` (ISO 3166-1 alpha-2 codes, plus EU27 and EU28). */
  readonly seriesKeys: "named" | "iso3166";
  /** Whether values may be negative (a balance such as net migration). */
  readonly signed: boolean;
  /** See {@link DatasetMetadata.territory}. */
  readonly territory: Territory | "seriesKey";
  /** See {@link DatasetMetadata.inhabitants}. */
  readonly inhabitants: boolean;
  /** See {@link DatasetMetadata.comparison}. */
  readonly comparison: "EU27" | null;
  /** Parts that add up to a total (their notes are in {@link describeDataset}). */
  readonly sums: readonly { readonly total: S; readonly parts: readonly S[]; readonly tolerance?: number | undefined }[];
  /** Breaks in a series: values before `year` are not comparable with values from `year` on. */
  readonly breaks: readonly { readonly series: S; readonly year: number }[];
  /** Cells no public source was found for (why: {@link describeDataset}). */
  readonly gaps: readonly { readonly series: S; readonly years: readonly number[] }[];
  /** What the vintage rule needs of each source the observations cite, by id. */
  readonly sources: Readonly<Record<string, SourceFacts>>;
  /** Every observation, all vintages, in file order. */
  readonly observations: readonly Observation<S>[];
}

/**
 * Everything known about a dataset, as {@link describeDataset} returns it: the metadata of
 * `data/datasets/<id>/metadata.yaml` (descriptions, definitions, notes, the reasons for breaks and
 * gaps) and the full records of the sources its figures cite.
 */
export interface DatasetDescription extends DatasetMetadata {
  /** The sources the observations cite, by id. */
  readonly sources: Readonly<Record<string, Source>>;
}

/** Any dataset. */
export type AnyDataset = Dataset<string, Measure>;

/** The series keys of a dataset type. */
export type SeriesOf<D> = D extends Dataset<infer S, Measure> ? S : never;

/**
 * The `series` option: optional where the dataset has a `total` series (the default), required
 * otherwise.
 */
export type SeriesOption<D> = "total" extends SeriesOf<D> ? { series?: SeriesOf<D> } : { series: SeriesOf<D> };

/**
 * A vintage cut-off: an ISO date string (`"2024-06-14"`), a `Date`, or a report edition id
 * (`"svm2024"`, the day that edition became public). Only observations whose source counts as
 * published on or before it count.
 */
export type AsOf = string | Date;

/** An observation with its source resolved, as returned by {@link observation}. */
export type ResolvedObservation<S extends string = string> = Omit<Observation<S>, "source"> & {
  /** The dataset id. */
  readonly dataset: string;
  /** The source, resolved from its id. */
  readonly source: Source;
  /** The day this figure counts as known from (its source's `knownFrom`; see `docs/vintages.md`). */
  readonly knownFrom: string;
  /** @deprecated Renamed to `knownFrom` (a "vintage" is a version of a figure, not a date); removed in 0.3. */
  readonly vintage: string;
};

/** A point of a time series, as returned by {@link timeseries}. */
export interface TimeseriesPoint {
  readonly year: number;
  readonly value: number;
  readonly status: Status;
  readonly precision: number;
  /** The published hedge (`about`, `atLeast`, `atMost`), or `null`. */
  readonly qualifier: Qualifier | null;
  /** The source id of the figure. */
  readonly source: string;
}

/**
 * A measure with its lineage: the number, and what it rests on. Returned by `total`, `mean`,
 * `share` and `perCapita` when called with `lineage: true`; `change` and `rank` always carry these fields.
 */
export interface Measured {
  /** The plain number the same call without `lineage` returns. */
  readonly value: number;
  /** The weakest status of the inputs (estimated < provisional < break < final). */
  readonly status: Status;
  /** The coarsest rounding unit of the inputs, in their unit (1 when all were exact). */
  readonly precision: number;
  /**
   * The hedge of the inputs: `null` when none had one; the common one when a sum or mean adds up
   * inputs that all lean the same way (`atLeast`, `atMost`) or are `about`; otherwise `"about"`.
   */
  readonly qualifier: Qualifier | null;
  /** The source ids of the inputs, in input order, without repeats. */
  readonly sources: readonly string[];
}

/** The result of {@link change}. */
export interface ChangeResult {
  /** The value in the base year. */
  readonly from: number;
  /** The value in the target year. */
  readonly to: number;
  /** `to − from`. */
  readonly absolute: number;
  /** `(to − from) / from`, a fraction: −0.174 is a fall of 17.4%. */
  readonly relative: number;
  /** The weakest status of the two inputs (final < break < provisional < estimated). */
  readonly status: Status;
  /** The coarser rounding unit of the two inputs (the larger `precision`). */
  readonly precision: number;
  /** Whether a declared series break lies between the two years. */
  readonly crossesBreak: boolean;
  /** The source ids of the two inputs, base year first. */
  readonly sources: readonly string[];
  /** The hedge of the inputs (`null` when neither had one, else `"about"`, or the common hedge). */
  readonly qualifier: Qualifier | null;
}
