/**
 * International degree students: a stock counted on 1 October of the academic year (DUO 1cijferHO
 * register, 'peildatum 1 oktober': j-duo-studenten-wo), year = the calendar year the academic year
 * starts in. Figures:
 * - Nuffic 2024-25: "a total of 131,004 international degree students" (f-nuffic-idm-2024-25);
 * - Nuffic 2021-22: 115,068 (n-nuffic-2022-04-idm-2021-22); CBS StatLine 85125NED 2021/'22: 115.050
 *   international students, rounded to tens (j-cbs-statline-85125ned).
 */
import { describe, expect, it } from "vitest";
import { internationalStudents, observation, total, value } from "../../src/index.ts";
import type { Dataset } from "../../src/index.ts";

describe("internationalStudents", () => {
  it("is a stock read on 1 October of the academic year", () => {
    expect(internationalStudents.measure).toBe("stock");
    expect(internationalStudents.referenceDate).toBe("10-01");
    expect(internationalStudents.observations.every((o) => o.date === `${o.year}-10-01`)).toBe(true);
  });

  it("gives the 2024-25 total under year 2024", () => {
    // f-nuffic-idm-2024-25
    expect(value(internationalStudents, { year: 2024 })).toBe(131004);
    expect(value(internationalStudents, { date: "2024-10-01" })).toBe(131004);
  });

  it("prefers Nuffic's exact 2021-22 count to CBS's figure rounded to tens, keeping both", () => {
    // n-nuffic-2022-04-idm-2021-22: 115,068; j-cbs-statline-85125ned: 115,050
    // (the NL Times copy of the Nuffic figure was a redundant lead and is no longer stored)
    const rows = internationalStudents.observations.filter((o) => o.series === "total" && o.year === 2021);
    expect(rows.map((o) => o.value).sort()).toEqual([115050, 115068]);
    expect(observation(internationalStudents, { year: 2021 })).toMatchObject({ value: 115068, precision: 1 });
  });

  it("cannot be totalled over academic years", () => {
    // @ts-expect-error internationalStudents is a stock: total() is for flows only
    expect(() => total(internationalStudents, { from: 2021, to: 2024 })).toThrow(/^total: internationalStudents is a stock/);
    expect(() => total(internationalStudents as unknown as Dataset<"total", "flow">, { from: 2021, to: 2024 })).toThrow(TypeError);
  });
});

describe("internationalStudents, Nuffic's own pages", () => {
  it("has Nuffic's 115,068 for 2021-22 first-hand, beside CBS's 115,050", () => {
    // n-nuffic-2022-04-idm-2021-22: "dit studiejaar 115.068 buitenlandse studenten";
    // j-cbs-statline-85125ned: 115.050 (CBS, rounded to tens; another register cut)
    const rows = internationalStudents.observations.filter((o) => o.series === "total" && o.year === 2021);
    expect(rows.filter((o) => o.value === 115068).map((o) => o.source).sort()).toEqual(["n-nuffic-2022-04-idm-2021-22"]);
  });

  it("has Nuffic's own 85,955 for 2018-19, beside Tubantia's 'more than 85,900'", () => {
    // t-nuffic-longread-2018-19: '85,955 foreign students from 170 countries'; f-tubantia-2019-03-nuffic: 'Meer dan 85.900'
    expect(observation(internationalStudents, { year: 2018 })).toMatchObject({ value: 85955, precision: 1 });
    const rows = internationalStudents.observations.filter((o) => o.series === "total" && o.year === 2018);
    expect(rows.map((o) => o.source).sort()).toEqual(["f-tubantia-2019-03-nuffic", "t-nuffic-longread-2018-19"]);
  });

  it("has Nuffic's own 122,287 for 2022-23, equal to the ACA copy", () => {
    // t-nuffic-nieuws-2023-05-instroom-vlakt-af: 'In het studiejaar 2022-2023 studeerden er 122.287 internationale studenten'
    // f-aca-2023-nuffic: '122 287 internationals in total'; f-nrc-2023-05-04-nuffic: 'ruim 122.000'
    expect(observation(internationalStudents, { year: 2022 })).toMatchObject({ value: 122287, source: { id: "t-nuffic-nieuws-2023-05-instroom-vlakt-af" } });
  });

  it("dates Nuffic's 2024-25 total to May 2025, so it is known as of June 2025", () => {
    // f-nuffic-idm-2024-25: 131,004 (published 2025-05, the month ANP reported it)
    expect(value(internationalStudents, { year: 2024, asOf: "2025-06-01" })).toBe(131004);
  });
});
