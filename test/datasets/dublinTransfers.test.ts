/**
 * Dublin transfers. Figures: 950 transfers carried out in 2014 (h2-tk-kst-19637-2114-dublin-2014), 1,870 effected
 * by DT&V in 2018 (h2-tk-2019d08546-dublin-2018), 2,245 outgoing and 1,170 incoming in 2024
 * (e-metro-2025-06-dublin-overdrachten, CBS on IND data), 1,807 outgoing in 2023 (t-eurostat-news-ddn-20240705-2,
 * Eurostat news of 5 July 2024: 'followed by the Netherlands (1 807)').
 */
import { describe, expect, it } from "vitest";
import { dublinTransfers as d, observation } from "../../src/index.ts";

describe("dublinTransfers", () => {
  it("has the parliamentary figures for 2014 and 2018", () => {
    expect(observation(d, { series: "outgoing", year: 2014 })).toMatchObject({ value: 950, precision: 10, source: { kind: "parliamentaryPaper" } });
    expect(observation(d, { series: "outgoing", year: 2018 })).toMatchObject({ value: 1870, precision: 10 });
  });

  it("keeps the CBS figures for 2024", () => {
    expect(observation(d, { series: "outgoing", year: 2024 }).value).toBe(2245);
    expect(observation(d, { series: "incoming", year: 2024 }).value).toBe(1170);
  });

  it("has Eurostat's own figure for 2023 outgoing transfers", () => {
    // t-eurostat-news-ddn-20240705-2: 'the Netherlands (1 807)' outgoing transfers in 2023 (migr_dubto)
    expect(observation(d, { series: "outgoing", year: 2023 })).toMatchObject({ value: 1807, precision: 1, source: { kind: "newsRelease" } });
    // not known before the Eurostat item of 5 July 2024
    expect(() => observation(d, { series: "outgoing", year: 2023, asOf: "2024-07-01" })).toThrow(RangeError);
  });

  it("has no count for the years in between", () => {
    expect(() => observation(d, { series: "outgoing", year: 2019 })).toThrow(RangeError);
  });
});
