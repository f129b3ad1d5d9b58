/**
 * Immigrants by nationality. 2023: StatLine 85848NED via its verbatim copy
 * (cbs-85848ned-thaumatorium-copy-2026-06-03, nationalityTop 2023): Nederlands 44,435; Oekraïens 38,497;
 * Pools 25,298; Syrisch 19,551; Roemeens 13,914; Bulgaars 12,328; Indiaas 12,073. The CBS EMU dossier
 * (j-cbs-emu-2023-dossier-ami) prints the same values rounded (44,4; 38,5; …) under the column heads of
 * its departure-country row (Oekraïne, Polen, Turkije, …), which an earlier version stored as
 * nationalities: Ukraine 44.4 thousand was the Dutch nationals. The same block gives Ukraine by country of
 * birth (37,2) and by country of departure (35,0); those are not nationality figures and must not be in
 * the dataset.
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

  it("gives the 2023 nationality figures of StatLine 85848NED (exact), not the misread dossier row", () => {
    // cbs-85848ned-thaumatorium-copy-2026-06-03
    expect(value(immigrationByNationality, { year: 2023, series: "UA" })).toBe(38497);
    expect(value(immigrationByNationality, { year: 2023, series: "PL" })).toBe(25298);
    expect(value(immigrationByNationality, { year: 2023, series: "BG" })).toBe(12328);
    // Turkish nationals are not among the seven largest of 2023: no figure, and not the dossier's 25.3 thousand
    expect(() => value(immigrationByNationality, { year: 2023, series: "TR" })).toThrow(RangeError);
    expect(immigrationByNationality.observations.some((o) => o.source === "j-cbs-emu-2023-dossier-ami")).toBe(false);
    const ua = observation(immigrationByNationality, { year: 2023, series: "UA" });
    expect(ua).toMatchObject({ precision: 1, status: "final" });
  });

  it("stores nationality, not country of birth or departure", () => {
    // j-cbs-emu-2023-dossier-ami: Ukraine by birth 37,2 and by departure 35,0 thousand
    const values = immigrationByNationality.observations.filter((o) => o.series === "UA").map((o) => o.value);
    expect(values).not.toContain(37200);
    expect(values).not.toContain(35000);
  });

  it("ranks the foreign nationalities of 2023 in 85848NED's order: Ukrainian, Polish, Romanian, Bulgarian, Indian", () => {
    // cbs-85848ned-thaumatorium-copy-2026-06-03 (Syrian nationals, 19,551, are not a series of this dataset)
    // The dataset holds CBS's top seven, not every nationality, so it declares no comparison set: name the series.
    expect(() => rank(immigrationByNationality, { year: 2023 })).toThrow(/^rank: immigrationByNationality declares no comparison set/);
    const named = ["BG", "IN", "PL", "RO", "UA"] as const;
    expect(rank(immigrationByNationality, { year: 2023, series: named }).map((e) => e.series)).toEqual(["UA", "PL", "RO", "BG", "IN"]);
    // asking for Turkey as well is refused: it has no 2023 figure
    expect(() => rank(immigrationByNationality, { year: 2023, series: [...named, "TR"] })).toThrow(/^rank: 1 of 6 members of the comparison have no figure for 2023: TR/);
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

  it("takes every 2023 cell from 85848NED: the five foreign nationalities among its seven largest", () => {
    const rows2023 = immigrationByNationality.observations.filter((o) => o.year === 2023);
    expect(rows2023.every((o) => o.source === "cbs-85848ned-thaumatorium-copy-2026-06-03")).toBe(true);
    expect(rows2023.map((o) => o.series).sort()).toEqual(["BG", "IN", "PL", "RO", "UA"]);
  });
});
