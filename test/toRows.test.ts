/**
 * toRows(): tidy rows of the bundled data. Figures: immigration 2022 = 403,108 (CBS final,
 * cbs-statline-37259ned-2023-08-04 and cbs-dossier-how-many-people-immigrate); 2023 = 335,668 (CBS
 * final, cbs-dossier-how-many-people-immigrate), 332,863 as the Staat van Migratie 2024 had it
 * (rijksoverheid-svm2024-news, 2024-06-14) and 336 thousand in CBS's release of 2 July 2024
 * (dossierarbeidsmigranten-cbs-2024-07-02); COA reception 25 September 2023 = 57,538
 * (coa-capaciteit-en-bezetting-2023-09-25).
 */
import { describe, expect, it } from "vitest";
import { immigration, receptionOccupancy, timeseries, toRows, value } from "../src/index.ts";

describe("toRows", () => {
  it("gives the TSDoc example: the best figure per year", () => {
    expect(toRows(immigration, { from: 2022, to: 2023 }).map((r) => [r.year, r.value, r.status])).toEqual([
      [2022, 403108, "final"],
      [2023, 335668, "final"],
    ]);
    expect(toRows(immigration, { from: 2023, to: 2023, asOf: "svm2024" })[0]?.value).toBe(332863);
  });

  it("writes every column of a row, with its source", () => {
    const [row] = toRows(immigration, { from: 2023, to: 2023, asOf: "2024-06-14" });
    expect(row).toEqual({
      dataset: "immigration",
      series: "total",
      label: "Total immigration",
      year: 2023,
      date: null,
      value: 332863,
      status: "provisional",
      precision: 1,
      qualifier: null,
      source: "rijksoverheid-svm2024-news",
      sourceUrl: "https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/staat-van-migratie-2024-in-2023-stappen-gezet-naar-grip-op-migratie",
      publisher: "Rijksoverheid",
    });
  });

  it("picks the same figure as value() for every cell, with and without asOf", () => {
    for (const asOf of [undefined, "2024-06-14", "2024-07-02", "svm2025"] as const) {
      const rows = toRows(immigration, asOf === undefined ? {} : { asOf });
      const points = timeseries(immigration, asOf === undefined ? {} : { asOf });
      expect(rows.map((r) => [r.year, r.value])).toEqual(points.map((p) => [p.year, p.value]));
      for (const r of rows) expect(r.value).toBe(value(immigration, asOf === undefined ? { year: r.year } : { year: r.year, asOf }));
    }
  });

  it("gives every vintage of a cell with vintages: true, oldest publication first", () => {
    const rows = toRows(immigration, { from: 2023, to: 2023, vintages: true });
    expect(rows.map((r) => [r.value, r.status, r.precision, r.source])).toEqual([
      [332863, "provisional", 1, "rijksoverheid-svm2024-news"],
      [336000, "final", 1000, "dossierarbeidsmigranten-cbs-2024-07-02"],
      // undated StatLine-style page: counts as known from the day it was read
      [335668, "final", 1, "cbs-dossier-how-many-people-immigrate"],
    ]);
    // asOf cuts vintages too
    expect(toRows(immigration, { from: 2023, to: 2023, vintages: true, asOf: "2024-07-01" }).map((r) => r.value)).toEqual([332863]);
  });

  it("keeps a stock's dated figures as their own cells", () => {
    const rows = toRows(receptionOccupancy, { series: "total", from: 2023, to: 2023 });
    const sept = rows.find((r) => r.date === "2023-09-25");
    expect(sept?.value).toBe(57538);
    expect(sept?.source).toBe("coa-capaciteit-en-bezetting-2023-09-25");
    const dates = rows.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it("orders series as declared, then year", () => {
    const keys = Object.keys(receptionOccupancy.series);
    const rows = toRows(receptionOccupancy);
    const order = rows.map((r) => keys.indexOf(r.series) * 10000 + r.year);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(rows.map((r) => r.series)).size).toBeGreaterThan(1);
  });

  it("leaves out years without a figure by asOf", () => {
    // On 14 June 2024 no 2024 figure existed.
    expect(toRows(immigration, { from: 2023, asOf: "2024-06-14" }).map((r) => r.year)).toEqual([2023]);
  });

  it("throws for caller mistakes, naming the valid options", () => {
    expect(() => toRows(immigration, { series: "totl" as "total" })).toThrow(new RangeError('toRows: unknown series "totl" for immigration; valid series: "total"'));
    expect(() => toRows(immigration, { from: 2024, to: 2023 })).toThrow(new RangeError("toRows: from (2024) is after to (2023)"));
    expect(() => toRows(immigration, { from: 2000 })).toThrow(/^toRows: from 2000 is outside immigration's range 2010–2025/);
    expect(() => toRows(immigration, { asOf: "2024-13-01" })).toThrow(RangeError);
    expect(() => toRows(immigration, { vintages: "yes" as unknown as boolean })).toThrow(TypeError);
    expect(() => toRows({} as typeof immigration)).toThrow(/^toRows: dataset is not a sealed dataset .*defineDataset/);
  });
});
