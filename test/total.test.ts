/** total() over years (figures: CBS final, cbs-dossier-how-many-people-immigrate). */
import { describe, expect, it } from "vitest";
import { immigration, population, total } from "../src/index.ts";
import type { Dataset } from "../src/index.ts";

describe("total", () => {
  it("adds up a flow over the years, inclusive", () => {
    expect(total(immigration, { from: 2022, to: 2023 })).toBe(403108 + 335668);
    expect(total(immigration, { from: 2023, to: 2023 })).toBe(335668);
  });

  it("uses the figures known as of a date", () => {
    expect(total(immigration, { from: 2022, to: 2023, asOf: "2024-06-14" })).toBe(403108 + 332863);
  });

  it("refuses to add up a stock", () => {
    // @ts-expect-error population is a stock: total() is for flows only
    expect(() => total(population, { from: 2020, to: 2023 })).toThrow(TypeError);
    expect(() => total(population as unknown as Dataset<"total", "flow">, { from: 2020, to: 2023 })).toThrow(/^total: population is a stock/);
  });

  it("throws rather than skipping a year without a figure", () => {
    expect(() => total(immigration, { from: 2023, to: 2024, asOf: "2024-06-14" })).toThrow(
      /^total: no figure for immigration "total" 2024 was published on or before 2024-06-14/,
    );
  });
});
