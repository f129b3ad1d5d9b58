/**
 * Every public function driven with arbitrary and malformed arguments (issue 13): the result is a
 * TypeError or RangeError whose message starts with the function's name, or — for well-formed queries
 * of value and total — the same number as a plain reference computation written here (the vintage
 * rule of docs/vintages.md: best status, then finest rounding, then newest vintage, then the
 * publisher's own source before a copy).
 */
import { describeDataset } from "../../src/describeDataset.ts";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";
import type { AnyDataset, Observation, Source } from "../../src/types.ts";

const DATASETS: AnyDataset[] = [api.immigration, api.population, api.euFirstTimeAsylumApplicants, api.asylumGrantRate, api.immigrationByMotive, api.euPopulation, api.displacedUkrainians];
const KEYS = ["year", "date", "series", "asOf", "from", "to", "per", "population", "populationSeries", "lineage", "of", "by", "order", "partial", "vintages", "space", "lang", "style", "digits", "precision"];
const TYPOS = ["asof", "Year", "serie", "form", "too", "lineages", "partail", "__proto__", "constructor", "toString", ""];

const valueArb = fc.oneof(
  fc.integer({ min: 2005, max: 2030 }),
  fc.double(),
  fc.constantFrom("svm2024", "svm2030", "2024-06-14", "2023-02-29", "2024-06-14T23:30:00+02:00", "total", "NL", "DE", "EU27", "nl", "en", "csl", "asc", "perCapita", ""),
  fc.constantFrom(null, undefined, true, false, [] as unknown, ["DE", "FR"], ["DE", "DE"], {}, new Date(Number.NaN), new Date("2024-06-14T12:00:00Z")),
  fc.constantFrom(...DATASETS),
  fc.string(),
);
const optionsArb = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS, ...TYPOS), valueArb, { maxKeys: 4 }),
  fc.constantFrom(null, undefined, 3, "2023", [] as unknown),
);
const datasetArb = fc.oneof(fc.constantFrom(...DATASETS), fc.constantFrom(null, undefined, 1, "immigration", {}, [] as unknown, { ...api.immigration }));

const CALLS: [string, (d: unknown, o: unknown) => unknown][] = [
  ["value", (d, o) => api.value(d as never, o as never)],
  ["observation", (d, o) => api.observation(d as never, o as never)],
  ["timeseries", (d, o) => api.timeseries(d as never, o as never)],
  ["total", (d, o) => api.total(d as never, o as never)],
  ["mean", (d, o) => api.mean(d as never, o as never)],
  ["change", (d, o) => api.change(d as never, o as never)],
  ["share", (d, o) => api.share(d as never, o as never)],
  ["perCapita", (d, o) => api.perCapita(d as never, o as never)],
  ["rank", (d, o) => api.rank(d as never, o as never)],
  ["revisions", (d, o) => api.revisions(d as never, o as never)],
  ["toRows", (d, o) => api.toRows(d as never, o as never)],
  ["toCSV", (d, o) => api.toCSV(d as never, o as never)],
  ["toJSON", (d, o) => api.toJSON(d as never, o as never)],
  ["cite", (d, o) => api.cite(d as never, o as never)],
  ["summary", (_d, o) => api.summary(o as never)],
  ["formatNumber", (d, o) => api.formatNumber(d as never, o as never)],
  ["formatPercent", (d, o) => api.formatPercent(d as never, o as never)],
  ["formatChange", (d, o) => api.formatChange(d as never, o as never)],
];

/** The reference vintage rule, written out plainly. */
function referenceValue(d: AnyDataset, series: string, year: number, cutOff: string | undefined): number | undefined {
  const vintage = (s: Source): string => {
    const p = s.published;
    if (p === undefined) return s.accessed;
    if (p.length === 10) return p;
    if (p.length === 7) return new Date(Date.UTC(Number(p.slice(0, 4)), Number(p.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return `${p}-12-31`;
  };
  const rankOf = (o: Observation): number => ({ final: 0, break: 0, provisional: 1, estimated: 2 })[o.status];
  const cellDate = d.measure === "stock" ? `${year}-${d.referenceDate}` : undefined;
  // The full source records (the dataset value carries only derived facts): the known-from date is
  // derived here, independently of the data build.
  const records = describeDataset(d).sources;
  const list = d.observations.filter((o) => o.series === series && o.year === year && (cellDate === undefined || o.date === cellDate) && (cutOff === undefined || vintage(records[o.source]!) <= cutOff));
  if (list.length === 0) return undefined;
  const bestStatus = Math.min(...list.map(rankOf));
  const tier1 = list.filter((o) => rankOf(o) === bestStatus);
  const finest = Math.min(...tier1.map((o) => o.precision));
  const tier2 = tier1.filter((o) => o.precision === finest);
  const newest = tier2.map((o) => vintage(records[o.source]!)).sort().at(-1);
  return tier2.find((o) => vintage(records[o.source]!) === newest)!.value;
}

describe("every public function, arbitrary arguments", () => {
  for (const [name, call] of CALLS) {
    it(`${name}: a named TypeError/RangeError or a result, never another error`, () => {
      fc.assert(
        fc.property(datasetArb, optionsArb, (d, o) => {
          try {
            call(d, o);
          } catch (e) {
            expect([TypeError, RangeError].some((T) => e instanceof T), String(e)).toBe(true);
            expect((e as Error).message.startsWith(`${name}: `), (e as Error).message).toBe(true);
            expect((e as Error).message).not.toMatch(/Cannot read properties|is not a function|\[object Object\]/);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it("value equals the reference vintage rule for every cell of every bundled dataset, at several dates", () => {
    const cutOffs = [undefined, "2020-01-01", "2023-06-30", "2024-06-14", "2025-07-04", "2026-06-30"];
    const all = Object.values(api as Record<string, unknown>).filter((x) => typeof x === "object" && x !== null && "observations" in x) as AnyDataset[];
    for (const d of all) {
      for (const series of Object.keys(d.series)) {
        for (let year = d.years.from; year <= d.years.to; year++) {
          for (const asOf of cutOffs) {
            const expected = referenceValue(d, series, year, asOf);
            let got: number | undefined;
            try {
              got = api.value(d, (asOf === undefined ? { year, series } : { year, series, asOf }) as never);
            } catch (e) {
              expect(e).toBeInstanceOf(RangeError);
            }
            expect(got, `${d.id} ${series} ${year} ${asOf}`).toBe(expected);
          }
        }
      }
    }
  });
});
