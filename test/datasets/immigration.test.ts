/**
 * Immigration: the provisional 2025 figures and the re-sourced CBS January 2025 estimate.
 * Sources:
 * - n-cbs-statline-85484ned-2025p (StatLine 85484NED, period 2025*, provisional): Immigratie 306.549.
 * - n-anp-welingelichtekringen-2026-02-02-cbs-2025 (ANP on the CBS provisional year figures, 2 February
 *   2026): "In 2025 immigreerden bijna 307.000 mensen".
 * - cbs-news-2025-05-population-fd (cbs.nl, 30 January 2025): "in 2024, 314 thousand people came to live
 *   in the Netherlands" (earlier cited from an openrijk.nl repost).
 * - cbs-statline-85848ned-fd (StatLine 85848NED, stored in immigrationByNationalityGroup): 2023 Immigratie
 *   335.668, the same count as the CBS dossier table (cbs-dossier-how-many-people-immigrate: 335.668 thousand).
 */
import { describe, expect, it } from "vitest";
import { immigration, immigrationByNationalityGroup, observation, value } from "../../src/index.ts";

const rows = (year: number, source: string) => immigration.observations.filter((o) => o.year === year && o.source === source);

describe("immigration 2025 (provisional)", () => {
  it("returns the StatLine 85484NED provisional count", () => {
    // n-cbs-statline-85484ned-2025p: 2025* 306.549
    expect(observation(immigration, { year: 2025 })).toMatchObject({
      value: 306549,
      status: "provisional",
      precision: 1,
      source: { id: "n-cbs-statline-85484ned-2025p" },
    });
  });

  it("keeps the ANP copy of the CBS release as a hedged, second-hand vintage", () => {
    // n-anp-welingelichtekringen-2026-02-02-cbs-2025: "bijna 307.000" (upper bound)
    expect(rows(2025, "n-anp-welingelichtekringen-2026-02-02-cbs-2025")).toMatchObject([
      { value: 307000, qualifier: "atMost", precision: 1000, status: "provisional" },
    ]);
  });

  it("the StatLine count agrees with CBS's wording 'bijna 307 duizend'", () => {
    // "bijna" = just under: 306,549 is below 307,000 and rounds to it
    const v = value(immigration, { year: 2025 });
    expect(v).toBeLessThan(307000);
    expect(Math.round(v / 1000) * 1000).toBe(307000);
  });

  it("as of March 2026 only the ANP report is dated, so it is the known figure", () => {
    // the StatLine view shows no version date (vintage = access date 2026-12-06)
    expect(observation(immigration, { year: 2025, asOf: "2026-03-01" })).toMatchObject({
      value: 307000,
      source: { id: "n-anp-welingelichtekringen-2026-02-02-cbs-2025" },
    });
  });
});

describe("immigration 2024 and 2023 vintages", () => {
  it("returns the CBS January 2025 estimate from cbs.nl as of February 2025", () => {
    // cbs-news-2025-05-population-fd (published 2025-01-30): 314 thousand; final 316,305 came later
    expect(observation(immigration, { year: 2024, asOf: "2025-02-15" })).toMatchObject({
      value: 314000,
      status: "provisional",
      source: { id: "cbs-news-2025-05-population-fd" },
    });
  });

  it("StatLine 85848NED (immigrationByNationalityGroup) and the CBS dossier table give the same final 2023 count", () => {
    // cbs-statline-85848ned-fd: Nationaliteit Totaal 2023 335.668; cbs-dossier-how-many-people-immigrate: 335.668 (thousands)
    const statline = immigrationByNationalityGroup.observations.find((o) => o.series === "total" && o.year === 2023 && o.source === "cbs-statline-85848ned-fd");
    expect(statline).toMatchObject({ value: 335668, status: "final" });
    expect(rows(2023, "cbs-dossier-how-many-people-immigrate")).toMatchObject([{ value: 335668 }]);
    expect(value(immigration, { year: 2023 })).toBe(335668);
  });
});

describe("immigration 2024, dated vintages", () => {
  it("as of July 2025 gives CBS's rounded final 316 thousand (June 2025 release)", () => {
    // cbs-news-2025-26-motives-fd (published 2025-06): "A total of 316 thousand migrants ... arrived in 2024";
    // the exact 316,305 (cbs-statline-37259eng-2024-final) has no version date and counts from its access date
    expect(observation(immigration, { year: 2024, asOf: "2025-07-15" })).toMatchObject({ value: 316000, precision: 1000, status: "final" });
    expect(value(immigration, { year: 2024 })).toBe(316305);
    expect(Math.round(316305 / 1000) * 1000).toBe(316000);
  });
});

describe("immigration 2023 by vintage", () => {
  // rijksoverheid-svm2024-news (14 June 2024): "Dat waren vorig jaar 332.863 mensen" (earlier data cut).
  // cbs-dossier-how-many-people-immigrate: 2023 "335.668" thousand (final; dated to 2024 by inference: CBS added
  // its final 2023 figures to StatLine 37259ENG on 25 June 2024, see cbs-statline-37259eng-2024-06-25).
  it("gives the edition's figure at the 2024 edition and CBS's final count in 2025", () => {
    expect(value(immigration, { year: 2023, asOf: "2024-06-14" })).toBe(332863);
    expect(value(immigration, { year: 2023, asOf: "2025-07-04" })).toBe(335668);
    expect(observation(immigration, { year: 2023, asOf: "2025-07-04" }).source.id).toBe("cbs-dossier-how-many-people-immigrate");
  });
});
