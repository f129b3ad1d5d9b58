import { localeOf } from "../_lib/locale.ts";
import { percentText } from "../_lib/numberFormat.ts";
import { readOptionalOptions } from "../_lib/options.ts";
import type { ChangeResult, Language } from "../types.ts";

/**
 * Options of {@link formatChange}.
 *
 * @category Format
 */
export interface FormatChangeOptions {
  /** `"en"` (default) or `"nl"`. */
  lang?: Language;
  /**
   * Decimals of the percentage (default 0). With a {@link ChangeResult}, capped so that the text
   * never claims more precision than the inputs have.
   */
  digits?: number;
}

const WORDS = {
  en: { up: "more", down: "fewer", same: "unchanged" },
  nl: { up: "meer", down: "minder", same: "gelijk" },
} as const;

/**
 * A relative change in words, as the report writes it: "17% fewer" / "17% minder".
 *
 * @param change - a fraction (−0.174) or the result of `change()`
 * @param options - `lang` (`"en"` or `"nl"`) and `digits` (default 0)
 * @returns the change in words; a change that rounds to 0 is "unchanged" / "gelijk"
 * @throws {TypeError} when change is neither a number nor a change result
 * @throws {RangeError} when it is not finite, digits is not 0–4, or lang is unknown
 *
 * @example
 * ```ts
 * import { change, formatChange, immigration } from "staat-van-migratie";
 *
 * formatChange(change(immigration, { from: 2022, to: 2023, asOf: "svm2024" }), { lang: "nl" });
 * //=> "17% minder"
 * formatChange(0.061); //=> "6% more"
 * ```
 *
 * @category Format
 */
export function formatChange(change: number | ChangeResult, options?: FormatChangeOptions): string {
  const q = readOptionalOptions("formatChange", options, ["lang", "digits"], '{ lang: "nl", digits: 1 }');
  let relative: number;
  let digits: unknown = q.digits ?? 0;
  if (typeof digits !== "number") throw new TypeError(`formatChange: digits must be a number from 0 to 4, got ${digits === null ? "null" : typeof digits}`);
  if (!Number.isInteger(digits) || (digits as number) < 0 || (digits as number) > 4) {
    throw new RangeError(`formatChange: digits must be a whole number from 0 to 4, got ${String(digits)}`);
  }
  if (typeof change === "number") {
    if (!Number.isFinite(change)) throw new RangeError(`formatChange: the change must be a finite fraction such as -0.174, got ${change}`);
    relative = change;
  } else if (typeof change === "object" && change !== null && typeof change.relative === "number") {
    if (!Number.isFinite(change.relative)) throw new RangeError(`formatChange: change.relative must be finite, got ${change.relative}`);
    if (typeof change.precision !== "number" || !(change.precision > 0) || typeof change.from !== "number" || !Number.isFinite(change.from)) {
      throw new TypeError("formatChange: pass the result of change() (with from and precision) or a fraction such as -0.174");
    }
    relative = change.relative;
    // A figure rounded to `precision` moves the relative change by up to precision / |from|.
    const uncertaintyInPercent = (100 * change.precision) / Math.abs(change.from);
    const allowed = uncertaintyInPercent > 0 ? Math.max(0, Math.floor(-Math.log10(uncertaintyInPercent))) : 4;
    digits = Math.min(digits as number, allowed);
  } else {
    throw new TypeError("formatChange: pass a fraction such as -0.174 or the result of change()");
  }
  localeOf("formatChange", q.lang);
  const lang = (q.lang ?? "en") as Language;
  const text = percentText("formatChange", Math.abs(relative), lang, digits);
  const zero = percentText("formatChange", 0, lang, digits);
  const words = WORDS[lang];
  if (text === zero) return words.same;
  return `${text} ${relative > 0 ? words.up : words.down}`;
}
