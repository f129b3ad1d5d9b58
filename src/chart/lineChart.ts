import * as Plot from "@observablehq/plot";
import { UNIT_WORDS } from "../_lib/words.ts";
import type { AnyDataset } from "../types.ts";
import { CHAR, FONT, fit, frame, frameLines, niceTicks, palette, plotStyle, prepare, seriesLabel, valueFormat, yearTicks, type ChartDocument, type ChartElement, type ChartOptions, type El } from "./_draw.ts";

/** Labels at the right edge, pushed apart vertically so that none overlap (`gap` px apart), within [min, max]. */
function dodge(wanted: { key: string; y: number }[], min: number, max: number, gap: number): Map<string, number> {
  const sorted = [...wanted].sort((a, b) => a.y - b.y);
  const ys = sorted.map((w) => Math.min(Math.max(w.y, min), max));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  const overflow = ys.length > 0 ? ys[ys.length - 1]! - max : 0;
  if (overflow > 0) {
    ys[ys.length - 1]! -= overflow;
    for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - gap);
  }
  return new Map(sorted.map((w, i) => [w.key, ys[i]!]));
}

interface Point {
  series: string;
  x: number | Date;
  year: number;
  value: number;
}

/**
 * A line chart of a dataset: the best figure of each year (stocks: each reference date) per series,
 * as `toRows` chooses it, drawn with Observable Plot. Missing years break the line; series are
 * labelled at the right edge; a title above and a source line naming the publishers of the figures
 * shown below. Numbers are formatted for `lang` (`220,000` or `220.000`), and the margins are wide
 * enough for every label, so nothing falls outside the SVG's `viewBox`.
 *
 * Needs `@observablehq/plot` (an optional peer dependency: `npm install @observablehq/plot`) and a DOM
 * document: the page's in a browser, or one passed as `document` (in Node or Deno, linkedom's).
 *
 * @param dataset - a dataset, such as `immigration`
 * @param options - `series`, `from`, `to`, `asOf`, `lang`, `title`, `width`, `height`, `document`
 * @returns an `<svg>` element of `width` × `height`; {@link toSVGString} makes it a standalone file
 * @throws {TypeError} when an argument has the wrong type, an option is unknown, or there is no DOM document
 * @throws {RangeError} when a series is unknown, a year is outside the dataset's range, `from > to`,
 *   `asOf` or `lang` is invalid, a size is out of range, or there are no figures to draw
 *
 * @example
 * ```ts
 * import { immigration } from "staat-van-migratie";
 * import { lineChart, toSVGString } from "staat-van-migratie/chart";
 * import { parseHTML } from "linkedom";
 *
 * const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
 * const svg = toSVGString(lineChart(immigration, { from: 2015, lang: "nl", document }));
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * svg.includes("Bron: CBS"); //=> true
 * ```
 * @category Charts
 */
export function lineChart<D extends AnyDataset, Doc extends ChartDocument = ChartDocument>(dataset: D, options?: ChartOptions<D, Doc>): ChartElement<Doc> {
  const p = prepare("lineChart", dataset, options);
  const { lang, rows, series } = p;
  const stock = dataset.measure === "stock";
  const from = p.range ? Math.min(...rows.map((r) => r.year)) : dataset.years.from;
  const to = p.range ? Math.max(...rows.map((r) => r.year)) : dataset.years.to;
  const lo = p.range ? from : Math.min(from, ...rows.map((r) => r.year));
  const hi = p.range ? to : Math.max(to, ...rows.map((r) => r.year));
  // Flows: one point per year of the range, NaN where there is no figure, so the line breaks at gaps.
  const points: Point[] = [];
  for (const key of series) {
    const own = rows.filter((r) => r.series === key);
    if (stock) {
      for (const r of own) points.push({ series: key, x: r.date === null ? new Date(Date.UTC(r.year, 0, 1)) : new Date(`${r.date}T00:00:00Z`), year: r.year, value: r.value });
      continue;
    }
    for (let y = lo; y <= hi; y++) {
      const r = own.find((o) => o.year === y);
      points.push({ series: key, x: y, year: y, value: r === undefined ? Number.NaN : r.value });
    }
  }
  const values = rows.map((r) => r.value);
  const fmt = valueFormat(dataset, lang, values);
  const y = niceTicks(Math.min(dataset.signed || Math.min(...values) < 0 ? Math.min(...values) : 0, ...values), Math.max(...values));
  const yLabels = y.ticks.map(fmt);
  const unit = `↑ ${UNIT_WORDS[lang][dataset.unit]}`;
  const marginLeft = Math.ceil(Math.max(...yLabels.map((l) => l.length)) * CHAR + 14);
  // Series labels at the right edge: as wide as the longest, at most a third of the width.
  const maxLabel = Math.max(6, Math.floor((p.width / 3 - 14) / CHAR));
  const labels = new Map(series.map((k) => [k, fit(seriesLabel(dataset, k, lang), maxLabel)]));
  const marginRight = series.length > 1 ? Math.ceil(Math.max(...[...labels.values()].map((l) => l.length)) * CHAR + 16) : 24;
  const lines = frameLines(p);
  const height = p.height ?? 360;
  const plotHeight = Math.max(120, height - lines.top - lines.bottom);
  const marginTop = 22;
  const marginBottom = 26;
  // Year labels are about 30 px wide: at most one tick per 44 px of the drawing.
  const maxTicks = Math.max(2, Math.min(8, Math.floor((p.width - marginLeft - marginRight) / 44)));
  let xTicks: (number | Date)[];
  if (stock) {
    const t0 = Math.min(...points.map((q) => q.year));
    const t1 = Math.max(...points.map((q) => +q.x));
    xTicks = yearTicks(t0, new Date(t1).getUTCFullYear(), maxTicks)
      .map((yr) => new Date(Date.UTC(yr, 0, 1)))
      .filter((d) => +d >= Math.min(...points.map((q) => +q.x)) && +d <= t1);
    if (xTicks.length === 0) xTicks = [new Date(t1)];
  } else xTicks = yearTicks(lo, hi, maxTicks);
  const colours = palette(series.length);
  const base = {
    document: p.document as never,
    width: p.width,
    height: plotHeight,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    style: plotStyle(),
    x: stock
      ? { type: "utc" as const, label: null, ticks: xTicks, tickFormat: (d: Date) => String(d.getUTCFullYear()) }
      : { label: null, ticks: xTicks, tickFormat: (d: number) => String(d), domain: [lo, hi], inset: 6 },
    y: { label: unit, domain: y.domain, ticks: y.ticks, tickFormat: fmt, grid: true },
    color: { domain: series, range: colours },
  };
  const marks: Plot.Markish[] = [
    ...(y.domain[0] < 0 ? [Plot.ruleY([0], { stroke: "#888" })] : []),
    Plot.line(points, { x: "x", y: "value", z: "series", stroke: "series", strokeWidth: 2 }),
    Plot.dot(
      points.filter((q) => Number.isFinite(q.value)),
      { x: "x", y: "value", fill: "series", r: 2.6 },
    ),
  ];
  if (series.length > 1) {
    // Place the labels in pixels with a first drawing's scale, then push them apart.
    const probe = Plot.plot({ ...base, marks }) as unknown as { scale(name: "y"): { apply(v: number): number; invert(v: number): number } };
    const yScale = probe.scale("y");
    const last = new Map<string, Point>();
    for (const q of points) if (Number.isFinite(q.value)) last.set(q.series, q);
    const placed = dodge(
      series.map((key) => ({ key, y: yScale.apply(last.get(key)!.value) })),
      marginTop,
      plotHeight - marginBottom,
      FONT + 1,
    );
    const xEnd = stock ? new Date(Math.max(...points.map((q) => +q.x))) : hi;
    marks.push(
      Plot.text(
        series.map((key) => ({ series: key, label: labels.get(key)!, y: yScale.invert(placed.get(key)!), x: xEnd })),
        { x: "x", y: "y", text: "label", fill: "series", textAnchor: "start", dx: 10, fontWeight: "bold" },
      ),
    );
  }
  const plot = Plot.plot({ ...base, ariaLabel: p.title, marks }) as unknown as El;
  return frame(p, plot, height, lines) as ChartElement<Doc>;
}
