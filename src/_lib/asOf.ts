// Per-function subpaths: the package root of date-fns loads some 250 modules (≈ 10× slower cold import).
import { formatISO } from "date-fns/formatISO";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { editions } from "../editions.ts";
import type { AsOf } from "../types.ts";

/**
 * Normalises an `asOf` option to `YYYY-MM-DD`: an ISO date, a `Date` (the caller's local calendar
 * date), or a report edition id such as `"svm2024"` (the day that edition became public).
 * @throws {TypeError} when it is neither a string nor a Date
 * @throws {RangeError} when it is not a valid ISO date or a known edition
 */
export function parseAsOf(fn: string, asOf: AsOf): string {
  if (typeof asOf === "string" && /^svm/.test(asOf)) {
    const edition = editions.find((e) => e.id === asOf);
    if (edition === undefined) {
      throw new RangeError(`${fn}: unknown edition "${asOf}"; editions: ${editions.map((e) => e.id).join(", ")}`);
    }
    return edition.published;
  }
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

