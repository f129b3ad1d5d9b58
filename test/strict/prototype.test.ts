/**
 * Reads use own properties only (issue 13.4): a polluted Object.prototype cannot change a query.
 * immigration 2023: 335,668 final (cbs-dossier-how-many-people-immigrate); as of svm2024, 332,863
 * (rijksoverheid-svm2024-news).
 */
import { afterEach, describe, expect, it } from "vitest";
import { immigration, perCapita, rank, euFirstTimeAsylumApplicants, timeseries, toRows, total, value } from "../../src/index.ts";

const proto = Object.prototype as Record<string, unknown>;
const polluted = ["asOf", "series", "lineage", "partial", "vintages", "population", "per", "from", "to", "total", "NL"];

afterEach(() => {
  for (const k of polluted) delete proto[k];
});

describe("a polluted Object.prototype", () => {
  it("does not change value, total, timeseries or toRows", () => {
    const clean = {
      value: value(immigration, { year: 2023 }),
      total: total(immigration, { from: 2022, to: 2023 }),
      series: timeseries(immigration, { from: 2020, to: 2023 }).map((p) => p.value),
      rows: toRows(immigration, { from: 2022, to: 2023 }).length,
    };
    proto.asOf = "svm2021";
    proto.series = "nope";
    proto.lineage = true;
    proto.vintages = true;
    proto.from = 2010;
    proto.to = 2010;
    expect(value(immigration, { year: 2023 })).toBe(clean.value);
    expect(value(immigration, { year: 2023 })).toBe(335668);
    expect(total(immigration, { from: 2022, to: 2023 })).toBe(clean.total);
    expect(timeseries(immigration, { from: 2020, to: 2023 }).map((p) => p.value)).toEqual(clean.series);
    expect(toRows(immigration, { from: 2022, to: 2023 })).toHaveLength(clean.rows);
  });

  it("does not turn a ranking partial or change the denominator", () => {
    proto.partial = true;
    proto.per = 1;
    expect(() => rank(euFirstTimeAsylumApplicants, { year: 2024 })).toThrow(/^rank: \d+ of 27 members/);
    const rate = perCapita(immigration, { year: 2023 });
    expect(rate).toBeGreaterThan(10); // per 1,000, not per 1
  });

  it("does not invent a series called total", () => {
    proto.total = { label: { en: "x", nl: "x" } };
    expect(() => value(euFirstTimeAsylumApplicants as never, { year: 2022 } as never)).toThrow(/^value: euFirstTimeAsylumApplicants has no "total" series/);
  });
});
