/**
 * What lineChart and barChart share: the options, the rows, number formats, nice ticks, and the frame
 * (title above, source line below) around the Plot drawing. Internal to `staat-van-migratie/chart`.
 */
import { assertDataset } from "../_lib/checks.ts";
import { localeOf } from "../_lib/locale.ts";
import { numberFormat } from "../_lib/numberFormat.ts";
import { readOptionalOptions } from "../_lib/options.ts";
import { buildRows, type Row } from "../_lib/rows.ts";
import type { AnyDataset, AsOf, Language, SeriesOf } from "../types.ts";

/**
 * The part of a DOM document the charts draw with: a browser's `document`, or linkedom's in Node and
 * Deno. (A structural type, so that the package's types do not need the DOM library.)
 * @category Charts
 */
export interface ChartDocument {
  /** Creates an element in a namespace (the charts create SVG elements). */
  createElementNS(namespace: string, qualifiedName: string): unknown;
}

/**
 * The element a chart function returns for a document type: `Element` for a browser's (or linkedom's)
 * `Document`, so that it can be appended to a page; `unknown` when no document type is known.
 * @category Charts
 */
export type ChartElement<Doc extends ChartDocument = ChartDocument> = Doc extends {
  /** The document's element factory, whose result type is the chart's. */
  createElementNS(namespace: string, qualifiedName: string): infer E;
}
  ? E
  : never;

/**
 * Options of {@link lineChart} and {@link barChart}.
 * @category Charts
 */
export interface ChartOptions<D extends AnyDataset = AnyDataset, Doc extends ChartDocument = ChartDocument> {
  /** One series or a list (default: every series; for datasets of more than eight countries, the eight largest in their latest year). */
  series?: SeriesOf<D> | readonly SeriesOf<D>[];
  /** First year (line chart default: the dataset's first year; bar chart: the latest year with figures). */
  from?: number;
  /** Last year (line chart default: the dataset's last year; bar chart: the latest year with figures). */
  to?: number;
  /** Only figures published on or before this date (an ISO date, a `Date` or an edition id such as `"svm2024"`). */
  asOf?: AsOf;
  /** `"en"` (default) or `"nl"`: labels, title, source line and number formats (`220,000` or `220.000`). */
  lang?: Language;
  /** The title above the chart (default: the dataset's title in `lang`). */
  title?: string;
  /** Width in pixels, 240–2400 (default 640). */
  width?: number;
  /** Height in pixels, 160–2400 (line chart default 360; bar chart default: 24 px a bar plus the frame). */
  height?: number;
  /**
   * The DOM document to draw in (default: `globalThis.document`, as in a browser). In Node or Deno pass
   * one, e.g. linkedom's: `parseHTML("<!DOCTYPE html><html><body></body></html>").document`.
   */
  document?: Doc;
}

/** What the charts use of a DOM element. */
export interface El {
  setAttribute(name: string, value: string): void;
  appendChild(child: El): unknown;
  textContent: string | null;
  readonly outerHTML: string;
}

/** What the charts use of a DOM document. */
export interface Doc {
  createElementNS(namespace: string, qualifiedName: string): El;
}

export const SVG_NS = "http://www.w3.org/2000/svg";
/** Font size of the axes and labels; the width of a character is estimated as 0.6 of it (sans-serif). */
export const FONT = 11;
export const CHAR: number = 0.6 * FONT;
const TITLE_FONT = 15;
const SOURCE_FONT = 10;
const PAD = 10;

/** Okabe–Ito, then Tableau 10: colour-blind safe for the first eight. */
export function palette(n: number): string[] {
  const colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442", "#9c755f", "#bab0ab", "#4e79a7", "#e15759"];
  return Array.from({ length: Math.max(1, n) }, (_, i) => colours[i % colours.length]!);
}

/** The checked options of a chart, and its rows (the best figure of each cell, as `toRows` gives them). */
export interface Prepared {
  dataset: AnyDataset;
  lang: Language;
  title: string;
  width: number;
  height: number | undefined;
  document: Doc;
  rows: Row[];
  /** The series drawn, in declared order. */
  series: string[];
  /** Whether `from`/`to` were given. */
  range: boolean;
}

const KEYS = ["series", "from", "to", "asOf", "edition", "lang", "title", "width", "height", "document"] as const;

function size(fn: string, value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number of pixels from ${min} to ${max}, got ${typeof value}`);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be a number of pixels from ${min} to ${max}, got ${typeof value === "number" ? value : typeof value}`);
  }
  return value;
}

/** Reads the options and builds the rows; `fn` names the public function in messages. */
export function prepare(fn: string, dataset: unknown, options: unknown): Prepared {
  assertDataset(fn, dataset);
  const q = readOptionalOptions(fn, options, KEYS, '{ from: 2015, lang: "nl" }');
  localeOf(fn, q.lang);
  const lang = (q.lang ?? "en") as Language;
  if (q.title !== undefined && typeof q.title !== "string") throw new TypeError(`${fn}: title must be a string, got ${typeof q.title}`);
  const width = q.width === undefined ? 640 : size(fn, q.width, "width", 240, 2400);
  const height = q.height === undefined ? undefined : size(fn, q.height, "height", 160, 2400);
  const doc = q.document ?? (globalThis as { document?: unknown }).document;
  if (doc === null || typeof doc !== "object" || typeof (doc as Doc).createElementNS !== "function") {
    throw new TypeError(
      `${fn}: no DOM document: pass { document } (in Node or Deno, linkedom's parseHTML("<!DOCTYPE html><html><body></body></html>").document)`,
    );
  }
  const query: Record<string, unknown> = {};
  for (const k of ["series", "from", "to", "asOf", "edition"] as const) if (q[k] !== undefined) query[k] = q[k];
  let rows = buildRows(fn, dataset, query).rows;
  let series = [...new Set(rows.map((r) => r.series))];
  if (q.series === undefined && dataset.seriesKeys === "iso3166" && series.length > 8) {
    // The eight largest in their latest year, so that no chart has dozens of lines.
    const latest = new Map<string, Row>();
    for (const r of rows) {
      const cur = latest.get(r.series);
      if (cur === undefined || r.year > cur.year || (r.year === cur.year && (r.date ?? "") > (cur.date ?? ""))) latest.set(r.series, r);
    }
    const top = new Set(
      [...latest.values()]
        .sort((a, b) => b.year - a.year || b.value - a.value)
        .slice(0, 8)
        .map((r) => r.series),
    );
    series = series.filter((s) => top.has(s));
    rows = rows.filter((r) => top.has(r.series));
  }
  if (rows.length === 0) {
    throw new RangeError(`${fn}: no figures to draw for ${dataset.id}${q.from === undefined && q.to === undefined ? "" : ` from ${String(q.from ?? dataset.years.from)} to ${String(q.to ?? dataset.years.to)}`}${q.asOf === undefined ? "" : ` as of ${String(q.asOf)}`}; see dataset.gaps`);
  }
  return {
    dataset,
    lang,
    title: (q.title as string | undefined) ?? dataset.title[lang],
    width,
    height,
    document: doc as Doc,
    rows,
    series,
    range: q.from !== undefined || q.to !== undefined,
  };
}

/** A series' label in the chart's language; country datasets use their ISO codes. */
export function seriesLabel(dataset: AnyDataset, key: string, lang: Language): string {
  if (dataset.seriesKeys === "iso3166") return key;
  return dataset.series[key]?.label[lang] ?? key;
}

/** Shortens `text` to at most `max` characters, with an ellipsis. */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** The number format of the axes and labels: `220,000` / `220.000`, `80.2%` / `80,2%`. */
export function valueFormat(dataset: AnyDataset, lang: Language, values: readonly number[]): (d: number) => string {
  const locale = localeOf("chart", lang);
  const decimals = Math.min(2, Math.max(0, ...values.map((v) => (Number.isInteger(v) ? 0 : (String(v).split(".")[1]?.length ?? 0)))));
  const f = numberFormat(locale, 0);
  const fd = numberFormat(locale, decimals);
  const suffix = dataset.unit === "percent" ? "%" : "";
  return (d) => `${(Number.isInteger(d) ? f : fd).format(d)}${suffix}`;
}

/** Nice ticks covering [lo, hi] (about `count` of them), and the domain they span. */
export function niceTicks(lo: number, hi: number, count = 5): { ticks: number[]; domain: [number, number] } {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 10;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step / 1e6; i++) ticks.push(Number((start + i * step).toPrecision(12)));
  return { ticks, domain: [ticks[0]!, ticks[ticks.length - 1]!] };
}

/** Year ticks from `from` to `to`: every year, or every 2, 5 or 10 years, at most `max` (about eight). */
export function yearTicks(from: number, to: number, max = 8): number[] {
  const span = to - from;
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= Math.max(1, max - 1)) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) out.push(y);
  if (out.length === 0) out.push(from);
  return out;
}

/** Splits `text` into lines of at most `max` characters at spaces (a longer word is cut with an ellipsis). */
export function wrap(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (next.length <= max) line = next;
    else {
      if (line !== "") lines.push(line);
      line = fit(word, max);
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fit(`${kept[maxLines - 1]!} …`, max);
    return kept;
  }
  return lines;
}

/** The publishers of the figures shown, most figures first: "Source: CBS, Rijksoverheid". */
export function sourceLine(rows: readonly Row[], lang: Language): string {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.publisher, (count.get(r.publisher) ?? 0) + 1);
  const names = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  return `${lang === "nl" ? "Bron" : "Source"}: ${names.join("; ")}`;
}

/** The heights of the frame around the drawing: the title lines above and the source lines below. */
export function frameLines(p: Prepared): { title: string[]; source: string[]; top: number; bottom: number } {
  const title = wrap(p.title, Math.floor((p.width - 2 * PAD) / (0.62 * TITLE_FONT)), 2);
  const source = wrap(sourceLine(p.rows, p.lang), Math.floor((p.width - 2 * PAD) / (0.6 * SOURCE_FONT)), 3);
  return { title, source, top: PAD + title.length * (TITLE_FONT + 4) + 4, bottom: source.length * (SOURCE_FONT + 3) + PAD };
}

function text(doc: Doc, x: number, y: number, content: string, attrs: Record<string, string>): El {
  const t = doc.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = content;
  return t;
}

/**
 * The chart: an `<svg>` of `width` × `height` with a white background, the title at the top, the Plot
 * drawing (an `<svg>` of `width` × plot height) below it, and the source line at the bottom.
 */
export function frame(p: Prepared, plot: El, height: number, lines: ReturnType<typeof frameLines>): El {
  const doc = p.document;
  const svg = doc.createElementNS(SVG_NS, "svg");
  for (const [k, v] of Object.entries({
    width: String(p.width),
    height: String(height),
    viewBox: `0 0 ${p.width} ${height}`,
    role: "img",
    "aria-label": p.title,
    "font-family": "system-ui, sans-serif",
  })) {
    svg.setAttribute(k, v);
  }
  const bg = doc.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", String(p.width));
  bg.setAttribute("height", String(height));
  bg.setAttribute("fill", "white");
  svg.appendChild(bg);
  const title = doc.createElementNS(SVG_NS, "title");
  title.textContent = p.title;
  svg.appendChild(title);
  lines.title.forEach((line, i) => {
    svg.appendChild(text(doc, PAD, PAD + TITLE_FONT + i * (TITLE_FONT + 4), line, { "font-size": String(TITLE_FONT), "font-weight": "bold", fill: "#111" }));
  });
  plot.setAttribute("x", "0");
  plot.setAttribute("y", String(lines.top));
  svg.appendChild(plot);
  lines.source.forEach((line, i) => {
    const y = height - PAD - (lines.source.length - 1 - i) * (SOURCE_FONT + 3);
    svg.appendChild(text(doc, PAD, y, line, { "font-size": String(SOURCE_FONT), fill: "#555" }));
  });
  return svg;
}

/** Plot's own style, with the font and size of the charts. */
export function plotStyle(): Record<string, string> {
  return { fontSize: `${FONT}px`, fontFamily: "system-ui, sans-serif", background: "white", color: "#222", overflow: "visible" };
}
