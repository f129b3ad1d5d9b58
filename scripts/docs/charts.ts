/**
 * Charts for the dataset catalogue: one SVG per dataset, drawn with Observable Plot on a server-side
 * DOM (linkedom). Output is deterministic: the same datasets give the same bytes.
 *
 * - Two or more points in time: lines and dots of the best figure per series (the package's own
 *   selection rule, no `asOf`) over the years; stocks over their reference dates. Missing years break
 *   the line. Series are labelled at the right edge (labels pushed apart so they never overlap).
 * - Datasets with per-country series (ISO codes): the six largest countries in the latest year, and
 *   the aggregates (EU27, …) in a second chart, so the EU total does not flatten the countries.
 * - One or two years only: horizontal bars per series and year.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { best } from "../../src/_lib/vintage.ts";
import type { AnyDataset, Observation } from "../../src/types.ts";

/** A rendered chart. */
export interface Chart {
  /** File name under docs/datasets/charts/. */
  file: string;
  /** Alt text and caption. */
  alt: string;
  svg: string;
}

/** A plotted point: one best figure. */
interface Point {
  series: string;
  label: string;
  /** A year (flows) or a reference date (stocks). */
  x: number | Date;
  year: number;
  value: number;
}

const WIDTH = 760;
const AGGREGATES = new Set(["EU27", "EU28", "EU", "EUPLUS", "EEA", "WORLD"]);
const TOP_N = 6;

function document(): Document {
  return parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
}

/** A series label that fits in the right margin. */
function shortLabel(dataset: AnyDataset, key: string): string {
  if (dataset.seriesKeys === "iso3166") return key;
  const label = dataset.series[key]?.label.en ?? key;
  return label.length > 38 ? `${label.slice(0, 37).trimEnd()}…` : label;
}

/** The best figure of every cell (flows: per year; stocks: per reference date, every date). */
export function bestPoints(dataset: AnyDataset): Point[] {
  const out: Point[] = [];
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const at = dataset.measure === "stock" ? (o.date ?? `${o.year}`) : `${o.year}`;
    const k = `${o.series}\u0000${at}`;
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  for (const [k, list] of groups) {
    const o = best(dataset, list, undefined);
    if (o === undefined) continue;
    const at = k.split("\u0000")[1]!;
    out.push({
      series: o.series,
      label: shortLabel(dataset, o.series),
      x: dataset.measure === "stock" && /^\d{4}-\d\d-\d\d$/.test(at) ? new Date(`${at}T00:00:00Z`) : o.year,
      year: o.year,
      value: o.value,
    });
  }
  const order = Object.keys(dataset.series);
  return out.sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || +a.x - +b.x);
}

function tickFormat(dataset: AnyDataset): (d: number) => string {
  if (dataset.unit === "percent") return (d) => `${d}%`;
  return (d) => {
    const a = Math.abs(d);
    if (a >= 1e6) return `${+(d / 1e6).toFixed(1)}M`;
    if (a >= 1e3) return `${+(d / 1e3).toFixed(1)}k`;
    return `${d}`;
  };
}

function serialize(plot: Element): string {
  const svg = plot.outerHTML.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
  return `${svg}\n`;
}

/** Labels at the right edge, pushed apart vertically so that none overlap (12 px apart). */
function dodge(wanted: { key: string; y: number }[], min: number, max: number, gap = 12): Map<string, number> {
  const sorted = [...wanted].sort((a, b) => a.y - b.y);
  const ys = sorted.map((w) => w.y);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  const overflow = ys.length > 0 ? ys[ys.length - 1]! - max : 0;
  if (overflow > 0) {
    ys[ys.length - 1]! -= overflow;
    for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - gap);
  }
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, min);
  return new Map(sorted.map((w, i) => [w.key, ys[i]!]));
}

/** Lines and dots over time, with labels at the right edge. */
function lineChart(dataset: AnyDataset, points: Point[], opts: { title: string }): string {
  const stock = dataset.measure === "stock";
  const seriesKeys = [...new Set(points.map((p) => p.series))];
  // Flows: one row per year of the declared range, NaN where no figure, so the line breaks at gaps.
  const rows: Point[] = [];
  for (const key of seriesKeys) {
    const own = points.filter((p) => p.series === key);
    if (stock) {
      rows.push(...own);
      continue;
    }
    for (let y = dataset.years.from; y <= dataset.years.to; y++) {
      const p = own.find((q) => q.year === y);
      rows.push(p ?? { series: key, label: own[0]!.label, x: y, year: y, value: Number.NaN });
    }
  }
  const labelWidth = Math.min(260, 14 + 6.4 * Math.max(...seriesKeys.map((k) => points.find((p) => p.series === k)!.label.length)));
  const height = 340;
  const marginTop = 24;
  const marginBottom = 32;
  const fmt = tickFormat(dataset);
  const base = {
    document: document(),
    width: WIDTH,
    height,
    marginTop,
    marginBottom,
    marginLeft: 56,
    marginRight: labelWidth,
    style: { fontSize: "11px", fontFamily: "sans-serif", background: "white", color: "#222" },
    x: stock
      ? { type: "utc" as const, label: null, ticks: 6 }
      : { label: null, tickFormat: (d: number) => `${d}`, interval: 1, ticks: Math.min(8, dataset.years.to - dataset.years.from + 1) },
    y: { label: `↑ ${dataset.unit}`, grid: true, zero: !dataset.signed, nice: true, tickFormat: fmt },
    color: { domain: seriesKeys, range: palette(seriesKeys.length) },
  };
  const marks = [
    ...(dataset.signed ? [Plot.ruleY([0], { stroke: "#888" })] : []),
    Plot.line(rows, { x: "x", y: "value", z: "series", stroke: "series", strokeWidth: 1.8 }),
    Plot.dot(rows.filter((r) => Number.isFinite(r.value)), { x: "x", y: "value", fill: "series", r: 2.6 }),
  ];
  // First pass: the scales, to place the labels in pixels.
  const probe = Plot.plot({ ...base, marks }) as unknown as { scale(name: string): { apply(v: unknown): number; invert?(v: number): number } };
  const yScale = probe.scale("y");
  const xMax = stock ? new Date(Math.max(...points.map((p) => +p.x))) : dataset.years.to;
  const wanted = seriesKeys.map((key) => {
    const own = rows.filter((r) => r.series === key && Number.isFinite(r.value));
    return { key, y: yScale.apply(own[own.length - 1]!.value) };
  });
  const placed = dodge(wanted, marginTop, height - marginBottom);
  const labels = seriesKeys.map((key) => ({
    series: key,
    label: points.find((p) => p.series === key)!.label,
    y: yScale.invert!(placed.get(key)!),
    x: xMax,
  }));
  const svg = Plot.plot({
    ...base,
    ariaLabel: opts.title,
    marks: [
      ...marks,
      Plot.text(labels, { x: "x", y: "y", text: "label", fill: "series", textAnchor: "start", dx: 10, fontWeight: "bold", clip: false }),
    ],
  }) as unknown as Element;
  return serialize(svg);
}

/** Horizontal bars: one bar per series and year (datasets with one or two years of figures). */
function barChart(dataset: AnyDataset, points: Point[], opts: { title: string }): string {
  const years = [...new Set(points.map((p) => p.year))].sort();
  // Full labels (up to 66 characters); the series key where two labels would read the same.
  const long = (key: string) => {
    const label = dataset.seriesKeys === "iso3166" ? key : (dataset.series[key]?.label.en ?? key);
    return label.length > 66 ? `${label.slice(0, 65).trimEnd()}…` : label;
  };
  const keys = [...new Set(points.map((p) => p.series))];
  const names = new Map(keys.map((k) => [k, long(k)]));
  for (const k of keys) if (keys.some((j) => j !== k && names.get(j) === names.get(k))) names.set(k, k);
  const rows = points.map((p) => ({ ...p, row: years.length > 1 ? `${names.get(p.series)} · ${p.year}` : names.get(p.series)! }));
  const domain = rows.map((r) => r.row);
  const longest = Math.max(...domain.map((d) => d.length));
  const fmt = tickFormat(dataset);
  const svg = Plot.plot({
    document: document(),
    width: WIDTH,
    height: 40 + 24 * rows.length,
    marginLeft: Math.min(420, 12 + 6 * longest),
    marginRight: 64,
    marginTop: 24,
    style: { fontSize: "11px", fontFamily: "sans-serif", background: "white", color: "#222" },
    ariaLabel: opts.title,
    x: { label: `${dataset.unit} →`, grid: true, tickFormat: fmt, nice: true },
    y: { label: null, domain },
    color: { domain: years.map(String), range: palette(years.length) },
    marks: [
      Plot.barX(rows, { x: "value", y: "row", fill: (d: { year: number }) => String(d.year) }),
      Plot.text(rows, { x: "value", y: "row", text: (d: { value: number }) => fmt(d.value), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
      Plot.axisY({ tickSize: 0, lineWidth: 60, label: null }),
    ],
  }) as unknown as Element;
  return serialize(svg);
}

/** A colour-blind-safe palette (Okabe–Ito, then Tableau 10). */
function palette(n: number): string[] {
  const colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442", "#9c755f", "#bab0ab", "#4e79a7", "#e15759"];
  return colours.slice(0, Math.max(1, n));
}

/** The charts of one dataset (one or two). */
export function renderCharts(dataset: AnyDataset): Chart[] {
  const points = bestPoints(dataset);
  if (points.length === 0) return [];
  const times = new Set(points.map((p) => +p.x));
  const title = dataset.title.en;
  const draw = (subset: Point[], t: string) => {
    const distinct = new Set(subset.map((p) => +p.x)).size;
    return distinct <= 2 && times.size <= 2 ? barChart(dataset, subset, { title: t }) : lineChart(dataset, subset, { title: t });
  };
  if (dataset.seriesKeys !== "iso3166") {
    return [{ file: `${dataset.id}.svg`, alt: `${title}: best figure per series and ${dataset.measure === "stock" ? "reference date" : "year"}`, svg: draw(points, title) }];
  }
  const charts: Chart[] = [];
  const countries = points.filter((p) => !AGGREGATES.has(p.series));
  const aggregates = points.filter((p) => AGGREGATES.has(p.series));
  if (countries.length > 0) {
    const latest = new Map<string, { x: number; value: number }>();
    for (const p of countries) {
      const cur = latest.get(p.series);
      if (!cur || +p.x > cur.x) latest.set(p.series, { x: +p.x, value: p.value });
    }
    const top = [...latest].sort((a, b) => b[1].x - a[1].x || b[1].value - a[1].value).slice(0, TOP_N).map(([k]) => k);
    const shown = countries.filter((p) => top.includes(p.series));
    const n = top.length;
    const others = latest.size - n;
    charts.push({
      file: `${dataset.id}.svg`,
      alt: `${title}: ${others > 0 ? `the ${n} countries with the largest figure in their latest year` : "countries"} (ISO codes)`,
      svg: draw(shown, title),
    });
  }
  if (aggregates.length > 0) {
    charts.push({ file: `${dataset.id}-aggregates.svg`, alt: `${title}: aggregates (${[...new Set(aggregates.map((p) => p.series))].join(", ")})`, svg: draw(aggregates, title) });
  }
  return charts;
}
