/**
 * revisions(): immigration 2023 went from 332,863 in the 2024 edition (rijksoverheid-svm2024-news) to
 * 335,668 final (cbs-dossier-how-many-people-immigrate); 2022 from CBS's January 2023 estimate of
 * 402 thousand (cbs-news-2023-01-population-growth-almost-doubled) to 403,108 final
 * (cbs-statline-37259ned-2023-08-04).
 */
import { describe, expect, it } from "vitest";
import { immigration, revisions } from "../src/index.ts";

describe("revisions", () => {
  it("lists the 2023 revision from the 2024 edition to the final CBS figure", () => {
    const r = revisions(immigration, { from: "svm2024" }).find((x) => x.year === 2023);
    expect(r).toEqual({
      series: "total",
      year: 2023,
      from: { value: 332863, status: "provisional", precision: 1, source: "rijksoverheid-svm2024-news" },
      to: { value: 335668, status: "final", precision: 1, source: "cbs-dossier-how-many-people-immigrate" },
      difference: 335668 - 332863,
    });
  });

  it("lists the January estimate revised by the final figure between two dates", () => {
    const r = revisions(immigration, { from: "2023-02-01", to: "2023-08-04" });
    expect(r).toEqual([
      expect.objectContaining({ year: 2022, from: expect.objectContaining({ value: 402000 }), to: expect.objectContaining({ value: 403108 }) }),
    ]);
  });

  it("does not count a finer figure within the earlier rounding as a revision", () => {
    // 2020: CBS's "221 thousand" (cbs-news-2023-01-population-growth-almost-doubled) then 220,853 (cbs-statline-37259ned-2023-08-04)
    expect(revisions(immigration, { from: "2023-02-01", to: "2023-08-04" }).map((r) => r.year)).not.toContain(2020);
  });

  it("lists nothing between two dates without new figures", () => {
    expect(revisions(immigration, { from: "2023-08-05", to: "2023-10-06" })).toEqual([]);
  });

  it("throws for a missing or reversed range", () => {
    expect(() => revisions(immigration, {} as never)).toThrow(TypeError);
    expect(() => revisions(immigration, { from: "2024-01-01", to: "2023-01-01" })).toThrow(new RangeError("revisions: from (2024-01-01) is after to (2023-01-01)"));
    expect(() => revisions(immigration, { from: "svm1999" })).toThrow(/^revisions: unknown edition "svm1999"/);
  });
});
