import { assertQuery } from "./_lib/checks.ts";
import { localeOf } from "./_lib/locale.ts";
import { PACKAGE } from "./_lib/package.ts";
import { vintageDate } from "./_lib/vintage.ts";
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

function isObservation(x: unknown): x is ResolvedObservation {
  const o = x as Partial<ResolvedObservation> | null;
  return typeof o === "object" && o !== null && typeof o.source === "object" && o.source !== null && typeof o.source.url === "string" && typeof o.dataset === "string";
}

function isDataset(x: unknown): x is AnyDataset {
  const d = x as Partial<AnyDataset> | null;
  return typeof d === "object" && d !== null && Array.isArray(d.observations) && typeof d.sources === "object" && typeof d.title === "object";
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
 * //=> "Source: CBS, Immigration 2010–2024; compiled with staat-van-migratie … (https://…) from … publications, listed in the dataset's sources."
 * cite(immigration, { style: "csl" })[1]?.type; //=> "software"
 * ```
 * @category Report
 */
export function cite(target: AnyDataset | ResolvedObservation, options?: CiteOptions & { style?: "text" }): string;
export function cite(target: AnyDataset | ResolvedObservation, options: CiteOptions & { style: "csl" }): CslItem[];
export function cite(target: AnyDataset | ResolvedObservation, options?: CiteOptions): string | CslItem[];
export function cite(target: AnyDataset | ResolvedObservation, options: CiteOptions = {}): string | CslItem[] {
  assertQuery("cite", options, '{ lang: "nl", style: "text" }');
  const locale = localeOf("cite", options.lang);
  const lang = (options.lang ?? "en") as Language; // checked by localeOf
  const style = options.style ?? "text";
  if (style !== "text" && style !== "csl") throw new RangeError(`cite: style must be "text" or "csl", got "${String(style)}"`);
  const W = WORDS[lang];
  if (isObservation(target)) {
    const s = target.source;
    if (style === "csl") return [sourceItem(s)];
    const when = s.published === undefined ? W.noDate : formatDate(s.published, locale);
    return `${s.publisher} (${when}). ${s.title.replace(/\.$/, "")}. ${s.url} (${W.accessed} ${formatDate(s.accessed, locale)}).`;
  }
  if (isDataset(target)) {
    const sources = Object.values(target.sources);
    const title = `${target.title[lang]} ${target.years.from}–${target.years.to}`;
    if (style === "csl") {
      // The newest publication of the publisher of record stands for the data (else the newest of all).
      const own = sources.filter((s) => s.publisher === target.publisherOfRecord);
      const pool = own.length > 0 ? own : sources;
      const newest = [...pool].sort((a, b) => vintageDate(b).localeCompare(vintageDate(a)))[0];
      const data: CslItem = {
        id: `${PACKAGE.name}/${target.id}`,
        type: "dataset",
        title,
        publisher: target.publisherOfRecord,
        URL: newest?.url ?? PACKAGE.url,
        ...(newest?.published === undefined ? {} : { issued: cslDate(newest.published) }),
        ...(newest === undefined ? {} : { accessed: cslDate(newest.accessed) }),
        language: lang,
      };
      return [data, packageItem()];
    }
    return `${W.source}: ${target.publisherOfRecord}, ${title}; ${W.compiled} ${PACKAGE.name} ${PACKAGE.version} (${PACKAGE.url}) ${W.from} ${W.publications(sources.length)}, ${W.see}.`;
  }
  throw new TypeError("cite: pass a dataset (such as `immigration`) or the result of observation()");
}
