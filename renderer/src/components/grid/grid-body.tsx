import type { ColumnProfile } from '../../../../shared/table';
import { headerHeight, isNumeric, rowHeight } from '../../grid/column-layout';
import { rowAt } from '../../grid/row-windows';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { CommentMark } from '../review/comment-mark';
import { useCommentPlaces } from '../review/use-comment-places';
import { cellText } from './grid-cell';

interface GridBodyProps {
  columns: ColumnProfile[];
  edges: number[];
  cols: { first: number; last: number };
  rows: { first: number; last: number };
  left: number;
  offset: number;
  numberWidth: number;
}

/** The visible rows: a row number, then the visible columns' cells. */
export function GridBody({ columns, edges, cols, rows, left, offset, numberWidth }: GridBodyProps) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const windows = useFicha((state) => state.gridWindows);
  const focus = useFicha((state) => state.gridFocus);
  const total = useFicha((state) => state.gridTotal);
  const focusCell = useFicha((state) => state.focusCell);
  const places = useCommentPlaces();

  if (columns.length === 0 || total === 0) return null;

  const lines = [];
  for (let row = rows.first; row <= rows.last; row += 1) {
    const data = rowAt(windows, row);
    const top = headerHeight + row * rowHeight - offset;
    // Row comments name the row in the table's own order, which is its row id.
    const rowThreads = data ? places.rows.get(data.rowId) : undefined;
    const cells = [];

    for (let col = cols.first; col <= cols.last; col += 1) {
      const column = columns[col];
      const value = data?.values[col] ?? null;
      const focused = focus.row === row && focus.col === col;
      const classes = ['grid-cell'];
      if (isNumeric(column.type)) classes.push('is-numeric');
      if (focused) classes.push('is-focused');
      if (!data) classes.push('is-loading');
      else if (value === null || value === '') classes.push('is-empty');

      cells.push(
        <div
          key={column.name}
          id={`grid-cell-${row}-${col}`}
          role="gridcell"
          aria-colindex={col + 2}
          className={classes.join(' ')}
          style={{ left: numberWidth + edges[col] - left, width: edges[col + 1] - edges[col] }}
          onClick={() => focusCell({ row, col })}
        >
          {data ? cellText(value, column.type, locale, t) : ''}
        </div>,
      );
    }

    lines.push(
      <div
        key={row}
        role="row"
        aria-rowindex={row + 2}
        className={`grid-row${row % 2 === 1 ? ' is-odd' : ''}`}
        style={{ top, height: rowHeight }}
      >
        <div
          role="rowheader"
          aria-colindex={1}
          className="grid-row-number"
          style={{ width: numberWidth }}
        >
          {rowThreads && data && (
            <CommentMark
              target={{ kind: 'row', row: data.rowId }}
              threads={rowThreads}
              tabbable={focus.row === row}
            />
          )}
          {formatCount(locale, row + 1)}
        </div>
        {cells}
      </div>,
    );
  }

  return (
    <div
      role="rowgroup"
      className="grid-body"
      aria-busy={lines.length > 0 && !rowAt(windows, rows.first)}
    >
      {lines}
    </div>
  );
}
