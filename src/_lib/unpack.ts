/**
 * Unpacks the bundled prose: text that the data build compressed with raw DEFLATE (RFC 1951) and
 * encoded as base64 (`src/datasets/_prose/packed.ts`). A JavaScript engine loads a module's text by
 * scanning it, at some 6–13 ms per megabyte; packed, the million characters of descriptions, notes and
 * source records are a quarter of that, and are unpacked only when a function that writes text first
 * needs them. The decompressor is pure JavaScript (no zlib, no streams: synchronous in every runtime);
 * base64 and UTF-8 are decoded by the runtime's `atob` and `TextDecoder` where it has them (Node,
 * Deno, Bun, browsers, workers), else by the pure-JavaScript decoders below.
 */

/** base64 alphabet value of each character code (-1: not base64), made on first use, not at import. */
let B64: Int8Array | undefined;

function base64Table(): Int8Array {
  if (B64 === undefined) {
    B64 = new Int8Array(128).fill(-1);
    const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (let i = 0; i < 64; i++) B64[a.charCodeAt(i)] = i;
  }
  return B64;
}

/** The bytes of a base64 text (no padding, no white space: as the data build writes it). */
export function fromBase64(text: string): Uint8Array {
  const table = base64Table();
  const out = new Uint8Array((text.length * 3) >> 2);
  let bits = 0;
  let n = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? table[c]! : -1;
    if (v < 0) throw new Error(`unpack: not base64 at ${i}`);
    bits = (bits << 6) | v;
    n += 6;
    if (n >= 8) {
      n -= 8;
      out[j++] = (bits >> n) & 255;
    }
  }
  return out;
}

/** Codes of up to this many bits are read by one table lookup; longer ones bit by bit. */
const FAST = 10;

/**
 * A canonical Huffman code: how many codes of each length, the symbols in code order, and a table from
 * the next FAST input bits to `symbol << 4 | length` (0: a longer code).
 */
interface Code {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
  readonly table: Int32Array;
}

function code(lengths: ArrayLike<number>, from: number, n: number): Code {
  const counts = new Uint16Array(16);
  const symbols = new Uint16Array(n);
  for (let i = 0; i < n; i++) counts[lengths[from + i]!]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 16; len++) offsets[len] = offsets[len - 1]! + counts[len - 1]!;
  for (let i = 0; i < n; i++) if (lengths[from + i] !== 0) symbols[offsets[lengths[from + i]!]!++] = i;
  // DEFLATE sends a code's most significant bit first, and the bit reader fills from the least
  // significant end: the table is indexed by the code's bits reversed.
  const table = new Int32Array(1 << FAST);
  let next = 0;
  let index = 0;
  for (let len = 1; len < 16; len++, next <<= 1) {
    for (let k = 0; k < counts[len]!; k++, next++, index++) {
      if (len > FAST) continue;
      let reversed = 0;
      for (let b = 0; b < len; b++) reversed |= ((next >> b) & 1) << (len - 1 - b);
      for (let f = reversed; f < 1 << FAST; f += 1 << len) table[f] = (symbols[index]! << 4) | len;
    }
  }
  return { counts, symbols, table };
}

/** Length and distance bases and extra bits (RFC 1951, 3.2.5). */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block lists its code-length code lengths. */
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * Decompresses raw DEFLATE data (RFC 1951: stored, fixed and dynamic Huffman blocks) into exactly
 * `size` bytes, the length the data build recorded. Throws on data that is not valid DEFLATE or that
 * does not give `size` bytes: a damaged package fails loudly instead of describing a dataset wrongly.
 * (One function with its state in local variables: it mostly runs once, before the engine optimises it.)
 */
export function inflateRaw(input: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const end = input.length;
  let pos = 0; // next input byte; past `end`, the reader reads zeros and the check below fails
  let buf = 0; // bits read but not used, least significant first
  let cnt = 0; // how many
  let o = 0; // next output byte
  let last = 0;
  let lit: Code | undefined;
  let dist: Code | undefined;
  while (last === 0) {
    while (cnt < 16) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
    last = buf & 1;
    const type = (buf >>> 1) & 3;
    buf >>>= 3;
    cnt -= 3;
    if (type === 0) {
      // A stored block starts at the next byte: give back the whole bytes read ahead.
      pos -= cnt >> 3;
      buf = 0;
      cnt = 0;
      if (pos + 4 > end) damaged("input ends early");
      const len = input[pos]! | (input[pos + 1]! << 8);
      if ((len ^ 0xffff) !== (input[pos + 2]! | (input[pos + 3]! << 8))) damaged("stored block length");
      pos += 4;
      if (pos + len > end || o + len > size) damaged("stored block too long");
      out.set(input.subarray(pos, pos + len), o);
      pos += len;
      o += len;
      continue;
    }
    if (type === 1) {
      const lengths = new Uint8Array(320);
      lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288).fill(5, 288, 320);
      lit = code(lengths, 0, 288);
      dist = code(lengths, 288, 30);
    } else if (type === 2) {
      while (cnt < 14) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
      const nlit = (buf & 31) + 257;
      const ndist = ((buf >>> 5) & 31) + 1;
      const nclen = ((buf >>> 10) & 15) + 4;
      buf >>>= 14;
      cnt -= 14;
      const clen = new Uint8Array(19);
      for (let i = 0; i < nclen; i++) {
        while (cnt < 3) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
        clen[ORDER[i]!] = buf & 7;
        buf >>>= 3;
        cnt -= 3;
      }
      const lenCode = code(clen, 0, 19);
      const lengths = new Uint8Array(nlit + ndist);
      for (let i = 0; i < nlit + ndist; ) {
        while (cnt < 24) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
        const e = lenCode.table[buf & MASK]!;
        if (e === 0) damaged("no such code");
        buf >>>= e & 15;
        cnt -= e & 15;
        const sym = e >> 4;
        if (sym < 16) {
          lengths[i++] = sym;
          continue;
        }
        let repeat: number;
        let value = 0;
        if (sym === 16) {
          if (i === 0) damaged("repeat with no length");
          value = lengths[i - 1]!;
          repeat = 3 + (buf & 3);
          buf >>>= 2;
          cnt -= 2;
        } else if (sym === 17) {
          repeat = 3 + (buf & 7);
          buf >>>= 3;
          cnt -= 3;
        } else {
          repeat = 11 + (buf & 127);
          buf >>>= 7;
          cnt -= 7;
        }
        if (i + repeat > nlit + ndist) damaged("too many lengths");
        lengths.fill(value, i, i + repeat);
        i += repeat;
      }
      lit = code(lengths, 0, nlit);
      dist = code(lengths, nlit, ndist);
    } else damaged("block type 3");
    const state = Int32Array.of(pos, buf, cnt, o);
    codes(input, out, state, lit!, dist!);
    [pos, buf, cnt, o] = state as unknown as [number, number, number, number];
  }
  // Every byte read must exist: bits taken from past the end were made up.
  if (pos - (cnt >> 3) > end) damaged("input ends early");
  if (o !== size) damaged(`${o} bytes, not ${size}`);
  return out;
}

/** Bits of the table, as a mask. */
const MASK = (1 << FAST) - 1;

/**
 * Decodes the codes of one compressed block up to its end code. Apart from {@link inflateRaw}, and with
 * the reader's state in locals (loaded from and stored back to `state`: input position, bit buffer, bit
 * count, output position): a small loop that the engine compiles soon, as it mostly runs only once.
 */
function codes(input: Uint8Array, out: Uint8Array, state: Int32Array, lit: Code, dist: Code): void {
  const end = input.length;
  const size = out.length;
  const litTable = lit.table;
  const distTable = dist.table;
  let pos = state[0]!;
  let buf = state[1]!;
  let cnt = state[2]!;
  let o = state[3]!;
  for (;;) {
    if (pos > end + 4) damaged("input ends early");
    while (cnt < 24) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
    let e = litTable[buf & MASK]!;
    if (e === 0) e = slow(lit, buf);
    buf >>>= e & 15;
    cnt -= e & 15;
    const sym = e >> 4;
    if (sym < 256) {
      if (o >= size) damaged("output too long");
      out[o++] = sym;
      continue;
    }
    if (sym === 256) break;
    const l = sym - 257;
    if (l >= 29) damaged("length code");
    // Length extra bits (≤ 5), then up to 15 bits of distance code: 20 ≤ 24.
    const extra = LENGTH_EXTRA[l]!;
    const len = LENGTH_BASE[l]! + (buf & ((1 << extra) - 1));
    buf >>>= extra;
    cnt -= extra;
    while (cnt < 24) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
    e = distTable[buf & MASK]!;
    if (e === 0) e = slow(dist, buf);
    buf >>>= e & 15;
    cnt -= e & 15;
    const d = e >> 4;
    if (d >= 30) damaged("distance code");
    while (cnt < 24) (buf |= (pos < end ? input[pos]! : 0) << cnt), pos++, (cnt += 8);
    const dextra = DISTANCE_EXTRA[d]!;
    const back = DISTANCE_BASE[d]! + (buf & ((1 << dextra) - 1));
    buf >>>= dextra;
    cnt -= dextra;
    if (back > o) damaged("distance too far");
    if (o + len > size) damaged("output too long");
    if (back >= len) {
      out.copyWithin(o, o - back, o - back + len);
      o += len;
    } else for (let k = 0; k < len; k++, o++) out[o] = out[o - back]!;
  }
  state[0] = pos;
  state[1] = buf;
  state[2] = cnt;
  state[3] = o;
}

function damaged(why: string): never {
  throw new Error(`unpack: damaged packed text (${why})`);
}

/**
 * Decodes a code longer than FAST bits, one bit at a time (the canonical code's first code of each
 * length, RFC 1951 3.2.2), from at least 15 buffered bits; returns `symbol << 4 | length`, like a
 * table entry (the caller takes the bits).
 */
function slow(c: Code, buf: number): number {
  let value = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len < 16; len++) {
    value |= (buf >>> (len - 1)) & 1;
    const count = c.counts[len]!;
    if (value - first < count) return (c.symbols[index + value - first]! << 4) | len;
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  return damaged("no such code");
}

/** The text of UTF-8 bytes (valid UTF-8, as the data build writes it). */
export function utf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(4096);
  let n = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i++]!;
    let c: number;
    if (b < 0x80) c = b;
    else if (b < 0xe0) c = ((b & 0x1f) << 6) | (bytes[i++]! & 0x3f);
    else if (b < 0xf0) c = ((b & 0x0f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f);
    else {
      c = (((b & 0x07) << 18) | ((bytes[i++]! & 0x3f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f)) - 0x10000;
      units[n++] = 0xd800 + (c >> 10);
      c = 0xdc00 + (c & 0x3ff);
    }
    units[n++] = c;
    if (n >= 4094) {
      parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
      n = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
  return parts.join("");
}

/** A packed text as the data build writes it: its UTF-8 byte length, and its DEFLATE bytes in base64 lines. */
export type Packed = readonly [size: number, ...base64: string[]];

/** The runtime's decoders, where it has them (not every TypeScript `lib` declares them). */
const runtime = globalThis as {
  atob?: (text: string) => string;
  TextDecoder?: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
};

/** The bytes of a base64 text: the runtime's `atob` where there is one, else {@link fromBase64}. */
function bytesOf(text: string): Uint8Array {
  if (typeof runtime.atob !== "function") return fromBase64(text);
  const binary = runtime.atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The text of UTF-8 bytes: the runtime's `TextDecoder` where there is one, else {@link utf8}. */
function textOf(bytes: Uint8Array): string {
  return typeof runtime.TextDecoder === "function" ? new runtime.TextDecoder("utf-8", { fatal: true }).decode(bytes) : utf8(bytes);
}

/** The text of a packed text. */
export function unpack(packed: Packed): string {
  const [size, ...lines] = packed;
  return textOf(inflateRaw(bytesOf(lines.join("")), size));
}
