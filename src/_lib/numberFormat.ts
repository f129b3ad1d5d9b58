import { localeOf } from "./locale.ts";

/** `Intl.NumberFormat`s by locale and options: building one costs ~50× more than using it. */
const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` with a fixed number of decimals (percent style when `percent`). */
export function numberFormat(locale: string, decimals: number, percent = false): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${percent ? "%" : ""}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { ...(percent ? { style: "percent" as const } : {}), minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f;
}

/**
 * A fraction as a percentage ("17%", "17,4%"), checked in the name of the public function `fn`.
 * @throws {TypeError} when the fraction is not a number
 * @throws {RangeError} when it is not finite, `digits` is not 0–4, or `lang` is unknown
 */
export function percentText(fn: string, fraction: unknown, lang: unknown, digitsOption: unknown): string {
  if (typeof fraction !== "number") throw new TypeError(`${fn}: fraction must be a number, got ${fraction === null ? "null" : typeof fraction}`);
  if (!Number.isFinite(fraction)) throw new RangeError(`${fn}: fraction must be finite, got ${fraction}`);
  const locale = localeOf(fn, lang);
  const digits = digitsOption ?? 0;
  if (typeof digits !== "number") throw new TypeError(`${fn}: digits must be a number from 0 to 4, got ${digits === null ? "null" : typeof digits}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 4) {
    throw new RangeError(`${fn}: digits must be a whole number from 0 to 4, got ${String(digits)}`);
  }
  // Intl writes a no-break or narrow space before % in some locales; the report writes "17%".
  return numberFormat(locale, digits, true).format(fraction).replace(/[\s\u00a0\u202f]%/, "%");
}
