import { isCalendarDate } from "./_lib/asOf.ts";
import { assertDataset, assertOneOf } from "./_lib/checks.ts";
import { readOptionalOptions } from "./_lib/options.ts";
import { localeOf } from "./_lib/locale.ts";
import { PACKAGE } from "./_lib/package.ts";
import { descriptionOf } from "./_lib/description.ts";
import type { AnyDataset, Language, ResolvedObservation, Source } from "./types.ts";

/**
 * Options of {@link cite}.
 * @category Report
 */
export interface CiteOptions {
  /** `"en"` (default) or `"nl"`. */
  lang?: Language;
  /** `"text"` (default): one line to print; `"csl"`: CSL-JSON items for a reference manager. */
  style?: "text" | "csl";
}

/**
 * A CSL-JSON date: `{ "date-parts": [[2024, 6, 14]] }` (year, month and day as far as known).
 * @category Report
 */
export interface CslDate {
  readonly "date-parts": readonly (readonly number[])[];
}

/**
 * A CSL-JSON item, as Zotero, Pandoc or citation.js read it.
 * @category Report
 */
export interface CslItem {
  readonly id: string;
  /** `"dataset"` for statistical tables and dashboards, `"webpage"` for other pages, `"software"` for this package. */
  readonly type: "dataset" | "webpage" | "software";
  readonly title: string;
  readonly publisher?: string;
  readonly URL: string;
  readonly issued?: CslDate;
  readonly accessed?: CslDate;
  readonly version?: string;
  readonly language?: string;
}

const WORDS = {
  en: { noDate: "n.d.", accessed: "accessed", source: "Source", compiled: "compiled with", from: "from", publications: (n: number) => (n === 1 ? "1 publication" : `${n} publications`), see: "listed in the dataset's sources" },
  nl: { noDate: "z.d.", accessed: "geraadpleegd op", source: "Bron", compiled: "samengesteld met", from: "uit", publications: (n: number) => (n === 1 ? "1 publicatie" : `${n} publicaties`), see: "vermeld in de bronnen van de dataset" },
} as const;

/** A date as known (`2024`, `2024-06`, `2024-06-14`) in words: "14 June 2024", "juni 2024". */
function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  if (m === undefined) return String(y);
  const opts: Intl.DateTimeFormatOptions = d === undefined ? { year: "numeric", month: "long", timeZone: "UTC" } : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, opts).format(at);
}

function cslDate(date: string): CslDate {
  return { "date-parts": [date.split("-").map(Number)] };
}

function sourceItem(source: Source): CslItem {
  return {
    id: source.id,
    type: source.kind === "statisticalTable" || source.kind === "dashboard" ? "dataset" : "webpage",
    title: source.title,
    publisher: source.publisher,
    URL: source.url,
    ...(source.published === undefined ? {} : { issued: cslDate(source.published) }),
    accessed: cslDate(source.accessed),
    language: source.language,
  };
}

function packageItem(): CslItem {
  return { id: `${PACKAGE.name}@${PACKAGE.version}`, type: "software", title: PACKAGE.name, version: PACKAGE.version, URL: PACKAGE.url };
}

/** Whether `x` looks like a resolved observation (its `source` is an object, not an id). */
function isObservation(x: unknown): x is ResolvedObservation {
  return typeof x === "object" && x !== null && Object.hasOwn(x, "source") && typeof (x as { source: unknown }).source === "object";
}

/** Whether `YYYY-MM-DD` is a day of the calendar (no 30 February). */
function isDay(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return isCalendarDate(y, m, d);
}

/**
 * Checks the source of a resolved observation, naming the field at fault.
 * @throws {TypeError} when a field `cite` reads is missing or malformed
 */
function checkSource(s: unknown): asserts s is Source {
  const src = s as Record<string, unknown> | null;
  if (src === null) throw new TypeError("cite: target.source must be a source object, got null; pass the result of observation()");
  for (const k of ["publisher", "title", "url", "accessed"]) {
    if (typeof src[k] !== "string") throw new TypeError(`cite: target.source.${k} must be a string, got ${src[k] === null ? "null" : typeof src[k]}; pass the result of observation()`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(src.accessed as string) || !isDay(src.accessed as string)) {
    throw new TypeError(`cite: target.source.accessed must be a calendar date YYYY-MM-DD, got ${JSON.stringify(src.accessed)}`);
  }
  if (src.published !== undefined && (typeof src.published !== "string" || !/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(src.published) || (src.published.length === 10 && !isDay(src.published)))) {
    throw new TypeError(`cite: target.source.published must be YYYY, YYYY-MM or a calendar date YYYY-MM-DD, got ${JSON.stringify(src.published)}`);
  }
}

/**
 * An attribution for a dataset or for one figure.
 *
 * For a dataset: its publisher of record, its title and years, and this package (with version),
 * since the dataset is compiled from several publications (all listed in `dataset.sources`). For an
 * observation resolved by `observation()`: its own source — publisher, publication date (as far as
 * known; "n.d." when the page gave none), title, URL and the day it was accessed.
 *
 * With `style: "csl"` the result is CSL-JSON: for an observation one item (`type` `"dataset"` for a
 * statistical table or dashboard, `"webpage"` otherwise), for a dataset two items (the data, as
 * `"dataset"`, with the publisher of record and its newest publication's URL and date; and the
 * package, as `"software"`).
 *
 * @param target - a dataset such as `immigration`, or the result of `observation()`
 * @param options - `lang` (`"en"` or `"nl"`) and `style` (`"text"` or `"csl"`)
 * @returns the attribution as one line of text, or an array of CSL-JSON items
 * @throws {TypeError} when target is neither a dataset nor a resolved observation
 * @throws {RangeError} when lang or style is unknown
 *
 * @example
 * ```ts
 * import { cite, immigration, observation } from "staat-van-migratie";
 *
 * cite(observation(immigration, { year: 2023, asOf: "svm2024" }), { lang: "nl" });
 * //=> "Rijksoverheid (14 juni 2024). Staat van Migratie 2024: In 2023 stappen gezet naar grip op migratie.
 * //    https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/… (geraadpleegd op 27 november 2026)."
 * cite(immigration);
 * //=> "Source: CBS, Immigration 2010–2025; compiled with staat-van-migratie … (https://…) from … publications, listed in the dataset's sources."
 * cite(immigration, { style: "csl" })[1]?.type; //=> "software"
 * ```
 * @category Report
 */
export function cite(target: AnyDataset | ResolvedObservation, options?: CiteOptions & { style?: "text" }): string;
export function cite(target: AnyDataset | ResolvedObservation, options: CiteOptions & { style: "csl" }): CslItem[];
export function cite(target: AnyDataset | ResolvedObservation, options?: CiteOptions): string | CslItem[];
export function cite(target: AnyDataset | ResolvedObservation, options?: CiteOptions): string | CslItem[] {
  const q = readOptionalOptions("cite", options, ["lang", "style"], '{ lang: "nl", style: "text" }');
  const locale = localeOf("cite", q.lang);
  const lang = (q.lang ?? "en") as Language; // checked by localeOf
  const style = q.style === undefined ? "text" : assertOneOf("cite", q.style, ["text", "csl"], "style");
  const W = WORDS[lang];
  if (typeof target !== "object" || target === null) {
    throw new TypeError(`cite: pass a dataset (such as \`immigration\`) or the result of observation(), got ${target === null ? "null" : typeof target}`);
  }
  if (isObservation(target)) {
    const s = target.source;
    checkSource(s);
    if (style === "csl") return [sourceItem(s)];
    const when = s.published === undefined ? W.noDate : formatDate(s.published, locale);
    return `${s.publisher} (${when}). ${s.title.replace(/\.$/, "")}. ${s.url} (${W.accessed} ${formatDate(s.accessed, locale)}).`;
  }
  {
    if (!Object.hasOwn(target, "observations")) throw new TypeError("cite: pass a dataset (such as `immigration`) or the result of observation()");
    assertDataset("cite", target, "target");
    const t = target as unknown as Record<string, unknown>;
    const title = t.title as Record<string, unknown> | undefined;
    if (typeof title !== "object" || title === null || typeof title[lang] !== "string") throw new TypeError(`cite: target.title.${lang} must be a string`);
    if (typeof t.publisherOfRecord !== "string") throw new TypeError("cite: target.publisherOfRecord must be a string");
    const sources = Object.values(descriptionOf("cite", target).sources);
    const heading = `${target.title[lang]} ${target.years.from}–${target.years.to}`;
    if (style === "csl") {
      // The newest publication of the publisher of record stands for the data (else the newest of all).
      const own = sources.filter((s) => s.publisher === target.publisherOfRecord);
      const pool = own.length > 0 ? own : sources;
      const newest = [...pool].sort((a, b) => target.sources[b.id]!.knownFrom.localeCompare(target.sources[a.id]!.knownFrom))[0];
      const data: CslItem = {
        id: `${PACKAGE.name}/${target.id}`,
        type: "dataset",
        title: heading,
        publisher: target.publisherOfRecord,
        URL: newest?.url ?? PACKAGE.url,
        ...(newest?.published === undefined ? {} : { issued: cslDate(newest.published) }),
        ...(newest === undefined ? {} : { accessed: cslDate(newest.accessed) }),
        language: lang,
      };
      return [data, packageItem()];
    }
    return `${W.source}: ${target.publisherOfRecord}, ${heading}; ${W.compiled} ${PACKAGE.name} ${PACKAGE.version} (${PACKAGE.url}) ${W.from} ${W.publications(sources.length)}, ${W.see}.`;
  }
}
