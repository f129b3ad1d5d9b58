import type { Language } from "../types.ts";

const LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", nl: "nl-NL" };

/** The locale for a language option, with a clear error for anything else. */
export function localeOf(fn: string, lang: unknown): string {
  if (lang === undefined) return LOCALES.en;
  if (typeof lang !== "string") throw new TypeError(`${fn}: lang must be "en" or "nl", got ${lang === null ? "null" : typeof lang}`);
  if (lang !== "en" && lang !== "nl") throw new RangeError(`${fn}: lang must be "en" or "nl", got ${JSON.stringify(lang)}`);
  return LOCALES[lang];
}

