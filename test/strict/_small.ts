/** Small made-up datasets for the rule tests (values invented to exercise the rules, not figures). */
import { defineDataset } from "../../src/schema/index.ts";
import type { Dataset, Observation, Source } from "../../src/types.ts";

const text = (en: string) => ({ en, nl: en });
export const src = (id: string, kind: Source["kind"], published: string, publisher = "CBS"): Source => ({
  id,
  publisher,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  published,
  accessed: "2026-12-01",
  kind,
  language: "nl",
});

/** A flow with a total and a series per case. */
export function flow(observations: readonly Observation<string>[], sources: Source[], extra: Record<string, unknown> = {}): Dataset<"total" | "a", "flow"> {
  return defineDataset({
    id: "small",
    topic: "flows",
    title: text("Small"),
    description: text("Made-up figures."),
    unit: "persons",
    measure: "flow",
    reference: text("Calendar year."),
    referenceDate: null,
    publisherOfRecord: "CBS",
    years: { from: 2020, to: 2023 },
    series: { total: { label: text("Total"), definition: text("Total") }, a: { label: text("A"), definition: text("A") } },
    sources,
    observations: observations as never,
    ...extra,
  } as never) as unknown as Dataset<"total" | "a", "flow">;
}
