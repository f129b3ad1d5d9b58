/**
 * Each edition's figures as printed in the edition's own publication (issue #16 item 2).
 *
 * "Own publication": a source with kind `reportEdition`, published by Rijksoverheid (rijksoverheid.nl or
 * government.nl), whose `edition` column names the edition. The expected rows below are typed from the
 * stored news items (search library, read 2026-12-06), quoted per edition; they are not the code's output.
 * Press copies of the same editions (ANP via upday, NH Nieuws, a blog) are not own publications and are
 * not asserted here.
 *
 * Figures in the news items that no dataset can hold (shares, percentage changes) are listed in the
 * comments as "no dataset".
 */
import { describeDataset } from "../../src/describeDataset.ts";
import { describe, expect, it } from "vitest";
import * as datasets from "../../src/datasets/index.ts";
import { editions, editionSources, observation, value } from "../../src/index.ts";
import type { AnyDataset, Source } from "../../src/types.ts";

const all = Object.values(datasets) as AnyDataset[];

function isOwn(s: Source, edition: string): boolean {
  return s.kind === "reportEdition" && s.edition === edition && /^Rijksoverheid\b/.test(s.publisher);
}

/** Every observation, in any dataset, that cites one of the edition's own publications. */
function ownRows(edition: string) {
  return all.flatMap((d) =>
    d.observations
      .filter((o) => isOwn(describeDataset(d).sources[o.source]!, edition))
      .map((o) => ({
        dataset: d.id,
        series: o.series,
        year: o.year,
        date: o.date,
        value: o.value,
        status: o.status,
        precision: o.precision,
        qualifier: o.qualifier,
        source: o.source,
      })),
  );
}

/** A row as printed: dataset, series, year[, date], value, status, precision, qualifier. */
function printed(
  dataset: string,
  series: string,
  year: number,
  value: number,
  status: string,
  precision: number,
  qualifier?: string,
  date?: string,
) {
  return expect.objectContaining({ dataset, series, year, date, value, status, precision, qualifier });
}

describe("the editions' own publications", () => {
  it("each edition names a dated rijksoverheid.nl news item of its own as its publication", () => {
    for (const e of editions) {
      const s = editionSources[e.source]!;
      expect(isOwn(s, e.id)).toBe(true);
      expect(s.url).toMatch(/^https:\/\/www\.rijksoverheid\.nl\/actueel\/nieuws\//);
      expect(s.published).toBe(e.published);
    }
  });
});

describe("svm2021: no counts in its news item", () => {
  // government-nl-svm2021-news-en (the Dutch page rijksoverheid-svm2021-news is not in the search library):
  // "One in ten migrants coming to the Netherlands will apply for asylum. Approximately five in ten migrants hail
  // from other EU Member States ... Roughly four in ten migrants ... are from countries outside the European Union
  // ... Seven in ten migrants from the EU and five in ten migrants from outside the EU leave the Netherlands within
  // a decade." Shares only: no dataset.
  it("has no observation citing its own publications", () => {
    expect(ownRows("svm2021")).toEqual([]);
  });
});

describe("svm2022: no counts in the part of its news item that is stored", () => {
  // k-rijksoverheid-svm2022-news: "door de jaren heen komen gemiddeld negen op de tien migranten hier om te werken
  // of studeren"; "de migratieaantallen in 2021 terug waren op het niveau van voor de coronacrisis". A share and a
  // comparison: no dataset. (The 84 million displaced, 21 million refugees and "ruim een half miljoen" EU first
  // applications are from DT&V's magazine Vreemdelingenvisie, not from the edition's own pages.)
  it("has no observation citing its own publications", () => {
    expect(ownRows("svm2022")).toEqual([]);
  });
});

describe("svm2023 as printed", () => {
  // rijksoverheid-svm2023-news (= rijksoverheid-svm2023-news-fd, the same page): "403.108 personen kwamen naar ons
  // land, dat is 61% meer dan het jaar ervoor" ... "In 2022 kwamen ruim 108 duizend vluchtelingen uit Oekraïne naar
  // ons land" ... "ruim 8 op de 10 migranten, hier om te werken of studeren, of vanwege de liefde".
  // No dataset: +61% (a change) and "ruim 8 op de 10" (a share).
  it("holds 403,108 immigrants in 2022 and 'ruim 108 duizend' people under temporary protection", () => {
    const rows = ownRows("svm2023");
    expect(rows).toEqual(
      expect.arrayContaining([
        printed("immigration", "total", 2022, 403108, "final", 1),
        printed("immigrationByNationalityGroup", "total", 2022, 403108, "final", 1),
        printed("immigrationByMotive", "temporaryProtection", 2022, 108000, "final", 1000, "atLeast"),
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});

describe("svm2024 as printed", () => {
  // rijksoverheid-svm2024-news: "Dat waren vorig jaar 332.863 mensen, 17% minder dan in 2022." ... "Ook is vorig
  // jaar het aantal vluchtelingen uit Oekraïne dat in Nederland wordt opgevangen toegenomen van bijna 91.000 naar
  // 110.000." No dataset: -17% (a change). The asylum figures of this edition (ruim 38.000 first applications,
  // 10.130 nareizigers, 50.720 total inflow) are only in ANP's report (upday-2024-06-svm2024-asiel): the edition's
  // own pages stored hold none of them.
  it("holds 332,863 immigrants (provisional) and the Ukrainians received at the end of 2022 and 2023", () => {
    const rows = ownRows("svm2024");
    expect(rows).toEqual(
      expect.arrayContaining([
        printed("immigration", "total", 2023, 332863, "provisional", 1),
        printed("immigrationByNationalityGroup", "total", 2023, 332863, "provisional", 1),
        printed("displacedUkrainians", "received", 2022, 91000, "final", 1000, "atMost", "2022-12-31"),
        printed("displacedUkrainians", "received", 2023, 110000, "final", 1000, undefined, "2023-12-31"),
      ]),
    );
    expect(rows).toHaveLength(4);
  });
});

describe("svm2025 as printed", () => {
  // rijksoverheid-svm2025-news: "In 2024 kwamen er ongeveer 314.000 mensen naar Nederland, wat neerkomt op een daling
  // van 6% vergeleken met 2023." ... "Eind 2024 zochten 123.210 Oekraïense mensen bescherming in Nederland".
  // No dataset: -6%, first asylum applications -16%, EU first applications -13%, "26% van de COA-bewoners eind 2024
  // vergunninghouder", EU nationals +6%, 18% more undesirability declarations and entry bans, +4% verified
  // departures with DTenV, forced departures +16% (changes and shares only).
  it("holds about 314,000 immigrants (provisional) and 123,210 Ukrainians at the end of 2024", () => {
    const rows = ownRows("svm2025");
    expect(rows).toEqual(
      expect.arrayContaining([
        printed("immigration", "total", 2024, 314000, "provisional", 1000, "about"),
        printed("immigrationByNationalityGroup", "total", 2024, 314000, "provisional", 1000, "about"),
        printed("displacedUkrainians", "received", 2024, 123210, "final", 1, undefined, "2024-12-31"),
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});

describe("asOf an edition reads the edition's own figure", () => {
  it("returns each edition's printed figure for its reporting year, citing its own page", () => {
    // The edition's own pages above. 403,108 is also CBS's final 2022 figure; CBS's final 2023 figure
    // (335,668) came on 2024-06-25, after svm2024, so on 14 June 2024 the edition's 332,863 is the figure.
    expect(value(datasets.immigration, { year: 2022, asOf: "svm2023" })).toBe(403108);
    expect(value(datasets.immigration, { year: 2023, asOf: "svm2024" })).toBe(332863);
    const u = observation(datasets.displacedUkrainians, { series: "received", year: 2024, asOf: "svm2025" });
    expect(u).toMatchObject({ value: 123210, source: { id: "rijksoverheid-svm2025-news", edition: "svm2025" } });
  });
});
