/**
 * Properties of the vintage choice (fast-check): what `asOf` may and may not do, on synthetic
 * datasets whose sources have random publication dates.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { observation } from "../../src/observation.ts";
import { revisions } from "../../src/revisions.ts";
import { value } from "../../src/value.ts";
import { dateArb, orNone, syntheticArb, yearArb } from "./_arbitraries.ts";
import { refVintage } from "./_reference.ts";

describe("asOf", () => {
  it("never returns a figure published after the cut-off", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, dateArb, ({ dataset }, year, asOf) => {
        const o = orNone(() => observation(dataset, { year, asOf }));
        if (o === undefined) return;
        expect(refVintage(o.source) <= asOf).toBe(true);
        expect(o.vintage).toBe(refVintage(o.source));
      }),
    );
  });

  it("is monotonic: a cell known at one date stays known at every later date", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, dateArb, dateArb, ({ dataset }, year, d1, d2) => {
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const before = orNone(() => value(dataset, { year, asOf: early }));
        const after = orNone(() => value(dataset, { year, asOf: late }));
        if (before !== undefined) expect(after).toBeDefined();
      }),
    );
  });

  it("after the newest vintage gives the same figure as no cut-off at all", () => {
    fc.assert(
      fc.property(syntheticArb, yearArb, ({ dataset }, year) => {
        expect(orNone(() => value(dataset, { year, asOf: "2099-12-31" }))).toBe(orNone(() => value(dataset, { year })));
      }),
    );
  });

  it("finds no revisions between a vintage and itself, and every revision is beyond rounding", () => {
    fc.assert(
      fc.property(syntheticArb, dateArb, dateArb, ({ dataset }, d1, d2) => {
        expect(revisions(dataset, { from: d1, to: d1 })).toEqual([]);
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        for (const r of revisions(dataset, { from: early, to: late })) {
          expect(r.to.value).not.toBe(r.from.value);
          expect(value(dataset, { series: r.series, year: r.year, asOf: late })).toBe(r.to.value);
          expect(value(dataset, { series: r.series, year: r.year, asOf: early })).toBe(r.from.value);
        }
      }),
    );
  });
});
