import type { Progress } from '../../shared/import';
import type { CliIo } from './io';

/** Receives progress of long work and draws it on stderr. */
export interface ProgressReporter {
  (progress: Progress): void;
  /** Clears the bar (on a terminal) before the command prints its result. */
  done(): void;
}

const BAR_WIDTH = 28;
/** Redraw a terminal bar at most this often. */
const TTY_INTERVAL_MS = 100;
/** Print a plain line at most this often when stderr is not a terminal. */
const LINE_INTERVAL_MS = 2000;

/**
 * A progress reporter: a redrawn bar when stderr is a terminal, a plain
 * line every couple of seconds otherwise (logs, CI), nothing with --quiet.
 */
export function progressReporter(io: CliIo, now: () => number = Date.now): ProgressReporter {
  let last = 0;
  let drawn = false;

  const report = ((progress: Progress) => {
    if (io.quiet) return;
    const time = now();
    const interval = io.stderrIsTTY ? TTY_INTERVAL_MS : LINE_INTERVAL_MS;
    if (time - last < interval) return;
    last = time;

    if (io.stderrIsTTY) {
      io.err(`\r${bar(progress)}\u001b[K`);
      drawn = true;
    } else {
      io.err(`${describe(progress)}\n`);
    }
  }) as ProgressReporter;

  report.done = () => {
    if (drawn) io.err('\r\u001b[K');
    drawn = false;
  };
  return report;
}

function bar(progress: Progress): string {
  if (progress.total === null || progress.total <= 0) return describe(progress);
  const ratio = Math.min(1, progress.done / progress.total);
  const filled = Math.round(ratio * BAR_WIDTH);
  const percent = `${Math.floor(ratio * 100)}`.padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${percent}% ${describe(progress)}`;
}

/** "reading 12.5 MB / 110.0 MB", "writing 200,000 rows". */
export function describe(progress: Progress): string {
  const amount = (n: number) =>
    progress.unit === 'bytes' ? `${(n / 1_000_000).toFixed(1)} MB` : n.toLocaleString('en-US');
  const total = progress.total === null ? '' : ` / ${amount(progress.total)}`;
  const unit = progress.unit === 'bytes' ? '' : ` ${progress.unit}`;
  return `${progress.phase} ${amount(progress.done)}${total}${unit}`;
}
