import { useState } from 'react';
import type { FormEvent } from 'react';
import { periodicities } from '../../../../shared/vocabularies/periodicities';
import { pickBilingual } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';

/** Adds a dataset to the inventory before any file exists. */
export function PlanForm() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const planDataset = useFicha((state) => state.planDataset);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const [title, setTitle] = useState('');
  const [area, setArea] = useState('');
  const [periodicity, setPeriodicity] = useState('R/P1Y');
  const [months, setMonths] = useState('');
  const [publication, setPublication] = useState('');
  if (readOnly) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    const updateMonths = months
      .split(/[,\s]+/)
      .map((part) => Number.parseInt(part, 10))
      .filter((month) => month >= 1 && month <= 12);
    const done = await planDataset({
      title: title.trim(),
      ...(area.trim() ? { area: area.trim() } : {}),
      periodicity,
      ...(updateMonths.length > 0 ? { updateMonths } : {}),
      ...(publication ? { estimatedPublication: publication } : {}),
    });
    if (done) {
      setTitle('');
      setMonths('');
      setPublication('');
    }
  }

  return (
    <section className="review-box" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('inventory.plan')}</h2>
      <form className="plan-form" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{t('inventory.plan.title')}</span>
          <input value={title} required onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('inventory.plan.area')}</span>
          <input value={area} onChange={(event) => setArea(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('inventory.plan.periodicity')}</span>
          <select value={periodicity} onChange={(event) => setPeriodicity(event.target.value)}>
            {periodicities.map((item) => (
              <option key={item.value} value={item.value}>
                {pickBilingual(locale, item.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('inventory.plan.months')}</span>
          <input
            value={months}
            placeholder="6, 12"
            onChange={(event) => setMonths(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('inventory.plan.publication')}</span>
          <input
            type="month"
            value={publication}
            onChange={(event) => setPublication(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={!title.trim()}>
          {t('inventory.plan.add')}
        </button>
      </form>
    </section>
  );
}
