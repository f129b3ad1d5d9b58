#!/usr/bin/env node
/**
 * The command line `staat-van-migratie` (bin): `summary`, `list`, `show`, `cite`; see `--help`.
 * The commands live in ./cli/run.ts as a pure function; this file only does the I/O.
 * @module
 */
import { run } from "./cli/run.ts";

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

let result;
try {
  result = run(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`staat-van-migratie: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
}
if (result.stdout !== "") process.stdout.write(result.stdout);
if (result.stderr !== "") process.stderr.write(result.stderr);
process.exitCode = result.code;
