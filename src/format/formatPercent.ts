import { localeOf } from "../_lib/locale.ts";
import type { Language } from "../types.ts";

/**
 * Options of {@link formatPercent}.
 *
 * @category Format
 */
export interface FormatPercentOptions {
  /** `"en"` (default) or `"nl"`. */
  lang?: Language;
  /** Decimals to show (default 0). */
  digits?: number;
}

/**
 * A fraction as a percentage: 0.174 → "17%" (shares and relative changes in this package are
 * fractions; only the format helpers turn them into percentages).
 *
 * @param fraction - a finite number, such as the result of `share`
 * @param options - `lang` (`"en"` or `"nl"`) and `digits` (default 0)
 * @returns the percentage, with the locale's decimal separator ("10,4%" in Dutch)
 * @throws {TypeError} when fraction is not a number
 * @throws {RangeError} when fraction is not finite, digits is not 0–4, or lang is unknown
 *
 * @example
 * ```ts
 * import { formatPercent } from "staat-van-migratie";
 *
 * formatPercent(0.1042, { lang: "nl", digits: 1 }); //=> "10,4%"
 * formatPercent(-0.174); //=> "-17%"
 * ```
 *
 * @category Format
 */
export function formatPercent(fraction: number, options: FormatPercentOptions = {}): string {
  if (typeof fraction !== "number") throw new TypeError(`formatPercent: fraction must be a number, got ${typeof fraction}`);
  if (!Number.isFinite(fraction)) throw new RangeError(`formatPercent: fraction must be finite, got ${fraction}`);
  const locale = localeOf("formatPercent", options.lang);
  const digits = options.digits ?? 0;
  if (!Number.isInteger(digits) || digits < 0 || digits > 4) throw new RangeError(`formatPercent: digits must be a whole number from 0 to 4, got ${digits}`);
  const text = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
  // Intl writes a no-break or narrow space before % in some locales; the report writes "17%".
  return text.replace(/[\s\u00a0\u202f]%/, "%");
}
