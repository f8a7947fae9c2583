import { useEffect } from 'react';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { LimitCheck, ValidationCheck } from './export-checks';
import { ExportHistory } from './export-history';
import { ExportRun } from './export-run';
import { FileTable } from './file-table';
import { ZipButton } from './zip-button';
import '../../styles/package.css';

/**
 * The Exportar tab: the checks before export (validation, upload limit),
 * the options, the running export, the package it wrote and the past
 * exports of the dataset.
 */
export function ExportPanel() {
  const dataset = useFicha((state) => state.gridDataset);
  const loadExport = useFicha((state) => state.loadExport);

  useEffect(() => {
    if (dataset) void loadExport();
  }, [dataset, loadExport]);

  return (
    <div className="export-panel">
      <div className="package-columns">
        <div className="package-side">
          <ValidationCheck />
          <LimitCheck />
        </div>
        <div className="package-side">
          <ExportRun />
          <ExportOutcome />
        </div>
      </div>
      <ExportHistory />
    </div>
  );
}

/** What the export just wrote: where, the files with their sums, and the zip to download. */
function ExportOutcome() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const result = useFicha((state) => state.exportResult);
  const phase = useFicha((state) => state.exportPhase);
  if (phase !== 'done' || !result) return null;

  const files = result.zip ? [...result.files, result.zip] : result.files;
  return (
    <section className="package-box" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t(result.draft ? 'export.doneDraft' : 'export.done')}</h2>
      <p role="status">
        {t('export.doneSummary', {
          files: formatCount(locale, result.files.length),
          rows: formatCount(locale, result.rows),
        })}
      </p>
      <p className="muted">{t('export.folder', { folder: result.folder })}</p>
      {result.oversize.length > 0 && (
        <p className="package-warning">
          {t('export.stillOversize', { files: result.oversize.join(', ') })}
        </p>
      )}
      {result.zip && result.exportId !== null && (
        <p className="button-row">
          <ZipButton exportId={result.exportId} label={t('export.downloadZip')} />
        </p>
      )}
      {result.zip && result.exportId === null && <p className="muted">{t('export.readOnlyZip')}</p>}
      <FileTable files={files} caption={t('export.files')} />
    </section>
  );
}
