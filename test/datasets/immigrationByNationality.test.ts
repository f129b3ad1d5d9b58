/**
 * Immigrants by nationality. Figures: CBS, "Uitkomsten EMU-enquête 2023: dossier Asiel Migratie en
 * Integratie" (source j-cbs-emu-2023-dossier-ami), block "Immigranten, 2023", row "Naar nationaliteit
 * (x 1 000)": Oekraïne 44,4; Polen 38,5; Turkije 25,3; Duitsland 19,6; Spanje 13,9; Roemenië 12,3;
 * Bulgarije 12,1. The same block gives Ukraine by country of birth (37,2) and by country of departure
 * (35,0); those are not nationality figures and must not be in the dataset.
 * India: CBS Statistische Trends 2019 (source j2-cbs-st-2019-indian-immigrants), "In 2012 kwamen 3 955
 * Indiase immigranten naar Nederland, in 2014 waren dat er 5 045 en in 2017 ... 8 630", counting
 * immigrants with Indian as first nationality.
 */
import { describe, expect, it } from "vitest";
import { immigrationByNationality, observation, rank, value } from "../../src/index.ts";

describe("immigrationByNationality", () => {
  it("keys series by ISO 3166 alpha-2 codes and has no total", () => {
    expect(immigrationByNationality.seriesKeys).toBe("iso3166");
    expect(Object.keys(immigrationByNationality.series)).not.toContain("total");
    expect(immigrationByNationality.sums).toEqual([]);
  });

  it("gives the 2023 nationality figures as CBS printed them (x 1 000, one decimal)", () => {
    // j-cbs-emu-2023-dossier-ami
    expect(value(immigrationByNationality, { year: 2023, series: "UA" })).toBe(44400);
    expect(value(immigrationByNationality, { year: 2023, series: "PL" })).toBe(38500);
    expect(value(immigrationByNationality, { year: 2023, series: "TR" })).toBe(25300);
    expect(value(immigrationByNationality, { year: 2023, series: "BG" })).toBe(12100);
    const ua = observation(immigrationByNationality, { year: 2023, series: "UA" });
    expect(ua).toMatchObject({ precision: 100, status: "final" });
    expect(ua.source.url).toContain("uitkomsten-emu-enquete-2023");
  });

  it("stores nationality, not country of birth or departure", () => {
    // j-cbs-emu-2023-dossier-ami: Ukraine by birth 37,2 and by departure 35,0 thousand
    const values = immigrationByNationality.observations.filter((o) => o.series === "UA").map((o) => o.value);
    expect(values).not.toContain(37200);
    expect(values).not.toContain(35000);
  });

  it("ranks Ukraine first and Poland second in 2023, as the CBS block lists them", () => {
    // j-cbs-emu-2023-dossier-ami lists Oekraïne, Polen, Turkije, Duitsland, Spanje, Roemenië, Bulgarije
    // The dataset holds CBS's top seven, not every nationality, so it declares no comparison set: name the series.
    expect(() => rank(immigrationByNationality, { year: 2023 })).toThrow(/^rank: immigrationByNationality declares no comparison set/);
    const top7 = ["BG", "DE", "ES", "PL", "RO", "TR", "UA"] as const;
    expect(rank(immigrationByNationality, { year: 2023, series: top7 }).map((e) => e.series)).toEqual(["UA", "PL", "TR", "DE", "ES", "RO", "BG"]);
  });

  it("gives Indian nationals for 2012, 2014 and 2017 as CBS printed them (exact counts)", () => {
    // j2-cbs-st-2019-indian-immigrants
    expect(value(immigrationByNationality, { year: 2012, series: "IN" })).toBe(3955);
    expect(value(immigrationByNationality, { year: 2014, series: "IN" })).toBe(5045);
    expect(observation(immigrationByNationality, { year: 2017, series: "IN" })).toMatchObject({ value: 8630, precision: 1, status: "final" });
    expect(() => value(immigrationByNationality, { year: 2013, series: "IN" })).toThrow(RangeError);
  });

  it("throws for a year without figures instead of guessing", () => {
    expect(() => value(immigrationByNationality, { year: 2021, series: "UA" })).toThrow(RangeError);
  });
});

describe("immigrationByNationality, 85848NED copy (cbs-85848ned-thaumatorium-copy-2026-06-03)", () => {
  it("has the copy's exact counts where the nationality is among the year's seven largest", () => {
    // copy, nationalityTop: Pools 2012 18,332; Oekraïens 2022 104,511; Turks 2024 10,181
    expect(observation(immigrationByNationality, { year: 2012, series: "PL" })).toMatchObject({ value: 18332, precision: 1, status: "final" });
    expect(value(immigrationByNationality, { year: 2022, series: "UA" })).toBe(104511);
    expect(value(immigrationByNationality, { year: 2024, series: "TR" })).toBe(10181);
  });

  it("agrees with the Indian counts of CBS Statistische Trends 2019 around 2017", () => {
    // j2-cbs-st-2019-indian-immigrants: 2017 8,630 (first nationality); the copy has 8,629 for 2017 (not stored)
    // and 7,248 (2016) and 10,588 (2018) on either side
    expect(value(immigrationByNationality, { year: 2016, series: "IN" })).toBe(7248);
    expect(value(immigrationByNationality, { year: 2018, series: "IN" })).toBe(10588);
    expect(Math.abs(8629 - value(immigrationByNationality, { year: 2017, series: "IN" }))).toBeLessThanOrEqual(1);
  });

  it("leaves the 2023 country cells to the EMU-dossier rows (their mismatch with 85848NED is in the notes)", () => {
    const rows2023 = immigrationByNationality.observations.filter((o) => o.year === 2023 && o.source === "cbs-85848ned-thaumatorium-copy-2026-06-03");
    expect(rows2023.map((o) => o.series)).toEqual(["IN"]);
  });
});
