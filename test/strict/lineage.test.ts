/**
 * Lineage survives every measure (issue 13.7): `lineage: true` gives, beside the number, the weakest
 * status, the coarsest rounding unit, the hedge and the sources; `change` and `rank` entries always
 * carry them. Figures: immigration 2022 403,108 final and 2023 332,863 provisional as of svm2024
 * (rijksoverheid-svm2024-news); population 1 January 2023 17,811,291 (cbs-statline-85644ned).
 */
import { describe, expect, it } from "vitest";
import { change, euFirstTimeAsylumApplicants, euPopulation, immigration, mean, perCapita, rank, share, total } from "../../src/index.ts";
import { flow, src } from "./_small.ts";

const s1 = src("s1", "statisticalTable", "2024-01-01");
const s2 = src("s2", "newsRelease", "2024-02-01");
const hedged = flow(
  [
    { series: "total", year: 2020, value: 1000, status: "final", precision: 1000, qualifier: "atLeast", source: "s1" },
    { series: "total", year: 2021, value: 2000, status: "provisional", precision: 100, qualifier: "atLeast", source: "s2" },
    { series: "total", year: 2022, value: 3000, status: "estimated", precision: 1, source: "s1" },
    { series: "total", year: 2023, value: 4000, status: "final", precision: 1, qualifier: "atMost", source: "s2" },
    { series: "a", year: 2020, value: 400, status: "final", precision: 1, source: "s1" },
    { series: "a", year: 2021, value: 500, status: "final", precision: 1, qualifier: "about", source: "s1" },
  ],
  [s1, s2],
);

describe("lineage: true", () => {
  it("total keeps the weakest status, the coarsest rounding, a hedge that leans one way, and the sources", () => {
    expect(total(hedged, { from: 2020, to: 2021, lineage: true })).toEqual({ value: 3000, status: "provisional", precision: 1000, qualifier: "atLeast", sources: ["s1", "s2"] });
    expect(total(hedged, { from: 2020, to: 2022, lineage: true })).toMatchObject({ value: 6000, status: "estimated", qualifier: "atLeast" });
    // at least + at most: only "about" is honest
    expect(total(hedged, { from: 2021, to: 2023, lineage: true }).qualifier).toBe("about");
    expect(total(hedged, { from: 2022, to: 2022, lineage: true }).qualifier).toBeNull();
  });

  it("mean, share and perCapita carry their inputs' lineage; a ratio of a hedged figure is 'about'", () => {
    expect(mean(hedged, { from: 2020, to: 2021, lineage: true })).toEqual({ value: 1500, status: "provisional", precision: 1000, qualifier: "atLeast", sources: ["s1", "s2"] });
    expect(share(hedged, { year: 2021, series: "a", lineage: true })).toEqual({ value: 0.25, status: "provisional", precision: 100, qualifier: "about", sources: ["s1", "s2"] });
    expect(share(hedged, { year: 2020, series: "a", lineage: true }).qualifier).toBe("about");
    const rate = perCapita(immigration, { year: 2023, lineage: true });
    expect(rate.value).toBe(perCapita(immigration, { year: 2023 }));
    expect(rate.sources).toHaveLength(2);
  });

  it("the plain call still returns the plain number", () => {
    expect(total(hedged, { from: 2020, to: 2021 })).toBe(3000);
    expect(share(hedged, { year: 2021, series: "a" })).toBe(0.25);
  });

  it("change carries the hedge and the weaker status: 2022 → 2023 as of svm2024 is provisional", () => {
    const c = change(immigration, { from: 2022, to: 2023, asOf: "svm2024" });
    expect(c).toMatchObject({ from: 403108, to: 332863, status: "provisional", qualifier: null });
    expect(change(hedged, { from: 2022, to: 2023 }).qualifier).toBe("about");
  });

  it("rank entries carry status, rounding, hedge and the sources of value and population", () => {
    const r = rank(euFirstTimeAsylumApplicants, { year: 2022, by: "perCapita", population: euPopulation });
    expect(r).toHaveLength(27);
    for (const e of r) {
      expect(e.sources.length).toBeGreaterThanOrEqual(1);
      expect(e.sources.length).toBeLessThanOrEqual(2);
      expect(["final", "provisional", "estimated", "break"]).toContain(e.status);
    }
  });
});
