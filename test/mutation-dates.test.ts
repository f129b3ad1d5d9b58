/**
 * Date options (src/_lib/asOf.ts): ISO date-times with and without offsets, the checks made before
 * `Date.parse`, Dates outside the years 0000–9999 and edition ids. The expected days are worked out by
 * hand in the comments (UTC = local time minus the offset); the edition dates are the publication
 * dates of the editions' own sources in data/sources/editions.csv.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { isCalendarDate, parseAsOf } from "../src/_lib/asOf.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseAsOf: ISO date-times", () => {
  it("gives the UTC calendar day of a date-time with an offset", () => {
    expect(parseAsOf("f", "2024-06-14T23:30:00+02:00")).toBe("2024-06-14"); // 21:30 UTC
    expect(parseAsOf("f", "2024-06-14T23:30:00-05:00")).toBe("2024-06-15"); // 04:30 UTC the next day
    expect(parseAsOf("f", "2024-06-14T00:30+02:00")).toBe("2024-06-13"); // 22:30 UTC the day before
    expect(parseAsOf("f", "2024-06-14T23:30-0500")).toBe("2024-06-15"); // an offset without a colon
    expect(parseAsOf("f", "2024-06-14T01:00:00+0200")).toBe("2024-06-13"); // 23:00 UTC the day before
    expect(parseAsOf("f", "2024-12-31T23:59:59.999999999-01:00")).toBe("2025-01-01"); // fractions of a second
    expect(parseAsOf("f", "2024-06-14T23:59:59Z")).toBe("2024-06-14");
    expect(parseAsOf("f", "2024-06-14T23:30")).toBe("2024-06-14"); // no seconds, no offset: UTC
  });

  it("reads a date-time without an offset as UTC, whatever the machine's time zone", () => {
    // Simulate a machine five hours behind UTC: Date.parse reads a date-time without an offset as local time.
    const parse = Date.parse;
    vi.spyOn(Date, "parse").mockImplementation((s: string) => (/(Z|[+-]\d\d:?\d\d)$/.test(s) ? parse(s) : parse(`${s}-05:00`)));
    expect(parseAsOf("f", "2024-06-14T23:30")).toBe("2024-06-14"); // local reading: 04:30 UTC on 15 June
    expect(parseAsOf("f", "2024-06-14T22:00:00")).toBe("2024-06-14");
  });

  it("refuses the hour 24 and an impossible day, which Date.parse would roll over to the next day", () => {
    expect(() => parseAsOf("value", "2024-06-14T24:00Z")).toThrow(/^value: asOf "2024-06-14T24:00Z" is not a valid date; use an ISO date such as "2024-06-14", an ISO date-time with an offset, an edition id such as "svm2024" or a Date$/);
    expect(() => parseAsOf("value", "2023-02-29T10:00:00Z")).toThrow(/^value: asOf "2023-02-29T10:00:00Z" is not a valid date;/);
    expect(() => parseAsOf("value", "2024-04-31T10:00+02:00")).toThrow(RangeError);
    expect(parseAsOf("value", "2024-02-29T10:00:00Z")).toBe("2024-02-29"); // a leap day is a real day
  });

  it("refuses minutes, seconds or offsets out of range, and text around the date", () => {
    for (const bad of ["2024-06-14T10:60Z", "2024-06-14T10:00:61Z", "2024-06-14T10:00+25:00", "x2024-06-14", "2024-06-14x", "2024-06-14T10", "2024-06-14 10:00"]) {
      expect(() => parseAsOf("value", bad), bad).toThrow(RangeError);
    }
  });

  it("returns a plain date as it is, and names the option and leaves edition ids out of the message when they are not allowed", () => {
    expect(parseAsOf("f", "2000-02-29")).toBe("2000-02-29");
    expect(() => parseAsOf("value", "2024-06-31", "date", false)).toThrow(
      'value: date "2024-06-31" is not a valid date (no such day in the calendar); use an ISO date such as "2024-06-14"',
    );
    expect(() => parseAsOf("value", "svm2024", "date", false)).toThrow(
      'value: date "svm2024" is not a valid date; use an ISO date such as "2024-06-14", an ISO date-time with an offset or a Date',
    );
  });
});

describe("parseAsOf: Dates", () => {
  it("takes the UTC day of a Date, not the local one", () => {
    expect(parseAsOf("f", new Date(Date.UTC(2024, 5, 13, 23, 30)))).toBe("2024-06-13");
    expect(parseAsOf("f", new Date(Date.UTC(2024, 5, 14, 0, 30)))).toBe("2024-06-14");
  });
  it("writes every month and day with two digits and the year with four (months and days from 10 too)", () => {
    expect(parseAsOf("f", new Date(Date.UTC(2024, 9, 10)))).toBe("2024-10-10");
    expect(parseAsOf("f", new Date(Date.UTC(2024, 11, 31, 23, 59)))).toBe("2024-12-31");
    expect(parseAsOf("f", new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
    const early = new Date(Date.UTC(2000, 0, 1));
    early.setUTCFullYear(33, 2, 9); // the year 33, not 1933
    expect(parseAsOf("f", early)).toBe("0033-03-09");
    early.setUTCFullYear(0, 0, 1);
    expect(parseAsOf("f", early)).toBe("0000-01-01");
  });
  it("gives the same day for a date-time string as for the same instant as a Date", () => {
    // 2024-10-10T23:30-02:00 is 2024-10-11T01:30Z; 2024-01-01T00:30+01:00 is 2023-12-31T23:30Z
    expect(parseAsOf("f", "2024-10-10T23:30-02:00")).toBe("2024-10-11");
    expect(parseAsOf("f", new Date("2024-10-10T23:30-02:00"))).toBe("2024-10-11");
    expect(parseAsOf("f", "2024-01-01T00:30+01:00")).toBe("2023-12-31");
    expect(parseAsOf("f", new Date("2024-01-01T00:30+01:00"))).toBe("2023-12-31");
  });
  it("refuses a date-time whose offset carries it out of the years 0000–9999", () => {
    // 9999-12-31T23:30-02:00 is 10000-01-01T01:30Z; 0000-01-01T00:30+01:00 is the year −1 in UTC
    expect(() => parseAsOf("f", "9999-12-31T23:30-02:00")).toThrow(/^f: asOf "9999-12-31T23:30-02:00" is not a valid date/);
    expect(() => parseAsOf("f", "0000-01-01T00:30+01:00")).toThrow(/^f: asOf "0000-01-01T00:30\+01:00" is not a valid date/);
    expect(parseAsOf("f", "9999-12-31T23:30+02:00")).toBe("9999-12-31");
  });
  it("refuses a Date outside the years 0000–9999, naming the option", () => {
    expect(() => parseAsOf("value", new Date(Date.UTC(10000, 0, 1)), "from")).toThrow(
      "value: from +010000-01-01T00:00:00.000Z is outside the years 0000–9999",
    );
    const bc = new Date(Date.UTC(2000, 0, 1));
    bc.setUTCFullYear(-1);
    expect(() => parseAsOf("value", bc)).toThrow(/^value: asOf -000001-01-01T00:00:00\.000Z is outside the years 0000–9999$/);
    expect(() => parseAsOf("value", new Date(Number.NaN), "date")).toThrow(
      'value: date is an invalid Date; pass a valid Date or an ISO date such as "2024-06-14"',
    );
  });
});

describe("parseAsOf: other types and edition ids", () => {
  it("names the type it got", () => {
    expect(() => parseAsOf("value", null)).toThrow('value: asOf must be an ISO date string such as "2024-06-14", an edition id such as "svm2024" or a Date, got null');
    expect(() => parseAsOf("value", 2024, "to", false)).toThrow('value: to must be an ISO date string such as "2024-06-14" or a Date, got number');
  });
  it("gives the day each edition became public (data/sources/editions.csv)", () => {
    expect(parseAsOf("f", "svm2021")).toBe("2021-07-07"); // rijksoverheid-svm2021-news, published 2021-07-07
    expect(parseAsOf("f", "svm2024")).toBe("2024-06-14");
  });
  it("treats any id starting with svm, in any case, as an edition id", () => {
    expect(() => parseAsOf("value", "SVM2024")).toThrow(/^value: unknown edition "SVM2024"; editions: svm2021, svm2022, svm2023, svm2024, svm2025$/);
    expect(() => parseAsOf("value", "svm1999", "from")).toThrow(/^value: unknown edition "svm1999" in from; editions: svm2021, /);
  });
});

describe("isCalendarDate", () => {
  it("knows the leap years, in the years 0–99 too (not read as 1900–1999)", () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(0, 2, 29)).toBe(true); // 0 is divisible by 400; 1900 is not a leap year
    expect(isCalendarDate(2024, 13, 1)).toBe(false);
    expect(isCalendarDate(2024, 0, 10)).toBe(false);
    expect(isCalendarDate(2024, 6, 0)).toBe(false);
  });
});
