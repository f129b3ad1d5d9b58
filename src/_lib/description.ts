import { EDITION_SOURCES } from "../datasets/_prose/editionSources.ts";
import { PACKED_PROSE, PACKED_SOURCES, SOURCE_GROUPS } from "../datasets/_prose/packed.ts";
import type { AnyDataset, DatasetDescription, Observation, Source } from "../types.ts";
import type { DatasetProse } from "./prose.ts";
import { assertDataset } from "./checks.ts";
import { DESCRIBED, OBSERVATION_NOTES, deepFreeze } from "./dataset.ts";
import { unpack } from "./unpack.ts";

/** The bundled prose, unpacked and parsed from its JSON text on first use, by dataset id. */
const parsed = /* @__PURE__ */ new Map<string, DatasetProse>();

function proseOf(id: string): DatasetProse | undefined {
  let prose = parsed.get(id);
  if (prose === undefined && Object.hasOwn(PACKED_PROSE, id)) parsed.set(id, (prose = JSON.parse(unpack(PACKED_PROSE[id]!)) as DatasetProse));
  return prose;
}

/** The groups of bundled source records unpacked so far, by group id. */
const groups = /* @__PURE__ */ new Map<string, Readonly<Record<string, Source>>>();

/**
 * The bundled source records a dataset cites (but the editions' own): the groups that hold them,
 * each unpacked and parsed from its JSON text on first use.
 */
function sourceRecords(id: string): Readonly<Record<string, Source>>[] {
  const needed = Object.hasOwn(SOURCE_GROUPS, id) ? SOURCE_GROUPS[id]! : [];
  return needed.map((g) => {
    let records = groups.get(g);
    if (records === undefined) groups.set(g, (records = JSON.parse(unpack(PACKED_SOURCES[g]!)) as Record<string, Source>));
    return records;
  });
}

/** A bundled source record that a bundled dataset cites: from its record groups, or one of the editions' own. */
function bundledRecord(datasetId: string, id: string): Source {
  return sourceRecords(datasetId).find((g) => Object.hasOwn(g, id))?.[id] ?? EDITION_SOURCES[id]!;
}

/**
 * One source record that a dataset cites, without building its description: for a bundled dataset
 * only the record groups it needs are unpacked, not its prose (what `summary` reads for each figure).
 * `id` must be a source of `dataset` (the source of one of its observations).
 */
export function sourceRecordOf(fn: string, dataset: AnyDataset, id: string): Source {
  const described = DESCRIBED.get(dataset);
  if (described !== undefined) return described.sources[id]!;
  if (!Object.hasOwn(SOURCE_GROUPS, dataset.id)) return descriptionOf(fn, dataset).sources[id]!;
  return bundledRecord(dataset.id, id);
}

/**
 * The description of a dataset: what `defineDataset` registered for a user's dataset, or, for a
 * bundled one, its figures' metadata joined with its generated prose and source records (built once per
 * dataset, then kept with it). Imports every bundled dataset's prose, packed (only the functions that
 * write text import this module), and unpacks the dataset's own prose and source record groups.
 * @throws {TypeError} when `dataset` is not a sealed dataset
 */
export function descriptionOf(fn: string, dataset: unknown): DatasetDescription {
  assertDataset(fn, dataset);
  let d = DESCRIBED.get(dataset);
  if (d !== undefined) return d;
  const prose = proseOf(dataset.id);
  if (prose === undefined) throw new TypeError(`${fn}: ${dataset.id} has no description (not a bundled dataset, nor made by defineDataset)`);
  const series: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(dataset.series)) {
    series[k] = s.territory === undefined ? { label: s.label, definition: prose.definitions[k] } : { label: s.label, definition: prose.definitions[k], territory: s.territory };
  }
  const sources: Record<string, Source> = {};
  // The sources the figures cite (their ids are the keys of the dataset's source facts).
  for (const id of Object.keys(dataset.sources).sort()) sources[id] = bundledRecord(dataset.id, id);
  d = deepFreeze({
    id: dataset.id,
    topic: dataset.topic,
    title: dataset.title,
    description: prose.description,
    unit: dataset.unit,
    measure: dataset.measure,
    reference: prose.reference,
    referenceDate: dataset.referenceDate,
    publisherOfRecord: dataset.publisherOfRecord,
    years: dataset.years,
    series,
    seriesKeys: dataset.seriesKeys,
    signed: dataset.signed,
    territory: dataset.territory,
    inhabitants: dataset.inhabitants,
    comparison: dataset.comparison,
    sums: dataset.sums.map((r, i) => (prose.sumNotes[i] == null ? { ...r } : { ...r, note: prose.sumNotes[i] })),
    breaks: dataset.breaks.map((b, i) => ({ ...b, note: prose.breakNotes[i] })),
    gaps: dataset.gaps.map((g, i) => ({ ...g, note: prose.gapNotes[i] })),
    notes: prose.notes,
    sources,
  } as unknown as DatasetDescription);
  DESCRIBED.set(dataset, d);
  return d;
}

/** Observation notes by observation, per dataset (built from the notes' indices: O(notes), no scan). */
const notes = /* @__PURE__ */ new WeakMap<object, Map<object, string>>();

/** The note on one observation of a dataset, if any. */
export function noteOf(fn: string, dataset: AnyDataset, o: Observation): string | undefined {
  let byObservation = notes.get(dataset);
  if (byObservation === undefined) {
    byObservation = new Map();
    descriptionOf(fn, dataset);
    const own = OBSERVATION_NOTES.get(dataset) ?? proseOf(dataset.id)?.observationNotes ?? {};
    for (const [i, note] of Object.entries(own)) {
      const noted = dataset.observations[Number(i)];
      if (noted !== undefined) byObservation.set(noted, note);
    }
    notes.set(dataset, byObservation);
  }
  return byObservation.get(o);
}
