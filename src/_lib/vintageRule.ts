/**
 * The vintage rule in words: how every query chooses the one figure of a cell among the figures
 * published for it. The behaviour is `best()` in ./bestFigure.ts; these words describe it and are their
 * one home. The command line prints them (`show --help`), and scripts/build-docs.ts writes them into
 * docs/vintages.md between `<!-- vintage-rule:start -->` and `<!-- vintage-rule:end -->` (its
 * `--check` fails when that copy is stale). Change `best()` and these words together.
 *
 * Plain data, no imports, so that any script or the command line can print it.
 * @module
 */

/** A piece of the rule's wording, one sentence or clause, on one line. */
export interface RuleText {
  readonly en: string;
}

/** The vintage rule: which figures take part, the steps that choose among them, and a one-line summary. */
export interface VintageRule {
  /** The rule in one line. */
  readonly summary: RuleText;
  /** Which figures take part with a date (`asOf`, `--as-of`), and what date a figure is known from. */
  readonly cutOff: RuleText;
  /** The steps, in order; each decides among the figures the steps before it left tied. */
  readonly steps: readonly RuleText[];
  /** Which figures take part with `edition` (`--edition`) instead. */
  readonly edition: RuleText;
}

/** The vintage rule, worded after `best()` in ./bestFigure.ts. */
export const VINTAGE_RULE: VintageRule = {
  summary: {
    en: "One figure per cell: the best status, then the finest rounding, then the newest; the publisher's own source before a copy of the same figure.",
  },
  cutOff: {
    en: "With asOf (--as-of), only the figures known on or before that date take part; a figure is known from its source's publication date (the last day of the month or year when only that is given, the day it was read when no date is given).",
  },
  steps: [
    { en: "The best status: final and break before provisional before estimated." },
    { en: 'Then the finest rounding unit, the smaller precision: exact before "336 thousand".' },
    { en: "Then the newest known-from date, the first in file order among equals: its value is the cell's value." },
    {
      en: "Of the figures with that status, rounding unit and value, the publisher's own source is cited before a second-hand copy, however much newer the copy is; then the newest, then file order.",
    },
  ],
  edition: {
    en: "With edition (--edition), only the figures that edition printed take part (its own publication and copies that quote it), by the same steps and with no date cut-off.",
  },
};
