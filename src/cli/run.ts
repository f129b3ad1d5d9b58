/**
 * The command line, as a pure function from arguments to output and exit code (src/cli.ts does the
 * I/O). Its commands (summary, list, show, cite, compare, help) are the one table {@link COMMANDS}.
 * @module
 */
import { descriptionOf } from "../_lib/description.ts";
import { isCalendarDate } from "../_lib/asOf.ts";
import { PACKAGE } from "../_lib/package.ts";
import { VINTAGE_RULE } from "../_lib/vintageRule.ts";
import { cite } from "../cite.ts";
import { compareEdition } from "../compareEdition.ts";
import * as bundled from "../datasets/index.ts";
import { editions } from "../editions.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { summary } from "../summary.ts";
import { toCSV } from "../toCSV.ts";
import { toJSON } from "../toJSON.ts";
import { toRows } from "../toRows.ts";
import type { AnyDataset, Language } from "../types.ts";
import { isPositional, orList, parse, quote, UsageError, type Parsed, type Spec } from "./args.ts";
import { didYouMean, nearest } from "./suggest.ts";
import { table } from "./table.ts";
import { STATUS_WORDS, UNIT_WORDS, WORDS } from "./words.ts";

/**
 * What a run printed and its exit code: 0 done, 1 no figures for the selection, 2 a mistake in the
 * command line. (src/cli.ts adds exit 1 for output that could not be written.)
 */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = "staat-van-migratie";

const EXIT_CODES = "Exit codes: 0 done; 1 no figures for the selection, or the output could not be written;\n2 a mistake in the command line (one line on stderr says which).";

const LANG = { type: "string", value: "en or nl" } as const;
const AS_OF = { type: "string", value: "a date YYYY-MM-DD or an edition such as svm2024" } as const;
const EDITION = { type: "string", value: "an edition such as svm2024" } as const;
const HELP_FLAG = { type: "boolean", short: "h" } as const;

/** The columns the help is wrapped at. */
const WIDTH = 100;

/** `text` on lines of at most {@link WIDTH} columns (a longer word stays whole): the first line starts with `first`, the others with `indent`. */
function wrap(text: string, indent: string, first = indent): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(" ")) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line += empty ? word : ` ${word}`;
    empty = false;
  }
  return [...lines, line].join("\n");
}

/** The vintage rule as the help of show prints it: its summary, the cut-off, the numbered steps and `--edition`. */
function vintageRuleHelp(): string {
  const { summary, cutOff, steps, edition } = VINTAGE_RULE;
  return [
    wrap(`The vintage rule. ${summary.en}`, ""),
    wrap(cutOff.en, "  "),
    ...steps.map((s, i) => wrap(s.en, "     ", `  ${i + 1}. `)),
    wrap(edition.en, "  "),
  ].join("\n");
}

/** The help of a command, printed as: usage line, description, details, `-h, --help`, notes, exit codes. */
interface CommandHelp {
  /** Its options in its usage line, after the name and arguments. */
  readonly usage: string;
  /** What it does: a paragraph. */
  readonly description: string;
  /** Its argument and option lines but `-h, --help` (added after them). */
  readonly details: string;
  /** Notes after the options, before the exit codes. */
  readonly notes?: string;
}

/**
 * One command of the command line. The table {@link COMMANDS} is the one list of them: the
 * dispatcher, the list of commands in the top help, each command's `--help`, the "commands: …" of
 * messages and the did-you-mean suggestions all come from it.
 */
interface CommandEntry {
  /** The name, as typed after the binary. */
  readonly name: string;
  /** Its arguments, as in its usage line and the list of commands: `[year]`, `<dataset>`, or "". */
  readonly args: string;
  /** What it does, in one line, for the list of commands in the top help. */
  readonly about: string;
  /** Its `--help` (undefined: the top help). */
  readonly help?: CommandHelp;
  /** Its options but `--help`, which every command takes. */
  readonly options: Spec;
  /** Runs it on its parsed arguments; `--help` has printed the help instead, unless `onHelp` is given. */
  readonly run: (p: Parsed) => string;
  /** What `--help` prints when that depends on the arguments (instead of the help). */
  readonly onHelp?: (p: Parsed) => string;
  /** About the other commands (help): left out of the "commands: …" of messages. */
  readonly meta?: true;
}

/** The commands, in the order of the top help. */
const COMMANDS = [
  {
    name: "summary",
    args: "[year]",
    about: "a year in figures, as the report summarises it",
    help: {
      usage: "[--lang en|nl] [--as-of DATE|EDITION | --edition EDITION] [--format text|json]",
      description: `Immigration, emigration and net migration, motives, asylum, Ukrainians, reception, housing, departures,
the EU comparison and global displacement for a year, each figure with its change, status and source.`,
      details: `  year          a whole year such as 2023; default: the latest year with immigration figures
                (published by --as-of)
  --lang        en (default) or nl
  --as-of       the best figures known on this date (YYYY-MM-DD), or on the day an edition appeared
                (svm2024)
  --edition     instead of --as-of: the figures exactly as that edition printed them (svm2024); the
                year defaults to the edition's reporting year
  --format      text (default) or json (the structured summary)`,
    },
    options: { lang: LANG, "as-of": AS_OF, edition: EDITION, format: { type: "string", value: "text or json" } },
    run: runSummary,
  },
  {
    name: "list",
    args: "",
    about: "the datasets, with units, years and coverage",
    help: {
      usage: "[--lang en|nl] [--format table|json]",
      description: `The bundled datasets: id, title, unit, flow or stock, years, and how many of their cells (series ×
years) have a figure.`,
      details: `  --lang        en (default) or nl (titles, units and numbers)
  --format      table (default) or json`,
    },
    options: { lang: LANG, format: { type: "string", value: "table or json" } },
    run: runList,
  },
  {
    name: "show",
    args: "<dataset>",
    about: "the figures of a dataset: a table, CSV or JSON",
    help: {
      usage: `[--series S]… [--from YEAR] [--to YEAR] [--as-of DATE|EDITION | --edition EDITION]
                        [--format table|csv|json] [--vintages] [--lang en|nl]`,
      description: `The figures of a dataset: by default the best figure of each cell, as the library's value() chooses
it by the vintage rule (below).`,
      details: `  --series      a series (default: all); repeat it for several: --series first --series followUp.
                \`${BIN} show <dataset> --help\` lists the series
  --from, --to  first and last year, whole years within the dataset's range (default: all of it)
  --as-of       the best figures known on this date (YYYY-MM-DD), or on the day an edition appeared
  --edition     instead of --as-of: only the figures that edition printed, as printed (svm2024)
  --format      table (default), csv (RFC 4180) or json
  --vintages    every published figure of each cell, not only the best
  --lang        en (default) or nl: labels, units, statuses and numbers of the table; for csv, Dutch
                CSV (; between fields, decimal commas, Dutch labels, statuses and headers; JSON is
                always in English)`,
      notes: `${vintageRuleHelp()}

When the selection has no figures, one line on stderr says why (the dataset's gap note when no
source was found for those cells) and the exit code is 1.`,
    },
    options: {
      series: { type: "string", multiple: true, value: "a series of the dataset" },
      from: { type: "string", value: "a year" },
      to: { type: "string", value: "a year" },
      "as-of": AS_OF,
      edition: EDITION,
      format: { type: "string", value: "table, csv or json" },
      vintages: { type: "boolean" },
      lang: LANG,
    },
    run: runShow,
    onHelp: showHelp,
  },
  {
    name: "cite",
    args: "<dataset>",
    about: "how to cite a dataset",
    help: {
      usage: "[--lang en|nl] [--style text|csl]",
      description: `How to cite a dataset: its publisher of record and this package.`,
      details: `  --lang        en (default) or nl
  --style       text (default) or csl (CSL-JSON for reference managers)`,
    },
    options: { lang: LANG, style: { type: "string", value: "text or csl" } },
    run: runCite,
  },
  {
    name: "compare",
    args: "<edition>",
    about: "what an edition printed, beside today's figures and the kind of revision",
    help: {
      usage: "[--lang en|nl] [--format table|json]",
      description: `Every figure an edition of the report printed (svm2021 … svm2025), beside today's best figure of the
same cell and the kind of revision: unchanged, finalised (provisional then, final now), otherSource
(today's figure comes from another publisher or count) or corrected.`,
      details: `  --lang        en (default) or nl (numbers and statuses of the table)
  --format      table (default) or json`,
    },
    options: { lang: LANG, format: { type: "string", value: "table or json" } },
    run: runCompare,
  },
  { name: "help", args: "[command]", about: "this help, or a command's", options: {}, run: runHelp, onHelp: runHelp, meta: true },
] as const satisfies readonly CommandEntry[];

/** A command's name. */
type CommandName = (typeof COMMANDS)[number]["name"];

/** The commands by name. */
const BY_NAME: ReadonlyMap<string, CommandEntry> = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name (a typo in it does not type-check). */
function command(name: CommandName): CommandEntry {
  return BY_NAME.get(name)!;
}

/** The commands the "commands: …" of messages name: all but help. */
const NAMED: readonly CommandName[] = COMMANDS.filter((c: CommandEntry) => c.meta !== true).map((c) => c.name);

/** The options before any command. */
const TOP_SPEC: Spec = { help: HELP_FLAG, version: { type: "boolean" } };

/** A command's options, `--help` (last) included. */
function specOf(c: CommandEntry): Spec {
  return { ...c.options, help: HELP_FLAG };
}

const TOP_HELP = `${BIN} — the figures behind the Dutch State of Migration report (Staat van Migratie)

Usage:
  ${BIN} <command> [options]

Commands:
${COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.trimEnd().padEnd(22)}${c.about}`).join("\n")}

Options go after the command; each command refuses options it does not take, and an option given
twice (only --series of show may repeat). Run ${BIN} <command> --help for its options;
${BIN} --version prints the version.
${EXIT_CODES}
`;

/** A command's help: its usage line, what it does, its options, the exit codes (help's: the top help). */
function helpOf(c: CommandEntry): string {
  const h = c.help;
  if (h === undefined) return TOP_HELP;
  const usage = `Usage: ${BIN} ${c.name}${c.args === "" ? "" : ` ${c.args}`} ${h.usage}`;
  return `${usage}\n\n${h.description}\n\n${h.details}\n  -h, --help    this help\n\n${h.notes === undefined ? "" : `${h.notes}\n`}${EXIT_CODES}\n`;
}

/** The options of the other commands, with the commands that take them. */
function others(command: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of COMMANDS as readonly CommandEntry[]) {
    if (c.meta === true || c.name === command) continue;
    for (const name of Object.keys(specOf(c))) (out[name] ??= []).push(c.name);
  }
  return out;
}

/** A selection without figures: exit code 1. */
class NoFigures extends Error {
  override name = "NoFigures";
}

/** "; did you mean X?" only when one candidate is nearest (the message lists the valid ones anyway). */
function onlyNearest(input: string, valid: readonly string[]): string {
  return nearest(input, valid).length === 1 ? didYouMean(input, valid) : "";
}

/** The bundled datasets by id. */
function datasets(): Map<string, AnyDataset> {
  const map = new Map<string, AnyDataset>();
  for (const d of Object.values(bundled) as AnyDataset[]) map.set(d.id, d);
  return map;
}

function oneOf<T extends string>(command: string, option: string, value: string | undefined, valid: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: --${option} must be ${orList(valid)}, got ${quote(value)}${onlyNearest(value, valid)}`);
}

function yearOption(command: string, option: string, value: string | undefined, d: AnyDataset): number | undefined {
  if (value === undefined) return undefined;
  const { from, to } = d.years;
  if (!/^\d{4}$/.test(value)) {
    throw new UsageError(`${command}: --${option} must be a whole year from ${from} to ${to} (the years of ${d.id}), got ${quote(value)}`);
  }
  const n = Number(value);
  if (n < from || n > to) throw new UsageError(`${command}: --${option} ${value} is outside the years of ${d.id}, ${from} to ${to}`);
  return n;
}

/** `--as-of`: a calendar date `YYYY-MM-DD` or an edition id, checked here so the message names the option. */
function asOfOption(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ids = editions.map((e) => e.id);
  if (ids.includes(value)) return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m !== null) {
    if (isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return value;
    throw new UsageError(`${command}: --as-of ${quote(value)} is not a calendar date`);
  }
  throw new UsageError(`${command}: --as-of must be a date (YYYY-MM-DD) or an edition (${ids.join(", ")}), got ${quote(value)}${onlyNearest(value, ids)}`);
}

/** `--edition`: an edition id; not together with `--as-of`. */
function editionFlag(command: string, value: string | undefined, asOf: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ids = editions.map((e) => e.id);
  if (!ids.includes(value)) throw new UsageError(`${command}: --edition must be an edition (${ids.join(", ")}), got ${quote(value)}${onlyNearest(value, ids)}`);
  if (asOf !== undefined) throw new UsageError(`${command}: pass either --edition (figures as printed) or --as-of (figures known on a date), not both`);
  return value;
}

function dataset(command: string, id: string | undefined): AnyDataset {
  const all = datasets();
  if (id === undefined) throw new UsageError(`${command}: name a dataset, e.g. \`${BIN} ${command} immigration\`; \`${BIN} list\` shows them all`);
  const d = all.get(id);
  if (d === undefined) throw new UsageError(`${command}: unknown dataset ${quote(id)}${didYouMean(id, [...all.keys()])} (\`${BIN} list\` shows them all)`);
  return d;
}

/** At most one positional: the dataset or year; more is a mistake, named. */
function onePositional(command: string, positionals: readonly string[], what: string): string | undefined {
  if (positionals.length <= 1) return positionals[0];
  const extra = positionals.slice(1);
  const hint = command === "show" && extra.some((p) => /^\d{4}$/.test(p)) ? " (years go in --from and --to)" : "";
  throw new UsageError(`${command}: takes one ${what}, got ${positionals.length} arguments: ${positionals.map(quote).join(", ")}${hint}`);
}

/** Cells (series × years) with at least one figure at the dataset's reference date or year. */
function coverage(d: AnyDataset): { filled: number; cells: number } {
  const filled = new Set<string>();
  for (const o of d.observations) {
    if (d.measure === "flow" || o.date === `${o.year}-${d.referenceDate}`) filled.add(`${o.series}|${o.year}`);
  }
  return { filled: filled.size, cells: Object.keys(d.series).length * (d.years.to - d.years.from + 1) };
}

/** The first sentence of a note, at most about 240 characters, on one line. */
function firstSentence(note: string): string {
  const flat = note.replace(/\s+/g, " ").trim();
  const end = /[.!?](?=\s+[A-Z("']|$)/.exec(flat);
  const sentence = end === null ? flat : flat.slice(0, end.index + 1);
  return sentence.length > 240 ? `${sentence.slice(0, 239).trimEnd()}…` : sentence;
}

/**
 * Why a selection has no figures: the dataset's gap note when gaps cover every selected cell (no
 * source was found), else that nothing was published by `asOf`, else plainly "no figures".
 */
function whyEmpty(d: AnyDataset, series: readonly string[], from: number, to: number, asOf: string | undefined, lang: Language): string {
  const all = series.length === Object.keys(d.series).length;
  const what = `${d.id}${all ? "" : ` ${series.join(", ")}`} in ${from === to ? from : `${from}–${to}`}`;
  const gaps = descriptionOf("cli", d).gaps;
  const covering: (typeof gaps)[number][] = [];
  let covered = true;
  for (const s of series) {
    for (let y = from; y <= to; y++) {
      const g = gaps.find((x) => x.series === s && x.years.includes(y));
      if (g === undefined) covered = false;
      else if (!covering.includes(g)) covering.push(g);
    }
  }
  if (covered && covering.length > 0) {
    const first = covering[0]!;
    const notes = [...new Set(covering.map((g) => g.note[lang]))];
    const rest = [...new Set(covering.filter((g) => g.note[lang] !== first.note[lang]).map((g) => g.series))];
    const whose = series.length > 1 ? ` (${first.series})` : "";
    const more = notes.length > 1 ? ` (${rest.length === 1 ? "1 more series has" : `${rest.length} more series have`} other gap notes: ${rest.join(", ")})` : "";
    return `no figures for ${what}: no source was found; gap note${whose}: ${firstSentence(first.note[lang])}${more}`;
  }
  if (asOf !== undefined) {
    const edition = editions.find((e) => e.id === asOf);
    return `no figures for ${what} published by ${edition === undefined ? asOf : `${asOf} (${edition.published})`}`;
  }
  return `no figures for ${what}`;
}

function runSummary(p: Parsed): string {
  const raw = onePositional("summary", p.positionals, "year");
  const lang = oneOf<Language>("summary", "lang", p.string("lang"), ["en", "nl"], "en");
  const format = oneOf("summary", "format", p.string("format"), ["text", "json"], "text");
  // summary() covers the years of immigration.
  const { from, to } = bundled.immigration.years;
  if (raw !== undefined && !/^\d{4}$/.test(raw)) throw new UsageError(`summary: the year must be a whole year from ${from} to ${to}, got ${quote(raw)}`);
  if (raw !== undefined && (Number(raw) < from || Number(raw) > to)) throw new UsageError(`summary: the year ${raw} is outside ${from} to ${to}`);
  const asOf = asOfOption("summary", p.string("as-of"));
  const edition = editionFlag("summary", p.string("edition"), asOf);
  let s;
  try {
    s = summary({ lang, ...(raw === undefined ? {} : { year: Number(raw) }), ...(asOf === undefined ? {} : { asOf }), ...(edition === undefined ? {} : { edition }) });
  } catch (e) {
    // Year and date are checked above, so summary() refusing them means nothing was published by
    // --as-of (or printed by --edition): an empty selection, not a mistake in the command line.
    if (e instanceof RangeError && (asOf !== undefined || edition !== undefined)) throw new NoFigures(e.message.replace(/\basOf\b/g, "--as-of"));
    throw e;
  }
  return format === "json" ? `${JSON.stringify(s, null, 2)}\n` : s.text;
}

function runList(p: Parsed): string {
  if (p.positionals.length > 0) throw new UsageError(`list: takes no arguments, got ${p.positionals.map(quote).join(", ")}`);
  const lang = oneOf<Language>("list", "lang", p.string("lang"), ["en", "nl"], "en");
  const format = oneOf("list", "format", p.string("format"), ["table", "json"], "table");
  const W = WORDS[lang];
  const all = [...datasets().values()];
  if (format === "json") {
    const out = all.map((d) => ({ id: d.id, title: d.title[lang], unit: d.unit, measure: d.measure, years: d.years, series: Object.keys(d.series), coverage: coverage(d) }));
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const rows = all.map((d) => {
    const c = coverage(d);
    return [d.id, d.title[lang], UNIT_WORDS[lang][d.unit], W[d.measure], `${d.years.from}–${d.years.to}`, `${formatNumber(c.filled, { lang })}/${formatNumber(c.cells, { lang })}`];
  });
  return table(
    [{ header: W.id }, { header: W.title }, { header: W.unit }, { header: W.measure }, { header: W.years }, { header: W.coverage, right: true }],
    rows,
  );
}

/** `--series`, each once, each a series of the dataset. */
function seriesOption(d: AnyDataset, given: readonly string[]): string[] {
  const keys = Object.keys(d.series);
  const seen = new Set<string>();
  for (const s of given) {
    if (!Object.hasOwn(d.series, s)) {
      const parts = s.split(/\s*,\s*/);
      const hint =
        parts.length > 1 && parts.every((x) => Object.hasOwn(d.series, x))
          ? `; give each series its own --series: ${parts.map((x) => `--series ${x}`).join(" ")}`
          : `${didYouMean(s, keys)} (series: ${keys.join(", ")})`;
      throw new UsageError(`show: unknown series ${quote(s)} for ${d.id}${hint}`);
    }
    if (seen.has(s)) throw new UsageError(`show: --series ${s} given twice; give each series once`);
    seen.add(s);
  }
  return given.length === 0 ? keys : keys.filter((k) => seen.has(k));
}

/** `show --help`, and with a dataset its series and years. */
function showHelp(p: Parsed): string {
  const help = helpOf(command("show"));
  const id = onePositional("show", p.positionals, "dataset");
  if (id === undefined) return help;
  const d = dataset("show", id);
  return `${help}\nSeries of ${d.id}: ${Object.keys(d.series).join(", ")}\nYears of ${d.id}: ${d.years.from} to ${d.years.to}\n`;
}

function runShow(p: Parsed): string {
  const d = dataset("show", onePositional("show", p.positionals, "dataset"));
  const format = oneOf("show", "format", p.string("format"), ["table", "csv", "json"], "table");
  const lang = oneOf<Language>("show", "lang", p.string("lang"), ["en", "nl"], "en");
  if (p.has("lang") && format === "json") throw new UsageError(`show: --lang applies to --format table and csv only (JSON is always in English)`);
  const series = seriesOption(d, p.strings("series"));
  const from = yearOption("show", "from", p.string("from"), d);
  const to = yearOption("show", "to", p.string("to"), d);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`show: --from ${from} is after --to ${to}`);
  const asOf = asOfOption("show", p.string("as-of"));
  const edition = editionFlag("show", p.string("edition"), asOf);
  const options = {
    ...(p.strings("series").length === 0 ? {} : { series }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(edition === undefined ? {} : { edition }),
    ...(p.flag("vintages") ? { vintages: true } : {}),
  };
  const rows = toRows(d, options);
  if (rows.length === 0 && edition !== undefined) {
    throw new NoFigures(`show: ${edition} printed no figures for ${d.id}${from === undefined && to === undefined ? "" : ` in ${from ?? d.years.from}–${to ?? d.years.to}`}`);
  }
  if (rows.length === 0) throw new NoFigures(`show: ${whyEmpty(d, series, from ?? d.years.from, to ?? d.years.to, asOf, lang)}`);
  if (format === "csv") return toCSV(d, { ...options, lang });
  if (format === "json") return `${toJSON(d, { ...options, space: 2 })}\n`;
  const W = WORDS[lang];
  const stock = d.measure === "stock";
  const marks = { about: "~", atLeast: ">", atMost: "<" } as const;
  const body = rows.map((r) => {
    const value = `${r.qualifier === null ? "" : marks[r.qualifier]}${formatNumber(r.value, { lang, precision: r.precision })}`;
    return [r.series, d.series[r.series]?.label[lang] ?? r.label, String(r.year), ...(stock ? [r.date ?? ""] : []), value, STATUS_WORDS[lang][r.status], r.source];
  });
  const head = `${d.title[lang]} (${UNIT_WORDS[lang][d.unit]}; ${W[d.measure]})${asOf === undefined ? "" : ` — ${W.asOf} ${asOf}`}${edition === undefined ? "" : ` — ${edition}`}\n\n`;
  const cols = [
    { header: W.series },
    { header: W.label },
    { header: W.year, right: true },
    ...(stock ? [{ header: W.date }] : []),
    { header: W.value, right: true },
    { header: W.status },
    { header: W.source },
  ];
  const legend = rows.some((r) => r.qualifier !== null) ? `\n${W.legend}\n` : "";
  return `${head}${table(cols, body)}${legend}`;
}

function runCite(p: Parsed): string {
  const d = dataset("cite", onePositional("cite", p.positionals, "dataset"));
  const lang = oneOf<Language>("cite", "lang", p.string("lang"), ["en", "nl"], "en");
  const style = oneOf("cite", "style", p.string("style"), ["text", "csl"], "text");
  return style === "csl" ? `${JSON.stringify(cite(d, { lang, style: "csl" }), null, 2)}\n` : `${cite(d, { lang })}\n`;
}

function runCompare(p: Parsed): string {
  const ids = editions.map((e) => e.id);
  const edition = onePositional("compare", p.positionals, "edition");
  if (edition === undefined) throw new UsageError(`compare: name an edition (${ids.join(", ")}), e.g. \`${BIN} compare svm2024\``);
  if (!ids.includes(edition)) throw new UsageError(`compare: unknown edition ${quote(edition)}${onlyNearest(edition, ids)} (editions: ${ids.join(", ")})`);
  const lang = oneOf<Language>("compare", "lang", p.string("lang"), ["en", "nl"], "en");
  const format = oneOf("compare", "format", p.string("format"), ["table", "json"], "table");
  const rows = compareEdition(edition);
  if (rows.length === 0) throw new NoFigures(`compare: ${edition} printed no figure that the datasets hold (its news item gave shares only)`);
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  const n = (f: { value: number; precision: number }): string => formatNumber(f.value, { lang, precision: f.precision });
  const W = WORDS[lang];
  const body = rows.map((r) => [r.dataset, r.series, String(r.year), n(r.printed), STATUS_WORDS[lang][r.printed.status], n(r.today), STATUS_WORDS[lang][r.today.status], r.kind]);
  return table(
    [
      { header: "dataset" },
      { header: W.series },
      { header: W.year, right: true },
      { header: edition, right: true },
      { header: W.status },
      { header: lang === "nl" ? "nu" : "today", right: true },
      { header: W.status },
      { header: lang === "nl" ? "soort" : "kind" },
    ],
    body,
  );
}

/** `help [command]`: the top help, or a command's (`--help` changes nothing). */
function runHelp(p: Parsed): string {
  const topic = onePositional("help", p.positionals, "command");
  if (topic === undefined) return TOP_HELP;
  const c = BY_NAME.get(topic);
  if (c !== undefined) return helpOf(c);
  throw new UsageError(`help: unknown command ${quote(topic)}${didYouMean(topic, NAMED)} (commands: ${orList(NAMED)})`);
}

/** Options before any command: `--help`, `-h`, `--version`; a command's option there is misplaced. */
function topLevel(argv: readonly string[]): string {
  const first = argv[0]!;
  const bare = first.replace(/^-+/, "").replace(/=.*$/s, "");
  const owners = others("top")[bare];
  if (owners !== undefined && !Object.hasOwn(TOP_SPEC, bare)) {
    const at = argv.findIndex((a) => (NAMED as readonly string[]).includes(a));
    const example = at === -1 ? `${BIN} ${owners[0]!} --${bare} …` : `${BIN} ${[argv[at]!, ...argv.slice(0, at), ...argv.slice(at + 1)].join(" ")}`;
    throw new UsageError(`options go after the command: got ${quote(first)} first; e.g. \`${example}\` (--${bare} is an option of ${orList(owners)})`);
  }
  const p = parse(BIN, argv, TOP_SPEC);
  if (p.flag("version")) {
    if (p.flag("help") || p.positionals.length > 0) throw new UsageError(`--version takes nothing else, got ${argv.map(quote).join(" ")}`);
    return `${PACKAGE.version}\n`;
  }
  // `--help show`: the help of that command.
  return invoke(command("help"), p.positionals);
}

/** Runs a command on its arguments: parses them against its options, then its help or its work. */
function invoke(c: CommandEntry, args: readonly string[]): string {
  const p = parse(c.name, args, specOf(c), others(c.name));
  if (p.flag("help")) return c.onHelp === undefined ? helpOf(c) : c.onHelp(p);
  return c.run(p);
}

/** Runs the command named `name`, which may be anything typed. */
function dispatch(name: string, rest: readonly string[]): string {
  const c = BY_NAME.get(name);
  if (c === undefined) {
    throw new UsageError(`unknown command ${quote(name)}${didYouMean(name, [...BY_NAME.keys()])} (commands: ${orList(NAMED)}; see --help)`);
  }
  return invoke(c, rest);
}

/** One line: runs of whitespace, line breaks included, become one space. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * Runs the command line.
 * @param argv - the arguments after the program name
 * @returns what to print on stdout and stderr, and the exit code
 */
export function run(argv: readonly string[]): RunResult {
  const [command, ...rest] = argv;
  if (command === undefined) {
    return { code: 2, stdout: "", stderr: `${BIN}: name a command: ${orList(NAMED)}. Usage: ${BIN} <command> [options]; ${BIN} --help for more\n` };
  }
  try {
    if (command === "--") return run(rest);
    const stdout = isPositional(command) ? dispatch(command, rest) : topLevel(argv);
    return { code: 0, stdout, stderr: "" };
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, stdout: "", stderr: `${BIN}: ${oneLine(e.message.startsWith(`${BIN}: `) ? e.message.slice(BIN.length + 2) : e.message)}\n` };
    if (e instanceof NoFigures) return { code: 1, stdout: "", stderr: `${BIN}: ${oneLine(e.message)}\n` };
    // The library's own RangeError/TypeError (a message starting with its function's name) is the
    // caller's mistake too: exit 2, the message under the command's name.
    if ((e instanceof RangeError || e instanceof TypeError) && /^[a-zA-Z]+: /.test(e.message)) {
      return { code: 2, stdout: "", stderr: `${BIN}: ${command}: ${oneLine(e.message.replace(/^[a-zA-Z]+: /, ""))}\n` };
    }
    throw e;
  }
}
