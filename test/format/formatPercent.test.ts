/** formatPercent: shares as the report writes them ("17%"). */
import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/index.ts";

describe("formatPercent", () => {
  it("turns a fraction into a percentage with the locale's separator", () => {
    expect(formatPercent(0.1042, { lang: "nl", digits: 1 })).toBe("10,4%");
    expect(formatPercent(0.1042, { digits: 1 })).toBe("10.4%");
    expect(formatPercent(-0.174)).toBe("-17%");
    expect(formatPercent(0.21, { lang: "nl" })).toBe("21%");
  });
  it("throws for bad input", () => {
    expect(() => formatPercent(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatPercent(0.1, { digits: 7 })).toThrow(new RangeError("formatPercent: digits must be a whole number from 0 to 4, got 7"));
  });
});
