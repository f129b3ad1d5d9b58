/**
 * Measure checks that no other test in the mutation set pins down. asylumApplications declares the sum
 * total = first + followUp + familyReunification (data/datasets/asylumApplications/metadata.yaml, sums).
 */
import { describe, expect, it } from "vitest";
import { asylumApplications, asylumApplicationsByNationality } from "../src/datasets/index.ts";
import { rank } from "../src/rank.ts";
import { share } from "../src/share.ts";

describe("share within one dataset", () => {
  it("refuses the total as a part of one of its own parts", () => {
    expect(() => share(asylumApplications, { year: 2023, series: "total", of: "first" })).toThrow(
      new RangeError('share: "total" is the total of asylumApplications\'s parts, "first" among them, so it is not a part of "first"'),
    );
  });
  it("refuses one part as a part of another, and names the total to use", () => {
    expect(() => share(asylumApplications, { year: 2023, series: "first", of: "followUp" })).toThrow(
      new RangeError('share: "first" and "followUp" are both parts of asylumApplications "total", so one is not a part of the other; use of: "total"'),
    );
  });
});

describe("share of a part in its own total", () => {
  it("is allowed: first applications 2023 of the total inflow (IND via AIDA, h-aida-nl-overview-2024-04-30: 38,377 of 49,892)", () => {
    expect(share(asylumApplications, { year: 2023, series: "first", of: "total" })).toBeCloseTo(38_377 / 49_892, 12);
  });
});

describe("rank", () => {
  it("is complete when every member has a figure", () => {
    const r = rank(asylumApplicationsByNationality, { year: 2023, series: ["SY", "TR"] });
    expect(r.complete).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.members).toEqual(["SY", "TR"]);
  });
});
