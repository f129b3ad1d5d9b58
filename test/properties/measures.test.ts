/**
 * Properties of the measures (fast-check): change, share and perCapita on synthetic datasets.
 * Values are made up; the rules are the package's documented ones.
 */
import { describeDataset } from "../../src/describeDataset.ts";
import { defineDataset } from "../../src/schema/index.ts";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { change } from "../../src/change.ts";
import { observation } from "../../src/observation.ts";
import { perCapita } from "../../src/perCapita.ts";
import { share } from "../../src/share.ts";
import { value } from "../../src/value.ts";
import { dateArb, orNone, syntheticArb, yearArb } from "./_arbitraries.ts";
import { refWeaker } from "./_reference.ts";

describe("change", () => {
  it("is to − from, relative to from; reversing it negates the absolute change", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, yearArb, fc.option(dateArb, { nil: undefined }), ({ dataset }, y1, y2, asOf) => {
        const q = asOf === undefined ? {} : { asOf };
        const from = orNone(() => value(dataset, { year: y1, ...q }));
        const to = orNone(() => value(dataset, { year: y2, ...q }));
        if (from === undefined || to === undefined || from === 0) return;
        const c = change(dataset, { from: y1, to: y2, ...q });
        expect(c.from).toBe(from);
        expect(c.to).toBe(to);
        expect(c.absolute).toBe(to - from);
        expect(c.relative).toBeCloseTo((to - from) / from, 12);
        if (to !== 0) expect(change(dataset, { from: y2, to: y1, ...q }).absolute === -c.absolute).toBe(true);
      }),
    );
  });

  it("carries the weaker status and the coarser precision of its two inputs", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, yearArb, ({ dataset }, y1, y2) => {
        const a = orNone(() => observation(dataset, { year: y1 }));
        const b = orNone(() => observation(dataset, { year: y2 }));
        if (a === undefined || b === undefined || a.value === 0) return;
        const c = change(dataset, { from: y1, to: y2 });
        expect(c.status).toBe(refWeaker(a.status, b.status));
        expect(c.precision).toBe(Math.max(a.precision, b.precision));
        expect(c.sources).toEqual([a.source.id, b.source.id]);
      }),
    );
  });

  it("over the same year is zero", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, ({ dataset }, y) => {
        const v = orNone(() => value(dataset, { year: y }));
        if (v === undefined || v === 0) return;
        const c = change(dataset, { from: y, to: y });
        expect(c.absolute).toBe(0);
        expect(c.relative).toBe(0);
      }),
    );
  });
});

describe("share", () => {
  it("is part ÷ whole, so share × whole gives the part back", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, fc.constantFrom("a" as const, "b" as const), ({ dataset }, year, series) => {
        const part = orNone(() => value(dataset, { year, series }));
        const whole = orNone(() => value(dataset, { year }));
        if (part === undefined || whole === undefined || whole === 0) return;
        if (part > whole) {
          // a revised total below its part: not a part of it, so refused rather than a share above 1
          expect(() => share(dataset, { year, series })).toThrow(RangeError);
          return;
        }
        const s = share(dataset, { year, series });
        expect(s).toBeLessThanOrEqual(1);
        expect(s * whole).toBeCloseTo(part, 6);
        expect(share(dataset, { year, series: "total" })).toBe(1);
      }),
    );
  });

  it("does not depend on the unit: scaling every value by k leaves it unchanged", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, fc.integer({ min: 2, max: 1000 }), ({ dataset }, year, k) => {
        const s = orNone(() => share(dataset, { year, series: "a" }));
        if (s === undefined) return;
        const scaled = defineDataset({ ...describeDataset(dataset), observations: dataset.observations.map((o) => ({ ...o, value: o.value * k })) } as never) as typeof dataset;
        expect(share(scaled, { year, series: "a" })).toBeCloseTo(s, 12);
      }),
    );
  });
});

describe("perCapita", () => {
  it("scales linearly with `per` and equals value ÷ population × per", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, fc.constantFrom(1, 100, 1000, 1e5, 1e6), ({ dataset, population }, year, per) => {
        const v = orNone(() => value(dataset, { year }));
        if (v === undefined) return;
        const inhabitants = value(population, { year });
        const one = perCapita(dataset, { year, population, per: 1 });
        expect(one).toBeCloseTo(v / inhabitants, 12);
        expect(perCapita(dataset, { year, population, per })).toBeCloseTo(one * per, 6);
      }),
    );
  });

  it("doubles when the numerator doubles and halves when the population doubles", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, ({ dataset, population }, year) => {
        const base = orNone(() => perCapita(dataset, { year, population }));
        if (base === undefined) return;
        const twice = defineDataset({ ...describeDataset(dataset), observations: dataset.observations.map((o) => ({ ...o, value: o.value * 2 })) } as never) as typeof dataset;
        const crowded = defineDataset({ ...describeDataset(population), observations: population.observations.map((o) => ({ ...o, value: o.value * 2 })) } as never) as typeof population;
        expect(perCapita(twice, { year, population })).toBeCloseTo(base * 2, 9);
        expect(perCapita(dataset, { year, population: crowded })).toBeCloseTo(base / 2, 9);
      }),
    );
  });
});
