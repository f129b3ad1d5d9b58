/**
 * The typed API: series keys are literal types, a typo does not compile, stocks cannot be totalled,
 * and results have precise types. Checked by `tsc` (npm run typecheck) and by vitest's expectTypeOf.
 * More compile-only cases (exact equality, must-not-compile lines) are in test/types/api.ts.
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { change, immigration, observation, population, share, timeseries, total, value } from "../src/index.ts";
import type { ChangeResult, Dataset, ImmigrationSeries, ResolvedObservation, Status, TimeseriesPoint } from "../src/index.ts";
import type { Observation as ObservationSchema, Source as SourceSchema } from "../src/schema/index.ts";

describe("types", () => {
  it("gives datasets literal series keys and a measure", () => {
    expectTypeOf(immigration).toEqualTypeOf<Dataset<ImmigrationSeries, "flow">>();
    expectTypeOf<ImmigrationSeries>().toEqualTypeOf<"total">();
    expectTypeOf(population.measure).toEqualTypeOf<"stock">();
  });

  it("rejects an unknown series key at compile time", () => {
    // @ts-expect-error "totl" is not a series of immigration
    void (() => value(immigration, { year: 2023, series: "totl" }));
    // @ts-expect-error share needs a series of the dataset as the part
    void (() => share(immigration, { year: 2023, series: "asylum" }));
  });

  it("rejects totalling a stock at compile time", () => {
    // @ts-expect-error population is a stock
    void (() => total(population, { from: 2020, to: 2023 }));
  });

  it("has precise result types", () => {
    expectTypeOf(value(immigration, { year: 2023 })).toEqualTypeOf<number>();
    expectTypeOf(change(immigration, { from: 2022, to: 2023 })).toEqualTypeOf<ChangeResult>();
    expectTypeOf(timeseries(immigration)).toEqualTypeOf<TimeseriesPoint[]>();
    expectTypeOf(observation(immigration, { year: 2023 })).toEqualTypeOf<ResolvedObservation<"total">>();
    expectTypeOf(observation(immigration, { year: 2023 }).status).toEqualTypeOf<Status>();
  });

  it("parses to the hand-written interfaces with the zod schemas", () => {
    expectTypeOf<z.infer<typeof SourceSchema>>().toEqualTypeOf<SourceSchema>();
    expectTypeOf<ObservationSchema["status"]>().toEqualTypeOf<"final" | "provisional" | "estimated" | "break">();
  });
});
