/**
 * The report's published statements as checks: every row of data/claims.csv is recomputed through
 * the public API (computations in scripts/claims.ts).
 *
 * - `check` rows must reproduce within their tolerance; a row marked `independent: no` must fail to
 *   reproduce once the figures of its own page are left out, and every other check must still
 *   reproduce without them (so "reproduces" never means "the dataset holds the page's own figure");
 * - `differs` rows must really differ, and give the value the data gives (`recomputed`, the number
 *   their note states) within its rounding; so must `above`/`below` checks, which would otherwise
 *   test only a direction;
 * - percentages in a plain or "about" statement carry the tolerance of their rounding: ±0.5 point
 *   for a whole percent ("17%"), ±0.05 point for one decimal ("59.6%");
 * - `pending` rows must name data that does not exist yet (this fails once it does: upgrade the row);
 * - `unverified` rows (statement not found again at its source) say so in their note;
 * - every claim of an edition is also read as printed (its computation with `edition` instead of
 *   `asOf`): where the edition printed every cell it reads (an observation of the cell cites a source
 *   of that edition, found here by scanning the observations), it must reproduce the stated number (a
 *   `differs` row: or give its `recomputed` value); where it did not, the reading is "not printed" and
 *   the row's `notPrinted` column names exactly those cells. docs/claims.md shows the readings side
 *   by side, and both where one reproduces and the other does not.
 *
 * The stated numbers in data/claims.csv are the figures as published on the page in each row's
 * `source` column (data/sources/*.csv), e.g. SVM2024-01a/b from rijksoverheid-svm2024-news.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agrees, cellsRead, computations, evaluate, evaluateAsPrinted, evaluateToday, evaluateWithout, loadClaims, missingNeeds, readings, renderClaimsDoc } from "../scripts/claims.ts";
import type { CellRead, LoadedClaim } from "../scripts/claims.ts";
import { formatNumber, formatPercent } from "../src/index.ts";

const { claims, errors } = loadClaims();

describe("data/claims.csv", () => {
  it("is valid (errors give file:line)", () => {
    expect(errors.map((e) => `${e.file}:${e.line ?? "?"}: ${e.message}`)).toEqual([]);
    expect(claims.length).toBeGreaterThan(100);
  });

  it("has a computation for every claim that is not pending, and none for unknown ids", () => {
    const ids = new Set(claims.map((c) => c.id));
    const missing = claims.filter((c) => (c.status === "check" || c.status === "differs") && computations[c.id] === undefined).map((c) => `${c.id} (line ${c.line})`);
    expect(missing).toEqual([]);
    expect(Object.keys(computations).filter((id) => !ids.has(id))).toEqual([]);
    const pendingWithComputation = claims.filter((c) => c.status === "pending" && computations[c.id] !== undefined).map((c) => c.id);
    expect(pendingWithComputation).toEqual([]);
  });

  it("carries the seed statement of the 2024 edition as checks", () => {
    // rijksoverheid-svm2024-news: "Dat waren vorig jaar 332.863 mensen, 17% minder dan in 2022."
    const seed = claims.filter((c) => c.id === "SVM2024-01a" || c.id === "SVM2024-01b");
    expect(seed.map((c) => [c.id, c.stated, c.status])).toEqual([
      ["SVM2024-01a", 332863, "check"],
      ["SVM2024-01b", -0.17, "check"],
    ]);
  });

  it("docs/claims.md is up to date (npm run claims:doc)", () => {
    expect(readFileSync(new URL("../docs/claims.md", import.meta.url), "utf8")).toBe(renderClaimsDoc(claims));
  });
});

/** The value the data gives, as the row's note states it, within its rounding. */
function expectRecomputed(claim: LoadedClaim, value: number | undefined): void {
  expect(claim.recomputed, `${claim.id}: state the value the data gives in recomputed`).toBeDefined();
  expect(value, `${claim.id}: no value`).toBeDefined();
  const off = Math.abs(value! - claim.recomputed!);
  expect(off <= claim.recomputedTolerance! + 1e-9 * Math.max(1, Math.abs(claim.recomputed!)), `${claim.id}: recomputed ${value}, the note says ${claim.recomputed} ± ${claim.recomputedTolerance}`).toBe(true);
}

describe.each(claims.filter((c) => c.status === "check"))("check $id (data/claims.csv:$line)", (claim) => {
  it("reproduces within its tolerance", () => {
    const ev = evaluate(claim);
    expect(ev.error, `${claim.id}: ${ev.error}`).toBeUndefined();
    expect(ev.reproduces, `${claim.id}: stated ${claim.stated} (${claim.qualifier ?? "±"}${claim.tolerance}), recomputed ${ev.value}`).toBe(true);
    if (claim.qualifier === "above" || claim.qualifier === "below") expectRecomputed(claim, ev.value);
  });

  it(claim.independent === "no" ? "does not reproduce without its own page (marked independent: no)" : "reproduces without the figures of its own page", () => {
    const without = evaluateWithout(claim, claim.source!);
    const hint = `${claim.id} without ${claim.source}: ${without.value ?? without.error}`;
    expect(without.reproduces, hint).toBe(claim.independent !== "no");
  });
});

describe.each(claims.filter((c) => c.status === "differs"))("differs $id (data/claims.csv:$line)", (claim) => {
  it("is recomputed, really differs, and gives the value its note states", () => {
    const ev = evaluate(claim);
    expect(ev.error, `${claim.id}: ${ev.error}`).toBeUndefined();
    expect(ev.reproduces, `${claim.id} reproduces now (recomputed ${ev.value}): make it a check and drop the note`).toBe(false);
    expectRecomputed(claim, ev.value);
  });
});

describe("tolerances", () => {
  it("of a stated percentage are half its last digit: ±0.5 point for 17%, ±0.05 point for 59.6%", () => {
    const wrong = claims
      .filter((c) => c.unit === "fraction" && (c.qualifier === undefined || c.qualifier === "about"))
      .filter((c) => /\d\s*(%|percent)/.test(c.statement_en))
      .filter((c) => {
        const decimals = Math.max(2, (String(c.stated).split(".")[1] ?? "").length); // 0.17 → 2, 0.596 → 3
        return Math.abs(c.tolerance - 0.5 * 10 ** -decimals) > 1e-12;
      })
      .map((c) => `${c.id}: ${c.stated} ± ${c.tolerance}`);
    expect(wrong).toEqual([]);
  });

  it("counts a claim that matches only its own page as not reproduced in docs/claims.md", () => {
    const own = claims.filter((c) => c.status === "check" && c.independent === "no");
    expect(own.map((c) => c.id)).toContain("RVK2019-02a");
    const doc = renderClaimsDoc(claims);
    const checks = claims.filter((c) => c.status === "check").length;
    expect(doc).toContain(`${checks - own.length} reproduce, ${own.length} match their own page only`);
  });
});

describe.each(claims.filter((c) => c.status === "pending"))("pending $id (data/claims.csv:$line)", (claim) => {
  it("needs data that does not exist yet", () => {
    expect(missingNeeds(claim.needs!), `${claim.id}: ${claim.needs} exists now — add a computation and make it a check`).not.toEqual([]);
  });
});

describe.each(claims.filter((c) => c.status === "unverified"))("unverified $id (data/claims.csv:$line)", (claim) => {
  it("says that its statement was not re-checked", () => {
    expect(claim.note).toMatch(/^Not re-checked/);
  });
});

/** The key of one cell: `dataset|series|year` or `dataset|series|date`. */
const key = (dataset: string, series: string, at: number | string): string => `${dataset}|${series}|${at}`;

/** The cells a `notPrinted` column names, one key each (`immigration.total@2013-2015` is three). */
function namedCells(column: string | undefined): string[] {
  if (column === undefined) return [];
  return column.split(";").flatMap((n) => {
    const m = /^([A-Za-z0-9]+)\.([A-Za-z0-9]+)@(\d{4}-\d{2}-\d{2}|\d{4}(?:-\d{4})?)$/.exec(n.trim());
    if (m === null) throw new Error(`not a cell: ${n}`);
    const [, ds, series, at] = m as unknown as [string, string, string, string];
    if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return [key(ds, series, at)];
    const [from, to] = at.split("-").map(Number) as [number, number?];
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => key(ds, series, from + i));
  });
}

/** Whether an observation of the cell cites a source of the edition (scanned directly, not through the query functions). */
function printedInData(c: CellRead, edition: string): boolean {
  const d = c.dataset;
  return d.observations.some((o) => {
    if (o.series !== c.series || d.sources[o.source]?.edition !== edition) return false;
    if (c.date !== undefined) return o.date === c.date;
    return d.measure === "flow" ? o.year === c.year : o.date === `${c.year}-${d.referenceDate}`;
  });
}

const cellKey = (c: CellRead): string => key(c.dataset.id, c.series, c.date ?? c.year!);
const editionClaims = claims.filter((c) => c.edition !== undefined && computations[c.id] !== undefined);

describe("claims of an edition, read as printed", () => {
  it("are the recomputed claims of the five editions (31 rows)", () => {
    expect(editionClaims.length).toBe(31);
    expect(new Set(editionClaims.map((c) => c.edition))).toEqual(new Set(["svm2021", "svm2022", "svm2023", "svm2024", "svm2025"]));
  });

  it("name no unprinted cells where there is no computation to read", () => {
    expect(claims.filter((c) => computations[c.id] === undefined && c.notPrinted !== undefined).map((c) => c.id)).toEqual([]);
  });

  it("read the cells the computation queries: SVM2024-01b reads immigration 2022 and 2023", () => {
    // −17% is the change 2022→2023 of immigration (rijksoverheid-svm2024-news: "17% minder dan in 2022").
    const c = claims.find((x) => x.id === "SVM2024-01b")!;
    expect(cellsRead(c).map(cellKey)).toEqual(["immigration|total|2022", "immigration|total|2023"]);
  });

  it("throw a RangeError for a claim of no edition", () => {
    const c = claims.find((x) => x.id === "CBS-2022-01a")!;
    expect(() => evaluateAsPrinted(c)).toThrow(RangeError);
  });
});

describe.each(editionClaims)("as printed $id ($edition, data/claims.csv:$line)", (claim) => {
  const missing = cellsRead(claim).filter((c) => !printedInData(c, claim.edition!));

  it("notPrinted names exactly the cells the edition did not print", () => {
    expect(cellsRead(claim).length, `${claim.id} reads no cell`).toBeGreaterThan(0);
    expect(namedCells(claim.notPrinted).sort(), `${claim.id}: the edition did not print ${missing.map(cellKey).join(", ") || "nothing it reads"}`).toEqual(missing.map(cellKey).sort());
  });

  if (missing.length > 0) {
    it(`is "not printed", naming the cell (${missing.map(cellKey)[0]})`, () => {
      const ev = evaluateAsPrinted(claim);
      expect(ev.value).toBeUndefined();
      const first = missing[0]!;
      const what = first.date === undefined ? `${first.dataset.id} "${first.series}" ${first.year}` : `${first.dataset.id} "${first.series}" on ${first.date}`;
      expect(ev.error).toContain(`${claim.edition} did not print ${what}`);
      expect(ev.notPrinted.join(";")).toBe(claim.notPrinted);
    });
  } else {
    it(claim.status === "differs" ? "reproduces the stated figure from the edition's own figures, or gives its recomputed value" : "reproduces the stated figure from the edition's own figures", () => {
      const ev = evaluateAsPrinted(claim);
      expect(ev.error, `${claim.id}: ${ev.error}`).toBeUndefined();
      expect(ev.notPrinted).toEqual([]);
      if (claim.status === "check") expect(ev.reproduces, `${claim.id}: stated ${claim.stated}, as printed ${ev.value}`).toBe(true);
      if (claim.status === "differs" && !ev.reproduces) expectRecomputed(claim, ev.value);
    });
  }
});

describe("as printed, as known then and today", () => {
  const byId = (id: string): LoadedClaim => claims.find((c) => c.id === id)!;

  it("SVM2024-01a: the edition's 332,863 as printed and then, CBS final 335,668 today (provisional → final)", () => {
    // rijksoverheid-svm2024-news: 332,863; cbs-dossier-how-many-people-immigrate: 335,668 (final).
    const r = readings(byId("SVM2024-01a"));
    expect([r.printed?.value, r.then.value, r.today.value]).toEqual([332863, 332863, 335668]);
    expect([r.printed?.reproduces, r.then.reproduces, r.today.reproduces]).toEqual([true, true, false]);
    expect(r.reasons).toContain("`immigration.total@2023` 332,863 → 335,668: provisional → final");
  });

  it("SVM2024-01b: not printed (svm2024 printed no 2022 figure), −17% reproduces then and today", () => {
    // The edition's news item (rijksoverheid-svm2024-news) states 332,863 for 2023 and no 2022 figure.
    const r = readings(byId("SVM2024-01b"));
    expect(r.printed?.notPrinted).toEqual(["immigration.total@2022"]);
    expect(r.printed?.error).toContain('svm2024 did not print immigration "total" 2022');
    // Independently: 332,863 / 403,108 − 1 then (403,108: rijksoverheid-svm2023-news), 335,668 / 403,108 − 1 today.
    expect(r.then.value).toBeCloseTo(332863 / 403108 - 1, 12);
    expect(r.today.value).toBeCloseTo(335668 / 403108 - 1, 12);
    expect(r.reasons[0]).toBe("the edition did not print `immigration.total@2022`");
  });

  it("SVM2024-10b: the blog's 191,000 reproduces as printed; CBS final 198,302 does not", () => {
    // k-manners-svm2024 (quoting the 2024 edition): 191,000; cbs-dossier-how-many-people-immigrate: 198,302.
    const c = byId("SVM2024-10b");
    expect(evaluateAsPrinted(c)).toMatchObject({ value: 191000, reproduces: true });
    expect(evaluateToday(c)).toMatchObject({ value: 198302, reproduces: false });
  });

  it("SVM2025-01a: 314,000 as printed, 316,000 known on the edition's day, 316,305 final", () => {
    // rijksoverheid-svm2025-news: 314,000; cbs-news-2025-26-motives-fd: 316 thousand; cbs-statline-37259eng-2024-final: 316,305.
    const r = readings(byId("SVM2025-01a"));
    expect([r.printed?.value, r.then.value, r.today.value]).toEqual([314000, 316000, 316305]);
    expect(r.reasons).toContain("`immigration.total@2024` 314,000 → 316,000 → 316,305: provisional → final, rounded");
  });

  it("SVM2023-09b: as printed 129,000 of 403,108, the value its note states", () => {
    // nhnieuws-svm2023-fd: 129,000 EU/EFTA; rijksoverheid-svm2023-news: 403,108.
    expect(evaluateAsPrinted(byId("SVM2023-09b")).value).toBeCloseTo(129000 / 403108, 12);
  });

  it("docs/claims.md shows both readings where one reproduces and the other does not", () => {
    const doc = renderClaimsDoc(claims).split("\n");
    const split = editionClaims.filter((c) => evaluateAsPrinted(c).reproduces !== evaluateToday(c).reproduces);
    expect(split.map((c) => c.id)).toEqual(expect.arrayContaining(["SVM2024-01a", "SVM2024-01b", "SVM2024-10b", "SVM2025-01a"]));
    const show = (c: LoadedClaim, x: number): string => (c.unit === "fraction" ? formatPercent(x, { digits: 1 }) : formatNumber(x));
    for (const c of split) {
      const row = doc.find((l) => l.startsWith(`| ${c.id} |`));
      expect(row, c.id).toBeDefined();
      const cols = row!.split(" | ");
      const printed = evaluateAsPrinted(c);
      const today = evaluateToday(c);
      // columns: id, statement, stated, as printed, as known then, today, verdict, why, source
      expect(cols[3], c.id).toBe(printed.value === undefined ? `not printed: ${printed.notPrinted.map((n) => `\`${n}\``).join(", ")}` : `${show(c, printed.value)} ${printed.reproduces ? "✓" : "✗"}`);
      expect(cols[5], c.id).toBe(`${show(c, today.value!)} ${today.reproduces ? "✓" : "✗"}`);
      expect(cols[7], `${c.id}: say why the readings differ`).not.toBe("—");
    }
  });
});

describe("agrees", () => {
  // The hedges as the data format defines them: "ruim 108 duizend" (atLeast), "bijna 224 duizend" (atMost).
  it("reads atLeast as from the stated number up to the tolerance above it", () => {
    expect(agrees({ stated: 108000, qualifier: "atLeast", tolerance: 1000 }, 108500)).toBe(true);
    expect(agrees({ stated: 108000, qualifier: "atLeast", tolerance: 1000 }, 107900)).toBe(false);
  });
  it("reads atMost as from the tolerance below up to the stated number", () => {
    expect(agrees({ stated: 224000, qualifier: "atMost", tolerance: 1000 }, 223798)).toBe(true);
    expect(agrees({ stated: 108000, qualifier: "atMost", tolerance: 1000 }, 108500)).toBe(false);
  });
  it("reads a plain number as within the tolerance either side, and above/below strictly", () => {
    expect(agrees({ stated: -0.17, tolerance: 0.005 }, -0.1743)).toBe(true);
    expect(agrees({ stated: 0.61, tolerance: 0.005 }, 0.5963)).toBe(false);
    expect(agrees({ stated: 0, qualifier: "below", tolerance: 0 }, 0)).toBe(false);
  });
});

describe("missingNeeds", () => {
  it("finds datasets, series and cells that do not exist", () => {
    expect(missingNeeds("noSuchDataset")).toEqual(["noSuchDataset"]);
    expect(missingNeeds("immigration.total@2010-2024")).toEqual([]);
    expect(missingNeeds("immigration.total@2009")).toEqual(["immigration.total@2009"]);
    expect(missingNeeds("globalDisplacement.total@2022-12-31;knowledgeMigrants.total@2021")).toEqual(["knowledgeMigrants.total@2021"]);
  });
});

describe("loadClaims", () => {
  it("reports an invalid row with its file and line", () => {
    const root = mkdtempSync(join(tmpdir(), "claims-"));
    mkdirSync(join(root, "data", "sources"), { recursive: true });
    writeFileSync(join(root, "data", "sources", "s.csv"), "id,publisher,title,url,published,accessed,kind,language,edition,note\nsrc-a,X,T,https://x.invalid,,2026-11-27,other,nl,,\n");
    writeFileSync(
      join(root, "data", "claims.csv"),
      [
        "id,edition,source,statement_nl,statement_en,stated,unit,qualifier,tolerance,asOf,status,needs,note,independent,recomputed,recomputedTolerance,notPrinted",
        "A-01,,src-a,nl,en,1,count,,0,,check,,,,,,",
        "A-02,,src-b,nl,en,1,count,,0,,pending,,,,,,",
        "A-03,,src-a,nl,en,1,count,,0,,differs,,why,,,,",
        "A-04,,src-a,nl,en,1,count,,0,,check,,,,,,immigration.total@2022",
        "A-05,svm2024,src-a,nl,en,1,count,,0,,check,,,,,,immigration.total",
      ].join("\n"),
    );
    const { errors: errs } = loadClaims(root);
    expect(errs.map((e) => `${e.file}:${e.line}`)).toContain("data/claims.csv:3");
    expect(errs.map((e) => e.message).join("\n")).toMatch(/pending claim names the data it needs/);
    expect(errs.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n")).toMatch(/claims\.csv:4: A-03: .*recomputed/);
    expect(errs.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n")).toMatch(/claims\.csv:5: A-04: .*only a claim of an edition is read as printed/);
    expect(errs.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n")).toMatch(/claims\.csv:6: A-05: .*"immigration\.total": expected a cell/);
  });
});
