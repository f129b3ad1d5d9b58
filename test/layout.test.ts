/**
 * The object layout the warm-query speed depends on (issue 15, docs/performance.md): V8 keeps a
 * bundled dataset's fields in its fast layout, not a dictionary. A dataset made with
 * `Object.create(null)`, or one that has getter functions of its own, turns into a dictionary, and every
 * query then looks its fields up by hash (found by profiling `value`: it cost about a fifth of a call).
 * Read through V8's own `%HasFastProperties` in a child process of the built package.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("the layout of bundled datasets", () => {
  it("is V8's fast layout for every dataset, before and after its figures are decoded, in ESM and CommonJS", () => {
    const check = (load: string): string =>
      `${load}
const all = Object.values(m).filter((v) => typeof v === "object" && v !== null && typeof v.id === "string" && Object.hasOwn(v, "observations"));
const slow = (when) => all.filter((d) => !%HasFastProperties(d)).map((d) => when + ":" + d.id);
const before = slow("before");
for (const d of all) d.observations.length;
console.log(JSON.stringify({ n: all.length, slow: [...before, ...slow("after")] }));`;
    const esm = check(`const m = await import(${JSON.stringify(`${root}dist/index.js`)});`);
    const cjs = check(`const m = require(${JSON.stringify(`${root}dist/index.cjs`)});`);
    for (const [args, code] of [[["--input-type=module"], esm], [[], cjs]] as const) {
      const out = JSON.parse(execFileSync(process.execPath, ["--allow-natives-syntax", ...args, "-e", code], { encoding: "utf8" })) as { n: number; slow: string[] };
      expect(out.n).toBeGreaterThan(30);
      expect(out.slow).toEqual([]);
    }
  });
});
