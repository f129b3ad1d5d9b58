import { population as netherlandsPopulation } from "../datasets/population.ts";
import type { AnyDataset, Dataset } from "../types.ts";
import { assertDataset, listKeys, territoryOf } from "./checks.ts";

/** Which bundled population to pass for a territory, for error messages. */
function hint(territory: string): string {
  if (territory === "NL") return "leave `population` out (the population of the Netherlands is the default) or pass `population`";
  if (/^[A-Z]{2}$/.test(territory) || territory === "EU27" || territory === "EU28") return "pass `population: euPopulation` (populations of the EU member states)";
  return `no bundled dataset counts the inhabitants of ${territory === "world" ? "the world" : territory}; pass a population of that territory made with defineDataset`;
}

/**
 * The denominator dataset of a per-capita measure: the given population, or the population of the
 * Netherlands on 1 January.
 * @throws {TypeError} when it is not a dataset that counts inhabitants (`inhabitants: true`)
 */
export function populationFor(fn: string, population: unknown): Dataset<string, "stock"> {
  const pop = population === undefined ? netherlandsPopulation : population;
  assertDataset(fn, pop, "population");
  if (!pop.inhabitants || pop.measure !== "stock") {
    throw new TypeError(
      `${fn}: population must count inhabitants (a population register such as \`population\` or \`euPopulation\`); ${pop.id} counts ${pop.title?.en ?? pop.id}, which is not a population`,
    );
  }
  return pop as Dataset<string, "stock">;
}

/** A population's series by the territory they count, built once per (sealed, frozen) dataset. */
const territories = new WeakMap<AnyDataset, Map<string, string[]>>();

function byTerritory(pop: AnyDataset): Map<string, string[]> {
  let m = territories.get(pop);
  if (m === undefined) {
    m = new Map();
    for (const k of Object.keys(pop.series)) {
      const t = territoryOf(pop, k);
      const list = m.get(t);
      if (list === undefined) m.set(t, [k]);
      else list.push(k);
    }
    territories.set(pop, m);
  }
  return m;
}

/**
 * The population series that divides `series` of `dataset`: `populationSeries` when given, else the
 * population's series for the same territory. Either way the territories must match.
 * @throws {TypeError} when `populationSeries` is not a string
 * @throws {RangeError} when `populationSeries` is unknown, or no series of the population counts the
 *   numerator's territory (the message says which population to pass)
 */
export function denominatorSeries(fn: string, dataset: AnyDataset, series: string, pop: AnyDataset, populationSeries: unknown): string {
  const territory = territoryOf(dataset, series);
  const what = `${dataset.id} "${series}" counts ${territory}`;
  if (populationSeries !== undefined) {
    if (typeof populationSeries !== "string") throw new TypeError(`${fn}: populationSeries must be a string; series of ${pop.id}: ${listKeys(Object.keys(pop.series))}`);
    if (!Object.hasOwn(pop.series, populationSeries)) {
      throw new RangeError(`${fn}: unknown populationSeries "${populationSeries}" for ${pop.id}; valid series: ${listKeys(Object.keys(pop.series))}`);
    }
    const other = territoryOf(pop, populationSeries);
    if (other !== territory) {
      throw new RangeError(`${fn}: ${what} but ${pop.id} "${populationSeries}" counts the inhabitants of ${other}; ${hint(territory)}`);
    }
    return populationSeries;
  }
  if (pop.territory === "seriesKey") {
    if (Object.hasOwn(pop.series, territory)) return territory;
  } else {
    const match = byTerritory(pop).get(territory) ?? [];
    if (match.length === 1) return match[0]!;
    if (match.includes("total")) return "total";
  }
  throw new RangeError(`${fn}: ${what}, and ${pop.id} has no series for the inhabitants of ${territory}; ${hint(territory)}`);
}
