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
 * Reads an options object: only its own string-keyed properties (enumerable or not), only the
 * `allowed` keys. Symbol keys are not option names (a typo is always a string) and are not read.
 * The valid path allocates the list of names and one copy (an {@link optionSet}'s literal, or a
 * null-prototype record), and nothing else: the messages are built by {@link refuseOptions} only when a
 * query is refused.
 *
 * @param fn - the public function's name, for messages
 * @param query - what the caller passed
 * @param allowed - the option names the function takes
 * @param example - an example object for the message when `query` is not an object
 * @throws {TypeError} when `query` is not a plain object, has a key that is not allowed, or a `null` value
 */
export function readOptions<K extends string>(fn: string, query: unknown, allowed: readonly K[], example: string): Options<K> {
  const proto = typeof query === "object" && query !== null ? (Object.getPrototypeOf(query) as unknown) : undefined;
  if (proto !== Object.prototype && proto !== null) return refuseOptions(fn, query, allowed, example);
  // Own names, non-enumerable ones included: what the caller set on this object is what counts.
  const names = Object.getOwnPropertyNames(query);
  const make = (allowed as { [SHAPE]?: () => object })[SHAPE];
  // A copy with every allowed key its own (undefined unless given): reads never reach a prototype.
  const out = (make === undefined ? Object.create(null) : make()) as Record<string, unknown>;
  for (let i = 0; i < names.length; i++) {
    const key = names[i]!;
    const value = (query as Record<string, unknown>)[key];
    if (value === null || !(allowed as readonly string[]).includes(key)) return refuseOptions(fn, query, allowed, example);
    out[key] = value;
  }
  return out as Options<K>;
}

/** Where an {@link optionSet} list keeps the function that makes its copy: an object literal. */
const SHAPE: unique symbol = Symbol("options shape");

/**
 * A function's option names, from an object literal that has each of them (as `undefined`), in one
 * order: {@link readOptions} copies the caller's options into a new object of that literal (fast to
 * make and to read, and safe from a polluted `Object.prototype` because every allowed key is its own).
 * For the queries called in loops; any other list is copied into a null-prototype record. Usage:
 * `const CHANGE_OPTIONS = optionSet(() => ({ from: undefined, to: undefined, series: undefined }))`.
 */
export function optionSet<K extends string>(shape: () => { [P in K]: undefined }): readonly K[] {
  const names = Object.keys(shape()) as K[];
  Object.defineProperty(names, SHAPE, { value: shape });
  return Object.freeze(names);
}

/** Throws the TypeError that {@link readOptions} found cause for (the cold path: messages only). */
function refuseOptions(fn: string, query: unknown, allowed: readonly string[], example: string): never {
  const options = `options: ${allowed.join(", ")}`;
  if (typeof query !== "object" || query === null || Array.isArray(query)) {
    throw new TypeError(`${fn}: pass an options object such as ${example}, got ${query === null ? "null" : Array.isArray(query) ? "an array" : typeof query}; ${options}`);
  }
  const proto = Object.getPrototypeOf(query) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const name = (query as { constructor?: { name?: unknown } }).constructor?.name;
    throw new TypeError(`${fn}: pass a plain options object such as ${example}, got ${typeof name === "string" && name !== "" ? `a ${name}` : "an object with a prototype"}; ${options}`);
  }
  for (const key of Object.getOwnPropertyNames(query)) {
    if (!allowed.includes(key)) throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)}${didYouMean(key, allowed)}; ${options}`);
    if ((query as Record<string, unknown>)[key] === null) throw new TypeError(`${fn}: option ${JSON.stringify(key)} is null; leave it out for its default`);
  }
  throw new TypeError(`${fn}: the options changed while they were read; ${options}`);
}

/**
 * Options that may be left out entirely: `undefined` reads as `{}`.
 * @throws {TypeError} as {@link readOptions}
 */
export function readOptionalOptions<K extends string>(fn: string, query: unknown, allowed: readonly K[], example: string): Options<K> {
  return query === undefined ? (Object.create(null) as Options<K>) : readOptions(fn, query, allowed, example);
}
