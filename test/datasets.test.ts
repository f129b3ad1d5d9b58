/**
 * Invariants of the bundled datasets: provenance is complete, metadata is bilingual, parts add up to
 * totals, and the CBS identities between datasets hold.
 */
import { describeDataset } from "../src/describeDataset.ts";
import { describe, expect, it } from "vitest";
import * as datasets from "../src/datasets/index.ts";
import { emigration, immigration, netMigration, observation, timeseries } from "../src/index.ts";
import type { AnyDataset } from "../src/index.ts";

const all = Object.values(datasets) as AnyDataset[];

describe("every dataset", () => {
  it.each(all.map((d) => [d.id, d] as const))("%s: every observation has a resolvable source with a URL", (_id, d) => {
    for (const o of d.observations) {
      const s = describeDataset(d).sources[o.source];
      expect(s, `${d.id} ${o.series} ${o.year}: source ${o.source}`).toBeDefined();
      expect(s!.url).toMatch(/^https?:\/\//);
      expect(s!.id).toBe(o.source);
    }
  });

  it.each(all.map((d) => [d.id, d] as const))("%s: has en and nl titles and definitions for every series", (_id, d) => {
    const m = describeDataset(d);
    expect(d.title.en && d.title.nl && m.description.en && m.description.nl).toBeTruthy();
    for (const [key, s] of Object.entries(m.series)) {
      expect(s.label.en && s.label.nl, key).toBeTruthy();
      expect(s.definition.en.length > 20 && s.definition.nl.length > 20, key).toBe(true);
    }
  });

  it.each(all.filter((d) => d.sums.length > 0).map((d) => [d.id, d] as const))(
    "%s: parts add up to the total within the published precision, every year",
    (_id, d) => {
      for (const rule of d.sums) {
        for (let year = d.years.from; year <= d.years.to; year++) {
          const cells = [rule.total, ...rule.parts].map((s) => {
            try {
              return observation(d, { year, series: s } as never);
            } catch {
              return undefined;
            }
          });
          if (cells.some((c) => c === undefined)) continue;
          const [t, ...parts] = cells as NonNullable<(typeof cells)[number]>[];
          const slack = (t!.precision + parts.reduce((a, p) => a + p.precision, 0)) / 2 + (rule.tolerance ?? 0);
          expect(Math.abs(parts.reduce((a, p) => a + p.value, 0) - t!.value), `${d.id} ${year}`).toBeLessThanOrEqual(slack);
        }
      }
    },
  );
});

describe("CBS identities", () => {
  it("net migration = immigration − emigration incl. administrative corrections, wherever all three are exact and final", () => {
    let checked = 0;
    for (const { year } of timeseries(netMigration)) {
      const [n, i, e] = [netMigration, immigration, emigration].map((d) => observation(d, { year }));
      if (![n, i, e].every((o) => o!.precision === 1 && o!.status === "final")) continue;
      expect(n!.value, String(year)).toBe(i!.value - e!.value);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});
