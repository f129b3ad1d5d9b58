/**
 * Naturalisations (CBS) and IND decisions on naturalisation requests. Figures: StatLine 37199NED
 * "Nederlanderschap door verlening" 2021: 56.319 (e-cbs-statline-37199ned); IND news of 13 December 2023
 * (h-ind-nieuws-2023-12-13-naturalisatie): decisions 27.090 (2019), 55.930 (2021), 51.480 (2022).
 */
import { describe, expect, it } from "vitest";
import { naturalisations, observation } from "../../src/index.ts";

describe("naturalisations", () => {
  it("keeps IND decisions apart from CBS naturalisations", () => {
    expect(observation(naturalisations, { series: "total", year: 2021 }).value).toBe(56319);
    expect(observation(naturalisations, { series: "indDecisions", year: 2021 })).toMatchObject({ value: 55930, precision: 10, source: { publisher: "IND" } });
    expect(observation(naturalisations, { series: "indDecisions", year: 2022 }).value).toBe(51480);
    expect(observation(naturalisations, { series: "indDecisions", year: 2019 }).value).toBe(27090);
  });

  it("a plain year query reads the CBS count", () => {
    expect(observation(naturalisations, { year: 2019 })).toMatchObject({ series: "total", value: 25551 });
  });
});
