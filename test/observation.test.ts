/** observation(): the chosen figure with its status, precision and resolved source (ids in data/sources/core.csv). */
import { describe, expect, it } from "vitest";
import { immigration, observation, population } from "../src/index.ts";

describe("observation", () => {
  it("returns the Staat van Migratie 2024 figure with its source as of 2024-06-14", () => {
    const o = observation(immigration, { year: 2023, asOf: "2024-06-14" });
    expect(o).toMatchObject({ dataset: "immigration", series: "total", year: 2023, value: 332863, status: "provisional", precision: 1, vintage: "2024-06-14" });
    expect(o.source).toMatchObject({
      id: "rijksoverheid-svm2024-news",
      publisher: "Rijksoverheid",
      url: "https://www.rijksoverheid.nl/actueel/nieuws/2024/06/14/staat-van-migratie-2024-in-2023-stappen-gezet-naar-grip-op-migratie",
      published: "2024-06-14",
      edition: "svm2024",
    });
  });

  it("returns the exact final figure without asOf", () => {
    const o = observation(immigration, { year: 2023 });
    expect(o.value).toBe(335668);
    expect(o.status).toBe("final");
    expect(o.precision).toBe(1);
  });

  it("keeps the hedge and precision of a rounded figure", () => {
    // CBS Trends 2017: "close to 17.1 million" inhabitants on 1 January 2017 (cbs-trends17-eng-population).
    const o = observation(population, { year: 2017 });
    expect(o).toMatchObject({ value: 17100000, precision: 100000, qualifier: "atMost", date: "2017-01-01" });
  });
});
