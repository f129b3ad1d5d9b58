/**
 * `edition`: the figure exactly as a report edition printed it, beside `asOf` (the best figure known on
 * a date). Figures from the editions' news items and their copies:
 * - svm2024, rijksoverheid-svm2024-news: 'Dat waren vorig jaar 332.863 mensen, 17% minder dan in 2022.';
 *   upday-2024-06-svm2024-asiel (ANP citing the edition): asylum inflow 50.720, of which ruim 38.000
 *   first applications and 10.130 family members (nareizigers).
 * - svm2023, rijksoverheid-svm2023-news: '403.108 personen kwamen naar ons land'.
 * - svm2025, rijksoverheid-svm2025-news: 'In 2024 kwamen er ongeveer 314.000 mensen naar Nederland'.
 * - The IND's own 2023 inflow, 49,892 (h-aida-nl-overview-2024-04-30), was known before the edition appeared.
 */
import { describe, expect, it } from "vitest";
import { asylumApplications, change, compareEdition, immigration, observation, summary, timeseries, toRows, value } from "../src/index.ts";
import { run } from "../src/cli/run.ts";

describe("edition: the figures as printed", () => {
  it("gives the edition's own figures where asOf gives the best figure known that day", () => {
    expect(value(asylumApplications, { series: "total", year: 2023, edition: "svm2024" })).toBe(50720);
    expect(value(asylumApplications, { series: "total", year: 2023, asOf: "svm2024" })).toBe(49892);
    expect(observation(asylumApplications, { series: "total", year: 2023, asOf: "svm2024" }).source.id).toBe("h-aida-nl-overview-2024-04-30");
    expect(value(immigration, { year: 2023, edition: "svm2024" })).toBe(332863);
    expect(observation(immigration, { year: 2023, edition: "svm2024" }).source.id).toBe("rijksoverheid-svm2024-news");
    expect(value(immigration, { year: 2022, edition: "svm2023" })).toBe(403108);
    expect(observation(immigration, { year: 2024, edition: "svm2025" })).toMatchObject({ value: 314000, qualifier: "about", precision: 1000 });
  });

  it("refuses a cell the edition did not print, listing what it printed for that dataset", () => {
    expect(() => value(immigration, { year: 2022, edition: "svm2024" })).toThrow(
      new RangeError('value: svm2024 did not print immigration "total" 2022; for immigration it printed "total" 2023'),
    );
    // the edition printed −17%, but not the 2022 figure it compared with: no change as printed
    expect(() => change(immigration, { from: 2022, to: 2023, edition: "svm2024" })).toThrow(/^change: svm2024 did not print immigration "total" 2022/);
  });

  it("is either edition or asOf, and a known edition", () => {
    expect(() => value(immigration, { year: 2023, edition: "svm2024", asOf: "2024-06-14" } as never)).toThrow(
      new TypeError("value: pass either edition (the figure as that edition printed it) or asOf (the best figure known on a date), not both"),
    );
    expect(() => value(immigration, { year: 2023, edition: "svm2019" } as never)).toThrow(/^value: unknown edition "svm2019"; editions: svm2021, /);
    expect(() => value(immigration, { year: 2023, edition: 2024 } as never)).toThrow(/^value: edition must be an edition id such as "svm2024", got number/);
  });

  it("timeseries and toRows keep only what the edition printed", () => {
    expect(timeseries(immigration, { edition: "svm2024" }).map((p) => [p.year, p.value])).toEqual([[2023, 332863]]);
    expect(toRows(asylumApplications, { edition: "svm2024" }).map((r) => [r.series, r.value])).toEqual([
      ["total", 50720],
      ["first", 38000],
      ["familyReunification", 10130],
    ]);
  });

  it("summary({ edition }) gives the edition's printed figures, in its reporting year", () => {
    const s = summary({ edition: "svm2024", lang: "nl" });
    expect(s.year).toBe(2023);
    expect(s.edition).toBe("svm2024");
    const items = Object.fromEntries(s.sections.flatMap((x) => x.items).map((i) => [i.id, i.value]));
    expect(items).toMatchObject({ immigration: 332863, asylumTotal: 50720, asylumFamilyReunification: 10130, asylumFirst: 38000 });
    expect(s.text).toContain("zoals gedrukt in de Staat van Migratie 2024");
    expect(s.text).toContain("Immigratie: 332.863 mensen in 2023 (voorlopig).");
    expect(summary({ edition: "svm2023" }).sections[0]?.items[0]).toMatchObject({ id: "immigration", value: 403108 });
    expect(summary({ edition: "svm2025" }).sections[0]?.items[0]).toMatchObject({ id: "immigration", value: 314000, qualifier: "about" });
    // the first two editions' news items printed shares only ("1 op de 10", "9 op de 10": government-nl-svm2021-news-en,
    // k-rijksoverheid-svm2022-news), no counts the datasets hold: their summaries are refused, not invented
    expect(() => summary({ edition: "svm2021" })).toThrow(/^summary: svm2021 printed no figure for 2020/);
    expect(() => summary({ edition: "svm2022" })).toThrow(/^summary: svm2022 printed no figure for 2021/);
  });

  it("the CLI's --edition shows the printed figures", () => {
    const r = run(["show", "asylumApplications", "--edition", "svm2024"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\ntotal +Total asylum inflow +2023 +50,720 +final +upday-2024-06-svm2024-asiel\n/);
    const both = run(["show", "immigration", "--edition", "svm2024", "--as-of", "2024-01-01"]);
    expect(both.code).toBe(2);
    expect(run(["summary", "--edition", "svm2024", "--lang", "nl"]).stdout).toContain("Immigratie: 332.863 mensen in 2023 (voorlopig).");
  });
});

describe("compareEdition: what an edition printed, and what we know now", () => {
  const c = compareEdition("svm2024");
  const find = (dataset: string, series: string) => c.find((x) => x.dataset === dataset && x.series === series && x.year === 2023)!;

  it("lists the printed figure, today's best figure and the kind of revision", () => {
    // printed 332,863 (provisional, rijksoverheid-svm2024-news); CBS final 335,668 (cbs-dossier-how-many-people-immigrate)
    expect(find("immigration", "total")).toMatchObject({ printed: { value: 332863, status: "provisional" }, today: { value: 335668, status: "final" }, difference: 2805, kind: "finalised" });
    // printed 50,720 (upday-2024-06-svm2024-asiel, citing the edition); the IND's own count 49,892 (h-aida-nl-overview-2024-04-30)
    expect(find("asylumApplications", "total")).toMatchObject({ printed: { value: 50720 }, today: { value: 49892, source: "h-aida-nl-overview-2024-04-30" }, kind: "otherSource" });
    // "ruim 38.000" first applications; 38,377 is within that rounding
    expect(find("asylumApplications", "first")).toMatchObject({ printed: { value: 38000, qualifier: "atLeast" }, today: { value: 38377 }, kind: "unchanged" });
  });

  it("covers only what the edition printed, and refuses an unknown edition", () => {
    expect(c.every((x) => x.year === 2022 || x.year === 2023)).toBe(true);
    expect(compareEdition("svm2021")).toEqual([]);
    expect(compareEdition("svm2024", { datasets: [immigration] }).map((x) => x.dataset)).toEqual(["immigration"]);
    expect(() => compareEdition("svm2030")).toThrow(/^compareEdition: unknown edition "svm2030"; editions: svm2021/);
    expect(() => compareEdition("svm2024", { dataset: [immigration] } as never)).toThrow(/^compareEdition: unknown option "dataset"; did you mean "datasets"\?/);
  });

  it("the CLI's compare command prints the table, and exits 1 for an edition with no counts", () => {
    const r = run(["compare", "svm2024"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nimmigration +total +2023 +332,863 +provisional +335,668 +final +finalised\n/);
    expect(run(["compare", "svm2021"]).code).toBe(1);
    expect(run(["compare", "svm2030"]).code).toBe(2);
  });
});
