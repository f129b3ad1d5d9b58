import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * One entry per dataset subpath, built from its generated re-export (src/datasets/_entries/<id>.ts) so
 * that all datasets share one chunk: the root loads a handful of files, not one per dataset.
 */
const datasetEntries = Object.fromEntries(
  readdirSync("src/datasets/_entries")
    .filter((f) => f.endsWith(".ts"))
    .map((f) => [`datasets/${f.slice(0, -3)}`, `src/datasets/_entries/${f}`]),
);

export default defineConfig([
  {
    // The library: root, ./schema, ./chart and one module per dataset, as ESM + CJS with types.
    entry: { index: "src/index.ts", "schema/index": "src/schema/index.ts", "chart/index": "src/chart/index.ts", "datasets/index": "src/datasets/index.ts", ...datasetEntries },
    // The optional peer dependency of ./chart: never bundled.
    external: ["@observablehq/plot"],
    format: ["esm", "cjs"],
    // TypeScript 6 deprecates baseUrl, which tsup's dts step sets: without this the dts build fails.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    treeshake: true,
    target: "es2022",
    outDir: "dist",
  },
  {
    // The command line (bin): ESM only, no types.
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    splitting: false,
    treeshake: true,
    target: "es2022",
    platform: "node",
    outDir: "dist",
  },
]);
