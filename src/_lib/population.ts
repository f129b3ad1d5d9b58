import { population as netherlandsPopulation } from "../datasets/population.ts";
import type { AnyDataset, Dataset } from "../types.ts";
import { assertDataset } from "./checks.ts";

/**
 * The denominator dataset of a per-capita measure: the given stock, or the population of the
 * Netherlands on 1 January.
 * @throws {TypeError} when it is not a stock dataset, or a per-country dataset would be divided by
 *   the Netherlands' population
 */
export function populationFor(
  fn: string,
  dataset: AnyDataset,
  population: Dataset<string, "stock"> | undefined,
  populationSeries: string | undefined,
): AnyDataset {
  const pop: AnyDataset = population ?? netherlandsPopulation;
  assertDataset(fn, pop, "population");
  if (pop.measure !== "stock") throw new TypeError(`${fn}: population must be a stock dataset of inhabitants; ${pop.id} is a flow`);
  if (dataset.seriesKeys === "iso3166" && pop.seriesKeys !== "iso3166" && populationSeries === undefined) {
    throw new TypeError(
      `${fn}: ${dataset.id} has a series per country, so pass a population per country (for example \`population: euPopulation\`); ${pop.id} is the Netherlands only`,
    );
  }
  return pop;
}

/**
 * The population series that divides `series`: `populationSeries` when given; else the same code
 * when the population has it or is per country (matched by code); else `total`.
 */
export function denominatorSeries(pop: AnyDataset, series: string, populationSeries: string | undefined): string {
  if (populationSeries !== undefined) return populationSeries;
  return Object.hasOwn(pop.series, series) || pop.seriesKeys === "iso3166" ? series : "total";
}
