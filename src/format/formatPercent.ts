import { readOptionalOptions } from "../_lib/options.ts";
import { percentText } from "../_lib/numberFormat.ts";
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
export function formatPercent(fraction: number, options?: FormatPercentOptions): string {
  const q = readOptionalOptions("formatPercent", options, ["lang", "digits"], '{ lang: "nl", digits: 1 }');
  return percentText("formatPercent", fraction, q.lang, q.digits);
}
