/**
 * Interop with Observable Plot (@observablehq/plot) in Node, with linkedom as the DOM: a chart
 * drawn straight from toRows has one mark per row and the axes of the data. Figures: immigration
 * 2010–2025, its peak in 2022 = 403,108 (cbs-statline-37259ned-2023-08-04) and 2023 = 335,668
 * (cbs-dossier-how-many-people-immigrate).
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { immigration, immigrationByMotiveNonEuEfta, toRows } from "../../src/index.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

/** The elements of a mark or axis group, by Plot's aria-label. */
function group(svg: Element, label: string): Element {
  const g = svg.querySelector(`g[aria-label="${label}"]`);
  if (g === null) throw new Error(`no group "${label}" in the SVG`);
  return g;
}

const texts = (g: Element): string[] => [...g.querySelectorAll("text")].map((t) => t.textContent ?? "");

describe("toRows in Observable Plot", () => {
  const rows = toRows(immigration);
  const svg = Plot.plot({
    document: document as unknown as Document,
    x: { tickFormat: "d" },
    marks: [
      Plot.lineY(rows, { x: "year", y: "value" }),
      Plot.dot(rows, { x: "year", y: "value", title: (d: (typeof rows)[number]) => `${d.year}: ${d.value}` }),
    ],
  }) as unknown as Element;

  it("renders an SVG with one dot per year and one line through them", () => {
    expect(svg.tagName.toLowerCase()).toBe("svg");
    const dots = group(svg, "dot").querySelectorAll("circle");
    expect(dots).toHaveLength(16); // 2010–2025 (2025 provisional: n-cbs-statline-85484ned-2025p)
    const paths = group(svg, "line").querySelectorAll("path");
    expect(paths).toHaveLength(1);
    expect(paths[0]!.getAttribute("d")!.match(/[ML]/g)).toHaveLength(16);
  });

  it("draws the sourced figures: the topmost dot is 2022's 403,108", () => {
    const dots = [...group(svg, "dot").querySelectorAll("circle")];
    const titles = dots.map((c) => c.querySelector("title")?.textContent);
    expect(titles).toContain("2022: 403108");
    expect(titles).toContain("2023: 335668");
    const cy = (c: Element): number => Number(c.getAttribute("cy") ?? /,\s*([\d.]+)\)/.exec(c.getAttribute("transform") ?? "")?.[1]);
    const top = dots.reduce((a, b) => (cy(b) < cy(a) ? b : a));
    expect(top.querySelector("title")?.textContent).toBe("2022: 403108");
  });

  it("has year ticks on x and value ticks on y up to the peak", () => {
    expect(texts(group(svg, "x-axis tick label"))).toEqual(["2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024"]);
    const y = texts(group(svg, "y-axis tick label"));
    expect(y.at(-1)).toBe("400,000");
    expect(group(svg, "y-axis tick").querySelectorAll("path")).toHaveLength(y.length);
  });

  it("facets a multi-series dataset by the series column (one line per series)", () => {
    const all = toRows(immigrationByMotiveNonEuEfta);
    const chart = Plot.plot({
      document: document as unknown as Document,
      marks: [Plot.lineY(all, { x: "year", y: "value", stroke: "series" })],
    }) as unknown as Element;
    const series = new Set(all.map((r) => r.series));
    expect(series.size).toBe(7);
    expect(group(chart, "line").querySelectorAll("path")).toHaveLength(series.size);
  });
});
