/**
 * Knowledge migrants. CBS series `total` (persons at BRP registration) and the permit-based `indPermits`
 * are different measures. 2010 permits: NRC citing IND, "In 2010 haalden ze 4.720 ‘kennismigranten’
 * naar Nederland" (nrc-2011-02-04-kennismigrant-fd); CBS, "In 2010 werden 5,5 duizend
 * verblijfsvergunningen aan kennismigranten verleend" (j2-cbs-2012-04-arbeidsmigratie-migratiekaart).
 * 2024: CBS, "In 2024, 16 thousand of these ... labour migrants came" (cbs-news-2025-26-motives-fd).
 */
import { describe, expect, it } from "vitest";
import { knowledgeMigrants, observation, value } from "../../src/index.ts";

describe("knowledgeMigrants", () => {
  it("keeps both 2010 permit figures and prefers the finer one", () => {
    const rows = knowledgeMigrants.observations.filter((o) => o.series === "indPermits" && o.year === 2010);
    expect(rows.map((o) => [o.value, o.precision]).sort()).toEqual([
      [4720, 10],
      [5500, 100],
    ]);
    expect(value(knowledgeMigrants, { year: 2010, series: "indPermits" })).toBe(4720);
  });

  it("gives the CBS count of 2024 in the CBS series, not in indPermits", () => {
    // cbs-news-2025-26-motives-fd
    expect(observation(knowledgeMigrants, { year: 2024, series: "total" })).toMatchObject({ value: 16000, precision: 1000 });
    expect(() => value(knowledgeMigrants, { year: 2024, series: "indPermits" })).toThrow(RangeError);
  });
});
