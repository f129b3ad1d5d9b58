/**
 * The zod schema of a published statement turned into a check: one row of `data/claims.csv`.
 *
 * A claim is a figure that the Staat van Migratie (or CBS, or the press citing them) published,
 * with the number as stated, the tolerance its rounding implies, and whether the package's
 * datasets reproduce it.
 *
 * @module
 */
import * as z from "zod";

/** How a claim stands against the datasets. */
export const ClaimStatus = z.enum([
  /** Must reproduce within tolerance. */
  "check",
  /** Kept, but does not reproduce; `note` says why. */
  "differs",
  /** The data it needs does not exist yet; `needs` names it. */
  "pending",
  /** The statement could not be re-checked at its source; kept, not asserted. */
  "unverified",
]);
/** How a claim stands against the datasets. */
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * The hedge of the statement, which decides how the stated number is compared:
 * empty or `about` — within `tolerance` either side; `atLeast` ("ruim", "more than") — from the
 * stated number up to `tolerance` above it; `atMost` ("bijna", "almost") — from `tolerance` below
 * up to the stated number; `above` / `below` — strictly greater / smaller (a sign or an order).
 */
export const ClaimQualifier = z.enum(["about", "atLeast", "atMost", "above", "below"]);
/** The hedge of the statement. */
export type ClaimQualifier = z.infer<typeof ClaimQualifier>;

/** What the stated number is: a count (persons, applications) or a fraction (−0.17 for "17% fewer"). */
export const ClaimUnit = z.enum(["count", "fraction"]);
/** What the stated number is. */
export type ClaimUnit = z.infer<typeof ClaimUnit>;

/**
 * Data a pending claim needs: a dataset id (`populationGrowth`), a series (`knowledgeMigrants.byNationality`),
 * or cells of a series: years (`immigrationByMotive.study@2023`, `…@2013-2022`) or a stock's
 * reference date (`globalDisplacement.total@2021-06-30`). Several are separated by `;`.
 */
export const ClaimNeed = z
  .string()
  .regex(
    /^[a-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?(@(\d{4}(-\d{4})?|\d{4}-\d{2}-\d{2}))?$/,
    "expected dataset, dataset.series, dataset.series@YYYY, @YYYY-YYYY or @YYYY-MM-DD",
  );

const number = z.coerce.number().refine(Number.isFinite, "expected a number");

/** One row of `data/claims.csv` (empty cells are absent). */
export const Claim = z
  .strictObject({
    id: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+[a-z]?$/, "expected an id such as SVM2024-01b"),
    edition: z.string().regex(/^svm20\d\d$/, "expected an edition id such as svm2024").optional(),
    source: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a source id (kebab-case)").optional(),
    statement_nl: z.string().trim().min(1),
    statement_en: z.string().trim().min(1),
    stated: number,
    unit: ClaimUnit,
    qualifier: ClaimQualifier.optional(),
    tolerance: number.refine((n) => n >= 0, "expected a tolerance of 0 or more"),
    asOf: z.union([z.iso.date(), z.string().regex(/^svm20\d\d$/)], { error: "expected YYYY-MM-DD or an edition id" }).optional(),
    status: ClaimStatus,
    needs: z.string().optional(),
    note: z.string().trim().min(1).optional(),
    /**
     * `no` when the claim does not reproduce once the figures of its own page (`source`) are left out:
     * the page that states it is the only data source for at least one cell it reads. Such a check
     * shows that the dataset holds the page's figure; it does not count as reproduced.
     */
    independent: z.enum(["no"], { error: 'expected "no" or empty' }).optional(),
    /**
     * The value the data gives, as the `note` states it (e.g. 0.32 for "32% of 403,108"), required for
     * `differs` claims and for `above`/`below` claims, so that they measure the computation, not
     * only a direction. Compared within `recomputedTolerance` (its own rounding).
     */
    recomputed: number.optional(),
    recomputedTolerance: number.refine((n) => n >= 0, "expected a tolerance of 0 or more").optional(),
    /**
     * The cells the claim's computation reads that its `edition` did not print (named as in `needs`,
     * `;`-separated, in the order the computation reads them): its as-printed reading is "not printed".
     * Empty when the edition printed every cell it needs, so that the as-printed reading has a value.
     */
    notPrinted: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const needs = c.needs === undefined ? [] : c.needs.split(";").map((s) => s.trim());
    for (const n of needs) {
      const r = ClaimNeed.safeParse(n);
      if (!r.success) ctx.addIssue({ code: "custom", path: ["needs"], message: `"${n}": ${r.error.issues[0]?.message}` });
    }
    if (c.status === "pending" && needs.length === 0) ctx.addIssue({ code: "custom", path: ["needs"], message: "a pending claim names the data it needs" });
    if (c.status !== "pending" && needs.length > 0) ctx.addIssue({ code: "custom", path: ["needs"], message: "only pending claims name missing data" });
    if (c.status !== "check" && c.note === undefined) ctx.addIssue({ code: "custom", path: ["note"], message: `a ${c.status} claim says why in note` });
    if (c.source === undefined && c.status !== "unverified") ctx.addIssue({ code: "custom", path: ["source"], message: "cite the page the statement was published on" });
    if ((c.qualifier === "above" || c.qualifier === "below") && c.tolerance !== 0) {
      ctx.addIssue({ code: "custom", path: ["tolerance"], message: "above/below compare strictly; tolerance must be 0" });
    }
    const measured = c.status === "differs" || (c.status === "check" && (c.qualifier === "above" || c.qualifier === "below"));
    if (measured && c.recomputed === undefined) {
      ctx.addIssue({ code: "custom", path: ["recomputed"], message: "a differs or above/below claim states the value the data gives (from its note) in recomputed" });
    }
    if ((c.recomputed === undefined) !== (c.recomputedTolerance === undefined)) {
      ctx.addIssue({ code: "custom", path: ["recomputedTolerance"], message: "recomputed and recomputedTolerance go together" });
    }
    const notPrinted = c.notPrinted === undefined ? [] : c.notPrinted.split(";").map((s) => s.trim());
    for (const n of notPrinted) {
      if (!ClaimNeed.safeParse(n).success || !/^[^.@]+\.[^.@]+@/.test(n)) {
        ctx.addIssue({ code: "custom", path: ["notPrinted"], message: `"${n}": expected a cell: dataset.series@YYYY, @YYYY-YYYY or @YYYY-MM-DD` });
      }
    }
    if (notPrinted.length > 0 && c.edition === undefined) ctx.addIssue({ code: "custom", path: ["notPrinted"], message: "only a claim of an edition is read as printed; set edition or leave notPrinted empty" });
    if (notPrinted.length > 0 && c.status === "pending") ctx.addIssue({ code: "custom", path: ["notPrinted"], message: "a pending claim has no computation to read as printed; leave notPrinted empty" });
    if (c.independent !== undefined && c.status !== "check" && c.status !== "differs") {
      ctx.addIssue({ code: "custom", path: ["independent"], message: "only check and differs claims are recomputed, so only they can be marked independent: no" });
    }
  });
/** One row of `data/claims.csv`. */
export type Claim = z.infer<typeof Claim>;

/** The columns of data/claims.csv, in order. */
export const CLAIM_COLUMNS = [
  "id",
  "edition",
  "source",
  "statement_nl",
  "statement_en",
  "stated",
  "unit",
  "qualifier",
  "tolerance",
  "asOf",
  "status",
  "needs",
  "note",
  "independent",
  "recomputed",
  "recomputedTolerance",
  "notPrinted",
] as const;
