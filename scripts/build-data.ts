/**
 * The data build: validates `data/` (zod schemas + cross-checks) and writes `src/datasets/*.ts`, plus
 * the dataset entry points in package.json (`exports`, `typesVersions`) and jsr.json.
 *
 *   npm run data                  validate and write
 *   npm run data -- --check       validate and compare with the committed files; exit 1 on drift
 *   npm run data -- --root DIR    work on another checkout (DIR/data in, DIR/src/datasets … out)
 *
 * It is atomic: every file is rendered in memory first, and any data error stops it with file, line
 * and the problem before anything is written. The files are then written to temporary files beside
 * their targets and renamed into place only when all of them are written (a failure removes the
 * temporary files and puts back the files already renamed); stale generated files are removed last.
 * It reads only local files (no network).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, loadData } from "./_lib/load.ts";
import { render, renderManifests } from "./_lib/render.ts";

/** The file operations the build writes with; tests inject failing ones. */
export interface WriteOps {
  /** Creates `path` with `text`; must fail if `path` exists. */
  writeFile(path: string, text: string): void;
  /** Renames `from` over `to` (atomic on one file system). */
  rename(from: string, to: string): void;
  /** Removes the file `path` (no error when it is absent). */
  remove(path: string): void;
}

/** The real file system. */
export const nodeWriteOps: WriteOps = {
  writeFile: (path, text) => writeFileSync(path, text, { flag: "wx" }),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
};

/** The suffix of the build's temporary files (hidden files: `.<name>.<pid>-<n>.data-tmp`). */
const TEMP = /^\..+\.\d+-\d+\.data-tmp$/;

/** The generated folder whose stale `.ts` files the build removes. */
const OUT_DIR = "src/datasets";
/** Its subfolder of the sources that several datasets cite (each source once). */
const SHARED_DIR = "_sources"; // no longer generated (0.2.0): stale files there are removed
/** Its subfolder of the prose (descriptions, notes, full source records), apart from the figures. */
const PROSE_DIR = "_prose";

export interface BuildResult {
  /** 0: success (or, with `check`, no drift); 1: data errors, drift, or a failed write. */
  status: 0 | 1;
  /** Lines for stderr. */
  errors: string[];
  /** Warning lines for stderr (no failure). */
  warnings: string[];
  /** Paths (relative to the root) that differ from what data/ generates. */
  changed: string[];
  /** Generated files that data/ no longer generates. */
  stale: string[];
  /** A line for stdout on success. */
  summary: string;
}

/**
 * Writes `files` (path relative to `root` → text) so that either all of them are in place or none:
 * each to a temporary file in the target's folder, then all renamed into place, then `stale` removed.
 * On a failure the temporary files are removed and files already renamed get their old text back;
 * the error is rethrown.
 */
export function writeAtomically(root: string, files: ReadonlyMap<string, string>, stale: readonly string[], ops: WriteOps = nodeWriteOps): void {
  const dirs = new Set([...files.keys(), ...stale].map((p) => dirname(join(root, p))));
  // Temporary files left by an interrupted earlier run.
  for (const dir of dirs) if (existsSync(dir)) for (const f of readdirSync(dir)) if (TEMP.test(f)) ops.remove(join(dir, f));
  const old = new Map<string, string | undefined>();
  for (const path of files.keys()) {
    const target = join(root, path);
    old.set(target, existsSync(target) ? readFileSync(target, "utf8") : undefined);
  }
  let n = 0;
  const tempFor = (target: string): string => join(dirname(target), `.${basename(target)}.${process.pid}-${n++}.data-tmp`);

  // 1. Stage every file beside its target.
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const [path, text] of files) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      const temp = tempFor(target);
      staged.push({ temp, target });
      ops.writeFile(temp, text);
    }
  } catch (e) {
    for (const s of staged) quietly(() => ops.remove(s.temp));
    throw e;
  }

  // 2. Rename all into place; on a failure put back what was renamed.
  const done: string[] = [];
  try {
    for (const s of staged) {
      ops.rename(s.temp, s.target);
      done.push(s.target);
    }
  } catch (e) {
    for (const s of staged.slice(done.length)) quietly(() => ops.remove(s.temp));
    for (const target of done) {
      const before = old.get(target);
      if (before === undefined) quietly(() => ops.remove(target));
      else {
        const temp = tempFor(target);
        quietly(() => {
          ops.writeFile(temp, before);
          ops.rename(temp, target);
        });
        quietly(() => ops.remove(temp));
      }
    }
    throw e;
  }

  // 3. Only now remove what data/ no longer generates.
  for (const path of stale) ops.remove(join(root, path));
}

function quietly(f: () => void): void {
  try {
    f();
  } catch {
    // best effort while undoing a failed write
  }
}

/** Validates `root/data`, renders every generated file in memory, and writes (or, with `check`, compares) them. */
export function buildData(options: { root: string; check?: boolean; ops?: WriteOps }): BuildResult {
  const { root, check = false, ops = nodeWriteOps } = options;
  const result: BuildResult = { status: 1, errors: [], warnings: [], changed: [], stale: [], summary: "" };
  const loaded = loadData(root);
  result.warnings = loaded.warnings.map((w) => `warning: ${formatProblem(w)}`);
  if (loaded.errors.length > 0) {
    result.errors = [...loaded.errors.map((e) => `error: ${formatProblem(e)}`), `\n${loaded.errors.length} data error(s); nothing written.`];
    return result;
  }
  const packageFile = join(root, "package.json");
  if (!existsSync(packageFile)) {
    result.errors = [`error: ${packageFile} missing (the build writes its exports); nothing written.`];
    return result;
  }

  let files: Map<string, string>;
  try {
    files = render(loaded);
    // package.json's exports/typesVersions and jsr.json list every dataset subpath: generated here too.
    for (const [path, text] of renderManifests(loaded, readFileSync(packageFile, "utf8"))) files.set(path, text);
  } catch (e) {
    result.errors = [`error: rendering failed: ${(e as Error).message}; nothing written.`];
    return result;
  }
  const outDir = join(root, OUT_DIR);
  const sharedDir = join(outDir, SHARED_DIR);
  const existing = [
    ...(existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith(".ts")).map((f) => `${OUT_DIR}/${f}`) : []),
    ...(existsSync(sharedDir) ? readdirSync(sharedDir).filter((f) => f.endsWith(".ts")).map((f) => `${OUT_DIR}/${SHARED_DIR}/${f}`) : []),
    ...(existsSync(join(outDir, PROSE_DIR)) ? readdirSync(join(outDir, PROSE_DIR)).filter((f) => f.endsWith(".ts") || f.endsWith(".json")).map((f) => `${OUT_DIR}/${PROSE_DIR}/${f}`) : []),
    ...(existsSync(join(outDir, "_entries")) ? readdirSync(join(outDir, "_entries")).filter((f) => f.endsWith(".ts")).map((f) => `${OUT_DIR}/_entries/${f}`) : []),
  ];
  result.stale = existing.filter((f) => !files.has(f));
  const changed = new Map([...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text));
  result.changed = [...changed.keys()];

  if (check) {
    if (result.changed.length > 0 || result.stale.length > 0) {
      result.errors = [
        ...result.changed.map((path) => `stale: ${path} differs from what data/ generates`),
        ...result.stale.map((path) => `stale: ${path} is not generated from data/`),
        "Run `npm run data` and commit the result.",
      ];
      return result;
    }
    result.status = 0;
    result.summary = `data: ${loaded.datasets.length} datasets, ${loaded.sources.size} sources; generated files are current.`;
    return result;
  }
  try {
    writeAtomically(root, changed, result.stale, ops);
  } catch (e) {
    result.errors = [`error: writing the generated files failed (${(e as Error).message}); the previous files are left in place.`];
    return result;
  }
  const n = loaded.datasets.reduce((s, d) => s + d.observations.length, 0);
  result.status = 0;
  result.summary = `data: ${loaded.datasets.length} datasets, ${n} observations, ${loaded.sources.size} sources; wrote ${changed.size} file(s), removed ${result.stale.length}.`;
  return result;
}

function main(argv: readonly string[]): number {
  let root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--check") check = true;
    else if (arg === "--root" && argv[i + 1] !== undefined) root = resolve(argv[++i]!);
    else {
      console.error(`build-data: unknown argument "${arg}"; valid: --check, --root DIR`);
      return 2;
    }
  }
  const r = buildData({ root, check });
  for (const w of r.warnings) console.warn(w);
  for (const e of r.errors) console.error(e);
  if (r.summary !== "") console.log(r.summary);
  return r.status;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
