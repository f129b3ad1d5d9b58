/**
 * Half-yearly housing task (taakstelling) and status holders housed. Figures:
 * - h2-rijksoverheid-2019-03-26-taakstelling-omlaag: H1 2019 lowered "van 8.000 naar 6.000"; H2 2019 "eveneens 6.000".
 * - h2-nd-966636-taakstelling-h2-2020 and h2-gelderlander-2020-12-taakstelling-verdubbeling: H2 2020 6500;
 *   Gelderlander: H1 2021 "13.500".
 * - h2-blikopnieuws-287476-taakstelling-h2-2021: H2 2021 "11.000".
 * - h2-rijksoverheid-2021-09-30-taakstelling-h1-2022: H1 2022 "taakstelling van 10.000"; later 9.979
 *   (e-volkskrant-2022-07-huisvesting-statushouders).
 * - h2-nrc-2023-01-06-gemeenten-huisvesten-meer: H2 2022 "ruim 17.000" housed.
 * - n-tk-2024d51820-antwoord-podt-doorstroomlocaties: "De taakstelling 2025-I is vastgesteld op 17.700" (20 December 2024).
 * - n-gemeentenu-2025-04-taakstelling-2025: H1 2025 "was 17.700, maar is bijgesteld naar 15.000"; H2 2025 "13.000".
 * - d6-opnieuwthuis-land-in-beeld-2017-04: "in het eerste half jaar van 2017 een taakstelling om 13.000" (COA figures).
 * - d6-tkconv-2022d56892-huisvesting-vergunninghouders-h2-2022: "In de tweede helft van 2022 bedroeg de wettelijke
 *   taakstelling ... 13.500" (letter of 23 December 2022, tkconv copy).
 */
import { describe, expect, it } from "vitest";
import { observation, statusHolderHousingHalfYear as d, toRows } from "../../src/index.ts";

describe("statusHolderHousingHalfYear", () => {
  it("has the targets of 2019-2021 as published", () => {
    expect(observation(d, { series: "targetH1", year: 2019 })).toMatchObject({ value: 6000, precision: 1000 });
    expect(observation(d, { series: "targetH2", year: 2019 }).value).toBe(6000);
    expect(observation(d, { series: "targetH2", year: 2020 }).value).toBe(6500);
    expect(observation(d, { series: "targetH1", year: 2021 })).toMatchObject({ value: 13500, precision: 100 });
    expect(observation(d, { series: "targetH2", year: 2021 })).toMatchObject({ value: 11000, source: { kind: "repost" } });
  });

  it("keeps both vintages of the H1 2022 target", () => {
    expect(observation(d, { series: "targetH1", year: 2022, asOf: "2022-01-01" }).value).toBe(10000);
    expect(observation(d, { series: "targetH1", year: 2022 }).value).toBe(9979);
  });

  it("stores 'ruim 17.000' housed in H2 2022 as atLeast", () => {
    expect(observation(d, { series: "housedH2", year: 2022 })).toMatchObject({ value: 17000, qualifier: "atLeast", precision: 1000 });
  });

  it("leaves the unfound targets as gaps", () => {
    expect(() => observation(d, { series: "targetH1", year: 2020 })).toThrow(RangeError);
    expect(() => observation(d, { series: "targetH2", year: 2018 })).toThrow(RangeError);
  });

  it("keeps both vintages of the H1 2025 target and has the H2 2025 target", () => {
    // n-tk-2024d51820-antwoord-podt-doorstroomlocaties (answer of 20 December 2024)
    expect(observation(d, { series: "targetH1", year: 2025, asOf: "2025-01-31" })).toMatchObject({ value: 17700, precision: 100 });
    // n-gemeentenu-2025-04-taakstelling-2025 (April 2025): lowered to 15.000; H2 2025 13.000
    expect(observation(d, { series: "targetH1", year: 2025 })).toMatchObject({ value: 15000, source: { id: "n-gemeentenu-2025-04-taakstelling-2025" } });
    expect(observation(d, { series: "targetH2", year: 2025 })).toMatchObject({ value: 13000, precision: 100 });
  });

  it("has a non-press source for the H1 2017 target and the minister's letter for the H2 2022 target", () => {
    // d6-opnieuwthuis-land-in-beeld-2017-04: 'een taakstelling om 13.000 vergunninghouders' (H1 2017), same as the Blik op Nieuws repost
    const h1of2017 = toRows(d, { series: "targetH1", from: 2017, to: 2017, vintages: true });
    expect(h1of2017.map((r) => r.value)).toEqual([13000, 13000]);
    expect(h1of2017.map((r) => r.source)).toContain("d6-opnieuwthuis-land-in-beeld-2017-04");
    // d6-tkconv-2022d56892-huisvesting-vergunninghouders-h2-2022: 'bedroeg de wettelijke taakstelling ... 13.500' (23 December 2022)
    expect(observation(d, { series: "targetH2", year: 2022 })).toMatchObject({ value: 13500, source: { id: "d6-tkconv-2022d56892-huisvesting-vergunninghouders-h2-2022" } });
  });
});
