import { parseAsOf } from "./_lib/asOf.ts";
import { assertBoolean, assertCount, assertDataset, assertOneOf, assertPositive, assertYear, listKeys, resolveSeries } from "./_lib/checks.ts";
import { lineageOf } from "./_lib/lineage.ts";
import { optionSet, readOptions } from "./_lib/options.ts";
import { denominatorSeries, populationFor } from "./_lib/population.ts";
import { candidates, editionOption } from "./_lib/cells.ts";
import { COMPARISON_SETS } from "./_lib/territories.ts";
import { best } from "./_lib/bestFigure.ts";
import type { AnyDataset, AsOf, Dataset, EditionId, Qualifier, SeriesOf, Status } from "./types.ts";

/** The options of {@link rank}. */
const RANK_OPTIONS = /* @__PURE__ */ optionSet(() => ({
  year: undefined,
  by: undefined,
  population: undefined,
  per: undefined,
  order: undefined,
  series: undefined,
  partial: undefined,
  asOf: undefined,
  edition: undefined,
}));

/**
 * Options of {@link rank}.
 *
 * @category Calculations
 */
export interface RankQuery<D extends AnyDataset> {
  year: number;
  /** Rank by the value itself (default) or per inhabitant. */
  by?: "value" | "perCapita";
  /** With `by: "perCapita"`: the population per series (for countries, `euPopulation`). */
  population?: Dataset<string, "stock">;
  /** With `by: "perCapita"`: per how many inhabitants (default 1000). */
  per?: number;
  /** `"desc"` (default: largest first) or `"asc"`. */
  order?: "desc" | "asc";
  /**
   * The series to compare. Default: the dataset's declared comparison set (`dataset.comparison`, e.g.
   * the 27 EU member states); a dataset that declares none needs this list.
   */
  series?: readonly SeriesOf<D>[];
  /**
   * `true`: rank the members that have figures and list the others in the result's `missing`. Default
   * `false`: a member without a figure (or without a population) is a `RangeError` that lists them.
   */
  partial?: boolean;
  /** Only figures published on or before this date count. */
  asOf?: AsOf;
  /** Instead of `asOf`: the figures as this report edition printed them (`"svm2024"`). */
  edition?: EditionId;
}

/**
 * One entry of a {@link rank} result.
 *
 * @category Calculations
 */
export interface RankEntry<S extends string = string> {
  /** 1 for the first; equal values share a rank, and the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  readonly series: S;
  /** The value in the dataset's unit. */
  readonly value: number;
  /** The value per `per` inhabitants, when ranked by it. */
  readonly perCapita?: number;
  /** The weakest status of the figures behind the entry (value, and population when per capita). */
  readonly status: Status;
  /** The coarsest rounding unit of those figures. */
  readonly precision: number;
  /** Their hedge: `null` when none had one. */
  readonly qualifier: Qualifier | null;
  /** Their source ids. */
  readonly sources: readonly string[];
}

/**
 * The result of {@link rank}: the entries, first place first, and what the comparison covered.
 *
 * @category Calculations
 */
export type RankResult<S extends string = string> = RankEntry<S>[] & {
  /** The members compared: the declared comparison set, or the `series` given. */
  readonly members: readonly S[];
  /** Members without a figure (or population) for the year: empty unless `partial: true`. */
  readonly missing: readonly S[];
  /** Whether every member has an entry. */
  readonly complete: boolean;
};

/**
 * The series of a dataset in one year, ordered by value or by value per inhabitant, so that "the
 * Netherlands ranks n-th per capita" is one call.
 *
 * A ranking is complete or explicit: the members compared are the dataset's declared comparison set
 * (`dataset.comparison`: the 27 EU member states for the per-country European datasets) or the
 * `series` you pass. When a member has no figure for the year (or, per capita, no population), the
 * call is refused with a `RangeError` that lists them — unless you pass `partial: true`, and then the
 * result's `missing` lists them and `complete` is `false`. Equal values share a rank (1, 2, 2, 4).
 *
 * @param dataset - a dataset with comparable series, such as `euFirstTimeAsylumApplicants`
 * @param query - `year`, `by`, `population`, `per`, `order`, `series`, `partial` and `asOf`
 * @returns the entries, first place first, with `members`, `missing` and `complete`
 * @throws {TypeError} when an option is unknown, an argument has the wrong type, a percentage is ranked per
 *   inhabitant, or per-capita ranking lacks a population that counts inhabitants
 * @throws {RangeError} when the year or a series is unknown, a series is listed twice, the dataset
 *   declares no comparison set and no `series` is given, or a member has no figure (without `partial`)
 *
 * @example
 * ```ts
 * import { asylumApplicationsByNationality, rank } from "staat-van-migratie";
 *
 * const r = rank(asylumApplicationsByNationality, { year: 2023, series: ["SY", "TR", "ER"] });
 * r.map((e) => e.series); //=> ["SY", "TR", "ER"]
 * r.complete; //=> true
 * ```
 *
 * @category Calculations
 */
export function rank<D extends AnyDataset>(dataset: D, query: RankQuery<D>): RankResult<SeriesOf<D>> {
  assertDataset("rank", dataset);
  const q = readOptions("rank", query, RANK_OPTIONS, '{ year: 2024, by: "perCapita", population: euPopulation }');
  const year = assertYear("rank", dataset, q.year);
  const by = q.by === undefined ? "value" : assertOneOf("rank", q.by, ["value", "perCapita"], "by");
  const order = q.order === undefined ? "desc" : assertOneOf("rank", q.order, ["desc", "asc"], "order");
  const partial = q.partial === undefined ? false : assertBoolean("rank", q.partial, "partial");
  let members: string[];
  if (q.series === undefined) {
    if (dataset.comparison === null) {
      throw new RangeError(`rank: ${dataset.id} declares no comparison set, so pass the series to compare as \`series\`; valid series: ${listKeys(Object.keys(dataset.series))}`);
    }
    members = COMPARISON_SETS[dataset.comparison].slice();
  } else {
    if (!Array.isArray(q.series)) throw new TypeError(`rank: series must be a list of series keys, got ${q.series === null ? "null" : typeof q.series}`);
    if (q.series.length === 0) throw new RangeError(`rank: series is an empty list; valid series of ${dataset.id}: ${listKeys(Object.keys(dataset.series))}`);
    members = [];
    const seen = new Set<string>(); // O(1) membership: a list of k series costs O(k)
    for (const s of q.series as unknown[]) {
      const key = resolveSeries("rank", dataset, s);
      if (seen.has(key)) throw new RangeError(`rank: series lists "${key}" twice; each member is compared once`);
      seen.add(key);
      members.push(key);
    }
  }
  for (const m of members) {
    if (!Object.hasOwn(dataset.series, m)) throw new RangeError(`rank: ${dataset.id} has no series "${m}" of its comparison set`);
  }
  // Percentages rank by value (the highest grant rate first), never per inhabitant.
  if (by === "perCapita") assertCount("rank", dataset, "it cannot be ranked per inhabitant");
  const edition = editionOption("rank", q.edition, q.asOf);
  const asOf = q.asOf === undefined ? undefined : parseAsOf("rank", q.asOf);
  const per = by === "perCapita" ? (q.per === undefined ? 1000 : assertPositive("rank", q.per, "per")) : 1;
  if (by === "value" && q.per !== undefined) throw new TypeError('rank: per applies only with by: "perCapita"');
  if (by === "value" && q.population !== undefined) throw new TypeError('rank: population applies only with by: "perCapita"');
  const pop = by === "perCapita" ? populationFor("rank", q.population) : undefined;
  const entries: Omit<RankEntry<SeriesOf<D>>, "rank">[] = [];
  const missing: string[] = [];
  for (const s of members) {
    const o = best(dataset, candidates(dataset, s, year), asOf, edition);
    if (o === undefined) {
      missing.push(s);
      continue;
    }
    if (pop === undefined) {
      const l = lineageOf(o.value, [o], true);
      entries.push({ series: s as SeriesOf<D>, value: o.value, status: l.status, precision: l.precision, qualifier: l.qualifier, sources: l.sources });
      continue;
    }
    const popSeries = denominatorSeries("rank", dataset, s, pop, undefined);
    const d = best(pop, candidates(pop, popSeries, year), asOf, edition);
    if (d === undefined || d.value === 0) {
      missing.push(s);
      continue;
    }
    const perCapita = (o.value / d.value) * per;
    const l = lineageOf(perCapita, [o, d], false);
    entries.push({ series: s as SeriesOf<D>, value: o.value, perCapita, status: l.status, precision: l.precision, qualifier: l.qualifier, sources: l.sources });
  }
  if (missing.length > 0 && !partial) {
    const what = pop === undefined ? "figure" : `figure or no population in ${pop.id}`;
    throw new RangeError(
      `rank: ${missing.length} of ${members.length} members of the comparison have no ${what} for ${year}${asOf === undefined ? (edition === undefined ? "" : ` printed by ${edition}`) : ` published by ${asOf}`}: ${missing.join(", ")}; a ranking without them would mislead — pass partial: true to rank the others and get them listed in missing`,
    );
  }
  const key = (e: Omit<RankEntry, "rank">): number => (by === "value" ? e.value : e.perCapita!);
  entries.sort((a, b) => (order === "desc" ? key(b) - key(a) : key(a) - key(b)));
  const ranked: RankEntry<SeriesOf<D>>[] = [];
  entries.forEach((e, i) => {
    const prev = ranked[i - 1];
    ranked.push({ rank: prev !== undefined && key(prev) === key(e) ? prev.rank : i + 1, ...e });
  });
  return Object.assign(ranked, {
    members: Object.freeze(members) as readonly SeriesOf<D>[],
    missing: Object.freeze(missing) as readonly SeriesOf<D>[],
    complete: missing.length === 0,
  });
}
