import type { Measured, Observation, Qualifier } from "../types.ts";
import { weakerStatus } from "./bestFigure.ts";

/**
 * The lineage of a measure computed from `inputs`: the weakest status, the coarsest rounding unit,
 * the combined hedge and the source ids (in input order, without repeats).
 *
 * @param additive - a sum or mean: inputs that all lean the same way keep that hedge; for any other
 *   measure (a ratio, a difference) a hedged input makes the result `"about"`
 */
export function lineageOf(value: number, inputs: readonly Observation[], additive: boolean): Measured {
  let status = inputs[0]!.status;
  let precision = 0;
  let qualifier: Qualifier | null = null;
  let mixed = false;
  const sources: string[] = [];
  for (const o of inputs) {
    status = weakerStatus(status, o.status);
    precision = Math.max(precision, o.precision);
    if (!sources.includes(o.source)) sources.push(o.source);
    if (o.qualifier !== undefined) {
      if (qualifier === null) qualifier = o.qualifier;
      else if (qualifier !== o.qualifier) mixed = true;
    }
  }
  if (qualifier !== null && (mixed || !additive)) qualifier = "about";
  return { value, status, precision, qualifier, sources };
}
