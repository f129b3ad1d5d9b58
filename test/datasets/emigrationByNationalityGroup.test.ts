/**
 * Emigration by nationality group. Dutch / non-Dutch for 2011-2024 come from a data copy of StatLine 85848NED
 * (cbs-85848ned-thaumatorium-copy-2026-06-03, table version 7 July 2025); the spot-checks below compare it with
 * the StatLine views stored earlier (cbs-statline-84484ned-fd, cbs-statline-85848ned-fd) and with CBS's
 * headline emigration totals (cbs-statline-83518ned-fd, cbs-statline-37259eng-fd).
 */
import { describe, expect, it } from "vitest";
import { emigrationByNationalityGroup, value } from "../../src/index.ts";

const COPY = "cbs-85848ned-thaumatorium-copy-2026-06-03";
const fromCopy = (series: string, year: number) =>
  emigrationByNationalityGroup.observations.find((o) => o.series === series && o.year === year && o.source === COPY)?.value;

describe("emigrationByNationalityGroup, 85848NED copy", () => {
  it("equals the StatLine views stored for 2010, 2015, 2022 and 2023", () => {
    // cbs-statline-84484ned-fd / cbs-statline-85848ned-fd: Dutch 57,307 / 64,319 / 54,507 / 53,819;
    // non-Dutch 64,044 / 85,190 / 124,803 / 144,483
    expect([2010, 2015, 2022, 2023].map((y) => fromCopy("dutch", y))).toEqual([57307, 64319, 54507, 53819]);
    expect([2010, 2015, 2022, 2023].map((y) => fromCopy("nonDutch", y))).toEqual([64044, 85190, 124803, 144483]);
  });

  it("adds up to CBS's headline emigration in the years it newly fills", () => {
    // totals: cbs-statline-83518ned-fd (2011 133,194; 2016 151,545; 2020 152,494), cbs-statline-37259eng-fd (2024 208,537)
    for (const [year, total] of [[2011, 133194], [2016, 151545], [2020, 152494], [2024, 208537]] as const) {
      expect(fromCopy("dutch", year)! + fromCopy("nonDutch", year)!).toBe(total);
      expect(value(emigrationByNationalityGroup, { year })).toBe(total);
    }
  });

  it("shows the 2020 fall in emigration was one of Dutch nationals (CBS, 2021: 'uitsluitend')", () => {
    // copy: Dutch 51,121 (2019) -> 39,322 (2020); non-Dutch 109,908 -> 113,172
    expect(value(emigrationByNationalityGroup, { year: 2020, series: "dutch" })).toBe(39322);
    expect(value(emigrationByNationalityGroup, { year: 2019, series: "dutch" })).toBe(51121);
    expect(value(emigrationByNationalityGroup, { year: 2020, series: "nonDutch" })).toBeGreaterThan(value(emigrationByNationalityGroup, { year: 2019, series: "nonDutch" }));
  });
});
