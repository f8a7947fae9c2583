import { formatBytes, formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';

/** The import's progress bar and its cancel button. */
export function ImportProgress() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const progress = useFicha((state) => state.wizardProgress);
  const cancel = useFicha((state) => state.cancelImport);
  const total = progress?.total ?? null;
  const done = progress?.done ?? 0;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  // Bytes read as sizes, rows as counts; before the first event there is nothing to count.
  const amount = (value: number) =>
    progress?.unit === 'bytes' ? formatBytes(locale, value) : formatCount(locale, value);
  const text = !progress
    ? t('wizard.importing')
    : total !== null
      ? t('wizard.progressOf', { done: amount(done), total: amount(total) })
      : t('wizard.progressRows', { done: amount(done) });

  return (
    <div className="import-progress">
      <p id="progress-label">{t('wizard.importing')}</p>
      <div
        className={`progress${percent === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
      <p className="muted" aria-live="polite">
        {text}
      </p>
      <button type="button" className="button" onClick={() => void cancel()}>
        {t('wizard.cancelImport')}
      </button>
    </div>
  );
}
