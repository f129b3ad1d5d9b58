import type { Language, Qualifier, Status, Unit } from "../types.ts";

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

/** Units in words, in English and Dutch (the CLI's tables and the charts' axes). */
export const UNIT_WORDS: Readonly<Record<Language, Readonly<Record<Unit, string>>>> = {
  en: { persons: "persons", applications: "applications", decisions: "decisions", permits: "permits", dwellings: "dwellings", percent: "percent", perMillion: "per million" },
  nl: { persons: "personen", applications: "aanvragen", decisions: "beslissingen", permits: "vergunningen", dwellings: "woningen", percent: "procent", perMillion: "per miljoen" },
};
