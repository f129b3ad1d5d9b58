import { EDITION_DATES } from "./editionDates.ts";
import type { AsOf } from "../types.ts";

/** Whether year-month-day is a real calendar date (a UTC round trip, no time zone involved). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** `YYYY-MM-DD` of a time value, in UTC. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Normalises an `asOf` option (or another date option) to `YYYY-MM-DD`, the same on every machine:
 *
 * - an ISO date `"2024-06-14"`: that day;
 * - an ISO date-time `"2024-06-14T23:30:00+02:00"`: its UTC calendar date (here 2024-06-14); a
 *   date-time without an offset is read as UTC;
 * - a `Date`: its UTC calendar date (`date.toISOString().slice(0, 10)`), never the local one;
 * - an edition id `"svm2024"`: the day that edition became public.
 *
 * @param fn - the public function's name, for messages
 * @param value - the option's value
 * @param name - the option's name, for messages (`asOf`, `date`, `from`, …)
 * @param editions - whether an edition id is allowed
 * @throws {TypeError} when it is neither a string nor a Date
 * @throws {RangeError} when it is not a valid date, date-time or known edition
 */
export function parseAsOf(fn: string, value: AsOf | unknown, name = "asOf", editions = true): string {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError(`${fn}: ${name} is an invalid Date; pass a valid Date or an ISO date such as "2024-06-14"`);
    const day = utcDay(ms);
    if (!DATE.test(day)) throw new RangeError(`${fn}: ${name} ${value.toISOString()} is outside the years 0000–9999`);
    return day;
  }
  if (typeof value !== "string") {
    const got = value === null ? "null" : typeof value;
    throw new TypeError(`${fn}: ${name} must be an ISO date string such as "2024-06-14"${editions ? ', an edition id such as "svm2024"' : ""} or a Date, got ${got}`);
  }
  if (editions && /^svm/i.test(value)) {
    if (!Object.hasOwn(EDITION_DATES, value)) {
      throw new RangeError(`${fn}: unknown edition ${JSON.stringify(value)}${name === "asOf" ? "" : ` in ${name}`}; editions: ${Object.keys(EDITION_DATES).join(", ")}`);
    }
    return EDITION_DATES[value]!;
  }
  const plain = DATE.exec(value);
  if (plain !== null) {
    if (!isCalendarDate(Number(plain[1]), Number(plain[2]), Number(plain[3]))) {
      throw new RangeError(`${fn}: ${name} "${value}" is not a valid date (no such day in the calendar); use an ISO date such as "2024-06-14"`);
    }
    return value;
  }
  const dt = DATE_TIME.exec(value);
  if (dt !== null) {
    const [, y, mo, d, h, mi, s, zone] = dt;
    const hour = Number(h);
    const minute = Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (isCalendarDate(Number(y), Number(mo), Number(d)) && hour <= 23 && minute <= 59 && second <= 59) {
      let offset = 0;
      if (zone !== undefined && zone !== "Z") {
        const digits = zone.replace(":", "");
        const oh = Number(digits.slice(1, 3));
        const om = Number(digits.slice(3, 5));
        if (oh <= 23 && om <= 59) offset = (digits[0] === "-" ? -1 : 1) * (oh * 60 + om);
        else offset = Number.NaN;
      }
      if (!Number.isNaN(offset)) {
        const t = new Date(0);
        t.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
        t.setUTCHours(hour, minute, second, 0);
        const ms = t.getTime() - offset * 60_000;
        return utcDay(ms);
      }
    }
  }
  throw new RangeError(
    `${fn}: ${name} ${JSON.stringify(value)} is not a valid date; use an ISO date such as "2024-06-14", an ISO date-time with an offset${editions ? ", an edition id such as \"svm2024\"" : ""} or a Date`,
  );
}
