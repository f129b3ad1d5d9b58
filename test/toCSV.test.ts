/**
 * toCSV() and toJSON(): the same rows as toRows, as RFC 4180 CSV and as JSON. Figures: immigration
 * 2022 = 403,108 (cbs-statline-37259ned-2023-08-04), 2023 = 335,668 (cbs-dossier-how-many-people-immigrate)
 * and 332,863 as the Staat van Migratie 2024 had it (rijksoverheid-svm2024-news).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { defineDataset } from "../src/schema/index.ts";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { immigration, receptionOccupancy, toCSV, toJSON, toRows } from "../src/index.ts";

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
    const d = defineDataset({ ...immigration, series: { total: { ...immigration.series.total, label: { en: 'Total, "all"', nl: "Totaal" } } } } as never) as typeof immigration;
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
    // "2019-01-01T00:00" is a literal of d3-dsv's module code.
    for (const from of ["./src/index.ts", "staat-van-migratie"]) {
      expect(await bundle(`import { value } from "${from}"; console.log(value);`)).not.toContain("2019-01-01T00:00");
      expect(await bundle(`import { toCSV } from "${from}"; console.log(toCSV);`)).toContain("2019-01-01T00:00");
    }
  });

  it("works from the CommonJS build (d3-dsv is ESM, loaded by require(esm) on Node >= 20.19) without warnings", () => {
    const code = 'const m = require("staat-van-migratie"); process.stdout.write(m.toCSV(m.immigration, { from: 2022, to: 2022 }));';
    const r = spawnSync(process.execPath, ["-e", code], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(",2022,,403108,final,1,,");
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
