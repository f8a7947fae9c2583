import type { MessageKey } from '../../i18n';
import { formatBytes, formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { JobProgress } from '../common/job-progress';

const phaseLabels: Record<string, MessageKey> = {
  'export.data': 'export.phase.data',
  'export.xlsx': 'export.phase.xlsx',
  'export.metadata': 'export.phase.metadata',
};

/** The options, the button that starts the export, and its progress with Cancel. */
export function ExportRun() {
  const t = useT();
  const force = useFicha((state) => state.exportChoices.force);
  const phase = useFicha((state) => state.exportPhase);
  const blocked = useFicha((state) => state.exportBlocked());
  const run = useFicha((state) => state.runExport);

  return (
    <section className="package-box" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('export.options')}</h2>
      <Choice name="zip" label={t('export.zip')} />
      <Choice name="xlsx" label={t('export.xlsx')} />
      <p className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={blocked}
          onClick={() => void run()}
        >
          {t(force ? 'export.startDraft' : 'export.start')}
        </button>
      </p>
      {phase === 'running' && <ExportProgress />}
      {phase === 'cancelled' && <p role="status">{t('export.cancelled')}</p>}
    </section>
  );
}

/** A checkbox bound to one of the export's yes-or-no choices. */
function Choice({ name, label }: { name: 'zip' | 'xlsx'; label: string }) {
  const checked = useFicha((state) => state.exportChoices[name]);
  const running = useFicha((state) => state.exportPhase === 'running');
  const setChoice = useFicha((state) => state.setExportChoice);
  return (
    <label className="package-check">
      <input
        type="checkbox"
        checked={checked}
        disabled={running}
        onChange={(event) => setChoice(name, event.target.checked)}
      />
      {label}
    </label>
  );
}

function ExportProgress() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const progress = useFicha((state) => state.exportProgress);
  const cancel = useFicha((state) => state.cancelExport);
  const total = progress?.total ?? null;
  const amount = (value: number) =>
    progress?.unit === 'bytes' ? formatBytes(locale, value) : formatCount(locale, value);
  const phase = progress ? t(phaseLabels[progress.phase] ?? 'export.running') : t('export.running');
  const text =
    progress?.unit === 'rows' && total !== null
      ? t('export.progressRows', { phase, done: amount(progress.done), total: amount(total) })
      : phase;

  return (
    <div className="export-progress">
      <JobProgress progress={progress} label={t('export.running')} text={text} />
      <button type="button" className="button" onClick={() => void cancel()}>
        {t('export.cancel')}
      </button>
    </div>
  );
}
