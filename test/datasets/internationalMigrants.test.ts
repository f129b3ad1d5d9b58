/**
 * internationalMigrants: UN DESA world stock, one row per revision. Figures asserted:
 * - 2015 244 million (2015 revision, g-un-desa-244-million-2016);
 * - 2020 281 million (2020 revision, g-iom-emm-2020-revision) and 275 million
 *   (2024 revision, g-iom-migration-data-portal-stocks);
 * - UN DESA's own International Migrant Stock 2020 table (dataCopy n-undesa-ims2020-destination-stepladder), spot-checked
 *   against the rounded millions UN DESA and IOM printed for the same revision: 153 million in 1990 (g-iom-wmr-2024-ch2),
 *   173 million in 2000 (g-iom-emm-2020-revision), 191 million in 2005 and 248 million in 2015 (IOM Migration Data
 *   Portal, version on the 2020 revision, https://migrationdataportal.org/themes/international-migrant-stocks),
 *   221 million in 2010 (Rural Migration News, UC Davis, 22 April 2021, https://migration.ucdavis.edu/rmn/blog/post/?id=2598),
 *   281 million in 2020 (g-iom-emm-2020-revision, g-iom-wmr-2024-ch2). The two press pages were removed from data/ as
 *   redundant copies of the table's cells (wave-2 source audit);
 * - the Netherlands, mid-2020: 2,358,333 (cell L205 of Table 1 in that file, row 'Netherlands*', type of data B).
 */
import { describe, expect, it } from "vitest";
import { internationalMigrants, observation } from "../../src/index.ts";

describe("internationalMigrants", () => {
  it("keeps the 2015 revision and the 2020 revision of mid-2015 as vintages", () => {
    const values = internationalMigrants.observations
      .filter((o) => o.series === "world" && o.year === 2015)
      .map((o) => [o.value, o.source])
      .sort();
    // 244 million: the 2015 revision (g-un-desa-244-million-2016); 247,958,644: the 2020 revision's table
    expect(values).toEqual([[244000000, "g-un-desa-244-million-2016"], [247958644, "n-undesa-ims2020-destination-stepladder"]]);
    // the exact value of UN DESA's own 2020 table (n-undesa-ims2020-destination-stepladder) is chosen over both rounded quotes
    expect(observation(internationalMigrants, { series: "world", year: 2015 }).value).toBe(247958644);
  });

  it("fills 2005 from the 2020 revision: UN DESA's exact table value", () => {
    // the exact cell of n-undesa-ims2020-destination-stepladder; IOM's rounded quote of the same revision (191 million)
    // was removed as a redundant copy
    expect(observation(internationalMigrants, { series: "world", year: 2005 })).toMatchObject({ value: 191446828, status: "estimated", precision: 1 });
    expect(internationalMigrants.observations.filter((o) => o.series === "world" && o.year === 2005)).toHaveLength(1);
  });

  it("answers mid-2020 with the 2020 revision's exact value; the 2024 revision's 275 million is read by its source", () => {
    // The exact UN DESA table value (precision 1) outranks rounded figures, also the later 2024 revision's 275 million
    // (g-iom-migration-data-portal-stocks, precision one million): selection is status, then precision, then recency.
    expect(observation(internationalMigrants, { series: "world", year: 2020 }).value).toBe(280598105);
    const rev2024 = internationalMigrants.observations.find((o) => o.year === 2020 && o.source === "g-iom-migration-data-portal-stocks");
    expect(rev2024?.value).toBe(275000000);
  });

  it("UN DESA's own 2020 table rounds to the millions printed for the 2020 revision", () => {
    const copy = internationalMigrants.observations.filter((o) => o.source === "n-undesa-ims2020-destination-stepladder" && o.series === "world");
    const printed: Record<number, number> = { 1990: 153, 2000: 173, 2005: 191, 2010: 221, 2015: 248, 2020: 281 };
    for (const [year, millions] of Object.entries(printed)) {
      const row = copy.find((o) => o.year === Number(year));
      expect(row, `world ${year}`).toBeDefined();
      expect(Math.round(row!.value / 1e6), `world ${year}`).toBe(millions);
      expect(row!.precision).toBe(1);
    }
    // 1995 was a gap before the copy: it now rests on UN DESA's table alone
    expect(copy.some((o) => o.year === 1995)).toBe(true);
  });

  it("keeps the rounded and the unrounded 2020-revision figure for mid-2020 as vintages", () => {
    const mid2020 = internationalMigrants.observations.filter((o) => o.series === "world" && o.year === 2020).map((o) => o.value);
    expect(mid2020).toContain(281000000);
    expect(mid2020).toContain(280598105);
  });

  it("stores the Netherlands from the same table (foreign-born, mid-year)", () => {
    expect(observation(internationalMigrants, { series: "netherlands", year: 2020 })).toMatchObject({ value: 2358333, date: "2020-07-01", status: "estimated" });
  });
});
