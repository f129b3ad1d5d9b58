/**
 * unhcrRefugeesInNetherlands and unhcrAsylumSeekersInNetherlands: UNHCR's year-end stocks in the Netherlands by origin, one
 * row of the refugees R package v2025.12.1 each (dataCopy n-unhcr-refugees-pkg-2025-12-1-population).
 * Spot-check against UNHCR's own Netherlands country page (https://rimap.unhcr.org/countries/netherlands-kingdom):
 * 'The majority of refugees hosted in the Netherlands are from Ukraine, who receive temporary protection ... Other
 * recognised refugees are from countries such as Syria, Eritrea and Türkiye.' The page gives no reference date, so only
 * its order is checked, at the end of 2024.
 */
import { describe, expect, it } from "vitest";
import { observation, unhcrAsylumSeekersInNetherlands, unhcrRefugeesInNetherlands as ds, unhcrRefugeesInNetherlands, value } from "../../src/index.ts";

describe("unhcrRefugeesInNetherlands", () => {
  it("puts Ukraine first, then Syria, Eritrea and Türkiye, as UNHCR's country page says", () => {
    const v = (series: "UA" | "SY" | "ER" | "TR") => observation(ds, { series, year: 2024 }).value;
    expect(v("UA")).toBeGreaterThan(v("SY"));
    expect(v("SY")).toBeGreaterThan(v("ER"));
    expect(v("ER")).toBeGreaterThan(v("TR"));
  });

  it("counts Ukrainians under temporary protection as refugees from 2022 only", () => {
    expect(observation(ds, { series: "UA", year: 2021 }).value).toBeLessThan(1000);
    expect(observation(ds, { series: "UA", year: 2022 }).value).toBeGreaterThan(100000);
  });

  it("reads year-end stocks", () => {
    expect(observation(ds, { series: "SY", year: 2025 }).date).toBe("2025-12-31");
    expect(observation(unhcrAsylumSeekersInNetherlands, { series: "SY", year: 2025 }).date).toBe("2025-12-31");
  });
});

describe("unhcrRefugeesInNetherlands and unhcrAsylumSeekersInNetherlands: the eleven origins", () => {
  it("hold Pakistan and Russia, the next origins after the first nine (n-unhcr-refugees-pkg-2025-12-1-population)", () => {
    // population table, coa NLD, end of 2024: PAK refugees 2,040 and asylum-seekers 903; RUS 1,301 and 417; the
    // origins ahead of them without an ISO code (stateless XXA 2,697, unknown UNK 2,433) are not series
    expect(value(unhcrRefugeesInNetherlands, { year: 2024, series: "PK" })).toBe(2040);
    expect(value(unhcrRefugeesInNetherlands, { year: 2024, series: "RU" })).toBe(1301);
    expect(value(unhcrAsylumSeekersInNetherlands, { year: 2024, series: "PK" })).toBe(903);
    expect(value(unhcrAsylumSeekersInNetherlands, { year: 2024, series: "RU" })).toBe(417);
    // below Somalia (3,968), the ninth
    expect(value(unhcrRefugeesInNetherlands, { year: 2024, series: "SO" })).toBeGreaterThan(value(unhcrRefugeesInNetherlands, { year: 2024, series: "PK" }));
  });
});
