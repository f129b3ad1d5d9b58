/**
 * The data pipeline against hostile input: every fault in `data/` is reported with the file and the
 * line of the faulty row, and a run that fails — on bad data or in the middle of writing — leaves
 * the generated files exactly as they were. The data are the made-up fixture of test/fixtures/ok,
 * copied to a temporary folder and edited per case; line numbers are counted in that fixture:
 *
 * - data/datasets/widgets/observations.csv: header, then total 2021 (2), 2022 (3), 2023 provisional
 *   report-2024 (4), 2023 final table-final (5), 2023 press-rounded (6), red 2022 (7), blue 2022 (8),
 *   red 2023 (9), blue 2023 (10); an appended row is line 11.
 * - data/sources/test.csv: header and four sources; an appended row is line 6.
 * - data/editions.csv: header and svm2024 on line 2.
 * - data/datasets/stockpile/observations.csv: header and three rows; an appended row is line 5.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { buildData, nodeWriteOps, type WriteOps } from "../../scripts/build-data.ts";
import { formatProblem, loadData } from "../../scripts/_lib/load.ts";
import { parseCsvText } from "../../scripts/_lib/csv.ts";
import { parse as parseCsv } from "csv-parse/sync";
import { fixtureRoot } from "../_helpers/fixtures.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

const OBS = "data/datasets/widgets/observations.csv";
const META = "data/datasets/widgets/metadata.yaml";
const SOURCES = "data/sources/test.csv";
const EDITIONS = "data/editions.csv";
const STOCK = "data/datasets/stockpile/observations.csv";

function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), "svm-hostile-"));
  temps.push(root);
  cpSync(fixtureRoot, root, { recursive: true });
  return root;
}

function append(root: string, file: string, ...rows: string[]): void {
  writeFileSync(join(root, file), readFileSync(join(root, file), "utf8") + rows.map((r) => `${r}\n`).join(""));
}

function replaceIn(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), "utf8");
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  writeFileSync(join(root, file), text.replace(from, to));
}

/** The formatted errors after applying `edit` to a copy of the valid fixture. */
function errorsAfter(edit: (root: string) => void): string[] {
  const root = copyFixture();
  edit(root);
  return loadData(root).errors.map(formatProblem);
}

/** Asserts exactly one error, at `file:line`, containing every fragment. */
function expectOnly(errors: string[], file: string, line: number, ...fragments: string[]): void {
  expect(errors, errors.join("\n")).toHaveLength(1);
  expect(errors[0]!.startsWith(`${file}:${line}: `), errors[0]).toBe(true);
  for (const f of fragments) expect(errors[0]).toContain(f);
}

describe("number cells of observations", () => {
  it("rejects a count written the Dutch way (158.374 persons) with the thousands hint", () => {
    const errors = errorsAfter((r) => append(r, OBS, "total,2022,,158.374,final,1,,undated,"));
    expectOnly(errors, OBS, 11, "158.374 is not a whole number", "counts persons", "CBS writes thousands with a point: 158.374 thousand is 158374");
  });

  it("rejects any other fraction in a count, pointing at writing it out in units", () => {
    const errors = errorsAfter((r) => append(r, OBS, "total,2022,,230.7,final,100,,undated,"));
    expectOnly(errors, OBS, 11, "230.7 is not a whole number", "230700");
  });

  it("applies the whole-number rule to every count unit (applications, decisions, permits, dwellings)", () => {
    for (const unit of ["applications", "decisions", "permits", "dwellings"]) {
      const errors = errorsAfter((r) => {
        replaceIn(r, META, "unit: persons", `unit: ${unit}`);
        append(r, OBS, "total,2022,,12.5,final,1,,undated,");
      });
      expectOnly(errors, OBS, 11, `counts ${unit}`);
    }
  });

  it("lets percent and perMillion datasets have decimals", () => {
    for (const unit of ["percent", "perMillion"]) {
      const errors = errorsAfter((r) => {
        replaceIn(r, META, "unit: persons", `unit: ${unit}`);
        append(r, OBS, "total,2021,,12.5,final,0.1,,report-2024,");
      });
      expect(errors).toEqual([]);
    }
  });

  it("rejects a negative count unless the dataset is signed", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,-5,final,1,,undated,")), OBS, 11, "negative value -5", "signed: true");
    const signed = errorsAfter((r) => {
      replaceIn(r, META, "measure: flow", "measure: flow\nsigned: true");
      append(r, OBS, "total,2021,,-5,final,1,,report-2024,");
    });
    expect(signed).toEqual([]);
  });

  it("rejects NaN, Infinity and -Infinity", () => {
    for (const v of ["NaN", "Infinity", "-Infinity", "inf"]) {
      expectOnly(errorsAfter((r) => append(r, OBS, `total,2022,,${v},final,1,,undated,`)), OBS, 11, `value: "${v}" is not a number`);
    }
  });

  it("rejects an empty value, saying that a missing figure is a gap", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,,final,1,,undated,")), OBS, 11, "value: empty", "gaps");
  });

  it("rejects exponent notation and shows the number written out", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,1.5e3,final,1,,undated,")), OBS, 11, 'value: "1.5e3" uses exponent notation', "(1500)");
  });

  it("rejects a comma (thousands separator or decimal comma)", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, 'total,2022,,"1,234",final,1,,undated,')), OBS, 11, 'value: "1,234" contains a comma');
  });

  it("rejects a space as a thousands separator, a plus sign and a leading zero", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,1 234,final,1,,undated,")), OBS, 11, "contains a space");
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,+5,final,1,,undated,")), OBS, 11, "plus sign");
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,0123,final,1,,undated,")), OBS, 11, "leading zero; write 123");
  });

  it("rejects half-written decimals and words", () => {
    for (const v of ["12.", ".5", "twelve", "12.5.1"]) {
      expectOnly(errorsAfter((r) => append(r, OBS, `total,2022,,${v},final,1,,undated,`)), OBS, 11, `value: "${v}" is not a number`);
    }
  });

  it("reads precision and year as strictly as value", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,5,final,1e2,,undated,")), OBS, 11, 'precision: "1e2" uses exponent notation');
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,5,final,,,undated,")), OBS, 11, "precision: empty");
    expectOnly(errorsAfter((r) => append(r, OBS, "total,20x2,,5,final,1,,undated,")), OBS, 11, 'year: "20x2" is not a number');
  });
});

describe("dates", () => {
  const source = (id: string, published: string, accessed: string): string =>
    `${id},Test Office,A table,https://example.org/${id},${published},${accessed},statisticalTable,en,,`;

  it("rejects a source published after it was accessed (full date)", () => {
    const errors = errorsAfter((r) => append(r, SOURCES, source("late", "2026-11-28", "2026-11-27")));
    expectOnly(errors, SOURCES, 6, "published 2026-11-28 is after accessed 2026-11-27");
  });

  it("reads a partial published date as the earliest day it can mean", () => {
    const month = errorsAfter((r) => append(r, SOURCES, source("late", "2026-12", "2026-11-27")));
    expectOnly(month, SOURCES, 6, "published 2026-12 is after accessed 2026-11-27", "2026-12-01 at the earliest");
    const year = errorsAfter((r) => append(r, SOURCES, source("late", "2027", "2026-11-27")));
    expectOnly(year, SOURCES, 6, "published 2027 is after accessed 2026-11-27", "2027-01-01 at the earliest");
    // The same month or year can be on or before the day of access: no error.
    expect(errorsAfter((r) => append(r, SOURCES, source("same-month", "2026-11", "2026-11-27"), source("same-year", "2026", "2026-11-27")))).toEqual([]);
  });

  it("rejects days that do not exist in sources (30 February, 29 February of a common year)", () => {
    expectOnly(errorsAfter((r) => append(r, SOURCES, source("feb", "2023-01-05", "2023-02-30"))), SOURCES, 6, "accessed: 2023-02-30 is not a calendar date (2023-02 has 28 days)");
    expectOnly(errorsAfter((r) => append(r, SOURCES, source("feb", "2023-02-29", "2024-01-05"))), SOURCES, 6, "published: 2023-02-29 is not a calendar date");
    expect(errorsAfter((r) => append(r, SOURCES, source("leap", "2024-02-29", "2024-03-01")))).toEqual([]);
  });

  it("rejects a month 13 in a partial date", () => {
    expectOnly(errorsAfter((r) => append(r, SOURCES, source("m13", "2024-13", "2026-11-27"))), SOURCES, 6, "published: 2024-13 has no month 13");
  });

  it("rejects a stock's reference date that does not exist", () => {
    expectOnly(errorsAfter((r) => append(r, STOCK, "total,2023,2023-04-31,1200,final,1,,table-final,")), STOCK, 5, "date: 2023-04-31 is not a calendar date (2023-04 has 30 days)");
  });

  it("rejects an edition published on a day that does not exist", () => {
    expectOnly(errorsAfter((r) => replaceIn(r, EDITIONS, "svm2024,4,2024-06-14", "svm2024,4,2024-06-31")), EDITIONS, 2, "published: 2024-06-31 is not a calendar date");
  });
});

describe("errors point at the faulty row", () => {
  it("names the part row that breaks a sum when another source's figure for it makes the sum hold", () => {
    // A newer final figure for blue 2023 (undated source: vintage = accessed) becomes the best figure.
    const errors = errorsAfter((r) => append(r, OBS, "blue,2023,,27,final,1,,undated,typo"));
    expectOnly(errors, OBS, 11, "red + blue = 127, but total = 172 in 2023 (best figures)", 'line 11 (blue = 27, source "undated")', "blue = 72 on line 10");
  });

  it("lists the total row and every part row when the faulty one cannot be told", () => {
    const errors = errorsAfter((r) => replaceIn(r, OBS, "blue,2023,,72,", "blue,2023,,75,"));
    expectOnly(errors, OBS, 5, "Rows: total on line 5, red on line 9, blue on line 10");
  });

  it("checks each source's own figures and names its rows that differ from a source whose figures add up", () => {
    // report-2024 (provisional) gives total 170 on line 4; its parts on lines 11-12 add up to 190.
    const errors = errorsAfter((r) => append(r, OBS, "red,2023,,100,provisional,1,,report-2024,", "blue,2023,,90,provisional,1,,report-2024,"));
    expectOnly(errors, OBS, 4, '(source "report-2024")', "line 4 (total = 170", "line 12 (blue = 90", 'source "table-final"');
  });

  it("reports an unclosed quote at the line where the quote starts, not at the end of the file", () => {
    const errors = errorsAfter((r) => append(r, OBS, 'total,2022,,5,final,1,,undated,"forgot to close', "red,2022,,5,final,1,,undated,", "blue,2022,,5,final,1,,undated,"));
    expectOnly(errors, OBS, 11, "unclosed quote", "starts on line 11");
  });

  it("reports an unclosed quote in a source file at its first line", () => {
    const errors = errorsAfter((r) => replaceIn(r, SOURCES, "report-2024,Test Ministry,Widgets", 'report-2024,"Test Ministry,Widgets'));
    expect(errors[0]).toMatch(/^data\/sources\/test\.csv:3: unclosed quote/);
  });

  it("reports a stray quote inside an unquoted field and text after a closing quote", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, 'total,2022,,5,final,1,,undated,said "about"')), OBS, 11, "a quote inside an unquoted field");
    expectOnly(errorsAfter((r) => append(r, OBS, 'total,2022,,5,final,1,,undated,"said" about')), OBS, 11, "text after a closing quote");
  });

  it("reports a row with an unquoted comma (too many fields)", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,5,final,1,,undated,ruim 5, zegt CBS")), OBS, 11, "row has 10 fields, the header has 9");
  });

  it("counts physical lines after a quoted note that spans lines", () => {
    const errors = errorsAfter((r) => append(r, OBS, 'total,2022,,200,provisional,1,,report-2024,"first line', 'second line"', "green,2022,,1,final,1,,undated,"));
    expectOnly(errors, OBS, 13, 'unknown series "green"');
  });

  it("keeps line numbers right in a file with a byte-order mark and CRLF line ends", () => {
    const errors = errorsAfter((r) => {
      const text = readFileSync(join(r, OBS), "utf8").replaceAll("\n", "\r\n");
      writeFileSync(join(r, OBS), `\uFEFF${text}total,2022,,201,final,1,,table-final,\r\n`);
    });
    expectOnly(errors, OBS, 11, "duplicate row", "first on line 3");
  });

  it("names both lines of a duplicate (cell, source)", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "red,2023,,100,final,1,,table-final,")), OBS, 11, 'duplicate row for red 2023 from source "table-final" (first on line 9)');
  });

  it("names the nearest declared series for an unknown one", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "bleu,2022,,1,final,1,,undated,")), OBS, 11, 'unknown series "bleu"; nearest declared key: "blue"');
  });

  it("names the nearest known source id for an unknown one", () => {
    expectOnly(errorsAfter((r) => append(r, OBS, "total,2022,,1,final,1,,table-fnal,")), OBS, 11, 'unknown source "table-fnal"; nearest known id: "table-final"');
  });

  it("names the line and nearest key of an unknown series in a sum rule", () => {
    expectOnly(errorsAfter((r) => replaceIn(r, META, "parts: [red, blue]", "parts: [red, bleu]")), META, 16, 'sums names an unknown series "bleu"; nearest declared key: "blue"');
  });

  it("names the line and nearest id of an edition's unknown source", () => {
    expectOnly(errorsAfter((r) => replaceIn(r, EDITIONS, ",report-2024,", ",report-2042,")), EDITIONS, 2, 'unknown source "report-2042"; nearest known id: "report-2024"');
  });

  it("names the line of a duplicate source id and where it first appears", () => {
    const errors = errorsAfter((r) => writeFileSync(join(r, "data/sources/zz-more.csv"), "id,publisher,title,url,published,accessed,kind,language,edition,note\n\nundated,P,T,https://example.org/x,,2026-11-27,other,en,,\n"));
    expectOnly(errors, "data/sources/zz-more.csv", 3, 'duplicate source id "undated" (first in data/sources/test.csv:5)');
  });

  it("reports a wrong header on its line", () => {
    expectOnly(errorsAfter((r) => replaceIn(r, STOCK, "series,year,date", "series,year,dates")), STOCK, 1, "header must be exactly");
  });
});

describe("the CSV reader", () => {
  it("reads every committed CSV in data/ as csv-parse does, each record at the line it starts on", () => {
    const files = [
      "data/editions.csv",
      "data/claims.csv",
      ...readdirSync(join(repoRoot, "data/sources")).map((f) => `data/sources/${f}`),
      ...readdirSync(join(repoRoot, "data/datasets")).map((d) => `data/datasets/${d}/observations.csv`),
    ].filter((f) => existsSync(join(repoRoot, f)));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const text = readFileSync(join(repoRoot, f), "utf8");
      const { records, faults } = parseCsvText(text);
      expect(faults, f).toEqual([]);
      // csv-parse (an independent reader) gives each record's last line; its first is that minus the line breaks inside it.
      const theirs = parseCsv(text, { skip_empty_lines: true, bom: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
      expect(records.map((r) => r.fields), f).toEqual(theirs.map((t) => t.record));
      const breaks = (fields: string[]): number => fields.join("").split("\n").length - 1;
      expect(records.map((r) => r.line), f).toEqual(theirs.map((t) => t.info.lines - breaks(t.record)));
    }
  });
});

/** Every file under `root` except `data/`, with its bytes, for "unchanged" assertions. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (rel === "data") continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.set(rel, readFileSync(path, "latin1"));
    }
  };
  walk(root);
  return out;
}

/** A fixture checkout whose generated files are built, plus a valid change to the data that alters them. */
function builtFixture(): string {
  const root = copyFixture();
  writeFileSync(join(root, "package.json"), `${JSON.stringify({ name: "fixture", version: "1.0.0", license: "MIT" }, null, 2)}\n`);
  const first = buildData({ root });
  expect(first.errors).toEqual([]);
  expect(first.status).toBe(0);
  expect(existsSync(join(root, "src/datasets/stockpile.ts"))).toBe(true);
  // A valid change: one figure corrected and the stockpile dataset dropped (its module becomes stale).
  replaceIn(root, OBS, "total,2021,,100,", "total,2021,,101,");
  rmSync(join(root, "data/datasets/stockpile"), { recursive: true });
  return root;
}

describe("the build is atomic", () => {
  it("writes nothing when the data has an error (the output folders are byte-identical)", () => {
    const root = builtFixture();
    append(root, OBS, "total,2022,,158.374,final,1,,undated,");
    const before = snapshot(root);
    const r = buildData({ root });
    expect(r.status).toBe(1);
    expect(r.errors[0]).toContain(`${OBS}:11: value: 158.374`);
    expect(r.errors.at(-1)).toContain("nothing written");
    expect(snapshot(root)).toEqual(before);
  });

  it("leaves the old files and no temporary file when writing fails after the first file", () => {
    const root = builtFixture();
    const before = snapshot(root);
    let writes = 0;
    const ops: WriteOps = {
      ...nodeWriteOps,
      writeFile: (path, text) => {
        if (++writes > 1) throw new Error("disk full");
        nodeWriteOps.writeFile(path, text);
      },
    };
    const r = buildData({ root, ops });
    expect(r.status).toBe(1);
    expect(r.errors[0]).toContain("disk full");
    expect(writes).toBeGreaterThan(1);
    expect(snapshot(root)).toEqual(before);
  });

  it("puts back the files already renamed when a rename fails midway", () => {
    const root = builtFixture();
    const before = snapshot(root);
    let renames = 0;
    const ops: WriteOps = {
      ...nodeWriteOps,
      rename: (from, to) => {
        if (++renames === 2) throw new Error("rename refused");
        nodeWriteOps.rename(from, to);
      },
    };
    const r = buildData({ root, ops });
    expect(r.status).toBe(1);
    expect(r.errors[0]).toContain("rename refused");
    expect(snapshot(root)).toEqual(before);
  });

  it("replaces every changed file and removes stale ones only on success, leaving no temporary file", () => {
    const root = builtFixture();
    const before = snapshot(root);
    // A temporary file left by an interrupted earlier run is cleared too.
    writeFileSync(join(root, "src/datasets/.widgets.ts.4242-0.data-tmp"), "partial");
    const r = buildData({ root });
    expect(r.errors).toEqual([]);
    const after = snapshot(root);
    expect(after.has("src/datasets/stockpile.ts")).toBe(false);
    // total (series 0) 2021 = 101: a figure row of the new layout
    expect(after.get("src/datasets/widgets.ts")).toMatch(/\[0,2021,101,"f",/);
    expect(after.get("src/datasets/widgets.ts")).not.toBe(before.get("src/datasets/widgets.ts"));
    expect([...after.keys()].filter((p) => p.endsWith(".data-tmp"))).toEqual([]);
    // And a second run finds nothing to do.
    expect(buildData({ root, check: true }).status).toBe(0);
  });

  it("exits 1 from the command line with file:line on stderr and leaves the files unchanged", () => {
    const root = builtFixture();
    append(root, OBS, "total,2022,,1,final,1,,table-fnal,");
    const before = snapshot(root);
    const tsx = join(repoRoot, "node_modules/tsx/dist/cli.mjs");
    const r = spawnSync(process.execPath, [tsx, join(repoRoot, "scripts/build-data.ts"), "--root", root], { encoding: "utf8" });
    expect(r.stderr).toContain(`error: ${OBS}:11: unknown source "table-fnal"; nearest known id: "table-final"`);
    expect(r.status).toBe(1);
    expect(snapshot(root)).toEqual(before);
  }, 60_000);
});
