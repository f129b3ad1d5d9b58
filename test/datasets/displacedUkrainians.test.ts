/**
 * Displaced people from Ukraine. Figures: CBS provisional counts of Ukrainian migrants resident on 1 July 2023
 * ("101 duizend", k-blikopnieuws-299343-cbs-h1-2023) and 1 October 2023 ("105,5 duizend",
 * k-blikopnieuws-300289-cbs-q3-2023); J&V "almost 95,000" registered (government-nl-2023-07-07-ukraine-90000-places).
 */
import { describe, expect, it } from "vitest";
import { displacedUkrainians as d, observation } from "../../src/index.ts";

describe("displacedUkrainians", () => {
  it("has the CBS counts of 1 July and 1 October 2023 as provisional dated rows", () => {
    expect(observation(d, { series: "registered", date: "2023-07-01" })).toMatchObject({ value: 101000, status: "provisional", precision: 1000 });
    expect(observation(d, { series: "registered", date: "2023-10-01" })).toMatchObject({ value: 105500, status: "provisional", precision: 100 });
  });

  it("keeps the ministry's count of 7 July 2023 beside the CBS count", () => {
    expect(observation(d, { series: "registered", date: "2023-07-07" })).toMatchObject({ value: 95000, qualifier: "atMost" });
  });
});
