import { assertDataset } from "./_lib/checks.ts";
import { readOptionalOptions } from "./_lib/options.ts";
import { editionOption } from "./_lib/cells.ts";
import { best } from "./_lib/bestFigure.ts";
import { descriptionOf } from "./_lib/description.ts";
import { originPublisher } from "./_lib/sourceFacts.ts";
import { ALL_DATASETS } from "./datasets/_all.ts";
import type { AnyDataset, EditionId, Observation, Qualifier, Status } from "./types.ts";

/**
 * Options of {@link compareEdition}.
 *
 * @category Report
 */
export interface CompareEditionOptions {
  /** The datasets to compare (default: every bundled dataset). */
  datasets?: readonly AnyDataset[];
}

/**
 * What became of a printed figure.
 *
 * - `unchanged`: today's best figure equals the printed one (within the rounding of both);
 * - `finalised`: the edition printed a provisional or estimated figure and a final one came later;
 * - `otherSource`: both final, but today's figure comes from another publisher than the one the edition
 *   cited (a different count or definition, such as the IND's own inflow against a press figure);
 * - `corrected`: both final, from the same publisher, and the figure changed.
 *
 * @category Report
 */
export type RevisionKind = "unchanged" | "finalised" | "otherSource" | "corrected";

/**
 * A figure: value, status, rounding, hedge, source id and publisher.
 *
 * @category Report
 */
export interface ComparedFigure {
  readonly value: number;
  readonly status: Status;
  readonly precision: number;
  readonly qualifier: Qualifier | null;
  readonly source: string;
  readonly publisher: string;
}

/**
 * One figure an edition printed, beside today's best figure of the same cell.
 *
 * @category Report
 */
export interface EditionComparison {
  readonly dataset: string;
  readonly series: string;
  readonly year: number;
  /** Stocks: the reference date; flows: `null`. */
  readonly date: string | null;
  readonly printed: ComparedFigure;
  readonly today: ComparedFigure;
  /** `today.value − printed.value`. */
  readonly difference: number;
  readonly kind: RevisionKind;
}

function figure(dataset: AnyDataset, o: Observation): ComparedFigure {
  const s = descriptionOf("compareEdition", dataset).sources[o.source]!;
  return { value: o.value, status: o.status, precision: o.precision, qualifier: o.qualifier ?? null, source: o.source, publisher: s.publisher };
}

/**
 * Every figure an edition printed (the observations that cite the edition's own publication or copies
 * quoting it) with today's best figure of the same cell and the kind of revision, so that "what did
 * the 2024 report say, and what do we know now" is one call.
 *
 * @param edition - an edition id such as `"svm2024"`
 * @param options - `datasets` (default: all bundled datasets)
 * @returns the printed figures, by dataset (in the given order), series and year
 * @throws {TypeError} when an argument has the wrong type or an option is unknown
 * @throws {RangeError} when the edition is unknown
 *
 * @example
 * ```ts
 * import { compareEdition } from "staat-van-migratie";
 *
 * const asylum = compareEdition("svm2024").find((c) => c.dataset === "asylumApplications" && c.series === "total");
 * asylum?.printed.value; //=> 50720
 * asylum?.today.value; //=> 49892
 * asylum?.kind; //=> "otherSource"
 * ```
 *
 * @category Report
 */
export function compareEdition(edition: EditionId, options?: CompareEditionOptions): EditionComparison[] {
  const q = readOptionalOptions("compareEdition", options, ["datasets"], "{ datasets: [immigration] }");
  if (edition === undefined) throw new TypeError('compareEdition: pass an edition id such as "svm2024"');
  const id = editionOption("compareEdition", edition, undefined)!;
  let list: readonly AnyDataset[];
  if (q.datasets === undefined) list = ALL_DATASETS;
  else {
    if (!Array.isArray(q.datasets)) throw new TypeError(`compareEdition: datasets must be a list of datasets, got ${q.datasets === null ? "null" : typeof q.datasets}`);
    list = q.datasets;
    list.forEach((d, i) => assertDataset("compareEdition", d, `datasets[${i}]`));
  }
  const out: EditionComparison[] = [];
  for (const d of list) {
    const cells = new Map<string, Observation[]>();
    for (const o of d.observations) {
      const key = `${o.series}|${o.year}|${o.date ?? ""}`;
      const c = cells.get(key);
      if (c === undefined) cells.set(key, [o]);
      else c.push(o);
    }
    for (const obs of cells.values()) {
      const printed = best(d, obs, undefined, id);
      if (printed === undefined) continue;
      const today = best(d, obs, undefined)!;
      const p = figure(d, printed);
      const t = figure(d, today);
      const within = Math.abs(t.value - p.value) <= (p.precision + t.precision) / 2;
      const provisional = p.status === "provisional" || p.status === "estimated";
      const todayFinal = t.status === "final" || t.status === "break";
      const sameOrigin = originPublisher(p.publisher) === originPublisher(t.publisher) || (!d.sources[printed.source]!.firstHand && originPublisher(p.publisher) === t.publisher);
      const kind: RevisionKind = provisional && todayFinal ? "finalised" : within ? "unchanged" : sameOrigin ? "corrected" : "otherSource";
      out.push({ dataset: d.id, series: printed.series, year: printed.year, date: printed.date ?? null, printed: p, today: t, difference: t.value - p.value, kind });
    }
  }
  return out;
}

