/**
 * summary(): the seed statement of the Staat van Migratie 2024 — "Dat waren vorig jaar 332.863
 * mensen, 17% minder dan in 2022" (rijksoverheid-svm2024-news, 2024-06-14; 2022: 403,108,
 * cbs-statline-37259ned-2023-08-04) — and today's figures: immigration 2023 = 335,668 (CBS final,
 * cbs-dossier-how-many-people-immigrate), 2024 = 316,305 (cbs-statline-37259eng-2024-final).
 * Other figures: first asylum applications 2023 = 38,377 (aida-nl-statistics-2024-04-30), 2022 =
 * 35,535 (ind-news-asielinstroom-december-2022); Ukrainians received at the end of 2023 = 110
 * thousand (rijksoverheid-svm2024-news); forcibly displaced worldwide end 2023 = 117.3 million
 * (unhcr-ir-global-trends-2023); family reunification 2024 "about 11,880"
 * (tweedekamer-2025d08674-rajkowski-cijfers-asiel); non-EU/EFTA immigrants for work 2023 = 25.9
 * thousand (cbs-news-2024-27-motives-fd) of 164.6 thousand (cbs-news-2025-26-motives-fd).
 */
import { describe, expect, it } from "vitest";
import { summary, type SummaryItem } from "../src/index.ts";

function item(s: ReturnType<typeof summary>, id: string): SummaryItem | undefined {
  return s.sections.flatMap((x) => x.items).find((i) => i.id === id);
}

describe("summary", () => {
  it("regenerates the 2024 edition's seed statement in Dutch (required)", () => {
    const s = summary({ year: 2023, lang: "nl", asOf: "2024-06-14" });
    expect(s.text).toContain("332.863");
    expect(s.text).toContain("17% minder");
    expect(s.year).toBe(2023);
    expect(s.lang).toBe("nl");
    expect(s.asOf).toBe("2024-06-14");
  });

  it("gives the TSDoc example", () => {
    const s = summary({ year: 2023, lang: "nl", asOf: "2024-06-14" });
    expect(s.sections[0]?.items[0]?.text).toBe("Immigratie: 332.863 mensen in 2023 (voorlopig), 17% minder dan in 2022 (403.108).");
    expect(summary({ year: 2023 }).sections[0]?.items[0]?.value).toBe(335668);
  });

  it("carries status, source and change with each figure", () => {
    const i = item(summary({ year: 2023, asOf: "svm2024" }), "immigration")!;
    expect(i.value).toBe(332863);
    expect(i.unit).toBe("persons");
    expect(i.status).toBe("provisional");
    expect(i.precision).toBe(1);
    expect(i.source).toEqual({
      id: "rijksoverheid-svm2024-news",
      publisher: "Rijksoverheid",
      url: "https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/staat-van-migratie-2024-in-2023-stappen-gezet-naar-grip-op-migratie",
    });
    expect(i.change?.year).toBe(2022);
    expect(i.change?.from).toBe(403108);
    expect(i.change?.relative).toBeCloseTo((332863 - 403108) / 403108, 12);
  });

  it("gives today's figures without asOf", () => {
    const s = summary({ year: 2023, lang: "nl" });
    expect(s.asOf).toBeNull();
    expect(s.text).toContain("335.668");
    expect(s.text).not.toContain("332.863");
    expect(item(s, "immigration")?.status).toBe("final");
    expect(summary({ year: 2023 }).text).toContain("Immigration: 335,668 people in 2023, 17% fewer than in 2022 (403,108).");
  });

  it("defaults to the latest year with immigration figures, as of asOf", () => {
    // the latest immigration year is 2025 (provisional: n-cbs-statline-85484ned-2025p, StatLine 85484NED 2025* 306.549)
    expect(summary().year).toBe(2025);
    expect(item(summary(), "immigration")?.value).toBe(306549);
    // 2024 final (cbs-statline-37259eng-2024-final: 316,305)
    expect(item(summary({ year: 2024 }), "immigration")?.value).toBe(316305);
    expect(summary({ asOf: "svm2024" }).year).toBe(2023);
    expect(summary({ asOf: new Date(Date.UTC(2024, 5, 14, 12)) }).year).toBe(2023);
  });

  it("covers asylum, Ukrainians, motives and worldwide displacement where the data allow", () => {
    const s = summary({ year: 2023 });
    const first = item(s, "asylumFirst")!;
    expect(first.value).toBe(38377);
    expect(first.change?.from).toBe(35535);
    expect(item(s, "ukrainiansReceived")?.value).toBe(110000);
    expect(item(s, "nonEuEftaWorkShare")?.value).toBeCloseTo(25900 / 164600, 12);
    expect(item(s, "nonEuEftaWorkShare")?.unit).toBe("share");
    const nl = summary({ year: 2023, lang: "nl" });
    expect(nl.text).toContain("Gedwongen ontheemden wereldwijd: 117,3 miljoen mensen op 31 december 2023");
    expect(nl.text).toContain("Opgevangen in Nederland (Staat van Migratie): 110.000 mensen op 31 december 2023.");
  });

  it("writes the published hedge and never more precision than published", () => {
    expect(summary({ year: 2024 }).text).toContain("Family members joining refugees (nareizigers): about 11,880 applications in 2024");
    expect(summary({ year: 2024, lang: "nl" }).text).toContain("ongeveer 11.880 aanvragen");
  });

  it("leaves out sections and figures without data, and never writes NaN", () => {
    // As of the 2024 edition no 2023 figure for reception at 31 December, and no final 2023 emigration existed.
    const s = summary({ year: 2023, asOf: "svm2024" });
    expect(s.sections.map((x) => x.id)).not.toContain("reception");
    expect(item(s, "emigration")).toBeUndefined();
    for (const asOf of [undefined, "svm2023", "svm2024", "svm2025"]) {
      for (let year = 2014; year <= 2024; year++) {
        for (const lang of ["en", "nl"] as const) {
          let r;
          try {
            r = summary({ year, lang, ...(asOf === undefined ? {} : { asOf }) });
          } catch (e) {
            expect(e).toBeInstanceOf(RangeError);
            expect((e as Error).message).toMatch(/^summary: no figures for \d{4} were published by/);
            continue;
          }
          expect(r.text).not.toMatch(/NaN|undefined|Infinity/);
          for (const sec of r.sections) {
            expect(sec.items.length).toBeGreaterThan(0);
            for (const i of sec.items) expect(Number.isFinite(i.value)).toBe(true);
          }
        }
      }
    }
  });

  it("lists each source once at the end of the text", () => {
    const s = summary({ year: 2023, lang: "nl", asOf: "svm2024" });
    const tail = s.text.slice(s.text.indexOf("Bronnen:"));
    expect(tail).toContain("- Rijksoverheid: https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/");
    expect(tail.match(/Rijksoverheid:/g)).toHaveLength(1);
  });

  it("throws for invalid options, naming the valid ones", () => {
    expect(() => summary({ year: 2009 })).toThrow(new RangeError("summary: year must be a whole year from 2010 to 2025, got 2009"));
    expect(() => summary({ year: 2023.5 })).toThrow(RangeError);
    expect(() => summary({ year: "2023" as unknown as number })).toThrow(new TypeError("summary: year must be a number from 2010 to 2025, got string"));
    expect(() => summary({ lang: "de" as "en" })).toThrow(new RangeError('summary: lang must be "en" or "nl", got "de"'));
    expect(() => summary({ asOf: "2024-02-30" })).toThrow(/^summary: asOf "2024-02-30" is not a valid date/);
    expect(() => summary({ asOf: "svm2030" })).toThrow(/^summary: unknown edition "svm2030"; editions: svm2021/);
    expect(() => summary({ year: 2024, asOf: "svm2021" })).toThrow(/^summary: no figures for 2024 were published by 2021-07-07/);
  });
});
