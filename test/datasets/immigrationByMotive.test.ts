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
import { immigration, immigrationByMotive, immigrationByMotiveEuEfta, immigrationByMotiveNonEuEfta, observation, share, value } from "../../src/index.ts";

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

  it("keeps the rounded motive-release total beside the exact StatLine count (2015)", () => {
    // nrc-2017-07-03-motives-fd: 'Van de 159.000 niet-Nederlandse immigranten'; cbs-statline-84484ned-fd: 159,483
    const rows = immigrationByMotive.observations.filter((o) => o.series === "total" && o.year === 2015);
    expect(rows.map((o) => o.value).sort()).toEqual([159000, 159483]);
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

  it("has no EU/EFTA motive counts after 2018 (only shares were published)", () => {
    expect(() => value(immigrationByMotiveEuEfta, { year: 2019, series: "work" })).toThrow(RangeError);
    expect(immigrationByMotiveEuEfta.gaps.find((g) => g.series === "work")?.years).toContain(2023);
  });
});

describe("immigrationByMotive, work 2010 (pre-2020 method)", () => {
  it("stores CBS's 41 thousand labour migrants of 2010 from De Nederlandse Migratiekaart", () => {
    // j2-cbs-2012-04-arbeidsmigratie-migratiekaart: "In 2010 kwamen er 41 duizend migranten naar Nederland om te werken"
    expect(observation(immigrationByMotive, { year: 2010, series: "work" })).toMatchObject({ value: 41000, precision: 1000, status: "final" });
  });
});
