import { isDatasetStatus, statusLabels } from '../../../../shared/review/status';
import { pickBilingual } from '../../i18n';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { InventoryView } from '../inventory/inventory-view';
import { OriginalFileButton } from './original-file-button';

const statuses = ['imported', 'cleaning', 'described', 'review', 'approved', 'exported'];

/** How a dataset's status reads: the review statuses' own labels, else the catalog's. */
export function statusText(status: string, locale: Locale, t: Translate): string {
  if (isDatasetStatus(status)) return pickBilingual(locale, statusLabels[status]);
  return t(statuses.includes(status) ? (`status.${status}` as MessageKey) : 'status.unknown');
}

/** The workspace: its datasets as a list, the import button, an empty state. */
export function WorkspaceView() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const datasets = useFicha((state) => state.datasets);
  const loaded = useFicha((state) => state.datasetsLoaded);
  const openWizard = useFicha((state) => state.openWizard);
  const openDataset = useFicha((state) => state.openDataset);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const inventoryOpen = useFicha((state) => state.inventoryOpen);
  const openInventory = useFicha((state) => state.openInventory);
  if (inventoryOpen) return <InventoryView />;

  return (
    <section className="workspace-view" aria-labelledby="workspace-heading">
      <div className="section-head">
        <div>
          <h1 id="workspace-heading">{t('workspace.datasets')}</h1>
          {loaded && datasets.length > 0 && (
            <p className="muted">
              {t('workspace.count', { n: formatCount(locale, datasets.length) })}
            </p>
          )}
        </div>
        <button type="button" className="button" onClick={() => void openInventory()}>
          {t('inventory.open')}
        </button>
        {!readOnly && (
          <button type="button" className="button button-primary" onClick={openWizard}>
            {t('workspace.import')}
          </button>
        )}
      </div>

      {!loaded && <p className="muted">{t('app.loading')}</p>}

      {loaded && datasets.length === 0 && (
        <div className="empty-state">
          <h2>{t('workspace.emptyTitle')}</h2>
          <p>{t('workspace.emptyBody')}</p>
          {!readOnly && (
            <button type="button" className="button button-primary" onClick={openWizard}>
              {t('workspace.emptyAction')}
            </button>
          )}
        </div>
      )}

      {datasets.length > 0 && (
        <table className="dataset-table">
          <thead>
            <tr>
              <th scope="col">{t('workspace.col.title')}</th>
              <th scope="col">{t('workspace.col.status')}</th>
              <th scope="col" className="numeric">
                {t('workspace.col.rows')}
              </th>
              <th scope="col" className="numeric">
                {t('workspace.col.columns')}
              </th>
              <th scope="col">{t('workspace.col.updated')}</th>
              <th scope="col">{t('workspace.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {datasets.map((dataset) => (
              <tr key={dataset.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void openDataset(dataset.name)}
                    aria-label={t('workspace.open', { name: dataset.title || dataset.name })}
                  >
                    {dataset.title || dataset.name}
                  </button>
                  {dataset.title && dataset.title !== dataset.name && (
                    <span className="dataset-name">{dataset.name}</span>
                  )}
                </th>
                <td>
                  <span className={`badge badge-${dataset.status}`}>
                    {statusText(dataset.status, locale, t)}
                  </span>
                </td>
                <td className="numeric">{formatCount(locale, dataset.rows)}</td>
                <td className="numeric">{formatCount(locale, dataset.columns)}</td>
                <td>{formatDateTime(locale, dataset.updatedAt)}</td>
                <td className="muted">
                  {dataset.sourceFile ? (
                    <OriginalFileButton dataset={dataset.name} fileName={dataset.sourceFile} />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
