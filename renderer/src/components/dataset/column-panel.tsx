import { formatCount, formatDate, formatNumber } from '../../i18n/format';
import { autoProfileRows } from '../../store/column-panel-slice';
import { useFicha, useT } from '../../store/use-ficha';
import { FacetBox } from '../cleaning/facet-box';
import { cellText } from '../grid/grid-cell';
import { ColumnFilter } from './column-filter';
import { Histogram } from './histogram';

/** The selected column: label, type, counts, top values, and a histogram or date range. */
export function ColumnPanel() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const name = useFicha((state) => state.panelColumn);
  const stats = useFicha((state) => state.panelStats);
  const loading = useFicha((state) => state.panelLoading);
  const column = useFicha((state) => state.gridColumns.find((c) => c.name === name));
  const rows = useFicha((state) => state.gridDescription?.rows ?? 0);
  const loadStats = useFicha((state) => state.loadColumnStats);

  if (!column) {
    return (
      <aside className="column-panel" aria-label={t('panel.title')}>
        <p className="muted">{t('panel.none')}</p>
      </aside>
    );
  }

  const empty = stats ? stats.empty : Math.max(0, rows - column.nonEmpty);
  const nonEmpty = stats ? stats.rows - stats.empty : column.nonEmpty;
  const distinct = stats ? stats.distinct : column.distinct;
  const histogram = stats?.numeric?.histogram ?? [];

  return (
    <aside className="column-panel" aria-labelledby="panel-heading">
      <p className="panel-kicker">{t('panel.title')}</p>
      <h2 id="panel-heading">{column.label}</h2>
      <dl className="facts">
        <dt>{t('panel.name')}</dt>
        <dd>
          <code>{column.name}</code>
        </dd>
        <dt>{t('panel.type')}</dt>
        <dd>
          <span className={`type-chip type-${column.type}`}>{t(`type.${column.type}`)}</span>
        </dd>
        <dt>{t('panel.nonEmpty')}</dt>
        <dd>{formatCount(locale, nonEmpty)}</dd>
        <dt>{t('panel.empty')}</dt>
        <dd>{formatCount(locale, empty)}</dd>
        <dt>{t('panel.distinct')}</dt>
        <dd>{formatCount(locale, distinct)}</dd>
        {column.mismatches > 0 && (
          <>
            <dt>{t('panel.mismatches')}</dt>
            <dd>{formatCount(locale, column.mismatches)}</dd>
          </>
        )}
      </dl>

      {loading && (
        <p className="muted" role="status">
          {t('panel.loading')}
        </p>
      )}
      {!loading && !stats && rows > autoProfileRows && (
        <div className="profile-ask">
          <p className="muted">{t('panel.askHint', { rows: formatCount(locale, rows) })}</p>
          <button type="button" className="button button-small" onClick={loadStats}>
            {t('panel.ask')}
          </button>
        </div>
      )}

      {stats?.numeric && (
        <section>
          <h3>{t('panel.histogram')}</h3>
          {histogram.length > 0 && (
            <Histogram column={column.label} bins={histogram} locale={locale} t={t} />
          )}
          <dl className="facts">
            <dt>{t('panel.min')}</dt>
            <dd>{formatNumber(locale, stats.numeric.min)}</dd>
            <dt>{t('panel.max')}</dt>
            <dd>{formatNumber(locale, stats.numeric.max)}</dd>
          </dl>
        </section>
      )}

      {stats?.dates && (
        <section>
          <h3>{t('panel.dateRange')}</h3>
          <dl className="facts">
            <dt>{t('panel.from')}</dt>
            <dd>{formatDate(locale, stats.dates.min)}</dd>
            <dt>{t('panel.to')}</dt>
            <dd>{formatDate(locale, stats.dates.max)}</dd>
          </dl>
        </section>
      )}

      {stats && stats.top.length > 0 && (
        <section>
          <h3>{t('panel.topValues')}</h3>
          <table className="top-values">
            <thead>
              <tr>
                <th scope="col">{t('panel.value')}</th>
                <th scope="col" className="numeric">
                  {t('panel.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.top.map((entry, index) => (
                <tr key={index}>
                  <td>
                    {entry.value === null || entry.value === ''
                      ? t('grid.empty')
                      : cellText(entry.value, column.type, locale, t)}
                  </td>
                  <td className="numeric">
                    <span
                      className="bar"
                      style={{ width: `${(entry.count / Math.max(1, stats.top[0].count)) * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="bar-value">{formatCount(locale, entry.count)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <ColumnFilter key={column.name} column={column.name} />
      <FacetBox column={column.name} />
    </aside>
  );
}
