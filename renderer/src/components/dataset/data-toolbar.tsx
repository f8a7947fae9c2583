import { useState } from 'react';
import type { FormEvent } from 'react';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { ColumnOpDialogHost } from '../cleaning/column-op-dialog';

/** Above the grid: search, go to row, how many rows match, clear filters. */
export function DataToolbar() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const total = useFicha((state) => state.gridTotal);
  const all = useFicha((state) => state.gridDescription?.rows ?? state.gridTotal);
  const filters = useFicha((state) => state.gridFilters);
  const search = useFicha((state) => state.gridSearch);
  const setSearch = useFicha((state) => state.setSearch);
  const goToRow = useFicha((state) => state.goToRow);
  const clearFilters = useFicha((state) => state.clearFilters);
  const [searchText, setSearchText] = useState(search);
  const [rowText, setRowText] = useState('');
  const filtered = filters.length > 0 || search !== '';

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(searchText.trim());
  }

  function submitRow(event: FormEvent) {
    event.preventDefault();
    const row = Number(rowText);
    if (Number.isFinite(row) && row >= 1) goToRow(row);
  }

  return (
    <div className="data-toolbar">
      <form role="search" onSubmit={submitSearch} className="inline-form">
        <label htmlFor="grid-search" className="visually-hidden">
          {t('grid.search')}
        </label>
        <input
          id="grid-search"
          type="search"
          value={searchText}
          placeholder={t('grid.searchPlaceholder')}
          onChange={(event) => setSearchText(event.target.value)}
        />
      </form>

      <form onSubmit={submitRow} className="inline-form">
        <label htmlFor="grid-go-to">{t('grid.goToRow')}</label>
        <input
          id="grid-go-to"
          type="number"
          min={1}
          max={Math.max(1, total)}
          value={rowText}
          onChange={(event) => setRowText(event.target.value)}
          className="input-row-number"
        />
        <button type="submit" className="button button-small">
          {t('grid.go')}
        </button>
      </form>

      <p className="row-count" aria-live="polite">
        {filtered
          ? t('grid.matching', {
              shown: formatCount(locale, total),
              total: formatCount(locale, all),
            })
          : t('grid.total', { total: formatCount(locale, total) })}
      </p>

      {filtered && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setSearchText('');
            clearFilters();
          }}
        >
          {t('grid.clearFilters')}
        </button>
      )}
      <ColumnOpDialogHost />
    </div>
  );
}
