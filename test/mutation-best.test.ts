/**
 * Step 4 of the vintage rule (docs/vintages.md, src/_lib/bestFigure.ts `best`): of the figures of a cell
 * with the same status, rounding unit and value, the publisher's own source is cited before a
 * second-hand copy however much newer the copy is; then the newest; then file order. On made-up cells
 * in the generated form (`figures`), whose source facts are written out here: the expected choice
 * follows from the rule as docs/vintages.md words it, not from running it.
 */
import { describe, expect, it } from "vitest";
import { best } from "../src/_lib/bestFigure.ts";
import { figures } from "../src/_lib/dataset.ts";
import { immigration } from "../src/datasets/index.ts";
import type { AnyDataset } from "../src/types.ts";

type Row = [source: string, value: number, status?: string, precision?: number];

/** One flow cell (series "total", 2023) with these figures, in this file order; sources: [id, known from, first-hand]. */
function cellOf(sources: [string, string, 0 | 1][], rows: Row[]): AnyDataset {
  const { sources: _s, observations: _o, ...meta } = immigration as AnyDataset;
  const ids = sources.map(([id]) => id);
  return figures(
    { ...meta, id: "madeUpCell", series: { total: { label: { en: "Total", nl: "Totaal" } } }, sums: [], breaks: [], gaps: [] } as never,
    JSON.stringify(sources),
    JSON.stringify(rows.map(([source, value, status = "f", precision = 1]) => [0, 2023, value, status, precision, ids.indexOf(source)])),
  );
}

function chosen(d: AnyDataset, asOf?: string): string | undefined {
  return best(d, d.observations, asOf)?.source;
}

describe("step 4: the publisher's own source before a copy", () => {
  it("cites the publisher's own figure before a newer copy of the same figure", () => {
    const d = cellOf([["own", "2024-01-01", 1], ["copy", "2024-05-01", 0]], [["own", 100], ["copy", 100]]);
    expect(chosen(d)).toBe("own");
    expect(chosen(d, "2024-06-01")).toBe("own");
    // in the other file order too
    const r = cellOf([["own", "2024-01-01", 1], ["copy", "2024-05-01", 0]], [["copy", 100], ["own", 100]]);
    expect(chosen(r)).toBe("own");
  });

  it("only among the figures known by asOf: an own figure known later does not count, one known on the day does", () => {
    const later = cellOf([["copy", "2023-06-01", 0], ["own", "2024-06-01", 1]], [["copy", 100], ["own", 100]]);
    expect(chosen(later, "2024-01-01")).toBe("copy");
    expect(chosen(later, "2024-06-01")).toBe("own");
    // the copy comes first in the file and is known on the same day: the own figure known that day wins
    const sameDay = cellOf([["copy", "2024-01-01", 0], ["own", "2024-01-01", 1], ["copy2", "2023-01-01", 0]], [["copy", 100], ["own", 100], ["copy2", 100]]);
    expect(chosen(sameDay, "2024-01-01")).toBe("own");
  });

  it("never swaps in an own figure that differs in value, rounding unit or status", () => {
    const sources: [string, string, 0 | 1][] = [["own", "2024-01-01", 1], ["copy", "2024-05-01", 0]];
    expect(chosen(cellOf(sources, [["own", 99], ["copy", 100]]))).toBe("copy"); // another value (the copy is newer)
    expect(chosen(cellOf(sources, [["own", 100, "f", 100], ["copy", 100, "f", 1]]))).toBe("copy"); // coarser rounding
    expect(chosen(cellOf(sources, [["own", 100, "p"], ["copy", 100, "f"]]))).toBe("copy"); // provisional, the copy final
    // a break ties with final in the choice: the own break figure is cited before the final copy
    expect(chosen(cellOf(sources, [["own", 100, "b"], ["copy", 100, "f"]]))).toBe("own");
  });

  it("takes the newest of several own figures, and the first in file order of those known on the same day", () => {
    const newest = cellOf([["own1", "2023-01-01", 1], ["own2", "2023-06-01", 1], ["copy", "2024-05-01", 0]], [["own1", 100], ["own2", 100], ["copy", 100]]);
    expect(chosen(newest)).toBe("own2");
    const tie = cellOf([["ownA", "2023-06-01", 1], ["ownB", "2023-06-01", 1], ["copy", "2024-05-01", 0]], [["ownA", 100], ["ownB", 100], ["copy", 100]]);
    expect(chosen(tie)).toBe("ownA");
  });

  it("among copies alone keeps the newest, and of copies known the same day the first in file order", () => {
    const copies = cellOf([["copyA", "2024-05-01", 0], ["copyB", "2024-05-01", 0], ["copyC", "2024-01-01", 0]], [["copyA", 100], ["copyB", 100], ["copyC", 100]]);
    expect(chosen(copies)).toBe("copyA");
    const older = cellOf([["copyA", "2024-01-01", 0], ["copyB", "2024-05-01", 0]], [["copyA", 100], ["copyB", 100]]);
    expect(chosen(older)).toBe("copyB");
  });

  it("keeps a lone copy, and gives nothing when nothing was known by asOf", () => {
    const lone = cellOf([["copy", "2024-05-01", 0]], [["copy", 100]]);
    expect(chosen(lone)).toBe("copy");
    expect(chosen(lone, "2024-04-30")).toBeUndefined();
  });
});
