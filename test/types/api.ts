/**
 * Compile-time tests of the typed API, checked by `tsc -p tsconfig.tools.json` (part of
 * `npm run typecheck`, so of `npm test`). Never run: every line either must compile (with an exact
 * type asserted by `Assert<Equal<…>>`) or must not (`@ts-expect-error`, which itself fails to
 * compile if the line below it compiles).
 */
import type * as z from "zod";
import {
  asylumApplicationsByNationality,
  change,
  familyMigrationBySponsor,
  immigration,
  immigrationByMotive,
  mean,
  observation,
  perCapita,
  population,
  rank,
  share,
  timeseries,
  total,
  value,
} from "../../src/index.ts";
import type {
  AnyDataset,
  ChangeResult,
  Dataset,
  ImmigrationByMotiveSeries,
  Measure,
  Observation,
  Measured,
  RankEntry,
  RankResult,
  ResolvedObservation,
  SeriesOf,
  Source,
  Status,
  TimeseriesPoint,
} from "../../src/index.ts";
import { DatasetMetadata, Observation as ObservationSchema, Source as SourceSchema, Status as StatusSchema } from "../../src/schema/index.ts";
import type { DatasetMetadata as DatasetMetadataType } from "../../src/schema/index.ts";

/** Exact type equality (not mere assignability): `any`, wider or narrower types all fail. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

// --- series keys are literal unions -------------------------------------------------------------
type _MotiveKeys = Assert<
  Equal<SeriesOf<typeof immigrationByMotive>, "work" | "family" | "study" | "asylum" | "other" | "temporaryProtection" | "total">
>;
type _MotiveKeysNamed = Assert<Equal<SeriesOf<typeof immigrationByMotive>, ImmigrationByMotiveSeries>>;
type _ImmigrationKeys = Assert<Equal<SeriesOf<typeof immigration>, "total">>;
type _Measures = Assert<Equal<[(typeof immigration)["measure"], (typeof population)["measure"]], ["flow", "stock"]>>;
type _DatasetType = Assert<Equal<typeof immigration, Dataset<"total", "flow">>>;
type _ObservationSeries = Assert<Equal<(typeof immigrationByMotive)["observations"][number]["series"], ImmigrationByMotiveSeries>>;
type _NotAny = Assert<Equal<SeriesOf<AnyDataset>, string>>;

// --- a wrong series key does not compile ---------------------------------------------------------
// @ts-expect-error "asylm" is not a series of immigrationByMotive
value(immigrationByMotive, { year: 2023, series: "asylm" });
// @ts-expect-error "labour" is not a series of immigrationByMotive (it is "work")
change(immigrationByMotive, { from: 2022, to: 2023, series: "labour" });
// @ts-expect-error immigration has only "total"
timeseries(immigration, { series: "asylum" });
// @ts-expect-error the part must be a series of the dataset
share(immigrationByMotive, { year: 2023, series: "total2" });
// @ts-expect-error a series of another dataset is not a key of this one
observation(immigration, { year: 2023, series: "work" });
// @ts-expect-error a country code that the dataset does not have
value(asylumApplicationsByNationality, { year: 2023, series: "NL" });
// @ts-expect-error perCapita: wrong key
perCapita(immigrationByMotive, { year: 2023, series: "students" });

// --- a dataset without a "total" series needs `series` ---------------------------------------------
// @ts-expect-error familyMigrationBySponsor has no "total": the series is required
value(familyMigrationBySponsor, { year: 2023 });
value(familyMigrationBySponsor, { year: 2023, series: "allStudent" });
value(immigrationByMotive, { year: 2023 }); // has "total": series optional

// --- stocks cannot be added up over years ---------------------------------------------------------
// @ts-expect-error population is a stock: a total over years is meaningless
total(population, { from: 2020, to: 2023 });
total(immigration, { from: 2020, to: 2023 });
// @ts-expect-error year must be a number
value(immigration, { year: "2023" });
// @ts-expect-error unknown query option
value(immigration, { year: 2023, seris: "total" });

// --- result types are precise -----------------------------------------------------------------------
const v = value(immigrationByMotive, { year: 2023, series: "asylum" });
const c = change(immigration, { from: 2022, to: 2023 });
const o = observation(immigrationByMotive, { year: 2023, series: "work" });
const t = timeseries(immigration);
const r = rank(immigrationByMotive, { year: 2023, series: ["work", "family", "study"] });
type _Value = Assert<Equal<typeof v, number>>;
type _Change = Assert<Equal<typeof c, ChangeResult>>;
type _Relative = Assert<Equal<typeof c.relative, number>>;
type _Absolute = Assert<Equal<typeof c.absolute, number>>;
type _ChangeStatus = Assert<Equal<typeof c.status, Status>>;
type _CrossesBreak = Assert<Equal<typeof c.crossesBreak, boolean>>;
type _Observation = Assert<Equal<typeof o, ResolvedObservation<ImmigrationByMotiveSeries>>>;
type _ObservationKey = Assert<Equal<typeof o.series, ImmigrationByMotiveSeries>>;
type _ObservationSource = Assert<Equal<typeof o.source, Source>>;
type _Timeseries = Assert<Equal<typeof t, TimeseriesPoint[]>>;
type _Rank = Assert<Equal<typeof r, RankResult<ImmigrationByMotiveSeries>>>;
type _RankEntry = Assert<Equal<(typeof r)[number], RankEntry<ImmigrationByMotiveSeries>>>;
const mPlain = mean(immigration, { from: 2022, to: 2023 });
const mLineage = mean(immigration, { from: 2022, to: 2023, lineage: true });
const sPlain = share(immigrationByMotive, { year: 2023, series: "asylum" });
const sLineage = share(immigrationByMotive, { year: 2023, series: "asylum", lineage: true });
const pPlain = perCapita(immigration, { year: 2023 });
const pLineage = perCapita(immigration, { year: 2023, lineage: true });
const tPlain = total(immigration, { from: 2022, to: 2023 });
const tLineage = total(immigration, { from: 2022, to: 2023, lineage: true });
type _Mean = Assert<Equal<typeof mPlain, number>>;
type _MeanLineage = Assert<Equal<typeof mLineage, Measured>>;
type _Share = Assert<Equal<typeof sPlain, number>>;
type _ShareLineage = Assert<Equal<typeof sLineage, Measured>>;
type _PerCapita = Assert<Equal<typeof pPlain, number>>;
type _PerCapitaLineage = Assert<Equal<typeof pLineage, Measured>>;
type _Total = Assert<Equal<typeof tPlain, number>>;
type _TotalLineage = Assert<Equal<typeof tLineage, Measured>>;
type _Status = Assert<Equal<Status, "final" | "provisional" | "estimated" | "break">>;
type _Measure = Assert<Equal<Measure, "flow" | "stock">>;

// --- the schemas parse to the hand-written interfaces ---------------------------------------------
type _SourceSchema = Assert<Equal<z.infer<typeof SourceSchema>, Source>>;
type _ObservationSchema = Assert<Equal<z.infer<typeof ObservationSchema>, Observation>>;
type _MetadataSchema = Assert<Equal<z.infer<typeof DatasetMetadata>, DatasetMetadataType>>;
type _StatusSchema = Assert<Equal<z.infer<typeof StatusSchema>, Status>>;
const parsed = ObservationSchema.safeParse({});
if (parsed.success) {
  type _Parsed = Assert<Equal<typeof parsed.data, Observation>>;
  // @ts-expect-error a parsed observation is read-only
  parsed.data.value = 1;
}
// @ts-expect-error the enum schema keeps its literal options
const _wrongOption: (typeof StatusSchema.options)[number] = "definitive";
