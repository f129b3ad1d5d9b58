/**
 * COA reception occupancy at dated points. Figures:
 * - h2-nrc-2020-12-28-coa-extra-bedden: "zo'n 28.000 mensen in een asielzoekerscentrum" on 28 December 2020.
 * - h2-nhnieuws-n53077-volle-azcs: "ruim 27.000 mensen in azc's ... op 1 augustus bijna 11.000 statushouder" (2021).
 * - e-rijksoverheid-2022-09-30-taakstelling-h1-2023: "Op 1 juli 2022 verbleven 15.270 statushouders in COA-opvanglocaties".
 * - coa-bezetting-2020-06-01: 27.305 total, 5.790 status holders on 1 June 2020.
 * - h2-coa-weekcijfers-capaciteit-2022-01-24: "personen 36.864 die een opvangovereenkomst met het COA hebben".
 * - h2-tk-2024d41001-verzamelbrief-asielopvang: "Momenteel verblijven ongeveer 18.000 statushouders" (25 October 2024).
 * - h3-aida-nl-types-accommodation-2022-04-08: "As of the end of 2021 ... a total of 36,566 people staying at
 *   104 different locations ... beneficiaries of international protection (12,123)".
 * - n-tk-2024d51820-antwoord-podt-doorstroomlocaties: "Momenteel verblijven er 17.960 statushouders in de COA-opvang"
 *   (answer received 20 December 2024).
 * - n-tkconv-2025d06414-versnelde-uitstroom: "Op dit moment verblijven 17.460 statushouders in de COA-opvang [...]
 *   (peildatum 1 januari 2025)" (letter of 14 February 2025).
 * - s-coa-nieuws-jaarverslag-2018-veerkracht: "Eind 2018 had het COA een bezetting van circa 22.000 bewoners".
 * - s-coa-persbericht-jaarverslag-2017: "Begin 2017 verbleven er 27.000 bewoners in de opvang".
 * - s-coa-nieuws-jaarverslag-2020-ongekende-wereld: "(eind april 2021) vangt het COA ongeveer 25.900 bewoners op.
 *   Ruim 9.200 van hen zijn vergunninghouder".
 */
import { describe, expect, it } from "vitest";
import { observation, receptionOccupancy as d } from "../../src/index.ts";

describe("receptionOccupancy", () => {
  it("has the dated points near the end of 2020 and in 2021", () => {
    expect(observation(d, { series: "total", date: "2020-12-28" })).toMatchObject({ value: 28000, qualifier: "about", precision: 1000 });
    expect(observation(d, { series: "total", date: "2021-08-01" })).toMatchObject({ value: 27000, qualifier: "atLeast" });
    expect(observation(d, { series: "statusHolders", date: "2021-08-01" })).toMatchObject({ value: 11000, qualifier: "atMost" });
  });

  it("has the exact status-holder count of 1 July 2022", () => {
    expect(observation(d, { series: "statusHolders", date: "2022-07-01" })).toMatchObject({ value: 15270, precision: 1 });
  });

  it("has the COA week figure of 24 January 2022 and the letter of 25 October 2024", () => {
    expect(observation(d, { series: "total", date: "2022-01-24" })).toMatchObject({ value: 36864, precision: 1, source: { publisher: "COA" } });
    expect(observation(d, { series: "statusHolders", date: "2024-10-25" })).toMatchObject({ value: 18000, qualifier: "about" });
  });

  it("status holders are a part of the total at the same date", () => {
    const total = observation(d, { series: "total", date: "2020-06-01" }).value;
    const holders = observation(d, { series: "statusHolders", date: "2020-06-01" }).value;
    expect(holders).toBe(5790);
    expect(holders).toBeLessThan(total);
  });

  it("a plain year query still finds no 31 December value for 2020", () => {
    expect(() => observation(d, { series: "total", year: 2020 })).toThrow(RangeError);
  });

  it("has the end-2021 count from the AIDA 2021 update, read by a plain year query", () => {
    // h3-aida-nl-types-accommodation-2022-04-08
    expect(observation(d, { series: "total", year: 2021 })).toMatchObject({ value: 36566, precision: 1, date: "2021-12-31" });
    expect(observation(d, { series: "statusHolders", year: 2021 })).toMatchObject({ value: 12123, date: "2021-12-31" });
  });

  it("the end-2021 status holders are a part of the end-2021 total", () => {
    const total = observation(d, { series: "total", date: "2021-12-31" }).value;
    const holders = observation(d, { series: "statusHolders", date: "2021-12-31" }).value;
    expect(holders).toBeLessThan(total);
  });

  it("has the status holders of 20 December 2024 and 1 January 2025 from parliamentary papers", () => {
    // n-tk-2024d51820-antwoord-podt-doorstroomlocaties
    expect(observation(d, { series: "statusHolders", date: "2024-12-20" })).toMatchObject({
      value: 17960,
      precision: 1,
      source: { id: "n-tk-2024d51820-antwoord-podt-doorstroomlocaties", kind: "parliamentaryPaper" },
    });
    // n-tkconv-2025d06414-versnelde-uitstroom (mirror of the letter, kind repost)
    expect(observation(d, { series: "statusHolders", date: "2025-01-01" })).toMatchObject({ value: 17460, source: { kind: "repost" } });
  });

  it("does not read 1 January 2025 as the end of 2024", () => {
    expect(() => observation(d, { series: "statusHolders", year: 2024 })).toThrow(RangeError);
  });

  it("has COA's own rounded end-2018 figure as a vintage beside NJi's exact one", () => {
    // s-coa-nieuws-jaarverslag-2018-veerkracht (April 2019): "circa 22.000"; nji-databank-azc-2020-06-15 (June 2020): 22.550.
    // Before the NJi page existed only COA's figure was known; afterwards the finer NJi figure is read.
    expect(observation(d, { series: "total", date: "2018-12-31", asOf: "2019-05-01" })).toMatchObject({
      value: 22000,
      precision: 1000,
      qualifier: "about",
      source: { id: "s-coa-nieuws-jaarverslag-2018-veerkracht", publisher: "COA" },
    });
    expect(observation(d, { series: "total", year: 2018 }).value).toBe(22550);
  });

  it("has the COA annual-report points of the beginning of 2017 and the end of April 2021", () => {
    // s-coa-persbericht-jaarverslag-2017; NJi gives 27.008 at 31 December 2016, consistent within the thousand
    expect(observation(d, { series: "total", date: "2017-01-01" })).toMatchObject({ value: 27000, precision: 1000 });
    // s-coa-nieuws-jaarverslag-2020-ongekende-wereld
    const total = observation(d, { series: "total", date: "2021-04-30" });
    const holders = observation(d, { series: "statusHolders", date: "2021-04-30" });
    expect(total).toMatchObject({ value: 25900, qualifier: "about", precision: 100 });
    expect(holders).toMatchObject({ value: 9200, qualifier: "atLeast" });
    expect(holders.value).toBeLessThan(total.value);
  });
});
