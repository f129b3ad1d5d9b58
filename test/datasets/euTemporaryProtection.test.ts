/**
 * euTemporaryProtection: beneficiaries of temporary protection at the end of December 2024 (INTL-2). Figures asserted:
 * - NL 'około 121,3 tys.', ES '227 tys.', IT '163 tys.', PL '992 tys.', CZ '389 tys.' at the beginning of 2025
 *   (m2-niedziela-nl-eurostat-tp-2024-12, on Eurostat's February 2025 release);
 * - IT 163.10 thousand 'at the end of 2024' (m2-open4business-eurostat-tp-2025-01);
 * - PL 991,630 and CZ 388,625 at the end of December 2024 (odessa-journal-eurostat-tp-2024-12).
 */
import { describe, expect, it } from "vitest";
import { euTemporaryProtection, observation, rank } from "../../src/index.ts";

describe("euTemporaryProtection", () => {
  it("stores the Netherlands at the end of 2024 as the rounded 'about 121.3 thousand' Niedziela.NL reported", () => {
    expect(observation(euTemporaryProtection, { series: "NL", year: 2024 })).toMatchObject({
      value: 121300,
      date: "2024-12-31",
      precision: 100,
      qualifier: "about",
    });
  });

  it("keeps the rounded copies of Poland and Czechia next to the exact year-end figures, within their rounding", () => {
    for (const [series, exact] of [["PL", 991630], ["CZ", 388625]] as const) {
      const rows = euTemporaryProtection.observations.filter((o) => o.series === series && o.date === "2024-12-31");
      expect(rows.map((o) => o.value)).toContain(exact);
      const rounded = rows.find((o) => o.precision === 1000)!;
      expect(Math.abs(rounded.value - exact)).toBeLessThanOrEqual(500);
    }
  });

  it("gives Italy at the end of 2024 both as '163 tys.' and as 163.10 thousand", () => {
    const it2024 = euTemporaryProtection.observations.filter((o) => o.series === "IT" && o.date === "2024-12-31").map((o) => o.value).sort();
    expect(it2024).toEqual([163000, 163100]);
  });

  it("orders the year-end 2024 member states with figures as Eurostat did: Germany, Poland, Czechia, then Spain", () => {
    // Germany 1.16 million, Poland 992 thousand, Czechia 389 thousand, Spain 227 thousand (m2-niedziela-nl-eurostat-tp-2024-12)
    const r = rank(euTemporaryProtection, { year: 2024 });
    expect(r.slice(0, 4).map((e) => e.series)).toEqual(["DE", "PL", "CZ", "ES"]);
  });
});
