// Extract Eurostat migr_asytpsm (beneficiaries of temporary protection at the end of the month) and demo_pjan
// (population on 1 January) from the parquet files in github.com/bgautijonsson/flottafolk_data, commit
// c80cff44227e668252897859b1daf290cdcb5a41 of 2023-06-26. Those files are Eurostat's tables as downloaded by the R
// package `eurostat` (get_eurostat(), see R/functions.R there), filtered to sex T, age TOTAL, citizen TOTAL and
// labelled (label_eurostat: country names instead of codes); the values are unchanged. Run by hand, never in
// npm test or the package:
//
//   npm install --prefix /tmp/hyparquet hyparquet@1.33.0 && node scripts/extract/eurostat-flottafolk.mjs <git-dir of bgautijonsson/flottafolk_data> /tmp/hyparquet [outdir]
//
// It writes observation rows to <outdir>/euTemporaryProtection-flottafolk.csv and <outdir>/euPopulation-flottafolk.csv
// (default outdir /tmp/eurostat-extract). Population rows are written only where the value differs from the later
// copy of 2024-01-18 (<outdir>/euPopulation.csv, written first by scripts/extract/eurostat-bgautijonsson-asylum.R).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const [gitDir, hyparquetDir, outDir = "/tmp/eurostat-extract"] = process.argv.slice(2);
const { parquetReadObjects } = await import(join(hyparquetDir, "node_modules/hyparquet/src/index.js"));
const commit = "c80cff44227e668252897859b1daf290cdcb5a41";
mkdirSync(outDir, { recursive: true });

async function read(path) {
  const buf = execFileSync("git", [`--git-dir=${gitDir}`, "show", `${commit}:${path}`], { maxBuffer: 1 << 28 });
  return parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
}
// label_eurostat() names -> ISO 3166-1 alpha-2 series keys of this package (Greece GR, EU27_2020 -> EU27).
const codes = {
  "European Union - 27 countries (from 2020)": "EU27", Austria: "AT", Belgium: "BE", Bulgaria: "BG", Croatia: "HR",
  Cyprus: "CY", Czechia: "CZ", Denmark: "DK", Estonia: "EE", Finland: "FI", France: "FR",
  "Germany (until 1990 former territory of the FRG)": "DE", Greece: "GR", Hungary: "HU", Ireland: "IE", Italy: "IT",
  Latvia: "LV", Lithuania: "LT", Luxembourg: "LU", Malta: "MT", Netherlands: "NL", Poland: "PL", Portugal: "PT",
  Romania: "RO", Slovakia: "SK", Slovenia: "SI", Spain: "ES", Sweden: "SE",
};
const order = Object.values(codes);
const iso = (d) => d.toISOString().slice(0, 10);
const monthEnd = (d) => iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
const csvRow = (r) => [r.series, r.year, r.date, r.value, r.status, r.precision, "", r.source, `"${r.note.replaceAll('"', '""')}"`].join(",");
const sort = (rows) => rows.sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || a.date.localeCompare(b.date));

// migr_asytpsm: rows dated YYYY-MM-01 are the stock at the end of that month.
const tp = [];
for (const r of await read("data/beneficiaries.parquet")) {
  const series = codes[r.geo];
  if (!series || r.values == null) continue;
  if (r.values % 5 !== 0) throw new Error(`not rounded to 5: ${r.geo} ${iso(r.time)} ${r.values}`);
  const date = monthEnd(r.time);
  tp.push({ series, year: date.slice(0, 4), date, value: r.values, status: "final", precision: 5,
    source: "eurostat-migr-asytpsm-copy-2023-06-26", note: `migr_asytpsm ${iso(r.time).slice(0, 7)} (stock at the end of the month), ${r.geo}; copy of 2023-06-26` });
}
writeFileSync(join(outDir, "euTemporaryProtection-flottafolk.csv"), sort(tp).map(csvRow).join("\n") + "\n");

// demo_pjan, 2014-2022, only where it differs from the copy of 2024-01-18.
const later = new Map();
const laterFile = join(outDir, "euPopulation.csv");
if (existsSync(laterFile)) for (const line of readFileSync(laterFile, "utf8").trim().split("\n")) {
  const [series, year, , value] = line.split(",");
  later.set(`${series} ${year}`, Number(value));
}
const pop = [];
for (const r of await read("data/population.parquet")) {
  const series = codes[r.geo];
  const year = r.time.getUTCFullYear();
  if (!series || r.values == null || year < 2014 || year > 2022) continue;
  const l = later.get(`${series} ${year}`);
  if (l === r.values) continue;
  pop.push({ series, year, date: `${year}-01-01`, value: r.values, status: "final", precision: 1,
    source: "eurostat-demo-pjan-copy-2023-06-26",
    note: `demo_pjan TOTAL/T, ${r.geo}; copy of 2023-06-26` + (l == null ? "" : `; the copy of 2024-01-18 has ${l} (revision)`) });
}
writeFileSync(join(outDir, "euPopulation-flottafolk.csv"), sort(pop).map(csvRow).join("\n") + "\n");
console.log(`${tp.length} temporary-protection rows, ${pop.length} population rows (differing from the later copy) written to ${outDir}`);
