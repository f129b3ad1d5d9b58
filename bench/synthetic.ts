/**
 * Synthetic datasets of a chosen size, for the scaling benchmarks (bench/) and the complexity
 * guard (test/complexity.test.ts). Made-up values with the shape of real ones: series × years ×
 * vintages, each cell published twice (a provisional figure, then a final one from a later
 * source), so lookups exercise the vintage rule.
 */
import { DESCRIBED, deepFreeze, sealDataset } from "../src/_lib/dataset.ts";
import { factsOf } from "../src/_lib/sourceFacts.ts";
import type { SourceFacts, AnyDataset, Observation, Source } from "../src/types.ts";

export interface SyntheticOptions {
  /** Number of series: `total` plus `s1`, `s2`, … (default 1). */
  series?: number;
  /** Number of years, from 2000 (default 25). */
  years?: number;
  /** Figures per cell: 1 (final only) or 2 (provisional, then final; default). */
  vintages?: 1 | 2;
  /** `flow` (default) or `stock` (one figure per year on 1 January, a population). */
  measure?: "flow" | "stock";
  /** Dataset id (default `synthetic`). */
  id?: string;
}

export const FIRST_YEAR = 2000;

const RECORDS: Record<string, Source> = {
  "synthetic-provisional": {
    id: "synthetic-provisional",
    publisher: "Bench",
    title: "Provisional figures",
    url: "https://example.org/provisional",
    published: "2020-01",
    accessed: "2026-11-27",
    kind: "statisticalTable",
    language: "en",
  },
  "synthetic-final": {
    id: "synthetic-final",
    publisher: "Bench",
    title: "Final figures",
    url: "https://example.org/final",
    published: "2021-06-30",
    accessed: "2026-11-27",
    kind: "statisticalTable",
    language: "en",
  },
};

/** What the vintage rule reads of each source (as the data build derives it). */
const SOURCES: Record<string, SourceFacts> = Object.fromEntries(Object.entries(RECORDS).map(([id, r]) => [id, factsOf(r)]));

/** The key of series `i` (0 is `total`). */
export function seriesKey(i: number): string {
  return i === 0 ? "total" : `s${i}`;
}

/**
 * The final value of a cell (deterministic, never 0). `total` (series 0) is larger than any other
 * series, so that a share of it is a fraction, as `share` requires.
 */
export function finalValue(seriesIndex: number, yearIndex: number, measure: "flow" | "stock" = "flow"): number {
  const base = ((seriesIndex * 7919 + yearIndex * 104729) % 9973) + 100 + (seriesIndex === 0 ? 10_000 : 0);
  return measure === "stock" ? base * 1000 : base;
}

/** A dataset with `series × years × vintages` observations (file order: vintage, series, year). */
export function synthetic(options: SyntheticOptions = {}): AnyDataset {
  const nSeries = options.series ?? 1;
  const nYears = options.years ?? 25;
  const vintages = options.vintages ?? 2;
  const measure = options.measure ?? "flow";
  const series: Record<string, AnyDataset["series"][string]> = {};
  for (let s = 0; s < nSeries; s++) {
    const label = { en: seriesKey(s), nl: seriesKey(s) };
    series[seriesKey(s)] = { label };
  }
  const observations: Observation[] = [];
  for (let v = 2 - vintages; v < 2; v++) {
    for (let s = 0; s < nSeries; s++) {
      for (let y = 0; y < nYears; y++) {
        const year = FIRST_YEAR + y;
        const final = finalValue(s, y, measure);
        observations.push({
          series: seriesKey(s),
          year,
          ...(measure === "stock" ? { date: `${year}-01-01` } : {}),
          value: v === 0 ? final - 3 : final,
          status: v === 0 ? "provisional" : "final",
          precision: 1,
          source: v === 0 ? "synthetic-provisional" : "synthetic-final",
        });
      }
    }
  }
  const text = { en: "Synthetic", nl: "Synthetisch" };
  return {
    id: options.id ?? "synthetic",
    topic: "flows",
    title: text,
    unit: "persons",
    measure,
    referenceDate: measure === "stock" ? "01-01" : null,
    publisherOfRecord: "Bench",
    years: { from: FIRST_YEAR, to: FIRST_YEAR + nYears - 1 },
    series,
    seriesKeys: "named",
    signed: false,
    territory: "NL",
    inhabitants: measure === "stock",
    comparison: null,
    sums: [],
    breaks: [],
    gaps: [],
    sources: SOURCES,
    observations,
  } as AnyDataset;
}

/** A dataset of about `n` observations: 25 years × 2 vintages × n/50 series (the number of series grows). */
export function syntheticOfSize(n: number, measure: "flow" | "stock" = "flow"): AnyDataset {
  return synthetic({ series: Math.max(1, Math.round(n / 50)), years: 25, vintages: 2, measure, id: measure === "stock" ? "syntheticPopulation" : "synthetic" });
}

/** The tidy rows a user would download: the chosen (final) figure of every cell, as CSV text. */
export function syntheticCsv(dataset: AnyDataset): string {
  const lines = ["series,year,value"];
  for (const o of dataset.observations) if (o.status === "final") lines.push(`${o.series},${o.year},${o.value}`);
  return lines.join("\n");
}

/**
 * Seals a synthetic dataset (it is valid by construction, so it skips `defineDataset`'s checks, which
 * would dominate a benchmark of 10⁶ observations) and registers its description (the full source
 * records), as `defineDataset` does, so that `observation` and the export functions work on it.
 */
export function sealSynthetic<D extends AnyDataset>(dataset: D): D {
  const sealed = sealDataset(dataset);
  const text = { en: "Synthetic", nl: "Synthetisch" };
  const series: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(sealed.series)) series[k] = { label: s.label, definition: s.label };
  DESCRIBED.set(sealed, deepFreeze({ ...sealed, description: text, reference: text, series, notes: [], sources: RECORDS }) as never);
  return sealed;
}
