import type { Source, SourceFacts } from "../types.ts";

/**
 * What the vintage rule needs of a source, derived from its full record. The data build derives it for
 * the bundled sources (so the package never parses a publication date at run time), `defineDataset`
 * for a user's own.
 */

/** The last day (28–31) of a month, leap years included. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day a source's figures count as known from: `published` when it is a full date, the last day of
 * its month or year when only `YYYY-MM` or `YYYY` is known, else the access date.
 */
export function knownFromDate(source: Source): string {
  const p = source.published;
  if (p === undefined) return source.accessed;
  if (p.length === 10) return p;
  if (p.length === 7) return `${p}-${String(lastDayOfMonth(Number(p.slice(0, 4)), Number(p.slice(5, 7)))).padStart(2, "0")}`;
  return `${p}-12-31`;
}

/**
 * Whether a source is the publisher's own (a table, release, report, dashboard, parliamentary paper or
 * verbatim data copy), not a second-hand copy: a press article, a repost, or a page that names its
 * origin with "citing".
 */
export function isFirstHand(source: Source | undefined): boolean {
  return source !== undefined && source.kind !== "newsArticle" && source.kind !== "repost" && !source.publisher.includes(" citing ");
}

/** The publisher a source stands for: "ANP citing Rijksoverheid" stands for Rijksoverheid. */
export function originPublisher(publisher: string): string {
  const i = publisher.lastIndexOf(" citing ");
  return i === -1 ? publisher : publisher.slice(i + " citing ".length);
}

/** The facts of a source record. */
export function factsOf(source: Source): SourceFacts {
  const facts = { id: source.id, knownFrom: knownFromDate(source), firstHand: isFirstHand(source) };
  return source.edition === undefined ? facts : { ...facts, edition: source.edition };
}
