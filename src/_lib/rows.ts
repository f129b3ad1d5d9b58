/** Tidy rows of a dataset: shared by toRows, toCSV and toJSON (and the CLI). */
import { parseAsOf } from "./asOf.ts";
import { assertBoolean, assertDataset, assertYear, listKeys, resolveSeries } from "./checks.ts";
import { readOptionalOptions, type Options } from "./options.ts";
import { editionOption } from "./cells.ts";
import { best } from "./bestFigure.ts";
import { descriptionOf } from "./description.ts";
import type { AnyDataset, AsOf, EditionId, Observation, Qualifier, SeriesOf, Status } from "../types.ts";

/**
 * Options of {@link toRows} (and of `toCSV` and `toJSON`).
 * @category Export
 */
export interface RowsQuery<D extends AnyDataset = AnyDataset> {
  /** Only figures published on or before this date count (an ISO date, a `Date` or an edition id). */
  asOf?: AsOf;
  /** Instead of `asOf`: only the figures this report edition printed, as it printed them (`"svm2024"`). */
  edition?: EditionId;
  /** One series or a list of series (default: every series of the dataset, in declared order). */
  series?: SeriesOf<D> | readonly SeriesOf<D>[];
  /** First year (default: the dataset's first year). */
  from?: number;
  /** Last year (default: the dataset's last year). */
  to?: number;
  /** `true`: every observation (all vintages); `false` (default): the best figure of each cell. */
  vintages?: boolean;
}

/**
 * One tidy row: one figure of one cell, with its status, precision and source.
 * @category Export
 */
export interface Row {
  /** The dataset id, e.g. `"immigration"`. */
  readonly dataset: string;
  /** The series key. */
  readonly series: string;
  /** The series label in English. */
  readonly label: string;
  /** The reference year. */
  readonly year: number;
  /** Stocks: the reference date (`YYYY-MM-DD`); flows: `null`. */
  readonly date: string | null;
  /** The figure, in the dataset's unit. */
  readonly value: number;
  readonly status: Status;
  /** The rounding unit as published: 1 exact, 1000 for "336 thousand". */
  readonly precision: number;
  /** The published hedge (`about`, `atLeast`, `atMost`), or `null`. */
  readonly qualifier: Qualifier | null;
  /** The source id (see `dataset.sources`). */
  readonly source: string;
  /** The address where the figure was published. */
  readonly sourceUrl: string;
  /** Who published it. */
  readonly publisher: string;
}

/** The columns of a {@link Row}, in the order `toCSV` writes them. */
export const ROW_COLUMNS: readonly (keyof Row)[] = [
  "dataset",
  "series",
  "label",
  "year",
  "date",
  "value",
  "status",
  "precision",
  "qualifier",
  "source",
  "sourceUrl",
  "publisher",
];

/** Checks the options shared by toRows, toCSV and toJSON; returns the series and year range. */
export function rowsOptions(
  fn: string,
  dataset: AnyDataset,
  query: unknown,
  extra: readonly string[] = [],
): { series: string[]; from: number; to: number; asOf: string | undefined; edition: string | undefined; vintages: boolean; options: Options<string> } {
  assertDataset(fn, dataset);
  const options = readOptionalOptions(fn, query, ["asOf", "edition", "series", "from", "to", "vintages", ...extra], "{ from: 2022, to: 2023 }");
  const q = options as RowsQuery;
  const keys = Object.keys(dataset.series);
  let series: string[];
  if (q.series === undefined) series = keys;
  else if (Array.isArray(q.series)) {
    if (q.series.length === 0) throw new RangeError(`${fn}: series is an empty list; valid series of ${dataset.id}: ${listKeys(keys)}`);
    series = (q.series as unknown[]).map((s) => resolveSeries(fn, dataset, s));
    // Declared order, without duplicates.
    series = keys.filter((k) => series.includes(k));
  } else series = [resolveSeries(fn, dataset, q.series)];
  const from = q.from === undefined ? dataset.years.from : assertYear(fn, dataset, q.from, "from");
  const to = q.to === undefined ? dataset.years.to : assertYear(fn, dataset, q.to, "to");
  if (from > to) throw new RangeError(`${fn}: from (${from}) is after to (${to})`);
  const vintages = q.vintages === undefined ? false : assertBoolean(fn, q.vintages, "vintages");
  const edition = editionOption(fn, q.edition, q.asOf);
  const asOf = q.asOf === undefined ? undefined : parseAsOf(fn, q.asOf);
  return { series, from, to, asOf, edition, vintages, options };
}

/** Builds the rows; `fn` names the public function in error messages. */
export function buildRows(fn: string, dataset: AnyDataset, query: unknown, extra: readonly string[] = []): { rows: Row[]; options: Options<string> } {
  const { series, from, to, asOf, edition, vintages, options } = rowsOptions(fn, dataset, query, extra);
  const wanted = new Set(series);
  // Group the observations by cell: (series, year) for a flow, (series, date) for a stock's dated figures.
  const cells = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    if (!wanted.has(o.series) || o.year < from || o.year > to) continue;
    const key = `${o.series}|${o.year}|${o.date ?? ""}`;
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [o]);
    else list.push(o);
  }
  const chosen: { o: Observation; knownFrom: string; order: number }[] = [];
  let order = 0;
  for (const list of cells.values()) {
    if (vintages) {
      for (const o of list) {
        const source = dataset.sources[o.source]!;
        const knownFrom = source.knownFrom;
        if (edition !== undefined ? source.edition === edition : asOf === undefined || knownFrom <= asOf) chosen.push({ o, knownFrom, order: order++ });
      }
    } else {
      const o = best(dataset, list, asOf, edition);
      if (o !== undefined) chosen.push({ o, knownFrom: "", order: order++ });
    }
  }
  const rank = new Map(series.map((s, i) => [s, i]));
  chosen.sort(
    (a, b) =>
      rank.get(a.o.series)! - rank.get(b.o.series)! ||
      a.o.year - b.o.year ||
      (a.o.date ?? "").localeCompare(b.o.date ?? "") ||
      a.knownFrom.localeCompare(b.knownFrom) ||
      a.order - b.order,
  );
  const records = descriptionOf(fn, dataset).sources;
  const rows = chosen.map(({ o }): Row => {
    const source = records[o.source]!;
    return {
      dataset: dataset.id,
      series: o.series,
      label: dataset.series[o.series]!.label.en,
      year: o.year,
      date: o.date ?? null,
      value: o.value,
      status: o.status,
      precision: o.precision,
      qualifier: o.qualifier ?? null,
      source: o.source,
      sourceUrl: source.url,
      publisher: source.publisher,
    };
  });
  return { rows, options };
}
