/** A small, strict command-line option parser (no Node APIs, so it type-checks with the library). */
import { didYouMean } from "./suggest.ts";

/**
 * An option: a string (`--lang nl`, `--lang=nl`) or a flag (`--vintages`), with an optional short
 * form. A string option may be given once, unless `multiple` (then every value is kept, in order).
 */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** What the value is, for "needs a value" messages: `en or nl`, `a year such as 2023`. */
  readonly value?: string;
}

/** The options of one command, by long name (without `--`). */
export type Spec = Readonly<Record<string, OptionSpec>>;

export interface Parsed {
  /** The value of a string option given once, or undefined. */
  readonly string: (name: string) => string | undefined;
  /** Every value of a `multiple` option, in order (empty when not given). */
  readonly strings: (name: string) => readonly string[];
  /** Whether a flag was given. */
  readonly flag: (name: string) => boolean;
  /** Whether an option was given at all. */
  readonly has: (name: string) => boolean;
  readonly positionals: readonly string[];
}

/** A mistake in the command line: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * User input for a one-line message: quoted, control characters and quotes escaped (so a newline
 * or an escape sequence cannot break the line), and cut at 60 characters.
 */
export function quote(input: string): string {
  const cut = input.length > 60 ? `${input.slice(0, 60)}…` : input;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `a, b or c`. */
export function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)!}` : (items[0] ?? "");
}

/** Whether an argument is a positional: not an option, or a bare `-` (stdin by convention) or a negative number. */
export function isPositional(arg: string): boolean {
  return !arg.startsWith("-") || arg === "-" || /^-\.?\d/.test(arg);
}

/**
 * Parses the arguments of `command` against its options `spec`.
 *
 * @param others - options of the other commands, by name, with the commands that take them: an
 *   option of another command is refused as "does not apply" rather than "unknown"
 * @throws {UsageError} for an unknown option, an option of another command, a missing value, a
 *   value given to a flag, or an option given twice (other than a `multiple` one); the message
 *   starts with the command name
 */
export function parse(command: string, args: readonly string[], spec: Spec, others: Readonly<Record<string, readonly string[]>> = {}): Parsed {
  const strings = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const names = Object.keys(spec);
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short === undefined ? [] : [[s.short, name] as const])));
  const known = `options of ${command}: ${names.map((k) => `--${k}`).join(", ")}`;

  const unknown = (arg: string): UsageError => {
    const bare = arg.replace(/^-+/, "").replace(/=.*$/s, "");
    const elsewhere = Object.hasOwn(others, bare) && !Object.hasOwn(spec, bare) ? others[bare]! : [];
    if (elsewhere.length > 0 && arg.startsWith("--")) {
      return new UsageError(`${command}: --${bare} does not apply to ${command} (it is an option of ${orList(elsewhere)}); ${known}`);
    }
    // One or two letters (`-x`) are too short to guess from: list the options instead.
    const hint = bare.length < 3 ? "" : didYouMean(`--${bare}`, names.map((n) => `--${n}`));
    return new UsageError(`${command}: unknown option ${quote(arg.replace(/=.*$/s, ""))}${hint === "" ? `; ${known}` : hint}`);
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (isPositional(arg)) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      name = byShort.get(arg.slice(1));
    }
    if (name === undefined || !Object.hasOwn(spec, name)) throw unknown(arg);
    const s = spec[name]!;
    if (s.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`${command}: --${name} takes no value, got ${quote(arg)}`);
      // A repeated flag means the same thing; a repeated --help is harmless, any other is a slip.
      if (flags.has(name) && name !== "help") throw new UsageError(`${command}: --${name} given twice; give it once`);
      flags.add(name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      const wants = s.value === undefined ? "" : ` (${s.value})`;
      if (next === undefined) throw new UsageError(`${command}: --${name} needs a value${wants}`);
      if (!isPositional(next)) throw new UsageError(`${command}: --${name} needs a value${wants}, got the option ${quote(next)}`);
      value = next;
      i++;
    }
    const list = strings.get(name);
    if (list === undefined) strings.set(name, [value]);
    else if (s.multiple === true) list.push(value);
    else throw new UsageError(`${command}: --${name} given twice (${quote(list[0]!)}, then ${quote(value)}); give it once`);
  }
  return {
    string: (name) => strings.get(name)?.[0],
    strings: (name) => strings.get(name) ?? [],
    flag: (name) => flags.has(name),
    has: (name) => strings.has(name) || flags.has(name),
    positionals,
  };
}
