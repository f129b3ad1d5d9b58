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

/** Writes a DEFLATE bit stream by hand: fields least significant bit first, Huffman codes most significant first. */
class Bits {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  put(value: number, count: number): this {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >> i) & 1) << this.n;
      if (++this.n === 8) (this.bytes.push(this.acc), (this.acc = 0), (this.n = 0));
    }
    return this;
  }
  code(code: number, length: number): this {
    for (let i = length - 1; i >= 0; i--) this.put((code >> i) & 1, 1);
    return this;
  }
  /** A symbol of the fixed literal/length code (RFC 1951, 3.2.6). */
  fixed(symbol: number): this {
    if (symbol < 144) return this.code(0x30 + symbol, 8);
    if (symbol < 256) return this.code(0x190 + symbol - 144, 9);
    if (symbol < 280) return this.code(symbol - 256, 7);
    return this.code(0xc0 + symbol - 280, 8);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.n > 0 ? [...this.bytes, this.acc] : this.bytes);
  }
}

/** A last block with fixed codes: header bits 1, 01. */
const fixedBlock = (): Bits => new Bits().put(1, 1).put(1, 2);
/**
 * A last block with dynamic codes, its code-length code given by the lengths of the first entries of
 * the permuted order (16, 17, 18, 0, 8, …, 1, 15), for 257 + `hlit` literal/length and 1 + `hdist` distance codes.
 */
function dynamicBlock(clen: number[], hlit = 0, hdist = 0): Bits {
  const b = new Bits().put(1, 1).put(2, 2).put(hlit, 5).put(hdist, 5).put(clen.length - 4, 4);
  for (const l of clen) b.put(l, 3);
  return b;
}

describe("inflateRaw on hand-made streams", () => {
  it("decodes literals and an overlapping match (the bit writer of these tests is right)", () => {
    const z = fixedBlock().fixed(97).fixed(98).fixed(257).code(1, 5).fixed(256).done(); // "ab", then 3 bytes from 2 back
    expect(new TextDecoder().decode(inflateRaw(z, 5))).toBe("ababa");
  });

  it("refuses a match reaching before the start, a length code 286, a distance code 30", () => {
    expect(() => inflateRaw(fixedBlock().fixed(97).fixed(257).code(1, 5).fixed(256).done(), 4)).toThrow("unpack: damaged packed text (distance too far)");
    expect(() => inflateRaw(fixedBlock().fixed(97).fixed(286).done(), 10)).toThrow("unpack: damaged packed text (length code)");
    // The fixed code has no distance codes 30 and 31 ("will never occur"): read as no code at all.
    expect(() => inflateRaw(fixedBlock().fixed(97).fixed(257).code(30, 5).done(), 10)).toThrow("unpack: damaged packed text (no such code)");
    // A dynamic block can give distance code 30 a length (32 distance codes): refused as a distance code.
    // Code-length code: 1 one bit ("0"), 0 and 18 two bits ("10", "11"); 258 literal/length and 31 distance lengths:
    // 256 zeros (18: 138, 18: 118), 256 and 257 one bit, 30 zeros (18: 30), distance 30 one bit.
    const clen = [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const b = dynamicBlock(clen, 1, 30).code(3, 2).put(127, 7).code(3, 2).put(107, 7).code(0, 1).code(0, 1).code(3, 2).put(19, 7).code(0, 1);
    expect(() => inflateRaw(b.code(1, 1).code(0, 1).done(), 10)).toThrow("unpack: damaged packed text (distance code)"); // 257 ("1"), distance 30 ("0")
  });

  it("refuses output past the recorded size, by a literal and by a match", () => {
    expect(() => inflateRaw(fixedBlock().fixed(97).fixed(98).fixed(256).done(), 1)).toThrow("unpack: damaged packed text (output too long)");
    expect(() => inflateRaw(fixedBlock().fixed(97).fixed(257).code(0, 5).fixed(256).done(), 2)).toThrow("unpack: damaged packed text (output too long)");
    expect(() => inflateRaw(fixedBlock().fixed(97).fixed(256).done(), 2)).toThrow("unpack: damaged packed text (1 bytes, not 2)");
  });

  it("refuses a stored block longer than the input or the output, or cut before its length", () => {
    const stored = (len: number, data: number[]): Uint8Array => Uint8Array.from([0b001, len & 255, len >> 8, ~len & 255, (~len >> 8) & 255, ...data]);
    expect(new TextDecoder().decode(inflateRaw(stored(2, [104, 105]), 2))).toBe("hi");
    expect(() => inflateRaw(stored(10, [104, 105]), 10)).toThrow("unpack: damaged packed text (stored block too long)");
    expect(() => inflateRaw(stored(2, [104, 105]), 1)).toThrow("unpack: damaged packed text (stored block too long)");
    expect(() => inflateRaw(Uint8Array.from([0b001, 2]), 2)).toThrow("unpack: damaged packed text (input ends early)");
  });

  it("refuses code lengths that repeat nothing or overrun the alphabets", () => {
    // Code-length code: 16 and 17 one bit each ("0", "1"); the first length is a repeat of none.
    expect(() => inflateRaw(dynamicBlock([1, 1, 0, 0]).code(0, 1).put(0, 2).done(), 1)).toThrow("unpack: damaged packed text (repeat with no length)");
    // 17 and 18 one bit each: two runs of 138 zero lengths overrun the 258 lengths.
    const b = dynamicBlock([0, 1, 1, 0]).code(1, 1).put(127, 7).code(1, 1).put(127, 7);
    expect(() => inflateRaw(b.done(), 1)).toThrow("unpack: damaged packed text (too many lengths)");
  });

  it("refuses a code-length code read where it has no code, and takes lengths that a repeat fills to the last one", () => {
    // Code-length code: 1 one bit ("0"), 18 two bits ("10"); "11" is no code. Literal 0 and the end code get
    // one bit, then the first distance length reads "11": refused there, not read as a length of 0 (which
    // would leave a valid stream that ends at once).
    const partial = [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const cut = dynamicBlock(partial).code(0, 1).code(2, 2).put(127, 7).code(2, 2).put(106, 7).code(0, 1).code(3, 2);
    expect(() => inflateRaw(cut.done(), 0)).toThrow("unpack: damaged packed text (no such code)");
    // 1 one bit ("0"), 0 and 18 two bits ("10", "11"); 258 + 30 lengths: 256 zeros (18: 138, 18: 118), 256 and 257
    // one bit, distance 0 one bit, 29 zeros (18: 29) that end exactly at the last length; then the end code ("0").
    const clen = [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const b = dynamicBlock(clen, 1, 29).code(3, 2).put(127, 7).code(3, 2).put(107, 7).code(0, 1).code(0, 1).code(0, 1).code(3, 2).put(18, 7);
    expect(inflateRaw(b.code(0, 1).done(), 0)).toEqual(new Uint8Array(0));
  });

  it("refuses a stream whose last code was read past its end", () => {
    // "a" and the end code take 3 + 8 + 7 bits: three bytes. Without the third, the end code's last two
    // bits (zeros) are made up by the reader: the output is complete, but the input was cut.
    const whole = fixedBlock().fixed(97).fixed(256).done();
    expect(whole.length).toBe(3);
    expect([...inflateRaw(whole, 1)]).toEqual([97]);
    expect(() => inflateRaw(whole.subarray(0, 2), 1)).toThrow("unpack: damaged packed text (input ends early)");
  });

  it("stops on a stream that ends inside a block whose all-zero code is a literal (it would decode the zeros past its end forever)", () => {
    // Code-length code (order 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1): 18 and 0 two bits, 1 one bit.
    const clen = [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    // Lengths: literal 0 one bit ("0"), 255 zeros (18: 138, 18: 117), end code 256 one bit ("1"), distance 0 one bit.
    const b = dynamicBlock(clen).code(0, 1).code(3, 2).put(127, 7).code(3, 2).put(106, 7).code(0, 1).code(0, 1);
    expect(() => inflateRaw(b.done(), 1_000_000)).toThrow("unpack: damaged packed text (input ends early)");
    // The same block with its end code decodes: two literals 0, then 256.
    const ended = dynamicBlock(clen).code(0, 1).code(3, 2).put(127, 7).code(3, 2).put(106, 7).code(0, 1).code(0, 1).code(0, 1).code(0, 1).code(1, 1);
    expect([...inflateRaw(ended.done(), 2)]).toEqual([0, 0]);
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
    expect(() => fromBase64("a\u0080")).toThrow("unpack: not base64 at 1"); // the first code past the table
  });

  it("utf8 decodes one- to four-byte characters, across its 4,094-unit chunks, as TextDecoder does", () => {
    const sample = "Staat van Migratie: één, Oekraïne – 4,3 mln € ✓ 𝄞 ࠀक "; // ࠀ U+0800 and क U+0915: lead byte 0xE0
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
