/**
 * internationalMigrants: UN DESA world stock, one row per revision. Figures asserted:
 * - 2005 191 million and 2015 248 million (International Migrant Stock 2020, m-iom-mdp-stocks-2020-revision);
 * - 2015 244 million (2015 revision, g-un-desa-244-million-2016);
 * - 2020 281 million (2020 revision, g-reliefweb-un-desa-migration-2020-highlights) and 275 million
 *   (2024 revision, g-iom-migration-data-portal-stocks).
 */
import { describe, expect, it } from "vitest";
import { internationalMigrants, observation } from "../../src/index.ts";

describe("internationalMigrants", () => {
  it("keeps the 2015 revision and the 2020 revision of mid-2015 as vintages", () => {
    const values = internationalMigrants.observations.filter((o) => o.year === 2015).map((o) => o.value).sort();
    expect(values).toEqual([244000000, 248000000]);
    expect(observation(internationalMigrants, { series: "world", year: 2015 }).value).toBe(248000000);
  });

  it("fills 2005 from the 2020 revision", () => {
    expect(observation(internationalMigrants, { series: "world", year: 2005 })).toMatchObject({ value: 191000000, status: "estimated" });
  });

  it("answers mid-2020 with 281 million (2020 revision) by default, because undated pages count from their access date; 275 million (2024 revision) as of the end of 2025", () => {
    // g-iom-emm-2020-revision has no publication date, so its vintage is its access date (2026-11-27), later than the
    // 2024-revision page dated 2025 (g-iom-migration-data-portal-stocks).
    expect(observation(internationalMigrants, { series: "world", year: 2020 }).value).toBe(281000000);
    expect(observation(internationalMigrants, { series: "world", year: 2020, asOf: "2025-12-31" }).value).toBe(275000000);
  });
});
