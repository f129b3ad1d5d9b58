/**
 * The real Deno runtime (the `deno` npm package brings the binary): the source (`src/`, `.ts`
 * specifiers) and the build (`dist/`) compute a value, a change and a per-capita figure, and
 * `deno publish --dry-run` accepts jsr.json (the JSR "no slow types" check on the public API).
 *
 * Expected figures (sources in data/sources/core.csv): immigration 2023 = 335,668 (CBS final,
 * cbs-dossier-how-many-people-immigrate) and 332,863 as the Staat van Migratie 2024 had it
 * (rijksoverheid-svm2024-news, 2024-06-14); 2022 = 403,108 (cbs-statline-37259ned-2023-08-04);
 * population on 1 January 2023 = 17,811,291 (cbs-statline-85644ned).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const deno = `${root}node_modules/.bin/deno`;

function runDeno(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(deno, args, { encoding: "utf8", cwd: root, env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } });
}

/** A dataset's prose as its readable JSON copy has it (data:check keeps that copy equal to data/). */
const proseOf = (id: string): { description: { en: string; nl: string } } => JSON.parse(readFileSync(`${root}src/datasets/_prose/${id}.json`, "utf8"));

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
});

describe("Deno", () => {
  for (const entry of ["../../src/index.ts", "../../dist/index.js"]) {
    it(`runs ${entry.slice(6)}: a value, a change and a per-capita figure`, () => {
      const r = runDeno(["run", "--allow-read", "--allow-env", `${root}test/deno/smoke.ts`, entry]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { value: number; valueAsOf: number; relative: number; perCapita: number; publisher: string; description: string };
      expect(out.value).toBe(335668);
      expect(out.valueAsOf).toBe(332863);
      // the 2024 edition: "17% minder dan in 2022" (332,863 against 403,108)
      expect(out.relative).toBeCloseTo((332863 - 403108) / 403108, 12);
      expect(Math.round(out.relative * 100)).toBe(-17);
      expect(out.perCapita).toBeCloseTo((335668 / 17811291) * 1000, 10);
      // The prose ships packed (src/datasets/_prose/packed.ts): unpacked under Deno, it is the reviewed JSON text.
      expect(out.publisher).toBe("CBS");
      expect(out.description).toBe(proseOf("euTemporaryProtection").description.nl);
      expect(out.description).toContain("Oekraïne");
    });
  }

  it("accepts jsr.json in `deno publish --dry-run` (no slow types), with the package.json version", () => {
    const jsr = JSON.parse(readFileSync(`${root}jsr.json`, "utf8")) as { version: string; exports: Record<string, string> };
    const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string };
    expect(jsr.version).toBe(pkg.version);
    expect(jsr.exports["./datasets/immigration"]).toBe("./src/datasets/immigration.ts");
    const r = runDeno(["publish", "--dry-run", "--allow-dirty"]);
    const output = `${r.stdout}\n${r.stderr}`;
    expect(output, output).toContain("Checking for slow types in the public API");
    expect(output, output).toContain("Success Dry run complete");
    expect(r.status).toBe(0);
  }, 120_000);
});
