/**
 * Plain reference implementations of the package's documented rules, written from the documents
 * (docs/vintages.md, the TSDoc of the measures, src/types.ts), never from or with the code's own
 * helpers. The property tests compare the public functions against these.
 */
import { defineDataset } from "../../src/schema/index.ts";
import type { AnyDataset, Break, Observation, Source, Status } from "../../src/types.ts";

/** docs/vintages.md, the vintage rule, step 1: final (and break) before provisional before estimated. */
export const CHOICE_ORDER: Readonly<Record<Status, number>> = { final: 0, break: 0, provisional: 1, estimated: 2 };

/** src/types.ts (ChangeResult.status): "the weakest status of the two inputs (final < break < provisional < estimated)". */
export const WEAKNESS_ORDER: readonly Status[] = ["final", "break", "provisional", "estimated"];

/** The weaker of two statuses, by {@link WEAKNESS_ORDER}. */
export function refWeaker(a: Status, b: Status): Status {
  return WEAKNESS_ORDER.indexOf(a) >= WEAKNESS_ORDER.indexOf(b) ? a : b;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * docs/data-format.md, "Vintage date": `published` when it is a full date; the last day of the
 * month or year when only `YYYY-MM` or `YYYY` is known; `accessed` when `published` is empty.
 */
export function refVintage(s: Source): string {
  const p = s.published;
  if (p === undefined || p === "") return s.accessed;
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  if (/^\d{4}-\d{2}$/.test(p)) {
    const y = Number(p.slice(0, 4));
    const m = Number(p.slice(5, 7));
    const last = m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!;
    return `${p}-${String(last).padStart(2, "0")}`;
  }
  return `${p}-12-31`;
}

/**
 * docs/vintages.md: among the observations whose source is known on or before `asOf` (all without
 * it): best status, then finer precision (smaller rounding unit), then the newest vintage; exact
 * ties keep file order (the first in `list`).
 */
export function refBest(
  sources: Readonly<Record<string, Source>>,
  list: readonly Observation[],
  asOf: string | undefined,
): Observation | undefined {
  const known = list
    .map((o, i) => ({ o, i, vintage: refVintage(sources[o.source]!) }))
    .filter((x) => asOf === undefined || x.vintage <= asOf);
  known.sort(
    (x, y) =>
      CHOICE_ORDER[x.o.status] - CHOICE_ORDER[y.o.status] ||
      x.o.precision - y.o.precision ||
      (x.vintage === y.vintage ? 0 : x.vintage > y.vintage ? -1 : 1) ||
      x.i - y.i,
  );
  return known[0]?.o;
}

/** Standard competition ranking ("1224"): one plus the number of entries strictly ahead. */
export function refCompetitionRanks(keys: readonly number[], order: "desc" | "asc"): number[] {
  return keys.map((k) => 1 + keys.filter((other) => (order === "desc" ? other > k : other < k)).length);
}

/** docs/vintages.md "Derived results" and the Break type: a break in year b lies between two years when lo < b ≤ hi. */
export function refCrossesBreak(breaks: readonly Break[], series: string, from: number, to: number): boolean {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return breaks.some((b) => b.series === series && lo < b.year && b.year <= hi);
}

/** A source with a given publication date (or none), read on 2026-11-27. */
export function src(id: string, published?: string, accessed = "2026-11-27"): Source {
  return {
    id,
    publisher: "Test Office",
    title: `Table ${id}`,
    url: `https://example.org/${id}`,
    ...(published === undefined ? {} : { published }),
    accessed,
    kind: "statisticalTable",
    language: "en",
  };
}

export interface MakeOptions {
  readonly id?: string;
  readonly measure?: "flow" | "stock";
  readonly series?: readonly string[];
  readonly breaks?: readonly Break[];
  readonly signed?: boolean;
  readonly seriesKeys?: "named" | "iso3166";
  readonly from?: number;
  readonly to?: number;
  /** Default: true for a stock (so that it can divide a per-capita measure), false for a flow. */
  readonly inhabitants?: boolean;
  /** Default "NL"; "seriesKey" for a per-country dataset. */
  readonly territory?: string;
}

/**
 * A small, plain, valid dataset (the shape of src/types.ts) over 2010–2019 by default, with the
 * given observations and sources. Stocks read `01-01`; give their observations a `date`.
 */
export function makeDataset(observations: readonly Observation[], sources: readonly Source[], options: MakeOptions = {}): AnyDataset {
  const series = options.series ?? [...new Set(observations.map((o) => o.series))];
  const measure = options.measure ?? "flow";
  const label = (en: string) => ({ label: { en, nl: en }, definition: { en, nl: en } });
  // Sealed through the public defineDataset, like a user's own dataset: the query functions take no other.
  return defineDataset({
    id: options.id ?? "handMade",
    topic: measure === "stock" ? "population" : "flows",
    title: { en: "Hand-made", nl: "Handgemaakt" },
    description: { en: "Made up for a test.", nl: "Verzonnen voor een test." },
    unit: "persons",
    measure,
    reference: { en: "Calendar year.", nl: "Kalenderjaar." },
    referenceDate: measure === "stock" ? "01-01" : null,
    publisherOfRecord: "Test Office",
    years: { from: options.from ?? 2010, to: options.to ?? 2019 },
    series: Object.fromEntries(series.map((s) => [s, label(s)])),
    seriesKeys: options.seriesKeys ?? "named",
    signed: options.signed ?? false,
    territory: options.territory ?? "NL",
    inhabitants: options.inhabitants ?? measure === "stock",
    comparison: null,
    sums: [],
    breaks: [...(options.breaks ?? [])],
    gaps: [],
    notes: [],
    sources: Object.fromEntries(sources.map((s) => [s.id, s])),
    observations: [...observations],
  } as never) as AnyDataset;
}

/** An observation with defaults: final, exact. */
export function obs(series: string, year: number, value: number, source: string, extra: Partial<Observation> = {}): Observation {
  return { series, year, value, status: "final", precision: 1, source, ...extra };
}

/** Whether two numbers agree to 12 significant digits (different but equivalent float expressions). */
export function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
}
