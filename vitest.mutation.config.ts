import { defineConfig } from "vitest/config";

/**
 * The tests StrykerJS runs against each mutant (`npm run mutate`, see docs/mutation.md): the unit,
 * property, dataset, claims, hostile-input and strict-rule tests that exercise src/_lib and the measures,
 * and test/mutation-*.test.ts. Left out: tests of the build and the package (tarball, Deno, browser,
 * bundle budget, CLI processes, TypeDoc, type-level tests, the docs' type-check, the prototype and
 * time-zone tests that load dist/ or spawn processes), which take minutes each.
 */
export default defineConfig({
  test: {
    include: [
      "test/{change,mean,observation,perCapita,rank,share,timeseries,total,value,revisions,toRows,summary,cite,editions,datasets,claims}.test.ts",
      "test/_lib/*.test.ts",
      "test/datasets/*.test.ts",
      "test/format/*.test.ts",
      "test/properties/{measures,vintages,reference,hostile}.test.ts",
      "test/hostile/api.test.ts",
      "test/strict/{defineDataset,lineage,publisher}.test.ts",
      "test/reference/*.test.ts",
      "test/mutation-*.test.ts",
    ],
    testTimeout: 60_000,
    pool: "threads",
    isolate: false,
  },
});
