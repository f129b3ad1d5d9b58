/**
 * value() on the bundled data. Figures and their sources (ids in data/sources/core.csv):
 * - immigration 2023: 335,668 final (cbs-dossier-how-many-people-immigrate, undated, read 2026-11-27);
 *   332,863 in the Staat van Migratie 2024 (rijksoverheid-svm2024-news, 2024-06-14);
 *   "336 duizend" in CBS's release of 2 July 2024 (dossierarbeidsmigranten-cbs-2024-07-02).
 * - immigration 2022: 403,108 final (cbs-statline-37259ned-2023-08-04, 2023-08-04);
 *   402 thousand CBS January estimate (cbs-news-2023-01-population-growth-almost-doubled).
 * - population 1 January 2023: 17,811,291 (cbs-statline-85644ned).
 * - COA residents: 57,538 on 25 September 2023 (coa-capaciteit-en-bezetting-2023-09-25); 27,316 on
 *   31 December 2019 (nji-databank-azc-2020-06-15).
 * - Ukrainians under temporary protection at the end of 2024: 123,210 (rijksoverheid-svm2025-news).
 */
import { describe, expect, it } from "vitest";
import { displacedUkrainians, immigration, population, receptionOccupancy, value } from "../src/index.ts";

describe("value", () => {
  it("gives the final CBS figure when all vintages count", () => {
    expect(value(immigration, { year: 2023 })).toBe(335668);
    expect(value(immigration, { year: 2023, series: "total" })).toBe(335668);
  });

  it("gives the figure the Staat van Migratie 2024 used as of its publication date", () => {
    expect(value(immigration, { year: 2023, asOf: "2024-06-14" })).toBe(332863);
    expect(value(immigration, { year: 2023, asOf: new Date(2024, 5, 14) })).toBe(332863);
  });

  it("never lets CBS's rounded '336 thousand' displace the exact final figure", () => {
    // Without asOf both the rounded press figure and the exact figure count; the exact one wins.
    expect(value(immigration, { year: 2023 })).not.toBe(336000);
    // With only the release of 2 July 2024 and the report figure known, the final rounded figure
    // beats the provisional report figure (status before precision).
    expect(value(immigration, { year: 2023, asOf: "2024-07-02" })).toBe(336000);
  });

  it("gives a January estimate before the final figure existed", () => {
    expect(value(immigration, { year: 2022, asOf: "2023-02-01" })).toBe(402000);
    expect(value(immigration, { year: 2022, asOf: "2023-08-04" })).toBe(403108);
  });

  it("reads a stock at its reference date", () => {
    expect(value(population, { year: 2023 })).toBe(17811291);
  });

  it("throws a RangeError that lists the valid series for an unknown series", () => {
    expect(() => value(immigration, { year: 2023, series: "totl" as "total" })).toThrow(
      new RangeError('value: unknown series "totl" for immigration; valid series: "total"'),
    );
  });

  it("throws a RangeError for a year outside the dataset's range", () => {
    expect(() => value(immigration, { year: 2009 })).toThrow(new RangeError("value: year 2009 is outside immigration's range 2010–2025"));
    expect(() => value(immigration, { year: 2023.5 })).toThrow(RangeError);
    expect(() => value(immigration, { year: Number.NaN })).toThrow(/^value: year must be a whole year, got NaN/);
  });

  it("throws a TypeError for arguments of the wrong type", () => {
    expect(() => value(immigration, { year: "2023" as unknown as number })).toThrow(new TypeError("value: year must be a number such as 2025, got string"));
    expect(() => value({} as typeof immigration, { year: 2023 })).toThrow(TypeError);
    expect(() => value(immigration, undefined as unknown as { year: number })).toThrow(/^value: pass an options object such as \{ year: 2023 \}, got undefined/);
  });

  it("throws a RangeError for an invalid asOf and for one before any figure", () => {
    expect(() => value(immigration, { year: 2023, asOf: "2024-02-30" })).toThrow(/^value: asOf "2024-02-30" is not a valid date/);
    expect(() => value(immigration, { year: 2023, asOf: "2020-01-01" })).toThrow(
      /^value: no figure for immigration "total" 2023 was published on or before 2020-01-01; the first appeared on 2024-06-14$/,
    );
  });

  describe("stocks by date", () => {
    it("reads a stock at a specific reference date", () => {
      expect(value(receptionOccupancy, { date: "2023-09-25" })).toBe(57538);
      expect(value(displacedUkrainians, { series: "received", date: "2024-12-31" })).toBe(123210);
    });
    it("reads the reference date (31 December) for a plain year", () => {
      expect(value(receptionOccupancy, { year: 2019 })).toBe(27316);
      expect(value(receptionOccupancy, { date: "2019-12-31" })).toBe(27316);
    });
    it("says which dates have figures when a date has none", () => {
      expect(() => value(receptionOccupancy, { date: "2023-09-24" })).toThrow(/^value: no source gives receptionOccupancy "total" on 2023-09-24; dates with figures: 2014-12-31, .*2023-09-25/);
    });
    it("refuses a date for a flow, both year and date, and an invalid date", () => {
      expect(() => value(immigration, { date: "2023-12-31" })).toThrow(new TypeError("value: immigration is a flow (counted over a year); query it by year, not by date"));
      expect(() => value(receptionOccupancy, { year: 2023, date: "2023-09-25" } as never)).toThrow(new TypeError("value: pass either year or date, not both"));
      expect(() => value(receptionOccupancy, { date: "2023-02-30" })).toThrow(RangeError);
    });
  });
});
