import type { AnyDataset, Observation, Source, Status } from "../types.ts";

/** The last day (28–31) of a month, leap years included. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date from which a source's figures count as known: `published` when it is a full date, the
 * last day of the month or year when only `YYYY-MM` or `YYYY` is known, else `accessed`.
 */
export function vintageDate(source: Source): string {
  const p = source.published;
  if (p === undefined) return source.accessed;
  if (p.length === 10) return p;
  if (p.length === 7) {
    const day = lastDayOfMonth(Number(p.slice(0, 4)), Number(p.slice(5, 7)));
    return `${p}-${String(day).padStart(2, "0")}`;
  }
  return `${p}-12-31`;
}

/** Each source's vintage date and whether it is first-hand, computed on first use (sources are shared). */
const facts = new WeakMap<Source, { readonly vintage: string; readonly firstHand: boolean }>();

function factsOf(source: Source): { readonly vintage: string; readonly firstHand: boolean } {
  let f = facts.get(source);
  if (f === undefined) facts.set(source, (f = { vintage: vintageDate(source), firstHand: isFirstHand(source) }));
  return f;
}

function cachedVintage(source: Source): string {
  return factsOf(source).vintage;
}

/** Which status wins when choosing a cell's figure: lower is better (a break value is final). */
const CHOICE_RANK: Readonly<Record<Status, number>> = { final: 0, break: 0, provisional: 1, estimated: 2 };

/** How weak a status is for derived results: estimated > provisional > break > final. */
const WEAKNESS: Readonly<Record<Status, number>> = { final: 0, break: 1, provisional: 2, estimated: 3 };

/** Rank for choosing the best figure of a cell: lower is better. */
export function statusRank(status: Status): number {
  return CHOICE_RANK[status];
}

/** The weaker of two statuses, for derived results: estimated > provisional > break > final. */
export function weakerStatus(a: Status, b: Status): Status {
  return WEAKNESS[a] >= WEAKNESS[b] ? a : b;
}

/** The publisher a source stands for: "ANP citing Rijksoverheid" stands for Rijksoverheid. */
export function originPublisher(publisher: string): string {
  const i = publisher.lastIndexOf(" citing ");
  return i === -1 ? publisher : publisher.slice(i + " citing ".length);
}

/**
 * Whether a source is the publisher's own (a table, release, report, dashboard, parliamentary paper or
 * verbatim data copy), not a second-hand copy: a press article, a repost, or a page that names its
 * origin with "citing".
 */
export function isFirstHand(source: Source | undefined): boolean {
  return source !== undefined && source.kind !== "newsArticle" && source.kind !== "repost" && !source.publisher.includes(" citing ");
}

/**
 * The best observation among `list` published on or before `asOf` (all when `asOf` is undefined).
 *
 * The vintage rule, in this order:
 * 1. the best status (final and break before provisional before estimated);
 * 2. then the finest rounding unit (exact before "336 thousand");
 * 3. then the newest vintage date: its value is the cell's value (ties keep file order);
 * 4. of the observations with that status, rounding unit and value, the publisher's own source is
 *    cited before a second-hand copy, however much newer the copy is; then the newest, then file order.
 *
 * With `edition`, only the figures that edition printed take part (sources whose `edition` is it), by
 * the same rule and without a date cut-off: the report as printed, not the information set of a day.
 */
export function best(dataset: AnyDataset, list: readonly Observation[], asOf: string | undefined, edition?: string): Observation | undefined {
  // As printed: only the figures of that edition (its own publication, and copies that quote it), any date.
  if (edition !== undefined) return best(dataset, list.filter((o) => dataset.sources[o.source]?.edition === edition), undefined);
  let tier: Observation | undefined;
  let tierVintage = "";
  for (const o of list) {
    const source = Object.hasOwn(dataset.sources, o.source) ? dataset.sources[o.source] : undefined;
    const vintage = source === undefined ? "" : cachedVintage(source);
    if (asOf !== undefined && vintage > asOf) continue;
    if (tier === undefined) {
      tier = o;
      tierVintage = vintage;
      continue;
    }
    const byStatus = statusRank(o.status) - statusRank(tier.status);
    const byPrecision = o.precision - tier.precision;
    if (byStatus < 0 || (byStatus === 0 && (byPrecision < 0 || (byPrecision === 0 && vintage > tierVintage)))) {
      tier = o;
      tierVintage = vintage;
    }
  }
  if (tier === undefined || list.length === 1) return tier;
  const tierSource = Object.hasOwn(dataset.sources, tier.source) ? dataset.sources[tier.source] : undefined;
  // The newest of its tier and first-hand already: no other observation can be chosen over it.
  if (tierSource !== undefined && factsOf(tierSource).firstHand) return tier;
  // Step 4: the same figure from the publisher itself wins over a copy.
  let chosen = tier;
  let chosenFirstHand = false;
  let chosenVintage = tierVintage;
  for (const o of list) {
    if (o === tier || o.value !== tier.value || statusRank(o.status) !== statusRank(tier.status) || o.precision !== tier.precision) continue;
    const source = Object.hasOwn(dataset.sources, o.source) ? dataset.sources[o.source] : undefined;
    const vintage = source === undefined ? "" : cachedVintage(source);
    if (asOf !== undefined && vintage > asOf) continue;
    const firstHand = source !== undefined && factsOf(source).firstHand;
    if ((firstHand && !chosenFirstHand) || (firstHand === chosenFirstHand && vintage > chosenVintage)) {
      chosen = o;
      chosenFirstHand = firstHand;
      chosenVintage = vintage;
    }
  }
  return chosen;
}
