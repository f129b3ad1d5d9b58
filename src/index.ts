/**
 * staat-van-migratie: the figures behind the Dutch government's yearly *Staat van Migratie* report as
 * typed, sourced datasets, and pure functions to query and measure them.
 *
 * Every export is side-effect free; import only what you use and a bundler drops the rest.
 *
 * @module staat-van-migratie
 */
export { change, type ChangeQuery } from "./change.ts";
export { describeDataset } from "./describeDataset.ts";
export { cite, type CiteOptions, type CslDate, type CslItem } from "./cite.ts";
export { compareEdition, type CompareEditionOptions, type ComparedFigure, type EditionComparison, type RevisionKind } from "./compareEdition.ts";
export { formatChange, type FormatChangeOptions } from "./format/formatChange.ts";
export { formatNumber, type FormatNumberOptions } from "./format/formatNumber.ts";
export { formatPercent, type FormatPercentOptions } from "./format/formatPercent.ts";
export { mean } from "./mean.ts";
export { observation } from "./observation.ts";
export { perCapita, type PerCapitaQuery } from "./perCapita.ts";
export { rank, type RankEntry, type RankQuery, type RankResult } from "./rank.ts";
export { revisions, type Revision, type RevisionSide, type RevisionsQuery } from "./revisions.ts";
export { share, type ShareOf, type ShareQuery } from "./share.ts";
export { summary, type Summary, type SummaryItem, type SummaryOptions, type SummarySection, type SummarySource } from "./summary.ts";
export { timeseries, type TimeseriesQuery } from "./timeseries.ts";
export { toCSV, type ToCSVOptions } from "./toCSV.ts";
export { toJSON, type DatasetJSON, type ToJSONOptions } from "./toJSON.ts";
export { toRows, type Row, type RowsQuery } from "./toRows.ts";
export { total, type RangeQuery } from "./total.ts";
export { value, type CellQuery, type ValueQuery } from "./value.ts";
export * from "./datasets/index.ts";
export { editions, editionSources } from "./editions.ts";
export type * from "./types.ts";
