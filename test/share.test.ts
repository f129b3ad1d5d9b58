/** share(): immigration 2023 335,668 (cbs-dossier-how-many-people-immigrate); population 1 January 2023 17,811,291 (cbs-statline-85644ned). */
import { describe, expect, it } from "vitest";
import { emigration, immigration, population, share } from "../src/index.ts";
import { fixtureDatasets } from "./_helpers/fixtures.ts";

const { widgets } = fixtureDatasets();

describe("share", () => {
  it("divides by a series of another dataset", () => {
    // a flow is not a part of a stock: immigration per inhabitant is perCapita's job
    expect(() => share(immigration, { year: 2023, series: "total", of: { dataset: population } })).toThrow(
      new TypeError('share: immigration "total" is a flow and population "total" a stock; a flow cannot be a part of a stock (for a rate per inhabitant use perCapita)'),
    );
  });

  it("divides a part by the dataset's total by default (fixture: red 100 of total 172)", () => {
    expect(share(widgets!, { year: 2023, series: "red" })).toBe(100 / 172);
    expect(share(widgets!, { year: 2023, series: "red", of: "blue" })).toBe(100 / 72);
  });

  it("reads part and whole as of the same date", () => {
    expect(share(immigration, { year: 2023, series: "total", of: { dataset: emigration }, asOf: "2024-07-02" })).toBe(336000 / 198302);
  });

  it("throws when the part is missing or unknown", () => {
    expect(() => share(immigration, { year: 2023 } as never)).toThrow(/^share: pass the part as `series`; valid series of immigration: "total"/);
    expect(() => share(immigration, { year: 2023, series: "asylum" as "total" })).toThrow(RangeError);
  });

  it("throws when the whole's dataset does not cover the year", () => {
    // population covers 2010–2025; a whole missing as of a date is an error, not NaN
    expect(() => share(immigration, { year: 2023, series: "total", of: { dataset: population }, asOf: "2024-06-14" })).toThrow(
      /^share: no figure for population "total" 2023 was published on or before 2024-06-14/,
    );
  });
});
