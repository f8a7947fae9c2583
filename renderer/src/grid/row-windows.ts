import type { CellValue } from '../../../shared/table';

/** Rows fetched per request; about four screens of rows. */
export const windowSize = 200;

/** Windows kept in memory; far ones are dropped as the user scrolls. */
export const maxWindows = 8;

/** A fetched window of rows, addressed by its index (offset / windowSize). */
export interface CachedWindow {
  index: number;
  rows: CellValue[][];
  rowIds: number[];
}

/** The windows of the cache by index. */
export type WindowMap = Record<number, CachedWindow>;

/** The indexes of the windows that hold rows first..last (0-based, inclusive). */
export function windowsCovering(first: number, last: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const from = Math.floor(Math.max(0, first) / windowSize);
  const to = Math.floor(Math.min(total - 1, last) / windowSize);
  const indexes: number[] = [];
  for (let index = from; index <= to; index += 1) indexes.push(index);
  return indexes;
}

/** Keeps at most `max` windows, dropping those farthest from the one in view. */
export function evictFar(windows: WindowMap, center: number, max = maxWindows): WindowMap {
  const indexes = Object.keys(windows).map(Number);
  if (indexes.length <= max) return windows;

  const kept = indexes
    .sort((a, b) => Math.abs(a - center) - Math.abs(b - center) || a - b)
    .slice(0, max);
  const next: WindowMap = {};
  for (const index of kept) next[index] = windows[index];
  return next;
}

/** The values and id of a row (0-based position in the current order), if fetched. */
export function rowAt(
  windows: WindowMap,
  row: number,
): { values: CellValue[]; rowId: number } | undefined {
  const window = windows[Math.floor(row / windowSize)];
  if (!window) return undefined;
  const offset = row - window.index * windowSize;
  const values = window.rows[offset];
  return values ? { values, rowId: window.rowIds[offset] } : undefined;
}
