/**
 * Earlier vintages of the core flows (immigration, emigration, netMigration) added in the second round:
 * CBS January estimates and figures quoted from Staat van Migratie editions. Sources:
 * - j2-blikopnieuws-2019-01-cbs-estimate-2018 (copy of the CBS January 2019 release): 2018 estimates
 *   "naar schatting 241 duizend" immigrants, "naar schatting 153 duizend" emigrants, net "88 duizend".
 * - j2-nrc-2021-01-04-cbs-estimate-2020 (NRC on the CBS January 2021 estimate): "bijna 211.000" came,
 *   "152.000" emigrated; j2-nos-2021-01-cbs-estimate-2020 (NOS): net "59.000".
 * - nhnieuws-svm2023-fd (NH Nieuws on Staat van Migratie 2023): "179.000 mensen ... die Nederland
 *   verlieten", "positief migratiesaldo ... van 224.000" (2022).
 * - k-manners-svm2024 (blog quoting Staat van Migratie 2024): "In 2023 waren dat in totaal 191.000".
 * - j2-cbs-news-2016-04-population-2015 (cbs.nl, January 2016): "203 duizend immigranten, 146 duizend
 *   emigranten", "migratiesaldo van 56 duizend" (2015).
 * - j2-blikopnieuws-2015-02-04-cbs-estimate-2014 (copy of the CBS release of 4 February 2015): "ruim 181
 *   duizend" immigrants, "144 duizend" leaving, net "ruim 37 duizend" (2014).
 * - j2-amstelveenweb-2013-02-07-cbs-population-2012 (copy of the CBS release of 7 February 2013): "156
 *   duizend immigranten", "143 duizend emigranten", "per saldo 13 duizend" (2012).
 * Final CBS figures (cbs-dossier-how-many-people-immigrate): emigration 2018 157,366, 2023 198,302;
 * net migration 2020 68,359.
 */
import { describe, expect, it } from "vitest";
import { emigration, immigration, netMigration, observation, value } from "../../src/index.ts";

describe("CBS January estimates as provisional vintages", () => {
  it("returns the January 2019 estimates for 2018 as of early February 2019", () => {
    // j2-blikopnieuws-2019-01-cbs-estimate-2018 (vintage date: end of January 2019)
    expect(value(immigration, { year: 2018, asOf: "2019-02-01" })).toBe(241000);
    expect(value(emigration, { year: 2018, asOf: "2019-02-01" })).toBe(153000);
    expect(value(netMigration, { year: 2018, asOf: "2019-02-01" })).toBe(88000);
    expect(observation(emigration, { year: 2018, asOf: "2019-02-01" })).toMatchObject({ status: "provisional", precision: 1000 });
  });

  it("returns the January 2021 estimates for 2020, with the 'bijna' hedge", () => {
    // j2-nrc-2021-01-04-cbs-estimate-2020, j2-nos-2021-01-cbs-estimate-2020
    expect(observation(immigration, { year: 2020, asOf: "2021-02-01" })).toMatchObject({ value: 211000, qualifier: "atMost", status: "provisional" });
    expect(value(emigration, { year: 2020, asOf: "2021-02-01" })).toBe(152000);
    expect(value(netMigration, { year: 2020, asOf: "2021-02-01" })).toBe(59000);
  });

  it("returns the early-2015 and January-2016 provisional figures for 2014 and 2015", () => {
    // j2-blikopnieuws-2015-02-04-cbs-estimate-2014
    expect(observation(immigration, { year: 2014, asOf: "2015-03-01" })).toMatchObject({ value: 181000, qualifier: "atLeast", status: "provisional" });
    expect(value(emigration, { year: 2014, asOf: "2015-03-01" })).toBe(144000);
    expect(observation(netMigration, { year: 2014, asOf: "2015-03-01" })).toMatchObject({ value: 37000, qualifier: "atLeast" });
    // j2-cbs-news-2016-04-population-2015
    expect(value(immigration, { year: 2015, asOf: "2016-02-01" })).toBe(203000);
    expect(value(emigration, { year: 2015, asOf: "2016-02-01" })).toBe(146000);
    expect(value(netMigration, { year: 2015, asOf: "2016-02-01" })).toBe(56000);
  });

  it("returns the February 2013 provisional figures for 2012", () => {
    // j2-amstelveenweb-2013-02-07-cbs-population-2012
    expect(value(immigration, { year: 2012, asOf: "2013-03-01" })).toBe(156000);
    expect(value(emigration, { year: 2012, asOf: "2013-03-01" })).toBe(143000);
    expect(value(netMigration, { year: 2012, asOf: "2013-03-01" })).toBe(13000);
  });

  it("still prefers the final figures without asOf", () => {
    // cbs-dossier-how-many-people-immigrate
    expect(value(emigration, { year: 2018 })).toBe(157366);
    expect(value(netMigration, { year: 2020 })).toBe(68359);
  });
});

describe("Staat van Migratie figures kept as vintages", () => {
  const rows = (ds: typeof emigration, year: number, source: string) =>
    ds.observations.filter((o) => o.year === year && o.source === source);

  it("keeps the 2024 edition's 191,000 emigrants of 2023 as a provisional row beside the final 198,302", () => {
    // k-manners-svm2024
    expect(rows(emigration, 2023, "k-manners-svm2024")).toMatchObject([{ value: 191000, status: "provisional", precision: 1000 }]);
    expect(value(emigration, { year: 2023 })).toBe(198302);
  });

  it("has the 2022 figures the 2023 edition rounded (179,000 emigrants, 224,000 net) from CBS itself", () => {
    // cbs-statline-37259ned-2023-08-04: Emigratie inclusief administratieve correcties 179.310, Vestigingsoverschot
    // inclusief correcties 223.798 (final). The NH Nieuws copy of the edition (179.000 / 224.000) gave the same
    // figures rounded to thousands and was removed as redundant.
    expect(rows(emigration, 2022, "cbs-statline-37259ned-2023-08-04")).toMatchObject([{ value: 179310, precision: 1 }]);
    expect(rows(netMigration, 2022, "cbs-statline-37259ned-2023-08-04")).toMatchObject([{ value: 223798, precision: 1 }]);
    expect(Math.round(179310 / 1000) * 1000).toBe(179000);
    expect(Math.round(223798 / 1000) * 1000).toBe(224000);
  });

  it("does not store the blog's own subtraction (141,900) as net migration 2023", () => {
    expect(netMigration.observations.filter((o) => o.year === 2023).map((o) => o.value)).not.toContain(141900);
  });
});

describe("emigration and net migration 2025 (provisional)", () => {
  it("returns the StatLine 85484NED provisional emigration", () => {
    // n-cbs-statline-85484ned-2025p: 2025* Emigratie inclusief administratieve correcties 211.863
    expect(observation(emigration, { year: 2025 })).toMatchObject({ value: 211863, status: "provisional", precision: 1 });
  });

  it("agrees with the '212.000' of the CBS release as reported by ANP", () => {
    // n-anp-welingelichtekringen-2026-02-02-cbs-2025: "emigreerden er 212.000". The ANP copy is no longer stored as
    // an emigration row: the first-hand StatLine count (n-cbs-statline-85484ned-2025p, 211.863) rounds to the same figure.
    expect(emigration.observations.some((o) => o.source === "n-anp-welingelichtekringen-2026-02-02-cbs-2025")).toBe(false);
    expect(Math.round(value(emigration, { year: 2025 }) / 1000) * 1000).toBe(212000);
  });

  it("net migration 2025 is CBS's 95 thousand, and the StatLine flows round to it", () => {
    // n-anp-welingelichtekringen-2026-02-02-cbs-2025: "Per saldo kwamen er ... 95.000 mensen bij door migratie"
    expect(observation(netMigration, { year: 2025 })).toMatchObject({ value: 95000, status: "provisional", precision: 1000 });
    // check only (not stored): 306,549 - 211,863 = 94,686, which rounds to 95 thousand
    const diff = value(immigration, { year: 2025 }) - value(emigration, { year: 2025 });
    expect(Math.round(diff / 1000) * 1000).toBe(95000);
  });

  it("the re-sourced CBS January 2025 estimate for 2024 is dated 30 January 2025", () => {
    // cbs-news-2025-05-population-fd: "205 thousand left the Netherlands"
    expect(observation(emigration, { year: 2024, asOf: "2025-02-15" })).toMatchObject({ value: 205000, source: { id: "cbs-news-2025-05-population-fd" } });
  });
});
