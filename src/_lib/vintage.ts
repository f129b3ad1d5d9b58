import { formatISO, isValid, parseISO } from "date-fns";
import type { AsOf, Source, Status } from "../types.ts";

/** Days in each month of a (possibly leap) year. */
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

/**
 * Normalises an `asOf` option to `YYYY-MM-DD` (the caller's local calendar date for a `Date`).
 * @throws {TypeError} when it is neither a string nor a Date
 * @throws {RangeError} when it is not a valid ISO date
 */
export function parseAsOf(fn: string, asOf: AsOf): string {
  if (asOf instanceof Date) {
    if (!isValid(asOf)) throw new RangeError(`${fn}: asOf is an invalid Date; pass a valid Date or an ISO date such as "2024-06-14"`);
    return formatISO(asOf, { representation: "date" });
  }
  if (typeof asOf !== "string") {
    throw new TypeError(`${fn}: asOf must be an ISO date string such as "2024-06-14" or a Date, got ${typeof asOf}`);
  }
  const parsed = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(asOf) ? parseISO(asOf) : new Date(Number.NaN);
  if (!isValid(parsed) || formatISO(parsed, { representation: "date" }) !== asOf.slice(0, 10)) {
    throw new RangeError(`${fn}: asOf "${asOf}" is not a valid date; use an ISO date such as "2024-06-14" or a Date`);
  }
  return asOf.slice(0, 10);
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
