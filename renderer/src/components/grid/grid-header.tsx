import type { ColumnProfile } from '../../../../shared/table';
import { headerHeight } from '../../grid/column-layout';
import { useFicha, useT } from '../../store/use-ficha';
import { ColumnMenu } from '../cleaning/column-menu';
import { CommentMark } from '../review/comment-mark';
import { useCommentPlaces } from '../review/use-comment-places';
import type { MessageKey } from '../../i18n';

interface GridHeaderProps {
  columns: ColumnProfile[];
  edges: number[];
  cols: { first: number; last: number };
  left: number;
  numberWidth: number;
}

/** The sticky header row: each column's label and type; a click sorts. */
export function GridHeader({ columns, edges, cols, left, numberWidth }: GridHeaderProps) {
  const t = useT();
  const sort = useFicha((state) => state.gridSort);
  const filters = useFicha((state) => state.gridFilters);
  const focus = useFicha((state) => state.gridFocus);
  const cycleSort = useFicha((state) => state.cycleSort);
  const focusCell = useFicha((state) => state.focusCell);
  const places = useCommentPlaces();

  const cells = [];
  for (let col = cols.first; col <= cols.last; col += 1) {
    const column = columns[col];
    const direction = sort?.column === column.name ? sort.direction : null;
    const filtered = filters.some((filter) => filter.column === column.name);
    const focused = focus.row === -1 && focus.col === col;
    const threads = places.columns.get(column.name) ?? [];
    const ariaSort =
      direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
    const sortLabel: MessageKey =
      direction === 'asc'
        ? 'grid.sortAsc'
        : direction === 'desc'
          ? 'grid.sortDesc'
          : 'grid.sortHint';

    cells.push(
      <div
        key={column.name}
        id={`grid-head-${col}`}
        role="columnheader"
        aria-colindex={col + 2}
        aria-sort={ariaSort}
        className={`grid-head-cell${focused ? ' is-focused' : ''}`}
        style={{ left: numberWidth + edges[col] - left, width: edges[col + 1] - edges[col] }}
        title={`${column.label} · ${t(sortLabel)}`}
        onClick={() => {
          focusCell({ row: -1, col });
          cycleSort(column.name);
        }}
      >
        <span className="grid-head-label">{column.label}</span>
        <span className="grid-head-meta">
          <span className={`type-chip type-${column.type}`}>{t(`type.${column.type}`)}</span>
          {filtered && <span className="filter-mark">{t('grid.filtered')}</span>}
          {threads.length > 0 && (
            <CommentMark
              target={{ kind: 'column', column: column.name }}
              threads={threads}
              tabbable={focus.col === col}
            />
          )}
          <button
            type="button"
            tabIndex={-1}
            className="filter-button"
            aria-label={t('grid.filterColumn', { column: column.label })}
            title={t('grid.filterColumn', { column: column.label })}
            onClick={(event) => {
              event.stopPropagation();
              focusCell({ row: -1, col });
              window.requestAnimationFrame(() =>
                document.getElementById('panel-filter-op')?.focus(),
              );
            }}
          >
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
              <path d="M1.5 2h13l-5 6v5l-3 1.5V8z" />
            </svg>
          </button>
          <ColumnMenu column={column} focused={focused} />
          {direction && (
            <span className="sort-mark" aria-hidden="true">
              {direction === 'asc' ? '▲' : '▼'}
            </span>
          )}
        </span>
      </div>,
    );
  }

  return (
    <div role="rowgroup" className="grid-head" style={{ height: headerHeight }}>
      <div role="row" aria-rowindex={1} className="grid-row">
        <div
          role="columnheader"
          aria-colindex={1}
          className="grid-head-cell grid-corner"
          style={{ left: 0, width: numberWidth }}
        >
          {places.dataset.length > 0 && (
            <CommentMark
              target={{ kind: 'dataset' }}
              threads={places.dataset}
              where={t('marks.dataset')}
            />
          )}
          {t('grid.rowNumber')}
        </div>
        {cells}
      </div>
    </div>
  );
}
