/**
 * The asylum chapter as the report uses it. Figures (data/datasets/asylumApplications):
 * - first applications 2022 35,535 (IND), 2023 38,377 (aida-nl-statistics-2024-04-30, IND Asylum Trends),
 *   2024 32,175 (aida-nl-overview-2025-05-21, IND);
 * - the Staat van Migratie 2024 (via ANP, upday-2024-06-svm2024-asiel): "ruim 38.000 … eerste aanvraag"
 *   (+8%) and a total asylum inflow of 50,720 in 2023.
 * - COA at the end of 2022: 52,000 residents (coa-nieuws-noodopvang-twee-keer-zo-duur), 16,200 status
 *   holders without a home (rd-1098529-sociale-huurwoningen-statushouders).
 */
import { describeDataset } from "../../src/describeDataset.ts";
import { describe, expect, it } from "vitest";
import {
  asylumApplications,
  asylumApplicationsByNationality,
  change,
  displacedUkrainians,
  immigration,
  observation,
  receptionOccupancy,
  share,
} from "../../src/index.ts";
import type { AnyDataset } from "../../src/index.ts";

describe("asylumApplications", () => {
  it("reproduces the 2024 edition's +8% in first applications 2022→2023", () => {
    expect(Math.round(change(asylumApplications, { series: "first", from: 2022, to: 2023 }).relative * 100)).toBe(8);
  });

  it("gives the fall in first applications 2023→2024 (the 2025 edition reports −16%)", () => {
    const c = change(asylumApplications, { series: "first", from: 2023, to: 2024 });
    expect(c.from).toBe(38377);
    expect(c.to).toBe(32175);
    expect(Math.round(c.relative * 100)).toBe(-16);
  });

  it("keeps the edition's rounded 'ruim 38.000' as a hedged vintage that never displaces the exact figure", () => {
    const hedged = asylumApplications.observations.find((o) => o.series === "first" && o.year === 2023 && o.source === "upday-2024-06-svm2024-asiel");
    expect(hedged).toMatchObject({ value: 38000, precision: 1000, qualifier: "atLeast" });
    // IND's 38,377 was published (2024-04-30) before the edition, so it is the figure at every date since.
    expect(observation(asylumApplications, { series: "first", year: 2023, asOf: "svm2024" }).value).toBe(38377);
    expect(observation(asylumApplications, { series: "first", year: 2023 }).value).toBe(38377);
  });

  it("refuses to treat the asylum inflow as a part of immigration — two different counts", () => {
    // applications (IND) are not registrations of persons in the BRP (CBS): neither is a part of the other
    expect(() => share(asylumApplications, { year: 2023, series: "total", of: { dataset: immigration } })).toThrow(
      new TypeError('share: asylumApplications "total" counts applications and immigration "total" counts persons, so one cannot be a part of the other'),
    );
  });

  it("prefers the exact IND-based 2023 total and keeps the edition's 50,720 as a vintage", () => {
    // h-aida-nl-overview-2024-04-30: "a total of 49,892 asylum applications ... (including repeated
    // applications and family reunification)"; upday-2024-06-svm2024-asiel: "50.720"
    expect(observation(asylumApplications, { series: "total", year: 2023 })).toMatchObject({ value: 49892, precision: 1 });
    expect(observation(asylumApplications, { series: "total", year: 2023, asOf: "svm2024" }).value).toBe(49892);
    const edition = asylumApplications.observations.find((o) => o.series === "total" && o.year === 2023 && o.source === "upday-2024-06-svm2024-asiel");
    expect(edition?.value).toBe(50720);
  });

  it("first + followUp + familyReunification = total within the published precision, every year all four exist", () => {
    const checked: number[] = [];
    for (let year = asylumApplications.years.from; year <= asylumApplications.years.to; year++) {
      const cells = (["total", "first", "followUp", "familyReunification"] as const).map((series) => {
        try {
          return observation(asylumApplications, { series, year });
        } catch {
          return undefined;
        }
      });
      if (cells.some((c) => c === undefined)) continue;
      const [t, ...parts] = cells as NonNullable<(typeof cells)[number]>[];
      const slack = (t!.precision + parts.reduce((a, p) => a + p.precision, 0)) / 2;
      expect(Math.abs(parts.reduce((a, p) => a + p.value, 0) - t!.value), String(year)).toBeLessThanOrEqual(slack);
      checked.push(year);
    }
    // IND releases give all four for these years (e.g. 2022: 35,535 + 1,529 + 10,927 = 47,991,
    // ind-news-asielinstroom-december-2022); followUp is missing for 2014 and 2017-2021.
    expect(checked).toEqual([2015, 2016, 2022, 2023, 2024]);
  });

  it("reads IND's 2025 first applications and its first-hand 2015 and 2014 totals", () => {
    // n-ind-annual-figures-2025: "fell to 24,070 in 2025, down from 32,180 in 2024" (rounded to tens)
    expect(observation(asylumApplications, { series: "first", year: 2025 })).toMatchObject({ value: 24070, precision: 10 });
    const ind2024 = asylumApplications.observations.find((o) => o.series === "first" && o.year === 2024 && o.source === "n-ind-annual-figures-2025");
    expect(ind2024?.value).toBe(32180);
    // within rounding of AIDA's exact 32,175 (aida-nl-overview-2025-05-21)
    expect(Math.abs(32175 - (ind2024?.value ?? 0))).toBeLessThanOrEqual(5);
    // computed through the API: 24,070 against the exact 32,175 is a fall of 25 percent
    expect(Math.round(change(asylumApplications, { series: "first", from: 2024, to: 2025 }).relative * 100)).toBe(-25);
    // n-ind-asieltrends-2015-overzicht: "was 58.880 ... het voorgaande jaar (29.891)"
    const y2015 = asylumApplications.observations.find((o) => o.series === "total" && o.year === 2015 && o.source === "n-ind-asieltrends-2015-overzicht");
    expect(y2015?.value).toBe(58880);
    const y2014 = asylumApplications.observations.find((o) => o.series === "total" && o.year === 2014 && o.source === "n-ind-asieltrends-2015-overzicht");
    expect(y2014?.value).toBe(29891);
  });

  it("gives 2019 first applications from the January 2020 release, with the January 2021 figure kept as a vintage", () => {
    // rijksoverheid-2020-01-22-asielinstroom-daalt-2019: "22.533" (year label shifted by one in its text);
    // nos-2364949-asielaanvragen-2020: "(13.673 tegenover 22.433)". The IND annual report 2021 as copied by
    // Nederlands Dagblad ("22.530", rounded to tens) was a copy of the same figure and was removed as redundant.
    const rows = asylumApplications.observations.filter((x) => x.series === "first" && x.year === 2019);
    expect(rows.find((o) => o.source === "rijksoverheid-2020-01-22-asielinstroom-daalt-2019")).toMatchObject({ value: 22533, precision: 1 });
    expect(rows.find((o) => o.source === "nos-2364949-asielaanvragen-2020")?.value).toBe(22433);
  });
});

describe("receptionOccupancy", () => {
  it("gives the share of status holders among COA residents at the end of 2022", () => {
    expect(share(receptionOccupancy, { year: 2022, series: "statusHolders" })).toBe(16200 / 52000);
  });
});

describe("one value per source kind, asserted against its source", () => {
  // [dataset, series, year, date, source id, value as published, kind of that source]
  const cases: [AnyDataset, string, number, string | undefined, string, number, string][] = [
    // StatLine 80059NED, row "Eritrees 2015": eerste asielverzoeken 7.360
    [asylumApplicationsByNationality, "ER", 2015, undefined, "cbs-statline-80059ned-selected-years", 7360, "statisticalTable"],
    // IND: "Het totaal aantal eerste asielaanvragen in 2022 komt hiermee op 35.535"
    [asylumApplications, "first", 2022, undefined, "ind-news-asielinstroom-december-2022", 35535, "newsRelease"],
    // Rijksoverheid: "In 2019 hebben 29.435 mensen een asielaanvraag ingediend"
    [asylumApplications, "total", 2019, undefined, "rijksoverheid-2020-01-22-asielinstroom-daalt-2019", 29435, "governmentNews"],
    // Staat van Migratie 2025 news item: "Eind 2024 zochten 123.210 Oekraïense mensen bescherming in Nederland"
    [displacedUkrainians, "received", 2024, "2024-12-31", "rijksoverheid-svm2025-news", 123210, "reportEdition"],
    // Kamervragen 2025D08674: "ca. 32.180 eerste asielaanvragen"
    [asylumApplications, "first", 2024, undefined, "tweedekamer-2025d08674-rajkowski-cijfers-asiel", 32180, "parliamentaryPaper"],
    // ANP on the IND annual report 2021: "tegen 13.670 eerste asielaanvragen ... in 2020"
    [asylumApplications, "first", 2020, undefined, "h-nd-ind-jaarverslag-2021", 13670, "newsArticle"],
    // OpenRijk copy of the CBS release on 2024: "followed by Turks (1,900)"
    [asylumApplicationsByNationality, "TR", 2024, undefined, "h-openrijk-cbs-asielverzoeken-2024", 1900, "repost"],
    // AIDA (Dutch Council for Refugees) citing IND: "a total of 49,892 asylum applications"
    [asylumApplications, "total", 2023, undefined, "h-aida-nl-overview-2024-04-30", 49892, "other"],
    // COA "Bezetting": "Personen in de opvang op 11 november 2019 Totaal 27.110"
    [receptionOccupancy, "total", 2019, "2019-11-11", "coa-bezetting-2019-11-11", 27110, "dashboard"],
  ];
  it.each(cases.map((c) => [c[6], c[0].id, ...c] as const))("%s source: a value in %s", (_kind, _id, dataset, series, year, date, source, value, kind) => {
    const o = dataset.observations.find((x) => x.series === series && x.year === year && x.source === source && x.date === date);
    expect(o?.value).toBe(value);
    expect(describeDataset(dataset).sources[source]!.kind).toBe(kind);
  });
});
