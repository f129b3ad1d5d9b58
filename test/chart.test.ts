/**
 * `staat-van-migratie/chart`: line and bar charts as SVG (Observable Plot on linkedom's DOM). The SVG is
 * parsed back: the namespace, the viewBox, every text inside it (a bounding box estimated from the
 * characters: 0.6 em wide each), the numbers formatted for the language, the title and the source line.
 * A PNG is rendered with rsvg-convert (Debian's librsvg2-bin; .ci/run installs it) and checked for size.
 *
 * Figures (sources in data/sources/): IND asylum inflow 2022: first 35,535, repeat 1,529, nareizigers
 * 10,927 (ind-news-asielinstroom-december-2022); AIDA first-instance recognition rate 2023 = 80.2%
 * (h-aida-nl-overview-2024-04-30); immigration 2022 = 403,108 (cbs-statline-37259ned-2023-08-04).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { barChart, lineChart, toSVGString } from "../src/chart/index.ts";
import { asylumApplications, asylumGrantRate, euFirstTimeAsylumApplicants, immigration, immigrationByMotive, netMigration, population, receptionOccupancy } from "../src/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, ".tmp", "chart");
const doc = (): Document => parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A length attribute in px (`12`, `0.32em`), given the font size. */
function length(value: string | null, fontSize: number): number {
  if (value === null || value === "") return 0;
  const n = Number.parseFloat(value);
  return value.trim().endsWith("em") ? n * fontSize : n;
}

/** Every text of an SVG with an estimated bounding box in the root's coordinates (translations only). */
function textBoxes(svg: string): { width: number; height: number; viewBox: string | null; boxes: Box[] } {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${svg}</body></html>`);
  const top = document.querySelector("svg")!;
  const boxes: Box[] = [];
  const walk = (el: Element, dx: number, dy: number, fontSize: number, anchor: string): void => {
    let x = dx;
    let y = dy;
    const fs = el.getAttribute("font-size") ? length(el.getAttribute("font-size"), fontSize) : fontSize;
    const a = el.getAttribute("text-anchor") ?? anchor;
    const t = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)/.exec(el.getAttribute("transform") ?? "");
    if (t) {
      x += Number(t[1]);
      y += Number(t[2] ?? 0);
    }
    if (el !== top && el.tagName.toLowerCase() === "svg") {
      x += length(el.getAttribute("x"), fs);
      y += length(el.getAttribute("y"), fs);
    }
    if (el.tagName.toLowerCase() === "text") {
      const tx = x + length(el.getAttribute("x"), fs) + length(el.getAttribute("dx"), fs);
      const ty = y + length(el.getAttribute("y"), fs) + length(el.getAttribute("dy"), fs);
      const text = el.textContent ?? "";
      const w = text.length * 0.6 * Math.max(fs, 10);
      const x0 = a === "middle" ? tx - w / 2 : a === "end" ? tx - w : tx;
      boxes.push({ text, x0, x1: x0 + w, y0: ty - 0.8 * fs, y1: ty + 0.25 * fs });
      return;
    }
    for (const child of el.children) walk(child, x, y, fs, a);
  };
  walk(top, 0, 0, 10, "start");
  return { width: Number(top.getAttribute("width")), height: Number(top.getAttribute("height")), viewBox: top.getAttribute("viewBox"), boxes };
}

/** The texts of a chart that fall outside its viewBox (with 1 px of tolerance). */
function outside(svg: string): string[] {
  const { width, height, boxes } = textBoxes(svg);
  return boxes.filter((b) => b.x0 < -1 || b.x1 > width + 1 || b.y0 < -1 || b.y1 > height + 1).map((b) => `${b.text} [${b.x0.toFixed(0)}–${b.x1.toFixed(0)}, ${b.y0.toFixed(0)}–${b.y1.toFixed(0)}]`);
}

const texts = (svg: string): string[] => textBoxes(svg).boxes.map((b) => b.text);

describe("lineChart and toSVGString", () => {
  it("writes a standalone SVG: xmlns, a viewBox of width × height, a title and a source line", () => {
    const svg = toSVGString(lineChart(immigration, { document: doc() }));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg.endsWith("</svg>\n")).toBe(true);
    const parsed = textBoxes(svg);
    expect(parsed.viewBox).toBe("0 0 640 360");
    expect([parsed.width, parsed.height]).toEqual([640, 360]);
    expect(texts(svg)).toContain("Immigration");
    expect(texts(svg)).toContain("Source: CBS");
    expect(svg).toContain('aria-label="line"');
  });

  it("formats ticks for the language: 400,000 in English, 400.000 in Dutch (immigration 2022 = 403,108)", () => {
    const en = texts(toSVGString(lineChart(immigration, { document: doc() })));
    const nl = texts(toSVGString(lineChart(immigration, { document: doc(), lang: "nl" })));
    // the axis must reach 403,108, so a 400,000 tick and one above it
    expect(en).toContain("400,000");
    expect(en).toContain("500,000");
    expect(nl).toContain("400.000");
    expect(nl).toContain("Immigratie");
    expect(nl).toContain("↑ personen");
    expect(nl).toContain("Bron: CBS");
  });

  it("keeps every text inside the viewBox, also with long labels, many series and Dutch numbers", () => {
    const charts = [
      lineChart(immigration, { document: doc(), lang: "nl" }),
      lineChart(immigrationByMotive, { document: doc() }),
      lineChart(immigrationByMotive, { document: doc(), lang: "nl", width: 320, height: 240 }),
      lineChart(receptionOccupancy, { document: doc(), lang: "nl" }),
      lineChart(population, { document: doc(), lang: "nl" }),
      lineChart(euFirstTimeAsylumApplicants, { document: doc() }),
      lineChart(asylumGrantRate, { document: doc(), lang: "nl", title: "Inwilligings- en erkenningspercentages van asielaanvragen volgens de IND en AIDA, alle reeksen" }),
      barChart(asylumApplications, { document: doc(), lang: "nl", from: 2022, to: 2023 }),
      barChart(netMigration, { document: doc(), from: 2022, to: 2024 }),
    ].map(toSVGString);
    for (const svg of charts) {
      expect(textBoxes(svg).boxes.length).toBeGreaterThan(8);
      expect(outside(svg), svg.slice(0, 200)).toEqual([]);
    }
  });

  it("(the estimate finds a label that sticks out: a check of the check)", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50"><g transform="translate(60,0)"><text y="20" font-size="11">220.000</text></g><text x="50" y="30" text-anchor="middle">ok</text></svg>';
    // 7 characters × 6.6 px from x = 60 end at 106 > 100
    expect(outside(svg)).toEqual(["220.000 [60–106, 11–23]"]);
  });

  it("names the publishers of the figures shown, not of the whole dataset", () => {
    // AIDA's rate 2023 (h-aida-nl-overview-2024-04-30) only: its publisher, nobody else
    const svg = toSVGString(barChart(asylumGrantRate, { series: "firstInstanceEu", from: 2023, to: 2023, document: doc() }));
    expect(texts(svg).filter((t) => t.startsWith("Source:"))).toEqual(["Source: Dutch Council for Refugees (AIDA/ECRE) citing IND"]);
  });

  it("draws the best figure of each year at the right height (immigration 2022 = 403,108 is the highest point)", () => {
    const el = lineChart(immigration, { from: 2020, to: 2023, document: doc() });
    const circles = [...el.querySelectorAll("circle")];
    expect(circles).toHaveLength(4);
    const ys = circles.map((c) => Number(c.getAttribute("cy")));
    // SVG y grows downwards: 2022 has the smallest cy
    expect(ys.indexOf(Math.min(...ys))).toBe(2);
  });

  it("refuses what it cannot draw, with its own name", () => {
    expect(() => lineChart(immigration)).toThrow(/^lineChart: no DOM document: pass \{ document \}/);
    expect(() => lineChart(immigration, { document: doc(), lang: "de" as "nl" })).toThrow(new RangeError('lineChart: lang must be "en" or "nl", got "de"'));
    expect(() => barChart(immigration, { document: doc(), width: 10 })).toThrow(/^barChart: width must be a number of pixels from 240 to 2400, got 10$/);
    expect(() => lineChart(immigration, { document: doc(), vintages: true } as never)).toThrow(/^lineChart: unknown option "vintages"/);
    expect(() => lineChart(immigration, { document: doc(), series: "x" as "total" })).toThrow(/^lineChart: unknown series "x"/);
    expect(() => toSVGString({} as SVGSVGElement)).toThrow(/^toSVGString: pass the <svg> element/);
  });
});

describe("barChart", () => {
  it("labels each bar with its value, in Dutch (IND asylum inflow 2022)", () => {
    const svg = toSVGString(barChart(asylumApplications, { from: 2022, to: 2022, series: ["first", "followUp", "familyReunification"], lang: "nl", document: doc() }));
    const t = texts(svg);
    for (const v of ["35.535", "1.529", "10.927"]) expect(t).toContain(v);
    expect(svg).toContain('aria-label="bar"');
    expect(svg.match(/<rect [^>]*(height|width)=/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it("writes percentages with a decimal comma in Dutch and a point in English (AIDA 2023: 80.2%)", () => {
    const options = { series: "firstInstanceEu", from: 2023, to: 2023, document: doc() } as const;
    expect(texts(toSVGString(barChart(asylumGrantRate, { ...options, lang: "nl" })))).toContain("80,2%");
    expect(texts(toSVGString(barChart(asylumGrantRate, options)))).toContain("80.2%");
  });

  it("shows the latest year with figures when no years are given", () => {
    const latest = Math.max(...immigration.observations.map((o) => o.year));
    expect(texts(toSVGString(barChart(immigration, { document: doc() })))).toContain("Total immigration");
    const el = barChart(immigration, { document: doc() });
    expect(el.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(1);
    expect(latest).toBeGreaterThanOrEqual(2024);
  });
});

describe("a PNG of a chart (rsvg-convert)", () => {
  it("renders at the chart's size", () => {
    mkdirSync(out, { recursive: true });
    const files = {
      "immigration-nl.svg": toSVGString(lineChart(immigration, { document: doc(), lang: "nl" })),
      "asylum-bars-nl.svg": toSVGString(barChart(asylumApplications, { document: doc(), lang: "nl", from: 2022, to: 2023 })),
    };
    for (const [name, svg] of Object.entries(files)) {
      const file = join(out, name);
      writeFileSync(file, svg);
      const png = file.replace(/\.svg$/, ".png");
      const r = spawnSync("rsvg-convert", ["-o", png, file], { encoding: "utf8" });
      expect(r.error, "rsvg-convert is missing: apt-get install librsvg2-bin (.ci/run does)").toBeUndefined();
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const bytes = readFileSync(png);
      // PNG signature, then IHDR: width and height as 32-bit big-endian at bytes 16 and 20
      expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      const { width, height } = textBoxes(svg);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
    }
  });
});
