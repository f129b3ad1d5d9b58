/**
 * The error contract of the measures (src/change.ts … src/timeseries.ts, README "Errors instead of
 * silent NaN" and docs/vintages.md): a caller mistake throws a TypeError (wrong type) or a RangeError
 * (wrong value, or no figure) whose message starts with the public function's name and names what
 * is valid. Hand-made datasets with made-up values.
 */
import { describeDataset } from "../../src/describeDataset.ts";
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
import type { AnyDataset, Dataset } from "../../src/types.ts";
import { defineDataset } from "../../src/schema/index.ts";
import { makeDataset, obs, src } from "../properties/_reference.ts";

type Call = (dataset: unknown, query: unknown) => unknown;

const S = [src("old", "2020-01-01"), src("new", "2021-06-30")];

/** A flow over 2010–2019: total and part, a gap in 2013 (declared) and 2016 (undeclared), one later vintage. */
const flow: AnyDataset = defineDataset({
  ...describeDataset(makeDataset(
    [2010, 2011, 2012, 2014, 2015, 2017, 2018, 2019].flatMap((y) => [obs("total", y, 100 + y, "old"), obs("part", y, y - 2000, "old")]),
    S,
  )),
  sources: S,
  gaps: [{ series: "total", years: [2013], note: { en: "Nothing published for 2013.", nl: "Niets gepubliceerd over 2013." } }],
  observations: [
    ...[2010, 2011, 2012, 2014, 2015, 2017, 2018, 2019].flatMap((y) => [obs("total", y, 100 + y, "old"), obs("part", y, y - 2000, "old")]),
    obs("total", 2019, 5000, "new"),
    obs("zero", 2015, 0, "old"),
  ],
  series: {
    total: { label: { en: "Total", nl: "Totaal" }, definition: { en: "All.", nl: "Alles." } },
    part: { label: { en: "Part", nl: "Deel" }, definition: { en: "Part.", nl: "Deel." } },
    zero: { label: { en: "Zero", nl: "Nul" }, definition: { en: "Zero.", nl: "Nul." } },
  },
} as never) as AnyDataset;

/** A stock: 1 January figures, plus dated figures on other days (listed out of order). */
const stock = makeDataset(
  [
    obs("total", 2015, 10, "old", { date: "2015-07-01" }),
    obs("total", 2014, 9, "old", { date: "2014-01-01" }),
    obs("total", 2015, 11, "old", { date: "2015-01-01" }),
    obs("total", 2016, 0, "old", { date: "2016-01-01" }),
    obs("total", 2017, 12, "new", { date: "2017-01-01" }),
  ],
  S,
  { id: "people", measure: "stock" },
) as Dataset<string, "stock">;

const fns: [string, Call, Record<string, unknown>][] = [
  ["value", value as Call, { year: 2015 }],
  ["observation", observation as Call, { year: 2015 }],
  ["timeseries", timeseries as Call, { from: 2014, to: 2015 }],
  ["change", change as Call, { from: 2014, to: 2015 }],
  ["share", share as Call, { year: 2015, series: "part" }],
  ["perCapita", perCapita as Call, { year: 2015, population: stock }],
  ["total", total as Call, { from: 2014, to: 2015 }],
  ["mean", mean as Call, { from: 2014, to: 2015 }],
  ["rank", rank as Call, { year: 2015, series: ["total", "part", "zero"] }],
];

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, got none");
}

describe.each(fns)("%s", (name, fn, ok) => {
  it("works on the hand-made dataset (the cases below differ from it in one option)", () => {
    expect(() => fn(flow, ok)).not.toThrow();
  });

  it("refuses something that is not a dataset with a TypeError naming the function", () => {
    for (const bad of [null, undefined, 42, "immigration", []]) {
      const e = thrown(() => fn(bad, ok));
      expect(e, JSON.stringify(bad)).toBeInstanceOf(TypeError);
      expect(e.message).toMatch(new RegExp(`^${name}: dataset must be a dataset of staat-van-migratie`));
    }
    // objects that look like datasets but were not sealed by defineDataset (or bundled)
    for (const bad of [{}, { observations: "no", series: {} }, { series: {} }, { observations: [], series: "total" }, { observations: [], series: null }, { ...flow }]) {
      const e = thrown(() => fn(bad, ok));
      expect(e, JSON.stringify(bad)).toBeInstanceOf(TypeError);
      expect(e.message).toMatch(new RegExp(`^${name}: dataset is not a sealed dataset .*defineDataset`));
    }
    expect(thrown(() => fn(null, ok)).message).toMatch(/, got null$/);
    expect(thrown(() => fn(42, ok)).message).toMatch(/, got number$/);
  });

  it("refuses a query that is not an object", () => {
    for (const bad of [null, 2015, "2015"]) {
      const e = thrown(() => fn(flow, bad));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toMatch(new RegExp(`^${name}: pass an options object such as \\{ \\w+: `));
    }
  });

  it("refuses an unknown series, naming the valid ones", () => {
    const query = name === "rank" ? { ...ok, series: ["nope"] } : { ...ok, series: "nope" };
    const e = thrown(() => fn(flow, query));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toMatch(new RegExp(`^${name}: unknown series "nope" for handMade; valid series: "total", "part", "zero"`));
  });

  it("refuses an invalid asOf with a RangeError, and a wrong type with a TypeError", () => {
    const bad = thrown(() => fn(flow, { ...ok, asOf: "2024-02-30" }));
    expect(bad).toBeInstanceOf(RangeError);
    expect(bad.message).toMatch(new RegExp(`^${name}: asOf "2024-02-30" is not a valid date`));
    const edition = thrown(() => fn(flow, { ...ok, asOf: "svm1999" }));
    expect(edition.message).toMatch(new RegExp(`^${name}: unknown edition "svm1999"; editions: svm2021, `));
    const notEdition = thrown(() => fn(flow, { ...ok, asOf: "x-svm2024" }));
    expect(notEdition.message).toMatch(new RegExp(`^${name}: asOf "x-svm2024" is not a valid date`));
    const type = thrown(() => fn(flow, { ...ok, asOf: 20240614 }));
    expect(type).toBeInstanceOf(TypeError);
    expect(type.message).toMatch(new RegExp(`^${name}: asOf must be an ISO date string`));
  });
});

describe("a series option of the wrong type", () => {
  it.each(fns.filter(([n]) => n !== "rank" && n !== "share"))("%s: TypeError naming series", (name, fn, ok) => {
    const e = thrown(() => fn(flow, { ...ok, series: 7 }));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toMatch(new RegExp(`^${name}: series must be a string, got number; valid series of handMade: "total", "part", "zero"`));
  });

  it("without a total series, the series is required", () => {
    const noTotal = makeDataset([obs("a", 2015, 1, "old")], S);
    const e = thrown(() => value(noTotal, { year: 2015 } as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('value: handMade has no "total" series, so pass `series`; valid series: "a"');
  });
});

describe("years", () => {
  it.each([
    ["value", (y: unknown) => value(flow, { year: y } as never), "year"],
    ["share", (y: unknown) => share(flow, { year: y, series: "part" } as never), "year"],
    ["perCapita", (y: unknown) => perCapita(flow, { year: y, population: stock } as never), "year"],
    ["rank", (y: unknown) => rank(flow, { year: y } as never), "year"],
    ["change", (y: unknown) => change(flow, { from: y, to: 2015 } as never), "from"],
    ["change", (y: unknown) => change(flow, { from: 2015, to: y } as never), "to"],
    ["total", (y: unknown) => total(flow as Dataset<string, "flow">, { from: y, to: 2015 } as never), "from"],
    ["mean", (y: unknown) => mean(flow, { from: 2011, to: y } as never), "to"],
    ["timeseries", (y: unknown) => timeseries(flow, { from: y } as never), "from"],
    ["timeseries", (y: unknown) => timeseries(flow, { to: y } as never), "to"],
  ] as const)("%s: %s names the option and the range", (name, call, option) => {
    const type = thrown(() => call("2015"));
    expect(type).toBeInstanceOf(TypeError);
    expect(type.message).toBe(`${name}: ${option} must be a number such as 2019, got string`);
    const whole = thrown(() => call(2015.5));
    expect(whole).toBeInstanceOf(RangeError);
    expect(whole.message).toBe(`${name}: ${option} must be a whole year, got 2015.5; handMade covers 2010–2019`);
    const outside = thrown(() => call(2020));
    expect(outside).toBeInstanceOf(RangeError);
    expect(outside.message).toBe(`${name}: ${option} 2020 is outside handMade's range 2010–2019`);
    expect(thrown(() => call(2009)).message).toBe(`${name}: ${option} 2009 is outside handMade's range 2010–2019`);
  });

  it("from after to is a RangeError for ranges", () => {
    expect(thrown(() => total(flow as Dataset<string, "flow">, { from: 2015, to: 2014 })).message).toBe("total: from (2015) is after to (2014)");
    expect(thrown(() => mean(flow, { from: 2015, to: 2014 })).message).toBe("mean: from (2015) is after to (2014)");
    expect(thrown(() => timeseries(flow, { from: 2015, to: 2014 })).message).toBe("timeseries: from (2015) is after to (2014)");
    expect(timeseries(flow, { from: 2015, to: 2015 }).map((p) => p.year)).toEqual([2015]);
  });
});

describe("cells without a figure", () => {
  it("a declared gap says so, with the years that have figures", () => {
    const e = thrown(() => value(flow, { year: 2013 }));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe(
      'value: no source gives handMade "total" 2013 (a known gap: describeDataset(handMade).gaps says why); years with figures: 2010–2012, 2014–2015, 2017–2019',
    );
  });

  it("a gap declared for another series is not this cell's gap", () => {
    expect(thrown(() => value(flow, { year: 2013, series: "part" })).message).toBe(
      'value: no source gives handMade "part" 2013; years with figures: 2010–2012, 2014–2015, 2017–2019',
    );
  });

  it("an undeclared empty cell and a series with one year", () => {
    expect(thrown(() => change(flow, { from: 2015, to: 2016 })).message).toMatch(/^change: no source gives handMade "total" 2016;/);
    expect(thrown(() => change(flow, { from: 2016, to: 2017 })).message).toBe(
      'change: no source gives handMade "total" 2016; years with figures: 2010–2012, 2014–2015, 2017–2019',
    );
    expect(thrown(() => value(flow, { year: 2014, series: "zero" })).message).toBe('value: no source gives handMade "zero" 2014; years with figures: 2015');
    const empty = makeDataset([obs("total", 2015, 1, "old")], S, { series: ["total", "none"] });
    expect(thrown(() => value(empty, { year: 2015, series: "none" })).message).toBe('value: no source gives handMade "none" 2015; years with figures: none');
  });

  it("total and mean never skip a missing year", () => {
    expect(thrown(() => total(flow as Dataset<string, "flow">, { from: 2012, to: 2014 })).message).toMatch(/^total: no source gives handMade "total" 2013/);
    expect(thrown(() => mean(flow, { from: 2012, to: 2014 })).message).toMatch(/^mean: no source gives handMade "total" 2013/);
    expect(timeseries(flow, { from: 2012, to: 2014 }).map((p) => p.year)).toEqual([2012, 2014]);
  });

  it("a figure not yet published by asOf says when the first appeared", () => {
    const e = thrown(() => value(flow, { year: 2015, asOf: "2019-12-31" }));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('value: no figure for handMade "total" 2015 was published on or before 2019-12-31; the first appeared on 2020-01-01');
  });

  it("the same asOf string, parsed once, still gives each query its own cut-off", () => {
    const d = flow as Dataset<string, "flow">;
    expect(total(d, { from: 2018, to: 2019, asOf: "2020-06-30" })).toBe(2118 + 2119);
    expect(total(d, { from: 2018, to: 2019, asOf: "2021-06-30" })).toBe(2118 + 5000);
    expect(total(d, { from: 2018, to: 2019, asOf: "2020-06-30" })).toBe(2118 + 2119);
    expect(mean(d, { from: 2019, to: 2019, asOf: "2021-06-30" })).toBe(5000);
    expect(() => total(d, { from: 2018, to: 2019, asOf: "2019-06-30" })).toThrow(/^total: no figure/);
  });
});

describe("stocks by date", () => {
  it("reads a dated figure, and a plain year at the reference date", () => {
    expect(value(stock, { date: "2015-07-01" })).toBe(10);
    expect(value(stock, { year: 2015 })).toBe(11);
    expect(value(stock, { date: "2017-01-01", asOf: "2021-06-30" })).toBe(12);
  });

  it("refuses a wrong date with the function's name, listing the dates with figures in order", () => {
    expect(thrown(() => value(stock, { date: 20150701 } as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => value(stock, { date: 20150701 } as never)).message).toBe('value: date must be an ISO date string such as "2023-12-31", got number');
    expect(thrown(() => value(stock, { date: "2015-02-30" })).message).toMatch(/^value: asOf "2015-02-30" is not a valid date|^value: date/);
    expect(thrown(() => value(stock, { date: "2015-07-01T00:00" })).message).toBe('value: date "2015-07-01T00:00" must be a plain ISO date such as "2023-12-31"');
    const none = thrown(() => observation(stock, { date: "2015-07-02" }));
    expect(none).toBeInstanceOf(RangeError);
    expect(none.message).toBe('observation: no source gives people "total" on 2015-07-02; dates with figures: 2014-01-01, 2015-01-01, 2015-07-01, 2016-01-01, 2017-01-01');
    expect(thrown(() => value(stock, { date: "2017-01-01", asOf: "2021-01-01" })).message).toBe(
      'value: no figure for people "total" on 2017-01-01 was published on or before 2021-01-01',
    );
  });

  it("a stock series without any dated figure says so", () => {
    const bare = makeDataset([obs("total", 2015, 1, "old", { date: "2015-01-01" })], S, { measure: "stock", series: ["total", "none"] });
    const e = thrown(() => value(bare, { date: "2015-01-01", series: "none" }));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('value: no source gives handMade "none" on 2015-01-01; dates with figures: none');
  });

  it("refuses a flow queried by date, and both year and date", () => {
    const e = thrown(() => value(flow, { date: "2015-01-01" } as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("value: handMade is a flow (counted over a year); query it by year, not by date");
    expect(thrown(() => value(stock, { year: 2015, date: "2015-07-01" } as never)).message).toBe("value: pass either year or date, not both");
  });

  it("a stock cannot be totalled", () => {
    const e = thrown(() => total(stock as never, { from: 2014, to: 2015 } as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toMatch(/^total: people is a stock/);
  });
});

describe("zero denominators and options of the measures", () => {
  it("change from 0, a share of a whole of 0 and a population of 0 are RangeErrors, never NaN", () => {
    expect(thrown(() => change(flow, { from: 2015, to: 2015, series: "zero" })).message).toBe('change: the 2015 value of handMade "zero" is 0, so a relative change is undefined');
    const e = thrown(() => share(flow, { year: 2015, series: "part", of: "zero" }));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('share: the whole (handMade "zero" 2015) is 0, so a share is undefined');
    const p = thrown(() => perCapita(flow, { year: 2016, series: "part", population: stock, populationSeries: "total" } as never));
    expect(p.message).toMatch(/^perCapita: no source gives handMade "part" 2016/);
    const z = makeDataset([obs("total", 2016, 5, "old")], S);
    const pz = thrown(() => perCapita(z, { year: 2016, population: stock }));
    expect(pz).toBeInstanceOf(RangeError);
    expect(pz.message).toBe('perCapita: the population (people "total" 2016) is 0');
  });

  it("share needs the part and checks the whole's dataset", () => {
    const e = thrown(() => share(flow, { year: 2015 } as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('share: pass the part as `series`; valid series of handMade: "total", "part", "zero"');
    const bad = thrown(() => share(flow, { year: 2015, series: "part", of: { dataset: {} } } as never));
    expect(bad).toBeInstanceOf(TypeError);
    expect(bad.message).toMatch(/^share: of\.dataset is not a sealed dataset/);
    expect(thrown(() => share(flow, { year: 2015, series: "part", of: "nope" } as never)).message).toMatch(/^share: unknown of "nope"/);
  });

  it("per must be a positive finite number; population a stock dataset", () => {
    for (const [name, call] of [
      ["perCapita", (per: unknown) => perCapita(flow, { year: 2015, population: stock, per } as never)],
      ["rank", (per: unknown) => rank(flow, { year: 2015, by: "perCapita", population: stock, per, series: ["total", "part"] } as never)],
    ] as const) {
      expect(thrown(() => call("1000"))).toBeInstanceOf(TypeError);
      expect(thrown(() => call("1000")).message).toBe(`${name}: per must be a number, got string`);
      for (const bad of [0, -1, Number.POSITIVE_INFINITY, Number.NaN]) {
        expect(thrown(() => call(bad))).toBeInstanceOf(RangeError);
        expect(thrown(() => call(bad)).message).toBe(`${name}: per must be a positive finite number, got ${bad}`);
      }
    }
    const p = thrown(() => perCapita(flow, { year: 2015, population: {} } as never));
    expect(p).toBeInstanceOf(TypeError);
    expect(p.message).toMatch(/^perCapita: population is not a sealed dataset/);
    expect(thrown(() => perCapita(flow, { year: 2015, population: flow } as never)).message).toBe(
      "perCapita: population must count inhabitants (a population register such as `population` or `euPopulation`); handMade counts Hand-made, which is not a population",
    );
  });

  it("the whole's and the population's own year range is checked too", () => {
    const short = makeDataset([obs("total", 2015, 10, "old")], S, { id: "short", from: 2015, to: 2015 });
    const shortPop = makeDataset([obs("total", 2015, 10, "old", { date: "2015-01-01" })], S, { id: "shortPop", measure: "stock", from: 2015, to: 2015 }) as Dataset<
      string,
      "stock"
    >;
    expect(thrown(() => share(flow, { year: 2014, series: "part", of: { dataset: short } })).message).toBe("share: year 2014 is outside short's range 2015–2015");
    expect(thrown(() => perCapita(flow, { year: 2014, population: shortPop })).message).toBe("perCapita: year 2014 is outside shortPop's range 2015–2015");
  });

  it("rank refuses per and population unless it ranks per capita", () => {
    expect(thrown(() => rank(flow, { year: 2015, per: 0, series: ["part", "zero"] } as never)).message).toBe('rank: per applies only with by: "perCapita"');
    expect(thrown(() => rank(flow, { year: 2015, population: stock, series: ["part"] } as never)).message).toBe('rank: population applies only with by: "perCapita"');
  });

  it("rank checks by and order, naming the valid values", () => {
    expect(thrown(() => rank(flow, { year: 2015, order: "up" } as never)).message).toBe('rank: order must be one of "desc", "asc", got "up"');
    expect(thrown(() => rank(flow, { year: 2015, order: "up" } as never))).toBeInstanceOf(RangeError);
    expect(thrown(() => rank(flow, { year: 2015, by: "size" } as never)).message).toBe('rank: by must be one of "value", "perCapita", got "size"');
  });
});

describe("long lists of valid keys", () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(2, "0")}`);
  it("name at most twelve keys and say how many there are", () => {
    const many = makeDataset([obs("s00", 2015, 1, "old")], S, { series: keys(13) });
    expect(thrown(() => value(many, { year: 2015, series: "x" } as never)).message).toBe(
      `value: unknown series "x" for handMade; valid series: ${keys(12).map((k) => `"${k}"`).join(", ")}, … (13 in all)`,
    );
    const twelve = makeDataset([obs("s00", 2015, 1, "old")], S, { series: keys(12) });
    expect(thrown(() => value(twelve, { year: 2015, series: "x" } as never)).message).toBe(
      `value: unknown series "x" for handMade; valid series: ${keys(12).map((k) => `"${k}"`).join(", ")}`,
    );
  });
});
