import { useState } from 'react';
import type { FormEvent } from 'react';
import { useFicha, useT } from '../../store/use-ficha';

const ops = ['contains', 'equals', 'empty', 'notEmpty'] as const;
type FilterOp = (typeof ops)[number];

/** Sort buttons and a filter form for the selected column; both run in SQLite. */
export function ColumnFilter({ column }: { column: string }) {
  const t = useT();
  const sort = useFicha((state) => state.gridSort);
  const current = useFicha((state) => state.gridFilters.find((f) => f.column === column));
  const setSort = useFicha((state) => state.setSort);
  const setFilter = useFicha((state) => state.setFilter);
  const clearFilter = useFicha((state) => state.clearFilter);
  const [op, setOp] = useState<FilterOp>((current?.op as FilterOp) ?? 'contains');
  const [value, setValue] = useState(current?.value == null ? '' : String(current.value));
  const needsValue = op === 'contains' || op === 'equals';
  const direction = sort?.column === column ? sort.direction : null;

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(needsValue ? { column, op, value } : { column, op });
  }

  return (
    <div className="column-tools">
      <fieldset className="sort-buttons">
        <legend>{t('panel.sort')}</legend>
        <button
          type="button"
          className="button button-small"
          aria-pressed={direction === 'asc'}
          onClick={() => setSort({ column, direction: 'asc' })}
        >
          ▲ {t('panel.sortAsc')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={direction === 'desc'}
          onClick={() => setSort({ column, direction: 'desc' })}
        >
          ▼ {t('panel.sortDesc')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={direction === null}
          onClick={() => setSort(null)}
        >
          {t('panel.sortNone')}
        </button>
      </fieldset>

      <form className="filter-form" onSubmit={apply} aria-label={t('panel.filter')}>
        <p className="panel-subtitle">{t('panel.filter')}</p>
        <label>
          <span>{t('panel.filterOp')}</span>
          <select
            id="panel-filter-op"
            value={op}
            onChange={(event) => setOp(event.target.value as FilterOp)}
          >
            {ops.map((name) => (
              <option key={name} value={name}>
                {t(`op.${name}`)}
              </option>
            ))}
          </select>
        </label>
        {needsValue && (
          <label>
            <span>{t('panel.filterValue')}</span>
            <input value={value} onChange={(event) => setValue(event.target.value)} />
          </label>
        )}
        <div className="button-row">
          <button type="submit" className="button button-small button-primary">
            {t('panel.apply')}
          </button>
          {current && (
            <button
              type="button"
              className="button button-small"
              onClick={() => clearFilter(column)}
            >
              {t('panel.clear')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
