/**
 * Test fixtures: the small datasets in test/fixtures/ok/data, loaded through the real data
 * pipeline (scripts/_lib/load.ts). Their values are made up to exercise the rules; tests of real
 * figures use the bundled datasets and cite their sources.
 */
import { fileURLToPath } from "node:url";
import { loadData } from "../../scripts/_lib/load.ts";
import { defineDataset } from "../../src/schema/index.ts";
import type { AnyDataset, Source } from "../../src/types.ts";

export const fixtureRoot: string = fileURLToPath(new URL("../fixtures/ok", import.meta.url));

export function fixtureDatasets(): Record<string, AnyDataset> {
  const loaded = loadData(fixtureRoot);
  if (loaded.errors.length > 0) throw new Error(`fixture data invalid: ${JSON.stringify(loaded.errors)}`);
  const out: Record<string, AnyDataset> = {};
  for (const d of loaded.datasets) {
    const sources: Record<string, Source> = {};
    for (const o of d.observations) sources[o.source] = loaded.sources.get(o.source)!;
    out[d.meta.id] = defineDataset({
      ...d.meta,
      sources,
      observations: d.observations.map(({ line: _line, ...o }) => o),
    } as never) as AnyDataset;
  }
  return out;
}
