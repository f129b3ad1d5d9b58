/** "Did you mean …?": the nearest candidate by case-insensitive Levenshtein distance. */

export { levenshtein } from "../_lib/distance.ts";
import { levenshtein } from "../_lib/distance.ts";

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The candidates nearest to `input` (case-insensitive; several when they tie, the longest common
 * prefix first), or none when nothing is close: within a third of the longer length (at least 2
 * edits), or one contains the other.
 */
export function nearest(input: string, candidates: readonly string[]): string[] {
  const x = input.toLowerCase();
  const scored = candidates.map((c) => ({ c, y: c.toLowerCase(), d: levenshtein(x, c.toLowerCase()) }));
  const min = Math.min(...scored.map((s) => s.d));
  const close = scored.filter(
    (s) => s.d === min && (s.d <= Math.max(2, Math.ceil(Math.max(x.length, s.y.length) / 3)) || (x.length >= 3 && (s.y.includes(x) || x.includes(s.y)))),
  );
  return close.sort((a, b) => commonPrefix(x, b.y) - commonPrefix(x, a.y) || a.c.localeCompare(b.c)).map((s) => s.c);
}

/** "; did you mean immigration?" (or "immigration or emigration?"), or "" when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const n = nearest(input, candidates);
  if (n.length === 0) return "";
  const list = n.length === 1 ? n[0]! : `${n.slice(0, -1).join(", ")} or ${n.at(-1)!}`;
  return `; did you mean ${list}?`;
}
