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
import { globalDisplacement, observation } from "../../src/index.ts";

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
});
