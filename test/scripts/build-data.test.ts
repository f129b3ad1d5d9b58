/**
 * The data pipeline: every kind of bad data stops the build with file, line and the problem; good
 * data renders deterministically; the committed src/datasets/ is what data/ generates.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem, loadData } from "../../scripts/_lib/load.ts";
import { render } from "../../scripts/_lib/render.ts";
import { fixtureRoot } from "../_helpers/fixtures.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** Copies the valid fixture, applies an edit, and returns the formatted errors. */
function errorsAfter(edit: (root: string) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), "svm-data-"));
  temps.push(root);
  cpSync(fixtureRoot, root, { recursive: true });
  edit(root);
  return loadData(root).errors.map(formatProblem);
}

const obsFile = "data/datasets/widgets/observations.csv";
const metaFile = "data/datasets/widgets/metadata.yaml";
function appendRow(root: string, row: string, file = obsFile): void {
  writeFileSync(join(root, file), readFileSync(join(root, file), "utf8") + row + "\n");
}
function replaceIn(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), "utf8");
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  writeFileSync(join(root, file), text.replace(from, to));
}

describe("loadData", () => {
  it("accepts the valid fixture without errors or warnings", () => {
    const loaded = loadData(fixtureRoot);
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.datasets.map((d) => d.meta.id)).toEqual(["stockpile", "widgets"]);
  });

  it("reports an unknown source id with file and line", () => {
    const errors = errorsAfter((r) => appendRow(r, "total,2022,,5,final,1,,no-such-source,"));
    expect(errors).toEqual([`${obsFile}:11: unknown source "no-such-source"; nearest known id: "press-rounded"; add it to a file in data/sources/ if it is new`]);
  });

  it("reports a duplicate row for the same cell and source", () => {
    const errors = errorsAfter((r) => appendRow(r, "total,2022,,201,final,1,,table-final,"));
    expect(errors).toEqual([`${obsFile}:11: duplicate row for total 2022 from source "table-final" (first on line 3)`]);
  });

  it("reports a status outside the vocabulary", () => {
    const errors = errorsAfter((r) => appendRow(r, "total,2022,,201,definitive,1,,undated,"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${obsFile}:11: status: Invalid option`));
  });

  it("reports a year outside the declared range", () => {
    const errors = errorsAfter((r) => appendRow(r, "total,2020,,90,final,1,,undated,"));
    expect(errors).toEqual([`${obsFile}:11: year 2020 is outside the declared range 2021–2023`]);
  });

  it("reports an undeclared series", () => {
    const errors = errorsAfter((r) => appendRow(r, "green,2022,,1,final,1,,undated,"));
    expect(errors).toEqual([`${obsFile}:11: unknown series "green"; nearest declared key: "red" (declared: total, red, blue)`]);
  });

  it("reports a stock row without a date and a flow row with one", () => {
    const stock = errorsAfter((r) => appendRow(r, "total,2022,,1000,final,1,,undated,", "data/datasets/stockpile/observations.csv"));
    expect(stock).toEqual(["data/datasets/stockpile/observations.csv:5: a stock observation needs its reference date in `date`"]);
    const flow = errorsAfter((r) => appendRow(r, "total,2022,2022-12-31,5,final,1,,undated,"));
    expect(flow).toEqual([`${obsFile}:11: a flow observation has no \`date\` (its period is the year)`]);
  });

  it("reports a negative count and a non-numeric value", () => {
    expect(errorsAfter((r) => appendRow(r, "total,2022,,-5,final,1,,undated,"))).toEqual([
      `${obsFile}:11: negative value -5 in a dataset that counts (set signed: true for a balance)`,
    ]);
    const sep = errorsAfter((r) => appendRow(r, 'total,2022,,"1,234",final,1,,undated,'));
    expect(sep).toHaveLength(1);
    expect(sep[0]).toMatch(new RegExp(`^${obsFile}:11: value: `));
  });

  it("reports parts that do not add up to their total beyond rounding", () => {
    const errors = errorsAfter((r) => replaceIn(r, obsFile, "blue,2023,,72,", "blue,2023,,75,"));
    // All three figures come from one table, so any of them may be wrong: all are listed.
    expect(errors).toEqual([
      `${obsFile}:5: red + blue = 175, but total = 172 in 2023 (best figures); allowed difference 1.5 (rounding). Rows: total on line 5, red on line 9, blue on line 10; one or more of them is wrong`,
    ]);
  });

  it("accepts parts that differ from the total within the published rounding", () => {
    const errors = errorsAfter((r) => {
      replaceIn(r, obsFile, "red,2023,,100,final,1,", "red,2023,,100,final,10,");
      replaceIn(r, obsFile, "blue,2023,,72,final,1,", "blue,2023,,70,final,10,");
    });
    expect(errors).toEqual([]);
  });

  it("requires every empty cell to be listed as a gap, and no filled cell to be", () => {
    const missing = errorsAfter((r) => replaceIn(r, metaFile, "years: [2021], note: { en: Not published., nl: Niet gepubliceerd. } }\n  - { series: blue", "years: [2021], note: { en: Not published., nl: Niet gepubliceerd. } }\n  - { series: total"));
    expect(missing).toContain(`${metaFile}:14: series "blue" has no figure for 2021; list the years under gaps (with what was searched) or narrow years`);
    expect(missing).toContain(`${metaFile}:19: gaps lists total 2021, but observations.csv has a figure for it (line 2); remove it from gaps`);
  });

  it("reports schema problems in metadata.yaml with their line", () => {
    const errors = errorsAfter((r) => replaceIn(r, metaFile, "measure: flow", "measure: flux"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${metaFile}:6: measure: Invalid option`));
  });

  it("reports a malformed source row with its line", () => {
    const errors = errorsAfter((r) => appendRow(r, "bad id,P,T,not-a-url,2024-13-01,2026-11-27,statisticalTable,en,,", "data/sources/test.csv"));
    expect(errors.some((e) => e.startsWith("data/sources/test.csv:6: id: expected a kebab-case id"))).toBe(true);
    expect(errors.some((e) => e.startsWith("data/sources/test.csv:6: url:"))).toBe(true);
    expect(errors.some((e) => e.startsWith("data/sources/test.csv:6: published:"))).toBe(true);
  });

  it("reports a source that names an edition data/editions.csv does not list", () => {
    const errors = errorsAfter((r) => replaceIn(r, "data/sources/test.csv", "reportEdition,en,svm2024,", "reportEdition,en,svm2019,"));
    expect(errors).toContain('data/sources: source "report-2024" names edition "svm2019", which data/editions.csv does not list');
  });

  it("validates data/claims.csv too: schema, duplicate ids and unknown sources, with their lines", () => {
    const header = "id,edition,source,statement_nl,statement_en,stated,unit,qualifier,tolerance,asOf,status,needs,note,independent,recomputed,recomputedTolerance,notPrinted";
    const errors = errorsAfter((r) =>
      writeFileSync(
        join(r, "data/claims.csv"),
        [
          header,
          "W-01,,table-final,Widgets.,Widgets.,172,count,,0,,check,,,,,,",
          "W-01,,table-final,Widgets.,Widgets.,172,count,,0,,check,,,,,,",
          "W-02,,no-such-source,Widgets.,Widgets.,172,count,,0,,check,,,,,,",
          "W-03,,table-final,Widgets.,Widgets.,many,count,,0,,check,,,,,,",
        ].join("\n"),
      ),
    );
    expect(errors[0]).toBe('data/claims.csv:3: duplicate claim id "W-01" (first on line 2)');
    expect(errors[1]).toBe('data/claims.csv:4: W-02: unknown source "no-such-source"; nearest known id: "press-rounded"; add it to a file in data/sources/ if it is new');
    expect(errors[2]).toMatch(/^data\/claims\.csv:5: W-03: stated: /);
    expect(errors).toHaveLength(3);
  });

  it("reports a CSV whose header is not the documented one", () => {
    const errors = errorsAfter((r) => replaceIn(r, obsFile, "series,year,date,value", "series,year,value,date"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/datasets\/widgets\/observations\.csv(:\d+)?: .*header must be exactly: series,year,date,value,status,precision,qualifier,source,note/);
  });
});

describe("the coverage report", () => {
  it("marks exact, rounded, provisional, other-date-only and missing cells", () => {
    const md = render(loadData(fixtureRoot)).get("docs/coverage.md")!;
    // widgets total: 2021 exact (undated table), 2022 exact, 2023 exact final; red/blue 2021 gaps
    expect(md).toContain("| `total` | E | E | E |");
    expect(md).toContain("| `red` | · | E | E |");
    // stockpile: 1 January figures in both years
    expect(md).toContain("| `total` | E | E |");
    expect(md).toContain("Cells with a figure: 9 of 11.");
  });
});

describe("render", () => {
  it("is deterministic and carries the do-not-edit banner", () => {
    const a = render(loadData(fixtureRoot));
    const b = render(loadData(fixtureRoot));
    expect([...a.entries()]).toEqual([...b.entries()]);
    for (const [path, text] of a) {
      // JSON has no comments: the prose's readable copies (src/datasets/_prose/*.json) carry no banner;
      // the packed module that ships them does, and data:check compares both with what data/ generates.
      if (path.endsWith(".json")) {
        expect(path, path).toMatch(/^src\/datasets\/_prose\/[A-Za-z]+\.json$|^package\.json$|^jsr\.json$/);
        expect(() => JSON.parse(text), path).not.toThrow();
        continue;
      }
      const banner = path.endsWith(".md") ? "<!-- generated by scripts/build-data.ts from data/ — do not edit." : "// generated by scripts/build-data.ts from data/ — do not edit.";
      expect(text.startsWith(banner), path).toBe(true);
    }
  });
});

describe("the committed datasets", () => {
  it("are exactly what data/ generates (no stale or hand-edited files)", () => {
    const loaded = loadData(repoRoot);
    expect(loaded.errors.map(formatProblem)).toEqual([]);
    const files = render(loaded);
    for (const [path, text] of files) {
      expect(existsSync(join(repoRoot, path)), `${path} is missing; run npm run data`).toBe(true);
      expect(readFileSync(join(repoRoot, path), "utf8"), `${path} is stale; run npm run data`).toBe(text);
    }
    const onDisk = [
      ...readdirSync(join(repoRoot, "src/datasets")).filter((f) => f !== "_prose" && f !== "_entries").map((f) => `src/datasets/${f}`),
      ...readdirSync(join(repoRoot, "src/datasets/_prose")).map((f) => `src/datasets/_prose/${f}`),
      ...readdirSync(join(repoRoot, "src/datasets/_entries")).map((f) => `src/datasets/_entries/${f}`),
    ];
    expect(onDisk.sort()).toEqual([...files.keys()].filter((f) => f.startsWith("src/datasets/")).sort());
  });
});
