/**
 * euFirstTimeAsylumApplicants: Eurostat first-time applicants. Figures asserted:
 * - GR 2016: 49,900 in the March 2017 release text (hurriyet-dha-eurostat-asylum-2016) and 49,875 unrounded,
 *   GR 2015 11,370 (m-greekreporter-eurostat-asylum-2016);
 * - 2023: DE 329,035, ES 160,460, FR 145,095, IT 130,565 (agenzia-opinione-eurostat-asylum-2023; APA copies
 *   of the March 2024 release give the same), EU27 1,048,900 (ieu-monitoring-eurostat-asylum-2023).
 */
import { describe, expect, it } from "vitest";
import { change, euFirstTimeAsylumApplicants, observation, rank, share } from "../../src/index.ts";

describe("euFirstTimeAsylumApplicants", () => {
  it("keeps Greece 2016 both rounded and unrounded, and prefers the unrounded figure", () => {
    const gr = euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "GR" && o.year === 2016);
    // the migr_asyappctza copy of 2024-01-18 (eurostat-migr-asyappctza-copy-2024-01-18) also has 49,875
    expect(gr.map((o) => o.value).sort()).toEqual([49875, 49875, 49900]);
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2016 })).toMatchObject({ value: 49875, precision: 5 });
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2015 }).value).toBe(11370);
  });

  it("orders 2023 as Eurostat did: Germany, Spain, France, Italy", () => {
    const r = rank(euFirstTimeAsylumApplicants, { year: 2023, series: ["DE", "ES", "FR", "IT"] });
    expect(r.map((e) => e.series)).toEqual(["DE", "ES", "FR", "IT"]);
    expect(r[0]!.value).toBe(329035);
  });

  it("gives Germany's 2023 share of the EU total as published (31%)", () => {
    expect(Math.round(share(euFirstTimeAsylumApplicants, { year: 2023, series: "DE", of: "EU27" }) * 100)).toBe(31);
  });

  it("never stores an EU-28 value under EU27", () => {
    const eu28 = new Set(euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "EU28").map((o) => `${o.year}:${o.value}`));
    for (const o of euFirstTimeAsylumApplicants.observations.filter((x) => x.series === "EU27")) expect(eu28.has(`${o.year}:${o.value}`)).toBe(false);
  });

  // Round 2 (INTL-2): member-state cells from copies of Eurostat's releases (data/sources/m2-international.csv).
  const cellValues = (series: string, year: number) =>
    euFirstTimeAsylumApplicants.observations.filter((o) => o.series === series && o.year === year).map((o) => [o.value, o.source]);

  it("stores Belgium as Belga, EMN Belgium and Niedziela.BE copied it from Eurostat", () => {
    // m2-lavenir-belga-eurostat-asylum-2018: '18.130 sollicitations ... contre 14.035 en 2017'; the migr_asyappctza
    // copy of 2024-01-18 has the revised 18,160.
    expect(cellValues("BE", 2018)).toEqual([[18130, "m2-lavenir-belga-eurostat-asylum-2018"], [18160, "eurostat-migr-asyappctza-copy-2024-01-18"]]);
    // m2-niedziela-be-eurostat-asylum-2021: '19.545 ludzi spoza państw UE' (March 2022); the copy has the revised 19,605
    expect(observation(euFirstTimeAsylumApplicants, { series: "BE", year: 2021, asOf: "2022-12-31" }).value).toBe(19545);
    expect(observation(euFirstTimeAsylumApplicants, { series: "BE", year: 2021 }).value).toBe(19605);
    // m2-emnbelgium-eurostat-asylum-2023: 'soit 29.260 en 2023 contre 32.100 en 2022'
    expect(observation(euFirstTimeAsylumApplicants, { series: "BE", year: 2023 })).toMatchObject({ value: 29260, precision: 5 });
    // CBS 80498 '32,1' thousand, EMN Belgium, and 32,140 in the copy
    expect(cellValues("BE", 2022).map(([v]) => v)).toEqual([32100, 32100, 32140]);
  });

  it("reproduces EMN Belgium's 2023/2022 changes: Belgium -8.8%, the Netherlands +7.6%, France +5.5%, Germany +51.1%", () => {
    // m2-emnbelgium-eurostat-asylum-2023, as published on 25 March 2024, from its own pairs of figures: the
    // migr_asyappctza copy of 2024-01-18 is dated before it and has other 2022 values (e.g. BE 32,140, which gives -9.0%).
    const emn = (series: string, year: number) =>
      euFirstTimeAsylumApplicants.observations.find((o) => o.series === series && o.year === year && o.source === "m2-emnbelgium-eurostat-asylum-2023")!.value;
    const pct = (series: string) => Math.round((emn(series, 2023) / emn(series, 2022) - 1) * 1000) / 10;
    expect(pct("BE")).toBe(-8.8);
    expect(pct("NL")).toBe(7.6);
    expect(pct("FR")).toBe(5.5);
    expect(pct("DE")).toBe(51.1);
    expect(Math.round(change(euFirstTimeAsylumApplicants, { series: "BE", from: 2022, to: 2023, asOf: "2024-03-25" }).relative * 1000) / 10).toBe(-9);
  });

  it("keeps the Netherlands 2022 as 'ruim 35.000' (ANP, March 2023) and as 35 500 (EMN Belgium, March 2024)", () => {
    const nl = euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "NL" && o.year === 2022);
    // and 35 530 in the migr_asyappctza copy of 2024-01-18
    expect(nl.map((o) => [o.value, o.qualifier ?? null]).sort()).toEqual([[35000, "atLeast"], [35500, null], [35530, null]]);
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2022, asOf: "2023-12-31" }).value).toBe(35000);
    // NL 2023: 38 185 (m2-emnbelgium-eurostat-asylum-2023)
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2023 }).value).toBe(38185);
  });

  it("stores Austria 2019-2020 as APA reported Eurostat's March 2021 release, with 'knapp' as atMost", () => {
    // m2-oe24-apa-eurostat-asylum-2020: '2020 12.915 Asyl-Erstanträge'; 2019 'knapp 10.800' (as of March 2021); the
    // migr_asyappctza copy of 2024-01-18 has the revised 13,415 and 11,010, now the best figures.
    const asOf = "2021-03-31";
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2020, asOf }).value).toBe(12915);
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2019, asOf })).toMatchObject({ value: 10800, qualifier: "atMost", precision: 100 });
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2020 }).value).toBe(13415);
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2019 }).value).toBe(11010);
    // m2-emnbelgium-eurostat-asylum-2023: '55.605 primo-demandeurs d'asile y ont été enregistrés'
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2023 }).value).toBe(55605);
  });

  it("gives Greece 2019 the unrounded 74 910, 12.2% of the EU-27 first release (real.gr)", () => {
    // m2-real-gr-eurostat-asylum-2019: 'από 64 975 το 2018 σε 74 910 το 2019 ... ήτοι 12,2% του συνόλου της ΕΕ'
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2018, asOf: "2020-03-31" }).value).toBe(64975);
    // The EU-27 first release (612 700) is dated 2020 in its sources, so it counts from 31 December 2020.
    const s = share(euFirstTimeAsylumApplicants, { year: 2019, series: "GR", of: "EU27", asOf: "2020-12-31" });
    expect(observation(euFirstTimeAsylumApplicants, { year: 2019, series: "EU27", asOf: "2020-12-31" }).value).toBe(612700);
    expect(Math.round(s * 1000) / 10).toBe(12.2);
  });

  it("gives the Netherlands 2016 as 19 285, 1.6% of the EU-28 total, as RD reported from Eurostat", () => {
    // m2-rd-eurostat-asylum-2016: 'Nederland telde vorig jaar 19.285 asielaanvragen ... goed voor 1,6 procent'
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2016 }).value).toBe(19285);
    const s = share(euFirstTimeAsylumApplicants, { year: 2016, series: "NL", of: "EU28" });
    expect(Math.round(s * 1000) / 10).toBe(1.6);
  });
});

