import { useState } from 'react';
import { datasetStatuses } from '../../../../shared/review/status';
import { formatCount, formatDate } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { statusName } from '../review/review-text';

/** The catalog of every dataset, published or planned, with filters by area and status. */
export function CatalogTable() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const catalog = useFicha((state) => state.catalog);
  const openDataset = useFicha((state) => state.openDataset);
  const closeInventory = useFicha((state) => state.closeInventory);
  const [area, setArea] = useState('');
  const [status, setStatus] = useState('');
  const areas = [...new Set(catalog.map((entry) => entry.area))].sort((a, b) =>
    a.localeCompare(b, 'es'),
  );
  const shown = catalog.filter(
    (entry) => (!area || entry.area === area) && (!status || entry.status === status),
  );

  function open(dataset: string) {
    closeInventory();
    void openDataset(dataset);
  }

  return (
    <section className="review-box" aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">{t('inventory.catalog')}</h2>
      <div className="filter-row">
        <label className="field">
          <span>{t('inventory.filterArea')}</span>
          <select value={area} onChange={(event) => setArea(event.target.value)}>
            <option value="">{t('inventory.all')}</option>
            {areas.map((name) => (
              <option key={name} value={name}>
                {name || t('inventory.noArea')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('inventory.filterStatus')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('inventory.all')}</option>
            {datasetStatuses.map((name) => (
              <option key={name} value={name}>
                {statusName(name, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('inventory.empty')}</p>
      ) : (
        <table className="dataset-table catalog-table">
          <thead>
            <tr>
              <th scope="col">{t('inventory.col.title')}</th>
              <th scope="col">{t('inventory.col.area')}</th>
              <th scope="col">{t('inventory.col.status')}</th>
              <th scope="col">{t('inventory.col.periodicity')}</th>
              <th scope="col">{t('inventory.col.lastUpdate')}</th>
              <th scope="col">{t('inventory.col.nextDue')}</th>
              <th scope="col" className="numeric">
                {t('inventory.col.downloads')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id} className={entry.overdue ? 'overdue' : undefined}>
                <th scope="row">
                  {entry.dataset ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => open(entry.dataset ?? '')}
                    >
                      {entry.title || entry.dataset}
                    </button>
                  ) : (
                    entry.title
                  )}
                </th>
                <td>{entry.area || '—'}</td>
                <td>
                  <span className={`badge badge-${entry.status}`}>
                    {statusName(entry.status, locale)}
                  </span>
                </td>
                <td>{entry.periodicity || '—'}</td>
                <td>{entry.lastUpdate ? formatDate(locale, entry.lastUpdate) : '—'}</td>
                <td>
                  {entry.nextDue ? formatDate(locale, entry.nextDue) : '—'}
                  {entry.overdue && (
                    <span className="badge badge-warning"> {t('inventory.overdue')}</span>
                  )}
                </td>
                <td className="numeric">
                  {entry.downloads === null ? '—' : formatCount(locale, entry.downloads)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
