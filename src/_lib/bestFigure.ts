import type { AnyDataset, Observation, Status } from "../types.ts";

/**
 * The statuses in one table, with both orders the package uses:
 *
 * - `choice`: which figure of a cell wins (lower wins). A `break` value is a final figure that starts a
 *   new series, so it ties with `final`.
 * - `weakness`: the status of a result derived from several figures (higher is weaker, the weakest
 *   input's status is the result's). A result that rests on a break value is flagged `break`, weaker
 *   than all-final inputs and stronger than a provisional one.
 */
const STATUSES: Readonly<Record<Status, { readonly choice: number; readonly weakness: number }>> = {
  final: { choice: 0, weakness: 0 },
  break: { choice: 0, weakness: 1 },
  provisional: { choice: 1, weakness: 2 },
  estimated: { choice: 2, weakness: 3 },
};

/** The weaker of two statuses, for derived results: estimated > provisional > break > final. */
export function weakerStatus(a: Status, b: Status): Status {
  return STATUSES[a].weakness >= STATUSES[b].weakness ? a : b;
}

type Facts = AnyDataset["sources"];

/** The known-from date of an observation's source ("" when the dataset lacks it). */
function knownFrom(sources: Facts, o: Observation): string {
  return Object.hasOwn(sources, o.source) ? sources[o.source]!.knownFrom : "";
}

/**
 * The best observation among `list` whose source is known from on or before `asOf` (all when `asOf` is
 * undefined): the vintage rule of docs/vintages.md (its wording: `src/_lib/vintageRule.ts`).
 *
 * With `edition`, only the figures that edition printed take part (sources whose `edition` is it), by
 * the same rule and without a date cut-off: the report as printed, not the information set of a day.
 */
export function best(dataset: AnyDataset, list: readonly Observation[], asOf: string | undefined, edition?: string): Observation | undefined {
  const sources = dataset.sources;
  if (edition !== undefined) return best(dataset, list.filter((o) => Object.hasOwn(sources, o.source) && sources[o.source]!.edition === edition), undefined);
  // Steps 1–3: best status, then the smallest rounding unit, then the newest known-from date (ties: file order).
  let tier: Observation | undefined;
  let tierDate = "";
  for (const o of list) {
    const date = knownFrom(sources, o);
    if (asOf !== undefined && date > asOf) continue;
    if (tier === undefined) {
      tier = o;
      tierDate = date;
      continue;
    }
    const byStatus = STATUSES[o.status].choice - STATUSES[tier.status].choice;
    const byRounding = o.precision - tier.precision;
    if (byStatus < 0 || (byStatus === 0 && (byRounding < 0 || (byRounding === 0 && date > tierDate)))) {
      tier = o;
      tierDate = date;
    }
  }
  if (tier === undefined || list.length === 1 || (Object.hasOwn(sources, tier.source) && sources[tier.source]!.firstHand)) return tier;
  // Step 4: of the figures with the same status, rounding unit and value, the publisher's own source is
  // cited before a second-hand copy, however much newer the copy is; then the newest, then file order.
  let chosen = tier;
  let chosenFirstHand = false;
  let chosenDate = tierDate;
  for (const o of list) {
    if (o === tier || o.value !== tier.value || STATUSES[o.status].choice !== STATUSES[tier.status].choice || o.precision !== tier.precision) continue;
    const date = knownFrom(sources, o);
    if (asOf !== undefined && date > asOf) continue;
    const firstHand = Object.hasOwn(sources, o.source) && sources[o.source]!.firstHand;
    if ((firstHand && !chosenFirstHand) || (firstHand === chosenFirstHand && date > chosenDate)) {
      chosen = o;
      chosenFirstHand = firstHand;
      chosenDate = date;
    }
  }
  return chosen;
}
