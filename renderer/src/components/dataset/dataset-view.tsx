import type { KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { datasetTabs } from '../../store/ui-slice';
import type { DatasetTab } from '../../store/ui-slice';
import { useFicha, useT } from '../../store/use-ficha';
import { CleaningPanel } from '../cleaning/cleaning-panel';
import { DcatPanel } from '../dcat/dcat-panel';
import { ExportPanel } from '../export/export-panel';
import { DictionaryPanel } from '../ficha/dictionary-panel';
import { FichaPanel } from '../ficha/ficha-panel';
import { DataGrid } from '../grid/data-grid';
import { PromotePanel } from '../promote/promote-panel';
import { ReviewPanel } from '../review/review-panel';
import { ColumnPanel } from './column-panel';
import { DataToolbar } from './data-toolbar';

const tabLabels: Record<DatasetTab, MessageKey> = {
  data: 'tab.data',
  cleaning: 'tab.cleaning',
  ficha: 'tab.ficha',
  dictionary: 'tab.dictionary',
  dcat: 'tab.dcat',
  export: 'tab.export',
  review: 'tab.review',
  promote: 'tab.promote',
};

/** An open dataset: its title, the section tabs, and the Datos section. */
export function DatasetView() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const description = useFicha((state) => state.gridDescription);
  const name = useFicha((state) => state.gridDataset);
  const tab = useFicha((state) => state.tab);
  const setTab = useFicha((state) => state.setTab);
  const closeDataset = useFicha((state) => state.closeDataset);

  // Arrow keys move between tabs, as the ARIA tabs pattern asks.
  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = datasetTabs.indexOf(tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = datasetTabs[(index + step + datasetTabs.length) % datasetTabs.length];
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  }

  return (
    <section className="dataset-view" aria-labelledby="dataset-heading">
      <div className="dataset-head">
        <button type="button" className="button button-quiet" onClick={closeDataset}>
          ← {t('dataset.back')}
        </button>
        <h1 id="dataset-heading">{description?.dataset.title || name}</h1>
        {description && (
          <p className="muted">
            {t('dataset.summary', {
              rows: formatCount(locale, description.rows),
              columns: formatCount(locale, description.columns.length),
            })}
          </p>
        )}
      </div>

      <div role="tablist" aria-label={t('dataset.tabs')} className="tabs" onKeyDown={onTabKey}>
        {datasetTabs.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            onClick={() => setTab(id)}
          >
            {t(tabLabels[id])}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'data' ? (
          <>
            <DataToolbar />
            <div className="data-area">
              <DataGrid />
              <ColumnPanel />
            </div>
          </>
        ) : tab === 'cleaning' ? (
          <CleaningPanel />
        ) : tab === 'ficha' ? (
          <FichaPanel />
        ) : tab === 'dictionary' ? (
          <DictionaryPanel />
        ) : tab === 'review' ? (
          <ReviewPanel />
        ) : tab === 'promote' ? (
          <PromotePanel />
        ) : tab === 'dcat' ? (
          <DcatPanel />
        ) : (
          <ExportPanel />
        )}
      </div>
    </section>
  );
}
