/**
 * Option type checks (src/_lib/checks.ts, src/_lib/locale.ts) through the functions that use them: a
 * value of the wrong type is a TypeError that names the type it got, not a RangeError about its value.
 * A null option never reaches these checks (readOptions refuses it first), so "got null" is tested
 * where they are called directly.
 */
import { describe, expect, it } from "vitest";
import { assertOneOf } from "../src/_lib/checks.ts";
import { localeOf } from "../src/_lib/locale.ts";
import { asylumApplicationsByNationality } from "../src/datasets/index.ts";
import { rank } from "../src/rank.ts";

describe("a one-of option of the wrong type", () => {
  it("is a TypeError naming the choices and the type", () => {
    expect(() => rank(asylumApplicationsByNationality, { year: 2023, series: ["SY", "TR"], order: 5 as never })).toThrow(
      new TypeError('rank: order must be one of "desc", "asc", got number'),
    );
    expect(() => assertOneOf("rank", null, ["value", "perCapita"], "by")).toThrow(new TypeError('rank: by must be one of "value", "perCapita", got null'));
    expect(() => assertOneOf("rank", "size", ["value", "perCapita"], "by")).toThrow(new RangeError('rank: by must be one of "value", "perCapita", got "size"'));
  });
});

describe("the lang option", () => {
  it("is en by default, and a TypeError when it is not a string", () => {
    expect(localeOf("cite", undefined)).toBe("en-GB");
    expect(localeOf("cite", "nl")).toBe("nl-NL");
    expect(() => localeOf("cite", 5)).toThrow(new TypeError('cite: lang must be "en" or "nl", got number'));
    expect(() => localeOf("cite", null)).toThrow(new TypeError('cite: lang must be "en" or "nl", got null'));
  });
});

describe("a series in a list", () => {
  it("that is null is a TypeError that says so (a list's items do not pass through readOptions)", () => {
    expect(() => rank(asylumApplicationsByNationality, { year: 2023, series: ["SY", null as never] })).toThrow(/^rank: series must be a string, got null; valid series of asylumApplicationsByNationality: /);
    expect(() => rank(asylumApplicationsByNationality, { year: 2023, series: ["SY", ["TR"] as never] })).toThrow(/^rank: series must be a string, got an array; valid series/);
  });
});
