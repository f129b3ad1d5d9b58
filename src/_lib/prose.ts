import type { Text } from "../types.ts";

/**
 * The prose of a bundled dataset, generated apart from its figures (`src/datasets/_prose/<id>.ts`):
 * only `describeDataset` and the functions that write text (`cite`, `summary`, `toJSON`, the CLI) load it.
 */
export interface DatasetProse {
  readonly description: Text;
  readonly reference: Text;
  /** Each series' definition, by series key. */
  readonly definitions: Readonly<Record<string, Text>>;
  /** The note of each sum rule (`null`: none), in the order of `dataset.sums`. */
  readonly sumNotes: readonly (string | null)[];
  /** Why each break is one, in the order of `dataset.breaks`. */
  readonly breakNotes: readonly Text[];
  /** Why each gap is one, in the order of `dataset.gaps`. */
  readonly gapNotes: readonly Text[];
  readonly notes: readonly Text[];
  /** Notes on single observations, by index in `dataset.observations`. */
  readonly observationNotes: Readonly<Record<string, string>>;
}
