/**
 * euFirstTimeAsylumApplicants: Eurostat first-time applicants. Figures asserted:
 * - GR 2016: 49,900 in the March 2017 release text (hurriyet-dha-eurostat-asylum-2016) and 49,875 unrounded,
 *   GR 2015 11,370 (m-greekreporter-eurostat-asylum-2016);
 * - 2023: DE 329,035, ES 160,460, FR 145,095, IT 130,565 (agenzia-opinione-eurostat-asylum-2023; APA copies
 *   of the March 2024 release give the same), EU27 1,048,900 (ieu-monitoring-eurostat-asylum-2023).
 */
import { describe, expect, it } from "vitest";
import { euFirstTimeAsylumApplicants, observation, rank, share } from "../../src/index.ts";

describe("euFirstTimeAsylumApplicants", () => {
  it("keeps Greece 2016 both rounded and unrounded, and prefers the unrounded figure", () => {
    const gr = euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "GR" && o.year === 2016);
    expect(gr.map((o) => o.value).sort()).toEqual([49875, 49900]);
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2016 })).toMatchObject({ value: 49875, precision: 5 });
    expect(observation(euFirstTimeAsylumApplicants, { series: "GR", year: 2015 }).value).toBe(11370);
  });

  it("orders 2023 as Eurostat did: Germany, Spain, France, Italy", () => {
    const r = rank(euFirstTimeAsylumApplicants, { year: 2023, series: ["DE", "ES", "FR", "IT"] });
    expect(r.map((e) => e.series)).toEqual(["DE", "ES", "FR", "IT"]);
    expect(r[0]!.value).toBe(329035);
  });

  it("gives Germany's 2023 share of the EU total as published (31%)", () => {
    expect(Math.round(share(euFirstTimeAsylumApplicants, { year: 2023, series: "DE", of: "EU27" }) * 100)).toBe(31);
  });

  it("never stores an EU-28 value under EU27", () => {
    const eu28 = new Set(euFirstTimeAsylumApplicants.observations.filter((o) => o.series === "EU28").map((o) => `${o.year}:${o.value}`));
    for (const o of euFirstTimeAsylumApplicants.observations.filter((x) => x.series === "EU27")) expect(eu28.has(`${o.year}:${o.value}`)).toBe(false);
  });
});
