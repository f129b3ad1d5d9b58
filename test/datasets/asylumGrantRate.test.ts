/**
 * Grant rates, one series per basis. Figures: IND annual figures 2017 (h-ind-jaarverslag-2017): "van 54
 * procent in 2016 naar 30 procent in 2017"; IND Jaarcijfers 2023 (e-ind-jaarcijfers-2023): "van 78% in 2022
 * naar 62% in 2023"; AIDA (h-aida-nl-overview-2024-04-30, aida-nl-overview-2025-05-21): 80.2% and 75.3%;
 * IND annual figures 2025 (n-ind-annual-figures-2025): "the approval rate fell from 58% in 2024 to 36% in 2025".
 */
import { describe, expect, it } from "vitest";
import { asylumGrantRate, change, observation } from "../../src/index.ts";

describe("asylumGrantRate", () => {
  it("stores rates as published percentages", () => {
    expect(asylumGrantRate.unit).toBe("percent");
    expect(observation(asylumGrantRate, { series: "generalExtended", year: 2023 })).toMatchObject({ value: 62, precision: 1 });
    expect(observation(asylumGrantRate, { series: "allApplications", year: 2016 }).value).toBe(54);
    expect(observation(asylumGrantRate, { series: "firstInstanceEu", year: 2024 })).toMatchObject({ value: 75.3, precision: 0.1 });
  });

  it("gives the fall in the general and extended procedure as percentage points", () => {
    expect(change(asylumGrantRate, { series: "generalExtended", from: 2022, to: 2023 }).absolute).toBe(62 - 78);
  });

  it("reads the IND annual figures 2025 headline rate as its own series", () => {
    // n-ind-annual-figures-2025: "fell from 58% in 2024 to 36% in 2025"
    expect(observation(asylumGrantRate, { series: "indAnnualReport", year: 2025 })).toMatchObject({ value: 36, status: "final", source: { id: "n-ind-annual-figures-2025" } });
    expect(change(asylumGrantRate, { series: "indAnnualReport", from: 2024, to: 2025 }).absolute).toBe(36 - 58);
    expect(asylumGrantRate.years.to).toBe(2025);
  });

  it("has no total: the bases are never combined", () => {
    expect(Object.keys(asylumGrantRate.series)).not.toContain("total");
    expect(() => observation(asylumGrantRate, { year: 2023 } as never)).toThrow(TypeError);
  });
});
