/**
 * The unpacker of the bundled prose (src/_lib/unpack.ts): raw DEFLATE as zlib (Node's) and fflate (the
 * data build's) write it, base64 and UTF-8 decoding with and without the runtime's own decoders, damaged
 * input refused, and every packed text of the package equal to its readable `.json` copy.
 */
import { readdirSync, readFileSync } from "node:fs";
import { constants, deflateRawSync } from "node:zlib";
import { deflateSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PACKED_PROSE, PACKED_SOURCES, SOURCE_GROUPS } from "../../src/datasets/_prose/packed.ts";
import { ALL_DATASETS } from "../../src/datasets/_all.ts";
import { editionSources } from "../../src/editions.ts";
import { fromBase64, inflateRaw, unpack, utf8, type Packed } from "../../src/_lib/unpack.ts";

const proseDir = new URL("../../src/datasets/_prose/", import.meta.url);

/** Deterministic pseudo-random bytes: half runs of a few letters (so that there is something to match), half noise. */
function bytesFor(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % 2 === 0 ? 97 + (i % 7) : (x >>> 8) & 255;
  }
  return out;
}

const text = new TextEncoder().encode(readFileSync(new URL("sources.json", proseDir), "utf8").slice(0, 200_000));
const inputs: [string, Uint8Array][] = [
  ["empty", new Uint8Array(0)],
  ["one byte", new Uint8Array([120])],
  ["200 KB of source records", text],
  ...[1, 100, 5_000, 70_000].map((n, i): [string, Uint8Array] => [`${n} mixed bytes`, bytesFor(n, i + 7)]),
];

/** Packs bytes as the data build does, for a round trip. */
function packed(bytes: Uint8Array): Packed {
  return [bytes.length, Buffer.from(deflateSync(bytes, { level: 9 })).toString("base64").replace(/=+$/, "")];
}

describe("inflateRaw", () => {
  const variants: [string, (b: Uint8Array) => Uint8Array][] = [
    ["zlib level 9", (b) => deflateRawSync(b, { level: 9 })],
    ["zlib level 1", (b) => deflateRawSync(b, { level: 1 })],
    ["zlib stored (level 0, blocks of at most 64 KB)", (b) => deflateRawSync(b, { level: 0 })],
    ["zlib fixed Huffman codes", (b) => deflateRawSync(b, { level: 9, strategy: constants.Z_FIXED })],
    ["zlib Huffman only", (b) => deflateRawSync(b, { level: 9, strategy: constants.Z_HUFFMAN_ONLY })],
    ["zlib run lengths", (b) => deflateRawSync(b, { level: 6, strategy: constants.Z_RLE })],
    ["fflate level 9 (the data build)", (b) => deflateSync(b, { level: 9, mem: 12 })],
  ];
  for (const [how, deflate] of variants) {
    it(`gives back every input compressed by ${how}`, () => {
      for (const [name, input] of inputs) {
        const out = inflateRaw(deflate(input), input.length);
        expect(Buffer.from(out).equals(Buffer.from(input)), name).toBe(true);
      }
    });
  }

  it("refuses a stream cut short, a wrong size, a reserved block type and a bad stored length", () => {
    const z = deflateRawSync(text, { level: 9 });
    expect(() => inflateRaw(z.subarray(0, z.length >> 1), text.length)).toThrow(/^unpack: damaged packed text/);
    expect(() => inflateRaw(z, text.length + 1)).toThrow(/^unpack: damaged packed text \(\d+ bytes, not \d+\)/);
    expect(() => inflateRaw(z, text.length - 1)).toThrow(/^unpack: damaged packed text \(output too long\)/);
    expect(() => inflateRaw(new Uint8Array([0b111]), 0)).toThrow("unpack: damaged packed text (block type 3)");
    const stored = Uint8Array.from(deflateRawSync(new Uint8Array([1, 2, 3]), { level: 0 }));
    stored[3]! ^= 1; // NLEN no longer the complement of LEN
    expect(() => inflateRaw(stored, 3)).toThrow("unpack: damaged packed text (stored block length)");
    expect(() => inflateRaw(new Uint8Array(0), 0)).toThrow(/^unpack: damaged packed text/);
  });
});

describe("fromBase64 and utf8 (the decoders for runtimes without atob or TextDecoder)", () => {
  it("fromBase64 decodes unpadded base64 of every length mod 3 as Buffer does", () => {
    for (let n = 0; n < 40; n++) {
      const bytes = bytesFor(n, n + 1);
      const b64 = Buffer.from(bytes).toString("base64").replace(/=+$/, "");
      expect(Buffer.from(fromBase64(b64)).equals(Buffer.from(bytes)), `${n} bytes`).toBe(true);
    }
    expect(() => fromBase64("ab=c")).toThrow("unpack: not base64 at 2");
    expect(() => fromBase64("aé")).toThrow("unpack: not base64 at 1");
  });

  it("utf8 decodes one- to four-byte characters, across its 4,094-unit chunks, as TextDecoder does", () => {
    const sample = "Staat van Migratie: één, Oekraïne – 4,3 mln € ✓ 𝄞 ";
    const long = sample.repeat(400); // > 4,094 UTF-16 units, with surrogate pairs at varying offsets
    for (const s of ["", "a", sample, long, `${"x".repeat(4093)}𝄞`]) {
      const bytes = new TextEncoder().encode(s);
      expect(utf8(bytes)).toBe(new TextDecoder().decode(bytes));
    }
  });
});

describe("unpack", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("gives the same text with the runtime's decoders and without them", () => {
    const bytes = new TextEncoder().encode("Oekraïners met tijdelijke bescherming 𝄞 — ".repeat(300));
    const p = packed(bytes);
    const expected = new TextDecoder().decode(bytes);
    expect(unpack(p)).toBe(expected);
    vi.stubGlobal("atob", undefined);
    vi.stubGlobal("TextDecoder", undefined);
    expect(unpack(p)).toBe(expected);
  });

  it("unpacks every packed text of the package to its readable .json copy, byte for byte", () => {
    const files = readdirSync(proseDir).filter((f) => f.endsWith(".json") && f !== "sources.json");
    expect(Object.keys(PACKED_PROSE).sort()).toEqual(files.map((f) => f.slice(0, -5)).sort());
    for (const [id, p] of Object.entries(PACKED_PROSE)) expect(unpack(p), id).toBe(readFileSync(new URL(`${id}.json`, proseDir), "utf8"));
  });

  it("packs every source record of sources.json once, in the groups each dataset is told to unpack", () => {
    const all = JSON.parse(readFileSync(new URL("sources.json", proseDir), "utf8")) as Record<string, unknown>;
    const groups = Object.fromEntries(Object.entries(PACKED_SOURCES).map(([g, p]) => [g, JSON.parse(unpack(p)) as Record<string, unknown>]));
    const packedIds = Object.values(groups).flatMap((records) => Object.keys(records));
    expect(packedIds.length).toBe(new Set(packedIds).size); // no record in two groups
    expect(packedIds.sort()).toEqual(Object.keys(all).sort());
    for (const records of Object.values(groups)) for (const [id, record] of Object.entries(records)) expect(record, id).toEqual(all[id]);
    // Each dataset's groups hold every source it cites (but the editions' own, which are not packed).
    expect(Object.keys(SOURCE_GROUPS).sort()).toEqual(ALL_DATASETS.map((d) => d.id).sort());
    for (const d of ALL_DATASETS) {
      const reachable = new Set(SOURCE_GROUPS[d.id]!.flatMap((g) => Object.keys(groups[g]!)));
      for (const id of Object.keys(d.sources)) if (!Object.hasOwn(editionSources, id)) expect(reachable.has(id), `${d.id} cites ${id}`).toBe(true);
    }
  });
});
