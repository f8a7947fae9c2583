/**
 * The engine logs nothing by itself: each face hands it a logger. Lines read
 * `[module] sentence`, with an error object second where there is one, and
 * never carry cell values or file contents.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};

/** A logger that writes `[module] sentence` lines to a stream. */
export function streamLogger(write: (line: string) => void): Logger {
  const format = (level: string, message: string, extra?: unknown) => {
    const time = new Date().toISOString();
    const tail = extra === undefined ? '' : ` ${describe(extra)}`;
    return `${time} ${level} ${message}${tail}\n`;
  };
  return {
    info: (message, fields) => write(format('INFO', message, fields)),
    warn: (message, fields) => write(format('WARN', message, fields)),
    error: (message, error) => write(format('ERROR', message, error)),
  };
}

function describe(extra: unknown): string {
  if (extra instanceof Error) return extra.stack ?? `${extra.name}: ${extra.message}`;
  try {
    return JSON.stringify(extra);
  } catch {
    return String(extra);
  }
}
