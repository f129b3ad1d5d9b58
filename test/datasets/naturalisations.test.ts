/**
 * Naturalisations (CBS) and IND decisions on naturalisation requests. Figures: StatLine 37199NED
 * "Nederlanderschap door verlening" 2021: 56.319 (e-cbs-statline-37199ned); IND news of 13 December 2023
 * (h-ind-nieuws-2023-12-13-naturalisatie): decisions 27.090 (2019), 55.930 (2021), 51.480 (2022); IND news of
 * 14 December 2021 (n-ind-nieuws-2021-12-14-naturalisatie): 50.870 decisions in 2020.
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

  it("has the IND decisions of 2020 from the IND item of 14 December 2021", () => {
    // n-ind-nieuws-2021-12-14-naturalisatie: "Vorig jaar ging het in totaal om 50.870 mensen. Het jaar daarvoor waren het er 27.090."
    expect(observation(naturalisations, { series: "indDecisions", year: 2020 })).toMatchObject({
      value: 50870,
      precision: 10,
      source: { id: "n-ind-nieuws-2021-12-14-naturalisatie", publisher: "IND" },
    });
    // The same item's 2019 figure (27.090) equals the 2019 value of the IND item of 13 December 2023.
    expect(observation(naturalisations, { series: "indDecisions", year: 2019 }).value).toBe(27090);
  });
});
