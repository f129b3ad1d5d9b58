/**
 * `staat-van-migratie/chart`: line and bar charts of a dataset as SVG, drawn with Observable Plot,
 * with a title, numbers in English or Dutch, and a source line naming the publishers of the figures.
 *
 * `@observablehq/plot` is an optional peer dependency: install it to use this entry
 * (`npm install @observablehq/plot`). In a browser the charts draw in the page's document; in Node or
 * Deno pass a `document`, e.g. linkedom's `parseHTML("<!DOCTYPE html><html><body></body></html>").document`.
 * The root entry never loads this module.
 *
 * @module staat-van-migratie/chart
 */
export type { ChartDocument, ChartElement, ChartOptions } from "./_draw.ts";
export { barChart } from "./barChart.ts";
export { lineChart } from "./lineChart.ts";
export { toSVGString } from "./toSVGString.ts";
