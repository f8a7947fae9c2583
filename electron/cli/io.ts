import type { Bilingual } from '../../shared/result';
import type { Language } from './language';

/** Where a command writes: data on stdout, messages and progress on stderr. */
export interface CliIo {
  readonly language: Language;
  /** Set by --quiet: no messages or progress, only results and errors. */
  readonly quiet: boolean;
  /** Set by --json: stdout carries exactly one JSON document. */
  readonly json: boolean;
  /** Whether stderr is a terminal (progress draws a bar). */
  readonly stderrIsTTY: boolean;
  /** Writes text to stdout as is. */
  out(text: string): void;
  /** Writes text to stderr as is (progress uses it). */
  err(text: string): void;
  /** Prints one JSON document on stdout. */
  printJson(value: unknown): void;
  /** Prints a message on stderr in the CLI's language, unless --quiet. */
  say(message: Bilingual | string): void;
  /** Picks the text of the CLI's language. */
  t(message: Bilingual): string;
}

/** Streams a CliIo writes to; tests pass their own. */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Builds the io of one run of a command. */
export function createIo(
  streams: CliStreams,
  settings: { language: Language; quiet: boolean; json: boolean },
): CliIo {
  const t = (message: Bilingual) => message[settings.language];
  return {
    ...settings,
    stderrIsTTY: streams.stderr.isTTY === true,
    out: (text) => void streams.stdout.write(text),
    err: (text) => void streams.stderr.write(text),
    printJson: (value) => void streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    say(message) {
      if (settings.quiet) return;
      streams.stderr.write(`${typeof message === 'string' ? message : t(message)}\n`);
    },
    t,
  };
}
