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
    // two parts of the same declared sum (red + blue = total): neither is a part of the other
    expect(() => share(widgets!, { year: 2023, series: "red", of: "blue" })).toThrow(
      new RangeError('share: "red" and "blue" are both parts of widgets "total", so one is not a part of the other; use of: "total"'),
    );
  });

  it("reads part and whole as of the same date", () => {
    // emigration 2023 198,302 (final) and immigration 2023 "336 thousand" (the best figure known on 2 July 2024)
    expect(share(emigration, { year: 2023, series: "total", of: { dataset: immigration }, asOf: "2024-07-02" })).toBe(198302 / 336000);
  });

  it("throws when the part is missing or unknown", () => {
    expect(() => share(immigration, { year: 2023 } as never)).toThrow(/^share: pass the part as `series`; valid series of immigration: "total"/);
    expect(() => share(immigration, { year: 2023, series: "asylum" as "total" })).toThrow(RangeError);
  });

  it("throws when the whole's dataset does not cover the year", () => {
    // a whole missing as of a date is an error, not NaN: no 2023 figure was out on 1 June 2023
    expect(() => share(emigration, { year: 2023, series: "total", of: { dataset: immigration }, asOf: "2023-06-01" })).toThrow(
      /^share: no figure for (emigration|immigration) "total" 2023 was published on or before 2023-06-01/,
    );
  });
});
