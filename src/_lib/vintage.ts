import type { AnyDataset, Observation, Source, Status } from "../types.ts";

/** The last day (28–31) of a month, leap years included. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date from which a source's figures count as known: `published` when it is a full date, the
 * last day of the month or year when only `YYYY-MM` or `YYYY` is known, else `accessed`.
 */
export function vintageDate(source: Source): string {
  const p = source.published;
  if (p === undefined) return source.accessed;
  if (p.length === 10) return p;
  if (p.length === 7) {
    const day = lastDayOfMonth(Number(p.slice(0, 4)), Number(p.slice(5, 7)));
    return `${p}-${String(day).padStart(2, "0")}`;
  }
  return `${p}-12-31`;
}

/** Each source's vintage date, computed on first use (sources are shared by many observations). */
const vintages = new WeakMap<Source, string>();

function cachedVintage(source: Source): string {
  let v = vintages.get(source);
  if (v === undefined) vintages.set(source, (v = vintageDate(source)));
  return v;
}

/** Which status wins when choosing a cell's figure: lower is better (a break value is final). */
const CHOICE_RANK: Readonly<Record<Status, number>> = { final: 0, break: 0, provisional: 1, estimated: 2 };

/** How weak a status is for derived results: estimated > provisional > break > final. */
const WEAKNESS: Readonly<Record<Status, number>> = { final: 0, break: 1, provisional: 2, estimated: 3 };

/** Rank for choosing the best figure of a cell: lower is better. */
export function statusRank(status: Status): number {
  return CHOICE_RANK[status];
}

/** The weaker of two statuses, for derived results: estimated > provisional > break > final. */
export function weakerStatus(a: Status, b: Status): Status {
  return WEAKNESS[a] >= WEAKNESS[b] ? a : b;
}

/**
 * The best observation among `list` published on or before `asOf` (all when `asOf` is undefined):
 * final before provisional before estimated, then finer precision, then the newest vintage; ties
 * keep file order.
 */
export function best(dataset: AnyDataset, list: readonly Observation[], asOf: string | undefined): Observation | undefined {
  let chosen: Observation | undefined;
  let chosenVintage = "";
  for (const o of list) {
    const source = dataset.sources[o.source];
    const vintage = source === undefined ? "" : cachedVintage(source);
    if (asOf !== undefined && vintage > asOf) continue;
    if (chosen === undefined) {
      chosen = o;
      chosenVintage = vintage;
      continue;
    }
    const byStatus = statusRank(o.status) - statusRank(chosen.status);
    const byPrecision = o.precision - chosen.precision;
    if (byStatus < 0 || (byStatus === 0 && (byPrecision < 0 || (byPrecision === 0 && vintage > chosenVintage)))) {
      chosen = o;
      chosenVintage = vintage;
    }
  }
  return chosen;
}

