/**
 * toCSV() and toJSON(): the same rows as toRows, as RFC 4180 CSV and as JSON. Figures: immigration
 * 2022 = 403,108 (cbs-statline-37259ned-2023-08-04), 2023 = 335,668 (cbs-dossier-how-many-people-immigrate)
 * and 332,863 as the Staat van Migratie 2024 had it (rijksoverheid-svm2024-news); the AIDA first-instance
 * recognition rate 2023 = 80.2% (h-aida-nl-overview-2024-04-30) and 2024 = 75.3% (aida-nl-overview-2025-05-21).
 */
import { describeDataset } from "../src/describeDataset.ts";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { defineDataset } from "../src/schema/index.ts";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { asylumGrantRate, immigration, receptionOccupancy, toCSV, toJSON, toRows } from "../src/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("toCSV", () => {
  it("writes a header and one CRLF-terminated line per row (the TSDoc example)", () => {
    const csv = toCSV(immigration, { from: 2023, to: 2023 });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("dataset,series,label,year,date,value,status,precision,qualifier,source,sourceUrl,publisher");
    expect(lines[1]).toBe(
      "immigration,total,Total immigration,2023,,335668,final,1,,cbs-dossier-how-many-people-immigrate,https://cbs.nl/en-gb/dossier/asylum-migration-and-integration/how-many-people-immigrate-to-the-netherlands-,CBS",
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
  });

  it("reads back with a CSV parser to exactly the rows of toRows", () => {
    for (const d of [immigration, receptionOccupancy]) {
      const records = parse(toCSV(d, { vintages: true }), { columns: true }) as Record<string, string>[];
      const rows = toRows(d, { vintages: true });
      expect(records).toHaveLength(rows.length);
      records.forEach((rec, i) => {
        const r = rows[i]!;
        expect(rec).toEqual(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)])));
      });
    }
  });

  it("quotes fields with commas and quotes", () => {
    // The COA source note is not a column, but titles/labels with commas may be: build one.
    const d = defineDataset({ ...describeDataset(immigration), observations: immigration.observations, series: { total: { ...describeDataset(immigration).series.total, label: { en: 'Total, "all"', nl: "Totaal" } } } } as never) as typeof immigration;
    expect(toCSV(d, { from: 2022, to: 2022 }).split("\r\n")[1]).toContain('"Total, ""all""",2022,,403108');
  });

  it("takes asOf like toRows", () => {
    expect(toCSV(immigration, { from: 2023, to: 2023, asOf: "svm2024" })).toContain(",332863,provisional,1,,rijksoverheid-svm2024-news,");
  });

  it("throws with its own name", () => {
    expect(() => toCSV(immigration, { series: "x" as "total" })).toThrow(/^toCSV: unknown series "x"/);
  });

  it("is not bundled with value alone, and carries its CSV writer when used", async () => {
    const bundle = async (code: string): Promise<string> =>
      (
        await build({
          stdin: { contents: code, resolveDir: root, loader: "ts" },
          bundle: true,
          format: "esm",
          write: false,
          platform: "neutral",
          logLevel: "silent",
        })
      ).outputFiles[0]!.text;
    // "bronUrl" is a literal of toCSV's Dutch headers.
    for (const from of ["./src/index.ts", "staat-van-migratie"]) {
      expect(await bundle(`import { value } from "${from}"; console.log(value);`)).not.toContain("bronUrl");
      expect(await bundle(`import { toCSV } from "${from}"; console.log(toCSV);`)).toContain("bronUrl");
    }
  });

  it("works from the CommonJS build without warnings", () => {
    const code = 'const m = require("staat-van-migratie"); process.stdout.write(m.toCSV(m.immigration, { from: 2022, to: 2022 }));';
    const r = spawnSync(process.execPath, ["-e", code], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(",2022,,403108,final,1,,");
  });
});

describe("toCSV in Dutch (lang: \"nl\") and with a BOM", () => {
  const nlHeader = "dataset;reeks;omschrijving;jaar;peildatum;waarde;status;precisie;kwalificatie;bron;bronUrl;uitgever";

  it("writes ; separators, Dutch headers, labels and statuses", () => {
    const lines = toCSV(immigration, { from: 2023, to: 2023, asOf: "svm2024", lang: "nl" }).split("\r\n");
    expect(lines[0]).toBe(nlHeader);
    // 332,863 provisional as the 2024 edition had it (rijksoverheid-svm2024-news); label.nl from the metadata
    expect(lines[1]).toBe(
      "immigration;total;Totale immigratie;2023;;332863;voorlopig;1;;rijksoverheid-svm2024-news;" +
        "https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/staat-van-migratie-2024-in-2023-stappen-gezet-naar-grip-op-migratie;Rijksoverheid",
    );
    expect(lines).toHaveLength(3);
  });

  it("writes decimal commas for a percent dataset, and quotes labels with ;", () => {
    const csv = toCSV(asylumGrantRate, { series: "firstInstanceEu", from: 2023, to: 2024, lang: "nl" });
    const records = parse(csv, { columns: true, delimiter: ";" }) as Record<string, string>[];
    // AIDA: 80.2% (2023) and 75.3% (2024), published with one decimal (precision 0.1)
    expect(records.map((r) => [r["jaar"], r["waarde"], r["precisie"], r["status"]])).toEqual([
      ["2023", "80,2", "0,1", "definitief"],
      ["2024", "75,3", "0,1", "definitief"],
    ]);
    expect(records[0]!["omschrijving"]).toBe("Erkenningspercentage in eerste aanleg, Europese definitie (AIDA)");
    // the English text keeps decimal points
    expect(toCSV(asylumGrantRate, { series: "firstInstanceEu", from: 2023, to: 2023 })).toContain(",2023,,80.2,final,0.1,,");
  });

  it("quotes fields with ; and doubles quotes in Dutch mode (RFC 4180), and leaves commas alone", () => {
    const d = defineDataset({
      ...describeDataset(immigration),
      observations: immigration.observations,
      series: { total: { ...describeDataset(immigration).series.total, label: { en: "Total, all", nl: 'Totaal; "alle" personen, ook terugkeerders' } } },
    } as never) as typeof immigration;
    const line = toCSV(d, { from: 2022, to: 2022, lang: "nl" }).split("\r\n")[1]!;
    expect(line.startsWith('immigration;total;"Totaal; ""alle"" personen, ook terugkeerders";2022;;403108;definitief;1;;')).toBe(true);
    expect(line.endsWith(";CBS")).toBe(true);
    // a comma alone is not quoted in Dutch mode, but is in English mode
    expect(toCSV(d, { from: 2022, to: 2022 }).split("\r\n")[1]).toContain(',"Total, all",2022,');
    const parsed = parse(toCSV(d, { from: 2022, to: 2022, lang: "nl" }), { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(parsed[0]!["omschrijving"]).toBe('Totaal; "alle" personen, ook terugkeerders');
  });

  it("quotes CR and LF inside a field", () => {
    const d = defineDataset({ ...describeDataset(immigration), observations: immigration.observations, series: { total: { ...describeDataset(immigration).series.total, label: { en: "line\r\nbreak", nl: "regel\nbreuk" } } } } as never) as typeof immigration;
    expect(toCSV(d, { from: 2022, to: 2022, lang: "nl" }).split("\r\n")[1]).toContain(';"regel\nbreuk";');
    expect(toCSV(d, { from: 2022, to: 2022 })).toContain(',"line\r\nbreak",');
  });

  it("translates hedges (qualifier) into Dutch", () => {
    const rows = toRows(receptionOccupancy, { vintages: true }).filter((r) => r.qualifier !== null);
    expect(rows.length).toBeGreaterThan(0);
    const words: Record<string, string> = { about: "ongeveer", atLeast: "minstens", atMost: "hoogstens" };
    const records = parse(toCSV(receptionOccupancy, { vintages: true, lang: "nl" }), { columns: true, delimiter: ";" }) as Record<string, string>[];
    const hedged = records.filter((r) => r["kwalificatie"] !== "");
    expect(hedged.map((r) => r["kwalificatie"])).toEqual(rows.map((r) => words[r.qualifier!]));
    // COA's occupancy on 1 November 2021: "ruim 33.000" (tweedekamer-2021d45328-opvangplekken-coa)
    expect(hedged.find((r) => r["peildatum"] === "2021-11-01" && r["bron"] === "tweedekamer-2021d45328-opvangplekken-coa")).toMatchObject({ waarde: "33000", precisie: "1000", kwalificatie: "minstens" });
  });

  it("starts with a UTF-8 BOM only when asked", () => {
    const withBom = toCSV(immigration, { from: 2023, to: 2023, lang: "nl", bom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect([...Buffer.from(withBom, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.slice(1)).toBe(toCSV(immigration, { from: 2023, to: 2023, lang: "nl" }));
    expect(toCSV(immigration, { from: 2023, to: 2023 }).charCodeAt(0)).toBe("d".charCodeAt(0));
    expect(toCSV(immigration, { from: 2023, to: 2023, bom: true }).startsWith("\uFEFFdataset,series,")).toBe(true);
  });

  it("refuses an unknown language, a non-boolean bom, and misspelled options", () => {
    expect(() => toCSV(immigration, { lang: "de" as "nl" })).toThrow(new RangeError('toCSV: lang must be "en" or "nl", got "de"'));
    expect(() => toCSV(immigration, { bom: "yes" as unknown as boolean })).toThrow(new TypeError("toCSV: bom must be true or false, got string"));
    expect(() => toCSV(immigration, { language: "nl" } as never)).toThrow(/^toCSV: unknown option "language".*lang, bom$/);
  });
});

describe("toJSON", () => {
  it("gives the TSDoc example: metadata header and rows", () => {
    const doc = JSON.parse(toJSON(immigration, { from: 2022, to: 2023 }));
    expect(doc.dataset).toBe("immigration");
    expect(doc.title).toEqual({ en: "Immigration", nl: "Immigratie" });
    expect(doc.unit).toBe("persons");
    expect(doc.measure).toBe("flow");
    expect(doc.rows.map((r: { value: number }) => r.value)).toEqual([403108, 335668]);
    expect(doc.rows).toEqual(toRows(immigration, { from: 2022, to: 2023 }));
  });

  it("indents on request and checks space", () => {
    expect(toJSON(immigration, { from: 2023, to: 2023, space: 2 })).toContain('\n  "dataset": "immigration"');
    expect(toJSON(immigration, { from: 2023, to: 2023 })).not.toContain("\n");
    expect(() => toJSON(immigration, { space: -1 })).toThrow(new RangeError("toJSON: space must be a whole number from 0 to 10, got -1"));
  });
});
