/**
 * The command line, end to end: `node dist/cli.js …` spawned as a process (npm test builds first; for
 * a local run, `npm run build`). Figures: immigration 2022 = 403,108 (cbs-statline-37259ned-2023-08-04)
 * and 2023 = 335,668 (cbs-dossier-how-many-people-immigrate), both in data/sources/core.csv; the 2024
 * edition's 332,863, "17% minder" (rijksoverheid-svm2024-news); COA reception 25 September 2023 =
 * 57,538 (coa-capaciteit-en-bezetting-2023-09-25).
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { run as runCli } from "../src/cli/run.ts";
import { levenshtein, nearest } from "../src/cli/suggest.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli.js`;

/** The built CLI as a user runs it: a separate `node dist/cli.js` process. */
function spawnCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same commands in-process, through the pure `run(argv)` that dist/cli.js wraps (its only other
 * work is writing stdout/stderr and setting the exit code, which the process tests below cover). This
 * keeps the many option checks fast; spawning a process per case costs about a second on CI.
 */
function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCli(args);
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
});

describe("show", () => {
  it("writes CSV with the final figures of 2022 and 2023", () => {
    const r = run("show", "immigration", "--from", "2022", "--to", "2023", "--format", "csv");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("403108");
    expect(r.stdout).toContain("335668");
    const records = parse(r.stdout, { columns: true }) as { year: string; value: string; status: string }[];
    expect(records.map((x) => [x.year, x.value, x.status])).toEqual([
      ["2022", "403108", "final"],
      ["2023", "335668", "final"],
    ]);
  });

  it("writes Dutch CSV with --format csv --lang nl: ; separators, decimal commas, Dutch labels and statuses", () => {
    // AIDA's first-instance recognition rate 2023 = 80.2% (h-aida-nl-overview-2024-04-30)
    const r = run("show", "asylumGrantRate", "--series", "firstInstanceEu", "--from", "2023", "--to", "2023", "--format", "csv", "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("dataset;reeks;omschrijving;jaar;peildatum;waarde;status;precisie;kwalificatie;bron;bronUrl;uitgever");
    expect(lines[1]).toMatch(/^asylumGrantRate;firstInstanceEu;Erkenningspercentage in eerste aanleg, Europese definitie \(AIDA\);2023;;80,2;definitief;0,1;;h-aida-nl-overview-2024-04-30;/);
    expect(run("show", "immigration", "--format", "json", "--lang", "nl").code).toBe(2);
  });

  it("writes an aligned table in Dutch with --lang nl: labels, units, statuses and numbers", () => {
    const r = run("show", "immigration", "--from", "2023", "--to", "2023", "--vintages", "--lang", "nl");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    // the unit "persons" and the measure "flow" in Dutch (the words of issue #17.5)
    expect(lines[0]).toBe("Immigratie (personen; stroom)");
    expect(lines[2]).toMatch(/^reeks +omschrijving +jaar +waarde +status +bron$/);
    const svm = lines.find((l) => l.includes("rijksoverheid-svm2024-news"))!;
    const cbs = lines.find((l) => l.includes("cbs-dossier-how-many-people-immigrate"))!;
    // the series label from data/datasets/immigration/metadata.yaml (label.nl), the 2024 edition's
    // provisional 332,863 and CBS's final 335,668, with their statuses in Dutch
    expect(svm).toMatch(/^total +Totale immigratie +2023 +332\.863 +voorlopig +rijksoverheid-svm2024-news$/);
    expect(cbs).toMatch(/^total +Totale immigratie +2023 +335\.668 +definitief +cbs-dossier-how-many-people-immigrate$/);
    // aligned: the value ends, and the source starts, in the same column
    expect(svm.indexOf("332.863")).toBe(cbs.indexOf("335.668"));
    expect(svm.indexOf("rijksoverheid")).toBe(cbs.indexOf("cbs-dossier"));
    // no qualified figure here, so no legend of the marks
    expect(r.stdout).not.toContain("ongeveer");
    const en = run("show", "immigration", "--from", "2023", "--to", "2023", "--vintages");
    expect(en.stdout.split("\n")[0]).toBe("Immigration (persons; flow)");
    expect(en.stdout).toMatch(/332,863 +provisional +rijksoverheid-svm2024-news/);
  });

  it("prints the statuses estimated and break, and the other units, in Dutch", () => {
    // UN DESA's 152,986,157 international migrants in 1990, an estimate (International Migrant Stock 2020
    // table, n-undesa-ims2020-destination-stepladder)
    expect(run("show", "internationalMigrants", "--from", "1990", "--to", "1990", "--lang", "nl").stdout).toMatch(
      /\nworld +Wereld +1990 +1990-07-01 +152\.986\.157 +geschat +n-undesa-ims2020-destination-stepladder\n/,
    );
    // UNHCR's 79.5 million forcibly displaced at the end of 2019, the first total with the Venezuelans
    // displaced abroad: a break (unhcr-globaltrends2019-webarchive)
    const unhcr = run("show", "globalDisplacement", "--series", "total", "--from", "2019", "--to", "2019", "--lang", "nl").stdout;
    expect(unhcr).toMatch(/^Gedwongen ontheemden wereldwijd \(personen; stand\)\n/);
    expect(unhcr).toMatch(/\ntotal +Gedwongen ontheemden, totaal +2019 +2019-12-31 +79\.500\.000 +trendbreuk +unhcr-globaltrends2019-webarchive\n/);
    expect(unhcr).not.toMatch(/ (persons|final|break|stock) /);
    // the IND's grant rate of 54 percent in 2016 (h-ind-jaarverslag-2017)
    expect(run("show", "asylumGrantRate", "--series", "allApplications", "--from", "2016", "--to", "2016", "--lang", "nl").stdout).toMatch(
      /^Inwilligingspercentage asiel \(procent; stroom\)\n[^]*\nallApplications +Inwilligingspercentage eerste, tweede en volgende aanvragen \(IND\) +2016 +54 +definitief +h-ind-jaarverslag-2017\n/,
    );
    const list = run("list", "--lang", "nl").stdout.split("\n");
    const unitOf = (id: string): string | undefined => list.find((l) => l.startsWith(`${id} `))?.split(/ {2,}/)[2];
    expect([unitOf("asylumApplications"), unitOf("asylumDecisions"), unitOf("asylumGrantRate"), unitOf("immigration")]).toEqual(["aanvragen", "beslissingen", "procent", "personen"]);
  });

  it("prints the legend of the qualifier marks only when a figure has one", () => {
    // asylum inflow 2024: about 45,640 (tweedekamer-2025d08674-rajkowski-cijfers-asiel)
    const r = run("show", "asylumApplications", "--series", "total", "--from", "2024", "--to", "2024", "--lang", "nl");
    expect(r.stdout).toMatch(/ ~45\.640 +definitief /);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("~ ongeveer  > ruim  < bijna");
  });

  it("reads a vintage with --as-of and writes JSON", () => {
    const r = run("show", "immigration", "--from", "2023", "--to", "2023", "--as-of", "svm2024", "--format", "json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { dataset: string; rows: { value: number; status: string }[] };
    expect(doc.dataset).toBe("immigration");
    expect(doc.rows.map((x) => [x.value, x.status])).toEqual([[332863, "provisional"]]);
  });

  it("shows a stock's reference dates", () => {
    const r = run("show", "receptionOccupancy", "--series", "total", "--from", "2023", "--to", "2023");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\ntotal +People in COA reception +2023 +2023-09-25 +57,538 +final +coa-capaciteit-en-bezetting-2023-09-25\n/);
  });

  it("suggests the nearest dataset and exits 2", () => {
    const r = run("show", "imigration");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown dataset "imigration"');
    expect(r.stderr).toContain("immigration");
  });

  it("suggests the nearest series and exits 2", () => {
    const r = run("show", "asylumApplications", "--series", "frist");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown series "frist" for asylumApplications; did you mean first?');
  });

  it("exits 2 for bad options", () => {
    for (const args of [
      ["show", "immigration", "--format", "xml"],
      ["show", "immigration", "--bogus"],
      ["show", "immigration", "--from", "2000"],
      ["show", "immigration", "--from", "twenty"],
      ["show", "immigration", "--as-of", "2024-13-01"],
      ["show"],
      ["show", "immigration", "--series"],
    ]) {
      const r = run(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/^staat-van-migratie: /);
      expect(r.stdout).toBe("");
      if (args.includes("xml")) expect(r.stderr).toContain("--format must be table, csv or json");
    }
  });
});

describe("list", () => {
  it("lists every dataset with unit, flow/stock, years and coverage", () => {
    const r = run("list");
    expect(r.code).toBe(0);
    const line = r.stdout.split("\n").find((l) => l.startsWith("immigration "))!;
    // immigration: one series, 2010–2025 (2025 provisional: n-cbs-statline-85484ned-2025p), a figure in every year
    expect(line).toMatch(/^immigration +Immigration +persons +flow +2010–2025 +16\/16$/);
    expect(r.stdout).toMatch(/\nreceptionOccupancy +.*stock/);
  });

  it("speaks Dutch with --lang nl", () => {
    const r = run("list", "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").find((l) => l.startsWith("immigration "))).toMatch(/Immigratie +personen +stroom/);
  });
});

describe("summary", () => {
  it("prints the 2024 edition's statement", () => {
    const r = run("summary", "2023", "--lang", "nl", "--as-of", "2024-06-14");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("332.863");
    expect(r.stdout).toContain("17% minder");
    expect(r.stdout).toContain("voorlopig");
  });

  it("prints today's figures of the latest year by default, and JSON on request", () => {
    const r = run("summary");
    expect(r.code).toBe(0);
    // 2025: 306,549 (CBS provisional, n-cbs-statline-85484ned-2025p), compared with 2024: 316,305 (CBS final,
    // cbs-statline-37259eng-2024-final)
    expect(r.stdout).toMatch(/^State of Migration — 2025 \(latest figures\)/);
    expect(r.stdout).toContain("306,549");
    expect(r.stdout).toContain("316,305");
    const doc = JSON.parse(run("summary", "2023", "--format", "json").stdout) as { year: number; sections: { items: { id: string; value: number }[] }[] };
    expect(doc.year).toBe(2023);
    expect(doc.sections[0]?.items.find((i) => i.id === "immigration")?.value).toBe(335668);
  });

  it("exits 2 for a bad year, language or date", () => {
    const bad = run("summary", "1999");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("staat-van-migratie: summary: the year 1999 is outside 2010 to 2025\n");
    expect(run("summary", "--lang", "de").stderr).toContain('--lang must be en or nl, got "de"');
    expect(run("summary", "--as-of", "svm2030").code).toBe(2);
  });
});

describe("cite", () => {
  it("cites a dataset as text and CSL-JSON", () => {
    const r = run("cite", "immigration", "--lang", "nl");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Bron: CBS, Immigratie 2010–2025; samengesteld met staat-van-migratie/);
    const csl = JSON.parse(run("cite", "immigration", "--style", "csl").stdout) as { type: string; publisher?: string }[];
    expect(csl.map((c) => c.type)).toEqual(["dataset", "software"]);
    expect(csl[0]?.publisher).toBe("CBS");
    expect(run("cite", "imigraton").code).toBe(2);
  });
});

describe("help and unknown commands", () => {
  it("prints help at the top level and for every command, exit 0", () => {
    for (const args of [["--help"], ["-h"], ["help"], ["summary", "--help"], ["list", "-h"], ["show", "--help"], ["cite", "--help"], ["help", "show"]]) {
      const r = run(...args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout, args.join(" ")).toMatch(/Usage/);
    }
    expect(run("show", "--help").stdout).toContain("--vintages");
    expect(run("show", "asylumApplications", "--help").stdout).toContain("Series of asylumApplications: total, first, followUp, familyReunification");
  });

  it("prints usage on stderr with exit 2 without a command", () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage");
  });

  it("suggests the nearest command and exits 2", () => {
    const r = run("summry");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "summry"; did you mean summary?');
    expect(run("frobnicate").stderr).not.toContain("did you mean");
  });
});

describe("nearest match", () => {
  it("is Levenshtein, case-insensitive, ties by common prefix", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(nearest("IMMIGRATION", ["emigration", "immigration"])).toEqual(["immigration"]);
    expect(nearest("imigration", ["emigration", "immigration"])).toEqual(["immigration", "emigration"]);
    expect(nearest("xyz", ["immigration"])).toEqual([]);
  });
});

describe("as a process (node dist/cli.js)", () => {
  it("writes CSV on stdout with exit code 0", () => {
    const r = spawnCli("show", "immigration", "--from", "2022", "--to", "2023", "--format", "csv");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    // cbs-statline-37259ned-2023-08-04 (2022) and cbs-dossier-how-many-people-immigrate (2023)
    expect(r.stdout).toContain("403108");
    expect(r.stdout).toContain("335668");
  });

  it("prints the 2024 edition's statement in Dutch (rijksoverheid-svm2024-news)", () => {
    const r = spawnCli("summary", "2023", "--lang", "nl", "--as-of", "2024-06-14");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("332.863");
    expect(r.stdout).toContain("17% minder");
  });

  it("writes a suggestion on stderr and exits 2 for an unknown dataset", () => {
    const r = spawnCli("show", "imigration");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("immigration");
  });

  it("prints help with exit 0, and usage on stderr with exit 2 without a command", () => {
    expect(spawnCli("--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage") });
    const r = spawnCli();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage");
  });

  it("exits 1 with the reason on stderr for an empty selection", () => {
    const r = spawnCli("show", "asylumPermitsGranted", "--from", "2021", "--to", "2021");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^staat-van-migratie: show: no figures for asylumPermitsGranted in 2021: no source was found; [^\n]*\n$/);
  });
});

/** The built CLI with stdout (and stderr) on the given file descriptors. */
function spawnCliOn(stdout: number | "pipe", stderr: number | "pipe", ...args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root, stdio: ["ignore", stdout, stderr] });
  return { code: r.status, stderr: r.stderr ?? "" };
}

/** One line on stderr, no stack trace. */
const ONE_LINE = /^staat-van-migratie: cannot write the output: [^\n]+\n$/;

describe("output errors (EPIPE, ENOSPC, EBADF): one line on stderr, exit 1, no stack trace", () => {
  it("when piped into `head` that stops reading (EPIPE)", () => {
    // head -n 0 exits without reading, before node has started, so every write meets a closed pipe.
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${cli}" list | head -n 0; echo "exit=\${PIPESTATUS[0]}"`], { encoding: "utf8", cwd: root });
    expect(r.stdout).toBe("exit=1\n");
    expect(r.stderr).toBe("staat-van-migratie: cannot write the output: the reader closed the pipe (EPIPE)\n");
  });

  it("when the reader closes the pipe while the output is written (EPIPE, `| head -1`)", async () => {
    const child = spawn(process.execPath, [cli, "show", "immigration", "--vintages", "--format", "csv"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    // read the first line, then close the pipe, as head -1 does
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    // the output fits the pipe's buffer when node writes it before the pipe closes: then nothing failed
    expect([0, 1]).toContain(code);
    if (code === 1) expect(err).toMatch(ONE_LINE);
    else expect(err).toBe("");
  });

  it.runIf(existsSync("/dev/full"))("on a full disk (ENOSPC, /dev/full)", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnCliOn(full, "pipe", "list");
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("staat-van-migratie: cannot write the output: no space left on the device (ENOSPC)\n");
    } finally {
      closeSync(full);
    }
  });

  it("when stdout is not open for writing (EBADF)", () => {
    const readOnly = openSync("/dev/null", "r");
    try {
      const r = spawnCliOn(readOnly, "pipe", "show", "immigration", "--format", "csv");
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(ONE_LINE);
      expect(r.stderr).toContain("(EBADF)");
    } finally {
      closeSync(readOnly);
    }
  });

  it.runIf(existsSync("/dev/full"))("keeps the exit code of a mistake when stderr cannot be written either", () => {
    const full = openSync("/dev/full", "w");
    try {
      expect(spawnCliOn("pipe", full, "show", "imigration").code).toBe(2);
      expect(spawnCliOn(full, full, "list").code).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});
