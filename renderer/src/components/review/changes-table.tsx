import { pickBilingual } from '../../i18n';
import { fieldLabel } from '../../../../shared/metadata/field-labels';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { valueText } from './review-text';

/** What changed since the last approval or export, side by side. */
export function ChangesTable() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const changes = useFicha((state) => state.changes);
  const compareWith = useFicha((state) => state.changesSince);
  const setChangesSince = useFicha((state) => state.setChangesSince);
  if (!changes) return null;

  const never = compareWith === 'export' ? 'review.changes.noExport' : 'review.changes.noApproval';
  const since =
    changes.since.kind === 'none'
      ? t(never)
      : t(`review.changes.since.${changes.since.kind}`, {
          when: changes.since.at ? formatDateTime(locale, changes.since.at) : '—',
        });
  const rows: { what: string; before: string; after: string }[] = [
    ...changes.fields.map((change) => ({
      what: pickBilingual(locale, fieldLabel(change.field)) || change.field,
      before: valueText(change.before),
      after: valueText(change.after),
    })),
    ...changes.steps.added.map((step) => ({
      what: t('review.changes.stepAdded'),
      before: '—',
      after: step,
    })),
    ...changes.steps.removed.map((step) => ({
      what: t('review.changes.stepRemoved'),
      before: step,
      after: '—',
    })),
    ...changes.columns.added.map((name) => ({
      what: t('review.changes.columnAdded'),
      before: '—',
      after: name,
    })),
    ...changes.columns.removed.map((name) => ({
      what: t('review.changes.columnRemoved'),
      before: name,
      after: '—',
    })),
    ...changes.columns.retyped.map((c) => ({
      what: t('review.changes.columnRetyped', { name: c.name }),
      before: c.before,
      after: c.after,
    })),
  ];
  if (changes.rows.before !== null && changes.rows.before !== changes.rows.after) {
    rows.push({
      what: t('review.changes.rows'),
      before: formatCount(locale, changes.rows.before),
      after: formatCount(locale, changes.rows.after),
    });
  }

  return (
    <section className="review-box" aria-labelledby="review-changes-heading">
      <h2 id="review-changes-heading">{t('review.changes')}</h2>
      <fieldset className="filter-row changes-switch">
        <legend>{t('review.changes.compare')}</legend>
        {(['approval', 'export'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name="changes-since"
              checked={compareWith === kind}
              onChange={() => void setChangesSince(kind)}
            />
            {t(kind === 'approval' ? 'review.changes.sinceApproval' : 'review.changes.sinceExport')}
          </label>
        ))}
      </fieldset>
      <p className="muted" aria-live="polite">
        {since}
      </p>
      {changes.since.kind !== 'none' && rows.length === 0 && <p>{t('review.changes.nothing')}</p>}
      {changes.since.kind !== 'none' && rows.length > 0 && (
        <table className="plain-table changes-table">
          <thead>
            <tr>
              <th scope="col">{t('review.changes.what')}</th>
              <th scope="col">{t('review.changes.before')}</th>
              <th scope="col">{t('review.changes.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.what}</th>
                <td>{row.before}</td>
                <td>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
