/**
 * Interop with DuckDB (@duckdb/node-api, the real engine from its prebuilt npm binary): the CSV
 * export loads with DuckDB's own CSV reader, and SQL over it gives the package's figures.
 * Figures: immigration 2022 = 403,108 (cbs-statline-37259ned-2023-08-04), 2023 = 335,668
 * (cbs-dossier-how-many-people-immigrate), and 332,863 as the Staat van Migratie 2024 had it
 * (rijksoverheid-svm2024-news).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asylumApplications, immigration, timeseries, toCSV, total } from "../../src/index.ts";
import type { AnyDataset, RowsQuery } from "../../src/index.ts";

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "svm-duckdb-"));
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});

afterAll(() => {
  db.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `toCSV(dataset, options)` to a file and loads it as table `name` with read_csv. */
async function load(name: string, dataset: AnyDataset, options: RowsQuery = {}): Promise<void> {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, toCSV(dataset, options));
  await db.run(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM read_csv('${file}', header = true)`);
}

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS();
}

async function scalar(sql: string): Promise<number> {
  const [row] = await rows(sql);
  return Number(Object.values(row!)[0]);
}

describe("toCSV in DuckDB", () => {
  it("loads with typed columns and the sourced figures", async () => {
    await load("immigration", immigration);
    const types = await rows("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'immigration' AND column_name IN ('year', 'value', 'series')");
    expect(Object.fromEntries(types.map((t) => [t["column_name"], t["data_type"]]))).toEqual({ series: "VARCHAR", year: "BIGINT", value: "BIGINT" });
    expect(await scalar("SELECT value FROM immigration WHERE series = 'total' AND year = 2022")).toBe(403_108);
    expect(await scalar("SELECT value FROM immigration WHERE series = 'total' AND year = 2023")).toBe(335_668);
    expect(await scalar("SELECT count(*) FROM immigration")).toBe(timeseries(immigration).length);
  });

  it("gives a SQL SUM over years equal to total()", async () => {
    await load("immigration", immigration);
    const sql = await scalar("SELECT SUM(value) FROM immigration WHERE series = 'total' AND year BETWEEN 2014 AND 2023");
    expect(sql).toBe(total(immigration, { from: 2014, to: 2023 }));
    expect(sql).toBeGreaterThan(403_108 + 335_668);
  });

  it("agrees with total() as the report knew it (asOf an edition)", async () => {
    await load("immigration2024", immigration, { asOf: "svm2024" });
    expect(await scalar("SELECT value FROM immigration2024 WHERE year = 2023")).toBe(332_863);
    // The edition's figures for 2016–2023 (earlier years but 2010 were published later).
    const sql = await scalar("SELECT SUM(value) FROM immigration2024 WHERE year BETWEEN 2016 AND 2023");
    expect(sql).toBe(total(immigration, { from: 2016, to: 2023, asOf: "svm2024" }));
    expect(sql).not.toBe(total(immigration, { from: 2016, to: 2023 }));
  });

  it("gives per-series sums (GROUP BY) equal to total() of each series", async () => {
    await load("asylum", asylumApplications);
    const sums = await rows("SELECT series, SUM(value) AS s FROM asylum WHERE year BETWEEN 2017 AND 2021 GROUP BY series ORDER BY series");
    const bySeries = Object.fromEntries(sums.map((r) => [r["series"], Number(r["s"])]));
    for (const series of ["total", "first", "familyReunification"] as const) {
      expect(bySeries[series]).toBe(total(asylumApplications, { series, from: 2017, to: 2021 }));
    }
  });
});
