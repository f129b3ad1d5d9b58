/**
 * CBS's own count of first asylum requests. Figures:
 * - CBS archive of asylum news releases (n-cbs-archive-dossier-asylumseekers): "The Netherlands received 16,145
 *   first asylum requests in 2017" (the liwwadders.nl copy of the same CBS text was removed as redundant);
 * - StatLine 80059NED (cbs-statline-80059ned-selected-years): Totaal 2021, eerste asielverzoeken 24.740.
 * - StatLine 80059ENG, January 2024 version (q-cbs-statline-80059eng-2024-01): Total 2015 43,095; 2020 13,720;
 *   2021 24,740; 2022 35,535 (final); 2023* 38,375 (provisional).
 */
import { describeDataset } from "../../src/describeDataset.ts";
import { describe, expect, it } from "vitest";
import { asylumApplications, asylumFirstApplicationsCbs as cbs, observation } from "../../src/index.ts";

describe("asylumFirstApplicationsCbs", () => {
  it("has CBS's 2017 count from CBS itself", () => {
    const own = cbs.observations.find((o) => o.year === 2017 && o.source === "n-cbs-archive-dossier-asylumseekers");
    expect(own).toMatchObject({ value: 16145, precision: 5, status: "final" });
    expect(describeDataset(cbs).sources["n-cbs-archive-dossier-asylumseekers"]!.publisher).toBe("CBS");
  });

  it("stays a different count from IND's: 2017 CBS 16,145 against IND 14,716", () => {
    // ind-news-lichte-afname-asielaanvragen-2018: '14.716 in 2017'
    expect(observation(cbs, { series: "total", year: 2017 }).value).toBe(16145);
    expect(observation(asylumApplications, { series: "first", year: 2017 }).value).toBe(14716);
  });

  it("reads StatLine 80059NED for 2021", () => {
    const o = cbs.observations.find((x) => x.year === 2021 && x.source === "cbs-statline-80059ned-selected-years");
    expect(o?.value).toBe(24740);
  });

  it("reads 2022 as final from the January 2024 version of StatLine 80059ENG", () => {
    // q-cbs-statline-80059eng-2024-01: 'Total 2022 35,535' (the press copies of the January 2023 release gave the same)
    expect(observation(cbs, { series: "total", year: 2022 })).toMatchObject({
      value: 35535,
      status: "final",
      precision: 5,
      source: { id: "q-cbs-statline-80059eng-2024-01" },
    });
  });

  it("finds the 2015-2021 totals unrevised between the 2022 Dutch view and the January 2024 English view", () => {
    // cbs-statline-80059ned-selected-years: 43.095 / 13.720 / 24.740; q-cbs-statline-80059eng-2024-01: 43,095 / 13,720 / 24,740
    for (const [year, v] of [[2015, 43095], [2020, 13720], [2021, 24740]] as const) {
      const bySource = (id: string) => cbs.observations.find((o) => o.year === year && o.source === id)?.value;
      expect(bySource("cbs-statline-80059ned-selected-years"), String(year)).toBe(v);
      expect(bySource("q-cbs-statline-80059eng-2024-01"), String(year)).toBe(v);
    }
  });
});
