import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { CellValue } from '../../../../shared/table';
import { formatCount } from '../../i18n/format';
import { autoProfileRows } from '../../store/column-panel-slice';
import { useFicha, useT } from '../../store/use-ficha';
import { Histogram } from '../dataset/histogram';
import '../../styles/cleaning-menus.css';

type Key = string | number | boolean | null;

/**
 * The facet of the selected column: its values with counts (searchable),
 * the blanks, the values that do not fit its type, and a histogram for
 * numbers. Checking values filters the grid (op `in`); the next filterable
 * operation from the column menu is then limited to those rows.
 */
export function FacetBox({ column }: { column: string }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const facet = useFicha((state) => state.cleaningFacet);
  const generation = useFicha((state) => state.cleaningHistory?.point);
  const label = useFicha((state) => state.gridColumns.find((c) => c.name === column)?.label);
  const filter = useFicha((state) => state.gridFilters.find((f) => f.column === column));
  const loadFacet = useFicha((state) => state.loadFacet);
  const setFilter = useFicha((state) => state.setFilter);
  const clearFilter = useFicha((state) => state.clearFilter);
  const [search, setSearch] = useState('');
  const [checked, setChecked] = useState<Key[]>([]);
  // Counting every value of a very large table takes a while: there it waits to be asked.
  const large = useFicha((state) => (state.gridDescription?.rows ?? 0) > autoProfileRows);

  useEffect(() => {
    setSearch('');
    setChecked(filter?.op === 'in' ? (filter.values ?? []) : []);
    if (!large) void loadFacet(column);
    // A new column or a new step of the history asks again.
  }, [column, generation, loadFacet]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void loadFacet(column, search.trim() || undefined);
  }

  function toggle(value: Key, on: boolean) {
    const next = on ? [...checked, value] : checked.filter((v) => v !== value);
    setChecked(next);
    if (next.length === 0) clearFilter(column);
    else setFilter({ column, op: 'in', values: next });
  }

  if (!facet || facet.column !== column) {
    if (!large) return null;
    return (
      <button type="button" className="button button-small" onClick={() => void loadFacet(column)}>
        {t('facet.title')}
      </button>
    );
  }
  const name = label ?? column;
  const text = (value: CellValue) => (value === null ? t('facet.empty') : String(value));

  return (
    <section className="facet-box" aria-labelledby="facet-heading">
      <h3 id="facet-heading">{t('facet.title')}</h3>
      <form role="search" onSubmit={submit} className="inline-form">
        <input
          type="search"
          aria-label={t('facet.search', { column: name })}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </form>
      <p className="muted">
        {t('facet.distinct', {
          shown: formatCount(locale, facet.values.length),
          distinct: formatCount(locale, facet.distinct),
        })}
      </p>
      <ul className="facet-values" aria-label={t('facet.values', { column: name })}>
        {facet.values.map(({ value, count }) => (
          <li key={String(value)}>
            <label>
              <span>
                <input
                  type="checkbox"
                  checked={checked.includes(value)}
                  onChange={(event) => toggle(value, event.target.checked)}
                />{' '}
                {text(value)}
              </span>
              <span className="count">{formatCount(locale, count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {facet.blank > 0 && (
        <p>
          {t('facet.blank', { n: formatCount(locale, facet.blank) })}{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => setFilter({ column, op: 'empty' })}
          >
            {t('facet.showBlank')}
          </button>
        </p>
      )}
      {filter && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setChecked([]);
            clearFilter(column);
          }}
        >
          {t('facet.clear')}
        </button>
      )}
      {facet.mismatched.length > 0 && (
        <>
          <h4>{t('facet.mismatched')}</h4>
          <ul className="facet-values">
            {facet.mismatched.map(({ value, count }) => (
              <li key={String(value)}>
                <label>
                  <span>
                    <input
                      type="checkbox"
                      checked={checked.includes(value)}
                      onChange={(event) => toggle(value, event.target.checked)}
                    />{' '}
                    {text(value)}
                  </span>
                  <span className="count">{formatCount(locale, count)}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {facet.timeline && facet.timeline.length > 0 && (
        <>
          <h4>{t('facet.histogram')}</h4>
          <ul className="facet-values">
            {facet.timeline.map(({ period, count }) => (
              <li key={period}>
                <span>{period}</span> <span className="count">{formatCount(locale, count)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {facet.histogram && facet.histogram.length > 0 && (
        <>
          <h4>{t('facet.histogram')}</h4>
          <Histogram column={name} bins={facet.histogram} locale={locale} t={t} />
        </>
      )}
    </section>
  );
}
