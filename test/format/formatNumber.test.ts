/** formatNumber: the seed statement's 332,863 (rijksoverheid-svm2024-news; the Dutch news item writes "332.863"). */
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/index.ts";

describe("formatNumber", () => {
  it("groups digits by locale as the sources write them", () => {
    expect(formatNumber(332863, { lang: "nl" })).toBe("332.863");
    expect(formatNumber(332863)).toBe("332,863");
    expect(formatNumber(332863, { lang: "en" })).toBe("332,863");
  });
  it("never shows more precision than the value has", () => {
    expect(formatNumber(335668, { precision: 1000 })).toBe("336,000");
    expect(formatNumber(18.8456, { precision: 0.1 })).toBe("18.8");
    expect(formatNumber(18.8456, { lang: "nl", precision: 0.01 })).toBe("18,85");
    expect(formatNumber(17100000, { lang: "nl", precision: 100000 })).toBe("17.100.000");
  });
  it("throws for bad input", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(new RangeError("formatNumber: value must be finite, got NaN"));
    expect(() => formatNumber("1" as unknown as number)).toThrow(TypeError);
    expect(() => formatNumber(1, { precision: 0 })).toThrow(RangeError);
    expect(() => formatNumber(1, { lang: "de" as "en" })).toThrow(new RangeError('formatNumber: lang must be "en" or "nl", got "de"'));
  });
});
