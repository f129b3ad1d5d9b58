/**
 * The asylum chapter as the report uses it. Figures (data/datasets/asylumApplications):
 * - first applications 2022 35,535 (IND), 2023 38,377 (aida-nl-statistics-2024-04-30, IND Asylum Trends),
 *   2024 32,175 (aida-nl-overview-2025-05-21, IND);
 * - the Staat van Migratie 2024 (via ANP, upday-2024-06-svm2024-asiel): "ruim 38.000 … eerste aanvraag"
 *   (+8%) and a total asylum inflow of 50,720 in 2023.
 * - COA at the end of 2022: 52,000 residents (coa-nieuws-noodopvang-twee-keer-zo-duur), 16,200 status
 *   holders without a home (rd-1098529-sociale-huurwoningen-statushouders).
 */
import { describe, expect, it } from "vitest";
import { asylumApplications, change, immigration, observation, receptionOccupancy, share } from "../../src/index.ts";

describe("asylumApplications", () => {
  it("reproduces the 2024 edition's +8% in first applications 2022→2023", () => {
    expect(Math.round(change(asylumApplications, { series: "first", from: 2022, to: 2023 }).relative * 100)).toBe(8);
  });

  it("gives the fall in first applications 2023→2024 (the 2025 edition reports −16%)", () => {
    const c = change(asylumApplications, { series: "first", from: 2023, to: 2024 });
    expect(c.from).toBe(38377);
    expect(c.to).toBe(32175);
    expect(Math.round(c.relative * 100)).toBe(-16);
  });

  it("keeps the edition's rounded 'ruim 38.000' as a hedged vintage that never displaces the exact figure", () => {
    const hedged = asylumApplications.observations.find((o) => o.series === "first" && o.year === 2023 && o.source === "upday-2024-06-svm2024-asiel");
    expect(hedged).toMatchObject({ value: 38000, precision: 1000, qualifier: "atLeast" });
    // IND's 38,377 was published (2024-04-30) before the edition, so it is the figure at every date since.
    expect(observation(asylumApplications, { series: "first", year: 2023, asOf: "svm2024" }).value).toBe(38377);
    expect(observation(asylumApplications, { series: "first", year: 2023 }).value).toBe(38377);
  });

  it("puts the asylum inflow against immigration — two different counts, passed explicitly", () => {
    // 50,720 IND applications (total inflow) against 335,668 BRP registrations (immigration)
    expect(share(asylumApplications, { year: 2023, series: "total", of: { dataset: immigration } })).toBe(50720 / 335668);
  });
});

describe("receptionOccupancy", () => {
  it("gives the share of status holders among COA residents at the end of 2022", () => {
    expect(share(receptionOccupancy, { year: 2022, series: "statusHolders" })).toBe(16200 / 52000);
  });
});
