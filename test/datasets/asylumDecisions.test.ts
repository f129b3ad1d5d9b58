/**
 * IND decisions. Figures: "17,490 decisions on first asylum requests were taken during 2023"
 * (h-aida-nl-overview-2024-04-30), "21,180 ... during 2024" (aida-nl-overview-2025-05-21), "bijna 20.000
 * eerste asielaanvragen ... afgehandeld" in 2021 (h-ind-jaarverslag-2021-asiel); "bijna 35 duizend
 * asielaanvragen behandeld in 2023" (e-ind-jaarcijfers-2023).
 */
import { describe, expect, it } from "vitest";
import { asylumDecisions, change, observation } from "../../src/index.ts";

describe("asylumDecisions", () => {
  it("gives decisions on first applications as their own series", () => {
    expect(observation(asylumDecisions, { series: "decisionsFirst", year: 2023 })).toMatchObject({ value: 17490, source: { id: "h-aida-nl-overview-2024-04-30" } });
    expect(observation(asylumDecisions, { series: "decisionsFirst", year: 2024 })).toMatchObject({ value: 21180, source: { id: "aida-nl-overview-2025-05-21" } });
    expect(observation(asylumDecisions, { series: "decisionsFirst", year: 2021 })).toMatchObject({ value: 20000, precision: 1000, qualifier: "atMost" });
    expect(change(asylumDecisions, { series: "decisionsFirst", from: 2023, to: 2024 }).absolute).toBe(21180 - 17490);
  });

  it("keeps decisions on first applications below all decisions in the same year", () => {
    // 17,490 first-application decisions against "bijna 35 duizend" decisions in 2023
    const all = observation(asylumDecisions, { series: "decisions", year: 2023 });
    expect(all).toMatchObject({ value: 35000, qualifier: "atMost" });
    expect(observation(asylumDecisions, { series: "decisionsFirst", year: 2023 }).value).toBeLessThan(all.value);
  });
});
