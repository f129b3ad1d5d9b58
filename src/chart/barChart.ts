import * as Plot from "@observablehq/plot";
import { UNIT_WORDS } from "../_lib/words.ts";
import type { AnyDataset } from "../types.ts";
import { CHAR, fit, frame, frameLines, niceTicks, palette, plotStyle, prepare, seriesLabel, valueFormat, type ChartDocument, type ChartElement, type ChartOptions, type El } from "./_draw.ts";

/**
 * A horizontal bar chart of a dataset: one bar per series and year (stocks: per reference date), the
 * best figure of each cell as `toRows` chooses it, drawn with Observable Plot, each bar with its
 * value. Without `from` and `to` it shows the latest year with figures. A title above and a source
 * line naming the publishers of the figures shown below; numbers formatted for `lang`; margins wide
 * enough for every label, so nothing falls outside the SVG's `viewBox`.
 *
 * Needs `@observablehq/plot` (an optional peer dependency: `npm install @observablehq/plot`) and a DOM
 * document: the page's in a browser, or one passed as `document` (in Node or Deno, linkedom's).
 *
 * @param dataset - a dataset, such as `asylumApplications`
 * @param options - `series`, `from`, `to`, `asOf`, `lang`, `title`, `width`, `height`, `document`
 * @returns an `<svg>` element of `width` × `height`; {@link toSVGString} makes it a standalone file
 * @throws {TypeError} when an argument has the wrong type, an option is unknown, or there is no DOM document
 * @throws {RangeError} when a series is unknown, a year is outside the dataset's range, `from > to`,
 *   `asOf` or `lang` is invalid, a size is out of range, or there are no figures to draw
 *
 * @example
 * ```ts
 * import { asylumApplications } from "staat-van-migratie";
 * import { barChart, toSVGString } from "staat-van-migratie/chart";
 * import { parseHTML } from "linkedom";
 *
 * const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
 * const svg = toSVGString(barChart(asylumApplications, { from: 2022, to: 2022, series: ["first", "followUp", "familyReunification"], document }));
 * svg.includes(">35,535<"); //=> true
 * ```
 * @category Charts
 */
export function barChart<D extends AnyDataset, Doc extends ChartDocument = ChartDocument>(dataset: D, options?: ChartOptions<D, Doc>): ChartElement<Doc> {
  const p = prepare("barChart", dataset, options);
  const { lang, series } = p;
  let rows = p.rows;
  if (!p.range) {
    const latest = Math.max(...rows.map((r) => r.year));
    rows = rows.filter((r) => r.year === latest);
    p.rows = rows;
  }
  const years = [...new Set(rows.map((r) => (r.date === null ? String(r.year) : r.date)))].sort();
  const shown = series.filter((k) => rows.some((r) => r.series === k));
  const maxLabel = Math.max(8, Math.floor((p.width * 0.42 - 16) / CHAR));
  const label = (k: string, when: string) => (years.length > 1 ? `${fit(seriesLabel(dataset, k, lang), maxLabel - when.length - 3)} · ${when}` : fit(seriesLabel(dataset, k, lang), maxLabel));
  const bars = shown.flatMap((k) =>
    rows
      .filter((r) => r.series === k)
      .map((r) => {
        const when = r.date === null ? String(r.year) : r.date;
        return { row: label(k, when), when, value: r.value };
      }),
  );
  const values = bars.map((b) => b.value);
  const fmt = valueFormat(dataset, lang, values);
  const x = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const marginLeft = Math.ceil(Math.max(...bars.map((b) => b.row.length)) * CHAR + 16);
  const marginRight = Math.ceil(Math.max(...values.map((v) => fmt(v).length), fmt(x.domain[1]).length / 2) * CHAR + 14);
  const lines = frameLines(p);
  const plotHeight = p.height === undefined ? 48 + 24 * bars.length : Math.max(80, p.height - lines.top - lines.bottom);
  const height = p.height ?? plotHeight + lines.top + lines.bottom;
  const negative = Math.min(...values) < 0;
  const plot = Plot.plot({
    document: p.document as never,
    width: p.width,
    height: plotHeight,
    marginTop: 8,
    marginBottom: 34,
    marginLeft: marginLeft + (negative ? Math.ceil(Math.max(...values.map((v) => fmt(v).length)) * CHAR) : 0),
    marginRight,
    style: plotStyle(),
    ariaLabel: p.title,
    x: { label: `${UNIT_WORDS[lang][dataset.unit]} →`, labelAnchor: "right", domain: x.domain, ticks: x.ticks, tickFormat: fmt, grid: true },
    y: { label: null, domain: bars.map((b) => b.row), padding: 0.2 },
    color: { domain: years, range: palette(years.length) },
    marks: [
      Plot.barX(bars, { x: "value", y: "row", fill: "when" }),
      Plot.text(
        bars.filter((b) => b.value >= 0),
        { x: "value", y: "row", text: (b: { value: number }) => fmt(b.value), textAnchor: "start", dx: 4 },
      ),
      Plot.text(
        bars.filter((b) => b.value < 0),
        { x: "value", y: "row", text: (b: { value: number }) => fmt(b.value), textAnchor: "end", dx: -4 },
      ),
      Plot.ruleX([0]),
      Plot.axisY({ tickSize: 0, label: null }),
    ],
  }) as unknown as El;
  return frame(p, plot, height, lines) as ChartElement<Doc>;
}
