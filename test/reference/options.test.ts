/**
 * Options of the measures and exports, each against its TSDoc (made-up values on hand-made
 * datasets): perCapita's denominator series, rank's aggregates, population and asOf, share's `of`,
 * and the rows of toRows/toCSV (columns, series lists, vintages).
 */
import { describe, expect, it } from "vitest";
import { perCapita } from "../../src/perCapita.ts";
import { rank } from "../../src/rank.ts";
import { share } from "../../src/share.ts";
import { toCSV } from "../../src/toCSV.ts";
import { toRows } from "../../src/toRows.ts";
import type { Dataset } from "../../src/types.ts";
import { makeDataset, obs, src } from "../properties/_reference.ts";

const S = [src("old", "2020-01-01"), src("new", "2021-06-30")];

describe("perCapita: the denominator series (src/perCapita.ts populationSeries)", () => {
  const pop = makeDataset(
    [obs("total", 2015, 1000, "old", { date: "2015-01-01" }), obs("part", 2015, 100, "old", { date: "2015-01-01" })],
    S,
    { id: "pop", measure: "stock" },
  ) as Dataset<string, "stock">;
  const d = makeDataset([obs("total", 2015, 50, "old"), obs("part", 2015, 20, "old"), obs("other", 2015, 30, "old")], S);

  it("is the population's total for a series of the same territory (both count the Netherlands)", () => {
    expect(perCapita(d, { year: 2015, series: "part", population: pop })).toBe((20 / 1000) * 1000);
    expect(perCapita(d, { year: 2015, series: "other", population: pop })).toBe((30 / 1000) * 1000);
  });

  it("is populationSeries when given, if it counts the same territory", () => {
    expect(perCapita(d, { year: 2015, series: "part", population: pop, populationSeries: "part" })).toBe((20 / 100) * 1000);
    expect(() => perCapita(d, { year: 2015, population: pop, populationSeries: "nope" })).toThrow(/^perCapita: unknown populationSeries "nope" for pop/);
  });

  it("of a per-country dataset: matched by territory; the Netherlands' population divides only the Netherlands", () => {
    const countries = makeDataset([obs("NL", 2015, 40, "old"), obs("BE", 2015, 10, "old")], S, { seriesKeys: "iso3166", territory: "seriesKey" });
    const eu = makeDataset([obs("NL", 2015, 400, "old", { date: "2015-01-01" })], S, { id: "eu", measure: "stock", seriesKeys: "iso3166", territory: "seriesKey" }) as Dataset<
      string,
      "stock"
    >;
    expect(perCapita(countries, { year: 2015, series: "NL", population: eu })).toBe(100);
    expect(() => perCapita(countries, { year: 2015, series: "BE", population: eu })).toThrow(/^perCapita: handMade "BE" counts BE, and eu has no series for the inhabitants of BE/);
    expect(perCapita(countries, { year: 2015, series: "NL", population: pop })).toBe(40);
    expect(() => perCapita(countries, { year: 2015, series: "BE", population: pop })).toThrow(/^perCapita: handMade "BE" counts BE, and pop has no series for the inhabitants of BE; pass `population: euPopulation`/);
    expect(() => perCapita(countries, { year: 2015, series: "BE", population: eu, populationSeries: "NL" })).toThrow(/^perCapita: handMade "BE" counts BE but eu "NL" counts the inhabitants of NL/);
  });
});

describe("rank: which series, and which figures", () => {
  it("compares the series given when the dataset declares no comparison set", () => {
    const d = makeDataset(["total", "all", "a", "b"].map((s, i) => obs(s, 2015, 100 - i, "old")), S);
    expect(() => rank(d, { year: 2015 })).toThrow(/^rank: handMade declares no comparison set, so pass the series to compare as `series`/);
    expect(rank(d, { year: 2015, series: ["a", "b"] }).map((e) => e.series)).toEqual(["a", "b"]);
    expect(rank(d, { year: 2015, series: ["total", "a"] }).map((e) => [e.series, e.rank])).toEqual([
      ["total", 1],
      ["a", 2],
    ]);
  });

  it("reads the figures known as of asOf", () => {
    const d = makeDataset([obs("a", 2015, 1, "old"), obs("a", 2015, 9, "new"), obs("b", 2015, 5, "old")], S);
    const series = ["a", "b"];
    expect(rank(d, { year: 2015, series }).map((e) => e.series)).toEqual(["a", "b"]);
    expect(rank(d, { year: 2015, series, asOf: "2020-12-31" }).map((e) => [e.series, e.value])).toEqual([
      ["b", 5],
      ["a", 1],
    ]);
    expect(() => rank(d, { year: 2015, series, asOf: "2019-12-31" })).toThrow(/^rank: 2 of 2 members of the comparison have no figure for 2015 published by 2019-12-31: a, b/);
    const none = rank(d, { year: 2015, series, asOf: "2019-12-31", partial: true });
    expect([...none]).toEqual([]);
    expect(none.missing).toEqual(["a", "b"]);
    expect(none.complete).toBe(false);
  });

  it("per capita: leaves out a series whose population is missing or 0, and divides by its own population", () => {
    const d = makeDataset(["NL", "BE", "DE", "FR"].map((s) => obs(s, 2015, 10, "old")), S, { seriesKeys: "iso3166", territory: "seriesKey" });
    const eu = makeDataset(
      [obs("NL", 2015, 20, "old", { date: "2015-01-01" }), obs("BE", 2015, 0, "old", { date: "2015-01-01" }), obs("DE", 2015, 40, "old", { date: "2015-01-01" })],
      S,
      { id: "eu", measure: "stock", seriesKeys: "iso3166", territory: "seriesKey", series: ["NL", "BE", "DE", "FR"] },
    ) as Dataset<string, "stock">;
    const series = ["NL", "BE", "DE"];
    expect(() => rank(d, { year: 2015, by: "perCapita", population: eu, per: 100, series })).toThrow(/^rank: 1 of 3 members .*: BE/);
    const r = rank(d, { year: 2015, by: "perCapita", population: eu, per: 100, series, partial: true });
    expect(r.map((e) => [e.series, e.rank, e.perCapita])).toEqual([
      ["NL", 1, 50],
      ["DE", 2, 25],
    ]);
    expect(r.missing).toEqual(["BE"]);
    expect(() => rank(d, { year: 2015, by: "perCapita", series: ["NL", "BE"] })).toThrow(/^rank: handMade "BE" counts BE, and population has no series for the inhabitants of BE/);
  });
});

describe("share: the whole", () => {
  const d = makeDataset([obs("total", 2015, 200, "old"), obs("part", 2015, 50, "old")], S);
  it("defaults to total, takes a series name, or another dataset's total or series", () => {
    const other = makeDataset([obs("total", 2015, 1000, "old"), obs("x", 2015, 500, "old")], S, { id: "other" });
    expect(share(d, { year: 2015, series: "part" })).toBe(0.25);
    expect(share(d, { year: 2015, series: "part", of: "part" })).toBe(1);
    expect(share(d, { year: 2015, series: "part", of: { dataset: other } })).toBe(0.05);
    expect(share(d, { year: 2015, series: "part", of: { dataset: other, series: "x" } } as never)).toBe(0.1);
  });
  it("refuses a whole that is not a series name or { dataset }", () => {
    const e = (() => {
      try {
        share(d, { year: 2015, series: "part", of: null } as never);
      } catch (err) {
        return err as Error;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(TypeError);
    expect(e!.message).toMatch(/^share: option "of" is null; leave it out for its default/);
  });
});

describe("toRows and toCSV (src/_lib/rows.ts Row)", () => {
  const S3 = [src("old", "2020-01-01"), src("new", "2021-06-30"), src("newer", "2022-01-01")];
  const d = makeDataset(
    [
      obs("b", 2016, 6, "old"),
      obs("a", 2016, 3, "new", { status: "provisional", qualifier: "about" }),
      obs("a", 2015, 1, "newer"),
      obs("a", 2015, 2, "old"),
      obs("a", 2016, 4, "old"),
    ],
    S3,
    { series: ["a", "b"], from: 2015, to: 2016 },
  );

  it("writes the documented columns, in order", () => {
    expect(toCSV(d).split("\r\n")[0]).toBe("dataset,series,label,year,date,value,status,precision,qualifier,source,sourceUrl,publisher");
    expect(toCSV(d, { series: "b" }).split("\r\n")[1]).toBe("handMade,b,b,2016,,6,final,1,,old,https://example.org/old,Test Office");
  });

  it("gives the best figure of each cell by default, in declared series order and year order", () => {
    expect(toRows(d).map((r) => [r.series, r.year, r.value, r.qualifier])).toEqual([
      ["a", 2015, 1, null],
      ["a", 2016, 4, null],
      ["b", 2016, 6, null],
    ]);
    expect(toRows(d, { series: ["b", "a", "b"] }).map((r) => r.series)).toEqual(["a", "a", "b"]);
    expect(toRows(d, { series: ["b"] }).map((r) => r.series)).toEqual(["b"]);
    expect(toRows(d, { from: 2016, asOf: "2021-12-31" }).map((r) => [r.series, r.value])).toEqual([
      ["a", 4],
      ["b", 6],
    ]);
  });

  it("with vintages, gives every figure known by asOf, oldest vintage first within a cell", () => {
    expect(toRows(d, { vintages: true, series: "a" }).map((r) => [r.year, r.value, r.source])).toEqual([
      [2015, 2, "old"],
      [2015, 1, "newer"],
      [2016, 4, "old"],
      [2016, 3, "new"],
    ]);
    expect(toRows(d, { vintages: true, series: "a", asOf: "2021-06-30" }).map((r) => r.value)).toEqual([2, 4, 3]);
    expect(toRows(d, { vintages: true, series: "a", asOf: "2021-06-29" }).map((r) => r.value)).toEqual([2, 4]);
    expect(toRows(d, { vintages: true, series: "a" })[3]!.qualifier).toBe("about");
  });

  it("keeps file order between figures of the same cell and vintage", () => {
    const tie = makeDataset([obs("a", 2015, 7, "x"), obs("a", 2015, 8, "y")], [src("x", "2020-01-01"), src("y", "2020-01-01")], { from: 2015, to: 2015 });
    expect(toRows(tie, { vintages: true }).map((r) => r.value)).toEqual([7, 8]);
  });

  it("refuses wrong options with the function's name", () => {
    expect(() => toRows(d, null as never)).toThrow(/^toRows: pass an options object/);
    expect(() => toRows(d, 2015 as never)).toThrow(/^toRows: pass an options object/);
    expect(() => toRows(d, { series: [] })).toThrow(/^toRows: series is an empty list; valid series of handMade: "a", "b"/);
    expect(() => toRows(d, { vintages: "yes" } as never)).toThrow(/^toRows: vintages must be true or false, got string/);
    expect(() => toRows(d, { from: 2016, to: 2015 })).toThrow(/^toRows: from \(2016\) is after to \(2015\)/);
    expect(() => toRows(d, { to: 2017 })).toThrow(/^toRows: to 2017 is outside/);
    expect(() => toCSV(d, { series: ["c"] } as never)).toThrow(/^toCSV: unknown series "c"/);
  });

  it("gives a stock's dated rows with their dates", () => {
    const stock = makeDataset(
      [obs("total", 2015, 2, "old", { date: "2015-07-01" }), obs("total", 2015, 1, "old", { date: "2015-01-01" })],
      S,
      { measure: "stock", from: 2015, to: 2015 },
    );
    expect(toRows(stock).map((r) => [r.date, r.value])).toEqual([
      ["2015-01-01", 1],
      ["2015-07-01", 2],
    ]);
  });
});
