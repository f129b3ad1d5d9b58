import { EDITION_DATES } from "./editionDates.ts";
import type { AsOf } from "../types.ts";

/** Whether year-month-day is a real calendar date (a UTC round trip, no time zone involved). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DATE = /^\d{4}-\d\d-\d\d$/;
/** A date, optionally with a time and an offset: `2024-06-14`, `2024-06-14T23:30`, `2024-06-14T23:30:00.5+02:00`. */
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)?)?$/;

/** `YYYY-MM-DD` of a time value, in UTC. */
function utcDay(ms: number): string {
  // The calendar fields, not toISOString (which formats the whole date-time and is several times slower).
  const t = new Date(ms);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${y < 0 ? "-" : ""}${String(Math.abs(y)).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The edition ids, for messages. */
export function editionList(): string {
  return Object.keys(EDITION_DATES).join(", ");
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
  const orEdition = editions ? ', an edition id such as "svm2024"' : "";
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError(`${fn}: ${name} is an invalid Date; pass a valid Date or an ISO date such as "2024-06-14"`);
    const day = utcDay(ms);
    if (!DATE.test(day)) throw new RangeError(`${fn}: ${name} ${value.toISOString()} is outside the years 0000–9999`);
    return day;
  }
  if (typeof value !== "string") {
    throw new TypeError(`${fn}: ${name} must be an ISO date string such as "2024-06-14"${orEdition} or a Date, got ${value === null ? "null" : typeof value}`);
  }
  // A plain ISO date, the common case: no capture groups to allocate.
  if (DATE.test(value) && isCalendarDate(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10))) return value;
  if (editions && /^svm/i.test(value)) {
    if (!Object.hasOwn(EDITION_DATES, value)) throw new RangeError(`${fn}: unknown edition ${JSON.stringify(value)}${name === "asOf" ? "" : ` in ${name}`}; editions: ${editionList()}`);
    return EDITION_DATES[value]!;
  }
  const m = DATE_TIME.exec(value);
  if (m !== null) {
    const [, y, mo, d, h, mi, s, zone = "Z"] = m;
    const day = isCalendarDate(Number(y), Number(mo), Number(d));
    // A plain date that is a calendar day has returned above: here it is not one.
    if (h === undefined) {
      throw new RangeError(`${fn}: ${name} "${value}" is not a valid date (no such day in the calendar); use an ISO date such as "2024-06-14"`);
    }
    // Date.parse refuses minutes, seconds or an offset out of range; it would roll 30 February and 24:00
    // over to the next day, so the day and the hour are checked here.
    const ms = day && Number(h) < 24 ? Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`) : Number.NaN;
    // An offset can carry the last day of 9999 into 10000, or 0000-01-01 back into the year −1.
    const utc = Number.isNaN(ms) ? "" : utcDay(ms);
    if (DATE.test(utc)) return utc;
  }
  throw new RangeError(`${fn}: ${name} ${JSON.stringify(value)} is not a valid date; use an ISO date such as "2024-06-14", an ISO date-time with an offset${orEdition} or a Date`);
}
