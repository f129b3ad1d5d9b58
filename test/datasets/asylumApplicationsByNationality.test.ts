/**
 * First asylum applications by nationality. Figures:
 * - StatLine 80059NED (cbs-statline-80059ned-selected-years): Eritrees 2015 7.360, 2020 370, 2021 770;
 *   2023* view (cbs-statline-80059ned-2023p-view): Syrisch 13.030, Iraaks 1.495 (provisional);
 * - AIDA citing IND (h-aida-nl-overview-2024-04-30): Syrian 13,028, Turkish 2,862, Eritrean 2,345 in 2023;
 *   (aida-nl-overview-2025-05-21): Syrian 11,526, Iraqi 2,222, Turkish 1,868 in 2024;
 * - OpenRijk copy of the CBS release on 2024 (h-openrijk-cbs-asielverzoeken-2024): 11,500 / 2,200 / 1,900 / 1,500
 *   (its Syrian, Iraqi and Eritrean rows were redundant beside n-cbs-news-2026-05-asylum-2025 and are removed).
 * - StatLine 80059ENG, January 2024 version (q-cbs-statline-80059eng-2024-01): Afghan 2022 2,730, Algerian 2022 1,205
 *   (final), Afghan 2023* 670, Algerian 2023* 1,555;
 * - NRC on the CBS figures for 2018 (e-nrc-2019-02-10-eerste-asielaanvragen-2018): Moldova 'In 2016 ... vijftien',
 *   Yemen 'in twee jaar tijd ... van 45 naar ruim vijfhonderd' (2016 to 2018);
 * - CBS release on 2025 (n-cbs-news-2026-05-asylum-2025): Syrian 3.3 thousand (2024: 11.5 thousand), Eritrean
 *   3.1 thousand (2024: 1.5 thousand), Iraqi 575 (2024: 2.2 thousand).
 */
import { describe, expect, it } from "vitest";
import { asylumApplications, asylumApplicationsByNationality as byNat, change, observation } from "../../src/index.ts";

describe("asylumApplicationsByNationality", () => {
  it("reads StatLine 80059NED first-request rows for Eritrea", () => {
    expect(observation(byNat, { series: "ER", year: 2015 })).toMatchObject({ value: 7360, precision: 5, status: "final" });
    expect(observation(byNat, { series: "ER", year: 2020 }).value).toBe(370);
    expect(observation(byNat, { series: "ER", year: 2021 }).value).toBe(770);
  });

  it("prefers IND's exact 2023 figures (via AIDA) to CBS's provisional multiples of 5, and keeps both", () => {
    expect(observation(byNat, { series: "SY", year: 2023 })).toMatchObject({ value: 13028, status: "final", precision: 1 });
    const cbs = byNat.observations.find((o) => o.series === "SY" && o.year === 2023 && o.source === "cbs-statline-80059ned-2023p-view");
    expect(cbs).toMatchObject({ value: 13030, status: "provisional", precision: 5 });
    expect(observation(byNat, { series: "TR", year: 2023 }).value).toBe(2862);
  });

  it("gives the 2024 top nationalities from IND, with the CBS figures kept as rounded vintages", () => {
    expect(observation(byNat, { series: "SY", year: 2024 }).value).toBe(11526);
    expect(observation(byNat, { series: "IQ", year: 2024 }).value).toBe(2222);
    // Eritrea 2024: only CBS gives it; its own release on 2025: "(2024: 1.5 thousand)"
    expect(observation(byNat, { series: "ER", year: 2024 })).toMatchObject({ value: 1500, precision: 100, source: { id: "n-cbs-news-2026-05-asylum-2025" } });
    // the OpenRijk copy of the 2024 release stays only where CBS's own page is not stored: Turks (1,900)
    const copy = byNat.observations.find((o) => o.series === "TR" && o.year === 2024 && o.source === "h-openrijk-cbs-asielverzoeken-2024");
    expect(copy?.value).toBe(1900);
    // Syrians: 13,028 → 11,526 (IND); CBS reports a fall of 12 percent
    expect(Math.round(change(byNat, { series: "SY", from: 2023, to: 2024 }).relative * 100)).toBe(-12);
  });

  it("reads the 2025 figures of the CBS release on 2025 (provisional, in hundreds except Iraq)", () => {
    // n-cbs-news-2026-05-asylum-2025: 'in 2025 was 3.3 thousand', 'to 3.1 thousand in 2025', 'filed 575 asylum applications'
    expect(observation(byNat, { series: "SY", year: 2025 })).toMatchObject({ value: 3300, precision: 100, status: "provisional" });
    expect(observation(byNat, { series: "ER", year: 2025 }).value).toBe(3100);
    expect(observation(byNat, { series: "IQ", year: 2025 })).toMatchObject({ value: 575, precision: 5 });
    // the release: Syrians 71 percent fewer than a year earlier (11.5 thousand, the CBS vintage of 2024)
    const sy2024 = byNat.observations.find((o) => o.series === "SY" && o.year === 2024 && o.source === "n-cbs-news-2026-05-asylum-2025");
    expect(Math.round((3300 / (sy2024?.value ?? 0) - 1) * 100)).toBe(-71);
  });

  it("never lists more applications for the named nationalities than there were first applications", () => {
    for (let year = byNat.years.from; year <= byNat.years.to; year++) {
      let sum = 0;
      for (const series of Object.keys(byNat.series)) {
        try {
          sum += observation(byNat, { series, year } as never).value;
        } catch {
          // no figure for this nationality and year
        }
      }
      if (sum === 0) continue;
      expect(sum, String(year)).toBeLessThan(observation(asylumApplications, { series: "first", year }).value);
    }
  });

  it("reads Afghan and Algerian 2022 as final from the January 2024 StatLine 80059ENG view", () => {
    // q-cbs-statline-80059eng-2024-01: 'Afghan 2022 2,730', 'Algerian 2022 1,205'
    expect(observation(byNat, { series: "DZ", year: 2022 })).toMatchObject({ value: 1205, status: "final", precision: 5 });
    expect(observation(byNat, { series: "AF", year: 2022 })).toMatchObject({ value: 2730, status: "final", source: { id: "q-cbs-statline-80059eng-2024-01" } });
    // the English view repeats the Dutch 2023* view (cbs-statline-80059ned-2023p-view): Afghaans 670, Algerijns 1.555
    for (const [series, v] of [["AF", 670], ["DZ", 1555]] as const) {
      const sources = byNat.observations.filter((o) => o.series === series && o.year === 2023 && o.value === v).map((o) => o.source).sort();
      expect(sources).toEqual(["cbs-statline-80059ned-2023p-view", "q-cbs-statline-80059eng-2024-01"]);
    }
  });

  it("has Moldova and Yemen 2016 as NRC quoted CBS in February 2019", () => {
    // e-nrc-2019-02-10-eerste-asielaanvragen-2018: 'In 2016 kwamen er ... vijftien mensen', 'van 45 naar ruim vijfhonderd'
    expect(observation(byNat, { series: "MD", year: 2016 })).toMatchObject({ value: 15, status: "final" });
    expect(observation(byNat, { series: "YE", year: 2016 })).toMatchObject({ value: 45, status: "final" });
  });
});
