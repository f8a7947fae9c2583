import { formatBytes, formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { JobProgress } from '../common/job-progress';

/** The import's progress bar and its cancel button. */
export function ImportProgress() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const progress = useFicha((state) => state.wizardProgress);
  const cancel = useFicha((state) => state.cancelImport);

  // Bytes read as sizes, rows as counts; before the first event there is nothing to count.
  const amount = (value: number) =>
    progress?.unit === 'bytes' ? formatBytes(locale, value) : formatCount(locale, value);
  const text = !progress
    ? t('wizard.importing')
    : progress.total
      ? t('wizard.progressOf', { done: amount(progress.done), total: amount(progress.total) })
      : t('wizard.progressRows', { done: amount(progress.done) });

  return (
    <div className="import-progress">
      <p>{t('wizard.importing')}</p>
      <JobProgress progress={progress} label={t('wizard.importing')} text={text} />
      <button type="button" className="button" onClick={() => void cancel()}>
        {t('wizard.cancelImport')}
      </button>
    </div>
  );
}
