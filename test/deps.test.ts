/**
 * The published package's dependencies: no install-time scripts, and runtime `dependencies` equal to
 * exactly the bare specifiers that the published JavaScript (dist/: root, ./schema, datasets, chunks
 * and the bin) imports or requires. The list is derived from dist/, not hard-coded, so adding a
 * runtime library (or dropping one) without updating package.json fails here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bundleDependencies?: unknown;
  bundledDependencies?: unknown;
};

/** The files `npm pack` would publish (paths relative to the package root). */
let published: string[] = [];
beforeAll(() => {
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed\n${r.stderr}`);
  published = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}, 60_000);

/** The package name of a bare specifier (`date-fns/format` → `date-fns`, `@scope/x/y` → `@scope/x`). */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** Bare, non-builtin module specifiers in a built JS file: static and dynamic imports, re-exports, require. */
function bareImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[1]!);
  const builtins = new Set(builtinModules);
  return [...found].filter((s) => !s.startsWith(".") && !s.startsWith("/") && !s.startsWith("node:") && !builtins.has(s));
}

describe("bareImports (the scanner this test relies on)", () => {
  it("finds imports, re-exports, dynamic imports and requires, and skips relative and builtin ones", () => {
    const code = [
      'import{a as b}from"date-fns/format";',
      'import * as z from "zod";',
      'export { x } from "@scope/lib/sub";',
      'import "side-effect";',
      'const m = await import("dyn");',
      'var c=require("csv-stringify/sync"),d=require("node:fs"),e=require("path"),f=require("./chunk-X.cjs");',
      'import { y } from "./chunk-ABC.js";',
    ].join("\n");
    expect(bareImports(code).map(packageName).sort()).toEqual(["@scope/lib", "csv-stringify", "date-fns", "dyn", "side-effect", "zod"]);
  });
});

describe("the published package", () => {
  it("has no install-time scripts (preinstall, install, postinstall, prepare) and no binding.gyp", () => {
    const scripts = Object.keys(pkg.scripts ?? {});
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(scripts, hook).not.toContain(hook);
    // npm runs `node-gyp rebuild` on install for a package that ships a binding.gyp
    expect(published.filter((f) => f.endsWith("binding.gyp"))).toEqual([]);
  });

  it("declares exactly the runtime dependencies its published JavaScript imports (./chart: its optional peer)", () => {
    const js = published.filter((f) => /\.(c|m)?js$/.test(f));
    expect(js).toContain("dist/index.js");
    expect(js).toContain("dist/schema/index.cjs");
    expect(js).toContain("dist/chart/index.js");
    const imported = new Set<string>();
    const peers = new Set<string>();
    for (const file of js) {
      for (const s of bareImports(readFileSync(join(root, file), "utf8"))) {
        // the chart entry's own files may import the optional peer dependency; nothing else may
        if (file.startsWith("dist/chart/") && Object.hasOwn(pkg.peerDependencies ?? {}, packageName(s))) peers.add(packageName(s));
        else imported.add(packageName(s));
      }
    }
    const declared = Object.keys(pkg.dependencies ?? {}).sort();
    // missing: imported but not declared; unused: declared but never imported
    expect({ missing: [...imported].filter((d) => !declared.includes(d)).sort(), unused: declared.filter((d) => !imported.has(d)) }).toEqual({ missing: [], unused: [] });
    expect([...peers].sort()).toEqual(Object.keys(pkg.peerDependencies ?? {}).sort());
  });

  it("has no optional or bundled dependencies, and only optional peers (npm does not install them)", () => {
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(["@observablehq/plot"]);
    for (const peer of Object.keys(pkg.peerDependencies ?? {})) expect(pkg.peerDependenciesMeta?.[peer]?.optional, peer).toBe(true);
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies ?? []).toEqual([]);
  });

  it("keeps Observable Plot out of the root entry: only ./chart's files import it", () => {
    const rootFiles = published.filter((f) => /^dist\/(index|chunk-[^/]+)\.(c)?js$/.test(f));
    for (const file of rootFiles) expect(bareImports(readFileSync(join(root, file), "utf8")).map(packageName), file).not.toContain("@observablehq/plot");
    expect(bareImports(readFileSync(join(root, "dist/chart/index.js"), "utf8")).map(packageName)).toContain("@observablehq/plot");
  });

  it("keeps zod out of the root entry: only ./schema's files import it", () => {
    const rootFiles = published.filter((f) => /^dist\/(index|chunk-[^/]+)\.(c)?js$/.test(f));
    expect(rootFiles.length).toBeGreaterThan(1);
    for (const file of rootFiles) expect(bareImports(readFileSync(join(root, file), "utf8")).map(packageName), file).not.toContain("zod");
    expect(bareImports(readFileSync(join(root, "dist/schema/index.js"), "utf8")).map(packageName)).toContain("zod");
  });
});
