/**
 * euPopulation: 1 January populations, the denominator of per-capita comparisons. Figures asserted:
 * - NL 2015 16,900,726 (cbs-statline-37296ned-dl-2878d) and 2020 17,407,585 (cbs-statline-85644ned),
 *   the latter identical to the '2020 Eurostat figure' (ipfs-wikipedia-eu-population-2020; that row was removed as a redundant copy);
 * - AT 2016 8,700,471 and 2020 8,901,064 final (eurostat-demo-pjan-copy-2024-01-18; Statistik Austria's final figures
 *   as reposted by Österreich Journal and Kronen Zeitung, removed as redundant copies), 2021 8,933,346 provisional
 *   (m-statistik-austria-bevoelkerung-jahresanfang-2021);
 * - GR 2020: 10,709,739 (ipfs-wikipedia-eu-population-2020, final) and ELSTAT's estimate 10,718,565
 *   (m-ekathimerini-elstat-population-2020);
 * - SE: SCB's year-end populations stored at 1 January of the next year: end 2014 9,747,355
 *   (m-scb-befolkningsstatistik-per-manad-2018), end 2021 10,452,326 (m-scb-befolkningsstatistik-helaret-2021);
 * - IT 1 January 2023 58,997,201 (eurostat-tps00001-panel-copy-2026-03-15; ISTAT's census at 31 December 2022, as
 *   Il Gazzettino printed it, a press row removed as a redundant copy);
 * - 1 January 2023: FR 68.2 M, IT 59.0 M, ES 48.1 M, PL 36.8 M and EU 448.8 M (m-novinite-eurostat-population-2024-05);
 *   EU27 447.6 M (eurostat-news-ddn-20240711-1).
 * - Verbatim Eurostat copies (data/sources/n-eurostat.csv): demo_pjan of 2024-01-18 (eurostat-demo-pjan-copy-2024-01-18)
 *   and of 2023-06-26, tps00001 in a derived panel of 2026-03-15 (eurostat-tps00001-panel-copy-2026-03-15). Since they
 *   are final and exact, they are now the best figure where a press copy or a provisional national figure was.
 */
import { describe, expect, it } from "vitest";
import { euPopulation, observation } from "../../src/index.ts";

describe("euPopulation", () => {
  it("gives the Netherlands from CBS, the national source of Eurostat's figure", () => {
    expect(observation(euPopulation, { series: "NL", year: 2015 })).toMatchObject({ value: 16900726, precision: 1, status: "final" });
    const nl2020 = euPopulation.observations.filter((o) => o.series === "NL" && o.year === 2020).map((o) => o.value);
    expect(new Set(nl2020)).toEqual(new Set([17407585]));
  });

  it("gives Austria from Statistik Austria, final and provisional results marked as such", () => {
    expect(observation(euPopulation, { series: "AT", year: 2016 })).toMatchObject({ value: 8700471, status: "final" });
    // Statistik Austria's provisional 8,933,346 (February 2021) is kept; the final demo_pjan value 8,932,664
    // (eurostat-demo-pjan-copy-2024-01-18) is now the best figure.
    expect(observation(euPopulation, { series: "AT", year: 2021, asOf: "2023-12-31" })).toMatchObject({ value: 8933346, status: "provisional" });
    expect(observation(euPopulation, { series: "AT", year: 2021 })).toMatchObject({ value: 8932664, status: "final" });
    const at2020 = euPopulation.observations.filter((o) => o.series === "AT" && o.year === 2020).map((o) => o.value);
    expect(new Set(at2020)).toEqual(new Set([8901064]));
  });

  it("keeps both Greek vintages for 1 January 2020 and prefers the final one", () => {
    const gr = euPopulation.observations.filter((o) => o.series === "GR" && o.date === "2020-01-01");
    // The demo_pjan copy of 2024-01-18 has ELSTAT's 10,718,565 (Eurostat code EL), the value Eurostat divided by
    // for its 2020 rate (see test/perCapita.test.ts); the undated Wikipedia copy counts as later (accessed 2026).
    expect(gr.map((o) => o.value).sort()).toEqual([10709739, 10718565, 10718565]);
    expect(gr.find((o) => o.source === "eurostat-demo-pjan-copy-2024-01-18")).toMatchObject({ value: 10718565, status: "final" });
    expect(observation(euPopulation, { series: "GR", year: 2020 }).value).toBe(10709739);
  });

  it("fills 1 January 2023 for the large member states, and does not let the May 2024 EU copy displace Eurostat's revision", () => {
    // The tps00001 copy (eurostat-tps00001-panel-copy-2026-03-15) gives FR 68,277,210, ES 48,085,361, PL 36,753,736 and
    // IT 58,997,201 (ISTAT's census figure); as of July 2024 the rounded May 2024 copy was the best figure.
    expect(observation(euPopulation, { series: "FR", year: 2023 })).toMatchObject({ value: 68277210, precision: 1 });
    expect(observation(euPopulation, { series: "FR", year: 2023, asOf: "2024-07-31" })).toMatchObject({ value: 68200000, precision: 100000 });
    // Italy: the exact figure (ISTAT's census figure, in eurostat-tps00001-panel-copy-2026-03-15) is preferred to the rounded 59.0 M
    expect(observation(euPopulation, { series: "IT", year: 2023 }).value).toBe(58997201);
    expect(euPopulation.observations.some((o) => o.series === "IT" && o.year === 2023 && o.value === 59000000)).toBe(true);
    expect(observation(euPopulation, { series: "ES", year: 2023 }).value).toBe(48085361);
    expect(observation(euPopulation, { series: "PL", year: 2023 }).value).toBe(36753736);
    expect(observation(euPopulation, { series: "ES", year: 2023, asOf: "2024-07-31" }).value).toBe(48100000);
    expect(observation(euPopulation, { series: "PL", year: 2023, asOf: "2024-07-31" }).value).toBe(36800000);
    expect(observation(euPopulation, { series: "EU27", year: 2023 }).value).toBe(447600000);
    expect(euPopulation.observations.some((o) => o.series === "EU27" && o.year === 2023 && o.value === 448800000)).toBe(true);
  });

  it("stores SCB's population at the end of a year under 1 January of the next", () => {
    expect(observation(euPopulation, { series: "SE", year: 2015 })).toMatchObject({ value: 9747355, date: "2015-01-01" });
    expect(observation(euPopulation, { series: "SE", date: "2022-01-01" }).value).toBe(10452326);
  });

  it("gives Austria on 1 January 2023 and 2024 from Statistik Austria, next to the Wikipedia copy of Eurostat's 2024 estimate", () => {
    // m2-derstandard-statistik-austria-2023-02: 'vorläufigen Ergebnissen ... genau 9.106.126'; the final tps00001
    // value 9,104,772 (eurostat-tps00001-panel-copy-2026-03-15) is now the best figure.
    expect(observation(euPopulation, { series: "AT", year: 2023, asOf: "2025-12-31" })).toMatchObject({ value: 9106126, status: "provisional" });
    expect(observation(euPopulation, { series: "AT", year: 2023 })).toMatchObject({ value: 9104772, status: "final" });
    // m2-5min-statistik-austria-2024-02: '9.159.993'; wikimili-eu-population-2024: 9,158,800; tps00001 copy 9,158,750
    const at2024 = euPopulation.observations.filter((o) => o.series === "AT" && o.year === 2024).map((o) => o.value).sort();
    expect(at2024).toEqual([9158750, 9158800, 9159993]);
  });
});


/**
 * Spot-checks of the Eurostat population copies against figures printed elsewhere:
 * - demo_pjan copy of 2024-01-18 (eurostat-demo-pjan-copy-2024-01-18): the Netherlands equals CBS for every year
 *   2014-2022 (cbs-statline-70999ned, cbs-statline-37296ned-dl-2878d, cbs-statline-37230ned-dl-49e0, cbs-statline-85644ned;
 *   CBS is the national source of demo_pjan) and gives 1 January 2017, 17,081,507, which CBS printed only as 'bijna 17,1
 *   miljoen'; EU27 on 1 January 2022 446,735,291 is the revised '446.7 million' (sofiaglobe-eurostat-population-2023),
 *   not July 2022's first '446.8' (eurostat-news-ddn-20220711-1); Sweden 1 January 2015 9,747,355 as SCB
 *   (m-scb-befolkningsstatistik-per-manad-2018).
 * - demo_pjan copy of 2023-06-26 (eurostat-demo-pjan-copy-2023-06-26): EU27 1 January 2021 447,207,489, Eurostat's
 *   '447 million' (eurostat-news-ddn-20220711-1); the January 2024 copy has 447,073,916 after Czechia's post-census
 *   revision (10,701,777 to 10,494,836).
 * - tps00001 panel copy of 2026-03-15 (eurostat-tps00001-panel-copy-2026-03-15): NL 2023 and 2024 equal CBS
 *   (17,811,291 and 17,942,942, cbs-statline-85644ned); IT 2023 equals ISTAT's census figure 58,997,201
 *   (Il Gazzettino, December 2023, citing ISTAT); DE 2024 83,456,045 is a revision of the first estimate 83,445,000
 *   (wikimili-eu-population-2024, July 2024).
 */
describe("euPopulation: the Eurostat table copies", () => {
  const fromCopy = (series: string, year: number, source: string) =>
    euPopulation.observations.find((o) => o.series === series && o.date === `${year}-01-01` && o.source === source);
  const jan2024 = "eurostat-demo-pjan-copy-2024-01-18";
  const panel = "eurostat-tps00001-panel-copy-2026-03-15";

  it("demo_pjan (2024-01-18) has every member state, EU27 2014-2022 and EU28 2014-2019, to the person", () => {
    const members = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE EU27".split(" ");
    for (const s of members) for (let y = 2014; y <= 2022; y++) expect(fromCopy(s, y, jan2024), `${s} ${y}`).toMatchObject({ precision: 1, status: "final" });
    for (let y = 2014; y <= 2019; y++) expect(fromCopy("EU28", y, jan2024)).toBeDefined();
  });

  it("demo_pjan (2024-01-18) equals CBS for the Netherlands and SCB for Sweden", () => {
    const cbs = { 2014: 16829289, 2015: 16900726, 2016: 16979120, 2018: 17181084, 2019: 17282163, 2020: 17407585, 2021: 17475415, 2022: 17590672 };
    for (const [y, v] of Object.entries(cbs)) expect(fromCopy("NL", Number(y), jan2024)!.value).toBe(v);
    expect(fromCopy("NL", 2017, jan2024)!.value).toBe(17081507); // 'bijna 17,1 miljoen'
    expect(fromCopy("SE", 2015, jan2024)!.value).toBe(9747355);
  });

  it("demo_pjan (2024-01-18) rounds to Eurostat's revised EU27 figure for 2022, not to the first estimate", () => {
    const v = fromCopy("EU27", 2022, jan2024)!.value;
    expect(Math.round(v / 1e5) / 10).toBe(446.7);
    expect(Math.round(v / 1e5) / 10).not.toBe(446.8);
  });

  it("demo_pjan (2023-06-26) keeps the earlier EU27 and Czech figures for 2021", () => {
    const early = "eurostat-demo-pjan-copy-2023-06-26";
    expect(fromCopy("EU27", 2021, early)!.value).toBe(447207489);
    expect(Math.round(fromCopy("EU27", 2021, early)!.value / 1e6)).toBe(447);
    expect(fromCopy("CZ", 2021, early)!.value).toBe(10701777);
    expect(fromCopy("CZ", 2021, jan2024)!.value).toBe(10494836);
    expect(observation(euPopulation, { series: "CZ", year: 2021, asOf: "2023-12-31" }).value).toBe(10701777);
  });

  it("tps00001 (panel copy) equals CBS and ISTAT, and revises Germany's first 2024 estimate", () => {
    expect(fromCopy("NL", 2023, panel)!.value).toBe(17811291);
    expect(fromCopy("NL", 2024, panel)!.value).toBe(17942942);
    expect(fromCopy("IT", 2023, panel)!.value).toBe(58997201);
    expect(fromCopy("DE", 2024, panel)!.value - 83445000).toBeGreaterThan(50); // beyond the rounding to 100
    expect(fromCopy("GR", 2023, panel)).toBeUndefined(); // Greece is not in the panel
  });
});
