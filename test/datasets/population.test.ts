/**
 * Population on 1 January 2026 (provisional).
 * Source: n-anp-welingelichtekringen-2026-02-02-cbs-2025 (ANP on the CBS provisional year figures,
 * 2 February 2026): the population grew in 2025 by 87.000 "naar een totaal van 18,13 miljoen inwoners".
 * CBS equates the population at the end of year Y with 1 January Y+1. No cbs.nl page with the exact
 * count was found, so the cell holds only this rounded, second-hand figure.
 * Final CBS figure for comparison: 1 January 2025 18,044,027 (cbs-statline-37259eng-2024-final).
 */
import { describe, expect, it } from "vitest";
import { observation, population, value } from "../../src/index.ts";

describe("population on 1 January 2026", () => {
  it("returns 18.13 million, provisional, rounded to 10 thousand", () => {
    // n-anp-welingelichtekringen-2026-02-02-cbs-2025
    expect(observation(population, { year: 2026 })).toMatchObject({
      value: 18130000,
      date: "2026-01-01",
      status: "provisional",
      precision: 10000,
      source: { id: "n-anp-welingelichtekringen-2026-02-02-cbs-2025" },
    });
  });

  it("is about 87 thousand above 1 January 2025, as the release says (within its rounding)", () => {
    // cbs-statline-37259eng-2024-final: 18,044,027; growth "87.000"; 18.13 million is rounded to 10,000
    const growth = value(population, { year: 2026 }) - value(population, { year: 2025 });
    expect(Math.abs(growth - 87000)).toBeLessThanOrEqual(5000 + 500);
  });
});
