/** mean() over years (figures: CBS final, cbs-dossier-how-many-people-immigrate; population cbs-statline-85644ned). */
import { describe, expect, it } from "vitest";
import { immigration, mean, population } from "../src/index.ts";

describe("mean", () => {
  it("averages a flow over the years", () => {
    expect(mean(immigration, { from: 2022, to: 2023 })).toBe((403108 + 335668) / 2);
  });
  it("averages a stock's reference-date values", () => {
    // 1 January 2023 17,811,291 and 1 January 2024 17,942,942 (cbs-statline-85644ned)
    expect(mean(population, { from: 2023, to: 2024 })).toBe((17811291 + 17942942) / 2);
  });
  it("throws a RangeError for a reversed range", () => {
    expect(() => mean(immigration, { from: 2023, to: 2022 })).toThrow(new RangeError("mean: from (2023) is after to (2022)"));
  });
});
