/**
 * globalDisplacement: UNHCR year-end stocks with mid-year points stored by date. Figures asserted:
 * - mid-2021 'likely exceeded 84 million', asylum-seekers 4.4 million, IDPs 'nearly 50.9 million'
 *   (m-unhcr-webarchive-mid-year-trends-2021); end 2021 89.3 million (p-unhcr-webarchive-datawrapper-gt2021; MIPAS, mipas-unhcr-global-trends-2021, printed the same);
 * - end 2018 70.8 million on UNHCR's own Global Trends 2018 page (n-unhcr-globaltrends2018-webarchive); the
 *   document-sharing copy of the report (fdocuments-unhcr-global-trends-2018) printed the same figure and was
 *   removed as a redundant copy of that cell (it still gives the 2018 parts);
 * - mid-2022 103 million (m-unhcr-tr-mid-year-trends-2022); end 2022 108.4 million (unhcr-my-global-trends-2022).
 */
import { describe, expect, it } from "vitest";
import { globalDisplacement, observation, value } from "../../src/index.ts";
import { describeDataset } from "../../src/describeDataset.ts";

describe("globalDisplacement", () => {
  it("keeps mid-year points queryable by date without changing the year-end figure", () => {
    expect(observation(globalDisplacement, { series: "total", date: "2022-06-30" })).toMatchObject({ value: 103000000, status: "provisional" });
    expect(observation(globalDisplacement, { series: "total", year: 2022 }).value).toBe(108400000);
  });

  it("stores the hedges of the 2021 mid-year report as published", () => {
    expect(observation(globalDisplacement, { series: "total", date: "2021-06-30" })).toMatchObject({ value: 84000000, qualifier: "atLeast" });
    expect(observation(globalDisplacement, { series: "internallyDisplaced", date: "2021-06-30" })).toMatchObject({ value: 50900000, qualifier: "atMost" });
    expect(observation(globalDisplacement, { series: "asylumSeekers", date: "2021-06-30" }).value).toBe(4400000);
    expect(observation(globalDisplacement, { series: "total", year: 2021 }).value).toBe(89300000);
  });

  it("rests end-2018 on UNHCR's own page alone (the report copy with the same figure was a redundant copy)", () => {
    const rows = globalDisplacement.observations.filter((o) => o.series === "total" && o.year === 2018);
    expect(rows.map((o) => o.source).sort()).toEqual(["n-unhcr-globaltrends2018-webarchive"]);
    expect(new Set(rows.map((o) => o.value))).toEqual(new Set([70800000]));
  });

  // UNHCR's own Figures at a glance and Global Trends pages beside the earlier copies (same rounded figures):
  // d5-unhcr-drupalandia-figures-glance-2022 printed '35.3 million refugees', '62.5 million internally displaced people',
  // '5.4 million asylum seekers' (end-2022), as did the Scribd copy of the report (scribd-unhcr-global-trends-2022);
  // d5-unhcr-us-figures-glance-2023 printed 43.4, 68.3, 6.9 and 5.8 million for end-2023, as did the report copies;
  // d5-unhcr-figures-glance-mid-2025 printed 'IDMC's end-2024 figure (73.5 million people)'.
  const own = (series: string, date: string, source: string) =>
    globalDisplacement.observations.find((o) => o.series === series && o.date === date && o.source === source);

  it("gives end-2022 and end-2023 components from UNHCR's own Figures at a glance pages, equal to the report copies", () => {
    const cases: [string, string, string, number, string][] = [
      ["refugees", "2022-12-31", "d5-unhcr-drupalandia-figures-glance-2022", 35300000, "scribd-unhcr-global-trends-2022"],
      ["internallyDisplaced", "2022-12-31", "d5-unhcr-drupalandia-figures-glance-2022", 62500000, "scribd-unhcr-global-trends-2022"],
      ["asylumSeekers", "2022-12-31", "d5-unhcr-drupalandia-figures-glance-2022", 5400000, "scribd-unhcr-global-trends-2022"],
      ["refugees", "2023-12-31", "d5-unhcr-us-figures-glance-2023", 43400000, "jdc-unhcr-global-trends-2023"],
      ["internallyDisplaced", "2023-12-31", "d5-unhcr-us-figures-glance-2023", 68300000, "scribd-unhcr-global-trends-2023"],
      ["asylumSeekers", "2023-12-31", "d5-unhcr-us-figures-glance-2023", 6900000, "scribd-unhcr-global-trends-2023"],
      ["otherInNeed", "2023-12-31", "d5-unhcr-us-figures-glance-2023", 5800000, "scribd-unhcr-global-trends-2023"],
    ];
    for (const [series, date, source, value, copy] of cases) {
      expect(own(series, date, source)!.value).toBe(value);
      expect(own(series, date, copy)!.value).toBe(value);
    }
  });

  it("takes end-2021 and end-2024 IDPs (IDMC) from later UNHCR pages and the end-2020 total from UNHCR's Global Trends page", () => {
    expect(own("internallyDisplaced", "2021-12-31", "d5-unhcr-us-figures-glance-mid-2022")!.value).toBe(53200000);
    expect(own("internallyDisplaced", "2024-12-31", "d5-unhcr-figures-glance-mid-2025")!.value).toBe(73500000);
    expect(own("total", "2020-12-31", "d5-unhcr-flagship-globaltrends-2020")!.value).toBe(82400000);
    // mid-2022 points of the same page: '4.9 million are asylum-seekers', '5.3 million are other people in need'
    expect(observation(globalDisplacement, { series: "asylumSeekers", date: "2022-06-30" })).toMatchObject({ value: 4900000, status: "provisional" });
    expect(observation(globalDisplacement, { series: "otherInNeed", date: "2022-06-30" }).value).toBe(5300000);
    const sources = describeDataset(globalDisplacement).sources;
    for (const id of ["d5-unhcr-us-figures-glance-mid-2022", "d5-unhcr-us-figures-glance-2023", "d5-unhcr-figures-glance-mid-2025"]) {
      expect(sources[id]!.publisher.startsWith("UNHCR")).toBe(true);
      expect(sources[id]!.published).toBeTruthy();
    }
  });

  // UNHCR's own dataviz repository (r-unhcr-dataviz-streamgraph-2022-02-09, r-unhcr-dataviz-line-column-2022-03-18):
  // exact Refugee Data Finder world totals against the rounded Global Trends figures already stored —
  // asylum-seekers 1.8 (ecns-unhcr-global-trends-2014), 3.2 (cityofsanctuary-unhcr-global-trends-2015),
  // 3.1 (inee-unhcr-global-trends-2017), 3.5 (fdocuments-unhcr-global-trends-2018) and 4.1 million
  // (jdc-reliefweb-unhcr-global-trends-2020); total 59.5 and 65.3 million for 2014 and 2015.
  const bySource = (series: string, year: number, source: string) =>
    globalDisplacement.observations.find((o) => o.series === series && o.year === year && o.date === `${year}-12-31` && o.source === source);

  it("agrees at 0.1 million with the Global Trends figures where UNHCR's dataviz tables give the exact world total", () => {
    const asy = "r-unhcr-dataviz-streamgraph-2022-02-09";
    const cases: [number, string, number][] = [
      [2014, "ecns-unhcr-global-trends-2014", 1794703],
      [2015, "cityofsanctuary-unhcr-global-trends-2015", 3223460],
      [2017, "inee-unhcr-global-trends-2017", 3089503],
      [2018, "fdocuments-unhcr-global-trends-2018", 3501627],
      [2020, "jdc-reliefweb-unhcr-global-trends-2020", 4140106],
    ];
    for (const [year, press, exact] of cases) {
      const row = bySource("asylumSeekers", year, asy)!;
      expect(row.value).toBe(exact);
      expect(Math.round(row.value / 100000) * 100000).toBe(bySource("asylumSeekers", year, press)!.value);
    }
    const tot = "r-unhcr-dataviz-line-column-2022-03-18";
    expect(bySource("total", 2014, tot)).toMatchObject({ value: 59530000, precision: 10000 });
    expect(Math.round(59530000 / 100000) * 100000).toBe(bySource("total", 2014, "ecns-unhcr-global-trends-2014")!.value);
    expect(bySource("total", 2015, tot)!.value).toBe(bySource("total", 2015, "cityofsanctuary-unhcr-global-trends-2015")!.value);
  });

  it("keeps the Global Trends 2016 and 2019 figures beside the later Refugee Data Finder revisions", () => {
    // Global Trends 2016: 2.8 million asylum-seekers, 65.6 million in total (p-unhcr-ph-global-trends-2016);
    // Global Trends 2019: 4.2 million (unhcr-globaltrends2019-webarchive); the dataviz tables: 2 729 521 and 4 148 134.
    // The dataviz sample's 65.36 million for 2016 is not stored (no stated reason for the difference; a chart sample is
    // not a release): the total of 2016 stays UNHCR's published 65.6 million.
    expect(bySource("asylumSeekers", 2016, "p-unhcr-ph-global-trends-2016")!.value).toBe(2800000);
    expect(bySource("asylumSeekers", 2016, "r-unhcr-dataviz-streamgraph-2022-02-09")!.value).toBe(2729521);
    expect(bySource("total", 2016, "p-unhcr-ph-global-trends-2016")!.value).toBe(65600000);
    expect(bySource("total", 2016, "r-unhcr-dataviz-line-column-2022-03-18")).toBeUndefined();
    expect(value(globalDisplacement, { series: "total", year: 2016 })).toBe(65600000);
    expect(bySource("asylumSeekers", 2019, "unhcr-globaltrends2019-webarchive")!.value).toBe(4200000);
    expect(bySource("asylumSeekers", 2019, "r-unhcr-dataviz-streamgraph-2022-02-09")!.value).toBe(4148134);
    // no end-2021 row from a file committed in February 2022
    expect(bySource("asylumSeekers", 2021, "r-unhcr-dataviz-streamgraph-2022-02-09")).toBeUndefined();
  });

  // Refugee Data Finder downloads in UNHCR's 30DayChartChallenge2023 repository (extracted 02/05/2023):
  // IDMC IDPs r-unhcr-rdf-idp-idmc-2023-05-15, asylum-seekers r-unhcr-rdf-population-2023-05-15, against the rounded
  // Global Trends figures already stored: IDPs 41.3 (fdocuments-unhcr-global-trends-2018), 48 (jdc-reliefweb-unhcr-global-trends-2020),
  // 53.2 million (mipas-unhcr-global-trends-2021); asylum-seekers 4.6 million end-2021 (mipas-unhcr-global-trends-2021).
  it("gives the Refugee Data Finder's exact IDMC and asylum-seeker world totals beside the rounded Global Trends figures", () => {
    const idp = "r-unhcr-rdf-idp-idmc-2023-05-15";
    expect(bySource("internallyDisplaced", 2018, idp)!.value).toBe(41312940);
    expect(Math.round(41312940 / 100000) * 100000).toBe(bySource("internallyDisplaced", 2018, "fdocuments-unhcr-global-trends-2018")!.value);
    expect(bySource("internallyDisplaced", 2020, idp)!.value).toBe(48027950);
    expect(Math.round(48027950 / 1000000) * 1000000).toBe(bySource("internallyDisplaced", 2020, "jdc-reliefweb-unhcr-global-trends-2020")!.value);
    expect(bySource("internallyDisplaced", 2021, idp)!.value).toBe(53165720);
    expect(bySource("asylumSeekers", 2021, "r-unhcr-rdf-population-2023-05-15")!.value).toBe(4616134);
    expect(Math.round(4616134 / 100000) * 100000).toBe(bySource("asylumSeekers", 2021, "mipas-unhcr-global-trends-2021")!.value);
    // IDMC's later revision of 2014: 37 877 320 against 38.2 million in Global Trends 2014 (ecns-unhcr-global-trends-2014); both kept
    expect(bySource("internallyDisplaced", 2014, idp)!.value).toBe(37877320);
    expect(bySource("internallyDisplaced", 2014, "ecns-unhcr-global-trends-2014")!.value).toBe(38200000);
    // the 2022 rows of those files (mid-2022 values) are not stored
    expect(globalDisplacement.observations.some((o) => o.year === 2022 && o.source.startsWith("r-unhcr-rdf-"))).toBe(false);
  });
  // Round T: UNHCR Canada's statistics page (t-unhcr-ca-global-refugee-statistics-2022) printed 'Among them are
  // 27.1 million refugees' (end-2021 Global Trends 2021 total incl. UNRWA), the figure the press copy
  // mipas-unhcr-global-trends-2021 gave; the cell no longer rests on a copy alone.
  it("gives the end-2021 refugee total from UNHCR Canada's own page, equal to the press copy", () => {
    const rows = globalDisplacement.observations.filter((o) => o.series === "refugees" && o.date === "2021-12-31");
    expect(rows.find((o) => o.source === "t-unhcr-ca-global-refugee-statistics-2022")).toMatchObject({ value: 27100000, status: "final", precision: 100000 });
    expect(rows.find((o) => o.source === "mipas-unhcr-global-trends-2021")!.value).toBe(27100000);
    expect(describeDataset(globalDisplacement).sources["t-unhcr-ca-global-refugee-statistics-2022"]!.publisher.startsWith("UNHCR")).toBe(true);
  });
});
