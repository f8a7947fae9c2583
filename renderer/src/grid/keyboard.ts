import type { GridFocus } from '../store/grid-slice';

/** What a key press inside the grid asks for. */
export type GridKeyAction =
  { type: 'move'; focus: GridFocus } | { type: 'sort' } | { type: 'filter' } | null;

/** The grid's extent and how many rows one page holds. */
export interface GridBounds {
  rows: number;
  columns: number;
  pageRows: number;
}

/**
 * Maps a key to a new focused cell, following the ARIA grid pattern:
 * arrows, PageUp/PageDown, Home/End within the row, Ctrl+Home/End to the
 * first or last cell. Row -1 is the header, where Enter sorts and
 * Alt+ArrowDown (or F) opens the column's filter.
 */
export function gridKey(
  key: string,
  ctrl: boolean,
  focus: GridFocus,
  bounds: GridBounds,
  alt = false,
): GridKeyAction {
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.columns - 1;
  const move = (row: number, col: number): GridKeyAction => ({
    type: 'move',
    focus: { row: Math.max(-1, Math.min(lastRow, row)), col: Math.max(0, Math.min(lastCol, col)) },
  });

  if (focus.row === -1 && ((alt && key === 'ArrowDown') || key === 'f' || key === 'F')) {
    return { type: 'filter' };
  }

  switch (key) {
    case 'ArrowDown':
      return move(focus.row + 1, focus.col);
    case 'ArrowUp':
      return move(focus.row - 1, focus.col);
    case 'ArrowRight':
      return move(focus.row, focus.col + 1);
    case 'ArrowLeft':
      return move(focus.row, focus.col - 1);
    case 'PageDown':
      return move(Math.max(0, focus.row + bounds.pageRows), focus.col);
    case 'PageUp':
      return move(Math.max(0, focus.row - bounds.pageRows), focus.col);
    case 'Home':
      return ctrl ? move(0, 0) : move(focus.row, 0);
    case 'End':
      return ctrl ? move(lastRow, lastCol) : move(focus.row, lastCol);
    case 'Enter':
    case ' ':
      return focus.row === -1 ? { type: 'sort' } : null;
    default:
      return null;
  }
}
