/**
 * Complexity guard (counts, not time): lookups read only the observations of the cell asked for,
 * the index is built once, lazily, in one pass, and aggregates grow linearly with the years asked
 * for. The observations of synthetic datasets (bench/synthetic.ts, made-up values) are wrapped in
 * counting Proxies, so the counts do not depend on the package's own instrumentation.
 */
import { describe, expect, it } from "vitest";
import { FIRST_YEAR, sealSynthetic, seriesKey, synthetic, syntheticOfSize } from "../bench/synthetic.ts";
import { change } from "../src/change.ts";
import { mean } from "../src/mean.ts";
import { observation } from "../src/observation.ts";
import { perCapita } from "../src/perCapita.ts";
import { share } from "../src/share.ts";
import { timeseries } from "../src/timeseries.ts";
import { total } from "../src/total.ts";
import { value } from "../src/value.ts";
import type { AnyDataset, Dataset } from "../src/types.ts";


interface Counter {
  /** Reads of an element of `dataset.observations` (a scan reads them all). */
  elementReads: number;
  /** The distinct observations whose fields were read. */
  touched: Set<object>;
}

/** A copy of `dataset` whose observations array and observations count their reads. */
function counted<D extends AnyDataset>(dataset: D): { dataset: D; counter: Counter } {
  const counter: Counter = { elementReads: 0, touched: new Set() };
  const wrapped = dataset.observations.map(
    (o) =>
      new Proxy(o, {
        get(target, key, receiver) {
          counter.touched.add(target);
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  const observations = new Proxy(wrapped, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) counter.elementReads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  // Sealed (branded and frozen) like a bundled dataset: only sealed datasets keep their index between
  // calls; any other object is checked and indexed anew on every call.
  const sealed = sealSynthetic({ ...dataset, observations } as D);
  counter.elementReads = 0;
  counter.touched.clear();
  return { dataset: sealed, counter };
}

/**
 * No element read by position (no scan), and at most `n` observations touched: a cell's vintages the
 * first time, only the chosen one once the cell's latest figure is cached (queries without `asOf`).
 */
function atMost(m: { elementReads: number; touched: number }, n: number): void {
  expect(m.elementReads).toBe(0);
  expect(m.touched).toBeGreaterThanOrEqual(1);
  expect(m.touched).toBeLessThanOrEqual(n);
}

/** Runs `fn` and returns how many array elements it read and how many observations it touched. */
function measure(counter: Counter, fn: () => void): { elementReads: number; touched: number } {
  counter.elementReads = 0;
  counter.touched.clear();
  fn();
  return { elementReads: counter.elementReads, touched: counter.touched.size };
}

/** Deterministic pseudo-random integers in [0, max). */
function lcg(seed: number): (max: number) => number {
  let state = seed;
  return (max) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

describe("the index", () => {
  it("is built on the first lookup, not before, in one pass over the observations", () => {
    const { dataset, counter } = counted(syntheticOfSize(1000));
    expect(counter.elementReads).toBe(0);
    const first = measure(counter, () => value(dataset, { year: 2010 }));
    expect(first.elementReads).toBe(1000);
    expect(first.touched).toBe(1000);
  });
  it("is built once per dataset object", () => {
    const { dataset, counter } = counted(syntheticOfSize(1000));
    value(dataset, { year: 2010 });
    expect(measure(counter, () => value(dataset, { year: 2011, series: "s3" })).elementReads).toBe(0);
  });
});

describe("lookups do not scan", () => {
  for (const n of [1_000, 100_000]) {
    it(`1000 value() lookups on ${n} observations touch only the 2 vintages of each cell`, () => {
      const { dataset, counter } = counted(syntheticOfSize(n));
      const nSeries = Object.keys(dataset.series).length;
      value(dataset, { year: FIRST_YEAR }); // builds the index
      const random = lcg(n);
      for (let i = 0; i < 1000; i++) {
        const query = { series: seriesKey(random(nSeries)), year: FIRST_YEAR + random(25) };
        const m = measure(counter, () => value(dataset, query));
        atMost(m, 2);
      }
    });
  }
  it("observation(), change(), share() and perCapita() read only their cells", () => {
    const { dataset, counter } = counted(syntheticOfSize(100_000));
    const { dataset: population, counter: popCounter } = counted(syntheticOfSize(100_000, "stock"));
    value(dataset, { year: FIRST_YEAR });
    value(population, { year: FIRST_YEAR });
    atMost(measure(counter, () => observation(dataset, { series: "s17", year: 2005 })), 2);
    atMost(measure(counter, () => change(dataset, { series: "s17", from: 2005, to: 2020 })), 4);
    atMost(measure(counter, () => share(dataset, { series: "s17", year: 2005 })), 4);
    const pop = population as Dataset<string, "stock">;
    const ofPopulation = measure(popCounter, () => {
      atMost(measure(counter, () => perCapita(dataset, { series: "s17", year: 2005, population: pop })), 2);
    });
    atMost(ofPopulation, 2);
  });
  it("a stock read at a date touches only that date's figures", () => {
    const { dataset, counter } = counted(syntheticOfSize(100_000, "stock"));
    value(dataset, { year: FIRST_YEAR });
    atMost(measure(counter, () => value(dataset, { series: "s1999", date: "2012-01-01" })), 2);
  });
  it("a lookup costs the same however many series the dataset has", () => {
    // resolveSeries must not list the keys of every series on a valid query.
    const many = syntheticOfSize(100_000);
    let keyListings = 0;
    const series = new Proxy(many.series, {
      ownKeys(target) {
        keyListings++;
        return Reflect.ownKeys(target);
      },
    });
    const dataset = sealSynthetic({ ...many, series });
    value(dataset, { year: FIRST_YEAR, series: "s5" });
    keyListings = 0;
    for (let i = 0; i < 100; i++) value(dataset, { year: FIRST_YEAR + (i % 25), series: seriesKey(i) });
    expect(keyListings).toBe(0);
  });
});

describe("per-capita lookups do not scan the population's series", () => {
  it("a perCapita call costs the same however many series the population has (after the first)", () => {
    // A population of 2,000 series that all count the Netherlands (named keys): the denominator is found
    // by territory from a map built once, not by listing every series on each call.
    const many = syntheticOfSize(100_000, "stock");
    let keyListings = 0;
    const series = new Proxy(many.series, {
      ownKeys(target) {
        keyListings++;
        return Reflect.ownKeys(target);
      },
    });
    const pop = sealSynthetic({ ...many, series }) as Dataset<string, "stock">;
    const d = sealSynthetic(synthetic({ series: 3, years: 25 }));
    perCapita(d, { year: FIRST_YEAR, population: pop });
    keyListings = 0;
    for (let i = 0; i < 100; i++) perCapita(d, { year: FIRST_YEAR + (i % 25), series: seriesKey(i % 3), population: pop } as never);
    expect(keyListings).toBe(0);
  });
});

describe("aggregates are linear in the years asked for", () => {
  for (const years of [10, 100, 1000]) {
    it(`total, mean and timeseries over ${years} years touch 2 figures per year`, () => {
      const { dataset, counter } = counted(synthetic({ series: 3, years }));
      const flow = dataset as Dataset<string, "flow">;
      const to = FIRST_YEAR + years - 1;
      value(dataset, { year: FIRST_YEAR });
      atMost(measure(counter, () => total(flow, { from: FIRST_YEAR, to })), 2 * years);
      atMost(measure(counter, () => mean(dataset, { from: FIRST_YEAR, to, asOf: "2021-01-01" })), 2 * years);
      atMost(measure(counter, () => timeseries(dataset, { series: "s2" })), 2 * years);
    });
  }
});
