/**
 * perCapita(): immigration 2023 335,668 (cbs-dossier-how-many-people-immigrate) per inhabitants on
 * 1 January 2023, 17,811,291 (cbs-statline-85644ned); 2022: 403,108 (cbs-statline-37259ned-2023-08-04)
 * per 17,590,672 on 1 January 2022 (cbs-statline-85644ned).
 */
import { describe, expect, it } from "vitest";
import { emigration, immigration, perCapita, population } from "../src/index.ts";
import type { Dataset } from "../src/index.ts";
import { fixtureDatasets } from "./_helpers/fixtures.ts";

describe("perCapita", () => {
  it("divides by the population on 1 January of the year, per 1,000 by default", () => {
    expect(perCapita(immigration, { year: 2023 })).toBeCloseTo((335668 / 17811291) * 1000, 10);
    expect(perCapita(immigration, { year: 2022 })).toBeCloseTo((403108 / 17590672) * 1000, 10);
  });

  it("scales linearly with per", () => {
    expect(perCapita(emigration, { year: 2023, per: 1e6 })).toBeCloseTo((198302 / 17811291) * 1e6, 6);
  });

  it("takes another population dataset, matched by series", () => {
    const { stockpile } = fixtureDatasets();
    // fixture stock: 1,100 on 1 January 2023
    expect(perCapita(immigration, { year: 2023, population: stockpile as Dataset<string, "stock"> })).toBe((335668 / 1100) * 1000);
  });

  it("throws, not NaN, when the denominator is missing", () => {
    // The population of 1 January 2023 was read from an undated table, so it counts from 2026-11-27.
    expect(() => perCapita(immigration, { year: 2023, asOf: "2024-06-14" })).toThrow(
      /^perCapita: no figure for population "total" 2023 was published on or before 2024-06-14/,
    );
  });

  it("throws for a bad per or a flow as population", () => {
    expect(() => perCapita(immigration, { year: 2023, per: 0 })).toThrow(new RangeError("perCapita: per must be a positive finite number, got 0"));
    expect(() => perCapita(immigration, { year: 2023, per: Number.NaN })).toThrow(RangeError);
    expect(() => perCapita(immigration, { year: 2023, population: immigration as never })).toThrow(
      new TypeError("perCapita: population must be a stock dataset of inhabitants; immigration is a flow"),
    );
    expect(population.measure).toBe("stock");
  });
});
