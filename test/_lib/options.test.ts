/**
 * The option reader of src/_lib/options.ts: one pass over the caller's own names, a copy whose allowed
 * keys are all its own (so a polluted Object.prototype is never read through it), and the refusals of
 * issue 13 (unknown keys with "did you mean", null values, objects that are not plain).
 */
import { afterEach, describe, expect, it } from "vitest";
import { optionSet, readOptions } from "../../src/_lib/options.ts";

const SHAPED = optionSet(() => ({ year: undefined, asOf: undefined, series: undefined }));
const PLAIN = ["year", "asOf", "series"] as const;
const proto = Object.prototype as Record<string, unknown>;

afterEach(() => {
  delete proto.asOf;
});

describe("optionSet", () => {
  it("lists the names of its literal, in order, frozen", () => {
    expect(SHAPED).toEqual(["year", "asOf", "series"]);
    expect(Object.isFrozen(SHAPED)).toBe(true);
  });
});

describe("readOptions", () => {
  for (const [name, allowed] of [["an optionSet list", SHAPED], ["a plain list", PLAIN]] as const) {
    describe(`with ${name}`, () => {
      it("copies the given options and nothing from a polluted Object.prototype", () => {
        proto.asOf = "svm2021";
        const q = readOptions("f", { year: 2023 }, allowed, "{ year: 2023 }");
        expect(q.year).toBe(2023);
        expect(q.asOf).toBeUndefined();
        expect(q.series).toBeUndefined();
      });

      it("returns a copy: changing the caller's object afterwards changes nothing", () => {
        const given: Record<string, unknown> = { year: 2023, series: "total" };
        const q = readOptions("f", given, allowed, "{}");
        given.year = 1999;
        expect(q.year).toBe(2023);
        expect(q.series).toBe("total");
      });

      it("reads an own non-enumerable option, and calls a getter once", () => {
        let calls = 0;
        const given = Object.defineProperty({ year: 2023 }, "series", { get: () => (calls++, "total") });
        expect(readOptions("f", given, allowed, "{}").series).toBe("total");
        expect(calls).toBe(1);
      });

      it("does not read a symbol key (no option is a symbol)", () => {
        const q = readOptions("f", { year: 2023, [Symbol("asOf")]: "svm2021" }, allowed, "{}");
        expect(q.asOf).toBeUndefined();
      });

      it("accepts a null-prototype object", () => {
        const given = Object.assign(Object.create(null) as object, { year: 2023 });
        expect(readOptions("f", given, allowed, "{}").year).toBe(2023);
      });

      it("refuses an unknown key (enumerable or not) with the nearest valid one, and a null value", () => {
        expect(() => readOptions("f", { year: 2023, asof: "x" }, allowed, "{}")).toThrow('f: unknown option "asof"; did you mean "asOf"?; options: year, asOf, series');
        expect(() => readOptions("f", Object.defineProperty({}, "yaer", { value: 1 }), allowed, "{}")).toThrow(/^f: unknown option "yaer"; did you mean "year"\?/);
        expect(() => readOptions("f", { year: null }, allowed, "{}")).toThrow('f: option "year" is null; leave it out for its default');
      });

      it("refuses what is not a plain object, naming what it got", () => {
        expect(() => readOptions("f", undefined, allowed, "{ year: 2023 }")).toThrow("f: pass an options object such as { year: 2023 }, got undefined; options: year, asOf, series");
        expect(() => readOptions("f", [2023], allowed, "{}")).toThrow(/^f: pass an options object .*got an array/);
        expect(() => readOptions("f", new Map(), allowed, "{}")).toThrow(/^f: pass a plain options object .*got a Map/);
        expect(() => readOptions("f", 2023, allowed, "{}")).toThrow(/got number/);
      });
    });
  }
});
