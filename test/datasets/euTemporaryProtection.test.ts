/**
 * euTemporaryProtection: beneficiaries of temporary protection at the end of December 2024 (INTL-2). Figures asserted:
 * - NL 'około 121,3 tys.', ES '227 tys.', IT '163 tys.', PL '992 tys.', CZ '389 tys.' at the beginning of 2025
 *   (m2-niedziela-nl-eurostat-tp-2024-12, on Eurostat's February 2025 release);
 * - IT 163.10 thousand 'at the end of 2024' (m2-open4business-eurostat-tp-2025-01);
 * - PL 991,630 and CZ 388,625 at the end of December 2024 (odessa-journal-eurostat-tp-2024-12).
 */
import { describe, expect, it } from "vitest";
import { euTemporaryProtection, observation, rank } from "../../src/index.ts";

describe("euTemporaryProtection", () => {
  it("stores the Netherlands at the end of 2024 as the rounded 'about 121.3 thousand' Niedziela.NL reported", () => {
    expect(observation(euTemporaryProtection, { series: "NL", year: 2024 })).toMatchObject({
      value: 121300,
      date: "2024-12-31",
      precision: 100,
      qualifier: "about",
    });
  });

  it("keeps the rounded copies of Poland and Czechia next to the exact year-end figures, within their rounding", () => {
    for (const [series, exact] of [["PL", 991630], ["CZ", 388625]] as const) {
      const rows = euTemporaryProtection.observations.filter((o) => o.series === series && o.date === "2024-12-31");
      expect(rows.map((o) => o.value)).toContain(exact);
      const rounded = rows.find((o) => o.precision === 1000)!;
      expect(Math.abs(rounded.value - exact)).toBeLessThanOrEqual(500);
    }
  });

  it("gives Italy at the end of 2024 both as '163 tys.' and as 163.10 thousand", () => {
    const it2024 = euTemporaryProtection.observations.filter((o) => o.series === "IT" && o.date === "2024-12-31").map((o) => o.value).sort();
    expect(it2024).toEqual([163000, 163100]);
  });

  it("orders the year-end 2024 member states with figures as Eurostat did: Germany, Poland, Czechia, then Spain", () => {
    // Germany 1.16 million, Poland 992 thousand, Czechia 389 thousand, Spain 227 thousand (m2-niedziela-nl-eurostat-tp-2024-12)
    expect(() => rank(euTemporaryProtection, { year: 2024 })).toThrow(/^rank: 20 of 27 members of the comparison have no figure for 2024/);
    const r = rank(euTemporaryProtection, { year: 2024, partial: true });
    expect(r.slice(0, 4).map((e) => e.series)).toEqual(["DE", "PL", "CZ", "ES"]);
    expect(r.complete).toBe(false);
    expect(r.missing).toContain("FR");
  });
});

/**
 * Spot-checks of the migr_asytpsm copies (stock at the end of the month):
 * - flottafolk_data of 2023-06-26 (eurostat-migr-asytpsm-copy-2023-06-26): EU27 on 31 December 2022 3,827,020; Eurostat's
 *   release of 23 March 2023 printed 3,826,600 (wam-newsofemirates-eurostat-asylum-2022, '3, 826, 600'): 420 more,
 *   beyond rounding, so a revision by late reports between March and June 2023.
 * - Metill.is (metill-github-eurostat-tp-extract, data to August 2024): end-2022 values equal the 2023 copy except
 *   Ireland (69,380 against 70,495) and Finland (43,255 against 45,215), revised later; Netherlands end-2023 114,360
 *   after the Dutch data revision, where the first release had 145,620 (open4business-eurostat-tp-2024-01).
 */
describe("euTemporaryProtection: the migr_asytpsm copies", () => {
  const early = "eurostat-migr-asytpsm-copy-2023-06-26";
  const later = "metill-github-eurostat-tp-extract";
  const at = (series: string, date: string, source: string) =>
    euTemporaryProtection.observations.find((o) => o.series === series && o.date === date && o.source === source);

  it("holds month-end stocks from March 2022 to May 2023 in the 2023 copy, rounded to 5", () => {
    const rows = euTemporaryProtection.observations.filter((o) => o.source === early);
    const dates = [...new Set(rows.map((o) => o.date))].sort();
    expect(dates[0]).toBe("2022-03-31");
    expect(dates.at(-1)).toBe("2023-05-31");
    expect(dates).toContain("2023-02-28");
    expect(rows.every((o) => o.value % 5 === 0 && o.precision === 5)).toBe(true);
    expect(at("EU27", "2022-12-31", early)!.value).toBe(3827020);
  });

  it("gives Poland at the end of May 2023 as Eurostat's own post printed it", () => {
    // Eurostat on social media, July 2023 (copy: https://respublicae.eu/@EU_Eurostat/110672549782882385):
    // 'On 31 May 2023 ... Poland (991 375; 25%)'. Germany and Czechia had not reported May when the copy was made.
    expect(at("PL", "2023-05-31", early)!.value).toBe(991375);
    expect(at("DE", "2023-05-31", early)).toBeUndefined();
  });

  it("shows the EU27 end-2022 stock revised after the March 2023 release", () => {
    const first = at("EU27", "2022-12-31", "wam-newsofemirates-eurostat-asylum-2022")!;
    expect(first.value).toBe(3826600);
    expect(at("EU27", "2022-12-31", early)!.value - first.value).toBe(420);
    expect(observation(euTemporaryProtection, { series: "EU27", year: 2022, asOf: "2023-03-31" }).value).toBe(3826600);
    expect(observation(euTemporaryProtection, { series: "EU27", year: 2022 }).value).toBe(3827020);
  });

  it("keeps both vintages where the 2024 copy revised the end-2022 stock", () => {
    expect([at("IE", "2022-12-31", early)!.value, at("IE", "2022-12-31", later)!.value]).toEqual([70495, 69380]);
    expect([at("FI", "2022-12-31", early)!.value, at("FI", "2022-12-31", later)!.value]).toEqual([45215, 43255]);
    for (const s of ["BG", "DE", "PL", "RO", "SK"]) expect(at(s, "2022-12-31", later)!.value).toBe(at(s, "2022-12-31", early)!.value);
  });

  it("has every member state at the end of 2022 and all but Cyprus at the end of 2023", () => {
    const members = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
    for (const s of members) expect(observation(euTemporaryProtection, { series: s as never, date: "2022-12-31" }).value).toBeGreaterThan(0);
    for (const s of members.filter((m) => m !== "CY")) expect(at(s, "2023-12-31", later), s).toBeDefined();
    expect(at("NL", "2023-12-31", later)!.value).toBe(114360);
    expect(at("NL", "2023-12-31", "open4business-eurostat-tp-2024-01")!.value).toBe(145620);
  });
});

describe("euTemporaryProtection: the Netherlands at the end of January 2024", () => {
  it("keeps the copy of Eurostat's table (116,865) beside the press figure of the first release (116,860)", () => {
    // metill-github-eurostat-tp-extract, file row '2024-01-01,Holland,116865'; open4business-eurostat-tp-2024-01 printed
    // 116,860 from Eurostat's January 2024 release: 5 more in the later copy, a revision by late reports.
    const rows = euTemporaryProtection.observations.filter((o) => o.series === "NL" && o.date === "2024-01-31");
    const by = Object.fromEntries(rows.map((o) => [o.source, o.value]));
    expect(by["metill-github-eurostat-tp-extract"]).toBe(116865);
    expect(by["open4business-eurostat-tp-2024-01"]).toBe(116860);
  });
});


/**
 * Month-ends from June 2023 to August 2024 from the Metill.is copy (metill-github-eurostat-tp-extract, file
 * greinar/flottafolk/data/timabundin_vernd_raw.csv at commit 0c3f1375, read by scripts/extract/eurostat-metill-tp.py),
 * spot-checked against figures Eurostat printed in its monthly releases (first releases; the copy of September 2024
 * holds them after late reports, so small differences are revisions):
 * - 31 May 2023, Eurostat's post (copy: https://respublicae.eu/@EU_Eurostat/110672549782882385): Germany 1 111 590,
 *   Czechia 340 090, Poland 991 375 (file: 1 111 750, 340 095, 991 375).
 * - 31 March 2024, Eurostat via Ukrinform (https://menafn.com/1108190999/...): Germany 1 301 790, Poland 955 520,
 *   Czechia 364 375 (file: 1 302 100, 955 525, 364 385).
 * - 31 July 2024, Eurostat via Ukrinform (https://ukrinform.net/rubric-polytics/3904175-...): Germany 1 110 600,
 *   Poland 976 205, Czechia 369 610, and Germany -236 925 against June after removing expired statuses
 *   (file: 1 110 865, 976 210, 369 615; June 1 347 910).
 */
describe("euTemporaryProtection: month-ends from the copy with data to August 2024", () => {
  const later = "metill-github-eurostat-tp-extract";
  const at = (series: string, date: string, source = later) =>
    euTemporaryProtection.observations.find((o) => o.series === series && o.date === date && o.source === source)?.value;

  it("agrees with Eurostat's first releases within a few hundred (late reports)", () => {
    const printed: [string, string, number][] = [
      ["DE", "2023-05-31", 1111590], ["CZ", "2023-05-31", 340090],
      ["DE", "2024-03-31", 1301790], ["PL", "2024-03-31", 955520], ["CZ", "2024-03-31", 364375],
      ["DE", "2024-07-31", 1110600], ["PL", "2024-07-31", 976205], ["CZ", "2024-07-31", 369610],
    ];
    for (const [series, date, first] of printed) {
      const v = at(series, date)!;
      expect(v, `${series} ${date}`).toBeGreaterThanOrEqual(first);
      expect(v - first, `${series} ${date}`).toBeLessThanOrEqual(400);
    }
    // Poland at the end of May 2023 is in the 2023 copy with the value Eurostat posted; the later copy repeats it, so no new row.
    expect(at("PL", "2023-05-31", "eurostat-migr-asytpsm-copy-2023-06-26")).toBe(991375);
    expect(at("PL", "2023-05-31")).toBeUndefined();
  });

  it("shows Germany's July 2024 register clean-up as a drop of about 237 thousand", () => {
    const drop = at("DE", "2024-06-30")! - at("DE", "2024-07-31")!;
    expect(Math.abs(drop - 236925)).toBeLessThanOrEqual(400);
  });

  it("has all member states but Cyprus from June 2023 to July 2024, and keeps the Dutch revision as a later vintage", () => {
    const members = "AT BE BG HR CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI SE".split(" ");
    for (const date of ["2023-06-30", "2023-11-30", "2024-02-29", "2024-06-30"])
      for (const s of [...members, "ES"]) expect(at(s, date), `${s} ${date}`).toBeDefined();
    for (const s of members.filter((m) => m !== "ES")) expect(at(s, "2024-07-31"), s).toBeDefined();
    expect(euTemporaryProtection.observations.some((o) => o.series === "CY" && o.source === later)).toBe(false);
    // The 2023 copy has the Netherlands at 113 390 at the end of January 2023; the 2024 copy 82 045 after the Dutch revision.
    expect([at("NL", "2023-01-31", "eurostat-migr-asytpsm-copy-2023-06-26"), at("NL", "2023-01-31")]).toEqual([113390, 82045]);
  });
});
