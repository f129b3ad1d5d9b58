/**
 * change(): the seed statement of the Staat van Migratie 2024 (claim SVM2024-01): "332,863 came in
 * 2023, 17% fewer than in 2022" — 332,863 (rijksoverheid-svm2024-news) against 403,108
 * (cbs-statline-37259ned-2023-08-04 and rijksoverheid-svm2023-news).
 */
import { describe, expect, it } from "vitest";
import { change, emigration, immigration } from "../src/index.ts";

describe("change", () => {
  it("reproduces the 2024 edition's −17% as of its publication date", () => {
    const c = change(immigration, { from: 2022, to: 2023, asOf: "2024-06-14" });
    expect(c.from).toBe(403108);
    expect(c.to).toBe(332863);
    expect(c.absolute).toBe(332863 - 403108);
    expect(c.relative).toBeCloseTo((332863 - 403108) / 403108, 12);
    expect(Math.round(c.relative * 100)).toBe(-17);
    // 403,108 is given by three sources, all final and exact; the newest (the 2023 edition) is cited.
    expect(c.sources).toEqual(["rijksoverheid-svm2023-news", "rijksoverheid-svm2024-news"]);
  });

  it("is provisional when one input is provisional, final when both are", () => {
    expect(change(immigration, { from: 2022, to: 2023, asOf: "2024-06-14" }).status).toBe("provisional");
    expect(change(immigration, { from: 2022, to: 2023 }).status).toBe("final");
  });

  it("takes the coarser precision of its inputs", () => {
    // 2 July 2024: 2023 known as CBS's rounded 336 thousand (precision 1000).
    const c = change(immigration, { from: 2022, to: 2023, asOf: "2024-07-02" });
    expect(c.to).toBe(336000);
    expect(c.precision).toBe(1000);
  });

  it("gives the CBS final change 2022→2023 as a fraction", () => {
    // CBS final: 403,108 → 335,668; emigration 179,310 → 198,302 (cbs-statline-37259ned-2023-08-04, cbs-dossier-how-many-people-immigrate)
    expect(change(immigration, { from: 2022, to: 2023 }).relative).toBeCloseTo((335668 - 403108) / 403108, 12);
    expect(change(emigration, { from: 2022, to: 2023 }).absolute).toBe(198302 - 179310);
  });

  it("does not reproduce the 2023 edition's +61% with CBS's final 2021 base (claim DERIV-01)", () => {
    // 2021: 252,528 (CBS final) → 2022: 403,108 is +59.6%, not the +61% the edition stated.
    const c = change(immigration, { from: 2021, to: 2022 });
    expect(Math.round(c.relative * 1000) / 10).toBe(59.6);
  });

  it("throws for an unknown year", () => {
    expect(() => change(immigration, { from: 2008, to: 2023 })).toThrow(new RangeError("change: from 2008 is outside immigration's range 2010–2025"));
  });
});
