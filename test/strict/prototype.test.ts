/**
 * Reads use own properties only (issue 13.4): a polluted Object.prototype cannot change a query.
 * immigration 2023: 335,668 final (cbs-dossier-how-many-people-immigrate); as of svm2024, 332,863
 * (rijksoverheid-svm2024-news).
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  asylumApplications,
  compareEdition,
  euFirstTimeAsylumApplicants,
  immigration,
  observation,
  perCapita,
  rank,
  summary,
  timeseries,
  toRows,
  total,
  value,
} from "../../src/index.ts";

const proto = Object.prototype as Record<string, unknown>;
const polluted = ["asOf", "series", "lineage", "partial", "vintages", "population", "per", "from", "to", "total", "NL", "qualifier", "date", "published", "edition", "territory", "change", "label", "atYearEnd"];

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

  it("does not change what the data says: hedges, dates, publication dates, editions, territories", () => {
    // the same data fields, absent on most records, set on the prototype (found by a hostile audit)
    proto.qualifier = "about";
    proto.date = "2023-06-01";
    proto.published = "2030-01-01";
    proto.edition = "svm2024";
    proto.territory = "NL";
    proto.change = true;
    proto.label = "HACKED";
    proto.atYearEnd = true;
    // immigration 2023: 335,668 (cbs-dossier-how-many-people-immigrate), not hedged
    expect(observation(immigration, { year: 2023 })).toMatchObject({ value: 335668, qualifier: undefined, date: undefined });
    expect(timeseries(immigration, { from: 2023, to: 2023 })[0]!.qualifier).toBeNull();
    // the IND's 49,892 is the best figure, not the edition's 50,720; an edition cell not printed stays refused
    expect(value(asylumApplications, { series: "total", year: 2023 })).toBe(49892);
    expect(() => value(immigration, { year: 2022, edition: "svm2024" })).toThrow(/^value: svm2024 did not print/);
    expect(compareEdition("svm2024").length).toBeLessThan(20);
    // Germany is still not divided by the Dutch population
    expect(() => perCapita(euFirstTimeAsylumApplicants, { series: "DE", year: 2022 })).toThrow(/^perCapita: euFirstTimeAsylumApplicants "DE" counts DE/);
    const text = summary({ year: 2023 }).text;
    expect(text).toContain("Immigration: 335,668 people in 2023, 17% fewer than in 2022 (403,108).");
    expect(text).not.toContain("HACKED");
  });

  it("does not break the import of the built package (ESM and CommonJS)", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const esm = `Object.prototype.asOf = "svm2021"; const a = await import(${JSON.stringify(`${root}dist/index.js`)}); console.log(a.value(a.immigration, { year: 2023 }));`;
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", esm], { encoding: "utf8" }).trim()).toBe("335668");
    const cjs = `Object.prototype.asOf = "svm2021"; const a = require(${JSON.stringify(`${root}dist/index.cjs`)}); console.log(a.value(a.immigration, { year: 2023 }));`;
    expect(execFileSync(process.execPath, ["-e", cjs], { encoding: "utf8" }).trim()).toBe("335668");
  });
});
