import { version } from '../../package.json';
import { errorData, isFichaError } from '../../shared/errors';
import type { FichaErrorData } from '../../shared/result';
import { silentLogger, streamLogger } from '../engine/logger';
import type { Logger } from '../engine/logger';
import { exitCodes } from './command';
import type { Command, CommandContext } from './command';
import { commands } from './commands';
import { allOptions, commandHelp, generalHelp } from './help';
import { createIo } from './io';
import type { CliIo, CliStreams } from './io';
import { detectLanguage } from './language';
import { parseArguments } from './options';
import { progressReporter } from './progress';
import { FichaError } from '../../shared/errors';

/** The registered commands, exported for the tests that check their help and docs. */
export { commands };

/** Where `main` writes and what environment it reads; tests pass their own. */
export interface MainOptions {
  streams?: CliStreams;
  env?: NodeJS.ProcessEnv;
  /** Listen for Ctrl-C; by default only when writing to the process's own streams. */
  handleSignals?: boolean;
}

/**
 * Runs the `ficha` command with its arguments (without `node` and the
 * script) and resolves to the exit code: 0 done, 1 a check failed, 2 bad
 * input, usage, an expected failure or Ctrl-C, 70 a bug.
 */
export function main(argv: string[], options: MainOptions = {}): Promise<number> {
  return runCli(commands, argv, options);
}

/** Runs a command line against a given set of commands (tests pass their own). */
export async function runCli(
  registry: readonly Command[],
  argv: string[],
  options: MainOptions = {},
): Promise<number> {
  if (!options.streams) quietOnClosedPipe();
  const streams = options.streams ?? { stdout: process.stdout, stderr: process.stderr };
  const env = options.env ?? process.env;
  const language = detectLanguage(env);
  const wantsJson = argv.includes('--json');
  const baseIo = createIo(streams, { language, quiet: false, json: wantsJson });

  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? baseIo.err : baseIo.out)(generalHelp(registry, baseIo, version));
    return name === undefined ? exitCodes.failed : exitCodes.ok;
  }
  if (name === '--version') {
    baseIo.out(`${version}\n`);
    return exitCodes.ok;
  }

  const command = registry.find((c) => c.name === name);
  if (!command) return reportError(baseIo, errorData('COMMAND_UNKNOWN', { command: name }));

  let io = baseIo;
  try {
    const parsed = parseArguments(command.name, rest, allOptions(command));
    io = createIo(streams, {
      language,
      quiet: parsed.options.boolean('quiet'),
      json: command.json && parsed.options.boolean('json'),
    });
    if (parsed.options.boolean('help')) {
      io.out(commandHelp(command, io));
      return exitCodes.ok;
    }
    checkArguments(command, parsed.positionals);
    return await runCommand(command, parsed, io, env, options.handleSignals ?? !options.streams);
  } catch (error) {
    if (isFichaError(error)) return reportError(io, error.data);
    io.err(`${io.t(errorData('UNEXPECTED').message)}\n${describeBug(error)}\n`);
    return exitCodes.bug;
  }
}

async function runCommand(
  command: Command,
  parsed: ReturnType<typeof parseArguments>,
  io: CliIo,
  env: NodeJS.ProcessEnv,
  handleSignals: boolean,
): Promise<number> {
  const controller = new AbortController();
  const onSignal = () => {
    // A second Ctrl-C stops at once, for work that does not watch the signal.
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  // SIGTERM (a service manager, `kill`) ends work the same way, so the lock is released.
  const signals = ['SIGINT', 'SIGTERM'] as const;
  if (handleSignals) for (const signal of signals) process.on(signal, onSignal);

  const context: CommandContext = {
    args: parsed.positionals,
    options: parsed.options,
    io,
    signal: controller.signal,
    logger: cliLogger(io, env),
    progress: progressReporter(io),
    env,
  };
  try {
    const code = await command.run(context);
    if (controller.signal.aborted) throw new FichaError('CANCELLED');
    return code;
  } finally {
    context.progress.done();
    if (handleSignals) for (const signal of signals) process.off(signal, onSignal);
  }
}

function checkArguments(command: Command, positionals: string[]): void {
  const usage = `ficha ${command.usage}`;
  command.arguments.forEach((argument, index) => {
    if (!argument.optional && positionals[index] === undefined) {
      throw new FichaError('ARGUMENT_MISSING', { argument: argument.name, usage });
    }
  });
  if (positionals.length > command.arguments.length) {
    throw new FichaError('ARGUMENT_EXTRA', {
      argument: positionals[command.arguments.length],
      usage,
    });
  }
}

/** Prints an expected failure: its message on stderr, and with --json as the JSON document. */
function reportError(io: CliIo, error: FichaErrorData): number {
  if (io.json) io.printJson({ error });
  io.err(`ficha: ${io.t(error.message)}\n`);
  return error.code === 'UNEXPECTED' ? exitCodes.bug : exitCodes.failed;
}

/** Engine logs go to stderr only when FICHA_DEBUG is set; bugs always do. */
function cliLogger(io: CliIo, env: NodeJS.ProcessEnv): Logger {
  if (env.FICHA_DEBUG) return streamLogger((line) => io.err(line));
  const errors = streamLogger((line) => io.err(line));
  return { ...silentLogger, error: errors.error };
}

function describeBug(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** `ficha rows … | head` closes stdout early: stop quietly instead of crashing. */
function quietOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
