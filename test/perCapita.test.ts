/**
 * perCapita(): immigration 2023 335,668 (cbs-dossier-how-many-people-immigrate) per inhabitants on
 * 1 January 2023, 17,811,291 (cbs-statline-85644ned); 2022: 403,108 (cbs-statline-37259ned-2023-08-04)
 * per 17,590,672 on 1 January 2022 (cbs-statline-85644ned).
 */
import { describeDataset } from "../src/describeDataset.ts";
import { describe, expect, it } from "vitest";
import { emigration, euFirstTimeAsylumApplicants, euPopulation, immigration, observation, perCapita, population } from "../src/index.ts";
import type { Dataset } from "../src/index.ts";
import { fixtureDatasets } from "./_helpers/fixtures.ts";
import { defineDataset } from "../src/schema/index.ts";

describe("perCapita", () => {
  it("divides by the population on 1 January of the year, per 1,000 by default", () => {
    expect(perCapita(immigration, { year: 2023 })).toBeCloseTo((335668 / 17811291) * 1000, 10);
    expect(perCapita(immigration, { year: 2022 })).toBeCloseTo((403108 / 17590672) * 1000, 10);
  });

  it("scales linearly with per", () => {
    expect(perCapita(emigration, { year: 2023, per: 1e6 })).toBeCloseTo((198302 / 17811291) * 1e6, 6);
  });

  it("takes another population dataset of the same territory, and refuses a stock that is not a population", () => {
    const { stockpile } = fixtureDatasets();
    // fixture stock: 1,100 on 1 January 2023; declared as inhabitants of the Netherlands in this copy
    const inhabitants = defineDataset({ ...describeDataset(stockpile!), observations: stockpile!.observations, inhabitants: true } as never) as Dataset<string, "stock">;
    expect(perCapita(immigration, { year: 2023, population: inhabitants })).toBe((335668 / 1100) * 1000);
    expect(() => perCapita(immigration, { year: 2023, population: stockpile as Dataset<string, "stock"> })).toThrow(
      /^perCapita: population must count inhabitants .*; stockpile counts .*, which is not a population/,
    );
  });

  it("throws, not NaN, when the denominator is missing", () => {
    // The population of 1 January 2023 was read from an undated table, so it counts from 2026-11-27.
    expect(() => perCapita(immigration, { year: 2023, asOf: "2024-06-14" })).toThrow(
      /^perCapita: no figure for population "total" 2023 was published on or before 2024-06-14/,
    );
  });

  it("throws for a bad per or a flow as population", () => {
    expect(() => perCapita(immigration, { year: 2023, per: 0 })).toThrow(new RangeError("perCapita: per must be a positive finite number, got 0"));
    expect(() => perCapita(immigration, { year: 2023, per: Number.NaN })).toThrow(RangeError);
    expect(() => perCapita(immigration, { year: 2023, population: immigration as never })).toThrow(
      /^perCapita: population must count inhabitants \(a population register such as `population` or `euPopulation`\); immigration counts Immigration, which is not a population$/,
    );
    expect(population.measure).toBe("stock");
  });
});

/**
 * Per-capita rates Eurostat published (first-time asylum applicants per million or per 1,000
 * inhabitants), reproduced from the bundled euFirstTimeAsylumApplicants and euPopulation. A rate
 * reproduces when the interval that the rounding of the stored numerator and denominator allows
 * overlaps the interval of the published rate's own rounding. The published rates were seen at:
 * - EU27 2022 1,973/M: https://newsofemirates.com/index.php/2023/03/23/first-time-asylum-applicants-in-eu-up-64-in-2022 (WAM, 2023-03-23)
 * - EU27 2020 931/M: https://www.infomigrants.net/en/post/31125/european-union-asylum-requests-down-34-in-2020
 * - EU27 2024 2, GR 2024 6.6, ES 2024 3.4 per 1,000: https://eunews.it/en/2025/03/20/eu-asylum-applications-fell-by-13-percent-in-2024
 * - DE 2016 8,789/M: https://www.politico.eu/article/number-of-asylum-applications-to-the-eu-dips-slightly-to-1-2-million/
 * - EU28 2016 2,360/M: https://komnews.org/1-2-million-seek-asylum-eu-2016-germany-taking-brunt/
 * - DE 2019 1,716, FR 1,789, ES 2,454 per million: https://vuesdeurope.eu/en/question/in-2019-which-european-country-received-the-highest-number-of-first-time-asylum-applications-in-proportion-to-its-population-2/?r=3
 * - EU27 2021 1,196/M: https://cyprus-mail.com/2022/03/23/cyprus-tops-number-of-asylum-applicants-per-capita-in-eu/
 * - GR 2020 3,532/M: same as EU27 2020
 * - AT 2016 4,587/M: same as DE 2016 (KOM News and Politico copies of Eurostat's March 2017 release)
 * - AT 2021 4,111/M: https://www.stockwatch.com.cy/en/article/dimografia-eyropi/cyprus-first-place-eu-asylum-applications
 *   (stockwatch-eurostat-asylum-2021)
 * - AT 2022 11,848/M: same as EU27 2022 (WAM's copy of Eurostat's release of 23 March 2023, wam-newsofemirates-eurostat-asylum-2022)
 * - GR 2019 6,985/M: same as DE 2019 (also newsbook.com.mt's copy of the March 2020 release)
 * - NL 2015 2.5 per 1,000, "gelijk aan het gemiddelde in de Europese Unie" (so EU28 2015 also 2.5):
 *   CBS news of 1 April 2016 (cbs-news-2016-13-asielzoekers-eu)
 * - SE 2015 16,016/M (and HU 17,699, AT 9,970): vuesdeurope.eu (as DE 2019); denominator SCB's population at
 *   the end of 2014, 9,747,355 (m-scb-befolkningsstatistik-per-manad-2018); numerator 156,110
 *   (g-europaportalen-2020-03-first-time-asylum)
 * - DE 2015 5,441/M: https://www.stern.de/politik/ausland/in-welchen-laendern-europas-2015-am-meisten-asylantraege-gestellt-wurden-6738896.html
 *   (stern citing Eurostat, March 2016); denominator Destatis 'am Jahresende [2014] 81,2 Millionen'
 *   (m-presseportal-destatis-2015-09)
 * - EU28 2017 1,270/M: http://www.baltic-course.com/eng/analytics/?doc=138650 (LETA, 20 March 2018) and Xinhua
 * - EU28 2018 1,133/M: https://www.timesofmalta.com/article/first-time-applicants-for-asylum-relative-to-population-in-eu-states.704487
 * Denominators added for these (data/datasets/euPopulation): AT from Statistik Austria (2016 final
 * 8,700,471, also in the demo_pjan copy eurostat-demo-pjan-copy-2024-01-18; 2021 provisional 8,933,346,
 * m-statistik-austria-bevoelkerung-jahresanfang-2021; 2022 provisional 8,979,894,
 * m-derstandard-statistik-austria-2022-02), GR from ELSTAT (1 January 2019 10,724,599 and 2020
 * 10,718,565, m-ekathimerini-elstat-population-2020), NL from CBS (2015 16,900,726,
 * cbs-statline-37296ned-dl-2878d).
 */
describe("perCapita against Eurostat's published rates", () => {
  /**
   * `from` names the stored vintages a rate was computed from (numerator `n`, denominator `d`, source ids),
   * where the cell's best figure is a later revision: the verbatim Eurostat table copies (2023-2026,
   * data/sources/n-eurostat.csv) hold revised counts, so the best figure no longer is the one of the release
   * that printed the rate.
   */
  type Case = [series: string, year: number, published: number, unit: number, per: number, asOf?: string | undefined, from?: { n?: string; d?: string }];
  const copy = "eurostat-demo-pjan-copy-2024-01-18";
  const reproduces: Case[] = [
    // Release of March 2023: 881,220 (Statistics Explained, data extracted 15 March 2023,
    // eurostat-se-asylum-statistics-oldid-558181); the migr_asyappctza copy of 2024-01-18 has the revised 874,900.
    // Denominator: the demo_pjan copy (446,735,291).
    ["EU27", 2022, 1973, 1, 1e6, undefined, { n: "eurostat-se-asylum-statistics-oldid-558181", d: copy }],
    // as known at the end of the release month: the release figure is stored from the Statistics Explained revision of
    // March 2023 (eurostat-se-asylum-statistics-oldid-558181, dated to the month); WAM's copy of the release of
    // 23 March 2023 gave the same figure to the hundred and was removed as a redundant copy
    ["EU27", 2022, 1973, 1, 1e6, "2023-03-31"],
    // First release (March 2021) 416,600 (eurostat-se-asylum-statistics-2021-03); revised 417,305 in the copy.
    ["EU27", 2020, 931, 1, 1e6, undefined, { n: "eurostat-se-asylum-statistics-2021-03", d: copy }],
    ["EU27", 2024, 2, 1, 1e3],
    ["GR", 2024, 6.6, 0.1, 1e3],
    ["ES", 2024, 3.4, 0.1, 1e3],
    // March 2017 release 722,300 (hurriyet-dha-eurostat-asylum-2016); the copy has 722,365.
    ["DE", 2016, 8789, 1, 1e6, undefined, { n: "hurriyet-dha-eurostat-asylum-2016", d: copy }],
    // March 2017 release 1,204,300 (hurriyet-dha-eurostat-asylum-2016); the best figure is now the March 2018 revision
    // 1,206,500 (euwatch-eurostat-asylum-2017, dated March 2018 in the wave-2 source audit), which gives 2,365.
    ["EU28", 2016, 2360, 1, 1e6, undefined, { n: "hurriyet-dha-eurostat-asylum-2016", d: copy }],
    // March 2020 release 142,400 and 119,900 (anadolu-turkeynewsgazette-eurostat-asylum-2019); the copy has 142,510
    // and 138,290. France's population was revised after the July 2019 estimate (67.0 million, euportal-eurostat-population-2019).
    ["DE", 2019, 1716, 1, 1e6, undefined, { n: "anadolu-turkeynewsgazette-eurostat-asylum-2019", d: copy }],
    ["FR", 2019, 1789, 1, 1e6, undefined, { n: "anadolu-turkeynewsgazette-eurostat-asylum-2019", d: "euportal-eurostat-population-2019" }],
    ["ES", 2019, 2454, 1, 1e6],
    ["GR", 2019, 6985, 1, 1e6],
    ["AT", 2016, 4587, 1, 1e6],
    // March 2022 release 36,725 (stockwatch-eurostat-asylum-2021); the copy has the revised 37,830.
    ["AT", 2021, 4111, 1, 1e6, undefined, { n: "stockwatch-eurostat-asylum-2021", d: copy }],
    ["NL", 2015, 2.5, 0.1, 1e3],
    ["EU28", 2015, 2.5, 0.1, 1e3],
    // 156,110 (g-europaportalen-2020-03-first-time-asylum); the copy has 156,195. Denominator 9,747,355 in both
    // SCB (m-scb-befolkningsstatistik-per-manad-2018) and the demo_pjan copy.
    ["SE", 2015, 16016, 1, 1e6, undefined, { n: "g-europaportalen-2020-03-first-time-asylum", d: copy }],
    // March 2016 release 441,800 (scribd-eurostat-news-release-44-2016); the copy has 441,900.
    ["DE", 2015, 5441, 1, 1e6, undefined, { n: "scribd-eurostat-news-release-44-2016", d: copy }],
    // March 2018 release 649,855 (brusselstimes-eurostat-asylum-2017) per 511.5 million (ec-press-stat-18-4443);
    // the demo_pjan copy has 511,378,572 for the EU-28.
    ["EU28", 2017, 1270, 1, 1e6, undefined, { n: "brusselstimes-eurostat-asylum-2017", d: "ec-press-stat-18-4443" }],
    ["EU28", 2018, 1133, 1, 1e6],
    ["EU28", 2018, 1133, 1, 1e6, "2019-03-31"], // with the population first estimated in July 2018
    // Round 2 (INTL-2): AT 2023 '6' per 1,000 (Cyprus 13, Greece and Austria 6 each):
    // https://eunews.it/en/?p=348138 (March 2024). Numerator 55,605 (m2-emnbelgium-eurostat-asylum-2023),
    // denominator Statistik Austria's provisional 9,106,126 (m2-derstandard-statistik-austria-2023-02).
    ["AT", 2023, 6, 1, 1e3],
    // DE 2018 1,954/M: 'W Niemczech to 1954 wnioski na milion mieszkańców' (DW Polish service on Eurostat's March
    // 2019 release, https://www.dw.com/pl/ue-liczba-wniosk%C3%B3w-o-azyl-jak-przed-kryzysem/a-47918391).
    // Numerator 161,930 (the migr_asyappctza copy, eurostat-migr-asyappctza-copy-2024-01-18; the March 2019 release
    // printed 161,900, the same figure to the hundred), denominator the July 2018 estimate of 82.9 million
    // (textile-future-eurostat-population-2018); the demo_pjan copy has the revised 82,792,351.
    ["DE", 2018, 1954, 1, 1e6, undefined, { n: "eurostat-migr-asyappctza-copy-2024-01-18", d: "textile-future-eurostat-population-2018" }],
    // Spot-check of the demo_pjan copy: Austria 2022, 11,848/M (wam-newsofemirates-eurostat-asylum-2022) is
    // 106,380 (in-cyprus-eurostat-asylum-2022, the March 2023 release) per the copy's 8,978,929 (see below).
    ["AT", 2022, 11848, 1, 1e6, undefined, { n: "in-cyprus-eurostat-asylum-2022", d: copy }],
  ];

  /** The range of rates the rounding of the stored inputs allows. */
  function range([series, year, , , per, asOf, from]: Case): [number, number, number] {
    const q = { year, series: series as never, ...(asOf === undefined ? {} : { asOf }) };
    const pick = <D extends typeof euFirstTimeAsylumApplicants | typeof euPopulation>(dataset: D, source: string | undefined) =>
      source === undefined
        ? observation(dataset, q)
        : dataset.observations.find((o) => o.series === series && o.year === year && o.source === source && (o.date ?? `${year}-01-01`) === `${year}-01-01`)!;
    const n = pick(euFirstTimeAsylumApplicants, from?.n);
    const d = pick(euPopulation, from?.d);
    expect(n, `numerator ${from?.n}`).toBeDefined();
    expect(d, `denominator ${from?.d}`).toBeDefined();
    const rate = from === undefined ? perCapita(euFirstTimeAsylumApplicants, { ...q, population: euPopulation, per }) : (n.value / d.value) * per;
    return [rate, ((n.value - n.precision / 2) / (d.value + d.precision / 2)) * per, ((n.value + n.precision / 2) / (d.value - d.precision / 2)) * per];
  }

  it.each(reproduces)("%s %i: %d per %#", (...c) => {
    const [rate, lo, hi] = range(c);
    const [, , published, unit] = c;
    expect(rate).toBeGreaterThanOrEqual(lo);
    expect(rate).toBeLessThanOrEqual(hi);
    expect(hi).toBeGreaterThanOrEqual(published - unit / 2);
    expect(lo).toBeLessThanOrEqual(published + unit / 2);
  });

  it("does not reproduce EU27 2021 (1,196/M): the stored numerator is the 2023 revision, and no population figure was published before the rate", () => {
    // Numerator 537,400 (wam-newsofemirates-eurostat-asylum-2022, revised) / 447.0 M gives 1,200.8–1,203.7.
    const [, lo] = range(["EU27", 2021, 1196, 1, 1e6]);
    expect(lo).toBeGreaterThan(1196.5);
    expect(() => perCapita(euFirstTimeAsylumApplicants, { year: 2021, series: "EU27", population: euPopulation, per: 1e6, asOf: "2022-03-24" })).toThrow(RangeError);
  });

  it("does not reproduce GR 2020 (3,532/M): the stored population (10,709,739) is not the one Eurostat divided by", () => {
    const [, lo] = range(["GR", 2020, 3532, 1, 1e6]);
    expect(lo).toBeGreaterThan(3532.5);
  });

  it("reproduces GR 2020 (3,532/M) with ELSTAT's estimate of 1 January 2020, a vintage perCapita does not prefer", () => {
    // 37,900 (stockwatch-eurostat-asylum-2020, rounded to 100) / 10,718,565 (m-ekathimerini-elstat-population-2020):
    // 3,531.3–3,540.6 per million, which reaches 3,532. The final-marked 10,709,739 wins the cell instead.
    const elstat = euPopulation.observations.find((o) => o.series === "GR" && o.date === "2020-01-01" && o.source === "m-ekathimerini-elstat-population-2020")!;
    expect(elstat).toMatchObject({ value: 10718565, status: "estimated" });
    const n = observation(euFirstTimeAsylumApplicants, { year: 2020, series: "GR" });
    const lo = ((n.value - n.precision / 2) / elstat.value) * 1e6;
    const hi = ((n.value + n.precision / 2) / elstat.value) * 1e6;
    expect(lo).toBeLessThanOrEqual(3532.5);
    expect(hi).toBeGreaterThanOrEqual(3531.5);
    expect(observation(euPopulation, { year: 2020, series: "GR" }).value).toBe(10709739);
  });

  it("does not reproduce AT 2022 (11,848/M) with Statistik Austria's provisional population of February 2022, only with the demo_pjan copy", () => {
    // 106,380 (in-cyprus-eurostat-asylum-2022, to the 5) / 8,979,894 (m-derstandard-statistik-austria-2022-02) gives
    // 11,846.2–11,846.7; / 8,978,929 (eurostat-demo-pjan-copy-2024-01-18, the final figure Eurostat divided by)
    // reaches 11,847.8 (see the AT 2022 case above).
    const [, lo, hi] = range(["AT", 2022, 11848, 1, 1e6, undefined, { n: "in-cyprus-eurostat-asylum-2022", d: "m-derstandard-statistik-austria-2022-02" }]);
    expect(hi).toBeLessThan(11847.5);
    expect(lo).toBeGreaterThan(11845.5);
    expect(observation(euPopulation, { year: 2022, series: "AT" })).toMatchObject({ value: 8978929, status: "final" });
  });

  it("does not reproduce AT 2015 (9,970/M, Vues d'Europe): the rate comes from a later extraction than the stored first release", () => {
    // 85,520 (eurostat-migr-asyappctza-copy-2024-01-18; the March 2016 release, scribd-eurostat-news-release-44-2016,
    // printed 85,500) / 8,584,926 (eurostat-demo-pjan-copy-2024-01-18) reaches at most 9,962.
    const [, , hi] = range(["AT", 2015, 9970, 1, 1e6]);
    expect(hi).toBeLessThan(9969.5);
  });

  it("puts the Netherlands 2022 at about the EU average, as ANP reported from Eurostat ('ongeveer gelijk')", () => {
    // NL 'ruim 35.000' (anp-europanu-eurostat-asylum-2022) per 17,590,672 (cbs-statline-85644ned) against EU27 2022
    const nl = perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "NL", population: euPopulation, per: 1e6 });
    const eu = perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "EU27", population: euPopulation, per: 1e6 });
    expect(Math.abs(nl / eu - 1)).toBeLessThan(0.05);
  });

  it("refuses to divide a member state by the Netherlands' population, and says which population to pass", () => {
    expect(() => perCapita(euFirstTimeAsylumApplicants, { year: 2022, series: "DE" })).toThrow(
      new RangeError(
        'perCapita: euFirstTimeAsylumApplicants "DE" counts DE, and population has no series for the inhabitants of DE; pass `population: euPopulation` (populations of the EU member states)',
      ),
    );
  });
});
