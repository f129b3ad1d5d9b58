/**
 * formatChange: the Staat van Migratie 2024 seed statement "332.863 mensen, 17% minder dan in 2022"
 * (rijksoverheid-svm2024-news) and the 2023 edition's "61% meer" (rijksoverheid-svm2023-news).
 */
import { describe, expect, it } from "vitest";
import { change, formatChange, immigration } from "../../src/index.ts";

describe("formatChange", () => {
  it("writes the 2024 edition's change in Dutch and English", () => {
    const c = change(immigration, { from: 2022, to: 2023, asOf: "svm2024" });
    expect(formatChange(c, { lang: "nl" })).toBe("17% minder");
    expect(formatChange(c)).toBe("17% fewer");
  });
  it("writes increases and no change", () => {
    expect(formatChange(0.61, { lang: "nl" })).toBe("61% meer");
    expect(formatChange(0.001)).toBe("unchanged");
    expect(formatChange(-0.001, { lang: "nl" })).toBe("gelijk");
  });
  it("caps the decimals at what rounded inputs support", () => {
    // As of 2 July 2024 the 2023 figure was CBS's rounded 336 thousand (precision 1000 on ~400,000):
    // one decimal would claim more than the inputs know.
    const c = change(immigration, { from: 2022, to: 2023, asOf: "2024-07-02" });
    expect(formatChange(c, { digits: 1 })).toBe("17% fewer");
    // Exact inputs support one decimal: 403,108 → 335,668 is −16.7%.
    expect(formatChange(change(immigration, { from: 2022, to: 2023 }), { digits: 1 })).toBe("16.7% fewer");
  });
  it("throws for bad input", () => {
    expect(() => formatChange("x" as unknown as number)).toThrow(TypeError);
    expect(() => formatChange(Number.NaN)).toThrow(RangeError);
  });
});
