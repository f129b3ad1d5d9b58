import type { AnyDataset, DatasetMetadata } from "../types.ts";

/** What a dataset value carries besides its sources and observations. */
export type FigureMetadata = Omit<AnyDataset, "sources" | "observations">;

/**
 * The metadata a dataset value carries, from the full metadata of `data/datasets/<id>/metadata.yaml`:
 * everything the query functions read, without the prose (description, period, definitions, the notes
 * of sums, breaks and gaps, general notes), which `describeDataset` returns. One definition for the
 * data build (generated modules) and `defineDataset` (a user's own dataset).
 */
export function figureMetadata(m: DatasetMetadata): FigureMetadata {
  const series: Record<string, FigureMetadata["series"][string]> = {};
  for (const [k, v] of Object.entries(m.series)) series[k] = v.territory === undefined ? { label: v.label } : { label: v.label, territory: v.territory };
  return {
    id: m.id,
    topic: m.topic,
    title: m.title,
    unit: m.unit,
    measure: m.measure,
    referenceDate: m.referenceDate,
    publisherOfRecord: m.publisherOfRecord,
    years: m.years,
    series,
    seriesKeys: m.seriesKeys,
    signed: m.signed,
    territory: m.territory,
    inhabitants: m.inhabitants,
    comparison: m.comparison,
    sums: m.sums.map((r) => (r.tolerance === undefined ? { total: r.total, parts: r.parts } : { total: r.total, parts: r.parts, tolerance: r.tolerance })),
    breaks: m.breaks.map((b) => ({ series: b.series, year: b.year })),
    gaps: m.gaps.map((g) => ({ series: g.series, years: g.years })),
  };
}
