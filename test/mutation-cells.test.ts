/**
 * The cell lookups of src/_lib/cells.ts: the latest figure of a cell is chosen once per sealed dataset
 * (the per-cell cache), never for a query with `asOf` or `edition`, and the cache never stands in for a
 * gap. Figures: the made-up fixture data of test/fixtures/ok (widgets: total 2023 is 170 provisional in
 * report-2024, svm2024, published 2024-06-14; 172 final in table-final; 200 rounded in press-rounded).
 */
import { describe, expect, it } from "vitest";
import { candidates, cell, cellAtDate, editionOption, printedBy, yearsWithData } from "../src/_lib/cells.ts";
import { value } from "../src/value.ts";
import { change } from "../src/change.ts";
import { describeDataset } from "../src/describeDataset.ts";
import { defineDataset } from "../src/schema/index.ts";
import type { AnyDataset } from "../src/types.ts";
import { fixtureDatasets } from "./_helpers/fixtures.ts";

const widgets = fixtureDatasets().widgets!;

/**
 * A sealed copy of widgets that counts how often its figures and source facts are read. It carries the
 * shared brand (the brand marks, it does not guard) and is frozen, so the package caches its index.
 */
function counted(): { d: AnyDataset; reads: () => number } {
  let reads = 0;
  const d = Object.create(null) as Record<PropertyKey, unknown>;
  for (const [k, v] of Object.entries(widgets)) if (k !== "sources" && k !== "observations") d[k] = v;
  Object.defineProperty(d, "sources", { enumerable: true, get: () => (reads++, widgets.sources) });
  Object.defineProperty(d, "observations", { enumerable: true, get: () => (reads++, widgets.observations) });
  Object.defineProperty(d, Symbol.for("staat-van-migratie/sealed-dataset"), { value: true });
  Object.freeze(d);
  return { d: d as unknown as AnyDataset, reads: () => reads };
}

describe("the latest figure of a cell", () => {
  it("is chosen once: a second lookup reads neither the figures nor the sources again", () => {
    const { d, reads } = counted();
    expect(cell("value", d, "total", 2023, undefined).value).toBe(172);
    const after = reads();
    expect(after).toBeGreaterThan(0);
    expect(cell("value", d, "total", 2023, undefined).value).toBe(172);
    expect(cell("value", d, "total", 2023, undefined).source).toBe("table-final");
    expect(reads()).toBe(after);
    // another cell of the same series, and of another series, is chosen (once) too
    expect(cell("value", d, "total", 2022, undefined).value).toBe(200);
    expect(cell("value", d, "red", 2023, undefined).value).toBe(100);
    const later = reads();
    expect(cell("value", d, "total", 2022, undefined).value).toBe(200);
    expect(cell("value", d, "red", 2023, undefined).value).toBe(100);
    expect(reads()).toBe(later);
  });

  it("does not answer a query with asOf or edition, before or after it is cached", () => {
    const { d } = counted();
    expect(cell("value", d, "total", 2023, "2024-06-14").value).toBe(170); // only report-2024 by then
    expect(cell("value", d, "total", 2023, undefined).value).toBe(172);
    expect(cell("value", d, "total", 2023, "2024-06-14").value).toBe(170);
    expect(cell("value", d, "total", 2023, "2024-07-31").value).toBe(200); // press-rounded counts from 2024-07-31
    expect(cell("value", d, "total", 2023, undefined, "svm2024").value).toBe(170); // as svm2024 printed it
  });

  it("is not cached for a gap: every lookup of a gap says why", () => {
    const { d } = counted();
    for (let i = 0; i < 2; i++) {
      expect(() => cell("value", d, "red", 2021, undefined)).toThrow(
        'value: no source gives widgets "red" 2021 (a known gap: describeDataset(widgets).gaps says why); years with figures: 2022–2023',
      );
    }
  });

  it("gives all the figures of a flow's cell, in file order, and none for a gap", () => {
    expect(candidates(widgets, "total", 2023).map((o) => o.value)).toEqual([170, 172, 200]); // file order
    expect(candidates(widgets, "red", 2021)).toEqual([]);
  });
});

describe("printedBy", () => {
  it("lists the cells an edition printed, or says nothing", () => {
    expect(printedBy(widgets, "svm2024")).toBe('"total" 2023');
    expect(printedBy(widgets, "svm2021")).toBe("nothing");
  });
  it("cuts a long list after twelve cells and says how many there are", () => {
    const { sources: _s, observations, ...meta } = widgets;
    const many = {
      ...meta,
      sources: widgets.sources,
      observations: Array.from({ length: 14 }, (_, i) => ({ ...observations.find((o) => o.source === "report-2024")!, year: 2000 + i })),
    } as unknown as AnyDataset;
    const twelve = Array.from({ length: 12 }, (_, i) => `"total" ${2000 + i}`).join(", ");
    expect(printedBy(many, "svm2024")).toBe(`${twelve}, … (14 in all)`);
    const exactly = { ...many, observations: many.observations.slice(0, 12) } as AnyDataset;
    expect(printedBy(exactly, "svm2024")).toBe(twelve);
  });
});

describe("yearsWithData", () => {
  it("joins runs of years and single years", () => {
    const { sources: _s, observations, ...meta } = widgets;
    const o = observations.find((x) => x.year === 2022 && x.series === "total")!;
    const holes = { ...meta, years: { from: 2010, to: 2020 }, sources: widgets.sources, observations: [2010, 2011, 2013, 2015, 2016, 2017, 2020].map((year) => ({ ...o, year })) } as unknown as AnyDataset;
    expect(yearsWithData(holes, "total")).toBe("2010–2011, 2013, 2015–2017, 2020");
    expect(yearsWithData(holes, "red")).toBe("none");
  });
});

describe("the edition option and the date of a stock", () => {
  const stockpile = fixtureDatasets().stockpile!;
  it("refuses an edition that is not a string, not known, or given with asOf, naming the function and the editions", () => {
    expect(() => value(widgets, { year: 2023, edition: 2024 as never })).toThrow(new TypeError('value: edition must be an edition id such as "svm2024", got number'));
    // null never gets this far through a public function (readOptions refuses it first): asked directly
    expect(() => editionOption("value", null, undefined)).toThrow(new TypeError('value: edition must be an edition id such as "svm2024", got null'));
    expect(() => value(widgets, { year: 2023, edition: "svm1999" as never })).toThrow(
      new RangeError('value: unknown edition "svm1999"; editions: svm2021, svm2022, svm2023, svm2024, svm2025'),
    );
    expect(() => value(widgets, { year: 2023, edition: "svm2024", asOf: "2024-06-14" } as never)).toThrow(
      new TypeError("value: pass either edition (the figure as that edition printed it) or asOf (the best figure known on a date), not both"),
    );
    expect(editionOption("value", undefined, "2024-06-14")).toBeUndefined();
  });
  it("says what an edition printed when it did not print the cell", () => {
    expect(() => value(widgets, { year: 2022, edition: "svm2024" })).toThrow(new RangeError('value: svm2024 did not print widgets "total" 2022; for widgets it printed "total" 2023'));
  });
  it("refuses a date of a stock that is not a string, or is an edition id", () => {
    expect(() => value(stockpile, { date: 20231231 as never })).toThrow(new TypeError('value: date must be an ISO date string such as "2023-12-31", got number'));
    expect(() => cellAtDate("value", stockpile, "total", null, undefined)).toThrow(new TypeError('value: date must be an ISO date string such as "2023-12-31", got null'));
    expect(() => value(stockpile, { date: "svm2024" })).toThrow(
      new RangeError('value: date "svm2024" is not a valid date; use an ISO date such as "2024-06-14", an ISO date-time with an offset or a Date'),
    );
  });
});

describe("the lookups of a run of queries (the last dataset, series and sealed object are remembered)", () => {
  // the same made-up figures, doubled, as a dataset of its own: a remembered lookup of one dataset or
  // series that answered for another would give the other's number
  const doubled = defineDataset({
    ...describeDataset(widgets),
    id: "doubledWidgets",
    observations: widgets.observations.map((o) => ({ ...o, value: o.value * 2 })),
  }) as unknown as AnyDataset;

  it("never answers for the previous dataset or series", () => {
    const order: [AnyDataset, string, number, number][] = [
      [widgets, "total", 2023, 172],
      [doubled, "total", 2023, 344],
      [doubled, "red", 2023, 200],
      [widgets, "red", 2023, 100],
      [widgets, "total", 2023, 172],
      [widgets, "total", 2022, 200],
      [doubled, "total", 2022, 400],
      [doubled, "total", 2023, 344],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [d, series, year, expected] of order) expect(value(d, { series, year } as never)).toBe(expected);
    }
  });

  it("never answers for the previous dataset after a query with asOf looked up the next one", () => {
    expect(value(widgets, { year: 2023 } as never)).toBe(172);
    expect(value(doubled, { year: 2023, asOf: "2024-06-14" } as never)).toBe(340); // only report-2024 by then
    expect(value(doubled, { year: 2023 } as never)).toBe(344);
    expect(value(widgets, { year: 2023 } as never)).toBe(172);
  });

  it("refuses an unsealed object right after a sealed one, and a copy of the last sealed dataset", () => {
    expect(value(widgets, { year: 2023 } as never)).toBe(172);
    expect(() => value({ ...widgets } as never, { year: 2023 } as never)).toThrow(/^value: dataset is not a sealed dataset/);
    expect(value(widgets, { year: 2023 } as never)).toBe(172);
  });
});

describe("the asOf of a run of queries (the last valid one is remembered, a Date by its time value)", () => {
  it("reads a Date again after it was changed, and a string after a Date of another day", () => {
    const day = new Date("2024-06-14T12:00:00Z");
    expect(value(widgets, { year: 2023, asOf: day } as never)).toBe(170); // only report-2024 by then
    day.setUTCFullYear(2025); // press-rounded (2024-07-31) and table-final are known by 2025
    expect(value(widgets, { year: 2023, asOf: day } as never)).toBe(172);
    expect(value(widgets, { year: 2023, asOf: "2024-06-14" } as never)).toBe(170);
    expect(value(widgets, { year: 2023, asOf: new Date("2024-06-14T00:00:00Z") } as never)).toBe(170);
  });

  it("refuses an invalid asOf with the name of the function called, after a valid one of another", () => {
    expect(value(widgets, { year: 2023, asOf: "2024-06-14" } as never)).toBe(170);
    expect(() => change(widgets, { from: 2022, to: 2023, asOf: new Date(Number.NaN) } as never)).toThrow(/^change: asOf is an invalid Date/);
    expect(() => value(widgets, { year: 2023, asOf: "2024-02-30" } as never)).toThrow(/^value: asOf "2024-02-30" is not a valid date/);
  });
});
