/**
 * Status holders housed per calendar year. Figures: 29.000 in 2022 (e-coa-sociale-huurwoningen-statushouders);
 * 12.540 in 2019 (k-telegraaf-2020-05-rvk2019, De Telegraaf on the Rapportage Vreemdelingenketen 2019).
 */
import { describe, expect, it } from "vitest";
import { observation, statusHolderHousing as d } from "../../src/index.ts";

describe("statusHolderHousing", () => {
  it("has the 2019 count from the press copy of the RVK 2019", () => {
    expect(observation(d, { series: "housed", year: 2019 })).toMatchObject({ value: 12540, precision: 10, source: { kind: "newsArticle" } });
  });

  it("has the COA count for 2022", () => {
    expect(observation(d, { series: "housed", year: 2022 }).value).toBe(29000);
  });

  it("has no calendar-year target", () => {
    expect(() => observation(d, { series: "target", year: 2019 })).toThrow(RangeError);
  });
});
