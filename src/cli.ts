#!/usr/bin/env node
/**
 * The command line: `staat-van-migratie summary [year] [--lang en|nl] [--as-of YYYY-MM-DD]`.
 * @module
 */
import { parseArgs } from "node:util";
import { candidates } from "./_lib/select.ts";
import { change } from "./change.ts";
import { formatNumber } from "./format/formatNumber.ts";
import { formatPercent } from "./format/formatPercent.ts";
import { emigration, immigration, netMigration } from "./datasets/index.ts";
import { observation } from "./observation.ts";
import type { AnyDataset, Language } from "./types.ts";

const HELP = `staat-van-migratie — figures behind the Dutch State of Migration report

Usage:
  staat-van-migratie summary [year] [--lang en|nl] [--as-of YYYY-MM-DD|svm2024]
  staat-van-migratie --help

summary   immigration, emigration and net migration for a year (default: the latest year
          with figures), with the change on the year before, status and source.
  --lang    en (default) or nl
  --as-of   use only figures published on or before this date (a vintage), or an
            edition id such as svm2024 (the figures as that edition had them)
`;

const LABELS = {
  en: { immigration: "Immigration", emigration: "Emigration", netMigration: "Net migration", on: "on", asOf: "figures published by", latest: "latest figures", none: "no figure published by then", read: "read" },
  nl: { immigration: "Immigratie", emigration: "Emigratie", netMigration: "Migratiesaldo", on: "t.o.v.", asOf: "cijfers gepubliceerd t/m", latest: "laatste cijfers", none: "nog geen cijfer gepubliceerd", read: "gelezen" },
} as const;

const STATUS = {
  en: { final: "final", provisional: "provisional", estimated: "estimated", break: "final (series break)" },
  nl: { final: "definitief", provisional: "voorlopig", estimated: "geschat", break: "definitief (trendbreuk)" },
} as const;

/** The latest year in which every dataset has a figure (published by `asOf`). */
function latestCommonYear(datasets: AnyDataset[], asOf: string | undefined): number | undefined {
  const to = Math.min(...datasets.map((d) => d.years.to));
  for (let year = to; year >= 2000; year--) {
    const ok = datasets.every((d) => {
      if (candidates(d, "total", year).length === 0) return false;
      try {
        observation(d, asOf === undefined ? { year } : { year, asOf });
        return true;
      } catch {
        return false;
      }
    });
    if (ok) return year;
  }
  return undefined;
}

function summary(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: "string", default: "en" }, "as-of": { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const lang = values.lang as Language;
  if (lang !== "en" && lang !== "nl") {
    process.stderr.write(`summary: unknown --lang "${values.lang}"; use en or nl\n`);
    return 2;
  }
  const asOf = values["as-of"];
  const datasets = [immigration, emigration, netMigration];
  let year: number | undefined;
  if (positionals[0] !== undefined) {
    year = Number(positionals[0]);
    if (!Number.isInteger(year) || year < immigration.years.from || year > immigration.years.to) {
      process.stderr.write(`summary: year must be a year from ${immigration.years.from} to ${immigration.years.to}, got "${positionals[0]}"\n`);
      return 2;
    }
  } else {
    year = latestCommonYear(datasets, asOf);
    if (year === undefined) {
      process.stderr.write(`summary: no year has figures for all three series${asOf ? ` published by ${asOf}` : ""}\n`);
      return 2;
    }
  }
  const L = LABELS[lang];
  const num = { format: (n: number): string => formatNumber(n, { lang }) };
  const pct = { format: (f: number): string => `${f > 0 ? "+" : ""}${formatPercent(f, { lang, digits: 1 })}` };
  const lines: string[] = [`Staat van Migratie — ${year} (${asOf ? `${L.asOf} ${asOf}` : L.latest})`, ""];
  for (const d of datasets) {
    const label = L[d.id as "immigration" | "emigration" | "netMigration"];
    let o;
    try {
      o = observation(d, asOf === undefined ? { year } : { year, asOf });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      lines.push(`  ${label.padEnd(14)} ${"—".padStart(9)}   ${L.none}`);
      continue;
    }
    let delta = "";
    try {
      const c = change(d, asOf === undefined ? { from: year - 1, to: year } : { from: year - 1, to: year, asOf });
      delta = `${pct.format(c.relative)} ${L.on} ${year - 1} (${num.format(c.from)})`;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
    const src = o.source;
    lines.push(`  ${label.padEnd(14)} ${num.format(o.value).padStart(9)}   ${delta.padEnd(28)} ${STATUS[lang][o.status]}`);
    lines.push(`  ${"".padEnd(14)} ${src.publisher}: ${src.title} (${src.published ?? `${L.read} ${src.accessed}`})`);
    lines.push(`  ${"".padEnd(14)} ${src.url}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === "summary") return summary(rest);
  process.stderr.write(`staat-van-migratie: unknown command "${command}"; commands: summary (see --help)\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
