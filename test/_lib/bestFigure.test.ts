import { describe, expect, it } from "vitest";
import { parseAsOf } from "../../src/_lib/asOf.ts";
import { weakerStatus } from "../../src/_lib/bestFigure.ts";
import { knownFromDate as vintageDate } from "../../src/_lib/sourceFacts.ts";
import type { Source } from "../../src/types.ts";

const base: Source = { id: "s", publisher: "P", title: "T", url: "https://example.org", accessed: "2026-11-27", kind: "other", language: "en" };

describe("knownFromDate", () => {
  it("uses a full publication date as it is", () => {
    expect(vintageDate({ ...base, published: "2024-06-14" })).toBe("2024-06-14");
  });
  it("takes the last day of a month or year when only that is known", () => {
    expect(vintageDate({ ...base, published: "2024-07" })).toBe("2024-07-31");
    expect(vintageDate({ ...base, published: "2024-02" })).toBe("2024-02-29");
    expect(vintageDate({ ...base, published: "2023-02" })).toBe("2023-02-28");
    expect(vintageDate({ ...base, published: "2017" })).toBe("2017-12-31");
  });
  it("falls back to the access date when the publication date is unknown", () => {
    expect(vintageDate(base)).toBe("2026-11-27");
  });
});

describe("parseAsOf", () => {
  it("accepts ISO dates and date-times and Date objects", () => {
    expect(parseAsOf("f", "2024-06-14")).toBe("2024-06-14");
    expect(parseAsOf("f", "2024-06-14T10:00:00")).toBe("2024-06-14");
    expect(parseAsOf("f", new Date(2024, 5, 14))).toBe("2024-06-14");
  });
  it("rejects impossible or malformed dates with a RangeError naming the function", () => {
    expect(() => parseAsOf("value", "2024-13-01")).toThrow(RangeError);
    expect(() => parseAsOf("value", "2023-02-29")).toThrow(/^value: asOf "2023-02-29" is not a valid date/);
    expect(() => parseAsOf("value", "14-06-2024")).toThrow(RangeError);
    expect(() => parseAsOf("value", "2024-06")).toThrow(RangeError);
    expect(() => parseAsOf("value", new Date(Number.NaN))).toThrow(/^value: asOf is an invalid Date/);
  });
  it("rejects other types with a TypeError", () => {
    expect(() => parseAsOf("value", 20240614 as unknown as string)).toThrow(TypeError);
  });
});

describe("weakerStatus", () => {
  it("orders final < break < provisional < estimated", () => {
    expect(weakerStatus("final", "provisional")).toBe("provisional");
    expect(weakerStatus("estimated", "provisional")).toBe("estimated");
    expect(weakerStatus("final", "break")).toBe("break");
    expect(weakerStatus("final", "final")).toBe("final");
  });
});
