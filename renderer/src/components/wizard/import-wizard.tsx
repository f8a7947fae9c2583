import { useEffect, useRef } from 'react';
import { ErrorBanner } from '../common/error-banner';
import { formatBytes, formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { ImportProgress } from './import-progress';
import { RegionPreview } from './region-preview';
import { WizardColumns } from './wizard-columns';
import { WizardOptions } from './wizard-options';

/**
 * The import wizard as a modal dialog: choose a file, check the sheet and
 * the region the importer found, see the columns, import with progress.
 */
export function ImportWizard() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const locale = useFicha((state) => state.locale);
  const phase = useFicha((state) => state.wizardPhase);
  const fileName = useFicha((state) => state.wizardFileName);
  const inspect = useFicha((state) => state.wizardInspect);
  const name = useFicha((state) => state.wizardOptions.name ?? '');
  const result = useFicha((state) => state.wizardResult);
  const chooseFile = useFicha((state) => state.chooseFile);
  const setOption = useFicha((state) => state.setImportOption);
  const runImport = useFicha((state) => state.runImport);
  const close = useFicha((state) => state.closeWizard);
  const openWizard = useFicha((state) => state.openWizard);
  const openDataset = useFicha((state) => state.openDataset);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
  }, []);

  const busy = phase === 'importing';
  const showReview = inspect && (phase === 'review' || phase === 'reading' || busy);

  return (
    <dialog
      ref={dialog}
      className="wizard"
      aria-labelledby="wizard-heading"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="wizard-head">
        <h2 id="wizard-heading">{t('wizard.title')}</h2>
        <button type="button" className="button button-quiet" onClick={close} disabled={busy}>
          {t('wizard.close')}
        </button>
      </header>

      <div className="wizard-body">
        <ErrorBanner />
        {(phase === 'done' || phase === 'cancelled') && (
          <div className="wizard-outcome" role="status">
            {phase === 'done' && result && (
              <p>
                {t('wizard.done', {
                  rows: formatCount(locale, result.rows),
                  dataset: result.dataset,
                })}
              </p>
            )}
            {phase === 'cancelled' && <p>{t('wizard.cancelled')}</p>}
            <div className="button-row">
              {phase === 'done' && result && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    close();
                    void openDataset(result.dataset);
                  }}
                >
                  {t('wizard.openDataset')}
                </button>
              )}
              <button type="button" className="button" onClick={openWizard}>
                {t('wizard.another')}
              </button>
            </div>
          </div>
        )}

        {phase !== 'done' && phase !== 'cancelled' && (
          <section aria-labelledby="file-heading">
            <h3 id="file-heading">{t('wizard.step.file')}</h3>
            <div className="file-picker">
              <input
                id="wizard-file"
                className="visually-hidden"
                type="file"
                accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt"
                disabled={busy}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void chooseFile(file);
                }}
              />
              <label htmlFor="wizard-file" className="button">
                {t('wizard.chooseFile')}
              </label>
              <span className="file-name">{fileName ?? t('wizard.noFile')}</span>
            </div>
            <p className="muted">{t('wizard.fileHint')}</p>
            {phase === 'reading' && (
              <p className="muted" role="status">
                {t('wizard.inspecting')}
              </p>
            )}
            {inspect && (
              <p className="file-info">
                {t('wizard.fileInfo', {
                  file: fileName ?? inspect.file,
                  format: inspect.format.toUpperCase(),
                  size: formatBytes(locale, inspect.size),
                })}
              </p>
            )}
          </section>
        )}

        {showReview && (
          <>
            <WizardOptions inspect={inspect} />
            <RegionPreview inspect={inspect} />
            <WizardColumns inspect={inspect} />
          </>
        )}
      </div>

      {showReview && (
        <footer className="wizard-foot">
          {busy ? (
            <ImportProgress />
          ) : (
            <>
              <label className="dataset-name-field">
                <span>{t('wizard.name')}</span>
                <input value={name} onChange={(event) => setOption('name', event.target.value)} />
              </label>
              <div className="button-row">
                <button type="button" className="button" onClick={close}>
                  {t('wizard.cancel')}
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={phase !== 'review' || name.trim() === ''}
                  onClick={() => void runImport()}
                >
                  {t('wizard.import')}
                </button>
              </div>
            </>
          )}
        </footer>
      )}
    </dialog>
  );
}
