import { FichaError } from '../../shared/errors';
import type { OptionSpec } from './command';

/** Option values after parsing, read through typed getters. */
export interface ParsedOptions {
  has(name: string): boolean;
  boolean(name: string): boolean;
  string(name: string): string | undefined;
  number(name: string): number | undefined;
  /** All values of a repeatable option, in order. */
  list(name: string): string[];
}

/** The result of parsing a command's arguments. */
export interface ParsedArguments {
  positionals: string[];
  options: ParsedOptions;
}

/**
 * Parses a command's arguments against its options: `--flag`, `--name value`,
 * `--name=value`, repeatable `--set a=b --set c=d`, `-h` for --help, and
 * `--` to end options. A string or number option given twice keeps the last
 * value. Throws FichaError for unknown options and missing or bad values.
 */
export function parseArguments(
  command: string,
  argv: readonly string[],
  specs: readonly OptionSpec[],
): ParsedArguments {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const values = new Map<string, string | boolean | number | string[]>();
  const positionals: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h') {
      values.set('help', true);
      continue;
    }
    if (!token.startsWith('--') || token.length === 2) {
      positionals.push(token);
      continue;
    }

    const equals = token.indexOf('=');
    const name = token.slice(2, equals === -1 ? undefined : equals);
    const spec = byName.get(name);
    if (!spec) throw new FichaError('OPTION_UNKNOWN', { command, option: `--${name}` });

    let inline = equals === -1 ? undefined : token.slice(equals + 1);
    if (spec.kind === 'boolean') {
      values.set(name, inline === undefined ? true : !['false', '0', 'no'].includes(inline));
      continue;
    }
    if (inline === undefined) {
      if (i + 1 >= argv.length)
        throw new FichaError('OPTION_VALUE_MISSING', { option: `--${name}` });
      inline = argv[++i];
    }
    values.set(name, convert(spec, inline, values.get(name)));
  }

  return { positionals, options: readOptions(values) };
}

function convert(
  spec: OptionSpec,
  text: string,
  previous: string | boolean | number | string[] | undefined,
): string | number | string[] {
  if (spec.kind === 'list') return [...((previous as string[] | undefined) ?? []), text];
  if (spec.kind === 'number') {
    if (!/^-?\d+$/.test(text.trim())) {
      throw new FichaError('OPTION_NOT_NUMBER', { option: `--${spec.name}`, value: text });
    }
    return Number(text.trim());
  }
  return text;
}

function readOptions(values: Map<string, string | boolean | number | string[]>): ParsedOptions {
  return {
    has: (name) => values.has(name),
    boolean: (name) => values.get(name) === true,
    string: (name) => {
      const value = values.get(name);
      return value === undefined ? undefined : String(value);
    },
    number: (name) => {
      const value = values.get(name);
      return typeof value === 'number' ? value : undefined;
    },
    list: (name) => {
      const value = values.get(name);
      return Array.isArray(value) ? value : [];
    },
  };
}
