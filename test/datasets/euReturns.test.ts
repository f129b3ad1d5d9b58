/**
 * euReturns: Eurostat migr_eiord / migr_eirtn. The 2024 EU figures, the EU returns of 2019-2020 and the Netherlands'
 * return orders 2019-2022 and 2024 come from a copy of the Eurostat API values (eurostat-migr-eiord-oscarbellosido-copy-2026-09-16,
 * eurostat-migr-eirtn-oscarbellosido-copy-2026-09-16). Spot-checks against releases stored from other sources:
 * g-lokimagazine-eurostat-eil-2020 (2019 491.2 thousand, 2020 396.4 thousand ordered to leave) and
 * g-cbs-statline-85333ned-2023 (Netherlands 2023: 21,265; the copy has 21,270).
 */
import { describe, expect, it } from "vitest";
import { euReturns, observation, value } from "../../src/index.ts";

describe("euReturns, Eurostat API copy", () => {
  it("fills 2024 and the Netherlands' return orders", () => {
    expect(observation(euReturns, { series: "orderedToLeave", year: 2024 })).toMatchObject({ value: 464820, precision: 5 });
    expect(value(euReturns, { series: "returned", year: 2024 })).toBe(127100);
    expect([2019, 2020, 2021, 2022, 2024].map((year) => value(euReturns, { series: "netherlandsOrderedToLeave", year }))).toEqual([25435, 21100, 17300, 15750, 19100]);
  });

  it("agrees with the releases stored for 2019, 2020 and the CBS count for 2023 within rounding", () => {
    // copy: 491,195 (2019) and 396,435 (2020) ordered to leave, EU27; Netherlands 2023: 21,270 (not stored)
    expect(Math.abs(491195 - value(euReturns, { series: "orderedToLeave", year: 2019 }))).toBeLessThanOrEqual(50);
    expect(Math.abs(396435 - value(euReturns, { series: "orderedToLeave", year: 2020 }))).toBeLessThanOrEqual(50);
    expect(Math.abs(21270 - value(euReturns, { series: "netherlandsOrderedToLeave", year: 2023 }))).toBeLessThanOrEqual(5);
  });

  it("keeps returns to any destination apart from returns outside the EU", () => {
    // copy (c_dest TOTAL) 2019: 164,565; returned outside the EU 2019: 142.3 thousand (g-lokimagazine-eurostat-eil-2020)
    expect(value(euReturns, { series: "returned", year: 2019 })).toBe(164565);
    expect(value(euReturns, { series: "returnedToThirdCountries", year: 2019 })).toBeLessThan(value(euReturns, { series: "returned", year: 2019 }));
  });
});
