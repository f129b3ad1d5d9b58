/**
 * euFirstTimeAsylumApplicants: Eurostat first-time applicants. Figures asserted:
 * - GR 2016: 49,875 and GR 2015 11,370 in the migr_asyappctza copy (eurostat-migr-asyappctza-copy-2024-01-18), the
 *   unrounded figures Greek Reporter printed from the March 2017 release (49,900 to the hundred in the DHA copy);
 *   both press copies were removed as redundant copies of these cells (wave-2 source audit);
 * - 2023: DE 329,035, ES 160,460, FR 145,095, IT 130,565 (agenzia-opinione-eurostat-asylum-2023; APA copies
 *   of the March 2024 release give the same), EU27 1,048,900 (ieu-monitoring-eurostat-asylum-2023); the same
 *   Statistics Explained text: 'The lowest numbers ... in 2023 in Hungary (30), Slovakia (370), Malta (490) and
 *   Lithuania (510)';
 * - 2024: Hungary 25, 'the fewest first-time asylum applications' (q-europeanconservative-eurostat-asylum-2024).
 */
import { describe, expect, it } from "vitest";
import { change, euFirstTimeAsylumApplicants, observation, rank, share } from "../../src/index.ts";

describe("euFirstTimeAsylumApplicants", () => {
  it("rests Greece 2016 on the unrounded figure of the migr_asyappctza copy", () => {
    const gr = euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "GR" && o.year === 2016);
    // eurostat-migr-asyappctza-copy-2024-01-18: 49,875 (the March 2017 release printed the same, 49,900 to the hundred)
    expect(gr.map((o) => o.value).sort()).toEqual([49875]);
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2016 })).toMatchObject({ value: 49875, precision: 5 });
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2015 }).value).toBe(11370);
  });

  it("orders 2023 as Eurostat did: Germany, Spain, France, Italy", () => {
    const r = rank(euFirstTimeAsylumApplicants, { year: 2023, series: ["DE", "ES", "FR", "IT"] });
    expect(r.map((e) => e.series)).toEqual(["DE", "ES", "FR", "IT"]);
    // Today: the Eurostat API copy of September 2026 (eurostat-migr-asyappctza-oscarbellosido-copy-2026-09-16,
    // dades.json immi.eu.DEU.asil 2023: 329120); before it, the 329 035 that agenzia-opinione-eurostat-asylum-2023 and
    // m2-emnbelgium-eurostat-asylum-2023 copied from Eurostat.
    expect(r[0]!.value).toBe(329120);
    expect(rank(euFirstTimeAsylumApplicants, { year: 2023, series: ["DE", "ES", "FR", "IT"], asOf: "2025-12-31" })[0]!.value).toBe(329035);
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
    expect(observation(euFirstTimeAsylumApplicants, { series: "BE", year: 2023, asOf: "2025-12-31" })).toMatchObject({ value: 29260, precision: 5 });
    // today: 29,305 in the Eurostat API copy of September 2026 (dades.json immi.eu.BEL.asil 2023)
    expect(observation(euFirstTimeAsylumApplicants, { series: "BE", year: 2023 }).value).toBe(29305);
    // CBS 80498 '32,1' thousand (cbs-statline-80498eng-2023-06-belgium) and 32,140 in the copy; EMN Belgium's '32.100'
    // was removed as a redundant copy of the same figure
    expect(cellValues("BE", 2022).map(([v]) => v)).toEqual([32100, 32140]);
  });

  it("reproduces EMN Belgium's 2023/2022 changes: Belgium -8.8%, the Netherlands +7.6%, France +5.5%, Germany +51.1%", () => {
    // m2-emnbelgium-eurostat-asylum-2023, as published on 25 March 2024, from its own pairs of figures: the
    // migr_asyappctza copy of 2024-01-18 is dated before it and has other 2022 values (e.g. BE 32,140, which gives -9.0%).
    // EMN's 2022 figures for Belgium ('32.100') and the Netherlands ('35.500') are stored from first-hand sources
    // only: CBS's 32.1 thousand (cbs-statline-80498eng-2023-06-belgium) and the copy's 35,530 (to the hundred 35,500).
    const emn = (series: string, year: number) =>
      euFirstTimeAsylumApplicants.observations.find((o) => o.series === series && o.year === year && o.source === "m2-emnbelgium-eurostat-asylum-2023")?.value;
    const cbsBe2022 = euFirstTimeAsylumApplicants.observations.find((o) => o.series === "BE" && o.year === 2022 && o.source === "cbs-statline-80498eng-2023-06-belgium")!.value;
    const nl2022 = euFirstTimeAsylumApplicants.observations.find((o) => o.series === "NL" && o.year === 2022 && o.source === "eurostat-migr-asyappctza-copy-2024-01-18")!.value;
    expect(cbsBe2022).toBe(32100);
    expect(Math.round(nl2022 / 100) * 100).toBe(35500);
    const y2022: Record<string, number> = { BE: cbsBe2022, NL: Math.round(nl2022 / 100) * 100 };
    const pct = (series: string) => Math.round((emn(series, 2023)! / (emn(series, 2022) ?? y2022[series]!) - 1) * 1000) / 10;
    expect(pct("BE")).toBe(-8.8);
    expect(pct("NL")).toBe(7.6);
    expect(pct("FR")).toBe(5.5);
    expect(pct("DE")).toBe(51.1);
    expect(Math.round(change(euFirstTimeAsylumApplicants, { series: "BE", from: 2022, to: 2023, asOf: "2024-03-25" }).relative * 1000) / 10).toBe(-9);
  });

  it("keeps the Netherlands 2022 as 'ruim 35.000' (ANP, March 2023) and as 35 530 (the migr_asyappctza copy)", () => {
    const nl = euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "NL" && o.year === 2022);
    // 35 530 in the migr_asyappctza copy of 2024-01-18; EMN Belgium's '35.500' (March 2024) is the same to the hundred
    // and was removed as a redundant copy
    expect(nl.map((o) => [o.value, o.qualifier ?? null]).sort()).toEqual([[35000, "atLeast"], [35530, null]]);
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2022, asOf: "2023-12-31" }).value).toBe(35000);
    // NL 2023: 38 185 (m2-emnbelgium-eurostat-asylum-2023); today the revised 38 370 of the Eurostat API copy of
    // September 2026 (dades.json immi.eu.NLD.asil 2023)
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2023, asOf: "2025-12-31" }).value).toBe(38185);
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2023 }).value).toBe(38370);
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
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2023, asOf: "2025-12-31" }).value).toBe(55605);
    // today: 56,160 in the Eurostat API copy of September 2026 (dades.json immi.eu.AUT.asil 2023)
    expect(observation(euFirstTimeAsylumApplicants, { series: "AT", year: 2023 }).value).toBe(56160);
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
    // eurostat-migr-asyappctza-copy-2024-01-18: 19,285 (Reformatorisch Dagblad, December 2017, printed the same:
    // 'Nederland telde vorig jaar 19.285 asielaanvragen ... goed voor 1,6 procent'; removed as a redundant copy)
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2016 }).value).toBe(19285);
    const s = share(euFirstTimeAsylumApplicants, { year: 2016, series: "NL", of: "EU28" });
    expect(Math.round(s * 1000) / 10).toBe(1.6);
  });
});


/**
 * Spot-checks of the verbatim migr_asyappctza copy (eurostat-migr-asyappctza-copy-2024-01-18, Eurostat's table as
 * downloaded on 2024-01-18) against figures Eurostat printed elsewhere:
 * - EU27 2022: 881,220 in Statistics Explained 'Asylum statistics' of March 2023 (eurostat-se-asylum-statistics-oldid-558181);
 *   873,700 in the March 2024 release (ieu-monitoring-eurostat-asylum-2023). The copy's 874,900 lies between: late
 *   reports and corrections revised 2022 after March 2023, and again by March 2024.
 * - EU27 2021: 535,000 first (eurostat-news-ddn-20220323-1, March 2022), 537,400 'revised' a year later
 *   (WAM copy of the March 2023 release, wam-newsofemirates-eurostat-asylum-2022; that row was removed as a redundant copy); the copy's 537,395 is the revised figure to the 5.
 * - Unrounded release figures the copy repeats: GR 2016 49,875 (Greek Reporter, 16 March 2017), NL 2016 19,285
 *   (Reformatorisch Dagblad, December 2017), NL 2018 20,465 (De Telegraaf, March 2019), IT 2022 77,200
 *   (in-cyprus-eurostat-asylum-2022); the press rows were removed as redundant copies (wave-2 source audit).
 * - DE 2021: 148,175 in Eurostat's news item of March 2022 (eurostat-news-ddn-20220323-1); the copy has 148,235 (revised).
 */
describe("euFirstTimeAsylumApplicants: the migr_asyappctza copy of 2024-01-18", () => {
  const copy = "eurostat-migr-asyappctza-copy-2024-01-18";
  const fromCopy = (series: string, year: number) =>
    euFirstTimeAsylumApplicants.observations.find((o) => o.series === series && o.year === year && o.source === copy)!;
  const members = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");

  it("gives every member state and the EU27 for 2014-2022, rounded to 5, final", () => {
    for (const series of ["EU27", ...members]) {
      for (let year = 2014; year <= 2022; year++) {
        const o = fromCopy(series, year);
        expect(o, `${series} ${year}`).toMatchObject({ precision: 5, status: "final" });
        expect(o.value % 5).toBe(0);
      }
    }
  });

  it("differs from the March 2023 Statistics Explained EU27 2022 figure by a revision, not by rounding", () => {
    const se = euFirstTimeAsylumApplicants.observations.find((o) => o.series === "EU27" && o.year === 2022 && o.source === "eurostat-se-asylum-statistics-oldid-558181")!;
    expect(se.value).toBe(881220);
    expect(fromCopy("EU27", 2022).value).toBe(874900);
    expect(se.value - fromCopy("EU27", 2022).value).toBeGreaterThan(5); // more than the rounding allows
    // the March 2024 release (873,700 to the hundred) is closer: the copy is a vintage between the two releases
    expect(Math.abs(fromCopy("EU27", 2022).value - 873700)).toBeLessThan(Math.abs(fromCopy("EU27", 2022).value - 881220));
  });

  it("has the revised EU27 2021 (537,400 in March 2023) within its rounding, not the first release (535,000)", () => {
    expect(Math.abs(fromCopy("EU27", 2021).value - 537400)).toBeLessThanOrEqual(50);
    expect(Math.abs(fromCopy("EU27", 2021).value - 535000)).toBeGreaterThan(50);
  });

  it("repeats unrounded figures that the releases printed", () => {
    expect(fromCopy("GR", 2016).value).toBe(49875);
    expect(fromCopy("NL", 2016).value).toBe(19285);
    expect(fromCopy("NL", 2018).value).toBe(20465);
    expect(fromCopy("IT", 2022).value).toBe(77200);
  });

  it("is the best figure where only copies rounded to the hundred existed, and a revision of Eurostat's own news item for DE 2021", () => {
    expect(observation(euFirstTimeAsylumApplicants, { series: "DE", year: 2021 }).value).toBe(148235);
    expect(observation(euFirstTimeAsylumApplicants, { series: "DE", year: 2021, asOf: "2023-12-31" }).value).toBe(148175);
  });
});

describe("euFirstTimeAsylumApplicants, Eurostat API copy of September 2026 (eurostat-migr-asyappctza-oscarbellosido-copy-2026-09-16)", () => {
  const COPY = "eurostat-migr-asyappctza-oscarbellosido-copy-2026-09-16";

  it("fills the 2023-2024 cells of the member states the copy holds", () => {
    expect(observation(euFirstTimeAsylumApplicants, { series: "NL", year: 2024 })).toMatchObject({ value: 32000, precision: 5, source: { id: COPY } });
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2023 }).value).toBe(57900);
    expect(observation(euFirstTimeAsylumApplicants, { series: "SE", year: 2024 }).value).toBe(6780);
    // 12 rows for cells nothing else filled, and 14 (2023-2024) for cells only press copies of Eurostat's releases
    // filled (scripts/extract/eurostat-oscarbellosido-dades.py --first-hand-gaps)
    expect(euFirstTimeAsylumApplicants.observations.filter((o) => o.source === COPY)).toHaveLength(26);
  });

  it("agrees with the figures the older bulk copy and the March 2024 release printed", () => {
    // The copy's values for cells already filled from first-hand sources were not stored; these are the copy's own figures (dades.json,
    // immi.eu.<country>.asil) against stored rows: 2022 NL 35,530, DE 217,775, GR 29,135 (eurostat-migr-asyappctza-copy-2024-01-18);
    // 2023 IT 130,565 (agenzia-opinione-eurostat-asylum-2023). The copy's NL 2023 (38,370) is a later revision of
    // the 38,185 in m2-emnbelgium-eurostat-asylum-2023.
    const stored = (series: string, year: number, source: string) =>
      euFirstTimeAsylumApplicants.observations.find((o) => o.series === series && o.year === year && o.source === source)?.value;
    expect(stored("NL", 2022, "eurostat-migr-asyappctza-copy-2024-01-18")).toBe(35530);
    expect(stored("DE", 2022, "eurostat-migr-asyappctza-copy-2024-01-18")).toBe(217775);
    expect(stored("GR", 2022, "eurostat-migr-asyappctza-copy-2024-01-18")).toBe(29135);
    expect(stored("IT", 2023, "agenzia-opinione-eurostat-asylum-2023")).toBe(130565);
  });

  it("has the four smallest 2023 counts the Statistics Explained text names", () => {
    // agenzia-opinione-eurostat-asylum-2023: Hungary (30), Slovakia (370), Malta (490), Lithuania (510)
    const v = (series: string) => observation(euFirstTimeAsylumApplicants, { series, year: 2023 } as never).value;
    expect(["HU", "SK", "MT", "LT"].map(v)).toEqual([30, 370, 490, 510]);
    // they are below every other 2023 member-state figure stored
    const others = euFirstTimeAsylumApplicants.observations.filter((o) => o.year === 2023 && !["EU27", "EU28", "HU", "SK", "MT", "LT"].includes(o.series));
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o.value, o.series).toBeGreaterThan(510);
  });

  it("has Hungary's 25 first-time applicants in 2024", () => {
    // q-europeanconservative-eurostat-asylum-2024: 'the fewest first-time asylum applications (25)'
    expect(observation(euFirstTimeAsylumApplicants, { series: "HU", year: 2024 })).toMatchObject({ value: 25, precision: 5 });
  });
});
