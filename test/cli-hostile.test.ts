/**
 * The command line against hostile input: unknown, misspelled, misplaced and repeated options, bad
 * values, unknown commands, datasets and series, odd positionals, empty selections and `--help`
 * everywhere. Every refusal is exactly one line on stderr that starts with the binary name and then
 * the command's, with no stack trace, no "undefined", no "[object Object]", and the exit code says
 * what went wrong: 2 a mistake in the command line, 1 no figures for the selection.
 *
 * Run in-process through the pure `run(argv)` (test/cli.test.ts runs the built `dist/cli.js` as a
 * process, including the I/O errors); a sample is also spawned at the end.
 *
 * The years (immigration 2010–2025, euReturns 2019–2024, asylumPermitsGranted and dublinTransfers with gaps), series, editions and gap notes are those
 * of data/datasets/<id>/metadata.yaml and data/editions.yaml.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/cli/run.ts";

const BIN = "staat-van-migratie";
const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli.js`;

/** A case: the arguments, the exit code, and what the one stderr line must match after "staat-van-migratie: ". */
type Case = readonly [args: readonly string[], code: 1 | 2, line: RegExp];

const SHOW_OPTIONS = "--series, --from, --to, --as-of, --edition, --format, --vintages, --lang, --help";

const CASES: readonly Case[] = [
  // unknown and misspelled options: the nearest valid one, else the command's options
  [["show", "immigration", "--bogus"], 2, new RegExp(`^show: unknown option "--bogus"; options of show: ${SHOW_OPTIONS}$`)],
  [["show", "immigration", "--lnag", "nl"], 2, /^show: unknown option "--lnag"; did you mean --lang\?$/],
  [["show", "immigration", "--Lang", "nl"], 2, /^show: unknown option "--Lang"; did you mean --lang\?$/],
  [["show", "immigration", "-x"], 2, /^show: unknown option "-x"; options of show: --series/],
  [["show", "immigration", "-lang", "nl"], 2, /^show: unknown option "-lang"; did you mean --lang\?$/],
  [["show", "immigration", "---from", "2020"], 2, /^show: unknown option "---from"; did you mean --from\?$/],
  [["show", "immigration", "--serie", "total"], 2, /^show: unknown option "--serie"; did you mean --series\?$/],
  [["show", "immigration", "--vintage"], 2, /^show: unknown option "--vintage"; did you mean --vintages\?$/],
  [["summary", "--formt", "json"], 2, /^summary: unknown option "--formt"; did you mean --format\?$/],
  [["list", "--lnag", "nl"], 2, /^list: unknown option "--lnag"; did you mean --lang\?$/],
  [["cite", "immigration", "--styel", "csl"], 2, /^cite: unknown option "--styel"; did you mean --style\?$/],
  [["show", "immigration", "--__proto__"], 2, /^show: unknown option "--__proto__"; options of show/],
  [["show", "immigration", "--constructor=1"], 2, /^show: unknown option "--constructor"; options of show/],
  [["show", "immigration", "--=x"], 2, /^show: unknown option "--"; options of show/],
  [["--versoin"], 2, /^unknown option "--versoin"; did you mean --version\?$/],
  // options of another command, and options before the command
  [["list", "--series", "total"], 2, /^list: --series does not apply to list \(it is an option of show\); options of list: --lang, --format, --help$/],
  [["cite", "immigration", "--from", "2020"], 2, /^cite: --from does not apply to cite \(it is an option of show\)/],
  [["summary", "--vintages"], 2, /^summary: --vintages does not apply to summary \(it is an option of show\)/],
  [["show", "immigration", "--style", "csl"], 2, /^show: --style does not apply to show \(it is an option of cite\)/],
  [["list", "--as-of", "svm2024"], 2, /^list: --as-of does not apply to list \(it is an option of summary or show\)/],
  [["help", "--lang", "nl"], 2, /^help: --lang does not apply to help/],
  [["--lang", "nl", "list"], 2, /^options go after the command: got "--lang" first; e\.g\. `staat-van-migratie list --lang nl`/],
  [["show", "immigration", "--lang", "nl", "--format", "json"], 2, /^show: --lang applies to --format table and csv only \(JSON is always in English\)$/],
  // repeated options: only --series may repeat; never "last one wins"
  [["show", "immigration", "--lang", "en", "--lang", "nl"], 2, /^show: --lang given twice \("en", then "nl"\); give it once$/],
  [["show", "immigration", "--format", "csv", "--format=json"], 2, /^show: --format given twice \("csv", then "json"\)/],
  [["show", "immigration", "--from", "2020", "--from", "2020"], 2, /^show: --from given twice/],
  [["summary", "2023", "--as-of", "svm2024", "--as-of", "svm2023"], 2, /^summary: --as-of given twice \("svm2024", then "svm2023"\)/],
  [["show", "immigration", "--vintages", "--vintages"], 2, /^show: --vintages given twice/],
  [["show", "immigration", "--series", "total", "--series", "total"], 2, /^show: --series total given twice; give each series once$/],
  [["cite", "immigration", "--style", "csl", "--style", "text"], 2, /^cite: --style given twice/],
  [["list", "--lang", "nl", "--lang=nl"], 2, /^list: --lang given twice/],
  // bad values: years, formats, languages, dates
  [["show", "immigration", "--from", "2020.5"], 2, /^show: --from must be a whole year from 2010 to 2025 \(the years of immigration\), got "2020\.5"$/],
  [["show", "immigration", "--from", "abc"], 2, /^show: --from must be a whole year from 2010 to 2025 .*got "abc"$/],
  [["show", "immigration", "--from", ""], 2, /^show: --from must be a whole year from 2010 to 2025 .*got ""$/],
  [["show", "immigration", "--to", "1e3"], 2, /^show: --to must be a whole year .*got "1e3"$/],
  [["show", "immigration", "--from", "-2020"], 2, /^show: --from must be a whole year .*got "-2020"$/],
  [["show", "immigration", "--to", "2000"], 2, /^show: --to 2000 is outside the years of immigration, 2010 to 2025$/],
  [["show", "euReturns", "--from", "2018"], 2, /^show: --from 2018 is outside the years of euReturns, 2019 to 2024$/],
  [["show", "immigration", "--from", "2022", "--to", "2021"], 2, /^show: --from 2022 is after --to 2021$/],
  [["show", "immigration", "--from"], 2, /^show: --from needs a value \(a year\)$/],
  [["show", "immigration", "--from", "--to", "2020"], 2, /^show: --from needs a value \(a year\), got the option "--to"$/],
  [["show", "immigration", "--format", "xml"], 2, /^show: --format must be table, csv or json, got "xml"$/],
  [["show", "immigration", "--format", "CSV"], 2, /^show: --format must be table, csv or json, got "CSV"; did you mean csv\?$/],
  [["list", "--format", "csv"], 2, /^list: --format must be table or json, got "csv"$/],
  [["summary", "--format", "table"], 2, /^summary: --format must be text or json, got "table"$/],
  [["cite", "immigration", "--style", "apa"], 2, /^cite: --style must be text or csl, got "apa"$/],
  [["show", "immigration", "--lang", "de"], 2, /^show: --lang must be en or nl, got "de"$/],
  [["summary", "--lang="], 2, /^summary: --lang must be en or nl, got ""$/],
  [["show", "immigration", "--vintages=yes"], 2, /^show: --vintages takes no value, got "--vintages=yes"$/],
  [["show", "immigration", "--as-of", "2024-02-30"], 2, /^show: --as-of "2024-02-30" is not a calendar date$/],
  [["show", "immigration", "--as-of", "svm2030"], 2, /^show: --as-of must be a date \(YYYY-MM-DD\) or an edition \(svm2021, svm2022, svm2023, svm2024, svm2025\), got "svm2030"$/],
  [["summary", "--as-of", "SVM2024"], 2, /^summary: --as-of must be a date .*got "SVM2024"; did you mean svm2024\?$/],
  [["summary", "--as-of", "yesterday"], 2, /^summary: --as-of must be a date .*got "yesterday"$/],
  [["summary", "2023.5"], 2, /^summary: the year must be a whole year from 2010 to 2025, got "2023\.5"$/],
  [["summary", "1999"], 2, /^summary: the year 1999 is outside 2010 to 2025$/],
  [["summary", "-2023"], 2, /^summary: the year must be a whole year from 2010 to 2025, got "-2023"$/],
  [["summary", "2023", "2024"], 2, /^summary: takes one year, got 2 arguments: "2023", "2024"$/],
  // unknown commands, datasets and series; odd positionals
  [["frobnicate"], 2, /^unknown command "frobnicate" \(commands: summary, list, show, cite or compare; see --help\)$/],
  [["summry"], 2, /^unknown command "summry"; did you mean summary\?/],
  [["Show", "immigration"], 2, /^unknown command "Show"; did you mean show\?/],
  [[""], 2, /^unknown command ""/],
  [["-"], 2, /^unknown command "-"/],
  [["-5"], 2, /^unknown command "-5"/],
  [["show", "imigration"], 2, /^show: unknown dataset "imigration"; did you mean immigration or emigration\?/],
  [["show", "-"], 2, /^show: unknown dataset "-"/],
  [["show", "imm\nigration"], 2, /^show: unknown dataset "imm\\nigration"; did you mean immigration\?/],
  [["show", "\u001b[31mred"], 2, /^show: unknown dataset "\\u001b\[31mred"/],
  [["show", "__proto__"], 2, /^show: unknown dataset "__proto__"/],
  [["show", "x".repeat(500)], 2, /^show: unknown dataset "x{60}…"/],
  [["cite", "imigration"], 2, /^cite: unknown dataset "imigration"; did you mean immigration or emigration\?/],
  [["show", "imigration", "--help"], 2, /^show: unknown dataset "imigration"/],
  [["show", "asylumApplications", "--series", "frist"], 2, /^show: unknown series "frist" for asylumApplications; did you mean first\? \(series: total, first, followUp, familyReunification\)$/],
  [["show", "asylumApplications", "--series", "first,followUp"], 2, /^show: unknown series "first,followUp" for asylumApplications; give each series its own --series: --series first --series followUp$/],
  [["show", "immigration", "--series", ""], 2, /^show: unknown series "" for immigration/],
  [["show", "immigration", "--series", "__proto__"], 2, /^show: unknown series "__proto__" for immigration/],
  [["show", "immigration", "--series"], 2, /^show: --series needs a value/],
  [["show"], 2, /^show: name a dataset/],
  [["show", "immigration", "2023"], 2, /^show: takes one dataset, got 2 arguments: "immigration", "2023" \(years go in --from and --to\)$/],
  [["show", "immigration", "--", "--from"], 2, /^show: takes one dataset, got 2 arguments: "immigration", "--from"$/],
  [["list", "extra"], 2, /^list: takes no arguments, got "extra"$/],
  [["list", "-"], 2, /^list: takes no arguments, got "-"$/],
  [["cite"], 2, /^cite: name a dataset/],
  [["cite", "immigration", "emigration"], 2, /^cite: takes one dataset/],
  [["help", "bogus"], 2, /^help: unknown command "bogus"/],
  [["help", "show", "cite"], 2, /^help: takes one command/],
  [["--version", "list"], 2, /^--version takes nothing else/],
  [[], 2, /^name a command: summary, list, show, cite or compare\. Usage: staat-van-migratie <command> \[options\]/],
  // empty selections: exit 1 and why, with the dataset's gap note where one covers the cells.
  // asylumPermitsGranted has no figure for 2021 and dublinTransfers none for 2019–2020 (their observations.csv);
  // the gap notes of data/datasets/<id>/metadata.yaml:
  [["show", "asylumPermitsGranted", "--from", "2021", "--to", "2021"], 1, /^show: no figures for asylumPermitsGranted in 2021: no source was found; gap note: Not verified\.$/],
  [["show", "dublinTransfers", "--series", "outgoing", "--from", "2019", "--to", "2020", "--format", "csv"], 1, /^show: no figures for dublinTransfers outgoing in 2019–2020: no source was found; gap note: No calendar-year transfer count verified\.$/],
  [["show", "receptionOccupancy", "--series", "statusHolders", "--from", "2014", "--to", "2014", "--lang", "nl"], 1, /^show: no figures for receptionOccupancy statusHolders in 2014: no source was found; gap note: Geen gedateerde telling van vergunninghouders in de COA-opvang gevonden; alleen ongedateerde of losjes gedateerde cijfers \(bijv\. 6\.500 in oktober 2018\)\.$/],
  // the first edition appeared on 2021-07-07 (data/editions.yaml); no immigration figure in this package is older than 2010's
  [["show", "immigration", "--as-of", "2005-01-01"], 1, /^show: no figures for immigration in 2010–2025 published by 2005-01-01$/],
  [["show", "immigration", "--as-of", "svm2021", "--from", "2022", "--to", "2023", "--format", "json"], 1, /^show: no figures for immigration in 2022–2023 published by svm2021 \(2021-07-07\)$/],
  [["summary", "--as-of", "1999-01-01"], 1, /^summary: no immigration figure was published by 1999-01-01; pass a later --as-of/],
  [["summary", "2024", "--as-of", "svm2021"], 1, /^summary: no figures for 2024 were published by 2021-07-07/],
];

describe("hostile input: one line on stderr, the right exit code", () => {
  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map(([args, code, line]) => [JSON.stringify(args), args, code, line] as const))("%s", (_, args, code, line) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    // exactly one line, starting with the binary's name
    expect(r.stderr).toMatch(/^staat-van-migratie: [^\n]*\n$/);
    const message = r.stderr.slice(`${BIN}: `.length, -1);
    expect(message).toMatch(line);
    expect(message).not.toMatch(/undefined|\[object Object\]|NaN|\n\s+at |Error:/);
    // user input is escaped, so no control character reaches the terminal
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});

describe("--help everywhere: the help on stdout, exit 0", () => {
  const HELP_CASES: readonly (readonly [readonly string[], string])[] = [
    [["--help"], "Usage:\n  staat-van-migratie <command> [options]"],
    [["-h"], "Usage:\n  staat-van-migratie <command> [options]"],
    [["help"], "Usage:\n  staat-van-migratie <command> [options]"],
    [["help", "--help"], "Usage:\n  staat-van-migratie <command> [options]"],
    [["--", "--help"], "Usage:\n  staat-van-migratie <command> [options]"],
    [["help", "show"], "Usage: staat-van-migratie show <dataset>"],
    [["--help", "show"], "Usage: staat-van-migratie show <dataset>"],
    [["show", "--help"], "Usage: staat-van-migratie show <dataset>"],
    [["show", "-h", "--help"], "Usage: staat-van-migratie show <dataset>"],
    [["show", "immigration", "--help"], "Series of immigration: total\nYears of immigration: 2010 to 2025"],
    [["show", "euReturns", "--from", "2024", "--help"], "Series of euReturns: orderedToLeave, returned, returnedToThirdCountries"],
    [["summary", "--help"], "Usage: staat-van-migratie summary [year]"],
    [["summary", "2023", "-h"], "Usage: staat-van-migratie summary [year]"],
    [["list", "--help"], "Usage: staat-van-migratie list"],
    [["help", "list"], "Usage: staat-van-migratie list"],
    [["cite", "--help"], "Usage: staat-van-migratie cite <dataset>"],
    [["cite", "immigration", "-h"], "Usage: staat-van-migratie cite <dataset>"],
  ];
  it.each(HELP_CASES.map(([args, text]) => [args.join(" "), args, text] as const))("%s", (_, args, text) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(text);
  });

  it("documents the exit codes, the repeatable --series and the Dutch table in the help", () => {
    const show = run(["show", "--help"]).stdout;
    expect(show).toContain("repeat it for several: --series first --series followUp");
    expect(show).toContain("1 no figures for the selection");
    expect(show).toContain("2 a mistake in the command line");
    expect(run(["--help"]).stdout).toContain("an option given\ntwice (only --series of show may repeat)");
  });
});

describe("what still works among the strict checks", () => {
  it("takes --series several times, in the dataset's order, and options in any order", () => {
    // asylumApplications: first 2023 = 38,377, followUp 2023 = 1,390 (data/datasets/asylumApplications/observations.csv)
    const r = run(["show", "asylumApplications", "--from", "2023", "--series", "followUp", "--to=2023", "--series=first", "--format", "csv"]);
    expect(r.code).toBe(0);
    const records = parse(r.stdout, { columns: true }) as { series: string; year: string; value: string }[];
    expect(records.map((x) => [x.series, x.year, x.value])).toEqual([
      ["first", "2023", "38377"],
      ["followUp", "2023", "1390"],
    ]);
  });

  it("reads `--` as the end of the options, and a dataset after it", () => {
    expect(run(["show", "--", "immigration"]).code).toBe(0);
    expect(run(["--", "list"]).code).toBe(0);
  });

  it("prints the version of package.json", () => {
    const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string };
    expect(run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("a sample as a process (node dist/cli.js): the wrapper adds nothing", () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  });

  it.each([
    [["show", "immigration", "--lang", "en", "--lang", "nl"], 2],
    [["show", "asylumPermitsGranted", "--from", "2021", "--to", "2021"], 1],
    [["frobnicate"], 2],
    [[], 2],
  ] as const)("%j", (args, code) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });
    expect(r.status).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^staat-van-migratie: [^\n]*\n$/);
    expect(r.stderr).toBe(run(args).stderr);
  });
});
