import type { KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n';
import type { InventoryTab } from '../../store/inventory-slice';
import { useT, useFicha } from '../../store/use-ficha';
import { AuditLogView } from './audit-log-view';
import { CalendarGrid } from './calendar-grid';
import { CatalogTable } from './catalog-table';
import { DownloadsForm } from './downloads-form';
import { InventoryFiles } from './inventory-files';
import { LiaisonsBox } from './liaisons-box';
import { PlanForm } from './plan-form';
import { ProgressBars } from './progress-bars';

const tabs: InventoryTab[] = ['catalog', 'log', 'people'];

const tabLabels: Record<InventoryTab, MessageKey> = {
  catalog: 'inventory.tab.catalog',
  log: 'inventory.tab.log',
  people: 'inventory.tab.people',
};

/** The institution's inventory: catalog, progress, calendar and files; the log; the liaisons. */
export function InventoryView() {
  const t = useT();
  const closeInventory = useFicha((state) => state.closeInventory);
  const tab = useFicha((state) => state.inventoryTab);
  const setTab = useFicha((state) => state.setInventoryTab);

  // Arrow keys move between tabs, as the ARIA tabs pattern asks.
  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    void setTab(next);
    document.getElementById(`inventory-tab-${next}`)?.focus();
  }

  return (
    <section className="inventory-view" aria-labelledby="inventory-heading">
      <div className="section-head">
        <h1 id="inventory-heading">{t('inventory.title')}</h1>
        <button type="button" className="button button-quiet" onClick={closeInventory}>
          ← {t('inventory.back')}
        </button>
      </div>
      <div role="tablist" aria-label={t('inventory.tabs')} className="tabs" onKeyDown={onTabKey}>
        {tabs.map((id) => (
          <button
            key={id}
            id={`inventory-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`inventory-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            onClick={() => void setTab(id)}
          >
            {t(tabLabels[id])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`inventory-panel-${tab}`}
        aria-labelledby={`inventory-tab-${tab}`}
        className="inventory-view"
      >
        {tab === 'catalog' && (
          <>
            <CatalogTable />
            <div className="review-columns">
              <ProgressBars />
              <PlanForm />
            </div>
            <div className="review-columns">
              <InventoryFiles />
              <DownloadsForm />
            </div>
            <CalendarGrid />
          </>
        )}
        {tab === 'log' && <AuditLogView />}
        {tab === 'people' && <LiaisonsBox />}
      </div>
    </section>
  );
}
