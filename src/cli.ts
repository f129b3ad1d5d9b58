#!/usr/bin/env node
/**
 * The command line `staat-van-migratie` (bin): `summary`, `list`, `show`, `cite`, `compare`, `help` (one table in src/cli/run.ts); see `--help`.
 * The commands live in ./cli/run.ts as a pure function; this file only does the I/O, and turns an
 * I/O error into one line on stderr and exit code 1 (never a stack trace).
 * @module
 */
import { writeSync } from "node:fs";
import { run } from "./cli/run.ts";

const BIN = "staat-van-migratie";

const WHY: Readonly<Record<string, string>> = {
  EPIPE: "the reader closed the pipe",
  ENOSPC: "no space left on the device",
  EBADF: "it is not open for writing",
  EIO: "an input/output error",
  EAGAIN: "it would block",
  EDQUOT: "the disk quota is exceeded",
  EFBIG: "the file is too large",
};

/** One line about an I/O error: what failed and why, with the error code. */
function describe(what: string, e: unknown): string {
  const err = e as Partial<NodeJS.ErrnoException> | null;
  const code = typeof err?.code === "string" ? err.code : undefined;
  const reason = code === undefined ? (typeof err?.message === "string" && err.message !== "" ? err.message : String(e)) : `${WHY[code] ?? err?.message?.split("\n")[0] ?? "an I/O error"} (${code})`;
  return `${BIN}: cannot write ${what}: ${reason}`.replace(/\s*[\r\n]+\s*/g, " ");
}

let failed = false;

/** Reports on stderr (if stderr itself can still be written) and exits 1. */
function fail(line: string): never {
  if (!failed) {
    failed = true;
    try {
      writeSync(2, `${line}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left.
    }
  }
  process.exit(1);
}

process.stdout.on("error", (e) => fail(describe("the output", e)));
// stderr gone as well: nothing can be reported, the exit code (a failure's own, else 1) is all that is left.
process.stderr.on("error", () => process.exit(typeof process.exitCode === "number" && process.exitCode !== 0 ? process.exitCode : 1));

let result;
try {
  result = run(process.argv.slice(2));
} catch (e) {
  // A bug, not a mistake of the caller: one line, so it can be reported.
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  fail(`${BIN}: internal error (please report it with the command line): ${message}`.replace(/\s*[\r\n]+\s*/g, " "));
}
process.exitCode = result.code;
try {
  if (result.stdout !== "") process.stdout.write(result.stdout);
  if (result.stderr !== "") process.stderr.write(result.stderr);
} catch (e) {
  fail(describe("the output", e));
}
