/**
 * Prints the coverage report: for every dataset, series × years with E exact, R rounded,
 * P provisional, S estimated, d (stocks) other dates only, · no source. `npm run coverage:data`.
 * The same report is written to docs/coverage.md by `npm run data`.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { coverageText } from "./_lib/coverage.ts";
import { formatProblem, loadData } from "./_lib/load.ts";

const loaded = loadData(resolve(dirname(fileURLToPath(import.meta.url)), ".."));
if (loaded.errors.length > 0) {
  for (const e of loaded.errors) console.error(`error: ${formatProblem(e)}`);
  process.exit(1);
}
console.log(coverageText(loaded));
