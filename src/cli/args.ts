/** A small, strict command-line option parser (no Node APIs, so it type-checks with the library). */

/** An option: a string (`--lang nl`, `--lang=nl`) or a flag (`--vintages`), with an optional short form. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** A mistake in the command line: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parses `args` against `spec`.
 * @throws {UsageError} for an unknown option, a missing value or a value given to a flag
 */
export function parse(args: readonly string[], spec: Readonly<Record<string, OptionSpec>>): Parsed {
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short === undefined ? [] : [[s.short, name] as const])));
  const known = Object.keys(spec).map((k) => `--${k}`).join(", ");
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-" || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg.slice(1));
      if (long === undefined) throw new UsageError(`unknown option "${arg}"; options: ${known}`);
      name = long;
    }
    const s = spec[name];
    if (s === undefined || !Object.hasOwn(spec, name)) throw new UsageError(`unknown option "--${name}"; options: ${known}`);
    if (s.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      values[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`option --${name} needs a value`);
    values[name] = value;
  }
  return { values, positionals };
}
