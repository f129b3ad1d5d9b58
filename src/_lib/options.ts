import { levenshtein } from "./distance.ts";

/**
 * Strict option objects: every public function reads its options through {@link readOptions}, so that
 * an unknown key (a typo such as `asof`) is refused instead of ignored, and only the caller's own
 * properties count (a polluted `Object.prototype` cannot change a query).
 */

/** `; did you mean "x"?` for the nearest of `candidates` when it is close enough, else "". */
export function didYouMean(input: string, candidates: readonly string[]): string {
  let bestKey: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = levenshtein(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      bestKey = c;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return bestKey !== undefined && bestDistance <= limit ? `; did you mean "${bestKey}"?` : "";
}

/** The options as a null-prototype record of the caller's own properties. */
export type Options<K extends string> = { readonly [P in K]?: unknown };

/**
 * Reads an options object: only its own enumerable properties, only the `allowed` keys.
 *
 * @param fn - the public function's name, for messages
 * @param query - what the caller passed
 * @param allowed - the option names the function takes
 * @param example - an example object for the message when `query` is not an object
 * @throws {TypeError} when `query` is not a plain object, or has a key that is not allowed
 */
export function readOptions<K extends string>(fn: string, query: unknown, allowed: readonly K[], example: string): Options<K> {
  if (typeof query !== "object" || query === null || Array.isArray(query)) {
    const got = query === null ? "null" : Array.isArray(query) ? "an array" : typeof query;
    throw new TypeError(`${fn}: pass an options object such as ${example}, got ${got}; options: ${allowed.join(", ")}`);
  }
  const proto = Object.getPrototypeOf(query) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const name = (query as { constructor?: { name?: unknown } }).constructor?.name;
    throw new TypeError(`${fn}: pass a plain options object such as ${example}, got ${typeof name === "string" && name !== "" ? `a ${name}` : "an object with a prototype"}; options: ${allowed.join(", ")}`);
  }
  const keys = Object.keys(query);
  // Own keys that Object.keys leaves out are symbols or non-enumerable (two cheap checks, not Reflect.ownKeys).
  if (Object.getOwnPropertySymbols(query).length > 0) throw new TypeError(`${fn}: options keys must be strings; options: ${allowed.join(", ")}`);
  const names = Object.getOwnPropertyNames(query);
  if (names.length !== keys.length) {
    const odd = names.find((k) => !keys.includes(k))!;
    throw new TypeError(`${fn}: option ${JSON.stringify(odd)} is not enumerable; pass it as a plain property`);
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (!(allowed as readonly string[]).includes(key)) {
      throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)}${didYouMean(key, allowed)}; options: ${allowed.join(", ")}`);
    }
    const value = (query as Record<string, unknown>)[key];
    if (value === null) throw new TypeError(`${fn}: option ${JSON.stringify(key)} is null; leave it out for its default`);
    out[key] = value;
  }
  return out as Options<K>;
}

/**
 * Options that may be left out entirely: `undefined` reads as `{}`.
 * @throws {TypeError} as {@link readOptions}
 */
export function readOptionalOptions<K extends string>(fn: string, query: unknown, allowed: readonly K[], example: string): Options<K> {
  return query === undefined ? (Object.create(null) as Options<K>) : readOptions(fn, query, allowed, example);
}
