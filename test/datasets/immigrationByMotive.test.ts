/**
 * Migration motives of 2023 against CBS's published shares.
 *
 * CBS (June 2025, via ANP: anp-welingelichtekringen-2025-06-fd): "Van alle 335.000 immigranten in
 * 2023, kwam 21 procent voor arbeid, 22 procent voor gezin, 12 procent voor studie en 10 procent voor
 * asiel". These are shares of ALL immigrants (Dutch nationals included), so the denominator is the
 * dataset `immigration` (CBS final 335,668), not `immigrationByMotive.total` (non-Dutch only).
 * Counts stored for 2023:
 * - work: "bijna 70 duizend" labour migrants (blikopnieuws-2025-06-fd, CBS release text);
 * - family: "Van de 73.000 mensen die in 2023 voor het gezin naar Nederland kwamen" (anp-welingelichtekringen-2025-06-fd);
 * - asylum: 32.0 thousand (cbs-news-2024-27-motives-fd, CBS table of asylum migrants);
 * - study: no count for all immigrants of 2023 was found (only the non-EU/EFTA 23.0 thousand), so the
 *   12% cannot be reproduced; the test below pins that down.
 * - total (non-Dutch): 291,233 (cbs-statline-85848ned-fd).
 */
import { describe, expect, it } from "vitest";
import { immigration, immigrationByMotive, immigrationByMotiveEuEfta, immigrationByMotiveNonEuEfta, immigrationByNationalityGroup, observation, share, value } from "../../src/index.ts";

const pct = (x: number) => Math.round(x * 100);

describe("immigrationByMotive, 2023 shares of all immigrants (CBS June 2025)", () => {
  it("reproduces 21% work", () => {
    // "bijna 70 duizend" (atMost) / 335,668
    expect(observation(immigrationByMotive, { year: 2023, series: "work" })).toMatchObject({ value: 70000, qualifier: "atMost" });
    expect(pct(share(immigrationByMotive, { year: 2023, series: "work", of: { dataset: immigration } }))).toBe(21);
  });

  it("reproduces 22% family", () => {
    expect(value(immigrationByMotive, { year: 2023, series: "family" })).toBe(73000);
    expect(pct(share(immigrationByMotive, { year: 2023, series: "family", of: { dataset: immigration } }))).toBe(22);
  });

  it("reproduces 10% asylum", () => {
    expect(value(immigrationByMotive, { year: 2023, series: "asylum" })).toBe(32000);
    expect(pct(share(immigrationByMotive, { year: 2023, series: "asylum", of: { dataset: immigration } }))).toBe(10);
  });

  it("cannot reproduce 12% study: no count of all study migrants of 2023 was published", () => {
    // Only non-EU/EFTA study migrants are known (23.0 thousand, cbs-news-2024-27-motives-fd); EU/EFTA
    // study migrants of 2023 appear only as shares. 23,000 / 335,668 = 7%, not 12%: the part is incomplete.
    expect(value(immigrationByMotiveNonEuEfta, { year: 2023, series: "study" })).toBe(23000);
    expect(() => share(immigrationByMotive, { year: 2023, series: "study", of: { dataset: immigration } })).toThrow(RangeError);
  });
});

describe("immigrationByMotive, shares of non-Dutch immigrants", () => {
  it("gives the asylum share of all non-Dutch immigrants in 2023", () => {
    // 32,000 asylum migrants (cbs-news-2024-27-motives-fd) of 291,233 non-Dutch immigrants (cbs-statline-85848ned-fd)
    expect(value(immigrationByMotive, { year: 2023 })).toBe(291233);
    expect(share(immigrationByMotive, { year: 2023, series: "asylum" })).toBeCloseTo(32000 / 291233, 12);
    // larger than the 10% of all immigrants, because Dutch nationals (no motive) are left out
    expect(share(immigrationByMotive, { year: 2023, series: "asylum" })).toBeGreaterThan(0.105);
  });

  it("has the exact StatLine count for 2015 from two first-hand vintages (2015)", () => {
    // cbs-statline-84484ned-fd: 159,483; the data copy of 85848NED (cbs-85848ned-thaumatorium-copy-2026-06-03)
    // has the same 159,483 (NRC's rounded '159.000' copy of the 2017 release was a redundant lead, removed)
    const rows = immigrationByMotive.observations.filter((o) => o.series === "total" && o.year === 2015);
    expect(rows.map((o) => o.value).sort()).toEqual([159483, 159483]);
    expect(value(immigrationByMotive, { year: 2015 })).toBe(159483);
  });

  it("has the temporary-protection inflow CBS reported: ruim 108 duizend in 2022, 37 duizend in 2023", () => {
    // cbs-news-2024-27-motives-fd (CBS table, x 1 000: 108.5 and 37.1) is finer than the text copies and wins
    expect(value(immigrationByMotive, { year: 2022, series: "temporaryProtection" })).toBe(108500);
    expect(value(immigrationByMotive, { year: 2023, series: "temporaryProtection" })).toBe(37100);
    // The release text (as copied on dossierarbeidsmigranten.nl) said "ruim 108 duizend" (2022) and "37 duizend"
    // (2023); those copies gave the same figures as the CBS table and were removed as redundant.
    const table = (year: number) =>
      immigrationByMotive.observations.find((o) => o.series === "temporaryProtection" && o.year === year && o.source === "cbs-news-2024-27-motives-fd");
    expect(table(2022)).toMatchObject({ value: 108500 });
    expect(table(2023)).toMatchObject({ value: 37100 });
    expect(Math.floor(108500 / 1000) * 1000).toBe(108000); // "ruim 108 duizend": just over 108 thousand
    expect(Math.round(37100 / 1000) * 1000).toBe(37000);
  });
});

describe("immigrationByMotiveEuEfta, vintages of the EU/EFTA total", () => {
  it("keeps the July 2023 release's rounded 120,000 for 2021 beside the exact July 2022 table", () => {
    // cbs-news-2022-29-motives-fd: 117,427; anp-nieuwsnl-2023-07-04-fd: 'steeg van 120.000 in 2021 naar 129.000'
    const rows = immigrationByMotiveEuEfta.observations.filter((o) => o.series === "total" && o.year === 2021);
    expect(rows.map((o) => o.value).sort()).toEqual([117427, 117700, 120000]);
    // the exact table figure wins at every date after July 2022: a rounded later release does not displace it
    expect(value(immigrationByMotiveEuEfta, { year: 2021, asOf: "2023-07-31" })).toBe(117427);
    expect(value(immigrationByMotiveEuEfta, { year: 2021 })).toBe(117427);
  });

  it("has EU/EFTA motive counts 2019-2023 only from the 84808NED copy, none for 2024", () => {
    // cbs-84808ned-thaumatorium-copy-2026-06-03 (StatLine 84808NED, version 27 June 2025): 2019 work 44,510
    expect(observation(immigrationByMotiveEuEfta, { year: 2019, series: "work" })).toMatchObject({
      value: 44510, precision: 5, status: "provisional", source: { id: "cbs-84808ned-thaumatorium-copy-2026-06-03" },
    });
    expect(() => value(immigrationByMotiveEuEfta, { year: 2024, series: "work" })).toThrow(RangeError);
    expect(immigrationByMotiveEuEfta.gaps.find((g) => g.series === "work")?.years).toEqual([2024]);
  });

  it("the 84808NED copy's parts agree with the EU/EFTA totals CBS printed in its releases", () => {
    // parts: cbs-84808ned-thaumatorium-copy-2026-06-03; totals: cbs-news-2022-29-motives-fd (2019 124,294,
    // 2021 117,427, exact) and cbs-news-2025-26-motives-fd (2023 126.7 thousand). The copy is a later,
    // provisional vintage, so the parts may differ from the releases' totals by a few hundred.
    const parts = (year: number) =>
      (["work", "family", "study", "other"] as const).reduce((s, k) => s + value(immigrationByMotiveEuEfta, { year, series: k }), 0);
    expect(Math.abs(parts(2019) - 124294)).toBeLessThan(300);
    expect(Math.abs(parts(2021) - 117427)).toBeLessThan(400);
    expect(Math.abs(parts(2023) - 126700)).toBeLessThan(100);
  });
});

describe("immigrationByMotive, work 2010 (pre-2020 method)", () => {
  it("stores CBS's 41 thousand labour migrants of 2010 from De Nederlandse Migratiekaart", () => {
    // j2-cbs-2012-04-arbeidsmigratie-migratiekaart: "In 2010 kwamen er 41 duizend migranten naar Nederland om te werken"
    expect(observation(immigrationByMotive, { year: 2010, series: "work" })).toMatchObject({ value: 41000, precision: 1000, status: "final" });
  });
});

describe("data copies of StatLine 85848NED and 84809NED (spot-checks against figures CBS printed elsewhere)", () => {
  const fromCopy = (ds: { observations: readonly { series: string; year: number; value: number; source: string }[] }, id: string, series: string, year: number) =>
    ds.observations.find((o) => o.series === series && o.year === year && o.source === id)?.value;

  it("the 84809NED copy's 2024 non-EU/EFTA motives add up to the 155.0 thousand of CBS's June 2025 release", () => {
    // cbs-84809ned-thaumatorium-copy-2026-06-03 (version 27 June 2025); total: cbs-news-2025-26-motives-fd (155.0 thousand)
    const id = "cbs-84809ned-thaumatorium-copy-2026-06-03";
    const parts = (["work", "family", "study", "asylum", "other", "temporaryProtection"] as const).map((k) => fromCopy(immigrationByMotiveNonEuEfta, id, k, 2024)!);
    expect(parts).toEqual([21500, 39665, 22330, 36390, 5525, 29620]);
    expect(Math.abs(parts.reduce((a, b) => a + b, 0) - value(immigrationByMotiveNonEuEfta, { year: 2024 }))).toBeLessThanOrEqual(50);
  });

  it("the 84809NED copy agrees with the July 2024 CBS table within its rounding for earlier years", () => {
    // copy 2019 asylum 15,760 (immigrationByMotive) vs cbs-news-2024-27-motives-fd 15.7 thousand (non-EU/EFTA)
    expect(fromCopy(immigrationByMotive, "cbs-84809ned-thaumatorium-copy-2026-06-03", "asylum", 2018)).toBe(13005);
    // cbs-news-2024-27-motives-fd prints 13.0 thousand for 2018 (stored in immigrationByMotiveNonEuEfta)
    expect(Math.abs(13005 - value(immigrationByMotiveNonEuEfta, { year: 2018, series: "asylum" }))).toBeLessThanOrEqual(50);
  });

  it("the 85848NED copy's non-Dutch immigrant count equals the StatLine views stored for 2010, 2015, 2022, 2023", () => {
    // cbs-statline-85848ned-fd / cbs-statline-84484ned-fd: 110,235 (2010), 159,483 (2015), 359,331 (2022), 291,233 (2023)
    const id = "cbs-85848ned-thaumatorium-copy-2026-06-03";
    expect([2010, 2015, 2022, 2023].map((y) => fromCopy(immigrationByMotive, id, "total", y))).toEqual([110235, 159483, 359331, 291233]);
    expect(value(immigrationByMotive, { year: 2024 })).toBe(273301);
  });
});

describe("2020: the 85848NED copy beside the press copies of the July 2021 motive release", () => {
  // nrc-2021-07-20-immigration-fd / eerstelijnvacaturened-2021-07-21-fd: '171 duizend immigranten ... die niet de
  // Nederlandse nationaliteit hadden' (rounded to thousands); cbs-85848ned-thaumatorium-copy-2026-06-03: 170,612.
  const COPY = "cbs-85848ned-thaumatorium-copy-2026-06-03";
  it("keeps both vintages in immigrationByMotive and immigrationByNationalityGroup", () => {
    for (const [ds, series] of [[immigrationByMotive, "total"], [immigrationByNationalityGroup, "nonDutch"]] as const) {
      const rows = ds.observations.filter((o) => o.series === series && o.year === 2020);
      expect(rows.map((o) => [o.value, o.source]).sort()).toEqual([
        [170612, COPY],
        [171000, "eerstelijnvacaturened-2021-07-21-fd"],
        [171000, "nrc-2021-07-20-immigration-fd"],
      ]);
    }
  });

  it("matches the release's 171 thousand after rounding; the press figure is what was known in 2022", () => {
    expect(Math.round(value(immigrationByMotive, { year: 2020 }) / 1000) * 1000).toBe(171000);
    expect(value(immigrationByMotive, { year: 2020, asOf: "2022-01-01" })).toBe(171000);
    expect(value(immigrationByNationalityGroup, { year: 2020, series: "nonDutch" })).toBe(170612);
  });
});
