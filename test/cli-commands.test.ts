/**
 * The command table and the vintage rule's one wording (issue 18, item 6).
 *
 * - Every command is reachable through the dispatcher, has its own `--help`, is listed in the top
 *   help and is suggested for a typo. The six names are written here, not read from the table, so a
 *   command dropped from (or added to) the table fails the test.
 * - The vintage rule of src/_lib/vintageRule.ts appears, each step verbatim and in order, in the help
 *   of `show` and in docs/vintages.md between its markers (scripts/build-docs.ts writes it there).
 *   The help wraps long lines, so there runs of whitespace are read as one space.
 *
 * Run in-process through the pure `run(argv)`. Datasets and editions: immigration (data/datasets/
 * immigration/metadata.yaml), svm2024 (data/editions.yaml).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { VINTAGE_RULE } from "../src/_lib/vintageRule.ts";
import { run } from "../src/cli/run.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const BIN = "staat-van-migratie";

/** The commands, in the order of the top help. */
const NAMES = ["summary", "list", "show", "cite", "compare", "help"] as const;

/** Runs of whitespace, line breaks included, as one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("the command table", () => {
  it("lists exactly the six commands, in order, in the top help", () => {
    const top = run(["--help"]).stdout;
    const section = /\nCommands:\n((?: {2}\S.*\n)+)\n/.exec(top);
    expect(section, top).not.toBeNull();
    const names = section![1]!.trimEnd().split("\n").map((line) => line.trim().split(" ")[0]);
    expect(names).toEqual([...NAMES]);
    // each with its one-line description starting in the same column
    const columns = section![1]!.trimEnd().split("\n").map((line) => /^ {2}\S+(?: \S+)? +/.exec(line)![0].length);
    expect(new Set(columns).size).toBe(1);
  });

  it.each(NAMES)("reaches %s through the dispatcher, with its own --help", (name) => {
    const own = run([name, "--help"]);
    expect(own.code).toBe(0);
    expect(own.stderr).toBe("");
    // help's help is the top help; every other command's starts with its usage line
    expect(own.stdout).toMatch(name === "help" ? /^staat-van-migratie — [^]*\nUsage:\n {2}staat-van-migratie <command>/ : new RegExp(`^Usage: ${BIN} ${name}[ \\n]`));
    expect(run(["help", name])).toEqual(own);
    expect(run(["--help", name])).toEqual(own);
  });

  it("runs each command's work, not only its help", () => {
    const work: Record<(typeof NAMES)[number], readonly string[]> = {
      summary: ["summary", "2023"],
      list: ["list", "--format", "json"],
      show: ["show", "immigration", "--from", "2023", "--to", "2023", "--format", "csv"],
      cite: ["cite", "immigration", "--style", "csl"],
      compare: ["compare", "svm2024", "--format", "json"],
      help: ["help"],
    };
    const out = Object.fromEntries(NAMES.map((n) => [n, run(work[n])]));
    for (const n of NAMES) expect(out[n]!.code, n).toBe(0);
    // immigration 2023 = 335,668, final (cbs-dossier-how-many-people-immigrate)
    expect(out.show!.stdout).toContain(",2023,,335668,final,");
    expect((JSON.parse(out.list!.stdout) as { id: string }[]).map((d) => d.id)).toContain("immigration");
    expect((JSON.parse(out.cite!.stdout) as { type: string }[]).map((c) => c.type)).toEqual(["dataset", "software"]);
    expect((JSON.parse(out.compare!.stdout) as { dataset: string }[]).length).toBeGreaterThan(0);
    expect(out.summary!.stdout).toMatch(/2023/);
    expect(out.help!.stdout).toContain("Commands:");
  });

  it("suggests each command for a typo; messages name all but help", () => {
    const typos: Record<(typeof NAMES)[number], string> = { summary: "summry", list: "lst", show: "shw", cite: "cte", compare: "compar", help: "hlp" };
    for (const name of NAMES) {
      const r = run([typos[name]]);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toBe(`${BIN}: unknown command "${typos[name]}"; did you mean ${name}? (commands: summary, list, show, cite or compare; see --help)\n`);
    }
    expect(run([]).stderr).toBe(`${BIN}: name a command: summary, list, show, cite or compare. Usage: ${BIN} <command> [options]; ${BIN} --help for more\n`);
    expect(run(["help", "bogus"]).stderr).toBe(`${BIN}: help: unknown command "bogus" (commands: summary, list, show, cite or compare)\n`);
  });

  it("refuses each command's options elsewhere, naming the command that takes them", () => {
    // --style only cite takes; --vintages only show; --series only show
    expect(run(["list", "--style", "csl"]).stderr).toMatch(/^staat-van-migratie: list: --style does not apply to list \(it is an option of cite\)/);
    expect(run(["compare", "svm2024", "--vintages"]).stderr).toMatch(/^staat-van-migratie: compare: --vintages does not apply to compare \(it is an option of show\)/);
    expect(run(["--series", "total", "show", "immigration"]).stderr).toMatch(/e\.g\. `staat-van-migratie show --series total immigration`/);
  });
});

describe("the vintage rule, worded once", () => {
  const { summary, cutOff, steps, edition } = VINTAGE_RULE;

  it("has the four steps of the rule, in order (issue 18: status, rounding unit, newest, publisher's own source)", () => {
    expect(steps).toHaveLength(4);
    expect(steps[0]!.en).toContain("final and break before provisional before estimated");
    expect(steps[1]!.en).toMatch(/finest rounding unit[^]*exact before "336 thousand"/);
    expect(steps[2]!.en).toContain("newest");
    expect(steps[3]!.en).toMatch(/publisher's own source[^]*before a second-hand copy/);
    expect(edition.en).toContain("only the figures that edition printed");
    for (const part of [summary, cutOff, ...steps, edition]) expect(part.en).not.toMatch(/\n/);
  });

  it("is printed by show --help: each step verbatim, numbered, in order", () => {
    const help = flat(run(["show", "--help"]).stdout);
    expect(help).toContain(flat(summary.en));
    expect(help).toContain(flat(cutOff.en));
    expect(help).toContain(flat(edition.en));
    let at = -1;
    steps.forEach((step, i) => {
      const next = help.indexOf(`${i + 1}. ${step.en}`);
      expect(next, step.en).toBeGreaterThan(at);
      at = next;
    });
    // the old, shorter wording is gone
    expect(help).not.toContain("final before provisional, the finer precision, then the newest");
  });

  it("is written into docs/vintages.md between its markers: each step verbatim on its own numbered line", () => {
    const doc = readFileSync(`${root}docs/vintages.md`, "utf8");
    const block = /<!-- vintage-rule:start -->\n([^]*?)\n<!-- vintage-rule:end -->/.exec(doc);
    expect(block).not.toBeNull();
    const lines = block![1]!.split("\n");
    expect(lines).toContain(summary.en);
    expect(lines).toContain(cutOff.en);
    expect(lines).toContain(edition.en);
    expect(lines.filter((l) => /^\d+\. /.test(l))).toEqual(steps.map((s, i) => `${i + 1}. ${s.en}`));
  });
});
