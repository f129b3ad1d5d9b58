/**
 * Bring your own dataset (issue 13.10): defineDataset validates with the package's schema, freezes
 * deeply, seals, and types the series as literals; the query functions take nothing else. Values are
 * made up (they exercise the rules).
 */
import { toJSON } from "../../src/toJSON.ts";
import { describe, expect, it } from "vitest";
import { immigration, rank, total, value } from "../../src/index.ts";
import { defineDataset } from "../../src/schema/index.ts";
import { flow, src } from "./_small.ts";

const s1 = src("s1", "statisticalTable", "2024-01-01");
const ok = { series: "total", year: 2021, value: 10, status: "final", precision: 1, source: "s1" } as const;

describe("defineDataset", () => {
  it("returns a sealed, deeply frozen dataset that every function accepts", () => {
    const d = flow([ok, { ...ok, year: 2022, value: 12 }], [s1]);
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.observations[0])).toBe(true);
    expect(total(d, { from: 2021, to: 2022 })).toBe(22);
    expect(d.territory).toBe("NL");
    expect(d.inhabitants).toBe(false);
    expect(d.comparison).toBeNull();
  });

  it("names the field at fault", () => {
    const bad = (o: object, extra: Record<string, unknown> = {}) => () => flow([{ ...ok, ...o } as never], [s1], extra);
    expect(bad({ value: "10" })).toThrow(/^defineDataset: observations\[0\]\.value: /);
    expect(bad({ value: 10.5 })).toThrow(/^defineDataset: observations\[0\]\.value: 10.5 is not a whole number, and persons are counted in whole numbers/);
    expect(bad({ value: -1 })).toThrow(/^defineDataset: observations\[0\]\.value: -1 is negative; set signed: true/);
    expect(bad({ series: "b" })).toThrow(/^defineDataset: observations\[0\]\.series: "b" is not a declared series; series: total, a/);
    expect(bad({ source: "s9" })).toThrow(/^defineDataset: observations\[0\]\.source: "s9" is not one of the sources/);
    expect(bad({ year: 2030 })).toThrow(/^defineDataset: observations\[0\]\.year: 2030 is outside years 2020–2023/);
    expect(bad({ status: "definitief" })).toThrow(/^defineDataset: observations\[0\]\.status: /);
    expect(bad({ date: "2021-01-01" })).toThrow(/^defineDataset: observations\[0\]\.date: a flow's observation has no date/);
    expect(bad({}, { territory: "Netherlands" })).toThrow(/^defineDataset: territory: expected an ISO 3166-1 alpha-2 code/);
    expect(bad({}, { colour: "red" })).toThrow(/^defineDataset: colour: unknown field/);
    expect(() => flow([ok, ok], [s1])).toThrow(/^defineDataset: observations\[1\]: a second row for total 2021 from source "s1"/);
    expect(() => flow([ok], [{ ...s1, published: "2027-01-01" }])).toThrow(/^defineDataset: sources\[0\]\.published: 2027-01-01 is after accessed/);
    expect(() => defineDataset(null as never)).toThrow(/^defineDataset: pass a dataset definition/);
    expect(bad({}, { gaps: [{ series: "b", years: [2020], note: { en: "x", nl: "x" } }] })).toThrow(/^defineDataset: gaps\[0\]\.series: "b" is not a declared series/);
    expect(bad({}, { inhabitants: true })).toThrow(/^defineDataset: inhabitants: a dataset of inhabitants is a stock/);
    expect(bad({}, { comparison: "EU27" })).toThrow(/^defineDataset: comparison: EU27 needs territory: seriesKey/);
  });

  it("reads back a bundled dataset's toJSON copy and answers like the original", () => {
    // A dataset value holds only its figures (0.2.0): its JSON is not a definition; toJSON's document is.
    const copy = defineDataset(JSON.parse(toJSON(immigration, { vintages: true })));
    // immigration 2023: 335,668 (cbs-dossier-how-many-people-immigrate)
    expect(value(copy, { year: 2023 })).toBe(335668);
    expect(value(copy, { year: 2023, asOf: "svm2024" })).toBe(value(immigration, { year: 2023, asOf: "svm2024" }));
  });
});

describe("percentages", () => {
  it("rank by value (the highest rate first) but never per inhabitant, and are not added up", () => {
    // made-up grant rates of two procedures
    const rates = flow(
      [
        { series: "total", year: 2022, value: 61.5, status: "final", precision: 0.1, source: "s1" },
        { series: "a", year: 2022, value: 38.2, status: "final", precision: 0.1, source: "s1" },
      ],
      [s1],
      { unit: "percent" },
    );
    expect(rank(rates, { year: 2022, series: ["a", "total"] }).map((e) => [e.series, e.rank])).toEqual([
      ["total", 1],
      ["a", 2],
    ]);
    expect(() => rank(rates, { year: 2022, series: ["a", "total"], by: "perCapita" })).toThrow(/^rank: small is in percent, not a count, so it cannot be ranked per inhabitant/);
    expect(() => total(rates, { from: 2022, to: 2022 })).toThrow(/^total: small is in percent, not a count/);
  });
});
