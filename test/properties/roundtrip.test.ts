/**
 * Property (fast-check): the data pipeline round-trips. Random observation rows written as
 * `data/datasets/<id>/observations.csv` (with quoting-hostile notes), validated by the real loader
 * (scripts/_lib/load.ts) and rendered by the real generator (scripts/_lib/render.ts), come back
 * from the generated module exactly as written.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, loadData } from "../../scripts/_lib/load.ts";
import { render } from "../../scripts/_lib/render.ts";
import type { AnyDataset, Observation } from "../../src/types.ts";
import { unpack, type Packed } from "../../src/_lib/unpack.ts";
import { fixtureRoot } from "../_helpers/fixtures.ts";

const work = mkdtempSync(join(tmpdir(), "svm-roundtrip-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** RFC 4180 quoting, as a spreadsheet would write the file. */
function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const noteArb = fc.option(
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim().length > 0 && !/[\r\n]/.test(s)),
  { nil: undefined },
);

/** Distinct (series, year, source) cells for the fixture dataset `widgets` (series red/blue, 2021–2023). */
const rowsArb = fc
  .uniqueArray(
    fc.record({
      series: fc.constantFrom("red", "blue"),
      year: fc.integer({ min: 2021, max: 2023 }),
      source: fc.constantFrom("table-final", "report-2024", "press-rounded", "undated"),
      value: fc.integer({ min: 0, max: 1_000_000 }),
      status: fc.constantFrom("final", "provisional", "estimated"),
      precision: fc.constantFrom(1, 10, 100, 1000),
      qualifier: fc.constantFrom(undefined, "about", "atLeast", "atMost"),
      note: noteArb,
    }),
    { selector: (r) => `${r.series}|${r.year}|${r.source}`, minLength: 6, maxLength: 24 },
  )
  // every cell in the range has a figure, so no gap declarations are needed
  .filter((rows) => ["red", "blue"].every((s) => [2021, 2022, 2023].every((y) => rows.some((r) => r.series === s && r.year === y))));

let run = 0;

describe("the data pipeline", () => {
  it("gives back every observation it was given (CSV → loader → generator → module)", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const root = join(work, String(run++));
        cpSync(fixtureRoot, root, { recursive: true });
        // Only `widgets`, without its sum rule (random parts need not add up) and with no gaps.
        rmSync(join(root, "data/datasets/stockpile"), { recursive: true });
        writeFileSync(
          join(root, "data/datasets/widgets/metadata.yaml"),
          `id: widgets
topic: flows
title: { en: Widgets, nl: Widgets }
description: { en: Widgets made per year., nl: Widgets gemaakt per jaar. }
unit: persons
measure: flow
reference: { en: Calendar year., nl: Kalenderjaar. }
referenceDate: null
publisherOfRecord: Test Office
years: { from: 2021, to: 2023 }
series:
  red: { label: { en: Red, nl: Rood }, definition: { en: Red widgets., nl: Rode widgets. } }
  blue: { label: { en: Blue, nl: Blauw }, definition: { en: Blue widgets., nl: Blauwe widgets. } }
`,
        );
        const header = "series,year,date,value,status,precision,qualifier,source,note";
        const lines = rows.map((r) =>
          [r.series, String(r.year), "", String(r.value), r.status, String(r.precision), r.qualifier ?? "", r.source, r.note ?? ""].map(csvField).join(","),
        );
        writeFileSync(join(root, "data/datasets/widgets/observations.csv"), `${[header, ...lines].join("\n")}\n`);

        const loaded = loadData(root);
        expect(loaded.errors.map(formatProblem)).toEqual([]);
        const file = join(root, "widgets.ts");
        // The module imports its sealing helper relatively; point it at the real one.
        const sealer = pathToFileURL(join(fileURLToPath(new URL("../../src/_lib/dataset.ts", import.meta.url)))).href;
        writeFileSync(file, render(loaded).get("src/datasets/widgets.ts")!.replace('"../_lib/dataset.ts"', JSON.stringify(sealer)));
        const { widgets } = (await import(pathToFileURL(file).href)) as { widgets: AnyDataset };

        const expected: Observation[] = rows.map((r) => ({
          series: r.series,
          year: r.year,
          value: r.value,
          status: r.status,
          precision: r.precision,
          ...(r.qualifier === undefined ? {} : { qualifier: r.qualifier }),
          source: r.source,
        })) as Observation[];
        expect(widgets.observations).toEqual(expected);
        // The notes are prose, generated apart from the figures, by observation index: the readable
        // JSON file, and the packed copy the package ships (src/datasets/_prose/packed.ts) unpacks to it.
        const files = render(loaded);
        const proseText = files.get("src/datasets/_prose/widgets.json")!;
        const packedFile = join(root, "packed.ts");
        const unpacker = pathToFileURL(fileURLToPath(new URL("../../src/_lib/unpack.ts", import.meta.url))).href;
        writeFileSync(packedFile, files.get("src/datasets/_prose/packed.ts")!.replace('"../../_lib/unpack.ts"', JSON.stringify(unpacker)));
        const { PACKED_PROSE } = (await import(pathToFileURL(packedFile).href)) as { PACKED_PROSE: Record<string, Packed> };
        expect(unpack(PACKED_PROSE.widgets!)).toBe(proseText);
        const prose = JSON.parse(proseText) as { observationNotes: Record<string, string> };
        const notes: Record<string, string> = {};
        rows.forEach((r, i) => {
          if (r.note !== undefined) notes[String(i)] = r.note;
        });
        expect(prose.observationNotes).toEqual(notes);
        expect(Object.keys(widgets.sources).sort()).toEqual([...new Set(rows.map((r) => r.source))].sort());
      }),
      { numRuns: 25 },
    );
  });
});
