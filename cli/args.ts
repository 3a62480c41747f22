/** A usage mistake: the command line itself is wrong (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with the input (a missing or damaged file, an unknown initiative): exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

export interface ParsedArgs {
  command: string | null;
  /** Options given once, by name without dashes. */
  values: Map<string, string>;
  /** Options that may be repeated. */
  lists: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Parses `command --name value --flag …`. Each command declares the options
 * it takes; anything else is a usage error, so a typo never passes silently.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; lists?: readonly string[]; flags: readonly string[] },
): ParsedArgs {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const flags = new Set<string>();
  let command: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-')) {
      if (command !== null) throw new UsageError(`Unexpected argument “${arg}”.`);
      command = arg;
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [
      string,
      string | undefined,
    ];
    const name = rawName === 'h' ? 'help' : rawName;
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      flags.add(name);
      continue;
    }
    const repeated = spec.lists?.includes(name) ?? false;
    if (!repeated && !spec.values.includes(name)) throw new UsageError(`Unknown option --${name}.`);
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value.`);
    }
    if (repeated) lists.set(name, [...(lists.get(name) ?? []), value]);
    else if (values.has(name)) throw new UsageError(`--${name} is given twice.`);
    else values.set(name, value);
  }
  return { command, values, lists, flags };
}
