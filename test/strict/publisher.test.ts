/**
 * The publisher of record wins ties (issue 13.8): of two observations of a cell with the same value,
 * status and rounding unit, the publisher's own source is chosen and cited, however much newer the
 * copy is; a copy wins only with a better figure (better status, finer rounding, or a newer value).
 */
import { describe, expect, it } from "vitest";
import { observation, value } from "../../src/index.ts";
import { flow, src } from "./_small.ts";

const own = src("cbs-table", "statisticalTable", "2024-03-01");
const press = src("nos-copy", "newsArticle", "2024-06-01", "NOS");
const repost = src("blog-repost", "repost", "2024-07-01", "Blog citing CBS");
const citing = src("nrc-citing", "other", "2024-08-01", "NRC citing CBS");

describe("the vintage rule's last step: the publisher's own source before a copy", () => {
  it("cites the first-hand table, not the newer press copy of the same figure", () => {
    const d = flow(
      [
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "nos-copy" },
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "cbs-table" },
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "blog-repost" },
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "nrc-citing" },
      ],
      [own, press, repost, citing],
    );
    expect(observation(d, { year: 2023 }).source.id).toBe("cbs-table");
  });

  it("before the first-hand source was out, the copy is what was known", () => {
    const d = flow(
      [
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "cbs-table" },
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "nos-copy" },
      ],
      [src("cbs-table", "statisticalTable", "2024-09-01"), press],
    );
    expect(observation(d, { year: 2023, asOf: "2024-07-01" }).source.id).toBe("nos-copy");
    expect(observation(d, { year: 2023 }).source.id).toBe("cbs-table");
  });

  it("a copy with a newer, different figure is a revision and wins", () => {
    const d = flow(
      [
        { series: "total", year: 2023, value: 100, status: "final", precision: 1, source: "cbs-table" },
        { series: "total", year: 2023, value: 104, status: "final", precision: 1, source: "nos-copy" },
      ],
      [own, press],
    );
    expect(value(d, { year: 2023 })).toBe(104);
  });

  it("a copy with a better status or a finer rounding wins", () => {
    const d = flow(
      [
        { series: "total", year: 2023, value: 100, status: "provisional", precision: 1, source: "cbs-table" },
        { series: "total", year: 2023, value: 101, status: "final", precision: 1, source: "nos-copy" },
        { series: "a", year: 2023, value: 1000, status: "final", precision: 1000, source: "cbs-table" },
        { series: "a", year: 2023, value: 1040, status: "final", precision: 10, source: "nos-copy" },
      ],
      [own, press],
    );
    expect(value(d, { year: 2023 })).toBe(101);
    expect(value(d, { year: 2023, series: "a" })).toBe(1040);
  });
});
