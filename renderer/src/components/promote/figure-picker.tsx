import { useState } from 'react';
import type { FormEvent } from 'react';
import { aggregates } from '../../../../shared/promote/types';
import type { Aggregate } from '../../../../shared/promote/types';
import { useFicha, useT } from '../../store/use-ficha';

const numericTypes = ['integer', 'number'];

/** Picks the card's key figure: a column, an aggregate, a breakdown, the latest year, or none. */
export function FigurePicker() {
  const t = useT();
  const columns = useFicha((state) => state.gridDescription?.columns ?? []);
  const current = useFicha((state) => state.kit?.figure?.spec);
  const busy = useFicha((state) => state.kitBusy);
  const chooseFigure = useFicha((state) => state.chooseFigure);
  const numeric = columns.filter((column) => numericTypes.includes(column.type));
  const [aggregate, setAggregate] = useState<Aggregate | 'auto' | 'none'>('auto');
  const [column, setColumn] = useState(current?.column ?? numeric[0]?.name ?? '');
  const [by, setBy] = useState(current?.by ?? '');
  const [latestOf, setLatestOf] = useState(current?.latestOf ?? '');
  const picking = aggregate !== 'auto' && aggregate !== 'none';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (aggregate === 'auto') return void chooseFigure(undefined);
    if (aggregate === 'none') return void chooseFigure(null);
    void chooseFigure({
      column: aggregate === 'count' ? column || (columns[0]?.name ?? '') : column,
      aggregate,
      ...(by ? { by } : {}),
      ...(latestOf ? { latestOf } : {}),
    });
  }

  return (
    <form className="figure-picker" onSubmit={submit}>
      <label className="field">
        <span>{t('promote.aggregate')}</span>
        <select
          value={aggregate}
          onChange={(event) => setAggregate(event.target.value as typeof aggregate)}
        >
          <option value="auto">{t('promote.aggregate.auto')}</option>
          <option value="none">{t('promote.aggregate.none')}</option>
          {aggregates.map((name) => (
            <option key={name} value={name}>
              {t(`promote.aggregate.${name}`)}
            </option>
          ))}
        </select>
      </label>
      {picking && (
        <>
          <label className="field">
            <span>{t('promote.column')}</span>
            <select value={column} onChange={(event) => setColumn(event.target.value)}>
              {(aggregate === 'count' ? columns : numeric).map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('promote.by')}</span>
            <select value={by} onChange={(event) => setBy(event.target.value)}>
              <option value="">{t('promote.noBreakdown')}</option>
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('promote.latestOf')}</span>
            <select value={latestOf} onChange={(event) => setLatestOf(event.target.value)}>
              <option value="">{t('promote.allYears')}</option>
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('promote.render')}
      </button>
    </form>
  );
}
