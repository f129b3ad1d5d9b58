/**
 * The documented rules, stated independently: each public function is compared with a plain
 * reference implementation written in test/properties/_reference.ts from docs/vintages.md,
 * docs/data-format.md and the TSDoc — the vintage choice, the weakest status, the arithmetic of
 * change, share, perCapita, total and mean, competition ranking, and `crossesBreak`. The datasets
 * are small and hand-made (made-up values), built as plain valid objects.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { change } from "../../src/change.ts";
import { mean } from "../../src/mean.ts";
import { observation } from "../../src/observation.ts";
import { perCapita } from "../../src/perCapita.ts";
import { rank } from "../../src/rank.ts";
import { share } from "../../src/share.ts";
import { timeseries } from "../../src/timeseries.ts";
import { total } from "../../src/total.ts";
import { value } from "../../src/value.ts";
import type { AnyDataset, Break, Dataset, Observation, Source, Status } from "../../src/types.ts";
import {
  WEAKNESS_ORDER,
  close,
  makeDataset,
  obs,
  refBest,
  refCompetitionRanks,
  refCrossesBreak,
  refVintage,
  refWeaker,
  src,
} from "./_reference.ts";

const STATUSES: readonly Status[] = ["final", "provisional", "estimated", "break"];
const PRECISIONS = [1, 5, 10, 100, 1000] as const;

function orNone<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

const withAsOf = (asOf: string | undefined): { asOf?: string } => (asOf === undefined ? {} : { asOf });

/** A few publication dates, so that equal vintages (ties) are common; some only a month or a year. */
const publishedArb = fc.constantFrom<string | undefined>(
  "2023-01-31",
  "2023-01",
  "2023-02",
  "2024-02",
  "2023",
  "2023-12-31",
  "2024-06-14",
  "2024-07-02",
  undefined,
);
const asOfArb = fc.option(
  fc.constantFrom("2022-12-31", "2023-01-30", "2023-01-31", "2023-02-28", "2023-12-30", "2023-12-31", "2024-02-28", "2024-02-29", "2024-06-14", "2024-07-01", "2026-11-27"),
  { nil: undefined },
);

/** One cell (total, 2015) with 1–6 observations, each from its own source; values tell them apart. */
const cellArb = fc
  .array(fc.record({ status: fc.constantFrom(...STATUSES), precision: fc.constantFrom(...PRECISIONS), published: publishedArb }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((rows) => {
    const sources = rows.map((r, i) => src(`s${i}`, r.published, "2026-11-27"));
    const observations = rows.map((r, i) => obs("total", 2015, 1000 + i, `s${i}`, { status: r.status, precision: r.precision }));
    return { sources, observations, dataset: makeDataset(observations, sources) };
  });

describe("the vintage rule (docs/vintages.md), against a plain reference", () => {
  it("value/observation/timeseries choose the figure the reference chooses, or none when it has none", () => {
    fc.assert(
      fc.property(cellArb, asOfArb, ({ dataset, sources, observations }, asOf) => {
        const expected = refBest(Object.fromEntries(sources.map((s) => [s.id, s])), observations, asOf);
        const got = orNone(() => observation(dataset, { year: 2015, ...withAsOf(asOf) }));
        if (expected === undefined) {
          expect(got).toBeUndefined();
          expect(timeseries(dataset, withAsOf(asOf))).toEqual([]);
          return;
        }
        expect(got).toBeDefined();
        expect(got!.value).toBe(expected.value);
        expect(got!.source.id).toBe(expected.source);
        expect(got!.knownFrom).toBe(refVintage(sources.find((s) => s.id === expected.source)!));
        expect(got!.vintage).toBe(got!.knownFrom);
        expect(value(dataset, { year: 2015, ...withAsOf(asOf) })).toBe(expected.value);
        expect(timeseries(dataset, withAsOf(asOf))).toEqual([
          { year: 2015, value: expected.value, status: expected.status, precision: expected.precision, qualifier: expected.qualifier ?? null, source: expected.source },
        ]);
      }),
      { numRuns: 500 },
    );
  });

  const two = (a: Partial<Observation>, pa: string | undefined, b: Partial<Observation>, pb: string | undefined): AnyDataset =>
    makeDataset([obs("total", 2015, 1, "a", a), obs("total", 2015, 2, "b", b)], [src("a", pa), src("b", pb)]);

  it("prefers final to provisional to estimated, even when the better status is coarser and older", () => {
    expect(value(two({ status: "provisional" }, "2024-01-01", { status: "final", precision: 1000 }, "2023-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({ status: "estimated" }, "2024-01-01", { status: "provisional", precision: 1000 }, "2023-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({ status: "final", precision: 1000 }, "2023-01-01", { status: "estimated" }, "2024-01-01"), { year: 2015 })).toBe(1);
  });

  it("counts break as final: between them precision decides, then recency", () => {
    expect(value(two({ status: "break", precision: 10 }, "2024-01-01", { status: "final" }, "2023-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({ status: "final", precision: 10 }, "2024-01-01", { status: "break" }, "2023-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({ status: "final" }, "2023-01-01", { status: "break" }, "2024-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({ status: "break" }, "2024-01-01", { status: "final" }, "2023-01-01"), { year: 2015 })).toBe(1);
    expect(value(two({ status: "break" }, "2024-01-01", { status: "provisional" }, "2025-01-01"), { year: 2015 })).toBe(1);
  });

  it("prefers the finer precision to the newer vintage, and the newer vintage among equals", () => {
    expect(value(two({ precision: 1 }, "2023-01-01", { precision: 1000 }, "2024-01-01"), { year: 2015 })).toBe(1);
    expect(value(two({ precision: 100 }, "2024-01-01", { precision: 5 }, "2023-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({}, "2023-01-01", {}, "2024-01-01"), { year: 2015 })).toBe(2);
    expect(value(two({}, "2024-01-02", {}, "2024-01-01"), { year: 2015 })).toBe(1);
  });

  it("keeps file order on an exact tie", () => {
    expect(value(two({}, "2024-01-01", {}, "2024-01-01"), { year: 2015 })).toBe(1);
    expect(value(two({ precision: 10 }, "2024-05", { precision: 10 }, "2024-05-31"), { year: 2015 })).toBe(1);
  });
});

describe("asOf boundaries", () => {
  const d = makeDataset(
    [obs("total", 2015, 1, "a", { status: "provisional" }), obs("total", 2015, 2, "b"), obs("total", 2015, 3, "c"), obs("total", 2015, 4, "u")],
    [src("a", "2024-06-14"), src("b", "2024-07"), src("c", "2025"), src("u", undefined, "2026-11-27")],
  );
  it("excludes a figure the day before it is known and includes it on the day", () => {
    expect(() => value(d, { year: 2015, asOf: "2024-06-13" })).toThrow(RangeError);
    expect(value(d, { year: 2015, asOf: "2024-06-14" })).toBe(1);
    expect(value(d, { year: 2015, asOf: "2024-07-30" })).toBe(1);
    expect(value(d, { year: 2015, asOf: "2024-07-31" })).toBe(2);
    expect(value(d, { year: 2015, asOf: "2025-12-30" })).toBe(2);
    expect(value(d, { year: 2015, asOf: "2025-12-31" })).toBe(3);
    expect(value(d, { year: 2015, asOf: "2026-11-26" })).toBe(3);
    expect(value(d, { year: 2015, asOf: "2026-11-27" })).toBe(4);
    expect(value(d, { year: 2015 })).toBe(4);
  });
});

describe("the weakest status of two inputs (src/types.ts ChangeResult.status)", () => {
  const pairs = STATUSES.flatMap((a) => STATUSES.map((b) => [a, b] as const));
  it.each(pairs)("change from a %s to a %s figure", (a, b) => {
    const d = makeDataset([obs("total", 2010, 100, "s", { status: a }), obs("total", 2011, 120, "s", { status: b })], [src("s", "2024-01-01")]);
    const expected = refWeaker(a, b);
    expect(change(d, { from: 2010, to: 2011 }).status).toBe(expected);
    expect(change(d, { from: 2011, to: 2010 }).status).toBe(expected);
  });
  it("orders the statuses final < break < provisional < estimated", () => {
    expect(WEAKNESS_ORDER).toEqual(["final", "break", "provisional", "estimated"]);
  });
});

const positive = fc.integer({ min: 1, max: 10_000_000 });
const nonNegative = fc.integer({ min: 0, max: 10_000_000 });

describe("change (src/change.ts TSDoc)", () => {
  it("is to − from, relative to the base year, with the coarser precision and both sources", () => {
    fc.assert(
      fc.property(positive, nonNegative, fc.constantFrom(...PRECISIONS), fc.constantFrom(...PRECISIONS), (a, b, pa, pb) => {
        const d = makeDataset([obs("total", 2012, a, "x", { precision: pa }), obs("total", 2017, b, "y", { precision: pb })], [src("x", "2020-01-01"), src("y", "2021-01-01")]);
        const c = change(d, { from: 2012, to: 2017 });
        expect(c.from).toBe(a);
        expect(c.to).toBe(b);
        expect(c.absolute).toBe(b - a);
        expect(close(c.relative, (b - a) / a)).toBe(true);
        expect(c.precision).toBe(Math.max(pa, pb));
        expect(c.sources).toEqual(["x", "y"]);
        if (b === 0) return; // a change from 0 is a RangeError (below)
        const back = change(d, { from: 2017, to: 2012 });
        expect(back.absolute).toBe(a - b);
        expect(back.sources).toEqual(["y", "x"]);
      }),
    );
  });

  it("of a signed series: a rise is positive and a fall negative, whatever the sign of the base", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((n) => n !== 0), fc.integer({ min: -1_000_000, max: 1_000_000 }), (a, b) => {
        const d = makeDataset([obs("total", 2012, a, "x"), obs("total", 2013, b, "x")], [src("x", "2020-01-01")], { signed: true });
        const c = change(d, { from: 2012, to: 2013 });
        expect(c.absolute).toBe(b - a);
        expect(Math.sign(c.relative)).toBe(Math.sign(b - a));
        expect(close(Math.abs(c.relative), Math.abs(b - a) / Math.abs(a))).toBe(true);
      }),
    );
  });

  it("is a RangeError from a base of 0", () => {
    const d = makeDataset([obs("total", 2012, 0, "x"), obs("total", 2013, 5, "x")], [src("x", "2020-01-01")]);
    expect(() => change(d, { from: 2012, to: 2013 })).toThrow(/^change: /);
  });
});

describe("crossesBreak: a break in year b lies between from and to when lo < b ≤ hi", () => {
  it("agrees with the reference for any years and breaks (including breaks of another series)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2010, max: 2019 }),
        fc.integer({ min: 2010, max: 2019 }),
        fc.array(fc.record({ series: fc.constantFrom("total", "other"), year: fc.integer({ min: 2010, max: 2019 }) }), { maxLength: 3 }),
        (from, to, raw) => {
          const breaks: Break[] = raw.map((b) => ({ ...b, note: { en: "A break.", nl: "Een breuk." } }));
          const observations = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].flatMap((y) => [obs("total", y, y, "x"), obs("other", y, y, "x")]);
          const d = makeDataset(observations, [src("x", "2020-01-01")], { breaks });
          expect(change(d, { from, to }).crossesBreak).toBe(refCrossesBreak(breaks, "total", from, to));
          expect(change(d, { from, to, series: "other" }).crossesBreak).toBe(refCrossesBreak(breaks, "other", from, to));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("at the edges: the break year itself is on the new side", () => {
    const d = makeDataset(
      [2013, 2014, 2015, 2016].map((y) => obs("total", y, y, "x")),
      [src("x", "2020-01-01")],
      { breaks: [{ series: "total", year: 2015, note: { en: "New method.", nl: "Nieuwe methode." } }] },
    );
    const crosses = (from: number, to: number) => change(d, { from, to }).crossesBreak;
    expect(crosses(2014, 2015)).toBe(true);
    expect(crosses(2015, 2014)).toBe(true);
    expect(crosses(2013, 2016)).toBe(true);
    expect(crosses(2015, 2016)).toBe(false);
    expect(crosses(2013, 2014)).toBe(false);
    expect(crosses(2015, 2015)).toBe(false);
  });
});

describe("share, perCapita, total and mean: the arithmetic", () => {
  it("share is part ÷ whole, of the same dataset or of another", () => {
    fc.assert(
      fc.property(nonNegative, positive, positive, (part, whole, other) => {
        const d = makeDataset([obs("part", 2014, part, "x"), obs("total", 2014, whole, "x")], [src("x", "2020-01-01")]);
        const e = makeDataset([obs("total", 2014, other, "y")], [src("y", "2020-01-01")], { id: "other" });
        // a part larger than its whole is not a part of it: refused, never a share above 1
        const expectShare = (call: () => number, p: number, w: number) => (p > w ? expect(call).toThrow(RangeError) : expect(close(call(), p / w)).toBe(true));
        expectShare(() => share(d, { year: 2014, series: "part" }), part, whole);
        expectShare(() => share(d, { year: 2014, series: "part", of: "total" }), part, whole);
        expectShare(() => share(d, { year: 2014, series: "part", of: { dataset: e } }), part, other);
      }),
    );
  });

  it("share and perCapita read part and whole (numerator and denominator) as of the same date", () => {
    fc.assert(
      fc.property(fc.tuple(positive, positive), fc.tuple(positive, positive), fc.tuple(positive, positive), (part, whole, inhabitants) => {
        const sources = [src("old", "2020-01-01"), src("new", "2021-01-01")];
        const d = makeDataset(
          [obs("part", 2014, part[0], "old"), obs("part", 2014, part[1], "new"), obs("total", 2014, whole[0], "old"), obs("total", 2014, whole[1], "new")],
          sources,
        );
        const pop = makeDataset(
          [obs("total", 2014, inhabitants[0], "old", { date: "2014-01-01" }), obs("total", 2014, inhabitants[1], "new", { date: "2014-01-01" })],
          sources,
          { id: "pop", measure: "stock" },
        ) as Dataset<string, "stock">;
        for (const [asOf, i] of [["2020-06-30", 0], ["2021-06-30", 1]] as const) {
          if (part[i] > whole[i]) {
            expect(() => share(d, { year: 2014, series: "part", asOf })).toThrow(RangeError);
          } else {
            expect(close(share(d, { year: 2014, series: "part", asOf }), part[i] / whole[i])).toBe(true);
            expect(close(share(d, { year: 2014, series: "part", of: { dataset: d }, asOf }), part[i] / whole[i])).toBe(true);
          }
          expect(close(perCapita(d, { year: 2014, series: "part", population: pop, populationSeries: "total", asOf }), (part[i] / inhabitants[i]) * 1000)).toBe(true);
        }
      }),
    );
  });

  it("perCapita is value ÷ population × per (default per 1,000), matched by series", () => {
    fc.assert(
      fc.property(nonNegative, positive, fc.option(fc.constantFrom(1, 100, 1e5, 1e6), { nil: undefined }), (v, inhabitants, per) => {
        const d = makeDataset([obs("total", 2014, v, "x")], [src("x", "2020-01-01")]);
        const pop = makeDataset([obs("total", 2014, inhabitants, "p", { date: "2014-01-01" })], [src("p", "2020-01-01")], {
          id: "pop",
          measure: "stock",
        }) as Dataset<string, "stock">;
        const got = perCapita(d, { year: 2014, population: pop, ...(per === undefined ? {} : { per }) });
        expect(close(got, (v / inhabitants) * (per ?? 1000))).toBe(true);
      }),
    );
  });

  it("total is the sum and mean the average of each year's best figure", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(nonNegative, nonNegative, fc.constantFrom(...STATUSES), fc.constantFrom(...STATUSES)), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 2010, max: 2019 }),
        fc.integer({ min: 2010, max: 2019 }),
        (cells, y1, y2) => {
          const [from, to] = y1 <= y2 ? [y1, y2] : [y2, y1];
          const observations = cells.flatMap(([v1, v2, s1, s2], i) => [
            obs("total", 2010 + i, v1, "old", { status: s1 }),
            obs("total", 2010 + i, v2, "new", { status: s2 }),
          ]);
          const sources = [src("old", "2020-01-01"), src("new", "2021-01-01")];
          const d = makeDataset(observations, sources) as Dataset<string, "flow">;
          const bySource = Object.fromEntries(sources.map((s) => [s.id, s]));
          let sum = 0;
          for (let y = from; y <= to; y++) sum += refBest(bySource, observations.filter((o) => o.year === y), undefined)!.value;
          expect(total(d, { from, to })).toBe(sum);
          expect(close(mean(d, { from, to }), sum / (to - from + 1))).toBe(true);
          // as of a date between the two sources, only the old one counts
          let old = 0;
          for (let y = from; y <= to; y++) old += cells[y - 2010]![0];
          expect(total(d, { from, to, asOf: "2020-06-30" })).toBe(old);
        },
      ),
    );
  });
});

describe("rank: competition ranking (1, 2, 2, 4)", () => {
  const SERIES = ["s0", "s1", "s2", "s3", "s4", "s5"];

  it("gives each series one plus the number strictly ahead, first place first, for both orders", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), { minLength: SERIES.length, maxLength: SERIES.length }),
        fc.constantFrom<"desc" | "asc">("desc", "asc"),
        (values, order) => {
          const observations = values.flatMap((v, i) => (v === undefined ? [] : [obs(SERIES[i]!, 2016, v, "x")]));
          const d = makeDataset(observations, [src("x", "2020-01-01")], { series: SERIES });
          const r = rank(d, { year: 2016, order, series: SERIES, partial: true });
          const present = SERIES.filter((_, i) => values[i] !== undefined);
          const keys = present.map((s) => values[SERIES.indexOf(s)]!);
          const expected = refCompetitionRanks(keys, order);
          expect(r.map((e) => e.series).sort()).toEqual([...present].sort());
          for (const e of r) expect(e.rank, `${e.series}`).toBe(expected[present.indexOf(e.series)]);
          for (const e of r) expect(e.value).toBe(values[SERIES.indexOf(e.series)]);
          for (let i = 1; i < r.length; i++) expect(r[i]!.rank).toBeGreaterThanOrEqual(r[i - 1]!.rank);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shares ranks in a three-way tie, and in a tie below the top", () => {
    const ranks = (vals: number[], order?: "asc" | "desc") => {
      const d = makeDataset(vals.map((v, i) => obs(SERIES[i]!, 2016, v, "x")), [src("x", "2020-01-01")], { series: SERIES.slice(0, vals.length) });
      return rank(d, { year: 2016, series: SERIES.slice(0, vals.length), ...(order === undefined ? {} : { order }) }).map((e) => [e.series, e.rank]);
    };
    expect(ranks([5, 3, 3, 3, 1])).toEqual([["s0", 1], ["s1", 2], ["s2", 2], ["s3", 2], ["s4", 5]]);
    expect(ranks([9, 7, 4, 4, 2])).toEqual([["s0", 1], ["s1", 2], ["s2", 3], ["s3", 3], ["s4", 5]]);
    expect(ranks([4, 4, 4, 1])).toEqual([["s0", 1], ["s1", 1], ["s2", 1], ["s3", 4]]);
    expect(ranks([2, 8, 8, 5], "asc")).toEqual([["s0", 1], ["s3", 2], ["s1", 3], ["s2", 3]]);
  });

  it("ranks per capita by value ÷ population × per, ties included, and leaves out series without a population", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(1, 2, 4)), { minLength: 4, maxLength: 4 }),
        (rows) => {
          const keys = ["NL", "BE", "DE", "FR"];
          const d = makeDataset(rows.map(([v], i) => obs(keys[i]!, 2016, v * 100, "x")), [src("x", "2020-01-01")], { seriesKeys: "iso3166", territory: "seriesKey" });
          // FR has no population: left out
          const pop = makeDataset(
            rows.slice(0, 3).map(([, p], i) => obs(keys[i]!, 2016, p * 1000, "p", { date: "2016-01-01" })),
            [src("p", "2020-01-01")],
            { id: "pop", measure: "stock", seriesKeys: "iso3166", territory: "seriesKey", series: keys },
          ) as Dataset<string, "stock">;
          const r = rank(d, { year: 2016, by: "perCapita", population: pop, series: keys, partial: true });
          expect(r.missing).toEqual(["FR"]);
          const rates = rows.slice(0, 3).map(([v, p]) => ((v * 100) / (p * 1000)) * 1000);
          const expected = refCompetitionRanks(rates, "desc");
          expect(r.map((e) => e.series).sort()).toEqual(["BE", "DE", "NL"]);
          for (const e of r) {
            const i = keys.indexOf(e.series);
            expect(close(e.perCapita!, rates[i]!)).toBe(true);
            expect(e.rank).toBe(expected[i]);
          }
        },
      ),
    );
  });
});

describe("the reference vintage date agrees with the documented examples", () => {
  // docs/vintages.md: "from the last day of that month or year"; docs/data-format.md "Vintage date".
  it("is the published day, the month's or year's last day (leap years), or the access date", () => {
    const s = (published?: string): Source => src("v", published, "2026-11-27");
    expect([s("2024-06-14"), s("2024-07"), s("2024-02"), s("2023-02"), s("1900-02"), s("2000-02"), s("2017"), s()].map(refVintage)).toEqual([
      "2024-06-14",
      "2024-07-31",
      "2024-02-29",
      "2023-02-28",
      "1900-02-28",
      "2000-02-29",
      "2017-12-31",
      "2026-11-27",
    ]);
  });
});
