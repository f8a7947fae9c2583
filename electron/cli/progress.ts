import type { Progress } from '../../shared/import';
import type { CliIo } from './io';
import type { Language } from './language';

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
      io.err(`\r${bar(progress, io.language)}\u001b[K`);
      drawn = true;
    } else {
      io.err(`${describe(progress, io.language)}\n`);
    }
  }) as ProgressReporter;

  report.done = () => {
    if (drawn) io.err('\r\u001b[K');
    drawn = false;
  };
  return report;
}

function bar(progress: Progress, language: Language): string {
  if (progress.total === null || progress.total <= 0) return describe(progress, language);
  const ratio = Math.min(1, progress.done / progress.total);
  const filled = Math.round(ratio * BAR_WIDTH);
  const percent = `${Math.floor(ratio * 100)}`.padStart(3);
  const drawn = `${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}`;
  return `[${drawn}] ${percent}% ${describe(progress, language)}`;
}

/** The engine's phases in words; others are shown as the engine names them. */
const phases: Record<string, Record<Language, string>> = {
  rows: { es: 'leyendo filas', en: 'reading rows' },
  source: { es: 'guardando el original', en: 'keeping the original' },
  steps: { es: 'aplicando pasos', en: 'applying steps' },
  'export.data': { es: 'escribiendo los datos', en: 'writing the data' },
  'export.xlsx': { es: 'escribiendo la copia XLSX', en: 'writing the XLSX copy' },
  'export.metadata': { es: 'escribiendo los metadatos', en: 'writing the metadata' },
};

const units: Record<string, Record<Language, string>> = {
  rows: { es: 'filas', en: 'rows' },
  steps: { es: 'pasos', en: 'steps' },
  files: { es: 'archivos', en: 'files' },
};

/** "leyendo filas 12.5 MB / 110.0 MB", "escribiendo los datos 200,000 / 1,000,000 filas". */
export function describe(progress: Progress, language: Language = 'en'): string {
  const amount = (n: number) =>
    progress.unit === 'bytes' ? `${(n / 1_000_000).toFixed(1)} MB` : n.toLocaleString('en-US');
  const total = progress.total === null ? '' : ` / ${amount(progress.total)}`;
  const unit =
    progress.unit === 'bytes' ? '' : ` ${units[progress.unit]?.[language] ?? progress.unit}`;
  const phase = phases[progress.phase]?.[language] ?? progress.phase;
  return `${phase} ${amount(progress.done)}${total}${unit}`;
}
