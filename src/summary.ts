import { parseAsOf } from "./_lib/asOf.ts";
import { localeOf } from "./_lib/locale.ts";
import { readOptionalOptions } from "./_lib/options.ts";
import { cell, editionOption } from "./_lib/cells.ts";
import { editions } from "./editions.ts";
import { change } from "./change.ts";
import { immigration } from "./datasets/index.ts";
import { reportItems, type ReportItem, type SectionId } from "./_lib/reportItems.ts";
import { formatChange } from "./format/formatChange.ts";
import { formatNumber } from "./format/formatNumber.ts";
import { formatPercent } from "./format/formatPercent.ts";
import { sourceRecordOf } from "./_lib/description.ts";
import { rank } from "./rank.ts";
import { timeseries } from "./timeseries.ts";
import type { AnyDataset, ChangeResult, EditionId, Language, Qualifier, Source, Status, Unit } from "./types.ts";
import { weakerStatus } from "./_lib/bestFigure.ts";

/**
 * Options of {@link summary}.
 * @category Report
 */
export interface SummaryOptions {
  /** The year (default: the latest year with an immigration figure, published by `asOf`). */
  year?: number;
  /** `"en"` (default) or `"nl"`. */
  lang?: Language;
  /** Only figures published on or before this date count: an ISO date, a `Date` or an edition id (`"svm2024"`). */
  asOf?: string | Date;
  /**
   * Instead of `asOf`: the figures exactly as this edition printed them (`"svm2024"`); the year defaults
   * to the edition's reporting year. Figures the edition did not print are left out.
   */
  edition?: EditionId;
}

/**
 * The source of a summary figure.
 * @category Report
 */
export interface SummarySource {
  readonly id: string;
  readonly publisher: string;
  readonly url: string;
}

/**
 * One figure of a {@link Summary}.
 * @category Report
 */
export interface SummaryItem {
  /** A stable camelCase id, e.g. `"immigration"`, `"asylumFirst"`, `"nonEuEftaWorkShare"`. */
  readonly id: string;
  /** The label in the summary's language. */
  readonly label: string;
  /** The figure: a count in `unit`, a fraction for `unit: "share"`, a place for `unit: "rank"`. */
  readonly value: number;
  readonly unit: Unit | "share" | "rank";
  /** The status of the figure (of a share: the weaker of part and whole). */
  readonly status: Status;
  /** The rounding unit as published (of a share: the coarser of the two counts; of a rank: 1). */
  readonly precision: number;
  /** The published hedge (`about`, `atLeast`, `atMost`; of a share or rank: `about` when an input had one), or `null`. */
  readonly qualifier: Qualifier | null;
  /** Where the figure comes from (of a share: the part's source). */
  readonly source: SummarySource;
  /** The change on the previous year, where both years have figures (`relative` is a fraction). */
  readonly change?: ChangeResult & { readonly year: number };
  /** The figure in one sentence, in the summary's language. */
  readonly text: string;
}

/**
 * A section of a {@link Summary}: one topic of the report.
 * @category Report
 */
export interface SummarySection {
  /** `migration`, `motives`, `asylum`, `ukraine`, `reception`, `housing`, `departures`, `eu` or `world`. */
  readonly id: string;
  readonly title: string;
  readonly items: readonly SummaryItem[];
}

/**
 * The result of {@link summary}.
 * @category Report
 */
export interface Summary {
  readonly year: number;
  readonly lang: Language;
  /** The vintage cut-off as an ISO date, or `null` for today's figures. */
  readonly asOf: string | null;
  /** The edition whose printed figures the summary shows, or `null`. */
  readonly edition: string | null;
  /** Sections with at least one figure, in report order. */
  readonly sections: readonly SummarySection[];
  /** The whole summary as plain text: a heading, one line per figure, and the sources. */
  readonly text: string;
}

const T = {
  en: {
    title: "State of Migration",
    latest: "latest figures",
    asOf: "figures published by",
    asPrinted: "as printed in",
    than: "than in",
    on: "on",
    sources: "Sources",
    at: "at 31 December",
    million: "million",
    qualifier: { about: "about ", atLeast: "more than ", atMost: "almost " },
    status: { final: "", break: " (series break)", provisional: " (provisional)", estimated: " (estimate)" },
    units: { persons: "people", applications: "applications", decisions: "decisions", permits: "permits", dwellings: "dwellings", percent: "%", perMillion: "per million" },
    sections: {
      migration: "Migration",
      motives: "Why people came",
      asylum: "Asylum",
      ukraine: "Displaced people from Ukraine",
      reception: "Reception",
      housing: "Housing of status holders",
      departures: "Departures",
      eu: "The Netherlands in the EU",
      world: "Worldwide",
    },
  },
  nl: {
    title: "Staat van Migratie",
    latest: "laatste cijfers",
    asOf: "cijfers gepubliceerd t/m",
    asPrinted: "zoals gedrukt in de",
    than: "dan in",
    on: "op",
    sources: "Bronnen",
    at: "op 31 december",
    million: "miljoen",
    qualifier: { about: "ongeveer ", atLeast: "ruim ", atMost: "bijna " },
    status: { final: "", break: " (trendbreuk)", provisional: " (voorlopig)", estimated: " (schatting)" },
    units: { persons: "mensen", applications: "aanvragen", decisions: "beslissingen", permits: "vergunningen", dwellings: "woningen", percent: "%", perMillion: "per miljoen" },
    sections: {
      migration: "Migratie",
      motives: "Waarom mensen kwamen",
      asylum: "Asiel",
      ukraine: "Ontheemden uit Oekraïne",
      reception: "Opvang",
      housing: "Huisvesting van statushouders",
      departures: "Vertrek",
      eu: "Nederland in de EU",
      world: "Wereldwijd",
    },
  },
} as const;

/** `value` rounded to its precision; millions in words ("117.3 million"). */
function num(value: number, precision: number, lang: Language): string {
  if (Math.abs(value) >= 1e6 && precision >= 1e5) {
    return `${formatNumber(value / 1e6, { lang, precision: precision / 1e6 })} ${T[lang].million}`;
  }
  return formatNumber(value, { lang, precision: Math.max(1, precision) });
}

/** What a summary reads of a cell: its chosen figure and that figure's source record (no notes or prose). */
interface Cell {
  readonly value: number;
  readonly status: Status;
  readonly precision: number;
  readonly qualifier?: Qualifier | undefined;
  readonly source: Source;
}

/** The published hedge, the number and the unit: "ongeveer 314.000 mensen". */
function figure(o: Cell, unit: Unit, lang: Language): string {
  const L = T[lang];
  const q = o.qualifier === undefined ? "" : L.qualifier[o.qualifier];
  const u = L.units[unit];
  return unit === "percent" ? `${q}${num(o.value, o.precision, lang)}%` : `${q}${num(o.value, o.precision, lang)} ${u}`;
}

function sourceOf(o: Cell): SummarySource {
  return { id: o.source.id, publisher: o.source.publisher, url: o.source.url };
}

/** The observation of a cell, or undefined when there is none (published by asOf). */
/** The vintage selection of a summary: figures known by a date, or as an edition printed them. */
interface Sel {
  readonly asOf?: string | undefined;
  readonly edition?: string | undefined;
}

/** The query options for a selection (only the ones that are set). */
function pick(sel: Sel): { asOf?: string; edition?: string } {
  return { ...(sel.asOf === undefined ? {} : { asOf: sel.asOf }), ...(sel.edition === undefined ? {} : { edition: sel.edition }) };
}

function tryObservation(d: AnyDataset, series: string, year: number, sel: Sel): Cell | undefined {
  if (!Object.hasOwn(d.series, series) || year < d.years.from || year > d.years.to) return undefined;
  let o;
  try {
    // Arguments, not a query object: a polluted Object.prototype cannot add a `date` to it.
    o = cell("summary", d, series, year, sel.asOf, sel.edition);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
  return { value: o.value, status: o.status, precision: o.precision, qualifier: o.qualifier, source: sourceRecordOf("summary", d, o.source) };
}

function tryChange(d: AnyDataset, series: string, year: number, sel: Sel): ChangeResult | undefined {
  if (year - 1 < d.years.from || year > d.years.to) return undefined;
  try {
    const c = change(d, { from: year - 1, to: year, series, ...pick(sel) });
    // A relative change of a balance that crosses or starts at or below zero says nothing.
    return Number.isFinite(c.relative) && c.from > 0 && c.to >= 0 ? c : undefined;
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

interface Ctx {
  year: number;
  lang: Language;
  sel: Sel;
}

/** An item for one cell of a dataset, optionally with the change on the previous year. */
function cellItem(ctx: Ctx, id: string, d: AnyDataset, series: string, withChange: boolean, atYearEnd = false): SummaryItem | undefined {
  const { year, lang, sel } = ctx;
  const o = tryObservation(d, series, year, sel);
  if (o === undefined || !Number.isFinite(o.value)) return undefined;
  const L = T[lang];
  const label = series === "total" ? d.title[lang] : d.series[series]!.label[lang];
  const when = atYearEnd ? `${L.at} ${year}` : `in ${year}`;
  let text = `${label}: ${figure(o, d.unit, lang)} ${when}${L.status[o.status]}`;
  const c = withChange ? tryChange(d, series, year, sel) : undefined;
  if (c !== undefined) {
    const before = tryObservation(d, series, year - 1, sel);
    const shown = before === undefined ? num(c.from, c.precision, lang) : num(before.value, before.precision, lang);
    text += `, ${formatChange(c, { lang })} ${L.than} ${year - 1} (${shown})`;
  }
  return {
    id,
    label,
    value: o.value,
    unit: d.unit,
    status: o.status,
    precision: o.precision,
    qualifier: o.qualifier ?? null,
    source: sourceOf(o),
    ...(c === undefined ? {} : { change: { ...c, year: year - 1 } }),
    text: `${text}.`,
  };
}

/** The share of a part in a whole of the same year, or undefined when either has no figure. */
function shareItem(ctx: Ctx, id: string, label: string, part: [AnyDataset, string], whole: [AnyDataset, string]): SummaryItem | undefined {
  const { year, lang, sel } = ctx;
  const p = tryObservation(part[0], part[1], year, sel);
  const w = tryObservation(whole[0], whole[1], year, sel);
  if (p === undefined || w === undefined || w.value <= 0 || p.value < 0) return undefined;
  const value = p.value / w.value;
  if (!Number.isFinite(value)) return undefined;
  const status = weakerStatus(p.status, w.status);
  const precision = Math.max(p.precision, w.precision);
  const qualifier: Qualifier | null = p.qualifier === undefined && w.qualifier === undefined ? null : "about";
  // One decimal only where rounding of the inputs cannot move it (half a rounding unit of each).
  const uncertainty = (precision / 2 / w.value) * (1 + value);
  const digits = uncertainty < 0.0005 && value < 0.1 ? 1 : 0;
  const L = T[lang];
  return {
    id,
    label,
    value,
    unit: "share",
    status,
    precision,
    qualifier,
    source: sourceOf(p),
    text: `${label}: ${qualifier === null ? "" : L.qualifier[qualifier]}${formatPercent(value, { lang, digits })} in ${year}${L.status[status]}.`,
  };
}

/** The place of a member in a complete comparison, or undefined (a partial ranking misleads). */
function rankItem(ctx: Ctx, item: Extract<ReportItem, { kind: "rank" }>): SummaryItem | undefined {
  const { year, lang, sel } = ctx;
  const d = item.dataset;
  if (d.comparison === null || year < d.years.from || year > d.years.to) return undefined;
  const entries = rank(d, { year, by: "perCapita", population: item.population as never, partial: true, ...pick(sel) });
  const e = entries.find((x) => x.series === item.member);
  if (!entries.complete || e === undefined) return undefined;
  const source = tryObservation(d, item.member, year, sel)!;
  const label = item.label[lang];
  return { id: item.id, label, value: e.rank, unit: "rank", status: e.status, precision: 1, qualifier: e.qualifier === null ? null : "about", source: sourceOf(source), text: `${label}: ${e.rank} in ${year}.` };
}

/** The summary item of a report item, or undefined when the year has no figure for it. */
function itemOf(ctx: Ctx, item: ReportItem): SummaryItem | undefined {
  if (item.kind === "rank") return rankItem(ctx, item);
  if (item.kind === "share") {
    const s = shareItem(ctx, item.id, item.label[ctx.lang], [item.part[0], item.part[1]], [item.whole[0], item.whole[1]]);
    return s !== undefined && item.skipZero === true && s.value === 0 ? undefined : s;
  }
  const c = cellItem(ctx, item.id, item.dataset, item.series, item.change === true, item.atYearEnd === true);
  if (c === undefined || item.label === undefined) return c;
  const label = item.label[ctx.lang];
  return { ...c, label, text: c.text.replace(/^[^:]*:/, `${label}:`) };
}

/**
 * A summary of one year in the manner of the Staat van Migratie: structured figures, each with its
 * status and source, and the same as text in English or Dutch.
 *
 * Sections, in report order (a section or figure without data for the year — or none published by
 * `asOf` — is left out, never shown as 0 or NaN): `migration` (immigration, emigration and net
 * migration, with the change on the previous year), `motives` (shares of the motives in
 * `immigrationByMotive` and `immigrationByMotiveNonEuEfta`), `asylum` (first, follow-up, family
 * reunification and total, with changes), `ukraine` (displaced Ukrainians at 31 December),
 * `reception` (COA occupancy and status holders at 31 December), `housing` (status holders housed and
 * the housing target), `departures` (independent, forced, verified), `eu` (the Netherlands' first-time
 * applicants, its share of the EU27, and its per-capita place when every member state has figures)
 * and `world` (forcibly displaced people at 31 December).
 *
 * Numbers are written with `formatNumber`, `formatPercent` and `formatChange`: never more precise than
 * published ("336.000", "17% minder"), with the published hedge ("ongeveer 314.000").
 *
 * @param options - `year` (default: the latest year with an immigration figure), `lang` (`"en"` or
 *   `"nl"`) and `asOf` (an ISO date, a `Date` or an edition id such as `"svm2024"`)
 * @returns `{ year, lang, asOf, sections: [{ id, title, items: [{ id, label, value, unit, status,
 *   precision, source, change?, text }] }], text }`
 * @throws {TypeError} when an option has the wrong type
 * @throws {RangeError} when the year is outside 2010–2024 or has no figures (by `asOf`), lang is not
 *   `"en"` or `"nl"`, or `asOf` is not a valid date or edition
 *
 * @example
 * ```ts
 * import { summary } from "staat-van-migratie";
 *
 * const s = summary({ year: 2023, lang: "nl", asOf: "2024-06-14" });
 * s.sections[0]?.items[0]?.text;
 * //=> "Immigratie: 332.863 mensen in 2023 (voorlopig), 17% minder dan in 2022 (403.108)."
 * summary({ year: 2023 }).sections[0]?.items[0]?.value; //=> 335668 (CBS, final)
 * ```
 * @category Report
 */
export function summary(options?: SummaryOptions): Summary {
  const o = readOptionalOptions("summary", options, ["year", "lang", "asOf", "edition"], '{ year: 2023, lang: "nl", asOf: "svm2024" }') as SummaryOptions;
  const locale = localeOf("summary", o.lang);
  const lang: Language = o.lang ?? "en";
  const edition = editionOption("summary", o.edition, o.asOf);
  const asOf = o.asOf === undefined ? undefined : parseAsOf("summary", o.asOf);
  const range = immigration.years;
  let year: number;
  if (o.year === undefined && edition !== undefined) {
    // An edition reports on the year before it appeared.
    year = editions.find((e) => e.id === edition)!.reportingYear;
  } else if (o.year === undefined) {
    const points = timeseries(immigration, asOf === undefined ? {} : { asOf });
    const last = points.at(-1);
    if (last === undefined) throw new RangeError(`summary: no immigration figure was published by ${asOf}; pass a later asOf (editions: svm2021 … svm2025)`);
    year = last.year;
  } else {
    if (typeof o.year !== "number") throw new TypeError(`summary: year must be a number from ${range.from} to ${range.to}, got ${o.year === null ? "null" : typeof o.year}`);
    if (!Number.isInteger(o.year) || o.year < range.from || o.year > range.to) {
      throw new RangeError(`summary: year must be a whole year from ${range.from} to ${range.to}, got ${o.year}`);
    }
    year = o.year;
  }
  const ctx: Ctx = { year, lang, sel: { asOf, edition } };
  const L = T[lang];
  const bySection = new Map<SectionId, SummaryItem[]>();
  for (const item of reportItems()) {
    const i = itemOf(ctx, item);
    if (i === undefined) continue;
    const list = bySection.get(item.section);
    if (list === undefined) bySection.set(item.section, [i]);
    else list.push(i);
  }
  const sections: SummarySection[] = [...bySection].map(([id, items]) => ({ id, title: L.sections[id], items }));
  if (sections.length === 0) {
    if (edition !== undefined) throw new RangeError(`summary: ${edition} printed no figure for ${year} that the datasets hold; its reporting year is ${editions.find((e) => e.id === edition)!.reportingYear}`);
    throw new RangeError(`summary: no figures for ${year}${asOf === undefined ? "" : ` were published by ${asOf}`}; pass ${asOf === undefined ? "" : "a later asOf or "}another year from ${range.from} to ${range.to}`);
  }
  const when =
    edition !== undefined
      ? `${L.asPrinted} ${editions.find((e) => e.id === edition)!.title[lang]}`
      : asOf === undefined
        ? L.latest
        : `${L.asOf} ${new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${asOf}T00:00:00Z`))}`;
  const lines = [`${L.title} — ${year} (${when})`];
  const sources = new Map<string, SummarySource>();
  for (const s of sections) {
    lines.push("", s.title);
    for (const i of s.items) {
      lines.push(`- ${i.text}`);
      sources.set(i.source.id, i.source);
    }
  }
  lines.push("", `${L.sources}:`);
  for (const s of sources.values()) lines.push(`- ${s.publisher}: ${s.url}`);
  return { year, lang, asOf: asOf ?? null, edition: edition ?? null, sections, text: `${lines.join("\n")}\n` };
}
