/**
 * The Deno notebook (docs/notebooks/deno-example.ipynb) in a real Jupyter kernel: Debian's Jupyter
 * (jupyter-nbconvert, jupyter-client, python3-ipykernel; .ci/run installs them) and the Deno kernel
 * of the `deno` npm package (`deno jupyter --install`, into .tmp/ so that no home directory changes).
 * The notebook runs top to bottom with `jupyter nbconvert --to notebook --execute`, and its code cells
 * pass `deno check`. Imports of `npm:staat-van-migratie` (and `/chart`) point at the source, and
 * versioned `npm:` imports at the installed node_modules, so that nothing is downloaded.
 *
 * Figures in the outputs: immigration 2023 = 332,863 as the 2024 edition had it
 * (rijksoverheid-svm2024-news) and 335,668 final (cbs-dossier-how-many-people-immigrate); the IND
 * asylum inflow 2022 = 47,991 (ind-news-asielinstroom-december-2022).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, ".tmp", "notebook");
const deno = join(root, "node_modules", ".bin", "deno");
const env = { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", XDG_DATA_HOME: join(dir, "data"), JUPYTER_PATH: join(dir, "data", "jupyter") };

interface Cell {
  cell_type: string;
  source: string[] | string;
  outputs?: { output_type: string; text?: string[] | string; data?: Record<string, string[] | string>; ename?: string; evalue?: string }[];
}

const text = (s: string[] | string | undefined): string => (Array.isArray(s) ? s.join("") : (s ?? ""));

/** The package's imports to the source; `npm:name@version` to the installed `name`. */
function localImports(code: string): string {
  return code
    .replace(/(["'])npm:staat-van-migratie\/chart\1/g, '$1../../src/chart/index.ts$1')
    .replace(/(["'])npm:staat-van-migratie\1/g, '$1../../src/index.ts$1')
    .replace(/(["'])npm:(@?[^@"']+)@[^"']+\1/g, "$1$2$1");
}

const notebook = JSON.parse(readFileSync(join(root, "docs", "notebooks", "deno-example.ipynb"), "utf8")) as { cells: Cell[]; metadata: { kernelspec?: { name?: string } } };

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const local = { ...notebook, cells: notebook.cells.map((c) => (c.cell_type === "code" ? { ...c, source: localImports(text(c.source)) } : c)) };
  writeFileSync(join(dir, "deno-example.ipynb"), JSON.stringify(local, null, 1));
  const install = spawnSync(deno, ["jupyter", "--install", "--force"], { cwd: root, env, encoding: "utf8" });
  if (install.status !== 0) throw new Error(`deno jupyter --install failed:\n${install.stderr}`);
});

describe("the Deno notebook", () => {
  it("names the Deno kernel", () => {
    expect(notebook.metadata.kernelspec?.name).toBe("deno");
  });

  it("type-checks: every code cell, in order, passes `deno check`", () => {
    const code = notebook.cells.filter((c) => c.cell_type === "code").map((c) => localImports(text(c.source)));
    expect(code.length).toBeGreaterThanOrEqual(5);
    writeFileSync(join(dir, "cells.ts"), `${code.join("\n\n")}\n`);
    const r = spawnSync(deno, ["check", join(dir, "cells.ts")], { cwd: root, env, encoding: "utf8" });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  }, 120_000);

  it("runs top to bottom in a Jupyter kernel (jupyter nbconvert --execute), with the expected outputs", () => {
    const r = spawnSync(
      "jupyter",
      ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120", "--output", "executed.ipynb", join(dir, "deno-example.ipynb")],
      { cwd: dir, env, encoding: "utf8", timeout: 240_000 },
    );
    expect(r.error, "jupyter is missing: apt-get install jupyter-nbconvert jupyter-client python3-ipykernel (.ci/run does)").toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    const executed = JSON.parse(readFileSync(join(dir, "executed.ipynb"), "utf8")) as { cells: Cell[] };
    const code = executed.cells.filter((c) => c.cell_type === "code");
    const outputs = code.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error").map((o) => `${o.ename}: ${o.evalue}`)).toEqual([]);
    const printed = outputs.map((o) => text(o.text)).join("");
    expect(printed).toContain("as published: 332,863; final: 335,668");
    expect(printed).toContain("47991");
    // the chart cell: an SVG from the chart helper, shown by the kernel
    const svg = text(outputs.find((o) => o.data?.["image/svg+xml"] !== undefined)?.data?.["image/svg+xml"]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("Bron: CBS");
    expect(svg).toContain("400.000");
  }, 300_000);
});
