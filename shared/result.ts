/** Where a problem is: any of file, sheet, row, column, step or field. */
export interface ErrorLocation {
  file?: string;
  sheet?: string;
  /** 1-based row number as a person sees it in the source or the grid. */
  row?: number;
  column?: string;
  step?: number;
  field?: string;
}

/** A message in both of the interface's languages. */
export interface Bilingual {
  es: string;
  en: string;
}

/** An expected failure, as it crosses a process or network boundary. */
export interface FichaErrorData {
  code: string;
  message: Bilingual;
  detail?: ErrorLocation & Record<string, unknown>;
}

/** What every request across IPC, HTTP or the CLI returns. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: FichaErrorData };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function fail<T = never>(error: FichaErrorData): Result<T> {
  return { ok: false, error };
}
