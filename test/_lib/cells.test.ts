/**
 * The vintage rule on made-up fixture data (test/fixtures/ok): which figure of a cell wins, with
 * and without asOf. Real figures are tested in test/value.test.ts.
 */
import { describe, expect, it } from "vitest";
import { yearsWithData } from "../../src/_lib/cells.ts";
import { observation } from "../../src/observation.ts";
import { value } from "../../src/value.ts";
import { fixtureDatasets } from "../_helpers/fixtures.ts";

const { widgets, stockpile } = fixtureDatasets() as Record<string, NonNullable<ReturnType<typeof fixtureDatasets>[string]>>;
const w = widgets!;
const s = stockpile!;

describe("the best figure of a cell", () => {
  it("is the final exact figure when all vintages count", () => {
    expect(value(w, { year: 2023 })).toBe(172);
    expect(observation(w, { year: 2023 }).source.id).toBe("table-final");
  });
  it("is the only figure published by asOf (the report's provisional figure)", () => {
    expect(value(w, { year: 2023, asOf: "2024-06-14" })).toBe(170);
    expect(observation(w, { year: 2023, asOf: "2024-06-14" }).status).toBe("provisional");
  });
  it("prefers a final rounded figure over a provisional exact one (status first)", () => {
    // The press figure (2024-07, final, precision 100) counts from 2024-07-31.
    expect(value(w, { year: 2023, asOf: "2024-07-31" })).toBe(200);
    expect(value(w, { year: 2023, asOf: "2024-07-30" })).toBe(170);
  });
  it("never lets a rounded figure displace an exact one of the same status", () => {
    expect(value(w, { year: 2023, asOf: "2024-08-01" })).toBe(172);
  });
  it("counts an undated source from its access date", () => {
    expect(() => value(w, { year: 2021, asOf: "2026-11-26" })).toThrow(
      'value: no figure for widgets "total" 2021 was published on or before 2026-11-26; the first appeared on 2026-11-27',
    );
    expect(value(w, { year: 2021, asOf: "2026-11-27" })).toBe(100);
  });
  it("reads a stock at its reference date, not at other dates of the year", () => {
    expect(value(s, { year: 2023 })).toBe(1100);
  });
  it("says that a cell is a known gap and where its note is (the note is prose, apart from the figures)", () => {
    expect(() => value(w, { year: 2021, series: "red" })).toThrow(
      'value: no source gives widgets "red" 2021 (a known gap: describeDataset(widgets).gaps says why); years with figures: 2022–2023',
    );
  });
});

describe("lookups", () => {
  // How many observations a lookup touches is checked with counting proxies in test/complexity.test.ts.
  it("summarise the years with data", () => {
    expect(yearsWithData(w, "total")).toBe("2021–2023");
    expect(yearsWithData(w, "red")).toBe("2022–2023");
  });
});
