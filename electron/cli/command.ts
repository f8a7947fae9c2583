import type { Bilingual } from '../../shared/result';
import type { Logger } from '../engine/logger';
import type { CliIo } from './io';
import type { ParsedOptions } from './options';
import type { ProgressReporter } from './progress';

/** Kinds of option values: a flag, one value, a number, or a repeatable value. */
export type OptionKind = 'boolean' | 'string' | 'number' | 'list';

/** One `--option` of a command. */
export interface OptionSpec {
  /** Long name without dashes: 'offset' for --offset. */
  name: string;
  kind: OptionKind;
  /** Placeholder shown in help: 'N', 'NAME', 'A-B'. */
  value?: string;
  summary: Bilingual;
}

/** One positional argument of a command. */
export interface ArgumentSpec {
  name: string;
  summary: Bilingual;
  optional?: boolean;
}

/** What a command's `run` receives. */
export interface CommandContext {
  /** Positional arguments, in order, after the command name. */
  args: string[];
  options: ParsedOptions;
  io: CliIo;
  /** Aborted on Ctrl-C: long work watches it and ends with CANCELLED. */
  signal: AbortSignal;
  logger: Logger;
  /** Draws progress on stderr (a bar on a terminal, lines otherwise, nothing with --quiet). */
  progress: ProgressReporter;
  env: NodeJS.ProcessEnv;
}

/**
 * A command of `ficha`: one per file under electron/cli/commands, listed in
 * commands/index.ts. `--help` and `--quiet` are added to every command, and
 * `--json` to those that set `json`. `run` returns the exit code (0 done,
 * 1 a check failed) and throws FichaError for expected failures (exit 2).
 */
export interface Command {
  name: string;
  summary: Bilingual;
  /** One line, without the leading `ficha `: 'rows WS DATASET [--offset N] [--json]'. */
  usage: string;
  arguments: ArgumentSpec[];
  options: OptionSpec[];
  /** Whether the command prints one JSON document on stdout with --json. */
  json: boolean;
  run(context: CommandContext): Promise<number>;
}

/** Exit codes of `ficha`, as documented in docs/cli.md. */
export const exitCodes = {
  ok: 0,
  /** A check found problems (validation, integrity). */
  checkFailed: 1,
  /** Bad input or usage, an expected failure, or cancelled with Ctrl-C. */
  failed: 2,
  /** A bug in Ficha: the stack is printed on stderr. */
  bug: 70,
} as const;
