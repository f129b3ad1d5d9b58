/**
 * Charts for the dataset catalogue: one SVG per dataset, drawn by the package's own chart entry
 * (`staat-van-migratie/chart`, Observable Plot) on a server-side DOM (linkedom). Output is
 * deterministic: the same datasets give the same bytes.
 *
 * - Two or more points in time: `lineChart` of the best figure per series (the package's own
 *   selection rule, no `asOf`) over the years; stocks over their reference dates.
 * - Datasets with per-country series (ISO codes): the six largest countries in the latest year, and
 *   the aggregates (EU27, …) in a second chart, so the EU total does not flatten the countries.
 * - One or two points in time only: `barChart` per series and year.
 */
import { parseHTML } from "linkedom";
import { barChart, lineChart, toSVGString } from "../../src/chart/index.ts";
import { toRows } from "../../src/toRows.ts";
import type { AnyDataset } from "../../src/types.ts";

/** A rendered chart. */
export interface Chart {
  /** File name under docs/datasets/charts/. */
  file: string;
  /** Alt text and caption. */
  alt: string;
  svg: string;
}

const WIDTH = 760;
const AGGREGATES = new Set(["EU27", "EU28", "EU", "EUPLUS", "EEA", "WORLD"]);
const TOP_N = 6;

function document(): Document {
  return parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
}

/** The charts of one dataset (one or two). */
export function renderCharts(dataset: AnyDataset): Chart[] {
  const rows = toRows(dataset);
  if (rows.length === 0) return [];
  const when = (r: { year: number; date: string | null }) => (dataset.measure === "stock" && r.date !== null ? r.date : String(r.year));
  const times = new Set(rows.map(when));
  const title = dataset.title.en;
  const draw = (series: string[]) => {
    const own = rows.filter((r) => series.includes(r.series));
    const options = { series, title, width: WIDTH, document: document() };
    const svg =
      new Set(own.map(when)).size <= 2 && times.size <= 2
        ? barChart(dataset, { ...options, from: Math.min(...own.map((r) => r.year)), to: Math.max(...own.map((r) => r.year)) })
        : lineChart(dataset, options);
    return toSVGString(svg);
  };
  const keys = [...new Set(rows.map((r) => r.series))];
  if (dataset.seriesKeys !== "iso3166") {
    return [{ file: `${dataset.id}.svg`, alt: `${title}: best figure per series and ${dataset.measure === "stock" ? "reference date" : "year"}`, svg: draw(keys) }];
  }
  const charts: Chart[] = [];
  const countries = keys.filter((k) => !AGGREGATES.has(k));
  const aggregates = keys.filter((k) => AGGREGATES.has(k));
  if (countries.length > 0) {
    const latest = new Map<string, { t: string; value: number }>();
    for (const r of rows) {
      if (AGGREGATES.has(r.series)) continue;
      const cur = latest.get(r.series);
      if (!cur || when(r) > cur.t) latest.set(r.series, { t: when(r), value: r.value });
    }
    const top = [...latest].sort((a, b) => b[1].t.localeCompare(a[1].t) || b[1].value - a[1].value).slice(0, TOP_N).map(([k]) => k);
    const others = latest.size - top.length;
    charts.push({
      file: `${dataset.id}.svg`,
      alt: `${title}: ${others > 0 ? `the ${top.length} countries with the largest figure in their latest year` : "countries"} (ISO codes)`,
      svg: draw(countries.filter((k) => top.includes(k))),
    });
  }
  if (aggregates.length > 0) {
    charts.push({ file: `${dataset.id}-aggregates.svg`, alt: `${title}: aggregates (${aggregates.join(", ")})`, svg: draw(aggregates) });
  }
  return charts;
}
