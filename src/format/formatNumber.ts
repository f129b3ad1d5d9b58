import { localeOf } from "../_lib/locale.ts";
import { numberFormat } from "../_lib/numberFormat.ts";
import { readOptionalOptions } from "../_lib/options.ts";
import type { Language } from "../types.ts";

/**
 * Options of {@link formatNumber}.
 *
 * @category Format
 */
export interface FormatNumberOptions {
  /** `"en"` (default) or `"nl"`. */
  lang?: Language;
  /**
   * The rounding unit of the value, as in an observation's `precision`: 1 (default) shows whole
   * numbers, 1000 rounds to thousands, 0.1 shows one decimal. Never shows more than the value has.
   */
  precision?: number;
}

/**
 * A number for people: grouped by locale ("332.863" in Dutch, "332,863" in English) and rounded
 * to its precision, so a figure published as "336 thousand" never shows as 335,668.
 *
 * @param value - a finite number
 * @param options - `lang` (`"en"` or `"nl"`) and `precision` (the rounding unit, default 1)
 * @returns the formatted number
 * @throws {TypeError} when value is not a number
 * @throws {RangeError} when value is not finite, precision is not positive, or lang is unknown
 *
 * @example
 * ```ts
 * import { formatNumber } from "staat-van-migratie";
 *
 * formatNumber(332863, { lang: "nl" }); //=> "332.863"
 * formatNumber(332863); //=> "332,863"
 * formatNumber(336000, { precision: 1000 }); //=> "336,000"
 * formatNumber(18.8456, { precision: 0.1 }); //=> "18.8"
 * ```
 *
 * @category Format
 */
export function formatNumber(value: number, options?: FormatNumberOptions): string {
  if (typeof value !== "number") throw new TypeError(`formatNumber: value must be a number, got ${value === null ? "null" : typeof value}`);
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: value must be finite, got ${value}`);
  const q = readOptionalOptions("formatNumber", options, ["lang", "precision"], '{ lang: "nl", precision: 1000 }');
  const locale = localeOf("formatNumber", q.lang);
  const precision = q.precision ?? 1;
  if (typeof precision !== "number") throw new TypeError(`formatNumber: precision must be a number such as 1, 1000 or 0.1, got ${typeof precision}`);
  if (!Number.isFinite(precision) || precision <= 0) {
    throw new RangeError(`formatNumber: precision must be a positive number such as 1, 1000 or 0.1, got ${precision}`);
  }
  const decimals = precision >= 1 ? 0 : Math.min(20, Math.ceil(-Math.log10(precision) - 1e-9));
  const rounded = Math.round(value / precision) * precision;
  if (!Number.isFinite(rounded)) throw new RangeError(`formatNumber: ${value} rounded to ${precision} is out of range; pass a coarser precision`);
  return numberFormat(locale, decimals).format(rounded === 0 ? 0 : rounded);
}
