/**
 * unhcrAsylumApplicationsNetherlands: UNHCR's new asylum applications in the Netherlands by origin, one row of the refugees
 * R package v2025.12.1 each (dataCopy n-unhcr-refugees-pkg-2025-12-1-asylum-applications). Spot-checked against the IND
 * first-application figures printed by AIDA:
 * - 2023: Syrian 13,028, Turkish 2,862, Eritrean 2,345 (h-aida-nl-overview-2024-04-30);
 * - 2024: Iraqi 2,222, Turkish 1,868, Syrian 11,526 (aida-nl-overview-2025-05-21).
 * UNHCR's Syrian 2024 figure is 11,525, one fewer than AIDA's 11,526: the government figure UNHCR holds was extracted on
 * another day (counts are revised as registrations are corrected); the difference is kept, not adjusted.
 */
import { describe, expect, it } from "vitest";
import { observation, unhcrAsylumApplicationsNetherlands as ds } from "../../src/index.ts";

describe("unhcrAsylumApplicationsNetherlands", () => {
  it("matches the IND first applications printed by AIDA for 2023", () => {
    expect(observation(ds, { series: "SY", year: 2023 }).value).toBe(13028);
    expect(observation(ds, { series: "TR", year: 2023 }).value).toBe(2862);
    expect(observation(ds, { series: "ER", year: 2023 }).value).toBe(2345);
  });

  it("matches AIDA's 2024 figures for Iraq and Türkiye and differs by one for Syria", () => {
    expect(observation(ds, { series: "IQ", year: 2024 }).value).toBe(2222);
    expect(observation(ds, { series: "TR", year: 2024 }).value).toBe(1868);
    expect(Math.abs(observation(ds, { series: "SY", year: 2024 }).value - 11526)).toBeLessThanOrEqual(1);
  });

  it("is UNHCR's count only: every row comes from UNHCR's package and is a flow without a date", () => {
    for (const o of ds.observations) {
      expect(o.source).toBe("n-unhcr-refugees-pkg-2025-12-1-asylum-applications");
      expect(o.date).toBeUndefined();
    }
  });
});
