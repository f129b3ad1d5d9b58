/**
 * Bundle sizes for the benchmark's targets (issue 15) and the size budgets of test/budget.test.ts,
 * which both use these functions: esbuild bundles of a consumer module (stdin consumer resolved from the repository root, so
 * the package resolves by its own name through package.json `exports` to dist/; minified ESM,
 * platform neutral, mainFields module/main), and the `https://` addresses a bundle carries.
 */
import { gzipSync } from "node:zlib";
import { build, type BuildOptions } from "esbuild";
import { unpack } from "../src/_lib/unpack.ts";

/** The esbuild options of every measured bundle: minified ESM for no particular platform, in memory. */
const OPTIONS = { bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], write: false, logLevel: "silent" } satisfies BuildOptions;

/** Bundles `code` as a consumer would; returns the minified output text. */
export async function bundle(root: string, code: string): Promise<string> {
  const out = await build({ ...OPTIONS, stdin: { contents: code, resolveDir: root, loader: "js", sourcefile: "consumer.js" } });
  return out.outputFiles[0]!.text;
}

/** UTF-8 bytes of a text. */
export const bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** Bytes of a text gzipped with zlib's default level (as test/budget.test.ts measures). */
export const gzipBytes = (text: string): number => gzipSync(text).length;

/**
 * The texts a bundle ships: its own, and the text of each packed blob in it (the prose and source
 * records, compressed by the data build: `[bytes, "base64", …]`, src/_lib/unpack.ts), unpacked.
 */
export function shippedTexts(text: string): string[] {
  const texts = [text];
  for (const m of text.matchAll(/\[(\d+),((?:"[A-Za-z0-9+/]+",?)+)\]/g)) {
    const lines = JSON.parse(`[${m[2]!.replace(/,$/, "")}]`) as string[];
    texts.push(unpack([Number(m[1]), ...lines]));
  }
  return texts;
}

/**
 * The ids of the source records a bundle ships, one per record (a repeated id is a record written
 * twice), in its text and in its packed texts ({@link shippedTexts}). A record is an id followed by its
 * publisher, whether it is JSON text (in lines of their own) or an object literal.
 */
export function sourceRecordIds(text: string): string[] {
  return shippedTexts(text).flatMap((t) => [...t.matchAll(/\bid\\?"?:\s*\\?"([a-z0-9-]+)\\?"[^a-zA-Z]{0,12}publisher\b/g)].map((m) => m[1]!));
}

/**
 * Every `https://` address a bundle ships (its text and its packed texts, {@link shippedTexts}) and how
 * often it occurs, wherever it stands: as a
 * string literal of its own or inside a longer string (a note, a citation). An address ends at
 * white space, a quote, a backslash (an escape in the minified text) or a bracket, and loses
 * trailing punctuation. Reads only the bundle text, not the dataset objects.
 */
export function urlCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of shippedTexts(text).join("\n").matchAll(/https:\/\/[^\s"'`\\<>()[\]{}|^]+/g)) {
    const url = m[0].replace(/[.,;:!?]+$/, "");
    counts.set(url, (counts.get(url) ?? 0) + 1);
  }
  return counts;
}

/**
 * Minified bytes per source module of a bundle made from `src/` (so that the modules keep their
 * names), with the options of {@link bundle} and esbuild's metafile; largest first, empty ones left out.
 */
export async function bytesByModule(root: string, code: string): Promise<[string, number][]> {
  const out = await build({ ...OPTIONS, metafile: true, stdin: { contents: code, resolveDir: root, loader: "ts", sourcefile: "consumer.ts" } });
  const inputs = Object.values(out.metafile.outputs)[0]!.inputs;
  return Object.entries(inputs)
    .map(([file, v]): [string, number] => [file, v.bytesInOutput])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}
