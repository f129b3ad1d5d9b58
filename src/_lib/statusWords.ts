import type { Language, Qualifier, Status } from "../types.ts";

/** Statuses in words, in English and Dutch (the CLI's tables and `toCSV`'s Dutch mode). */
export const STATUS_WORDS: Readonly<Record<Language, Readonly<Record<Status, string>>>> = {
  en: { final: "final", provisional: "provisional", estimated: "estimated", break: "break" },
  nl: { final: "definitief", provisional: "voorlopig", estimated: "geschat", break: "trendbreuk" },
};

/** Published hedges in words, in English (the stored keys) and Dutch. */
export const QUALIFIER_WORDS: Readonly<Record<Language, Readonly<Record<Qualifier, string>>>> = {
  en: { about: "about", atLeast: "atLeast", atMost: "atMost" },
  nl: { about: "ongeveer", atLeast: "minstens", atMost: "hoogstens" },
};
