/**
 * cite(): attributions from the source records in data/sources/. The 2024 edition's 332,863 comes
 * from rijksoverheid-svm2024-news (Rijksoverheid, published 2024-06-14, read 2026-11-27); CBS's final
 * 335,668 from cbs-dossier-how-many-people-immigrate (undated page, read 2026-11-27); COA's 57,538 on
 * 25 September 2023 from the dashboard coa-capaciteit-en-bezetting-2023-09-25.
 */
import { describeDataset } from "../src/describeDataset.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cite, immigration, internationalStudents, observation, receptionOccupancy } from "../src/index.ts";
import { PACKAGE } from "../src/_lib/package.ts";

const SVM2024_URL = "https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/staat-van-migratie-2024-in-2023-stappen-gezet-naar-grip-op-migratie";

describe("cite an observation", () => {
  it("gives the TSDoc example in Dutch", () => {
    expect(cite(observation(immigration, { year: 2023, asOf: "svm2024" }), { lang: "nl" })).toBe(
      `Rijksoverheid (14 juni 2024). Staat van Migratie 2024: In 2023 stappen gezet naar grip op migratie. ${SVM2024_URL} (geraadpleegd op 27 november 2026).`,
    );
  });

  it("says n.d. for an undated page, in English", () => {
    // f-ocwincijfers-inkomende-mobiliteit: the OCW in cijfers table shows no date (read 27 November 2026)
    expect(cite(observation(internationalStudents, { year: 2022, series: "hboAssociateDegree" }))).toBe(
      "Ministerie van OCW (OCW in cijfers; data DUO) (n.d.). Inkomende internationale mobiliteit. https://www.ocwincijfers.nl/sectoren/hoger-onderwijs/kwaliteit/internationalisering/inkomende-internationale-mobiliteit (accessed 27 November 2026).",
    );
  });

  it("returns one CSL-JSON item: webpage for a news item, dataset for a dashboard", () => {
    expect(cite(observation(immigration, { year: 2023, asOf: "svm2024" }), { style: "csl" })).toEqual([
      {
        id: "rijksoverheid-svm2024-news",
        type: "webpage",
        title: "Staat van Migratie 2024: In 2023 stappen gezet naar grip op migratie",
        publisher: "Rijksoverheid",
        URL: SVM2024_URL,
        issued: { "date-parts": [[2024, 6, 14]] },
        accessed: { "date-parts": [[2026, 11, 27]] },
        language: "nl",
      },
    ]);
    const [coa] = cite(observation(receptionOccupancy, { date: "2023-09-25" }), { style: "csl" });
    expect(coa?.type).toBe("dataset");
    expect(coa?.publisher).toBe("COA");
    // the dashboard page is dated by its peildatum (coa-capaciteit-en-bezetting-2023-09-25)
    expect(coa?.issued).toEqual({ "date-parts": [[2023, 9, 25]] });
  });
});

describe("cite a dataset", () => {
  it("names the publisher of record, the years and the package", () => {
    const n = Object.keys(immigration.sources).length;
    expect(cite(immigration)).toBe(
      `Source: CBS, Immigration 2010–2025; compiled with staat-van-migratie ${PACKAGE.version} (https://www.npmjs.com/package/staat-van-migratie) from ${n} publications, listed in the dataset's sources.`,
    );
    expect(cite(immigration, { lang: "nl" })).toMatch(/^Bron: CBS, Immigratie 2010–2025; samengesteld met staat-van-migratie /);
  });

  it("returns the data and the package as CSL-JSON", () => {
    const [data, pkg] = cite(immigration, { style: "csl" });
    expect(data?.type).toBe("dataset");
    expect(data?.publisher).toBe("CBS");
    expect(data?.title).toBe("Immigration 2010–2025");
    expect(Object.values(describeDataset(immigration).sources).some((s) => s.url === data?.URL && s.publisher === "CBS")).toBe(true);
    expect(pkg).toEqual({ id: `staat-van-migratie@${PACKAGE.version}`, type: "software", title: "staat-van-migratie", version: PACKAGE.version, URL: "https://www.npmjs.com/package/staat-van-migratie" });
    expect(cite(immigration, { style: "csl" })[1]?.type).toBe("software");
  });

  it("cites the version in package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string; name: string };
    expect(PACKAGE.version).toBe(pkg.version);
    expect(PACKAGE.name).toBe(pkg.name);
  });
});

describe("cite errors", () => {
  it("names the valid options", () => {
    expect(() => cite(immigration, { lang: "de" as "en" })).toThrow(new RangeError('cite: lang must be "en" or "nl", got "de"'));
    expect(() => cite(immigration, { style: "apa" as "text" })).toThrow(new RangeError('cite: style must be one of "text", "csl", got "apa"'));
    expect(() => cite({} as typeof immigration)).toThrow(new TypeError("cite: pass a dataset (such as `immigration`) or the result of observation()"));
  });
});
