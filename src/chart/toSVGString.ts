/**
 * A chart as a standalone SVG file: the element's markup with the SVG namespace (`xmlns`) on the root,
 * ready to write to `chart.svg`, embed in Markdown or convert to PNG.
 *
 * @param chart - the element of {@link lineChart} or {@link barChart}
 * @returns the SVG text, ending with a line break
 * @throws {TypeError} when `chart` is not an `<svg>` element
 *
 * @example
 * ```ts
 * import { population } from "staat-van-migratie";
 * import { lineChart, toSVGString } from "staat-van-migratie/chart";
 * import { parseHTML } from "linkedom";
 *
 * const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
 * toSVGString(lineChart(population, { document })).startsWith('<svg xmlns="http://www.w3.org/2000/svg" '); //=> true
 * ```
 * @category Charts
 */
export function toSVGString(chart: unknown): string {
  const html = chart !== null && typeof chart === "object" ? (chart as { outerHTML?: unknown }).outerHTML : undefined;
  if (typeof html !== "string" || !/^<svg[\s>]/i.test(html)) {
    throw new TypeError(`toSVGString: pass the <svg> element of lineChart or barChart, got ${chart === null ? "null" : typeof chart}`);
  }
  let svg = /^<svg[^>]*\sxmlns=/.test(html) ? html : html.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  if (svg.includes("xlink:") && !/^<svg[^>]*\sxmlns:xlink=/.test(svg)) svg = svg.replace(/^<svg/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
  return `${svg}\n`;
}
