/** timeseries() on the bundled data (figures from data/sources/core.csv, CBS final unless said). */
import { describe, expect, it } from "vitest";
import { immigration, timeseries } from "../src/index.ts";

describe("timeseries", () => {
  it("returns the best figure of each year in year order", () => {
    // 2020 220,853; 2021 252,528; 2022 403,108; 2023 335,668 (cbs-dossier-how-many-people-immigrate)
    expect(timeseries(immigration, { from: 2020, to: 2023 })).toMatchObject([
      { year: 2020, value: 220853, status: "final", precision: 1 },
      { year: 2021, value: 252528, status: "final", precision: 1 },
      { year: 2022, value: 403108, status: "final", precision: 1 },
      { year: 2023, value: 335668, status: "final", precision: 1 },
    ]);
  });

  it("covers the whole declared range by default", () => {
    const years = timeseries(immigration).map((p) => p.year);
    expect(years[0]).toBe(2010);
    expect(years.at(-1)).toBe(2025); // 2025 provisional (n-cbs-statline-85484ned-2025p)
  });

  it("leaves out years with no figure published by asOf", () => {
    // On 2024-06-14 the 2024 figure did not exist yet; 2023 was the report's 332,863.
    const points = timeseries(immigration, { from: 2022, asOf: "2024-06-14" });
    expect(points.map((p) => [p.year, p.value, p.status])).toEqual([
      [2022, 403108, "final"],
      [2023, 332863, "provisional"],
    ]);
  });

  it("throws a RangeError when from is after to or outside the range", () => {
    expect(() => timeseries(immigration, { from: 2023, to: 2020 })).toThrow(new RangeError("timeseries: from (2023) is after to (2020)"));
    expect(() => timeseries(immigration, { from: 2000 })).toThrow(/^timeseries: from 2000 is outside immigration's range 2010–2025/);
  });
});
