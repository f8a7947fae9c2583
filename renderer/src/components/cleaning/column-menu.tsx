import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ColumnProfile } from '../../../../shared/table';
import { useFicha, useT } from '../../store/use-ficha';
import { columnOps } from './column-ops';
import '../../styles/cleaning-menus.css';

interface ColumnMenuProps {
  column: ColumnProfile;
  /** Whether the column's header cell is the grid's focused cell. */
  focused: boolean;
}

/**
 * The button in a header cell that opens the column's operations as an
 * ARIA menu: arrow keys, Home and End move, Enter opens the operation's
 * dialog, Escape closes and gives focus back to the button. The menu is
 * drawn in a portal so the header's clipping does not cut it.
 */
export function ColumnMenu({ column, focused }: ColumnMenuProps) {
  const t = useT();
  const openDialog = useFicha((state) => state.openColumnDialog);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  // Tab from the grid reaches the menu of the focused cell's column, header or body.
  const current = useFicha((state) => state.gridColumns[state.gridFocus.col]?.name === column.name);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const [open, setOpen] = useState<{ top: number; left: number } | null>(null);
  const [active, setActive] = useState(0);
  const menuId = `column-menu-${column.name}`;

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!document.getElementById(menuId)?.contains(target) && !button.current?.contains(target))
        setOpen(null);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open, menuId]);

  function show(first: number) {
    const rect = button.current?.getBoundingClientRect();
    if (!rect) return;
    const left = Math.min(rect.left, window.innerWidth - 280);
    setActive(first);
    setOpen({ top: rect.bottom + 2, left: Math.max(4, left) });
  }

  function close() {
    setOpen(null);
    button.current?.focus();
  }

  function choose(id: string) {
    setOpen(null);
    openDialog(id, column.name);
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    // The portal's events still bubble through the header cell and the grid in React's tree.
    event.stopPropagation();
    const last = columnOps.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  }

  if (readOnly) return null;
  const label = t('colop.menu', { column: column.label });

  return (
    <>
      <button
        ref={button}
        type="button"
        tabIndex={focused || current ? 0 : -1}
        className="column-menu-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={(event) => {
          event.stopPropagation();
          if (open) setOpen(null);
          else show(0);
        }}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 0 : columnOps.length - 1);
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M3 6l5 5 5-5z" />
        </svg>
      </button>
      {open &&
        createPortal(
          <div
            id={menuId}
            role="menu"
            aria-label={label}
            className="column-menu"
            style={{ top: open.top, left: open.left }}
            onKeyDown={onMenuKey}
            onClick={(event) => event.stopPropagation()}
          >
            {columnOps.map((op, i) => (
              <button
                key={op.id}
                ref={(node) => {
                  items.current[i] = node;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                className="column-menu-item"
                onClick={() => choose(op.id)}
              >
                {t(op.label)}
              </button>
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
