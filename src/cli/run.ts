/**
 * The command line, as a pure function from arguments to output and exit code (src/cli.ts does the
 * I/O): `summary`, `list`, `show`, `cite`.
 * @module
 */
import { cite } from "../cite.ts";
import * as bundled from "../datasets/index.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { summary } from "../summary.ts";
import { toCSV } from "../toCSV.ts";
import { toJSON } from "../toJSON.ts";
import { toRows } from "../toRows.ts";
import type { AnyDataset, Language } from "../types.ts";
import { parse, UsageError, type OptionSpec } from "./args.ts";
import { didYouMean } from "./suggest.ts";
import { table } from "./table.ts";

/** What a run printed and its exit code: 0 done, 2 a mistake in the command line. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = "staat-van-migratie";

const HELP = {
  top: `${BIN} — the figures behind the Dutch State of Migration report (Staat van Migratie)

Usage:
  ${BIN} <command> [options]

Commands:
  summary [year]        a year in figures, as the report summarises it
  list                  the datasets, with units, years and coverage
  show <dataset>        the figures of a dataset: a table, CSV or JSON
  cite <dataset>        how to cite a dataset

Run ${BIN} <command> --help for its options. Exit codes: 0 done, 2 a mistake in the command line.
`,
  summary: `Usage: ${BIN} summary [year] [--lang en|nl] [--as-of DATE|EDITION] [--format text|json]

Immigration, emigration and net migration, motives, asylum, Ukrainians, reception, housing, departures,
the EU comparison and global displacement for a year, each figure with its change, status and source.

  year          default: the latest year with immigration figures (published by --as-of)
  --lang        en (default) or nl
  --as-of       only figures published on or before this date (YYYY-MM-DD), or an edition id such as
                svm2024 (the figures as that edition had them)
  --format      text (default) or json (the structured summary)
  -h, --help    this help
`,
  list: `Usage: ${BIN} list [--lang en|nl] [--format table|json]

The bundled datasets: id, title, unit, flow or stock, years, and how many of their cells (series ×
years) have a figure.

  --lang        en (default) or nl (titles and numbers)
  --format      table (default) or json
  -h, --help    this help
`,
  show: `Usage: ${BIN} show <dataset> [--series S] [--from YEAR] [--to YEAR] [--as-of DATE|EDITION]
                        [--format table|csv|json] [--vintages] [--lang en|nl]

The figures of a dataset: by default the best figure of each cell (final before provisional, the finer
precision, then the newest), as the library's value() chooses it.

  --series      one series (default: all); see the series with --help after the dataset
  --from, --to  first and last year (default: the dataset's range)
  --as-of       only figures published on or before this date (YYYY-MM-DD), or an edition id (svm2024)
  --format      table (default; numbers formatted per --lang), csv (RFC 4180) or json
  --vintages    every published figure of each cell, not only the best
  --lang        en (default) or nl (table only)
  -h, --help    this help
`,
  cite: `Usage: ${BIN} cite <dataset> [--lang en|nl] [--style text|csl]

How to cite a dataset: its publisher of record and this package.

  --lang        en (default) or nl
  --style       text (default) or csl (CSL-JSON for reference managers)
  -h, --help    this help
`,
} as const;

const COMMANDS = ["summary", "list", "show", "cite", "help"] as const;

/** The bundled datasets by id. */
function datasets(): Map<string, AnyDataset> {
  const map = new Map<string, AnyDataset>();
  for (const d of Object.values(bundled) as AnyDataset[]) map.set(d.id, d);
  return map;
}

function oneOf<T extends string>(option: string, value: unknown, valid: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be ${valid.length > 1 ? `${valid.slice(0, -1).join(", ")} or ${valid.at(-1)!}` : valid[0]}, got "${String(value)}"${typeof value === "string" ? didYouMean(value, valid) : ""}`);
}

function yearOption(option: string, value: unknown, d: AnyDataset): number | undefined {
  if (value === undefined) return undefined;
  const { from, to } = d.years;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d{4}$/.test(value) || n < from || n > to) {
    throw new UsageError(`--${option} must be a year from ${from} to ${to} (the range of ${d.id}), got "${String(value)}"`);
  }
  return n;
}

function dataset(command: string, id: string | undefined): AnyDataset {
  const all = datasets();
  if (id === undefined) throw new UsageError(`${command}: name a dataset, e.g. \`${BIN} ${command} immigration\`; \`${BIN} list\` shows them all`);
  const d = all.get(id);
  if (d === undefined) throw new UsageError(`${command}: unknown dataset "${id}"${didYouMean(id, [...all.keys()])} (\`${BIN} list\` shows them all)`);
  return d;
}

/** Cells (series × years) with at least one figure at the dataset's reference date or year. */
function coverage(d: AnyDataset): { filled: number; cells: number } {
  const filled = new Set<string>();
  for (const o of d.observations) {
    if (d.measure === "flow" || o.date === `${o.year}-${d.referenceDate}`) filled.add(`${o.series}|${o.year}`);
  }
  return { filled: filled.size, cells: Object.keys(d.series).length * (d.years.to - d.years.from + 1) };
}

const WORDS = {
  en: { flow: "flow", stock: "stock", id: "id", title: "title", unit: "unit", measure: "measure", years: "years", coverage: "cells with figures", series: "series", year: "year", date: "date", value: "value", source: "source", none: "No figures for this selection.", legend: "* provisional  e estimated  b series break  ~ about  > more than  < almost" },
  nl: { flow: "stroom", stock: "stand", id: "id", title: "titel", unit: "eenheid", measure: "soort", years: "jaren", coverage: "cellen met cijfers", series: "reeks", year: "jaar", date: "peildatum", value: "waarde", source: "bron", none: "Geen cijfers voor deze selectie.", legend: "* voorlopig  e geschat  b trendbreuk  ~ ongeveer  > ruim  < bijna" },
} as const;

const STATUS_MARK = { final: "", provisional: "*", estimated: "e", break: "b" } as const;
const QUALIFIER_MARK = { about: "~", atLeast: ">", atMost: "<" } as const;

function cmdSummary(args: readonly string[]): string {
  const { values, positionals } = parse(args, { lang: { type: "string" }, "as-of": { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return HELP.summary;
  if (positionals.length > 1) throw new UsageError(`summary takes one year, got ${positionals.length} arguments`);
  const lang = oneOf<Language>("lang", values.lang, ["en", "nl"], "en");
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const raw = positionals[0];
  if (raw !== undefined && !/^\d{4}$/.test(raw)) throw new UsageError(`summary: the year must be a year such as 2023, got "${raw}"`);
  const asOf = values["as-of"] as string | undefined;
  const s = summary({ lang, ...(raw === undefined ? {} : { year: Number(raw) }), ...(asOf === undefined ? {} : { asOf }) });
  return format === "json" ? `${JSON.stringify(s, null, 2)}\n` : s.text;
}

function cmdList(args: readonly string[]): string {
  const { values, positionals } = parse(args, { lang: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return HELP.list;
  if (positionals.length > 0) throw new UsageError(`list takes no arguments, got "${positionals[0]}"`);
  const lang = oneOf<Language>("lang", values.lang, ["en", "nl"], "en");
  const format = oneOf("format", values.format, ["table", "json"], "table");
  const W = WORDS[lang];
  const all = [...datasets().values()];
  if (format === "json") {
    const out = all.map((d) => ({ id: d.id, title: d.title[lang], unit: d.unit, measure: d.measure, years: d.years, series: Object.keys(d.series), coverage: coverage(d) }));
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const rows = all.map((d) => {
    const c = coverage(d);
    return [d.id, d.title[lang], d.unit, W[d.measure], `${d.years.from}–${d.years.to}`, `${formatNumber(c.filled, { lang })}/${formatNumber(c.cells, { lang })}`];
  });
  return table(
    [{ header: W.id }, { header: W.title }, { header: W.unit }, { header: W.measure }, { header: W.years }, { header: W.coverage, right: true }],
    rows,
  );
}

function cmdShow(args: readonly string[]): string {
  const spec: Record<string, OptionSpec> = {
    series: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    "as-of": { type: "string" },
    format: { type: "string" },
    vintages: { type: "boolean" },
    lang: { type: "string" },
    help: { type: "boolean", short: "h" },
  };
  const { values, positionals } = parse(args, spec);
  if (values.help) {
    if (positionals[0] === undefined) return HELP.show;
    const d = dataset("show", positionals[0]);
    return `${HELP.show}\nSeries of ${d.id}: ${Object.keys(d.series).join(", ")}\n`;
  }
  if (positionals.length > 1) throw new UsageError(`show takes one dataset, got ${positionals.length} arguments`);
  const d = dataset("show", positionals[0]);
  const lang = oneOf<Language>("lang", values.lang, ["en", "nl"], "en");
  const format = oneOf("format", values.format, ["table", "csv", "json"], "table");
  const series = values.series as string | undefined;
  if (series !== undefined && !Object.hasOwn(d.series, series)) {
    const keys = Object.keys(d.series);
    throw new UsageError(`show: unknown series "${series}" for ${d.id}${didYouMean(series, keys)} (series: ${keys.join(", ")})`);
  }
  const from = yearOption("from", values.from, d);
  const to = yearOption("to", values.to, d);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const asOf = values["as-of"] as string | undefined;
  const options = {
    ...(series === undefined ? {} : { series }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.vintages === true ? { vintages: true } : {}),
  };
  if (format === "csv") return toCSV(d, options);
  if (format === "json") return `${toJSON(d, { ...options, space: 2 })}\n`;
  const rows = toRows(d, options);
  const W = WORDS[lang];
  if (rows.length === 0) return `${d.title[lang]}\n${W.none}\n`;
  const stock = d.measure === "stock";
  const body = rows.map((r) => {
    const mark = `${r.qualifier === null ? "" : QUALIFIER_MARK[r.qualifier]}`;
    const value = `${mark}${formatNumber(r.value, { lang, precision: r.precision })}`;
    return [r.series, String(r.year), ...(stock ? [r.date ?? ""] : []), value, STATUS_MARK[r.status], r.source];
  });
  const head = `${d.title[lang]} (${d.unit}; ${W[d.measure]})${asOf === undefined ? "" : ` — as of ${asOf}`}\n\n`;
  const cols = [{ header: W.series }, { header: W.year, right: true }, ...(stock ? [{ header: W.date }] : []), { header: W.value, right: true }, { header: "" }, { header: W.source }];
  return `${head}${table(cols, body)}\n${W.legend}\n`;
}

function cmdCite(args: readonly string[]): string {
  const { values, positionals } = parse(args, { lang: { type: "string" }, style: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return HELP.cite;
  if (positionals.length > 1) throw new UsageError(`cite takes one dataset, got ${positionals.length} arguments`);
  const d = dataset("cite", positionals[0]);
  const lang = oneOf<Language>("lang", values.lang, ["en", "nl"], "en");
  const style = oneOf("style", values.style, ["text", "csl"], "text");
  return style === "csl" ? `${JSON.stringify(cite(d, { lang, style: "csl" }), null, 2)}\n` : `${cite(d, { lang })}\n`;
}

/**
 * Runs the command line.
 * @param argv - the arguments after the program name
 * @returns what to print on stdout and stderr, and the exit code
 */
export function run(argv: readonly string[]): RunResult {
  const [command, ...rest] = argv;
  if (command === undefined) return { code: 2, stdout: "", stderr: HELP.top };
  if (command === "--help" || command === "-h") return { code: 0, stdout: HELP.top, stderr: "" };
  try {
    switch (command) {
      case "help": {
        const topic = rest[0];
        if (topic === undefined) return { code: 0, stdout: HELP.top, stderr: "" };
        if (topic === "summary" || topic === "list" || topic === "show" || topic === "cite") return { code: 0, stdout: HELP[topic], stderr: "" };
        throw new UsageError(`help: unknown command "${topic}"${didYouMean(topic, COMMANDS)}`);
      }
      case "summary":
        return { code: 0, stdout: cmdSummary(rest), stderr: "" };
      case "list":
        return { code: 0, stdout: cmdList(rest), stderr: "" };
      case "show":
        return { code: 0, stdout: cmdShow(rest), stderr: "" };
      case "cite":
        return { code: 0, stdout: cmdCite(rest), stderr: "" };
      default:
        throw new UsageError(`unknown command "${command}"${didYouMean(command, COMMANDS)} (commands: summary, list, show, cite; see --help)`);
    }
  } catch (e) {
    // Mistakes in the command line, and the library's own RangeError/TypeError for a bad year,
    // series or date, are the caller's: exit 2 with the message.
    if (e instanceof UsageError || ((e instanceof RangeError || e instanceof TypeError) && /^[a-zA-Z]+: /.test(e.message))) {
      return { code: 2, stdout: "", stderr: `${BIN}: ${e.message}\n` };
    }
    throw e;
  }
}
