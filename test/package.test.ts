/**
 * The built package, used the way consumers use it: Node ESM and CJS through the package's own
 * name (self-reference resolves the `exports` map), the dataset and schema subpaths, a consumer
 * bundle of one function, the CLI as a process, and the real Deno runtime on src/ and dist/.
 *
 * Expected figures: immigration 2023 = 335,668 (CBS final, source cbs-statline-37259eng-2024-06-25)
 * and 332,863 as the Staat van Migratie 2024 had it (source rijksoverheid-svm2024-news, 2024-06-14);
 * immigration 2022 = 403,108 (cbs-statline-37259ned-2023-08-04).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
/** The package's own name: Node resolves it through the `exports` map (self-reference). */
const pkg = "staat-van-migratie";
type Root = typeof import("../src/index.ts");

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
});

describe("Node ESM", () => {
  it("imports the root entry by package name", async () => {
    const m = (await import(pkg)) as Root;
    expect(m.value(m.immigration, { year: 2023 })).toBe(335668);
    expect(m.value(m.immigration, { year: 2023, asOf: "2024-06-14" })).toBe(332863);
  });
  it("imports a dataset subpath and the schema subpath", async () => {
    const { immigration } = (await import(`${pkg}/datasets/immigration`)) as typeof import("../src/datasets/immigration.ts");
    expect(immigration.id).toBe("immigration");
    const schema = (await import(`${pkg}/schema`)) as typeof import("../src/schema/index.ts");
    expect(schema.Status.options).toEqual(["final", "provisional", "estimated", "break"]);
  });
});

describe("Node CJS", () => {
  it("requires the root entry, a dataset subpath and the schema subpath", () => {
    const m = require(pkg) as Root;
    expect(m.value(m.immigration, { year: 2022 })).toBe(403108);
    const c = m.change(m.immigration, { from: 2022, to: 2023, asOf: "2024-06-14" });
    expect(Math.round(c.relative * 100)).toBe(-17);
    const { population } = require(`${pkg}/datasets/population`) as typeof import("../src/datasets/population.ts");
    expect(population.measure).toBe("stock");
    const schema = require(`${pkg}/schema`) as typeof import("../src/schema/index.ts");
    expect(schema.Observation.safeParse({ series: "total", year: 2023, value: 1, status: "final", precision: 1, source: "x" }).success).toBe(true);
  });
});

describe("a consumer bundle", () => {
  async function bundle(code: string): Promise<string> {
    const out = await build({
      stdin: { contents: code, resolveDir: root, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      platform: "neutral",
      logLevel: "silent",
    });
    return out.outputFiles[0]!.text;
  }
  it("of `change` alone contains no dataset values and no zod", async () => {
    const text = await bundle('import { change } from "staat-van-migratie"; console.log(change);');
    for (const figure of ["335668", "332863", "403108", "17811291", "cbs.nl", "https://"]) expect(text).not.toContain(figure);
    expect(text).not.toMatch(/ZodError|\$ZodType/);
  });
  it("of one dataset subpath contains that dataset and no functions' dependencies", async () => {
    const text = await bundle('import { immigration } from "staat-van-migratie/datasets/immigration"; console.log(immigration);');
    expect(text).toContain("335668");
    expect(text).not.toContain("17942942"); // population, another dataset
    expect(text).not.toMatch(/ZodError|\$ZodType/);
  });
});

describe("the CLI", () => {
  it("prints the summary of 2023 in Dutch as the 2024 edition had it", () => {
    const out = execFileSync(process.execPath, [`${root}dist/cli.js`, "summary", "2023", "--lang", "nl", "--as-of", "2024-06-14"], { encoding: "utf8" });
    expect(out).toContain("332.863");
    expect(out).toContain("17% minder");
    expect(out).toContain("voorlopig");
  });
  it("exits 2 with a message for an unknown command", () => {
    const r = spawnSync(process.execPath, [`${root}dist/cli.js`, "frobnicate"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe("Deno", () => {
  const deno = `${root}node_modules/.bin/deno`;
  for (const entry of ["../../src/index.ts", "../../dist/index.js"]) {
    it(`runs ${entry.slice(6)} under the real Deno runtime`, () => {
      const r = spawnSync(deno, ["run", "--allow-read", "--allow-env", `${root}test/deno/smoke.ts`, entry], {
        encoding: "utf8",
        cwd: root,
        env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { value: number; valueAsOf: number; relative: number; perCapita: number };
      expect(out.value).toBe(335668);
      expect(out.valueAsOf).toBe(332863);
      expect(Math.round(out.relative * 100)).toBe(-17);
      // population 1 January 2023: 17,811,291 (cbs-statline-85644ned)
      expect(out.perCapita).toBeCloseTo((335668 / 17811291) * 1000, 10);
    });
  }
});
