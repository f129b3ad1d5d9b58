import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: root, ./schema, ./chart and one module per dataset, as ESM + CJS with types.
    entry: ["src/index.ts", "src/schema/index.ts", "src/chart/index.ts", "src/datasets/*.ts", "!src/datasets/_all.ts"],
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
