/**
 * The code in the README and the guides stays true: every ```ts block in README.md and docs/**.md
 * (except the generated docs/api/ and docs/datasets/) and every code cell of the Deno notebook is
 * type-checked against src/ and run. `expr; //=> literal` lines are assertions: the expression must
 * equal the literal (a number, string or boolean). Imports of "staat-van-migratie" (also "npm:…" and
 * subpaths) are mapped to the source.
 *
 * The literals are figures from the sources, e.g. 335668 and 332863 (cbs-dossier-how-many-people-immigrate,
 * rijksoverheid-svm2024-news) and the IND 2022 asylum inflow 47991 = 35535 + 1529 + 10927
 * (ind-news-asielinstroom-december-2022).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, ".tmp", "docs-examples");

interface Block {
  /** e.g. docs/guides/asylum-numbers.md:23 */
  where: string;
  code: string;
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    const rel = relative(root, abs);
    if (rel === join("docs", "api") || rel === join("docs", "datasets")) continue;
    if (statSync(abs).isDirectory()) out.push(...markdownFiles(abs));
    else if (name.endsWith(".md")) out.push(abs);
  }
  return out;
}

/** The ```ts blocks of a Markdown file. */
export function tsBlocks(file: string): Block[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: Block[] = [];
  let start = -1;
  let buf: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (start < 0 && /^\s*```(ts|typescript)\s*$/.test(line)) {
      start = i + 1;
      buf = [];
    } else if (start >= 0 && /^\s*```\s*$/.test(line)) {
      blocks.push({ where: `${relative(root, file)}:${start + 1}`, code: buf.join("\n") });
      start = -1;
    } else if (start >= 0) {
      buf.push(line);
    }
  }
  return blocks;
}

function notebookBlock(file: string): Block {
  const nb = JSON.parse(readFileSync(file, "utf8")) as { cells: { cell_type: string; source: string[] | string }[] };
  const code = nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
    .join("\n\n");
  return { where: relative(root, file), code };
}

/** Map the package's import specifiers to the source, relative to `from` (a file in outDir). */
function mapImports(code: string, from: string): string {
  const src = (p: string) => {
    const r = relative(dirname(from), join(root, p)).split("\\").join("/");
    return r.startsWith(".") ? r : `./${r}`;
  };
  return code
    .replace(/(["'])(?:npm:)?staat-van-migratie\/datasets\/([A-Za-z0-9]+)\1/g, (_m, q: string, id: string) => `${q}${src(`src/datasets/${id}.ts`)}${q}`)
    .replace(/(["'])(?:npm:)?staat-van-migratie\/schema\1/g, (_m, q: string) => `${q}${src("src/schema/index.ts")}${q}`)
    .replace(/(["'])(?:npm:)?staat-van-migratie\/chart\1/g, (_m, q: string) => `${q}${src("src/chart/index.ts")}${q}`)
    .replace(/(["'])(?:npm:)?staat-van-migratie\1/g, (_m, q: string) => `${q}${src("src/index.ts")}${q}`)
    .replace(/(["'])npm:(@?[^@"']+)@[^"']+\1/g, (_m, q: string, name: string) => `${q}${name}${q}`);
}

/** `expr; //=> literal` becomes a checked assertion; other lines stay as they are. */
function withAssertions(code: string, where: string): string {
  const [file, line0] = [where.replace(/:\d+$/, ""), Number(/:(\d+)$/.exec(where)?.[1] ?? 1)];
  return code
    .split("\n")
    .map((line, i) => {
      const m = /^(\s*)(.+?);\s*\/\/=>\s*(.+?)\s*$/.exec(line);
      if (!m || /^(const|let|var|import|export|return)\b/.test(m[2]!)) return line;
      let expected: unknown;
      try {
        expected = JSON.parse(m[3]!);
      } catch {
        return line; // a description, not a literal: the line still runs
      }
      return `${m[1]}__check(${m[2]}, ${JSON.stringify(expected)}, ${JSON.stringify(`${file}:${line0 + i}`)});`;
    })
    .join("\n");
}

const CHECK = `
function __check(actual: unknown, expected: unknown, where: string): void {
  const same = typeof expected === "object" && expected !== null ? JSON.stringify(actual) === JSON.stringify(expected) : actual === expected;
  if (!same) throw new Error(\`\${where}: expected \${JSON.stringify(expected)}, got \${JSON.stringify(actual)}\`);
}
`;

const blocks: Block[] = [join(root, "README.md"), ...markdownFiles(join(root, "docs"))].flatMap(tsBlocks);
const notebook = notebookBlock(join(root, "docs", "notebooks", "deno-example.ipynb"));
const all = [...blocks, notebook];

function fileName(b: Block, kind: string): string {
  return join(outDir, `${b.where.replace(/[^A-Za-z0-9]+/g, "_")}.${kind}.ts`);
}

describe("code in the docs", () => {
  it("finds the guides' examples", () => {
    const where = blocks.map((b) => b.where.replace(/:\d+$/, ""));
    expect(where).toContain("README.md");
    expect(where).toContain(join("docs", "guides", "getting-started.md"));
    expect(where).toContain(join("docs", "guides", "asylum-numbers.md"));
  });

  it("type-checks against src", () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const files = all.map((b) => {
      const f = fileName(b, "check");
      writeFileSync(f, `${mapImports(b.code, f)}\nexport {};\n`);
      return f;
    });
    // The library's compiler options, plus Node's types for `console` (no DOM: the examples must not need it).
    const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(files, { ...parsed.options, types: ["node"], noEmit: true });
    // Only the examples' own diagnostics (src is type-checked by `npm run typecheck`).
    const problems = files
      .flatMap((f) => {
        const sf = program.getSourceFile(f)!;
        return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
      })
      .map((d) => {
        const at = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        const block = all[files.indexOf(resolve(d.file!.fileName))]!;
        return `${block.where} (+${at.line}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 180_000);

  it.each(all.map((b) => [b.where, b] as const))("runs %s", async (_where, b) => {
    mkdirSync(outDir, { recursive: true });
    const f = fileName(b, "run");
    writeFileSync(f, `${CHECK}\n${withAssertions(mapImports(b.code, f), b.where)}\nexport {};\n`);
    const log = console.log;
    const table = console.table;
    console.log = () => {};
    console.table = () => {};
    try {
      await import(pathToFileURL(f).href);
    } finally {
      console.log = log;
      console.table = table;
    }
  });

  it("asserts figures, not only runs them", () => {
    const asserted = blocks.flatMap((b) => withAssertions(b.code, b.where).split("\n")).filter((l) => l.includes("__check("));
    expect(asserted.length).toBeGreaterThanOrEqual(10);
  });
});
