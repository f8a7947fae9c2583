import { useT, useFicha } from '../../store/use-ficha';
import { CalendarGrid } from './calendar-grid';
import { CatalogTable } from './catalog-table';
import { PlanForm } from './plan-form';
import { ProgressBars } from './progress-bars';

/** The institution's inventory: catalog, progress, calendar and planned datasets. */
export function InventoryView() {
  const t = useT();
  const closeInventory = useFicha((state) => state.closeInventory);

  return (
    <section className="inventory-view" aria-labelledby="inventory-heading">
      <div className="section-head">
        <h1 id="inventory-heading">{t('inventory.title')}</h1>
        <button type="button" className="button button-quiet" onClick={closeInventory}>
          ← {t('inventory.back')}
        </button>
      </div>
      <CatalogTable />
      <div className="review-columns">
        <ProgressBars />
        <PlanForm />
      </div>
      <CalendarGrid />
    </section>
  );
}
