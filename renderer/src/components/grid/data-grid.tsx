import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  columnEdges,
  columnWidth,
  headerHeight,
  rowHeight,
  rowNumberWidth,
  visibleColumns,
} from '../../grid/column-layout';
import { gridKey } from '../../grid/keyboard';
import { contentOffset, scrollSpace, scrollTopFor, visibleRows } from '../../grid/scroll-space';
import { useFicha, useT } from '../../store/use-ficha';
import { GridBody } from './grid-body';
import { GridHeader } from './grid-header';

/** The size of the scroll container, followed as the window resizes. */
function useViewport(element: React.RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: 800, height: 480 });
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => setSize({ width: node.clientWidth, height: node.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

/**
 * The data grid: rows and columns virtualized, rows fetched in windows as
 * the user scrolls, the scroll space compressed past browsers' height limit.
 * The pane that draws the cells sticks to the viewport; cells are placed
 * from the scroll position, so only what is visible is in the DOM.
 */
export function DataGrid() {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = useViewport(scroller);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });

  const columns = useFicha((state) => state.gridColumns);
  const total = useFicha((state) => state.gridTotal);
  const focus = useFicha((state) => state.gridFocus);
  const scrollTo = useFicha((state) => state.gridScrollTo);
  const generation = useFicha((state) => state.gridGeneration);
  const title = useFicha((state) => state.gridDescription?.dataset.title ?? state.gridDataset);
  const showRows = useFicha((state) => state.showRows);
  const focusCell = useFicha((state) => state.focusCell);
  const cycleSort = useFicha((state) => state.cycleSort);

  // Geometry: widths and edges of columns, the compressed scroll space, what is in view.
  const widths = useMemo(() => columns.map((c) => columnWidth(c.type, c.label)), [columns]);
  const edges = useMemo(() => columnEdges(widths), [widths]);
  const numberWidth = rowNumberWidth(total);
  const bodyHeight = Math.max(rowHeight, viewport.height - headerHeight);
  const space = useMemo(() => scrollSpace(total, rowHeight, bodyHeight), [total, bodyHeight]);
  const offset = contentOffset(space, scroll.top, bodyHeight);
  const rows = visibleRows(offset, bodyHeight, rowHeight, total);
  const cols = visibleColumns(edges, scroll.left, viewport.width - numberWidth);
  const pageRows = Math.max(1, Math.floor(bodyHeight / rowHeight) - 1);

  useEffect(() => {
    if (rows.last >= rows.first) showRows(rows.first, rows.last);
  }, [rows.first, rows.last, total, generation, showRows]);

  // Brings a row (and the focused column) into view, keeping the scroll space's mapping.
  function reveal(row: number, col: number, atTop: boolean) {
    const node = scroller.current;
    if (!node) return;
    const rowTop = Math.max(0, row) * rowHeight;
    let target = offset;
    if (atTop || rowTop < offset) target = rowTop;
    else if (rowTop + rowHeight > offset + bodyHeight) target = rowTop + rowHeight - bodyHeight;
    if (row >= 0 && target !== offset) node.scrollTop = scrollTopFor(space, target, bodyHeight);

    const colWidth = viewport.width - numberWidth;
    if (edges[col] < node.scrollLeft) node.scrollLeft = edges[col];
    else if (edges[col + 1] > node.scrollLeft + colWidth)
      node.scrollLeft = edges[col + 1] - colWidth;
  }

  useEffect(() => {
    if (scrollTo) reveal(scrollTo.row, focus.col, true);
    // Only a new request to scroll moves the view; focus changes are revealed by the keys.
  }, [scrollTo?.seq]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const bounds = { rows: total, columns: columns.length, pageRows };
    const action = gridKey(event.key, event.ctrlKey || event.metaKey, focus, bounds, event.altKey);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'sort') return cycleSort(columns[focus.col].name);
    if (action.type === 'filter') return document.getElementById('panel-filter-op')?.focus();
    focusCell(action.focus);
    reveal(action.focus.row, action.focus.col, false);
  }

  const activeId =
    focus.row === -1 ? `grid-head-${focus.col}` : `grid-cell-${focus.row}-${focus.col}`;
  const activeShown =
    focus.col >= cols.first &&
    focus.col <= cols.last &&
    (focus.row === -1 || (focus.row >= rows.first && focus.row <= rows.last));

  const message = columns.length === 0 ? t('grid.loading') : total === 0 ? t('grid.noRows') : null;

  return (
    <div className="grid-frame">
      <div
        ref={scroller}
        className="grid-scroller"
        role="grid"
        aria-label={t('grid.label', { name: title ?? '' })}
        aria-rowcount={total + 1}
        aria-colcount={columns.length + 1}
        aria-describedby="grid-help"
        aria-activedescendant={activeShown && columns.length > 0 ? activeId : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(event) =>
          setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft })
        }
      >
        <div
          className="grid-space"
          role="presentation"
          style={{
            width: edges[edges.length - 1] + numberWidth,
            height: space.height + headerHeight,
          }}
        >
          <div
            className="grid-pane"
            role="presentation"
            style={{ width: viewport.width, height: viewport.height }}
          >
            <GridHeader
              columns={columns}
              edges={edges}
              cols={cols}
              left={scroll.left}
              numberWidth={numberWidth}
            />
            <GridBody
              columns={columns}
              edges={edges}
              cols={cols}
              rows={rows}
              left={scroll.left}
              offset={offset}
              numberWidth={numberWidth}
            />
          </div>
        </div>
      </div>
      <p id="grid-help" className="visually-hidden">
        {t('grid.keyboardHelp')}
      </p>
      {message && (
        <p className="grid-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
