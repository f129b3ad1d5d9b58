/**
 * The types of datasets, observations and query results.
 *
 * Shapes come from the zod schemas in `./schema` (`import type` only: no zod at run time); this file
 * adds the generic parameters that make series keys literal types.
 *
 * @module
 */
import type {
  Break,
  DatasetMetadata,
  Gap,
  Measure,
  Observation as ObservationRow,
  SeriesMeta,
  Source,
  Status,
  SumRule,
} from "./schema/index.ts";

export type {
  Break,
  DatasetMetadata,
  Edition,
  EditionId,
  Gap,
  Language,
  Measure,
  Qualifier,
  SeriesMeta,
  Source,
  SourceKind,
  Status,
  SumRule,
  Text,
  Topic,
  Unit,
} from "./schema/index.ts";

/** One figure for one cell (series, year[, date]) from one source, with a literal series key. */
export type Observation<S extends string = string> = Readonly<Omit<ObservationRow, "series">> & {
  readonly series: S;
};

/**
 * A dataset: its metadata (bilingual titles and definitions, unit, flow or stock, series, checks,
 * gaps), the sources its figures come from, and every observation, vintages included.
 *
 * @typeParam S - the dataset's series keys, a union of string literals
 * @typeParam M - `"flow"` or `"stock"`
 */
export interface Dataset<S extends string = string, M extends Measure = Measure>
  extends Readonly<Omit<DatasetMetadata, "series" | "measure" | "sums" | "breaks" | "gaps">> {
  readonly measure: M;
  readonly series: Readonly<Record<S, SeriesMeta>>;
  readonly sums: readonly (Readonly<SumRule> & { readonly total: S; readonly parts: readonly S[] })[];
  readonly breaks: readonly (Readonly<Break> & { readonly series: S })[];
  readonly gaps: readonly (Readonly<Gap> & { readonly series: S })[];
  /** The sources the observations cite, by id. */
  readonly sources: Readonly<Record<string, Source>>;
  /** Every observation, all vintages, in file order. */
  readonly observations: readonly Observation<S>[];
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
  /** The date this figure counts as known from (see the vintage rule in `docs/vintages.md`). */
  readonly vintage: string;
};

/** A point of a time series, as returned by {@link timeseries}. */
export interface TimeseriesPoint {
  readonly year: number;
  readonly value: number;
  readonly status: Status;
  readonly precision: number;
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
  /** The coarser precision of the two inputs. */
  readonly precision: number;
  /** Whether a declared series break lies between the two years. */
  readonly crossesBreak: boolean;
  /** The source ids of the two inputs, base year first. */
  readonly sources: readonly string[];
}
