/**
 * fast-check arbitraries: synthetic datasets in the package's own shape, with made-up values. They
 * exercise the rules of the measures and the vintage choice; real figures are tested elsewhere
 * against their sources.
 */
import * as fc from "fast-check";
import { defineDataset } from "../../src/schema/index.ts";
import type { AnyDataset, Dataset, Observation, Source, Status } from "../../src/types.ts";

export const FROM = 2010;
export const TO = 2019;
export const statuses: readonly Status[] = ["final", "provisional", "estimated", "break"];

/** A source with a publication date in 2011–2026 (sometimes only a month or a year, sometimes none). */
const sourceArb = (id: string): fc.Arbitrary<Source> =>
  fc
    .record({
      date: fc.date({ min: new Date("2011-01-01T00:00:00Z"), max: new Date("2026-11-27T00:00:00Z"), noInvalidDate: true }),
      form: fc.constantFrom<"day" | "month" | "year" | "none">("day", "day", "month", "year", "none"),
    })
    .map(({ date, form }) => {
      const iso = date.toISOString().slice(0, 10);
      const published = form === "day" ? iso : form === "month" ? iso.slice(0, 7) : form === "year" ? iso.slice(0, 4) : undefined;
      return {
        id,
        publisher: "Test Office",
        title: `Table ${id}`,
        url: `https://example.org/${id}`,
        ...(published === undefined ? {} : { published }),
        accessed: "2026-11-27",
        kind: "statisticalTable",
        language: "en",
      } as Source;
    });

const SOURCE_IDS = ["s0", "s1", "s2", "s3", "s4"] as const;

export interface Synthetic {
  readonly dataset: Dataset<"total" | "a" | "b", "flow">;
  /** A matching stock of inhabitants with a `total` series, 1 January of each year. */
  readonly population: Dataset<"total", "stock">;
}

const obsArb = (series: string, year: number, maxValue: number): fc.Arbitrary<Observation> =>
  fc.record({
    series: fc.constant(series),
    year: fc.constant(year),
    value: fc.integer({ min: 0, max: maxValue }),
    status: fc.constantFrom(...statuses),
    precision: fc.constantFrom(1, 1, 10, 100, 1000),
    source: fc.constantFrom(...SOURCE_IDS),
  }) as fc.Arbitrary<Observation>;

/**
 * A flow dataset over 2010–2019 with series `total`, `a`, `b` (a and b are parts of total, with
 * a + b ≤ total), one to three vintages per cell from five sources, and a population stock.
 */
export const syntheticArb: fc.Arbitrary<Synthetic> = fc
  .record({
    sources: fc.tuple(...SOURCE_IDS.map(sourceArb)),
    cells: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      { minLength: TO - FROM + 1, maxLength: TO - FROM + 1 },
    ),
    extra: fc.array(fc.integer({ min: FROM, max: TO }).chain((year) => obsArb("total", year, 10_000_000)), { maxLength: 12 }),
    meta: fc.array(fc.tuple(fc.constantFrom(...statuses), fc.constantFrom(1, 1, 10, 1000), fc.constantFrom(...SOURCE_IDS)), {
      minLength: 3 * (TO - FROM + 1),
      maxLength: 3 * (TO - FROM + 1),
    }),
    inhabitants: fc.array(fc.integer({ min: 1, max: 100_000_000 }), { minLength: TO - FROM + 1, maxLength: TO - FROM + 1 }),
  })
  .map(({ sources, cells, extra, meta, inhabitants }) => {
    const observations: Observation[] = [];
    cells.forEach(([total, fa, fb], i) => {
      const year = FROM + i;
      const a = Math.floor(total * fa * 0.5);
      const b = Math.floor(total * fb * 0.5);
      const values: Record<string, number> = { total, a, b };
      (["total", "a", "b"] as const).forEach((series, k) => {
        const [status, precision, source] = meta[i * 3 + k]!;
        observations.push({ series, year, value: values[series]!, status, precision, source });
      });
    });
    // One row per cell and source (the data format's rule): an extra vintage from a source the cell
    // already has is dropped.
    const cellSources = new Set(observations.map((o) => `${o.series}|${o.year}|${o.source}`));
    for (const o of extra) {
      const key = `${o.series}|${o.year}|${o.source}`;
      if (!cellSources.has(key)) {
        cellSources.add(key);
        observations.push(o);
      }
    }
    const bySource = Object.fromEntries(sources.map((s) => [s.id, s]));
    const base = {
      topic: "flows",
      description: { en: "Synthetic.", nl: "Synthetisch." },
      unit: "persons",
      reference: { en: "Calendar year.", nl: "Kalenderjaar." },
      publisherOfRecord: "Test Office",
      years: { from: FROM, to: TO },
      seriesKeys: "named",
      signed: false,
      territory: "NL",
      inhabitants: false,
      comparison: null,
      breaks: [],
      gaps: [],
      notes: [],
      sources: bySource,
    };
    const label = (en: string) => ({ label: { en, nl: en }, definition: { en, nl: en } });
    const dataset = defineDataset({
      ...base,
      id: "synthetic",
      title: { en: "Synthetic", nl: "Synthetisch" },
      measure: "flow",
      referenceDate: null,
      series: { total: label("Total"), a: label("A"), b: label("B") },
      sums: [],
      observations,
    } as never) as unknown as Dataset<"total" | "a" | "b", "flow">;
    const population = defineDataset({
      ...base,
      id: "syntheticPopulation",
      topic: "population",
      title: { en: "Synthetic population", nl: "Synthetische bevolking" },
      measure: "stock",
      referenceDate: "01-01",
      inhabitants: true,
      series: { total: label("Total") },
      sums: [],
      observations: inhabitants.map((value, i) => ({
        series: "total",
        year: FROM + i,
        date: `${FROM + i}-01-01`,
        value,
        status: "final",
        precision: 1,
        source: "s0",
      })),
    } as never) as unknown as Dataset<"total", "stock">;
    return { dataset, population };
  });

/** A date in 2010–2027 as `YYYY-MM-DD`. */
export const dateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date("2010-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const yearArb: fc.Arbitrary<number> = fc.integer({ min: FROM, max: TO });

/** Runs `f`, returning `undefined` when it throws a RangeError (no figure for that query). */
export function orNone<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

export type { AnyDataset };
