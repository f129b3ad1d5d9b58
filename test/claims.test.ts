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
 * - `unverified` rows (statement not found again at its source) say so in their note.
 *
 * The stated numbers in data/claims.csv are the figures as published on the page in each row's
 * `source` column (data/sources/*.csv), e.g. SVM2024-01a/b from rijksoverheid-svm2024-news.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agrees, computations, evaluate, evaluateWithout, loadClaims, missingNeeds, renderClaimsDoc } from "../scripts/claims.ts";
import type { LoadedClaim } from "../scripts/claims.ts";

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
      ].join("\n"),
    );
    const { errors: errs } = loadClaims(root);
    expect(errs.map((e) => `${e.file}:${e.line}`)).toContain("data/claims.csv:3");
    expect(errs.map((e) => e.message).join("\n")).toMatch(/pending claim names the data it needs/);
    expect(errs.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n")).toMatch(/claims\.csv:4: A-03: .*recomputed/);
  });
});
