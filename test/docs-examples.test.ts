/**
 * The code in the README, the guides and the TSDoc stays true: every ```ts block in README.md and
 * docs/**.md (except the generated docs/api/ and docs/datasets/), every ```ts block of an `@example`
 * tag in src/**.ts, and every code cell of the Deno notebook is type-checked against src/ and run.
 * Imports of "staat-van-migratie" (also "npm:…" and subpaths) are mapped to the source. A block that
 * imports "vitest" is a test-file template (docs/guides/adding-a-dataset.md): type-checked, not run.
 *
 * `//=>` comments are assertions, on the line of the expression (`expr; //=> 42`) or on the line
 * after a one-line expression statement (`expr;` then `//=> 42`):
 * - a JSON literal (number, string, boolean, array, object) must equal the value; text after it in
 *   parentheses is a comment: `//=> 738776 (403,108 + 335,668)`;
 * - a number ending in `…` is a truncation: `//=> 0.0188…` holds for 0.01882 but not for 0.0189;
 * - in a string, `…` stands for any text: `//=> "Source: CBS, … publications"`; a string may go on
 *   in comment lines indented by two or more spaces after `//`;
 * - anything else (`//=> member states, largest first`) is a description: the line still runs.
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

/** The ```ts blocks of the `@example` tags of a TypeScript source file (TSDoc comments). */
export function exampleBlocks(file: string): Block[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: Block[] = [];
  let inExample = false;
  let start = -1;
  let buf: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = /^\s*\* ?(.*)$/.exec(line)?.[1];
    if (body === undefined) {
      inExample = false;
      start = -1;
      continue;
    }
    if (start < 0 && /(^|\s)@example\b/.test(body)) inExample = true;
    else if (inExample && start < 0 && /^```(ts|typescript)\s*$/.test(body.trim())) {
      start = i + 1;
      buf = [];
    } else if (start >= 0 && /^```\s*$/.test(body.trim())) {
      blocks.push({ where: `${relative(root, file)}:${start + 1}`, code: buf.join("\n") });
      start = -1;
      inExample = false;
    } else if (start >= 0) {
      buf.push(body);
    }
  }
  return blocks;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return sourceFiles(abs);
    return name.endsWith(".ts") ? [abs] : [];
  });
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

/** What a `//=>` comment expects. */
export type Expectation = { equals: unknown } | { truncated: string } | { matches: string };

/** Reads the text after `//=>`; `undefined` when it is a description, not an expectation. */
export function parseExpectation(text: string): Expectation | undefined {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?…$/.test(t)) return { truncated: t.slice(0, -1) };
  try {
    const v: unknown = JSON.parse(t);
    if (typeof v === "string" && v.includes("…")) {
      return { matches: `^${v.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^]*")}$` };
    }
    return { equals: v };
  } catch {
    // not a bare literal: maybe a literal followed by a comment in parentheses
  }
  const m = /^(\S.*?)\s+\(.*\)$/.exec(t);
  return m === null ? undefined : parseExpectation(m[1]!);
}

/** Whether brackets balance and the line does not continue an expression (`.map(…)`). */
function isWholeStatement(expr: string): boolean {
  if (/^[.?)\]}]/.test(expr.trim())) return false;
  let depth = 0;
  for (const ch of expr.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, "")) {
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** `//=>` comments (see the file comment) become checked assertions; other lines stay as they are. */
export function withAssertions(code: string, where: string): string {
  const [file, line0] = [where.replace(/:\d+$/, ""), Number(/:(\d+)$/.exec(where)?.[1] ?? 1)];
  const lines = code.split("\n");
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    let at: number;
    let indent: string;
    let expr: string;
    let text: string;
    const inline = /^(\s*)(.+?);\s*\/\/=>\s*(.+?)\s*$/.exec(lines[i]!);
    if (inline !== null) {
      [at, indent, expr, text] = [i, inline[1]!, inline[2]!, inline[3]!];
    } else {
      const below = /^\s*\/\/=>\s*(.+?)\s*$/.exec(lines[i]!);
      const prev = i > 0 ? /^(\s*)(.+?);\s*$/.exec(lines[i - 1]!) : null;
      if (below === null || prev === null) continue;
      [at, indent, expr, text] = [i - 1, prev[1]!, prev[2]!, below[1]!];
    }
    for (let j = i + 1; j < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[j]!); j++) text += ` ${lines[j]!.replace(/^\s*\/\/\s+/, "")}`;
    if (/^(const|let|var|import|export|return)\b/.test(expr) || !isWholeStatement(expr)) continue;
    const expected = parseExpectation(text);
    if (expected === undefined) continue; // a description, not a literal: the line still runs
    out[at] = `${indent}__check(${expr}, ${JSON.stringify(expected)}, ${JSON.stringify(`${file}:${line0 + at}`)});`;
  }
  return out.join("\n");
}

const CHECK = `
function __check(actual: unknown, expectation: { equals?: unknown; truncated?: string; matches?: string }, where: string): void {
  let same: boolean;
  if (expectation.truncated !== undefined) {
    same = typeof actual === "number" && String(actual).startsWith(expectation.truncated);
  } else if (expectation.matches !== undefined) {
    same = typeof actual === "string" && new RegExp(expectation.matches).test(actual);
  } else {
    const expected = expectation.equals;
    same = typeof expected === "object" && expected !== null ? JSON.stringify(actual) === JSON.stringify(expected) : actual === expected;
  }
  if (!same) throw new Error(\`\${where}: expected \${JSON.stringify(expectation)}, got \${JSON.stringify(actual)}\`);
}
`;

const blocks: Block[] = [join(root, "README.md"), ...markdownFiles(join(root, "docs"))].flatMap(tsBlocks);
const examples: Block[] = sourceFiles(join(root, "src")).flatMap(exampleBlocks);
const notebook = notebookBlock(join(root, "docs", "notebooks", "deno-example.ipynb"));
const all = [...blocks, ...examples, notebook];

/** A test-file template: it imports vitest, so it runs under `vitest` as a file, not inside a test. */
function isTestTemplate(b: Block): boolean {
  return /from\s+["']vitest["']/.test(b.code);
}

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

  it("finds every TSDoc @example block in src", () => {
    const tagged = sourceFiles(join(root, "src")).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/^\s*\*\s*@example\b/gm)].map(() => relative(root, f)),
    );
    expect(tagged.length).toBeGreaterThanOrEqual(15);
    expect(examples.map((b) => b.where.replace(/:\d+$/, "")).sort()).toEqual(tagged.sort());
    expect(examples.every((b) => /from "staat-van-migratie/.test(b.code))).toBe(true);
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

  it.each(all.filter((b) => !isTestTemplate(b)).map((b) => [b.where, b] as const))("runs %s", async (_where, b) => {
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

  it("asserts figures in the TSDoc examples too", () => {
    const asserted = examples.flatMap((b) => withAssertions(b.code, b.where).split("\n")).filter((l) => l.includes("__check("));
    expect(asserted.length).toBeGreaterThanOrEqual(20);
  });

  it("asserts figures, not only runs them", () => {
    const asserted = blocks.flatMap((b) => withAssertions(b.code, b.where).split("\n")).filter((l) => l.includes("__check("));
    expect(asserted.length).toBeGreaterThanOrEqual(10);
  });
});

describe("the //=> expectations", () => {
  it("read literals, truncations and patterns; text in parentheses is a comment", () => {
    expect(parseExpectation("335668 (CBS, final)")).toEqual({ equals: 335668 });
    expect(parseExpectation("[403108, 335668]")).toEqual({ equals: [403108, 335668] });
    expect(parseExpectation('"17% minder"')).toEqual({ equals: "17% minder" });
    expect(parseExpectation("0.0188…")).toEqual({ truncated: "0.0188" });
    expect(parseExpectation("member states with figures, most first")).toBeUndefined();
    const m = parseExpectation('"Source: CBS (https://…) from 13 publications …"') as { matches: string };
    expect(new RegExp(m.matches).test("Source: CBS (https://x.org) from 13 publications listed")).toBe(true);
    expect(new RegExp(m.matches).test("Source: CBS (https://x.org) from 12 publications listed")).toBe(false);
  });

  it("assert on the line of the expression or on the line after it, never inside a longer expression", () => {
    const code = ["f(1);", "//=> 2", "g(2); //=> \"a…\"", "rank(d)", "  .map((e) => e.series);", "//=> [1]", "const x = 1; //=> 1"].join("\n");
    const lines = withAssertions(code, "x.md:10").split("\n");
    expect(lines[0]).toBe('__check(f(1), {"equals":2}, "x.md:10");');
    expect(lines[2]).toBe('__check(g(2), {"matches":"^a[^]*$"}, "x.md:12");');
    expect(lines[4]).toBe("  .map((e) => e.series);");
    expect(lines[6]).toBe("const x = 1; //=> 1");
  });

  it("join a string continued on indented comment lines", () => {
    const lines = withAssertions(['cite(o);', '//=> "a b', '//    c d"'].join("\n"), "x.ts:1").split("\n");
    expect(lines[0]).toBe('__check(cite(o), {"equals":"a b c d"}, "x.ts:1");');
  });
});
