/**
 * The report's editions and `asOf` by edition. Dates: the editions' news items on rijksoverheid.nl
 * (sources rijksoverheid-svm2021-news … rijksoverheid-svm2025-news; 2022: k-rijksoverheid-svm2022-news).
 */
import { describe, expect, it } from "vitest";
import { change, editions, editionSources, immigration, value } from "../src/index.ts";

describe("editions", () => {
  it("lists the five editions 2021–2025 with the day each became public", () => {
    expect(editions.map((e) => [e.id, e.published, e.reportingYear])).toEqual([
      ["svm2021", "2021-07-07", 2020],
      ["svm2022", "2022-07-07", 2021],
      ["svm2023", "2023-10-06", 2022],
      ["svm2024", "2024-06-14", 2023],
      ["svm2025", "2025-07-04", 2024],
    ]);
  });

  it("links every edition to its own publication", () => {
    for (const e of editions) {
      expect(editionSources[e.source]!.edition).toBe(e.id);
      expect(editionSources[e.source]!.url).toMatch(/^https:\/\/www\.rijksoverheid\.nl\//);
    }
  });
});

describe("asOf by edition", () => {
  it("reads the figures as the 2024 edition had them (claim SVM2024-01: 332,863, −17%)", () => {
    expect(value(immigration, { year: 2023, asOf: "svm2024" })).toBe(332863);
    expect(Math.round(change(immigration, { from: 2022, to: 2023, asOf: "svm2024" }).relative * 100)).toBe(-17);
  });

  it("reads the 2023 edition's 403,108 for 2022 (claim SVM2023-01)", () => {
    expect(value(immigration, { year: 2022, asOf: "svm2023" })).toBe(403108);
  });

  it("throws a RangeError that lists the editions for an unknown one", () => {
    expect(() => value(immigration, { year: 2023, asOf: "svm2019" })).toThrow(
      new RangeError('value: unknown edition "svm2019"; editions: svm2021, svm2022, svm2023, svm2024, svm2025'),
    );
  });
});
